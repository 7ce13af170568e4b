import type { Note } from '../state/sound';

/** How long each note of a run lasts, and the gap after it. */
const NOTE_S = 0.09;
const GAP_S = 0.03;

/**
 * Sound that carries meaning, made with Web Audio (no files): a step's loss as a pitch, an
 * overshoot as a bright double note, a divergence as a falling glide. Off until asked for; its
 * audio context starts on that first gesture, as browsers require.
 */
export class Sonifier {
  private context: AudioContext | undefined;
  private playing: OscillatorNode[] = [];

  /** The audio context, made on first use; undefined where the browser has no Web Audio. */
  private audio(): AudioContext | undefined {
    if (!this.context && 'AudioContext' in globalThis) this.context = new AudioContext();
    if (this.context?.state === 'suspended') void this.context.resume();
    return this.context;
  }

  /** Schedules one note at `time` (the audio clock), returning when it ends. */
  private tone(context: AudioContext, note: Note, time: number): number {
    const gain = context.createGain();
    gain.connect(context.destination);
    const oscillator = context.createOscillator();
    oscillator.connect(gain);
    const length = note.kind === 'diverge' ? 0.6 : NOTE_S;
    oscillator.type = note.kind === 'step' ? 'sine' : note.kind === 'overshoot' ? 'triangle' : 'sawtooth';
    oscillator.frequency.setValueAtTime(note.frequency, time);
    if (note.kind === 'overshoot') oscillator.frequency.setValueAtTime(note.frequency * 1.5, time + length / 2);
    if (note.kind === 'diverge') oscillator.frequency.exponentialRampToValueAtTime(note.frequency / 8, time + length);
    gain.gain.setValueAtTime(0.0001, time);
    gain.gain.exponentialRampToValueAtTime(note.kind === 'step' ? 0.18 : 0.12, time + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, time + length);
    oscillator.start(time);
    oscillator.stop(time + length + 0.02);
    this.playing.push(oscillator);
    oscillator.addEventListener('ended', () => (this.playing = this.playing.filter((o) => o !== oscillator)));
    return time + length;
  }

  /** Plays notes one after another (a run heard from its start); earlier ones still sounding stop first. */
  playAll(notes: readonly Note[]): void {
    this.stop();
    const context = this.audio();
    if (!context) return;
    let time = context.currentTime + 0.05;
    for (const note of notes) time = this.tone(context, note, time) + GAP_S;
  }

  /** Plays one note now: a step as the hiker takes it. */
  play(note: Note): void {
    const context = this.audio();
    if (context) this.tone(context, note, context.currentTime + 0.01);
  }

  /** Plays a curve's trace: `frequencies` in turn (0 is silence), the one under the hiker marked by a second, brighter note. */
  trace(frequencies: readonly number[], hiker: number): void {
    this.stop();
    const context = this.audio();
    if (!context) return;
    let time = context.currentTime + 0.05;
    frequencies.forEach((frequency, i) => {
      if (frequency > 0) this.tone(context, { step: i, frequency, kind: i === hiker ? 'overshoot' : 'step' }, time);
      time += NOTE_S * 0.7;
    });
  }

  stop(): void {
    for (const oscillator of this.playing) oscillator.stop();
    this.playing = [];
  }

  destroy(): void {
    this.stop();
    void this.context?.close();
  }
}
