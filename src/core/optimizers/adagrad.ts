import { term, value } from '../explainFormat';
import { defineOptimizer, epsSpec } from '../optimizer';

/**
 * torch.optim.Adagrad with lr_decay 0 and no weight decay: s <- s + g²; x <- x − η·g / (√s + ε).
 */
export const adagrad = defineOptimizer({
  id: 'adagrad',
  label: 'AdaGrad',
  description: 'Divides each step by the root of all past squared slopes, so steps shrink over time.',
  rule: 's ← s + g²;  x ← x − η·g / (√s + ε)',
  hyperparams: [epsSpec(1e-10)],
  create: (size, hyper) => {
    const eps = hyper.eps;
    const sum = new Float64Array(size);
    return {
      step(x, g, lr, lrScale, out) {
        for (let k = 0; k < size; k++) {
          const gk = g[k] as number;
          const s = (sum[k] as number) + gk * gk;
          sum[k] = s;
          out[k] = (x[k] as number) + (-((lr[k] as number) * lrScale) * gk) / (Math.sqrt(s) + eps);
        }
      },
      peek: (k) => ({ s: sum[k] as number }),
    };
  },
  explain: ({ name, value: x, g, lr, next, before, after, hyper }) => [
    `s ← s + g² = ${term(before.s as number)} + ${term(g)}² = ${value(after.s as number)}`,
    `${name} ← ${name} − η·g / (√s + ε) = ${value(x)} − ${term(lr)} × ${term(g)} / ${term(Math.sqrt(after.s as number) + hyper.eps)} = ${value(next)}`,
  ],
});
