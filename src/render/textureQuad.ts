import { Geometry, GlProgram, Mesh, Shader, Texture, type TextureSource } from 'pixi.js';
import bakedFragment from '../../shaders/baked.frag?raw';
import vertex from '../../shaders/colormap.vert?raw';

export type TextureQuad = Mesh<Geometry, Shader>;

/**
 * A quad that shows a render texture with `shaders/baked.frag`: one texture read per pixel. (PixiJS's
 * batched sprite shader chooses among many textures per pixel, which software WebGL pays for on
 * every pixel of a picture this large.)
 */
export function textureQuad(name: string): TextureQuad {
  // A render texture's rows run top-down here, so these UVs are not flipped like the grid's.
  const geometry = new Geometry({
    attributes: { aPosition: new Float32Array(8), aUV: new Float32Array([0, 0, 1, 0, 1, 1, 0, 1]) },
    indexBuffer: [0, 1, 2, 0, 2, 3],
  });
  // The sampler must be named when the shader is made; showTexture() swaps what it reads.
  const shader = new Shader({ glProgram: GlProgram.from({ vertex, fragment: bakedFragment, name }), resources: { uBaked: Texture.EMPTY.source } });
  return new Mesh({ geometry, shader });
}

/** Sizes a quad (a texture quad, or any mesh with an `aPosition` quad) to w × h from its origin. */
export function sizeQuad(mesh: Mesh<Geometry, Shader>, width: number, height: number): void {
  const positions = mesh.geometry.getBuffer('aPosition');
  (positions.data as Float32Array).set([0, 0, width, 0, width, height, 0, height]);
  positions.update();
}

/** Shows `source` on the quad. */
export function showTexture(quad: TextureQuad, source: TextureSource): void {
  quad.shader!.resources.uBaked = source;
}
