// A React 19 component, written without JSX: it sets the element's properties (numbers, a list,
// a race's entries) and listens to its statuschange event.
import { createElement as h, useState } from 'react';

export function Figure() {
  const [status, setStatus] = useState('none yet');
  const [lr, setLr] = useState(0.05);
  return h(
    'main',
    null,
    h('lr-playground', { id: 'figure', surface: 'parabola', lr, start: [2], speed: 2, onstatuschange: (event) => setStatus(event.detail.status), style: { height: '520px' } }),
    h('p', null, 'The hiker is ', h('output', { id: 'status' }, status), '.'),
    h('button', { id: 'faster', type: 'button', onClick: () => setLr(0.5) }, 'η = 0.5'),
    h('lr-playground', {
      id: 'race',
      surface: 'rosenbrock',
      mode: 'race',
      race: [
        { optimizer: 'sgd', lr: 0.001 },
        { optimizer: 'adam', lr: 0.05 },
      ],
      controls: 'minimal',
      style: { height: '520px' },
    }),
  );
}
