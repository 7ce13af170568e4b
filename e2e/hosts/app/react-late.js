// React renders the element before its definition loads: it sets attributes then, and the
// element, once defined, takes them (and the event listener React added) over.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Figure } from './figure.js';

createRoot(document.getElementById('root')).render(createElement(Figure));
setTimeout(() => import('lr-playground'), 300);
