import { term, value } from '../explainFormat';
import { defineOptimizer, momentumSpec, type StepTerms, type Stepper } from '../optimizer';

/**
 * The velocity of torch.optim.SGD(momentum=μ, dampening=0): b <- μ·b + g (b = g on the first
 * step). Heavy ball steps along b; Nesterov (`lookahead`) along g + μ·b.
 */
export function createHeavyBall(size: number, mu: number, lookahead: boolean): Stepper {
  const buffer = new Float64Array(size);
  let first = true;
  return {
    step(x, g, lr, lrScale, out) {
      for (let k = 0; k < size; k++) {
        const gk = g[k] as number;
        const b = first ? gk : (buffer[k] as number) * mu + gk;
        buffer[k] = b;
        out[k] = (x[k] as number) + -((lr[k] as number) * lrScale) * (lookahead ? gk + mu * b : b);
      }
      first = false;
    },
    peek: (k) => ({ b: buffer[k] as number, started: first ? 0 : 1 }),
  };
}

/** The velocity's update, written out. */
export function velocityLine({ g, before, after, hyper }: StepTerms<'momentum'>): string {
  if (!before.started) return `b ← g = ${value(g)}  (the first step has no velocity yet)`;
  return `b ← μ·b + g = ${term(hyper.momentum)} × ${term(before.b as number)} + ${term(g)} = ${value(after.b as number)}`;
}

/** Heavy-ball momentum as torch.optim.SGD(momentum=μ, dampening=0): b <- μ·b + g; x <- x − η·b. */
export const momentum = defineOptimizer({
  id: 'momentum',
  label: 'Momentum',
  description: 'Gradient descent with a velocity that remembers past steps, like a heavy ball rolling downhill.',
  rule: 'b ← μ·b + g;  x ← x − η·b',
  linear: 'heavy-ball',
  hyperparams: [momentumSpec],
  create: (size, hyper) => createHeavyBall(size, hyper.momentum, false),
  explain: (t) => [velocityLine(t), `${t.name} ← ${t.name} − η·b = ${value(t.value)} − ${term(t.lr)} × ${term(t.after.b as number)} = ${value(t.next)}`],
});
