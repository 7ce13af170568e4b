import 'pixi.js/mesh';
import './pixiExtensions';
import { Container, Sprite, WebGLRenderer } from 'pixi.js';
import { sampleGrid, type Point, type Run, type Surface } from '../core';
import { Backdrop } from './backdrop';
import { CurveLayer } from './curveLayer';
import { GuideLayer } from './guideLayer';
import { drawHiker, hitsHiker, type HikerPose } from './hikerFigure';
import { clipGroup, setClip, StrokeMesh } from './strokeMesh';
import { MarkerLayer } from './markerLayer';
import { LabelArt } from './labelArt';
import { marksOf, placeLabels, planScene, reachOf, viewExtent1d, type Marks, type ScenePlan, type SceneInput } from './plan';
import { RouteLayer } from './routeLayer';
import type { Theme } from './theme';
import { ColorMapLayer } from './colorMapLayer';
import { createValueScale } from './valueScale';
import { createViewport1d, createViewport2d, sceneMargins, type Viewport } from './viewport';

/** Grid nodes per CSS pixel of the plot, and the bounds on nodes per side. */
const GRID_DENSITY = 1 / 3;
const GRID_MIN = 96;
const GRID_MAX = 320;

/**
 * The PixiJS scene of one playground: a WebGL renderer (created lean, with only the extensions it
 * uses) and its layers, from the valley at the back to the hiker at the front.
 */
export class Scene {
  readonly canvas: HTMLCanvasElement;
  private readonly stage = new Container();
  private readonly backdrop = new Backdrop();
  private readonly colorMap = new ColorMapLayer();
  private readonly curve = new CurveLayer();
  private readonly markers = new MarkerLayer();
  /** Where routes, guides and hikers may draw: the plot (in 1-D, with the sky above it). */
  private readonly clip = clipGroup();
  private readonly routes = new RouteLayer(this.clip);
  private readonly guides = new GuideLayer(this.clip);
  /** The hikers, drawn anew each frame as vector shapes. */
  private readonly hikers = new StrokeMesh(this.clip);
  /** Where the hikers stand, as last drawn, and at what scale: for grabbing one. */
  private drawnHikers: { poses: readonly HikerPose[]; scale: number } = { poses: [], scale: 1 };
  /** The names of several hikers, beside them: a fan's rates, a race's optimizers. */
  private readonly labels = new Container();
  private readonly labelArt: LabelArt;
  private size = { width: 0, height: 0 };
  private current: { surface?: Surface; scale: number; viewport?: Viewport; extent?: readonly [number, number]; theme?: Theme } = { scale: 0 };

  private constructor(private readonly renderer: WebGLRenderer) {
    this.canvas = renderer.canvas;
    this.labelArt = new LabelArt(renderer.resolution);
    this.backdrop.content.addChild(this.colorMap.view, this.curve.view, this.markers.view, this.routes.ahead.view);
    this.stage.addChild(this.backdrop.view, this.routes.view, this.guides.view, this.hikers.view, this.labels);
    // Each layer batches on its own. A long trail batched together with the small guides was once
    // drawn as a filled outline; separate render groups keep the layers' batches apart.
    for (const view of [this.curve.view, this.markers.view, this.routes.ahead.view, this.routes.view, this.guides.view, this.hikers.view]) view.enableRenderGroup();
  }

  /**
   * A scene of width × height CSS pixels. `onContextLost` is called when the browser takes the
   * WebGL context away (a GPU reset, too many contexts): the scene is dead then, and the caller
   * makes a new one. `resolution`: device pixels per CSS pixel, by default the screen's (at most 2).
   */
  static async create(width: number, height: number, theme: Theme, onContextLost?: () => void, resolution = Math.min(2, globalThis.devicePixelRatio || 1)): Promise<Scene> {
    const renderer = new WebGLRenderer();
    await renderer.init({
      width,
      height,
      resolution,
      autoDensity: true,
      // Every mark antialiases itself (strokes.frag), and the valley's shader its contours:
      // multisampling would only cost software WebGL a resolve of every pixel of every frame.
      antialias: false,
      background: theme.background,
      preferWebGLVersion: 2,
      skipExtensionImports: true,
    });
    const scene = new Scene(renderer);
    scene.resize(width, height);
    if (onContextLost) renderer.canvas.addEventListener('webglcontextlost', () => onContextLost(), { once: true });
    return scene;
  }

