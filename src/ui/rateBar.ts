import { formatNumber, formatTick } from '../core';
import { html } from '../dom/dom';
import type { Presentation } from '../state/present';
import type { RateBarView } from '../state/rateBar';
import { LR_LIMITS, LR_SLIDER, roundRate } from '../state/settings';

/** What the rate bar asks of the playground. */
export interface RateBarActions {
  /** Sets the rate the bar controls (the lone hiker's, the fan's middle, the followed racer's). */
  setRate(lr: number): void;
}

const [LO, HI] = [Math.log10(LR_SLIDER.min), Math.log10(LR_SLIDER.max)];

/** A rate's place along the slider, from 0 to 100 %. */
const percent = (lr: number): number => Math.min(100, Math.max(0, ((Math.log10(lr) - LO) / (HI - LO)) * 100));

/** A typed rate: a plain decimal number within the limits, or why not. */
function readRate(text: string): number | string {
  const value = /^\s*\d*\.?\d+(?:e[+-]?\d+)?\s*$/i.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0) return `“${text.trim().slice(0, 20)}” is not a learning rate: type a positive number such as 0.3`;
  if (value < LR_LIMITS.min || value > LR_LIMITS.max) return `η must be between ${formatNumber(LR_LIMITS.min)} and ${formatNumber(LR_LIMITS.max)}`;
  return value;
}

/**
 * The learning rate, front and centre: a large logarithmic slider against the valley, its value in
 * large type and editable, and the valley's landmarks on it in words (where steps go smoothly,
 * where they overshoot, the critical rate and the diverging region beyond it, the optimal rate).
 * The slider is a native range input: a slider to assistive technology, with arrows, Page Up/Down
 * and Home/End.
 */
export class RateBar {
  readonly element: HTMLElement;
  private readonly range: HTMLInputElement;
  private readonly value: HTMLInputElement;
  private readonly label = html('label', { class: 'lrp-rate-label' });
  private readonly bands = html('div', { class: 'lrp-rate-bands', 'aria-hidden': 'true' });
  private readonly ticks = html('div', { class: 'lrp-rate-ticks', 'aria-hidden': 'true' });
  private readonly others = html('div', { class: 'lrp-rate-others', 'aria-hidden': 'true' });
  private readonly verdict = html('p', { class: 'lrp-rate-verdict' });
  private shown: RateBarView | undefined;
  /** The message of a typed value that was refused, shown until the next change. */
  private refused = '';

  constructor(actions: RateBarActions, id: string) {
    this.range = html('input', { type: 'range', class: 'lrp-rate-range', min: LO, max: HI, step: 0.01, id: `${id}-range`, 'aria-describedby': `${id}-verdict` });
    this.value = html('input', { type: 'text', class: 'lrp-rate-value', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', id: `${id}-value`, 'aria-describedby': `${id}-verdict` });
    this.label.htmlFor = this.value.id;
    this.verdict.id = `${id}-verdict`;
    const decades = [];
    for (let e = Math.ceil(LO); e <= Math.floor(HI); e++) decades.push(html('span', { style: `left: ${percent(10 ** e).toFixed(2)}%` }, formatTick(10 ** e)));
    this.element = html('div', { class: 'lrp-ratebar', role: 'group', 'aria-label': 'Learning rate' },
      html('div', { class: 'lrp-rate-readout' }, this.label, this.value),
      html(
        'div',
        { class: 'lrp-rate-track' },
        this.ticks,
        this.bands,
        this.others,
        this.range,
        html('div', { class: 'lrp-rate-decades', 'aria-hidden': 'true' }, ...decades),
      ),
      this.verdict,
    );
    this.range.addEventListener('input', () => {
      this.refused = '';
      actions.setRate(roundRate(10 ** Number(this.range.value)));
    });
    /** Takes a typed rate that reads as one; `final` (Enter, leaving the field) also says why one does not. */
    const commit = (final: boolean): void => {
      const read = readRate(this.value.value);
      if (typeof read === 'number') {
        this.refused = '';
        this.value.removeAttribute('aria-invalid');
        actions.setRate(roundRate(read));
      } else if (final) {
        this.refused = read;
        this.value.setAttribute('aria-invalid', 'true');
        this.verdict.textContent = read;
        this.verdict.setAttribute('data-refused', '');
      }
      this.shown = undefined;
    };
    // While typing, each text that reads as a rate takes effect at once; "0." on the way to "0.05" waits.
    this.value.addEventListener('input', () => commit(false));
    this.value.addEventListener('change', () => commit(true));
    // Leaving the field shows the rate in force again, unless what was typed was refused.
    this.value.addEventListener('blur', () => {
      if (this.shown && !this.refused) this.value.value = formatNumber(this.shown.lr);
    });
    this.value.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') commit(true);
      if (event.key === 'Escape' && this.shown) {
        this.value.value = formatNumber(this.shown.lr);
        this.refused = '';
        this.value.removeAttribute('aria-invalid');
      }
    });
  }

  update({ rateBar }: Presentation): void {
    if (rateBar === this.shown) return;
    this.shown = rateBar;
    this.label.textContent = rateBar.subject;
    this.range.setAttribute('aria-label', rateBar.name);
    // Never under the learner's fingers: a focused field keeps what is being typed.
    if (!this.value.matches(':focus')) this.value.value = formatNumber(rateBar.lr);
    this.range.value = String(Math.log10(rateBar.lr));
    this.range.setAttribute('aria-valuetext', `${formatNumber(rateBar.lr)}${rateBar.zone ? `: ${{ smooth: 'smooth', overshoot: 'overshoots', diverge: 'diverges' }[rateBar.zone]}` : ''}`);
    this.verdict.textContent = this.refused || rateBar.verdict;
    this.verdict.toggleAttribute('data-refused', this.refused !== '');
    this.element.dataset.zone = rateBar.zone ?? 'none';
    this.bands.replaceChildren(
      ...rateBar.bands.map((b) => {
        const [from, to] = [percent(Math.max(b.from, LR_SLIDER.min)), percent(Math.min(b.to, LR_SLIDER.max))];
        return html('span', { 'data-zone': b.zone, style: `left: ${from.toFixed(2)}%; width: ${(to - from).toFixed(2)}%` }, html('span', {}, b.label));
      }),
    );
    this.ticks.replaceChildren(
      ...rateBar.ticks
        .filter((t) => t.value >= LR_SLIDER.min && t.value <= LR_SLIDER.max)
        .map((t) => html('span', { 'data-kind': t.kind, title: t.title, style: `left: ${percent(t.value).toFixed(2)}%` }, html('span', {}, t.label))),
    );
    this.others.replaceChildren(...rateBar.others.map((o) => html('span', { title: o.label, style: `left: ${percent(o.lr).toFixed(2)}%; background: ${o.color}` })));
  }
}
