import { Buffer, BufferUsage, Geometry, GlProgram, Mesh, Shader, UniformGroup } from 'pixi.js';
import fragment from '../../shaders/strokes.frag?raw';
import vertex from '../../shaders/strokes.vert?raw';
import { STROKE_VERTEX_FLOATS, Strokes } from './strokes';

const STRIDE = STROKE_VERTEX_FLOATS * 4;

/** What the GPU holds of a mesh's marks: the first `vertices` and `indices` of a generation's stores. */
interface Sent {
  readonly generation: number;
  readonly store: Float32Array | undefined;
  readonly vertices: number;
  readonly indices: number;
}

/** Where a layer of marks may draw: left, top, right, bottom, in CSS pixels. */
export type ClipRect = readonly [number, number, number, number];

/** No clip: anywhere on the canvas. */
const EVERYWHERE: ClipRect = [-1e9, -1e9, 1e9, 1e9];

/** A clip that several layers share: one setting for all. */
export function clipGroup(): UniformGroup {
  return new UniformGroup({ uClip: { value: new Float32Array(EVERYWHERE), type: 'vec4<f32>' } });
}

/** Sets a shared clip (from {@link clipGroup}). */
export function setClip(group: UniformGroup, rect: ClipRect): void {
  const value = group.uniforms.uClip as Float32Array;
  if (rect.every((v, i) => value[i] === v)) return;
  value.set(rect);
  group.update();
}

/**
 * A layer of antialiased marks: add them to `strokes` (after `strokes.clear()` to start over),
 * then `commit()` uploads what the GPU does not hold yet: only the marks added since the last
 * frame drawn, while no clear came between. One draw call however many marks it holds.
 */
export class StrokeMesh {
  readonly strokes = new Strokes();
  readonly view: Mesh<Geometry, Shader>;
  private readonly vertices: Buffer;
  private readonly indices: Buffer;
  private readonly uniforms = new UniformGroup({ uPixel: { value: 1, type: 'f32' } });
  private sent: Sent = { generation: -1, store: undefined, vertices: 0, indices: 0 };
  /** What the last commit asked for; the GPU holds it once the mesh has been drawn. */
  private committed: Sent = this.sent;

  /** `clip`: where the marks may draw (a {@link clipGroup} shared with other layers); anywhere by default. */
  constructor(clip: UniformGroup = clipGroup()) {
    this.vertices = new Buffer({ data: this.strokes.vertexStore, usage: BufferUsage.VERTEX | BufferUsage.COPY_DST });
    this.indices = new Buffer({ data: this.strokes.indexStore, usage: BufferUsage.INDEX | BufferUsage.COPY_DST });
    const attribute = (format: 'float32x2' | 'float32x3' | 'float32x4', offset: number) => ({ buffer: this.vertices, format, stride: STRIDE, offset: offset * 4 });
    const geometry = new Geometry({
      attributes: {
        aPosition: attribute('float32x2', 0),
        aLocal: attribute('float32x2', 2),
        aShape: attribute('float32x4', 4),
        aEdges: attribute('float32x3', 8),
        aColor: attribute('float32x4', 11),
      },
      indexBuffer: this.indices,
    });
    const shader = new Shader({ glProgram: GlProgram.from({ vertex, fragment, name: 'strokes' }), resources: { strokeUniforms: this.uniforms, clipUniforms: clip } });
    this.view = new Mesh({ geometry, shader });
    this.view.visible = false;
    // Buffers upload when drawn: a commit's range reached the GPU only once the mesh was rendered.
    this.view.onRender = () => {
      this.sent = this.committed;
    };
  }

  /** Sends the marks to the GPU; `resolution` is the renderer's device pixels per CSS pixel. */
  commit(resolution: number): void {
    const { strokes } = this;
    this.view.visible = strokes.indexCount > 0;
    if (!this.view.visible) return;
    if (this.uniforms.uniforms.uPixel !== 1 / resolution) {
      this.uniforms.uniforms.uPixel = 1 / resolution;
      this.uniforms.update();
    }
    // The stores grow by replacement: a new array is a new GPU buffer, uploaded whole.
    if (this.vertices.data !== strokes.vertexStore) this.vertices.data = strokes.vertexStore;
    if (this.indices.data !== strokes.indexStore) this.indices.data = strokes.indexStore;
    const sent = this.sent;
    const keeps = sent.generation === strokes.generation && sent.store === strokes.vertexStore;
    const [fromV, fromI] = keeps ? [sent.vertices, sent.indices] : [0, 0];
    if (strokes.vertexCount > fromV) this.vertices.update((strokes.vertexCount - fromV) * STRIDE, fromV * STRIDE);
    if (strokes.indexCount > fromI) this.indices.update((strokes.indexCount - fromI) * 4, fromI * 4);
    this.committed = { generation: strokes.generation, store: strokes.vertexStore, vertices: strokes.vertexCount, indices: strokes.indexCount };
    this.view.geometry.indexCount = strokes.indexCount;
  }

  destroy(): void {
    this.view.shader?.destroy();
    this.view.destroy();
    this.vertices.destroy();
    this.indices.destroy();
  }
}
