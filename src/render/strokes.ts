import type { ScreenPoint } from './hop';

/**
 * Vector marks as geometry for `shaders/strokes.frag`, which antialiases their edges itself: every
 * mark is a quad a little larger than the mark, and the fragment shader works out how much of each
 * pixel the mark covers from its exact shape. So the scene needs no multisampling, which software
 * WebGL pays for on every pixel of every frame.
 *
 * Marks are capsules (a segment with round ends: lines, dots), rounded bars (rounded rectangles),
 * rings, filled triangles and the region under a line, each in one premultiplied colour. Lines of a polyline are one capsule per segment, so their joins are
 * round; where two capsules overlap, a translucent colour would be laid twice, so polylines are
 * meant to be drawn opaque.
 */

/** A premultiplied colour: red, green, blue already multiplied by alpha, then alpha. */
export type Ink = readonly [number, number, number, number];

/** An 0xRRGGBB colour at `alpha`, premultiplied. */
export function ink(color: number, alpha = 1): Ink {
  const a = Math.min(1, Math.max(0, alpha));
  return [(((color >> 16) & 255) / 255) * a, (((color >> 8) & 255) / 255) * a, ((color & 255) / 255) * a, a];
}

/**
 * Floats per vertex: position (x, y); the point in the capsule's own frame (along, across); the
 * capsule's length, half-width, ring radius and core half-height; the signed distances to a
 * triangle's three edges; the colour (4).
 */
export const STROKE_VERTEX_FLOATS = 15;

/** How far a quad reaches past its mark, in CSS pixels: room for the antialiased edge. */
const FRINGE = 1.5;
/** A distance no mark comes near: the neutral value of the shape terms a mark does not use. */
const FAR = 1e6;
/** How far a flattened jump arc may stray from the true curve, in pixels. */
const ARC_TOLERANCE = 0.2;

export class Strokes {
  private vertices = new Float32Array(STROKE_VERTEX_FLOATS * 256);
  private indices = new Uint32Array(384);
  vertexCount = 0;
  indexCount = 0;
  /** Counts the clears: marks before `vertexCount` stay as they are while it is unchanged. */
  generation = 0;

  /** The vertex data written so far (a view, valid until the next mark is added). */
  get vertexData(): Float32Array {
    return this.vertices.subarray(0, this.vertexCount * STROKE_VERTEX_FLOATS);
  }

  /** The index data written so far (a view, valid until the next mark is added). */
  get indexData(): Uint32Array {
    return this.indices.subarray(0, this.indexCount);
  }

  /** The whole vertex buffer, used part first: what a GPU buffer mirrors. */
  get vertexStore(): Float32Array {
    return this.vertices;
  }

  get indexStore(): Uint32Array {
    return this.indices;
  }

  clear(): this {
    this.vertexCount = 0;
    this.indexCount = 0;
    this.generation++;
    return this;
  }

  /** A line from a to b, `width` wide, with round ends. Nothing for a non-finite point. */
  segment(a: ScreenPoint, b: ScreenPoint, width: number, color: Ink): this {
    return this.capsule(a, b, width / 2, 0, color);
  }

  /** A filled disc. */
  disc(center: ScreenPoint, radius: number, color: Ink): this {
    return this.capsule(center, center, radius, 0, color);
  }

  /** A circle of `radius` drawn as a line `width` wide. */
  ring(center: ScreenPoint, radius: number, width: number, color: Ink): this {
    return this.capsule(center, center, width / 2, radius, color);
  }

  /**
   * A rounded rectangle whose midline runs from a to b: `core` thick on either side of it, then
   * rounded by `radius` all round (a capsule is one whose core is 0).
   */
  bar(a: ScreenPoint, b: ScreenPoint, core: number, radius: number, color: Ink): this {
    return Number.isFinite(core) && core >= 0 ? this.capsule(a, b, radius, 0, color, core) : this;
  }

  /** A polyline through `points`, `width` wide, with round joins and ends. */
  polyline(points: readonly ScreenPoint[], width: number, color: Ink): this {
    for (let k = 1; k < points.length; k++) this.segment(points[k - 1] as ScreenPoint, points[k] as ScreenPoint, width, color);
    if (points.length === 1) this.disc(points[0] as ScreenPoint, width / 2, color);
    return this;
  }

