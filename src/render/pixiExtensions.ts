import { ExtensionType, extensions, GlBackBufferSystem, GlMeshAdaptor, type GlBackBufferOptions, type Mesh, type MeshAdaptor, type MeshPipe, type WebGLRenderer } from 'pixi.js';

/**
 * Two of PixiJS's WebGL parts, replaced by ones that make nothing the playground does not use.
 * Pixi's own compile a shader program at every renderer's start (the meshes' default shader, the
 * back buffer's copy shader) under a name numbered anew each time, and keep each program's source
 * for good in a cache keyed by it: every renderer made and destroyed (an embed scrolled away and
 * back, a lost context) left a few kilobytes behind, and the back buffer's shader stayed
 * subscribed to the shared white texture. Registered once, before any renderer is made.
 */

/** Draws meshes with their own shader: every mesh in the scene brings one (strokes, colour map, pictures). */
class OwnShaderMeshAdaptor implements MeshAdaptor {
  static readonly extension = { type: [ExtensionType.WebGLPipesAdaptor], name: 'mesh' };

  init(): void {}

  execute(meshPipe: MeshPipe, mesh: Mesh): void {
    const shader = mesh.shader;
    if (!shader?.glProgram) throw new Error('A mesh of the scene was drawn without its own shader.');
    const renderer = meshPipe.renderer as WebGLRenderer;
    shader.groups[100] = renderer.globalUniforms.bindGroup;
    shader.groups[101] = meshPipe.localUniformsBindGroup;
    renderer.encoder.draw({ geometry: mesh.geometry, shader, state: mesh.state });
  }

  destroy(): void {}
}

/** The back buffer, set up only when asked for: the scene never draws through one. */
class BackBufferOnDemand extends GlBackBufferSystem {
  override init(options: GlBackBufferOptions = {}): void {
    if (options.useBackBuffer) super.init(options);
  }
}

extensions.remove(GlMeshAdaptor, GlBackBufferSystem);
extensions.add(OwnShaderMeshAdaptor, BackBufferOnDemand);
