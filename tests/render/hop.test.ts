import { describe, expect, test } from 'vitest';
import { WALK_LIMIT_PX, easeInOut, hopControl, pointOnHop } from '../../src/render/hop';

describe('hop geometry', () => {
  test('a short step is a walk: its arc is the straight segment', () => {
    const c = hopControl([0, 100], [WALK_LIMIT_PX - 1, 100]);
    expect(c).toEqual([(WALK_LIMIT_PX - 1) / 2, 100]);
  });

  test('a long step is a leap above both ends, higher for longer leaps', () => {
    const short = hopControl([0, 100], [50, 100]);
    const long = hopControl([0, 100], [400, 100]);
    expect(short[1]).toBeLessThan(100);
    expect(long[1]).toBeLessThan(short[1]);
  });

  test('pointOnHop starts at a and ends at b', () => {
    expect(pointOnHop([10, 20], [300, 80], 0)).toEqual([10, 20]);
    expect(pointOnHop([10, 20], [300, 80], 1)).toEqual([300, 80]);
  });

  test('easeInOut is 0, ½ and 1 at 0, ½ and 1', () => {
    expect([easeInOut(0), easeInOut(0.5), easeInOut(1)]).toEqual([0, 0.5, 1]);
  });
});
