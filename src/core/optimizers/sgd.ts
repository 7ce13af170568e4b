import { term, value } from '../explainFormat';
import { defineOptimizer } from '../optimizer';

/** x <- x − η·g, as torch.optim.SGD with momentum 0. */
export const sgd = defineOptimizer({
  id: 'sgd',
  label: 'Gradient descent',
  description: 'Plain gradient descent: step downhill by the learning rate times the slope.',
  rule: 'x ← x − η·g',
  linear: 'gradient',
  hyperparams: [],
  create: () => ({
    step(x, g, lr, lrScale, out) {
      for (let k = 0; k < x.length; k++) out[k] = (x[k] as number) + -((lr[k] as number) * lrScale) * (g[k] as number);
    },
    peek: () => ({}),
  }),
  explain: ({ name, value: x, g, lr, next }) => [`${name} ← ${name} − η·g = ${value(x)} − ${term(lr)} × ${term(g)} = ${value(next)}`],
});
