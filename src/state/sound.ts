import { overshotAt, type Run } from '../core';

/** The notes' range: two octaves, A3 to A5. A higher loss is a higher note. */
export const PITCH = { low: 220, high: 880 } as const;

/** What a note says: a step, a step that overshot the bottom, or the step a divergence refused. */
export type NoteKind = 'step' | 'overshoot' | 'diverge';

export interface Note {
  readonly step: number;
  readonly frequency: number;
  readonly kind: NoteKind;
}

/** The loss `loss` as a pitch between {@link PITCH}'s ends, on a log scale over [lo, hi] (a linear one where a loss is not positive). */
export function pitchOf(loss: number, lo: number, hi: number): number {
  const log = lo > 0 && hi > 0;
  const [a, b, v] = log ? [Math.log10(lo), Math.log10(hi), Math.log10(Math.max(loss, lo))] : [lo, hi, loss];
  const t = b > a ? Math.min(1, Math.max(0, (v - a) / (b - a))) : 0.5;
  return PITCH.low * (PITCH.high / PITCH.low) ** t;
}

/** The range of a run's losses, for its pitches. */
function rangeOf(losses: readonly number[]): [number, number] {
  return [Math.min(...losses), Math.max(...losses)];
}

/**
 * A run as notes, one per step: its loss as pitch, each overshoot marked, and the refused step of a
 * divergence last. A long run is heard at `most` notes, evenly picked (its first and last kept).
 */
export function runNotes(run: Run, most = 64): Note[] {
  const [lo, hi] = rangeOf(run.losses);
  const count = Math.min(most, run.stoppedAt + 1);
  const steps = [...new Set(Array.from({ length: count }, (_, i) => Math.round((i * run.stoppedAt) / Math.max(1, count - 1))))];
  const notes: Note[] = steps.map((k) => ({ step: k, frequency: pitchOf(run.losses[k]!, lo, hi), kind: overshotAt(run, k) ? 'overshoot' : 'step' }));
  if (run.status === 'diverged') notes.push({ step: run.stoppedAt + 1, frequency: PITCH.high, kind: 'diverge' });
  return notes;
}

/** The note of one step, as the hiker walks: pitched on the whole run's range, so the same loss sounds the same. */
export function stepNote(run: Run, step: number): Note {
  const [lo, hi] = rangeOf(run.losses);
  return { step, frequency: pitchOf(run.losses[step]!, lo, hi), kind: overshotAt(run, step) ? 'overshoot' : 'step' };
}

/**
 * An audio trace of a 1-D valley: its curve from left to right as `count` notes, pitch following
 * the loss, and which note lies under the hiker (`hikerX`).
 */
export function traceNotes(xs: ArrayLike<number>, losses: ArrayLike<number>, hikerX: number, count = 48): { notes: number[]; hiker: number } {
  const finite = Array.from(losses).filter(Number.isFinite);
  const [lo, hi] = [Math.min(...finite), Math.max(...finite)];
  const n = xs.length;
  const picks = Array.from({ length: count }, (_, i) => Math.round((i * (n - 1)) / (count - 1)));
  // A loss that is not defined is heard as silence (0 Hz).
  const notes = picks.map((j) => (Number.isFinite(losses[j]) ? pitchOf(losses[j] as number, lo, hi) : 0));
  let hiker = 0;
  picks.forEach((j, i) => {
    if (Math.abs((xs[j] as number) - hikerX) < Math.abs((xs[picks[hiker]!] as number) - hikerX)) hiker = i;
  });
  return { notes, hiker };
}
