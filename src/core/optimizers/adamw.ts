import { term, value } from '../explainFormat';
import { decaySpec, defineOptimizer, epsSpec } from '../optimizer';
import { adam } from './adam';

/**
 * torch.optim.AdamW: Adam with decoupled weight decay. Each step first shrinks the parameters,
 * x <- x·(1 − η·wd), then takes Adam's step from there, in torch's operation order.
 */
export const adamw = defineOptimizer({
  id: 'adamw',
  label: 'AdamW',
  description: 'Adam that also pulls every parameter a little toward zero at each step (decoupled weight decay).',
  rule: 'x ← x·(1 − η·wd);  then Adam’s step',
  hyperparams: [
    decaySpec('beta1', 'β₁', 0.9),
    decaySpec('beta2', 'β₂', 0.999),
    epsSpec(1e-8),
    { name: 'weightDecay', label: 'weight decay wd', default: 0.01, min: 0, max: 1, scale: 'linear' },
  ],
  create: (size, hyper) => {
    const step = adam.create(size, hyper);
    const decayed = new Float64Array(size);
    const { weightDecay } = hyper;
    return {
      step(x, g, lr, lrScale, out) {
        for (let k = 0; k < size; k++) decayed[k] = (x[k] as number) * (1 - (lr[k] as number) * lrScale * weightDecay);
        step.step(decayed, g, lr, lrScale, out);
      },
      peek: step.peek,
    };
  },
  explain: (terms) => {
    const { name, value: x, lr, hyper } = terms;
    const decayed = x * (1 - lr * hyper.weightDecay);
    return [`${name} ← ${name}·(1 − η·wd) = ${value(x)} × (1 − ${term(lr)} × ${term(hyper.weightDecay)}) = ${value(decayed)}`, ...adam.explain({ ...terms, value: decayed })];
  },
});
