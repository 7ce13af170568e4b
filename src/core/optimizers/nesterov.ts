import { momentumSpec, type Optimizer } from '../optimizer';
import { createHeavyBall } from './momentum';

/** Nesterov momentum as torch.optim.SGD(momentum=μ, nesterov=True): b <- μ·b + g; x <- x − η·(g + μ·b). */
export const nesterov: Optimizer = {
  id: 'nesterov',
  label: 'Nesterov',
  description: 'Momentum that looks ahead: it corrects the velocity with the slope where the step is heading.',
  rule: 'b ← μ·b + g;  x ← x − η·(g + μ·b)',
  hyperparams: [momentumSpec],
  create: (size, hyper) => createHeavyBall(size, hyper.momentum, true),
};
