import { term, value } from '../explainFormat';
import { decaySpec, defineOptimizer, epsSpec } from '../optimizer';

/**
 * torch.optim.RMSprop (not centered, momentum 0): v <- α·v + (1 − α)·g²; x <- x − η·g / (√v + ε).
 */
export const rmsprop = defineOptimizer({
  id: 'rmsprop',
  label: 'RMSProp',
  description: 'Divides each step by a running average of recent squared slopes, so every direction moves at a similar pace.',
  rule: 'v ← α·v + (1−α)·g²;  x ← x − η·g / (√v + ε)',
  hyperparams: [decaySpec('alpha', 'smoothing α', 0.99), epsSpec(1e-8)],
  create: (size, hyper) => {
    const { alpha, eps } = hyper;
    const keep = 1 - alpha;
    const average = new Float64Array(size);
    return {
      step(x, g, lr, lrScale, out) {
        for (let k = 0; k < size; k++) {
          const gk = g[k] as number;
          const v = (average[k] as number) * alpha + keep * gk * gk;
          average[k] = v;
          out[k] = (x[k] as number) + (-((lr[k] as number) * lrScale) * gk) / (Math.sqrt(v) + eps);
        }
      },
      peek: (k) => ({ v: average[k] as number }),
    };
  },
  explain: ({ name, value: x, g, lr, next, before, after, hyper }) => [
    `v ← α·v + (1−α)·g² = ${term(hyper.alpha)} × ${term(before.v as number)} + ${term(1 - hyper.alpha)} × ${term(g)}² = ${value(after.v as number)}`,
    `${name} ← ${name} − η·g / (√v + ε) = ${value(x)} − ${term(lr)} × ${term(g)} / ${term(Math.sqrt(after.v as number) + hyper.eps)} = ${value(next)}`,
  ],
});
