import { formatNumber, formatTick } from '../core';
import { html } from '../dom/dom';
import type { Presentation } from '../state/present';
import type { RateBarView } from '../state/rateBar';
import { LR_LIMITS, LR_SLIDER, roundRate } from '../state/settings';
import { covered, placeBandWord, placeTickLabels, type TickMark } from './rateBarLayout';

/** What the rate bar asks of the playground. */
export interface RateBarActions {
  /** Sets the rate the bar controls (the lone hiker's, the followed hiker's in a fan, the followed racer's). */
  setRate(lr: number): void;
}

const [LO, HI] = [Math.log10(LR_SLIDER.min), Math.log10(LR_SLIDER.max)];

/** A rate's place along the slider, from 0 to 100 %. */
/** Whether a rate is on the slider's range, so its landmark can be drawn there. */
const onSlider = (lr: number): boolean => lr >= LR_SLIDER.min && lr <= LR_SLIDER.max;
const percent = (lr: number): number => Math.min(100, Math.max(0, ((Math.log10(lr) - LO) / (HI - LO)) * 100));

/** A typed rate: a plain decimal number within the limits (with a decimal point or comma), or why not. */
function readRate(text: string): number | string {
  const value = /^\s*\d*[.,]?\d+(?:e[+-]?\d+)?\s*$/i.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
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
  /** The lines between the zones, taller than the knob, so it never hides where a zone begins. */
  private readonly edges = html('div', { class: 'lrp-rate-edges', 'aria-hidden': 'true' });
  /** Under the band: the name of a zone too narrow to hold it, and the rates of racers the bands are not for. */
  private readonly below = html('div', { class: 'lrp-rate-below', 'aria-hidden': 'true' });
  private readonly decades: { element: HTMLElement; lr: number }[] = [];
  private readonly verdict = html('p', { class: 'lrp-rate-verdict' });
  /** What was last drawn, and forgotten when the field's text or words change, so the next update draws again. */
  private shown: RateBarView | undefined;
  /** What the presentation last said, kept. */
  private view: RateBarView | undefined;
  /** The message of a typed value that was refused, shown until the next change. */
  private refused = '';
  /** The rate in force before the field's text was last edited: Escape, or a refused entry, goes back to it. */
  private before: number | undefined;

  constructor(actions: RateBarActions, id: string) {
    this.range = html('input', { type: 'range', class: 'lrp-rate-range', min: LO, max: HI, step: 0.01, id: `${id}-range`, 'aria-describedby': `${id}-verdict` });
    this.value = html('input', { type: 'text', class: 'lrp-rate-value', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', id: `${id}-value`, 'aria-describedby': `${id}-verdict` });
    this.label.htmlFor = this.value.id;
    this.verdict.id = `${id}-verdict`;
    for (let e = Math.ceil(LO); e <= Math.floor(HI); e++) this.decades.push({ element: html('span', { style: `left: ${percent(10 ** e).toFixed(2)}%` }, formatTick(10 ** e)), lr: 10 ** e });
    this.element = html('div', { class: 'lrp-ratebar', role: 'group', 'aria-label': 'Learning rate' },
      html('div', { class: 'lrp-rate-readout' }, this.label, this.value),
      html(
        'div',
        { class: 'lrp-rate-track' },
        this.ticks,
        this.bands,
        this.edges,
        this.others,
        this.range,
        this.below,
        html('div', { class: 'lrp-rate-decades', 'aria-hidden': 'true' }, ...this.decades.map((d) => d.element)),
      ),
      this.verdict,
    );
    this.range.addEventListener('input', () => {
      this.refused = '';
      const lr = roundRate(10 ** Number(this.range.value));
      // The human value at once, before the next frame adds its zone: a screen reader reads it as the key is pressed.
      this.range.setAttribute('aria-valuetext', formatNumber(lr));
      actions.setRate(lr);
    });
    /** Takes a typed rate that reads as one; `final` (Enter, leaving the field) also says why one does not. */
    const commit = (final: boolean): void => {
      const read = readRate(this.value.value);
      if (typeof read === 'number') {
        this.refused = '';
        this.value.removeAttribute('aria-invalid');
        actions.setRate(roundRate(read));
        if (final) this.before = roundRate(read);
      } else if (final) {
        this.refused = read;
        this.value.setAttribute('aria-invalid', 'true');
        this.verdict.textContent = read;
        this.verdict.setAttribute('data-refused', '');
        // A refused entry changes nothing: what was taken on the way to it ("2" of "2,5x") is undone.
        if (this.before !== undefined) actions.setRate(this.before);
      }
      this.shown = undefined;
    };
    this.value.addEventListener('focus', () => (this.before = this.view?.lr));
    // While typing, each text that reads as a rate takes effect at once; "0." on the way to "0.05" waits.
    this.value.addEventListener('input', () => commit(false));
    this.value.addEventListener('change', () => commit(true));
    // Leaving the field shows the rate in force again, unless what was typed was refused.
    this.value.addEventListener('blur', () => {
      if (this.view && !this.refused) this.value.value = formatNumber(this.view.lr);
    });
    // The words on the bar are placed in pixels: again whenever its width changes.
    new ResizeObserver(() => this.place()).observe(this.ticks);
    this.value.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') commit(true);
      // ↑ and ↓ step the rate as the slider's arrows do (a hundredth of a decade; with Shift a tenth).
      if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && !event.altKey && !event.ctrlKey && !event.metaKey) {
        const typed = readRate(this.value.value);
        const from = typeof typed === 'number' ? typed : this.view?.lr;
        if (from === undefined) return;
        event.preventDefault();
        const decades = (event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? 0.1 : 0.01);
        const lr = Math.min(LR_SLIDER.max, Math.max(LR_SLIDER.min, roundRate(from * 10 ** decades)));
        this.value.value = formatNumber(lr);
        commit(true);
      }
      // Escape undoes the typing: the rate from before it, its words, no error. Only when there was
      // something to undo does the field keep the key (inside a deck, the next Escape leaves it).
      const lr = this.before ?? this.view?.lr;
      if (event.key === 'Escape' && lr !== undefined && (this.refused !== '' || this.value.value !== formatNumber(lr))) {
        event.preventDefault();
        this.value.value = formatNumber(lr);
        this.refused = '';
        this.value.removeAttribute('aria-invalid');
        this.verdict.removeAttribute('data-refused');
        if (this.view) this.verdict.textContent = this.view.verdict;
        this.shown = undefined;
        actions.setRate(lr);
      }
    });
  }

  update({ rateBar }: Presentation): void {
    if (rateBar === this.shown) return;
    this.shown = rateBar;
    this.view = rateBar;
    this.label.textContent = rateBar.subject;
    this.range.setAttribute('aria-label', rateBar.name);
    // Never under the learner's fingers: a focused field keeps what is being typed.
    if (!this.value.matches(':focus')) this.value.value = formatNumber(rateBar.lr);
    this.range.value = String(Math.log10(rateBar.lr));
    this.range.setAttribute('aria-valuetext', `${formatNumber(rateBar.lr)}${rateBar.zone ? `: ${{ smooth: 'smooth', overshoot: 'overshoots', diverge: 'diverges' }[rateBar.zone]}` : ''}`);
    this.verdict.textContent = this.refused || rateBar.verdict;
    this.verdict.toggleAttribute('data-refused', this.refused !== '');
    this.element.dataset.zone = rateBar.zone ?? 'none';
    this.element.dataset.place = rateBar.where;
    this.bands.replaceChildren(
      ...rateBar.bands.map((b) => {
        const [from, to] = [percent(Math.max(b.from, LR_SLIDER.min)), percent(Math.min(b.to, LR_SLIDER.max))];
        return html('span', { 'data-zone': b.zone, style: `left: ${from.toFixed(2)}%; width: ${(to - from).toFixed(2)}%` }, html('span', {}, b.label));
      }),
    );
    const edges = rateBar.bands.slice(1).map((b) => b.from).filter(onSlider);
    this.edges.replaceChildren(...edges.map((lr) => html('span', { style: `left: ${percent(lr).toFixed(2)}%` })));
    const ticks = rateBar.ticks.filter((t) => onSlider(t.value));
    this.ticks.replaceChildren(
      ...ticks.map((t) => html('span', { class: 'lrp-rate-tick', 'data-kind': t.kind, title: t.title, style: `left: ${percent(t.value).toFixed(2)}%` })),
      ...ticks.map((t) => html('span', { class: 'lrp-rate-tick-label', 'data-kinds': t.kind, title: t.title }, t.label)),
      // The label of two lines too close for one each: both names, each in its colour.
      html('span', { class: 'lrp-rate-tick-label', 'data-kinds': ticks.map((t) => t.kind).join(' '), title: ticks.map((t) => t.title).join('. '), hidden: true }, ...ticks.flatMap((t, i) => [...(i ? [' · '] : []), html('span', { 'data-kind': t.kind }, t.label)])),
    );
    const dot = (o: RateBarView['others'][number]): HTMLElement => html('span', { title: o.label, style: `left: ${percent(o.lr).toFixed(2)}%; --lrp-dot: ${o.color}` });
    this.others.replaceChildren(...rateBar.others.filter((o) => o.onBands).map(dot));
    const word = rateBar.bands.find((b) => b.zone === 'overshoot');
    this.below.replaceChildren(
      ...rateBar.others.filter((o) => !o.onBands).map((o) => Object.assign(dot(o), { className: 'lrp-rate-off' })),
      ...(word ? [html('span', { class: 'lrp-rate-band-word', 'data-zone': word.zone, hidden: true }, word.label)] : []),
    );
    this.place();
  }

  /**
   * Places the words by their measured widths: the landmarks' labels beside their lines, or one
   * label for two lines close together; the overshoot zone's name inside it, or under it when it
   * is too narrow, hiding the decades it would cover.
   */
  private place(): void {
    const view = this.view;
    const track = this.ticks.clientWidth;
    if (!view || track === 0) return;
    const at = (lr: number): number => (percent(lr) / 100) * track;
    const labels = [...this.ticks.querySelectorAll<HTMLElement>('.lrp-rate-tick-label')];
    const merged = labels.pop();
    const ticks = view.ticks.filter((t) => onSlider(t.value));
    const marks: TickMark[] = ticks.map((t, i) => ({ kind: t.kind, x: at(t.value), width: labels[i]!.offsetWidth }));
    const places = placeTickLabels(marks, merged?.offsetWidth ?? 0, track);
    const one = places.length === 1 && places[0]!.kinds.length === 2;
    labels.forEach((label, i) => {
      const place = places.find((p) => p.kinds.length === 1 && p.kinds[0] === marks[i]!.kind);
      label.hidden = one || !place;
      if (place) label.style.left = `${place.left.toFixed(1)}px`;
    });
    if (merged) {
      merged.hidden = !one;
      if (one) merged.style.left = `${places[0]!.left.toFixed(1)}px`;
    }
    const word = this.below.querySelector<HTMLElement>('.lrp-rate-band-word');
    const band = view.bands.find((b) => b.zone === 'overshoot');
    const inside = this.bands.querySelector<HTMLElement>('[data-zone="overshoot"] > span');
    let hidden: number[] = [];
    if (word && band && inside) {
      word.hidden = false;
      const place = placeBandWord(at(Math.max(band.from, LR_SLIDER.min)), at(Math.min(band.to, LR_SLIDER.max)), word.offsetWidth, track);
      word.hidden = place.inside;
      inside.toggleAttribute('data-out', !place.inside);
      if (!place.inside) {
        word.style.left = `${place.left.toFixed(1)}px`;
        const boxes = this.decades.map((d) => ({ left: at(d.lr) - d.element.offsetWidth / 2, width: d.element.offsetWidth }));
        hidden = covered(boxes, place.left, word.offsetWidth);
      }
    }
    this.decades.forEach((d, i) => d.element.toggleAttribute('data-covered', hidden.includes(i)));
    this.clearKnob(at(view.lr), at);
  }

  /** Moves a zone's name to the far side of its zone when the knob sits on it, where there is room. */
  private clearKnob(knob: number, at: (lr: number) => number): void {
    const radius = (this.range.offsetHeight * 1.7) / 1.5 / 2 + 4;
    this.view?.bands.forEach((band, i) => {
      const element = this.bands.children[i] as HTMLElement | undefined;
      const word = element?.firstElementChild as HTMLElement | null | undefined;
      if (!element || !word) return;
      const [from, to] = [at(Math.max(band.from, LR_SLIDER.min)), at(Math.min(band.to, LR_SLIDER.max))];
      const half = word.offsetWidth / 2;
      const centre = (from + to) / 2;
      const onWord = knob + radius > centre - half && knob - radius < centre + half;
      const side = knob - from > to - knob ? 'start' : 'end';
      const room = side === 'start' ? knob - radius - from : to - knob - radius;
      element.dataset.align = onWord && room >= 2 * half + 8 ? side : 'centre';
    });
  }
}
