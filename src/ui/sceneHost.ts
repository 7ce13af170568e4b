import { Scene } from '../render/scene';
import type { Theme } from '../render/theme';
import { markScale, type Viewport } from '../render/viewport';
import type { Presentation } from '../state/present';
import { startupMark } from '../dom/marks';
import type { StageAxes } from './axes';

/** Context losses tolerated within a minute before the stage gives up and says why. */
const LOSS_LIMIT = 3;
const LOSS_WINDOW_MS = 60_000;

export interface SceneHostOptions {
  /** The stage the canvas lives on (first child), carrying `data-hiker`. */
  readonly stage: HTMLElement;
  readonly axes: StageAxes;
  /** Tells the reader something went wrong. */
  notify(message: string): void;
  /** Asks for a frame (the scene is ready to draw). */
  wake(): void;
  /** The theme a new scene starts in. */
  theme(): Theme;
  /**
   * Called when the browser took the WebGL context away; the caller decides when to make a new
   * one ({@link SceneHost.acquire}). Without it, the host makes one at once.
   */
  onLost?(): void;
}

/**
 * The WebGL scene's life on the stage: made when asked for, released into a still picture (a
 * page keeps only so many WebGL contexts), and made again when the browser loses its context, a
 * few times; then the stage says why it stays blank. Draws each frame's presentation into it.
 */
export class SceneHost {
  private scene: Scene | undefined;
  private making: Promise<void> | undefined;
  private losses: number[] = [];
  private wanted = false;
  private destroyed = false;
  private size: { width: number; height: number };

  constructor(private readonly options: SceneHostOptions) {
    this.size = this.measure();
  }

  /** Whether the WebGL scene is live (not released, not lost). */
  get live(): boolean {
    return this.scene !== undefined;
  }

  /** The map between the valley and the stage, once drawn. */
  get viewport(): Viewport | undefined {
    return this.scene?.viewport;
  }

  hitsHiker(x: number, y: number): boolean {
    return this.scene?.hitsHiker(x, y) ?? false;
  }

  /** The stage's size in CSS pixels, from its layout box (not its transformed one). */
  private measure(): { width: number; height: number } {
    const { stage } = this.options;
    return { width: Math.max(1, stage.clientWidth), height: Math.max(1, stage.clientHeight) };
  }

  /** Makes the WebGL scene (again); resolves once it is on the stage. */
  acquire(): Promise<void> {
    this.wanted = true;
    if (this.scene) return Promise.resolve();
    this.making ??= Scene.create(this.size.width, this.size.height, this.options.theme(), () => this.onLost())
      .then((made) => {
        if (!this.wanted || this.destroyed) {
          made.destroy();
          return;
        }
        this.scene = made;
        this.show(made.canvas);
        this.options.wake();
      })
      .catch((error: unknown) => {
        this.options.notify(`The valley cannot be drawn: this browser could not start WebGL (${error instanceof Error ? error.message : String(error)}).`);
      })
      .finally(() => {
        this.making = undefined;
      });
    return this.making;
  }

  /** Gives back the WebGL context, leaving a still picture of the scene in its place. */
  release(): void {
    this.wanted = false;
    if (!this.scene) return;
    const picture = this.scene.capture();
    picture.className = 'lrp-still';
    this.show(picture);
    this.drop();
  }

  /** Follows the stage's size. */
  resize(): void {
    this.size = this.measure();
    this.scene?.resize(this.size.width, this.size.height);
  }

  /** Draws one frame: the scene, the axes, and where the followed hiker stands (`data-hiker`); says whether there was a scene to draw. */
  draw({ snapshot, surface }: Presentation, theme: Theme): boolean {
    const scene = this.scene;
    if (!scene) return false;
    const { settings, hikers, primary } = snapshot;
    const input = {
      surface,
      hikers: hikers.map((h) => ({ run: h.run, flyOff: h.flyOff, ...(h.spec.color ? { color: h.spec.color } : {}), ...(hikers.length > 1 ? { label: h.spec.tag } : {}) })),
      primary,
      start: settings.start ?? surface.start,
      position: snapshot.position,
      theme,
      scale: markScale(this.size.width, this.size.height, settings.presenter),
      showGuides: !snapshot.playing,
    };
    // The words over the valley (the legend, the hint) keep clear of its axes, whose margins grow with the marks.
    const scale = String(input.scale);
    if (this.options.stage.style.getPropertyValue('--lrp-scale') !== scale) this.options.stage.style.setProperty('--lrp-scale', scale);
    scene.prepare(input);
    startupMark('lrp:grid');
    scene.draw(input);
    const { viewport } = scene;
    if (viewport) this.options.axes.update(viewport, [surface.names[0] ?? 'x', surface.dim === 2 ? (surface.names[1] ?? 'y') : 'loss']);
    const hiker = `${Math.round(scene.hikerAt[0])},${Math.round(scene.hikerAt[1])}`;
    if (this.options.stage.dataset.hiker !== hiker) this.options.stage.dataset.hiker = hiker;
    return true;
  }

  /** Puts `element` (a canvas, or a still picture) on the stage in place of the last one. */
  private show(element: HTMLCanvasElement | undefined): void {
    const { stage } = this.options;
    for (const old of stage.querySelectorAll(':scope > canvas')) if (old !== element) old.remove();
    if (element && element.parentElement !== stage) stage.prepend(element);
  }

  private drop(): void {
    const old = this.scene;
    this.scene = undefined;
    old?.destroy();
  }

  private onLost(): void {
    const now = performance.now();
    this.losses = [...this.losses.filter((t) => now - t < LOSS_WINDOW_MS), now];
    this.drop();
    if (this.losses.length > LOSS_LIMIT) {
      this.options.notify('The browser keeps losing this playground’s WebGL context, so the valley is not drawn. Reload the page to try again.');
      return;
    }
    if (this.options.onLost) this.options.onLost();
    // Not inside the browser's event: make the new context once this one is gone.
    else setTimeout(() => void this.acquire(), 0);
  }

  destroy(): void {
    this.destroyed = true;
    this.wanted = false;
    this.drop();
    this.show(undefined);
  }
}
