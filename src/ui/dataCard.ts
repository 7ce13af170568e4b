import { scaleLinear } from 'd3-scale';
import { formatValue as f, leastSquares, lineData, predictLine, formatTick } from '../core';
import type { FitLineView, Presentation } from '../state/present';
import { html, setAttributes, svg } from '../dom/dom';

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { left: 30, right: 10, top: 10, bottom: 22 };

/**
 * The data behind the `fit-line` valley: the dozen points, the line the hiker's (w, b) stands
 * for, and each point's error (residual) as a segment from the point to the line. As the hiker
 * walks the valley, the line moves through the points; with too large a rate it swings wildly.
 */
export class DataCard {
  readonly element: HTMLElement;
  private readonly line = svg('line', { class: 'lrp-data-line' });
  private readonly best = svg('line', { class: 'lrp-data-best' });
  private readonly residuals: SVGLineElement[];
  private readonly titles: SVGTitleElement[];
  private readonly points: SVGCircleElement[];
  private readonly caption = html('p', { class: 'lrp-data-caption' });
  private readonly x = scaleLinear().domain([-3.2, 3.2]).range([PAD.left, WIDTH - PAD.right]);
  private readonly y;
  private shown: FitLineView | undefined;

  constructor() {
    const ys = lineData.map((p) => p.y);
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    this.y = scaleLinear().domain([lo - 1, hi + 1]).nice().range([HEIGHT - PAD.bottom, PAD.top]);
    const { x, y } = this;
    const ticks = (values: number[], axis: 'x' | 'y') =>
      values.map((v) =>
        axis === 'x'
          ? svg('text', { x: x(v), y: HEIGHT - 6, 'text-anchor': 'middle' }, formatTick(v))
          : svg('text', { x: PAD.left - 5, y: y(v) + 4, 'text-anchor': 'end' }, formatTick(v)),
      );
    const grid = svg(
      'g',
      { class: 'lrp-data-axes' },
      svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(0), y2: y(0) }),
      svg('line', { x1: x(0), x2: x(0), y1: PAD.top, y2: HEIGHT - PAD.bottom }),
      ...ticks(x.ticks(5), 'x'),
      ...ticks(y.ticks(5), 'y'),
    );
    this.residuals = lineData.map(() => svg('line', { class: 'lrp-data-residual' }));
    this.titles = lineData.map(() => svg('title', {}));
    this.points = lineData.map((p, i) => svg('circle', { class: 'lrp-data-point', cx: x(p.x), cy: y(p.y), r: 4 }, this.titles[i]!));
    const [bw, bb] = leastSquares(lineData);
    this.place(this.best, bw, bb);
    this.element = html('div', { class: 'lrp-data lrp-card', role: 'group', 'aria-label': 'The data and the line', hidden: true },
      html('h2', {}, 'The data and the model’s line'),
      svg(
        'svg',
        { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Twelve points, the current line through them, and each point’s error' },
        grid,
        this.best,
        ...this.residuals,
        this.line,
        ...this.points,
      ),
      this.caption,
    );
  }

  update({ fitLine }: Presentation): void {
    if (this.element.hidden === Boolean(fitLine)) this.element.hidden = !fitLine;
    if (!fitLine || fitLine === this.shown) return;
    this.shown = fitLine;
    const { w, b, example, guesses } = fitLine;
    this.points.forEach((circle, i) => {
      if (i === example) setAttributes(circle, { 'data-current': true, r: 6 });
      else if (circle.hasAttribute('data-current')) {
        circle.removeAttribute('data-current');
        circle.setAttribute('r', '4');
      }
    });
    this.place(this.line, w, b);
    lineData.forEach((p, i) => {
      const guess = guesses[i]!;
      setAttributes(this.residuals[i]!, { x1: this.x(p.x), x2: this.x(p.x), y1: this.y(p.y), y2: this.clampY(guess) });
      this.titles[i]!.textContent = `x = ${f(p.x)}: guess ${f(guess)}, true ${f(p.y)}, error ${f(guess - p.y)}`;
    });
    this.caption.textContent = `Line y = ${f(w)}·x ${b < 0 ? '−' : '+'} ${f(Math.abs(b))}. Mean squared error ${f(fitLine.loss)}; the best line (dashed) gets ${f(fitLine.bestLoss)}.`;
  }

  /** Keeps far-off guesses finite for SVG; the plot clips what lies outside it. */
  private clampY(value: number): number {
    return Math.min(1e4, Math.max(-1e4, this.y(value)));
  }

  private place(line: SVGLineElement, w: number, b: number): void {
    const [x0, x1] = this.x.domain() as [number, number];
    setAttributes(line, { x1: this.x(x0), x2: this.x(x1), y1: this.clampY(predictLine(w, b, x0)), y2: this.clampY(predictLine(w, b, x1)) });
  }
}
