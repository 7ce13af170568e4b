import { formatReadable, getOptimizer, type Run, type Surface } from '../core';
import { crossedAt } from './chartWords';
import { hikerLines } from './statusText';
import type { HikerSpec } from './hikers';
import type { Settings } from './settings';

const f = (v: number): string => formatReadable(v, 3);

/** A point in words: "x 1.5, y −0.2" (a valley's own names for its axes). */
export function pointWords(surface: Surface, point: readonly number[]): string {
  // A coordinate a hundred-thousandth of the box from 0 is at 0 to the eye: said as 0, not as
  // "4.9 × 10⁻¹¹", which a screen reader reads badly.
  const near = (v: number, i: number): number => {
    const [lo, hi] = surface.domain[i] ?? [0, 0];
    return Math.abs(v) < (hi - lo) * 1e-5 ? 0 : v;
  };
  return point.map((v, i) => `${surface.names[i] ?? 'x'} ${f(near(v, i))}`.replace('-', '−')).join(', ');
}

/**
 * Which way is downhill, −∇f, in words a listener can picture: "to the left", "to the right and a
 * little down". In 2-D, x grows to the right and y upward, as drawn.
 */
export function downhillWords(grad: readonly number[]): string {
  const [gx = 0, gy = 0] = grad;
  const [dx, dy] = [-gx, -gy];
  const size = Math.hypot(dx, dy);
  if (!(size > 0)) return 'the ground is flat here';
  if (grad.length === 1) return dx < 0 ? 'downhill is to the left' : 'downhill is to the right';
  const along = (v: number, plus: string, minus: string): string => (v > 0 ? plus : minus);
  const [ax, ay] = [Math.abs(dx) / size, Math.abs(dy) / size];
  if (ay < 0.2) return `downhill is ${along(dx, 'to the right', 'to the left')}`;
  if (ax < 0.2) return `downhill is ${along(dy, 'up', 'down')}`;
  const lean = (main: string, other: string, weight: number): string => `${main} and ${weight < 0.5 ? 'a little ' : ''}${other}`;
  const horizontal = along(dx, 'to the right', 'to the left');
  const vertical = along(dy, 'up', 'down');
  return `downhill is ${ax >= ay ? lean(horizontal, vertical, ay) : lean(vertical, horizontal, ax)}`;
}

/** The distance from a point to the valley's nearest known minimum, where it has one. */
function distanceToMinimum(surface: Surface, point: readonly number[]): number | undefined {
  const distances = surface.minima.map((m) => Math.hypot(...m.map((v, i) => v - (point[i] ?? 0))));
  return distances.length ? Math.min(...distances) : undefined;
}

/** What the valley is and who walks it: for the scene's summary, read once on arriving. */
export function valleySummary(settings: Settings, surface: Surface, specs: readonly HikerSpec[], primary: number, run: Run): string {
  const lowest = surface.minima.length
    ? `Its lowest point${surface.minima.length > 1 ? ` of ${surface.minima.length}` : ''} is at ${pointWords(surface, surface.minima[0]!)}, where the loss is ${f(surface.f(surface.minima[0]!))}.`
    : 'It has no lowest point the playground knows of.';
  const start = `The hikers start at ${pointWords(surface, run.path[0]!)}, where the loss is ${f(run.losses[0]!)}.`;
  const optimizer = getOptimizer(specs[primary]?.input.optimizer ?? settings.optimizer).label;
  const who =
    settings.mode === 'fan'
      ? `A fan of ${specs.length} hikers with ${optimizer}, at learning rates from ${f(specs[0]!.input.lr)} to ${f(specs.at(-1)!.input.lr)}; the readouts follow ${specs[primary]!.label}.`
      : settings.mode === 'race'
        ? `A race of ${specs.map((s) => s.label).join('; ')}. The readouts follow ${specs[primary]!.label}.`
        : `${optimizer} with learning rate η = ${f(run.lr)}.`;
  return `${surface.label}, a ${surface.dim}-D valley. ${lowest} ${who} ${start.replace('The hikers start', specs.length > 1 ? 'The hikers start' : 'The hiker starts')}`;
}

/**
 * With several hikers, each one at the group's step in a short line (how it ended, or its loss):
 * the description follows every hiker of a fan or a race, not the followed one alone. Nothing at
 * the start, where they all stand together.
 */
export function hikersWords(specs: readonly HikerSpec[], runs: readonly Run[], step: number): string {
  if (runs.length < 2 || step === 0) return '';
  return `Each hiker: ${hikerLines(specs, runs, step).join('; ')}.`;
}

/** Where the followed hiker is at its step, and what the next step does: read after each action. */
export function hikerWords(surface: Surface, run: Run, step: number, lastStep: number): string {
  const point = run.path[step]!;
  const distance = distanceToMinimum(surface, point);
  const parts = [
    `Step ${step} of ${lastStep}.`,
    `The hiker is at ${pointWords(surface, point)}, where the loss is ${f(run.losses[step]!)}${distance === undefined ? '' : `, ${f(distance)} from the lowest point`}.`,
    `${downhillWords(run.grads[step] ?? [])}.`.replace(/^d/, 'D').replace(/^t/, 'T'),
  ];
  if (crossedAt(run, step)) parts.push('The last step overshot: it crossed the bottom, and the ground slopes back the way it came.');
  if (step < run.stoppedAt) parts.push(`The next step lands at ${pointWords(surface, run.path[step + 1]!)}, loss ${f(run.losses[step + 1]!)}.`);
  else parts.push(`The run has ended: ${run.stopReason}.`);
  return parts.join(' ');
}
