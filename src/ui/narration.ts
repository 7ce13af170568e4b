import { explainStep, formatValue as f, type StepExplanation } from '../core';
import type { Snapshot } from '../state/snapshot';
import { html } from './dom';

const vector = (values: readonly number[]): string => (values.length === 1 ? f(values[0] as number) : `(${values.map(f).join(', ')})`);

/**
 * The lesson's four steps for the current step, with its numbers: where the hiker stands
 * (predict), how wrong that is (compare, loss), which way is downhill, and the update written out.
 */
export class Narration {
  readonly element: HTMLElement;
  private readonly rows: Record<'predict' | 'compare' | 'slope' | 'adjust', HTMLElement>;
  private explained = '';
  private lastAt = 0;

  constructor() {
    const row = (n: number, title: string): [HTMLElement, HTMLElement] => {
      const body = html('div', { class: 'lrp-step-body' });
      return [html('li', {}, html('span', { class: 'lrp-step-number' }, String(n)), html('div', {}, html('strong', {}, title), body)), body];
    };
    const [predict, predictBody] = row(1, 'Predict');
    const [compare, compareBody] = row(2, 'Compare');
    const [slope, slopeBody] = row(3, 'Loss and slope');
    const [adjust, adjustBody] = row(4, 'Adjust');
    this.rows = { predict: predictBody, compare: compareBody, slope: slopeBody, adjust: adjustBody };
    this.element = html(
      'details',
      { class: 'lrp-narration lrp-card', open: true },
      html('summary', {}, 'The four steps of this step'),
      html('ol', {}, predict, compare, slope, adjust),
    );
  }

  update(snapshot: Snapshot, names: readonly string[]): void {
    if (!(this.element as HTMLDetailsElement).open) return;
    const spec = snapshot.derived.specs[snapshot.primary];
    if (!spec) return;
    const key = `${snapshot.derived.key}|${snapshot.primary}|${snapshot.step}`;
    if (key === this.explained) return;
    // While the hiker runs fast, a few explanations a second are plenty.
    const now = performance.now();
    if (snapshot.playing && now - this.lastAt < 200) return;
    this.explained = key;
    this.lastAt = now;
    this.show(explainStep({ ...spec.input, surface: snapshot.derived.surface }, snapshot.step, names), snapshot);
  }

  private show(e: StepExplanation, snapshot: Snapshot): void {
    const where = e.names.map((name, d) => `${name} = ${f(e.point[d] as number)}`).join(', ');
    this.rows.predict.textContent = `The model’s parameters are where the hiker stands: ${where}.`;
    this.rows.compare.textContent = `Set beside the right answers, its predictions score a loss of ${f(e.loss)}: the height of the ground here.`;
    const slope = Math.hypot(...e.grad);
    const noisy = e.usedGrad !== e.grad ? ` With noise, the gradient used is ${vector(e.usedGrad)}.` : '';
    this.rows.slope.textContent = `The gradient ∇f = ${vector(e.grad)} points uphill (steepness ${f(slope)}); the step goes the other way.${noisy}`;
    const run = snapshot.derived.runs[snapshot.primary];
    if (e.lines.length === 0) {
      this.rows.adjust.replaceChildren(`No more steps: ${run?.stopReason ?? 'the run has ended'}.`);
      return;
    }
    const code = e.lines.map((line) => html('code', {}, line));
    const after = e.refused
      ? `Refused: the loss there would have left the valley, so the run stops at step ${e.step}.`
      : `New loss: ${f(e.nextLoss as number)} at step ${e.step + 1}.`;
    this.rows.adjust.replaceChildren(html('div', { class: 'lrp-equations' }, ...code), html('p', {}, after));
  }
}
