import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ScreenPoint } from '../../src/render/hop';
import { capsuleCoverage, ink, STROKE_VERTEX_FLOATS, Strokes } from '../../src/render/strokes';

const F = STROKE_VERTEX_FLOATS;
const RED = ink(0xff0000);

/** Vertex v's fields: position, local frame, shape (length, half-width, ring, core), triangle edge distances, colour. */
function vertex(strokes: Strokes, v: number) {
  const d = strokes.vertexData;
  const at = (k: number): number => d[v * F + k] as number;
  return { position: [at(0), at(1)], local: [at(2), at(3)], shape: [at(4), at(5), at(6), at(7)], edges: [at(8), at(9), at(10)], color: [at(11), at(12), at(13), at(14)] };
}

/** The vertices of the triangles the strokes index, as points. */
function triangles(strokes: Strokes): ScreenPoint[][] {
  const out: ScreenPoint[][] = [];
  const idx = strokes.indexData;
  for (let k = 0; k < idx.length; k += 3) out.push([0, 1, 2].map((j) => vertex(strokes, idx[k + j] as number).position as unknown as ScreenPoint));
  return out;
}

/** Whether p lies in triangle abc (edges included). */
function inside(p: ScreenPoint, [a, b, c]: ScreenPoint[]): boolean {
  const side = (u: ScreenPoint, v: ScreenPoint): number => (v[0] - u[0]) * (p[1] - u[1]) - (v[1] - u[1]) * (p[0] - u[0]);
  const s = [side(a!, b!), side(b!, c!), side(c!, a!)];
  return s.every((x) => x >= -1e-6) || s.every((x) => x <= 1e-6);
}

describe('ink', () => {
  test('premultiplies and clamps alpha', () => {
    expect(ink(0xff8000, 0.5)).toEqual([0.5, (128 / 255) * 0.5, 0, 0.5]);
    expect(ink(0xffffff, 3)[3]).toBe(1);
    expect(ink(0xffffff, -1)).toEqual([0, 0, 0, 0]);
  });
});

describe('capsule coverage', () => {
  test('full inside, none outside, half on the edge, for lines, dots and rings', () => {
    expect(capsuleCoverage(5, 0, 10, 2, 0, 1)).toBe(1);
    expect(capsuleCoverage(5, 2, 10, 2, 0, 1)).toBe(0.5);
    expect(capsuleCoverage(5, 3, 10, 2, 0, 1)).toBe(0);
    // Round ends: the distance past an end is measured from the end point.
    expect(capsuleCoverage(12, 0, 10, 2, 0, 1)).toBe(0.5);
    expect(capsuleCoverage(11, 0.5, 10, 2, 0, 1)).toBe(1);
    // A ring of radius 7 drawn 2 wide covers 6..8 from its centre.
    expect(capsuleCoverage(7, 0, 0, 1, 7, 1)).toBe(1);
    expect(capsuleCoverage(0, 0, 0, 1, 7, 1)).toBe(0);
    expect(capsuleCoverage(0, 8, 0, 1, 7, 1)).toBe(0.5);
    // At twice the density the edge is half as soft.
    expect(capsuleCoverage(5, 2.25, 10, 2, 0, 0.5)).toBe(0);
    // A rounded bar: its core thickens the segment, then the radius rounds it.
    expect(capsuleCoverage(5, 4, 10, 1, 0, 1, 3)).toBe(0.5);
    expect(capsuleCoverage(5, -3.5, 10, 1, 0, 1, 3)).toBe(1);
    expect(capsuleCoverage(5, 5, 10, 1, 0, 1, 3)).toBe(0);
    // Its corners are round: a point past the end and beyond the core is measured from the corner.
    expect(capsuleCoverage(10 + 0.6, 3 + 0.8, 10, 1, 0, 1, 3)).toBeCloseTo(0.5, 9);
  });
});

