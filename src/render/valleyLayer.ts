import { BufferImageSource, Geometry, GlProgram, Mesh, Shader, UniformGroup } from 'pixi.js';
import fragment from '../../shaders/valley.frag?raw';
import vertex from '../../shaders/valley.vert?raw';
import type { Grid } from '../core';
import { colormapTable } from './colormap';
import type { ValueScale } from './valueScale';
import type { Viewport } from './viewport';

/** Tunable look of the valley's map. */
export interface ValleyStyle {
  /** Contour intervals across the colour range. */
  readonly levels: number;
  readonly contourAlpha: number;
  /** Strength of the relief shading; 0 is flat. */
  readonly relief: number;
}

export const defaultValleyStyle: ValleyStyle = { levels: 16, contourAlpha: 0.55, relief: 120 };

/**
 * The 2-D valley: the loss sampled by the core on a grid, uploaded as a float texture and drawn by
 * `shaders/valley.frag` as a colour map with contour lines.
 */
export class ValleyLayer {
  readonly view: Mesh<Geometry, Shader>;
  private readonly uniforms: UniformGroup;
  private readonly colormap: BufferImageSource;
  private gridSource: BufferImageSource | undefined;

  constructor(style: ValleyStyle = defaultValleyStyle) {
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
      glProgram: GlProgram.from({ vertex, fragment, name: 'valley' }),
      resources: { uGrid: this.colormap, uColormap: this.colormap, valleyUniforms: this.uniforms },
    });
    this.view = new Mesh({ geometry, shader });
  }

  /** Uploads a freshly sampled grid, normalised by `scale`. */
  setGrid(grid: Grid, scale: ValueScale): void {
    const data = new Float32Array(grid.nx * grid.ny);
    for (let k = 0; k < data.length; k++) data[k] = scale.normalize(grid.values[k] as number);
    const source = this.gridSource;
    if (source && source.width === grid.nx && source.height === grid.ny) {
      (source.resource as Float32Array).set(data);
      source.update();
    } else {
      source?.destroy();
      this.gridSource = new BufferImageSource({
        resource: data,
        width: grid.nx,
        height: grid.ny,
        format: 'r32float',
        scaleMode: 'nearest',
        addressMode: 'clamp-to-edge',
        autoGenerateMipmaps: false,
      });
      this.view.shader!.resources.uGrid = this.gridSource;
    }
    (this.uniforms.uniforms.uGridSize as Float32Array).set([grid.nx, grid.ny]);
    this.uniforms.update();
  }

  /** Places the quad over the plot area; row 0 of the grid (lowest y) at the bottom. */
  resize(viewport: Viewport): void {
    const { margins, width, height } = viewport;
    const [x0, x1] = [margins.left, width - margins.right];
    const [y0, y1] = [margins.top, height - margins.bottom];
    const positions = this.view.geometry.getBuffer('aPosition');
    (positions.data as Float32Array).set([x0, y0, x1, y0, x1, y1, x0, y1]);
    positions.update();
  }

  destroy(): void {
    this.view.destroy({ children: true });
    this.gridSource?.destroy();
    this.colormap.destroy();
  }
}
