import { momentumSpec, type Optimizer } from '../optimizer';

/**
 * Heavy-ball momentum as torch.optim.SGD(momentum=μ, dampening=0): b <- μ·b + g (b = g on the
 * first step); x <- x − η·b.
 */
export const momentum: Optimizer = {
  id: 'momentum',
  label: 'Momentum',
  description: 'Gradient descent with a velocity that remembers past steps, like a heavy ball rolling downhill.',
  rule: 'b ← μ·b + g;  x ← x − η·b',
  hyperparams: [momentumSpec],
  create: (size, hyper) => {
    const mu = hyper.momentum;
    const buffer = new Float64Array(size);
    let first = true;
    return {
      step(x, g, lr, lrScale, out) {
        for (let k = 0; k < size; k++) {
          const b = first ? (g[k] as number) : (buffer[k] as number) * mu + (g[k] as number);
          buffer[k] = b;
          out[k] = (x[k] as number) + -((lr[k] as number) * lrScale) * b;
        }
        first = false;
      },
    };
  },
};
