import { term, value } from '../explainFormat';
import { decaySpec, defineOptimizer, epsSpec } from '../optimizer';

/**
 * torch.optim.Adam (no weight decay, no amsgrad), in its operation order:
 * m <- lerp(m, g, 1 − β₁); v <- β₂·v + (1 − β₂)·g²;
 * x <- x − (η / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε).
 */
export const adam = defineOptimizer({
  id: 'adam',
  label: 'Adam',
  description: 'Momentum and RMSProp together, with a correction for the first steps.',
  rule: 'm ← β₁·m + (1−β₁)·g;  v ← β₂·v + (1−β₂)·g²;  x ← x − η·m̂ / (√v̂ + ε)',
  hyperparams: [decaySpec('beta1', 'β₁', 0.9), decaySpec('beta2', 'β₂', 0.999), epsSpec(1e-8)],
  create: (size, hyper) => {
    const { beta1, beta2, eps } = hyper;
    const weight = 1 - beta1;
    const keep = 1 - beta2;
    // torch's lerp switches formula at weight 0.5 for accuracy; follow it to the last bit.
    const smallWeight = Math.abs(weight) < 0.5;
    const first = new Float64Array(size);
    const second = new Float64Array(size);
    let t = 0;
    return {
      step(x, g, lr, lrScale, out) {
        t += 1;
        const correction1 = 1 - beta1 ** t;
        const correction2Sqrt = Math.sqrt(1 - beta2 ** t);
        for (let k = 0; k < size; k++) {
          const gk = g[k] as number;
          const mk = first[k] as number;
          const m = smallWeight ? mk + weight * (gk - mk) : gk - (gk - mk) * (1 - weight);
          const v = (second[k] as number) * beta2 + keep * gk * gk;
          first[k] = m;
          second[k] = v;
          const stepSize = ((lr[k] as number) * lrScale) / correction1;
          out[k] = (x[k] as number) + (-stepSize * m) / (Math.sqrt(v) / correction2Sqrt + eps);
        }
      },
      peek: (k) => ({ m: first[k] as number, v: second[k] as number, t }),
    };
  },
  explain: ({ name, value: x, g, lr, next, before, after, hyper }) => {
    const { beta1, beta2, eps } = hyper;
    const t = after.t as number;
    const mHat = (after.m as number) / (1 - beta1 ** t);
    const vHat = (after.v as number) / (1 - beta2 ** t);
    return [
      `m ← β₁·m + (1−β₁)·g = ${term(beta1)} × ${term(before.m as number)} + ${term(1 - beta1)} × ${term(g)} = ${value(after.m as number)}`,
      `v ← β₂·v + (1−β₂)·g² = ${term(beta2)} × ${term(before.v as number)} + ${term(1 - beta2)} × ${term(g)}² = ${value(after.v as number)}`,
      `m̂ = m / (1−β₁^${t}) = ${value(mHat)};  v̂ = v / (1−β₂^${t}) = ${value(vHat)}`,
      `${name} ← ${name} − η·m̂ / (√v̂ + ε) = ${value(x)} − ${term(lr)} × ${term(mHat)} / ${term(Math.sqrt(vHat) + eps)} = ${value(next)}`,
    ];
  },
});