  /** The current map between world and screen; undefined before the first draw. */
  get viewport(): Viewport | undefined {
    return this.current.viewport;
  }

  resize(width: number, height: number): void {
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    this.renderer.resize(width, height);
    this.backdrop.resize(width, height, this.renderer.resolution);
    this.current = { ...this.current, viewport: undefined };
  }

  /** Works out the view for `input`, sampling the valley's grid anew if the valley or the size changed: the first part of {@link draw}. */
  prepare(input: SceneInput): void {
    this.viewportFor(input);
  }

  draw(input: SceneInput): void {
    this.last = input;
    const { surface, theme, scale } = input;
    const viewport = this.viewportFor(input);
    const plan = planScene(input, viewport, this.marksFor(surface, input.start, viewport));
    if (this.current.theme !== theme) this.renderer.background.color = theme.background;
    this.current = { ...this.current, theme };
    const is2d = surface.dim === 2;
    // Whether anything of the backdrop was redrawn this frame.
    let changed = this.colorMap.view.visible !== is2d;
    this.colorMap.view.visible = is2d;
    this.curve.view.visible = !is2d;
    const { resolution } = this.renderer;
    if (!is2d) changed = this.curve.update(surface, viewport, theme, scale, resolution) || changed;
    changed = this.markers.update(plan.marks, theme, scale, resolution) || changed;
    this.drawHikers(plan, input.primary, theme, scale, resolution);
    this.guides.update(plan.guide, theme, scale, resolution);
    const primary = plan.hikers[input.primary];
    if (primary) this.hikerAt = primary.pose.at;
    changed = this.routes.update(plan.hikers.map(({ frame, step, pose, color }) => ({ frame, step, hiker: pose.at, color })), plan.hikers.length > 1, resolution) || changed;
    this.drawLabels(input, plan, scale);
    if (is2d) changed = this.colorMap.bake(this.renderer) || changed;
    this.backdrop.draw(this.renderer, changed, theme.background);
    this.renderer.render({ container: this.stage, clear: false });
  }

  /** The valley's marks on screen, worked out again only when the valley, the start or the view changes. */
  private marksFor(surface: Surface, start: Point, viewport: Viewport): Marks {
    const m = this.marks;
    if (m && m.surface === surface && m.start === start && m.viewport === viewport) return m.marks;
    this.marks = { surface, start, viewport, marks: marksOf(surface, start, viewport) };
    return this.marks.marks;
  }

  private marks: { surface: Surface; start: Point; viewport: Viewport; marks: Marks } | undefined;

  /** Each labelled hiker's name beside it, placed so that no two overlap; hikers flying off take theirs along, fading. */
  private drawLabels(input: SceneInput, plan: ScenePlan, scale: number): void {
    const labelled = plan.hikers.map((h, i) => ({ h, label: input.hikers[i]?.label })).filter((x): x is { h: ScenePlan['hikers'][number]; label: string } => Boolean(x.label));
    while (this.labels.children.length < labelled.length) this.labels.addChild(new Sprite());
    while (this.labels.children.length > labelled.length) this.labels.removeChildAt(this.labels.children.length - 1).destroy();
    if (labelled.length === 0) return;
    const pictures = labelled.map(({ h, label }) => this.labelArt.for(label, h.color, scale));
    const anchors = labelled.map(({ h }): [number, number] => [h.pose.at[0] + 10 * scale, h.pose.at[1] - 46 * scale]);
    placeLabels(anchors, pictures).forEach((box, i) => {
      const sprite = this.labels.children[i] as Sprite;
      sprite.texture = pictures[i]!.texture;
      sprite.position.set(Math.round(box.x), Math.round(box.y));
      sprite.alpha = 1 - labelled[i]!.h.pose.flyOff;
    });
  }

  /** Keeps one hiker layer per hiker. */
  /** The hikers in their poses; the primary one walks in front of the others. */
  private drawHikers(plan: ScenePlan, primary: number, theme: Theme, scale: number, resolution: number): void {
    const strokes = this.hikers.strokes.clear();
    const order = plan.hikers.map((_, i) => i).filter((i) => i !== primary);
    if (plan.hikers[primary]) order.push(primary);
    for (const i of order) {
      const { pose, color } = plan.hikers[i]!;
      drawHiker(strokes, pose, { jacket: color, casing: theme.casing, scale });
    }
    this.hikers.commit(resolution);
    this.drawnHikers = { poses: plan.hikers.map((h) => h.pose), scale };
  }