  /** A filled triangle. Nothing for a degenerate one or a non-finite point. */
  triangle(p0: ScreenPoint, p1: ScreenPoint, p2: ScreenPoint, color: Ink): this {
    const corners = [p0, p1, p2];
    if (!corners.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))) return this;
    const area2 = (p1[0] - p0[0]) * (p2[1] - p0[1]) - (p1[1] - p0[1]) * (p2[0] - p0[0]);
    if (Math.abs(area2) < 1e-9) return this;
    // Edge i runs from corner i to corner i+1; its inward unit normal and offset make
    // distance_i(p) = n·p − c, positive inside.
    const sign = Math.sign(area2);
    const edges = corners.map((a, i) => {
      const b = corners[(i + 1) % 3] as ScreenPoint;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const n: [number, number] = [(-(b[1] - a[1]) / length) * sign, ((b[0] - a[0]) / length) * sign];
      return { n, c: n[0] * a[0] + n[1] * a[1] };
    });
    const distances = (p: ScreenPoint): [number, number, number] => edges.map(({ n, c }) => n[0] * p[0] + n[1] * p[1] - c) as [number, number, number];
    // Each corner moves out to where its two edges, each pushed out by the fringe, meet.
    const grown = corners.map((_, i) => {
      const e1 = edges[(i + 2) % 3] as (typeof edges)[number];
      const e2 = edges[i] as (typeof edges)[number];
      const [c1, c2] = [e1.c - FRINGE, e2.c - FRINGE];
      const det = e1.n[0] * e2.n[1] - e1.n[1] * e2.n[0];
      return [(c1 * e2.n[1] - c2 * e1.n[1]) / det, (e1.n[0] * c2 - e2.n[0] * c1) / det] as ScreenPoint;
    });
    const base = this.reserve(3, 3);
    for (const p of grown) this.vertex(p, [0, 0], [0, FAR, 0, 0], distances(p), color);
    this.indices.set([base, base + 1, base + 2], this.indexCount);
    this.indexCount += 3;
    return this;
  }

  /**
   * The region between a polyline and the horizontal line y = `baseline`, filled without
   * antialiasing: one quad per segment, each sharing its sides with its neighbours, so a
   * translucent colour lies once everywhere. Meant to lie under a line along `points`, which
   * hides its stepped top edge. Nothing for a segment with a non-finite point.
   */
  fillUnder(points: readonly ScreenPoint[], baseline: number, color: Ink): this {
    const flat: readonly [number, number, number] = [FAR, FAR, FAR];
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1] as ScreenPoint, points[k] as ScreenPoint];
      if (![a[0], a[1], b[0], b[1], baseline].every(Number.isFinite)) continue;
      const base = this.reserve(4, 6);
      for (const corner of [a, b, [b[0], baseline], [a[0], baseline]] as const) this.vertex(corner, [0, 0], [0, FAR, 0, 0], flat, color);
      this.indices.set([base, base + 1, base + 2, base, base + 2, base + 3], this.indexCount);
      this.indexCount += 6;
    }
    return this;
  }

  /**
   * The quadratic Bézier from a through control c to b as a polyline close enough to the curve
   * that no pixel tells them apart; `from` is whether to include a itself.
   */
  static flattenArc(a: ScreenPoint, c: ScreenPoint, b: ScreenPoint, from = true): ScreenPoint[] {
    const bend = Math.hypot(a[0] - 2 * c[0] + b[0], a[1] - 2 * c[1] + b[1]);
    // A chord over a parameter interval h strays at most h²/8 · |B″| = h² · bend / 4 from the curve.
    const pieces = Math.min(64, Math.max(1, Math.ceil(Math.sqrt(bend / (4 * ARC_TOLERANCE)))));
    const out: ScreenPoint[] = from ? [a] : [];
    for (let i = 1; i <= pieces; i++) {
      const t = i / pieces;
      const u = 1 - t;
      out.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
    }
    return out;
  }

  /**
   * A capsule around segment a–b of half-width `half`, its segment first thickened by `core` on
   * either side; a ring of radius `ring` if that is positive.
   */
  private capsule(a: ScreenPoint, b: ScreenPoint, half: number, ring: number, color: Ink, core = 0): this {
    if (![a[0], a[1], b[0], b[1], half, ring].every(Number.isFinite) || half <= 0) return this;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const [dx, dy] = length > 1e-9 ? [(b[0] - a[0]) / length, (b[1] - a[1]) / length] : [1, 0];
    const reach = half + ring + FRINGE;
    const wide = reach + core;
    const base = this.reserve(4, 6);
    // Corners in the capsule's frame (along, across), and on screen.
    for (const [along, across] of [
      [-reach, -wide],
      [length + reach, -wide],
      [length + reach, wide],
      [-reach, wide],
    ] as const) {
      const at: ScreenPoint = [a[0] + dx * along - dy * across, a[1] + dy * along + dx * across];
      this.vertex(at, [along, across], [length, half, ring, core], [FAR, FAR, FAR], color);
    }
    this.indices.set([base, base + 1, base + 2, base, base + 2, base + 3], this.indexCount);
    this.indexCount += 6;
    return this;
  }

  /** One vertex: `shape` is the capsule's length, half-width, ring radius and core half-height. */
  private vertex(at: ScreenPoint, local: readonly [number, number], shape: readonly [number, number, number, number], edges: readonly [number, number, number], color: Ink): void {
    const o = this.vertexCount * STROKE_VERTEX_FLOATS;
    const v = this.vertices;
    v[o] = at[0];
    v[o + 1] = at[1];
    v[o + 2] = local[0];
    v[o + 3] = local[1];
    v.set(shape, o + 4);
    v.set(edges, o + 8);
    v.set(color, o + 11);
    this.vertexCount++;
  }

  /** Makes room for `vertices` more vertices and `indices` more indices; returns the first new vertex's index. */
  private reserve(vertices: number, indices: number): number {
    const needV = (this.vertexCount + vertices) * STROKE_VERTEX_FLOATS;
    if (needV > this.vertices.length) {
      const grown = new Float32Array(Math.max(needV, this.vertices.length * 2));
      grown.set(this.vertexData);
      this.vertices = grown;
    }
    const needI = this.indexCount + indices;
    if (needI > this.indices.length) {
      const grown = new Uint32Array(Math.max(needI, this.indices.length * 2));
      grown.set(this.indexData);
      this.indices = grown;
    }
    return this.vertexCount;
  }
}

/**
 * How much of a pixel at `(along, across)` in a capsule's frame the capsule covers (length, half
 * width, ring radius, core half-height; `pixel` is the size of a device pixel in the same units):
 * what `shaders/strokes.frag` computes, written out for the tests.
 */
export function capsuleCoverage(along: number, across: number, length: number, half: number, ring: number, pixel: number, core = 0): number {
  let d = Math.hypot(along - Math.min(Math.max(along, 0), length), Math.max(Math.abs(across) - core, 0));
  if (ring > 0) d = Math.abs(d - ring);
  return Math.min(1, Math.max(0, (half - d) / pixel + 0.5));
}
