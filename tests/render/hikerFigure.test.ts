import { describe, expect, test } from 'vitest';
import { drawHiker, HIKER_SCALE, hitsHiker, type HikerPose } from '../../src/render/hikerFigure';
import { STROKE_VERTEX_FLOATS, Strokes } from '../../src/render/strokes';

const pose = (over: Partial<HikerPose> = {}): HikerPose => ({ at: [200, 300], facing: 1, stride: 0, airborne: 0, flyOff: 0, flyDirection: [1, 0], ...over });
const look = { jacket: 0xe07a1f, casing: 0x1f2430, scale: 1 };

/** How far each quad reaches past its mark, in pixels (the soft edge). */
const FRINGE = 1.5;

/** The hiker's marks: each quad's corners drawn in to the mark's own edges, and its colour's alpha. */
function marks(strokes: Strokes): { corners: [number, number][]; alpha: number }[] {
  const v = strokes.vertexData;
  const at = (k: number): [number, number] => [v[k * STROKE_VERTEX_FLOATS]!, v[k * STROKE_VERTEX_FLOATS + 1]!];
  const out: { corners: [number, number][]; alpha: number }[] = [];
  for (let q = 0; q < strokes.vertexCount; q += 4) {
    const quad = [0, 1, 2, 3].map((k) => at(q + k));
    const unit = (from: [number, number], to: [number, number]): [number, number] => {
      const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
      return [(to[0] - from[0]) / length, (to[1] - from[1]) / length];
    };
    // Each corner moves in along both of its quad's edges.
    const corners = quad.map((c, k): [number, number] => {
      const [p, n] = [quad[(k + 3) % 4]!, quad[(k + 1) % 4]!];
      const [u, w] = [unit(c, p), unit(c, n)];
      return [c[0] + FRINGE * (u[0] + w[0]), c[1] + FRINGE * (u[1] + w[1])];
    });
    out.push({ corners, alpha: v[q * STROKE_VERTEX_FLOATS + 14]! });
  }
  return out;
}

describe('drawHiker', () => {
  test('the figure stands on its feet, within the box that grabbing it uses', () => {
    const strokes = new Strokes();
    drawHiker(strokes, pose(), look);
    const all = marks(strokes).flatMap((m) => m.corners);
    expect(all.length).toBeGreaterThan(40);
    const unit = HIKER_SCALE * look.scale;
    // A round mark's square reaches past its curve at the corners: half a unit at most here.
    for (const [x, y] of all) {
      expect(Math.abs(x - 200) / unit).toBeLessThanOrEqual(12.5);
      expect((y - 300) / unit).toBeGreaterThanOrEqual(-34.5);
      expect((y - 300) / unit).toBeLessThanOrEqual(6);
    }
    expect(hitsHiker(pose(), 1, 200, 300 - 20 * unit)).toBe(true);
    expect(hitsHiker(pose(), 1, 200 + 14 * unit, 300)).toBe(false);
  });

  test('facing left is the mirror image about its feet; a larger scale, the same figure larger', () => {
    const right = new Strokes();
    const left = new Strokes();
    const big = new Strokes();
    drawHiker(right, pose(), look);
    drawHiker(left, pose({ facing: -1 }), look);
    drawHiker(big, pose(), { ...look, scale: 2 });
    const r = marks(right).flatMap((m) => m.corners);
    const l = marks(left).flatMap((m) => m.corners);
    const b = marks(big).flatMap((m) => m.corners);
    const mean = (points: [number, number][]): [number, number] => [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
    expect(mean(l)[0] - 200).toBeCloseTo(-(mean(r)[0] - 200), 6);
    expect(mean(l)[1]).toBeCloseTo(mean(r)[1], 6);
    const height = (points: [number, number][]): number => Math.max(...points.map((p) => p[1])) - Math.min(...points.map((p) => p[1]));
    expect(height(b) / height(r)).toBeGreaterThan(1.8);
  });

  test('on the ground it casts a shadow; tumbling away it has none, fades and leaves along its flight', () => {
    const standing = new Strokes();
    const flying = new Strokes();
    drawHiker(standing, pose(), look);
    drawHiker(flying, pose({ flyOff: 0.5, flyDirection: [0, -1] }), look);
    const shadow = marks(standing)[0]!;
    expect(shadow.alpha).toBeCloseTo(0.3, 6);
    expect(marks(flying)).toHaveLength(marks(standing).length - 1);
    expect(Math.max(...marks(flying).map((m) => m.alpha))).toBeCloseTo(0.7, 6);
    // 1400 px times flyOff², up the screen.
    expect(Math.max(...marks(flying).flatMap((m) => m.corners.map((c) => c[1])))).toBeLessThan(300 - 300);
    expect(hitsHiker(pose({ flyOff: 0.5, flyDirection: [0, -1] }), 1, 200, 300 - 350 - 10)).toBe(true);
  });
});
