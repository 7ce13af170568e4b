import { term, value } from '../explainFormat';
import { defineOptimizer, momentumSpec } from '../optimizer';
import { createHeavyBall, velocityLine } from './momentum';

/** Nesterov momentum as torch.optim.SGD(momentum=μ, nesterov=True): b <- μ·b + g; x <- x − η·(g + μ·b). */
export const nesterov = defineOptimizer({
  id: 'nesterov',
  label: 'Nesterov',
  description: 'Momentum that looks ahead: it corrects the velocity with the slope where the step is heading.',
  rule: 'b ← μ·b + g;  x ← x − η·(g + μ·b)',
  linear: 'nesterov',
  hyperparams: [momentumSpec],
  create: (size, hyper) => createHeavyBall(size, hyper.momentum, true),
  explain: (t) => [
    velocityLine(t),
    `${t.name} ← ${t.name} − η·(g + μ·b) = ${value(t.value)} − ${term(t.lr)} × (${term(t.g)} + ${term(t.hyper.momentum)} × ${term(t.after.b as number)}) = ${value(t.next)}`,
  ],
});