describe('Strokes', () => {
  test('a segment is one quad that holds the whole capsule and its soft edge', () => {
    const s = new Strokes().segment([10, 20], [40, 60], 4, RED);
    expect(s.vertexCount).toBe(4);
    expect(s.indexCount).toBe(6);
    const quads = triangles(s);
    // Points on the capsule's outline, pushed out by one pixel for the soft edge.
    for (let a = 0; a < 2 * Math.PI; a += Math.PI / 16) {
      for (const [cx, cy] of [[10, 20], [40, 60]]) {
        const p: ScreenPoint = [cx! + 3 * Math.cos(a), cy! + 3 * Math.sin(a)];
        expect(quads.some((t) => inside(p, t))).toBe(true);
      }
    }
    const v = vertex(s, 0);
    expect(v.shape).toEqual([50, 2, 0, 0]);
    expect(v.color).toEqual([...RED]);
  });

  test('the local frame of every corner matches its position', () => {
    fc.assert(
      fc.property(fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true })), fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true })), fc.double({ min: 0.5, max: 20, noNaN: true }), (a, b, width) => {
        const s = new Strokes().segment(a, b, width, RED);
        const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        const [dx, dy] = length > 1e-9 ? [(b[0] - a[0]) / length, (b[1] - a[1]) / length] : [1, 0];
        for (let v = 0; v < 4; v++) {
          const { position, local } = vertex(s, v);
          const rel = [position[0]! - a[0], position[1]! - a[1]];
          expect(rel[0]! * dx + rel[1]! * dy).toBeCloseTo(local[0]!, 3);
          expect(-rel[0]! * dy + rel[1]! * dx).toBeCloseTo(local[1]!, 3);
        }
      }),
    );
  });

  test('a rounded bar is one quad that holds the whole rectangle and its soft edge', () => {
    // The rounded rectangle from (10, 16) to (40, 24), corners of radius 2.
    const s = new Strokes().bar([12, 20], [38, 20], 2, 2, RED);
    expect(s.vertexCount).toBe(4);
    const quads = triangles(s);
    for (const p of [[10, 20], [40, 20], [25, 16], [25, 24], [11, 17], [39, 23]] as ScreenPoint[]) {
      expect(quads.some((t) => inside([p[0] + Math.sign(p[0] - 25) * 1, p[1] + Math.sign(p[1] - 20) * 1], t))).toBe(true);
    }
    expect(vertex(s, 0).shape).toEqual([26, 2, 0, 2]);
    expect(new Strokes().bar([0, 0], [1, 1], -1, 2, RED).vertexCount).toBe(0);
    expect(new Strokes().bar([0, 0], [1, 1], Number.NaN, 2, RED).vertexCount).toBe(0);
  });

  test('a triangle grows by the soft edge, and its edge distances are 0 on its own edges', () => {
    const corners: ScreenPoint[] = [[0, 0], [30, 0], [0, 40]];
    const s = new Strokes().triangle(corners[0]!, corners[1]!, corners[2]!, RED);
    expect(s.vertexCount).toBe(3);
    const grown = triangles(s)[0]!;
    for (const c of corners) expect(inside(c, grown)).toBe(true);
    // Distances are affine: interpolate them at a corner of the original triangle.
    const [d0, d1, d2] = [0, 1, 2].map((v) => vertex(s, v).edges);
    const weights = barycentric([0, 0], grown);
    const at = [0, 1, 2].map((e) => weights[0]! * d0![e]! + weights[1]! * d1![e]! + weights[2]! * d2![e]!);
    expect(Math.min(...at)).toBeCloseTo(0, 6);
    for (const d of at) expect(d).toBeGreaterThanOrEqual(-1e-6);
    // Its capsule terms are neutral: full coverage wherever the edges allow.
    expect(vertex(s, 0).shape[1]).toBeGreaterThan(1e5);
  });

  test('the fill under a line covers every point between it and the baseline exactly once, with hard edges', () => {
    const line: ScreenPoint[] = [[0, 50], [10, 20], [25, 80], [40, 60]];
    const s = new Strokes().fillUnder(line, 100, RED);
    expect(s.indexCount).toBe(3 * 6);
    const triangleList = triangles(s);
    const quads = line.slice(1).map((_, k) => triangleList.slice(2 * k, 2 * k + 2));
    const under = (x: number): number => {
      const k = line.findIndex(([px], i) => i > 0 && x <= px);
      const [a, b] = [line[k - 1]!, line[k]!];
      return a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]);
    };
    for (let x = 0.5; x < 40; x += 1.5) {
      for (let y = 0; y <= 110; y += 1.7) {
        if (Math.abs(y - under(x)) < 1e-6 || y === 100) continue;
        const count = quads.filter((quad) => quad.some((t) => inside([x, y], t))).length;
        expect(count).toBe(y > under(x) && y < 100 ? 1 : 0);
      }
    }
    for (let v = 0; v < s.vertexCount; v++) {
      expect(vertex(s, v).edges.every((d) => d > 1e5)).toBe(true);
      expect(vertex(s, v).shape[1]).toBeGreaterThan(1e5);
    }
    expect(new Strokes().fillUnder([[0, 0], [Number.NaN, 1], [2, 2]], 10, RED).indexCount).toBe(0);
  });

  test('degenerate and non-finite marks add nothing', () => {
    const s = new Strokes();
    s.triangle([0, 0], [1, 1], [2, 2], RED).segment([Number.NaN, 0], [1, 1], 2, RED).segment([0, 0], [1, Infinity], 2, RED).disc([0, 0], 0, RED).ring([0, 0], Number.NaN, 1, RED);
    expect(s.vertexCount).toBe(0);
    expect(s.indexCount).toBe(0);
  });

  test('polylines are one capsule per segment; a single point is a dot', () => {
    const s = new Strokes().polyline([[0, 0], [10, 0], [10, 10], [0, 10]], 2, RED);
    expect(s.indexCount).toBe(3 * 6);
    expect(new Strokes().polyline([[5, 5]], 2, RED).indexCount).toBe(6);
    expect(new Strokes().polyline([], 2, RED).indexCount).toBe(0);
  });

  test('the stores grow as marks are added, keeping what was written; clear starts a new generation', () => {
    const s = new Strokes();
    for (let k = 0; k < 1000; k++) s.disc([k, k], 2, RED);
    expect(s.vertexCount).toBe(4000);
    expect(s.indexCount).toBe(6000);
    expect(vertex(s, 3996).shape).toEqual([0, 2, 0, 0]);
    const idx = s.indexData;
    expect(Math.max(...idx)).toBe(3999);
    expect(idx[5994]).toBe(3996);
    const generation = s.generation;
    s.clear();
    expect([s.vertexCount, s.indexCount, s.generation]).toEqual([0, 0, generation + 1]);
  });

  test('a flattened jump arc stays within a fifth of a pixel of the curve', () => {
    const a: ScreenPoint = [0, 100];
    const c: ScreenPoint = [150, -80];
    const b: ScreenPoint = [300, 100];
    const points = Strokes.flattenArc(a, c, b);
    expect(points[0]).toEqual(a);
    expect(points.at(-1)).toEqual(b);
    const curve = (t: number): ScreenPoint => [(1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0], (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1]];
    let worst = 0;
    for (let t = 0; t <= 1; t += 0.001) {
      const p = curve(t);
      worst = Math.max(worst, Math.min(...points.slice(1).map((q, i) => segmentDistance(p, points[i]!, q))));
    }
    expect(worst).toBeLessThan(0.21);
    expect(Strokes.flattenArc(a, [150, 100], b)).toHaveLength(2);
    expect(Strokes.flattenArc(a, c, b, false)[0]).not.toEqual(a);
  });
});

function barycentric(p: ScreenPoint, [a, b, c]: ScreenPoint[]): number[] {
  const det = (b![1] - c![1]) * (a![0] - c![0]) + (c![0] - b![0]) * (a![1] - c![1]);
  const l1 = ((b![1] - c![1]) * (p[0] - c![0]) + (c![0] - b![0]) * (p[1] - c![1])) / det;
  const l2 = ((c![1] - a![1]) * (p[0] - c![0]) + (a![0] - c![0]) * (p[1] - c![1])) / det;
  return [l1, l2, 1 - l1 - l2];
}

function segmentDistance(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
