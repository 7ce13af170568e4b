import { Container, RenderTexture, type ColorSource, type Renderer } from 'pixi.js';
import { showTexture, sizeQuad, textureQuad } from './textureQuad';

/** Frames without a change before the still layers are kept as a picture (a drag pauses briefly between moves). */
const SETTLE_FRAMES = 8;

/**
 * The still part of the scene (valley, minima, start flag, the routes ahead) kept as one picture.
 *
 * While it changes from frame to frame (a rate being dragged) it is drawn directly; once it has
 * stayed the same for a few frames it is drawn once into a texture, and every later frame costs a
 * single textured quad however many routes it holds: a fan of twelve routes of two thousand steps
 * is a lot of geometry for software WebGL to redraw every frame.
 */
export class Backdrop {
  /** What the stage shows while the picture is cached. */
  readonly view = textureQuad('backdrop');
  /** The still layers, drawn directly or into the picture; never part of the stage. */
  readonly content = new Container();
  private texture: RenderTexture | undefined;
  /** Frames since the still layers last changed. */
  private still = 0;
  /** Whether the picture holds the still layers as they are now. */
  private pictured = false;

  /** Fits the picture to the canvas (CSS pixels) at the renderer's density. */
  resize(width: number, height: number, resolution: number): void {
    sizeQuad(this.view, width, height);
    const t = this.texture;
    if (t && t.width === width && t.height === height && t.source.resolution === resolution) return;
    // Drawn pixel for pixel, so read without filtering.
    this.texture = RenderTexture.create({ width, height, resolution, scaleMode: 'nearest' });
    showTexture(this.view, this.texture.source);
    t?.destroy(true);
    this.still = 0;
    this.pictured = false;
  }

  /**
   * Draws the still layers for this frame; `changed` says whether any of them was redrawn since the
   * last frame. Call before rendering the stage, which must then not clear the screen.
   */
  draw(renderer: Renderer, changed: boolean, background: ColorSource): void {
    if (changed) {
      this.still = 0;
      this.pictured = false;
    } else {
      this.still++;
    }
    if (!this.pictured && this.still >= SETTLE_FRAMES && this.texture) {
      renderer.render({ container: this.content, target: this.texture, clear: true, clearColor: background });
      this.pictured = true;
    }
    this.view.visible = this.pictured;
    if (!this.pictured) renderer.render({ container: this.content, clear: true });
  }

  destroy(): void {
    this.view.shader?.destroy();
    this.view.destroy();
    this.content.destroy({ children: true });
    this.texture?.destroy(true);
  }
}
