import { adoptStyles, html } from '../dom/dom';
import { exportFormat, type ExportFormat } from '../state/exportFormats';
import { estimateGifBytes, formatBytes } from './estimate';
import { durationSeconds, gifFrames, videoFrames } from './frames';
import { resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './options';
import exportStyles from './export.css?inline';
import { videoUnavailable } from './videoSupport';

type Moving = 'gif' | 'mp4' | 'webm';

/** What the dialog asks of its playground. */
export interface DialogHooks {
  toBlob(format: ExportFormat, options: ExportOptions): Promise<Blob>;
  fileName(format: ExportFormat): string;
  lastStep(): number;
  /** The playground's speed, and what a GIF's size depends on. */
  defaults(): { stepsPerSecond: number; dim: 1 | 2; hikers: number };
  /** Saves a finished file and says so. */
  saved(name: string, blob: Blob): void;
}

const numberField = (label: string, name: string): { label: HTMLLabelElement; input: HTMLInputElement } => {
  const input = html('input', { type: 'number', name, inputmode: 'numeric', required: true });
  return { label: html('label', {}, html('span', {}, label), input), input };
};

/**
 * The options of an animation or a video before it is made (its steps, size and speed, with the
 * size or length it will come to), then its progress, with a button that cancels it. A modal
 * `<dialog>`: the page behind is inert, Escape cancels and closes, and focus goes back to where it
 * was (the Export button). Progress is announced politely, at a few milestones.
 */
export class ExportDialog {
  private readonly element: HTMLDialogElement;
  private readonly title = html('h2', {});
  private readonly note = html('p', {});
  private readonly fields = {
    from: numberField('From step', 'from'),
    to: numberField('To step', 'to'),
    width: numberField('Width (pixels)', 'width'),
    fps: numberField('Frames per second', 'fps'),
    stepsPerSecond: numberField('Steps per second', 'stepsPerSecond'),
  };
  private readonly estimate = html('p', { class: 'lrp-export-estimate' });
  private readonly progress = html('progress', { max: 100, value: 0, 'aria-label': 'Export progress', hidden: true });
  private readonly status = html('p', { role: 'status', class: 'lrp-export-status' });
  private readonly make = html('button', { type: 'button', class: 'lrp-button', 'data-primary': true, 'data-action': 'make-export' });
  private readonly gifInstead = html('button', { type: 'button', class: 'lrp-button', 'data-action': 'gif-instead', hidden: true }, 'Make an animated GIF instead');
  private readonly close = html('button', { type: 'button', class: 'lrp-button', 'data-action': 'close-export' }, 'Close');
  private format: Moving = 'gif';
  private running: AbortController | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: DialogHooks,
  ) {
    const grid = html('div', { class: 'lrp-export-fields' }, ...Object.values(this.fields).map((f) => f.label));
    this.element = html('dialog', { class: 'lrp-export-dialog' }, this.title, this.note, grid, this.estimate, this.progress, this.status, html('div', { class: 'lrp-export-buttons' }, this.make, this.gifInstead, this.close));
    this.element.addEventListener('input', () => this.check());
    // Keys pressed here are the dialog's: none reaches the playground's shortcuts.
    this.element.addEventListener('keydown', (event) => event.stopPropagation());
    this.element.addEventListener('close', () => this.running?.abort());
    this.make.addEventListener('click', () => void this.start());
    this.close.addEventListener('click', () => (this.running ? this.running.abort() : this.element.close()));
    this.gifInstead.addEventListener('click', () => this.open('gif'));
  }

  /** Opens the dialog for an animation or a video, with the whole run and the playground's speed filled in. */
  open(format: ExportFormat): void {
    if (format !== 'gif' && format !== 'mp4' && format !== 'webm') return;
    this.format = format;
    const video = format !== 'gif';
    const { stepsPerSecond } = this.hooks.defaults();
    const options = resolveExportOptions(format, {}, { lastStep: this.hooks.lastStep(), stepsPerSecond });
    this.element.setAttribute('aria-label', exportFormat(format).label);
    this.title.textContent = exportFormat(format).label;
    this.note.textContent = video
      ? 'The run as a video for a projector, made by this browser’s own encoder. It plays the steps at the speed below, then holds the end for a second.'
      : 'The run as an animation that loops, one frame per step, for posts and slides where nothing else plays.';
    const values: Record<keyof typeof this.fields, number> = { from: options.from, to: options.to, width: options.width, fps: options.fps, stepsPerSecond: options.stepsPerSecond };
    for (const [name, field] of Object.entries(this.fields) as [keyof typeof this.fields, (typeof this.fields)['from']][]) field.input.value = String(values[name]);
    this.fields.stepsPerSecond.label.hidden = !video;
    this.fields.width.input.step = video ? '2' : '1';
    this.make.textContent = video ? `Make the video` : 'Make the GIF';
    this.gifInstead.hidden = true;
    this.progress.hidden = true;
    this.status.textContent = '';
    if (!this.element.isConnected) {
      adoptStyles(this.root, exportStyles);
      this.root.append(this.element);
    }
    if (!this.element.open) this.element.showModal();
    this.check();
    if (video) void this.probe(format, options);
  }

  /** Says so, and offers the GIF, where this browser cannot encode the video. */
  private async probe(format: 'mp4' | 'webm', options: ResolvedExportOptions): Promise<void> {
    const reason = await videoUnavailable(format, options.width, options.height);
    if (!reason || this.format !== format) return;
    this.note.textContent = `${reason} An animated GIF shows the same run.`;
    this.make.disabled = true;
    this.gifInstead.hidden = false;
    this.gifInstead.focus();
  }

  /** The options typed in, as `toBlob` takes them: numbers, or the text typed where it is none (named as it is, never as NaN). */
  private options(): ExportOptions {
    const value = (name: keyof typeof this.fields): number => {
      const { input } = this.fields[name];
      return (Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : input.value) as number;
    };
    const base = { from: value('from'), to: value('to'), width: value('width'), fps: value('fps') };
    return this.format === 'gif' ? base : { ...base, stepsPerSecond: value('stepsPerSecond') };
  }

  /** Checks the options as they are typed, and shows what they will make (or what is wrong). */
  private check(): ResolvedExportOptions | undefined {
    const { stepsPerSecond, dim, hikers } = this.hooks.defaults();
    try {
      const o = resolveExportOptions(this.format, this.options(), { lastStep: this.hooks.lastStep(), stepsPerSecond });
      if (this.format === 'gif') {
        const frames = gifFrames(o.from, o.to, o.fps);
        const bytes = estimateGifBytes({ width: o.width, height: o.height, frames: frames.length, dim, hikers });
        this.estimate.textContent = `${frames.length} frames, ${o.width} × ${o.height} pixels, ${durationSeconds(frames).toFixed(1)} s a loop: about ${formatBytes(bytes)}.`;
      } else {
        const frames = videoFrames(o.from, o.to, o.fps, o.stepsPerSecond);
        this.estimate.textContent = `${frames.length} frames, ${o.width} × ${o.height} pixels: ${durationSeconds(frames).toFixed(1)} s.`;
      }
      this.make.disabled = this.running !== undefined || !this.gifInstead.hidden;
      this.estimate.removeAttribute('data-invalid');
      return o;
    } catch (error) {
      this.estimate.textContent = error instanceof Error ? error.message.replace(/^invalid (\w+)/, (_, name: string) => `Check ${this.fieldName(name)}`) : String(error);
      this.estimate.dataset.invalid = '';
      this.make.disabled = true;
      return undefined;
    }
  }

  private fieldName(option: string): string {
    const field = this.fields[option as keyof typeof this.fields];
    return field ? `“${field.label.firstChild?.textContent ?? option}”` : option;
  }

  /** Makes the file, showing and announcing its progress; saves it and closes, or says why not. */
  private async start(): Promise<void> {
    if (this.running || !this.check()) return;
    const running = new AbortController();
    this.running = running;
    const format = this.format;
    const label = format === 'gif' ? 'the animation' : 'the video';
    this.make.disabled = true;
    this.close.textContent = 'Cancel';
    this.progress.hidden = false;
    this.progress.value = 0;
    this.status.textContent = `Making ${label}…`;
    let said = 0;
    const onProgress = (fraction: number): void => {
      this.progress.value = Math.round(fraction * 100);
      // Announced at each quarter, not at every frame.
      const quarter = Math.floor(fraction * 4);
      if (quarter > said && quarter < 4) this.status.textContent = `Making ${label}: ${quarter * 25}% done.`;
      said = Math.max(said, quarter);
    };
    try {
      const blob = await this.hooks.toBlob(format, { ...this.options(), signal: running.signal, onProgress });
      this.hooks.saved(this.hooks.fileName(format), blob);
      this.element.close();
    } catch (error) {
      const cancelled = running.signal.aborted;
      this.status.textContent = cancelled ? 'Cancelled.' : `Could not make ${label}: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.running = undefined;
      this.progress.hidden = true;
      this.close.textContent = 'Close';
      if (this.element.open) this.check();
    }
  }

  destroy(): void {
    this.running?.abort();
    this.element.remove();
  }
}
