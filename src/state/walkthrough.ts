import { exampleTerms, formatTerm as t, formatValue as f, lineData, type StepExplanation, type Surface } from '../core';

/** The four steps of one iteration of the training loop, in words, with this iteration's numbers. */
export interface IterationText {
  readonly predict: string;
  readonly compare: string;
  readonly loss: string;
  /** What the update does; the update's equations follow it. */
  readonly adjust: string;
}

export const STAGES = ['Predict', 'Compare', 'Loss', 'Adjust'] as const;

const vector = (values: readonly number[]): string => (values.length === 1 ? f(values[0] as number) : `(${values.map(f).join(', ')})`);
const ordinal = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
const direction = (error: number): string => (error > 0 ? 'too high' : error < 0 ? 'too low' : 'exactly right');

/**
 * Words for step `e.step` of a run. On `fit-line` they follow the model itself: its guess for an
 * example, the true label, the squared error, and the gradient that example gives (or, with
 * whole-dataset steps, all twelve at once). On the other valleys, which have no list of examples,
 * the hiker's position is the model and the height of the ground its loss.
 */
export function iterationText(e: StepExplanation, surface: Surface, epochSteps: number): IterationText {
  if (surface.id === 'fit-line') return e.example === undefined ? fullBatchText(e, surface) : oneExampleText(e, e.example, epochSteps);
  const where = e.names.map((name, d) => `${name} = ${f(e.point[d] as number)}`).join(', ');
  const noisy = e.usedGrad !== e.grad ? ` With noise, the gradient used is ${vector(e.usedGrad)}.` : '';
  return {
    predict: `The model’s parameters are where the hiker stands: ${where}. With them, it makes its guesses.`,
    compare: 'The guesses are set beside the right answers. This valley has no list of examples to compare with: its formula does the scoring, giving each point of the ground its height.',
    loss: `Together they score a loss of ${f(e.loss)}: the height of the ground here. The gradient ∇f = ${vector(e.grad)} points uphill (steepness ${f(Math.hypot(...e.grad))}).`,
    adjust: `The step goes against the gradient, scaled by the learning rate η = ${f(e.lr)}.${noisy}`,
  };
}

function oneExampleText(e: StepExplanation, index: number, epochSteps: number): IterationText {
  const [w, b] = e.point as [number, number];
  const example = lineData[index]!;
  const { guess, error, loss, grad } = exampleTerms(w, b, example);
  const epoch = Math.floor(e.step / epochSteps) + 1;
  const place = (e.step % epochSteps) + 1;
  return {
    predict: `Example ${index + 1} of ${lineData.length}, the ${ordinal(place)} of epoch ${epoch} (a shuffled order): its input is x = ${f(example.x)}. The line guesses ŷ = w·x + b = ${t(w)} × ${t(example.x)} + ${t(b)} = ${f(guess)}.`,
    compare: `Its true label is y = ${f(example.y)}. The guess is off by ŷ − y = ${f(guess)} − ${t(example.y)} = ${f(error)}: ${direction(error)}.`,
    loss: `This example’s loss, the squared error, is (ŷ − y)² = ${t(error)}² = ${f(loss)}. Over all ${lineData.length} examples the mean is ${f(e.loss)}: the height of the ground under the hiker.`,
    adjust: `This example alone sets the direction: its gradient is ∂/∂w = 2(ŷ − y)·x = ${f(grad[0])} and ∂/∂b = 2(ŷ − y) = ${f(grad[1])}. The parameters move against it, scaled by η = ${f(e.lr)}:`,
  };
}

function fullBatchText(e: StepExplanation, surface: Surface): IterationText {
  const [w, b] = e.point as [number, number];
  const terms = lineData.map((example) => ({ example, ...exampleTerms(w, b, example) }));
  const [first, second] = terms as [(typeof terms)[number], (typeof terms)[number]];
  const worst = terms.reduce((a, c) => (Math.abs(c.error) > Math.abs(a.error) ? c : a));
  const errors = terms.map((c) => c.error);
  return {
    predict: `The line y = w·x + b, with w = ${f(w)} and b = ${f(b)}, guesses a label for each of the ${lineData.length} inputs: for x = ${f(first.example.x)} it guesses ŷ = ${f(first.guess)}, for x = ${f(second.example.x)} ŷ = ${f(second.guess)}, and so on.`,
    compare: `Each guess is set beside its true label. The errors ŷ − y run from ${f(Math.min(...errors))} to ${f(Math.max(...errors))} (the segments in the data card); the largest miss is at x = ${f(worst.example.x)}, ${direction(worst.error)} by ${f(Math.abs(worst.error))}.`,
    loss: `The loss is the mean of the ${lineData.length} squared errors: ${f(e.loss)}, the height of the ground under the hiker. No line scores below ${f(surface.minLoss ?? 0)} on these points.`,
    adjust: `The gradient ∇L = ${vector(e.grad)} adds up every example’s pull. The parameters move against it, scaled by η = ${f(e.lr)}:`,
  };
}
