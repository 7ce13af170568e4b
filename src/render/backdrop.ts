import { Container, RenderTexture, type ColorSource, type Renderer } from 'pixi.js';
import { showTexture, sizeQuad, textureQuad } from './textureQuad';

/**
 * The still part of the scene (valley, minima, start flag, the routes ahead) kept as one picture.
 *
 * While it changes from frame to frame (a rate being dragged) it is drawn directly; once a frame
 * passes without a change it is drawn once into a texture, and every later frame costs a single
 * textured quad however many routes it holds. Software WebGL pays for every antialiased fragment,
 * so a fan of twelve routes redrawn each frame would cost as much as the valley itself.
 */
export class Backdrop {
  /** What the stage shows while the picture is cached. */
  readonly view = textureQuad('backdrop');
  /** The still layers, drawn directly or into the picture; never part of the stage. */
  readonly content = new Container();
  private texture: RenderTexture | undefined;
  private state: 'changed' | 'settled' | 'cached' = 'changed';

  /** Fits the picture to the canvas (CSS pixels) at the renderer's density. */
  resize(width: number, height: number, resolution: number): void {
    sizeQuad(this.view, width, height);
    const t = this.texture;
    if (t && t.width === width && t.height === height && t.source.resolution === resolution) return;
    this.texture = RenderTexture.create({ width, height, resolution, antialias: true });
    showTexture(this.view, this.texture.source);
    t?.destroy(true);
    this.state = 'changed';
  }

  /**
   * Draws the still layers for this frame; `changed` says whether any of them was redrawn since the
   * last frame. Call before rendering the stage, which must then not clear the screen.
   */
  draw(renderer: Renderer, changed: boolean, background: ColorSource): void {
    if (changed) this.state = 'changed';
    else if (this.state === 'changed') this.state = 'settled';
    if (this.state === 'settled' && this.texture) {
      renderer.render({ container: this.content, target: this.texture, clear: true, clearColor: background });
      this.state = 'cached';
    }
    const cached = this.state === 'cached';
    this.view.visible = cached;
    if (!cached) renderer.render({ container: this.content, clear: true });
  }

  destroy(): void {
    this.view.shader?.destroy();
    this.view.destroy();
    this.content.destroy({ children: true });
    this.texture?.destroy(true);
  }
}
