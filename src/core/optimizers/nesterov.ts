import { momentumSpec, type Optimizer } from '../optimizer';

/**
 * Nesterov momentum as torch.optim.SGD(momentum=μ, nesterov=True): b <- μ·b + g (b = g on the
 * first step); x <- x − η·(g + μ·b).
 */
export const nesterov: Optimizer = {
  id: 'nesterov',
  label: 'Nesterov',
  description: 'Momentum that looks ahead: it corrects the velocity with the slope where the step is heading.',
  rule: 'b ← μ·b + g;  x ← x − η·(g + μ·b)',
  hyperparams: [momentumSpec],
  create: (size, hyper) => {
    const mu = hyper.momentum;
    const buffer = new Float64Array(size);
    let first = true;
    return {
      step(x, g, lr, lrScale, out) {
        for (let k = 0; k < size; k++) {
          const gk = g[k] as number;
          const b = first ? gk : (buffer[k] as number) * mu + gk;
          buffer[k] = b;
          out[k] = (x[k] as number) + -((lr[k] as number) * lrScale) * (gk + mu * b);
        }
        first = false;
      },
    };
  },
};
