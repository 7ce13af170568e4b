import { BufferImageSource, Container, Geometry, GlProgram, Mesh, RenderTexture, Shader, UniformGroup, type Renderer } from 'pixi.js';
import fragment from '../../shaders/colormap.frag?raw';
import vertex from '../../shaders/colormap.vert?raw';
import type { Grid } from '../core';
import { colormapTable } from './colormap';
import { showTexture, sizeQuad, textureQuad, type TextureQuad } from './textureQuad';
import type { ValueScale } from './valueScale';
import type { Viewport } from './viewport';

/** Tunable look of the valley's map. */
export interface ColorMapStyle {
  /** Contour intervals across the colour range. */
  readonly levels: number;
  readonly contourAlpha: number;
  /** Strength of the relief shading; 0 is flat. */
  readonly relief: number;
}

export const defaultColorMapStyle: ColorMapStyle = { levels: 16, contourAlpha: 0.55, relief: 120 };

/**
 * The 2-D valley: the loss sampled by the core on a grid, uploaded as a float texture and drawn by
 * `shaders/colormap.frag` as a colour map with contour lines. That shader runs once per change of
 * valley or size, into a texture; each frame then draws the texture with `shaders/baked.frag`,
 * a single quad and one texture read per pixel. The very first picture is the valley's shader
 * drawn straight onto the screen: one program less to link before the first frame.
 */
export class ColorMapLayer {
  /** What the scene shows: the valley's shader at first, the baked valley after. */
  readonly view = new Container();
  private readonly quad: TextureQuad;
  /** The valley's shader, drawn into the texture. */
  private readonly mesh: Mesh<Geometry, Shader>;
  /** The same, drawn straight onto the screen: the first picture only. */
  private readonly straight: Mesh<Geometry, Shader>;
  private readonly uniforms: UniformGroup;
  private readonly colormap: BufferImageSource;
  private gridSource: BufferImageSource | undefined;
  private baked: RenderTexture | undefined;
  private stale = true;

  constructor(style: ColorMapStyle = defaultColorMapStyle) {
    this.colormap = new BufferImageSource({
      resource: colormapTable(256),
      width: 256,
      height: 1,
      format: 'rgba8unorm',
      scaleMode: 'linear',
      addressMode: 'clamp-to-edge',
    });
    this.uniforms = new UniformGroup({
      uGridSize: { value: new Float32Array([2, 2]), type: 'vec2<f32>' },
      uLevels: { value: style.levels, type: 'f32' },
      uContourAlpha: { value: style.contourAlpha, type: 'f32' },
      uRelief: { value: style.relief, type: 'f32' },
    });
    const geometry = new Geometry({
      attributes: {
        aPosition: new Float32Array(8),
        aUV: new Float32Array([0, 1, 1, 1, 1, 0, 0, 0]),
      },
      indexBuffer: [0, 1, 2, 0, 2, 3],
    });
    const shader = new Shader({
      glProgram: GlProgram.from({ vertex, fragment, name: 'colormap' }),
      resources: { uGrid: this.colormap, uColormap: this.colormap, colormapUniforms: this.uniforms },
    });
    this.mesh = new Mesh({ geometry, shader });
    this.straight = new Mesh({ geometry, shader });
    this.quad = textureQuad('baked-colormap');
    this.quad.visible = false;
    this.view.addChild(this.straight, this.quad);
  }

  /** Uploads a freshly sampled grid, normalised by `scale`. */
  setGrid(grid: Grid, scale: ValueScale): void {
    const data = new Float32Array(grid.nx * grid.ny);
    // −1 marks where the loss is not a number; the shader hatches it.
    for (let k = 0; k < data.length; k++) {
      const value = grid.values[k] as number;
      data[k] = Number.isFinite(value) ? scale.normalize(value) : -1;
    }
    const source = this.gridSource;
    if (source && source.width === grid.nx && source.height === grid.ny) {
      (source.resource as Float32Array).set(data);
      source.update();
    } else {
      this.gridSource = new BufferImageSource({
        resource: data,
        width: grid.nx,
        height: grid.ny,
        format: 'r32float',
        scaleMode: 'nearest',
        addressMode: 'clamp-to-edge',
        autoGenerateMipmaps: false,
      });
      // Bind the new texture before letting go of the old one.
      this.mesh.shader!.resources.uGrid = this.gridSource;
      source?.destroy();
    }
    (this.uniforms.uniforms.uGridSize as Float32Array).set([grid.nx, grid.ny]);
    this.uniforms.update();
    this.stale = true;
  }

  /** Fits the valley to the plot area, at the renderer's pixel density; row 0 of the grid (lowest y) at the bottom. */
  resize(viewport: Viewport, resolution: number): void {
    const { margins, width, height } = viewport;
    const w = Math.max(1, width - margins.left - margins.right);
    const h = Math.max(1, height - margins.top - margins.bottom);
    for (const mesh of [this.mesh, this.quad]) sizeQuad(mesh, w, h);
    this.view.position.set(margins.left, margins.top);
    if (!this.baked || this.baked.width !== w || this.baked.height !== h || this.baked.source.resolution !== resolution) {
      const old = this.baked;
      // Drawn pixel for pixel, so read without filtering.
      this.baked = RenderTexture.create({ width: w, height: h, resolution, scaleMode: 'nearest' });
      showTexture(this.quad, this.baked.source);
      old?.destroy(true);
    }
    this.stale = true;
  }

  /**
   * Runs the valley's shader into its texture if the grid or size changed since the last time;
   * returns whether the valley's picture changed. The first time, it leaves the shader to draw
   * straight onto the screen in this frame, and bakes at the next call.
   */
  bake(renderer: Renderer): boolean {
    if (!this.stale || !this.baked) return false;
    if (!this.drawnStraight) {
      this.drawnStraight = true;
      return true;
    }
    renderer.render({ container: this.mesh, target: this.baked, clear: true });
    this.straight.visible = false;
    this.quad.visible = true;
    this.stale = false;
    return true;
  }

  /** Whether the first picture has been drawn straight onto the screen. */
  private drawnStraight = false;

  destroy(): void {
    // Shaders first: they let go of the textures they read, which then go quietly.
    this.straight.destroy();
    for (const mesh of [this.quad, this.mesh]) {
      mesh.shader?.destroy();
      mesh.destroy();
    }
    this.baked?.destroy(true);
    this.gridSource?.destroy();
    this.colormap.destroy();
  }
}