  /** What was drawn last, to draw it again for a still picture. */
  private last: SceneInput | undefined;

  /**
   * A still picture of the scene as last drawn, on a 2-D canvas the size of this one: what stands in
   * for the scene once its WebGL context has been released.
   */
  capture(): HTMLCanvasElement {
    const picture = document.createElement('canvas');
    picture.width = this.canvas.width;
    picture.height = this.canvas.height;
    // The drawing buffer is only readable in the task that drew it.
    if (this.last) this.draw(this.last);
    picture.getContext('2d')?.drawImage(this.canvas, 0, 0);
    return picture;
  }

  /** Where the primary hiker's feet were last drawn, in CSS pixels of the canvas. */
  hikerAt: readonly [number, number] = [0, 0];

  /** Whether a point of the canvas (CSS pixels) is on any hiker. */
  hitsHiker(x: number, y: number): boolean {
    const { poses, scale } = this.drawnHikers;
    return poses.some((pose) => hitsHiker(pose, scale, x, y));
  }

  /**
   * The map between the valley and the canvas. In 2-D it changes with the valley and the size, and
   * samples the colour map's grid anew; in 1-D it also follows a run that leaves the valley's box
   * ({@link viewExtent1d}), and is kept while its range stays the same.
   */
  private viewportFor(input: SceneInput): Viewport {
    const { surface, scale } = input;
    const c = this.current;
    const extent = surface.dim === 1 ? viewExtent1d(surface, input.hikers.map((h) => this.reachOf(h.run, surface)), input.position) : undefined;
    const sameExtent = !extent || (c.extent?.[0] === extent[0] && c.extent[1] === extent[1]);
    if (c.viewport && c.surface === surface && c.scale === scale && sameExtent) return c.viewport;
    const { width, height } = this.size;
    const margins = sceneMargins(scale);
    let viewport: Viewport;
    if (surface.dim === 2) {
      viewport = createViewport2d(width, height, margins, surface.domain);
      const plotW = width - margins.left - margins.right;
      const plotH = height - margins.top - margins.bottom;
      const nodes = (pixels: number): number => Math.round(Math.min(GRID_MAX, Math.max(GRID_MIN, pixels * GRID_DENSITY)));
      const grid = sampleGrid(surface, nodes(plotW), nodes(plotH), viewport.box as never);
      this.colorMap.setGrid(grid, createValueScale(grid, surface.minLoss));
      this.colorMap.resize(viewport, this.renderer.resolution);
    } else {
      viewport = createViewport1d(width, height, margins, surface, extent);
    }
    this.current = { ...c, surface, scale, viewport, ...(extent ? { extent } : {}) };
    // A 2-D run that diverges leaves through the plot's edge, not over the axes; a 1-D one may
    // leap into the sky above the plot.
    setClip(this.clip, [margins.left, surface.dim === 2 ? margins.top : 0, width - margins.right, height - margins.bottom]);
    return viewport;
  }

  /** How far each run has been from the valley's centre by each step, remembered per run. */
  private readonly reaches = new WeakMap<Run, Float64Array>();

  private reachOf(run: Run, surface: Surface): Float64Array {
    let reach = this.reaches.get(run);
    if (!reach) {
      const [d0, d1] = surface.domain[0] as [number, number];
      reach = reachOf(run, (d0 + d1) / 2);
      this.reaches.set(run, reach);
    }
    return reach;
  }

  destroy(): void {
    for (const layer of [this.colorMap, this.curve, this.markers, this.guides, this.routes, this.hikers]) layer.destroy();
    this.labelArt.destroy();
    this.backdrop.destroy();
    this.stage.destroy({ children: true });
    // PixiJS gives the context back by losing it, which the browser warns about when the context
    // is lost already.
    if (this.renderer.gl.isContextLost()) this.renderer.context.extensions.loseContext = undefined as never;
    this.renderer.destroy({ removeView: true });
  }
}
