import { describe, expect, test } from 'vitest';
import { MERGE_WITHIN_PX, covered, placeBandWord, placeTickLabels } from '../../src/ui/rateBarLayout';

describe('placeTickLabels: the landmarks’ names on the rate bar', () => {
  test('far apart, each beside its line: the optimal rate’s to the left, the critical rate’s to the right', () => {
    const places = placeTickLabels(
      [
        { kind: 'optimal', x: 300, width: 70 },
        { kind: 'critical', x: 400, width: 66 },
      ],
      150,
      700,
    );
    expect(places).toEqual([
      { kinds: ['optimal'], left: 226 },
      { kinds: ['critical'], left: 404 },
    ]);
  });

  test('closer than 30 px (the ravine’s 0.0392 and 0.04, one pixel apart): one label for both, centred between the lines', () => {
    const places = placeTickLabels(
      [
        { kind: 'critical', x: 401, width: 70 },
        { kind: 'optimal', x: 400, width: 90 },
      ],
      170,
      700,
    );
    expect(places).toEqual([{ kinds: ['optimal', 'critical'], left: 400.5 - 85 }]);
    expect(MERGE_WITHIN_PX).toBe(30);
  });

  test('a merged label stays on the track at either end', () => {
    const marks = (x: number) => [
      { kind: 'optimal' as const, x, width: 60 },
      { kind: 'critical' as const, x: x + 10, width: 60 },
    ];
    expect(placeTickLabels(marks(5), 130, 300)).toEqual([{ kinds: ['optimal', 'critical'], left: 0 }]);
    expect(placeTickLabels(marks(285), 130, 300)).toEqual([{ kinds: ['optimal', 'critical'], left: 170 }]);
  });

  test('lines 30 px or more apart whose labels would still touch, at 320 px wide, share a label too', () => {
    const places = placeTickLabels(
      [
        { kind: 'optimal', x: 12, width: 62 },
        { kind: 'critical', x: 50, width: 62 },
      ],
      128,
      200,
    );
    expect(places).toHaveLength(1);
  });

  test('a lone label flips to the other side of its line at the end of the track', () => {
    expect(placeTickLabels([{ kind: 'critical', x: 680, width: 60 }], 60, 700)).toEqual([{ kinds: ['critical'], left: 616 }]);
    expect(placeTickLabels([{ kind: 'optimal', x: 20, width: 60 }], 60, 700)).toEqual([{ kinds: ['optimal'], left: 24 }]);
  });
});

describe('placeBandWord: a zone’s name inside it, or under it', () => {
  test('inside when it fits with room to spare', () => {
    expect(placeBandWord(100, 300, 70, 700)).toEqual({ inside: true });
  });

  test('the 42 px overshoot zone at 1280 px: under it, centred, kept on the track', () => {
    expect(placeBandWord(500, 542, 66, 700)).toEqual({ inside: false, left: 488 });
    expect(placeBandWord(680, 700, 66, 700)).toEqual({ inside: false, left: 634 });
  });

  test('covered names the decade labels a word under the band would touch', () => {
    const decades = [0, 140, 280, 420].map((x) => ({ left: x - 8, width: 16 }));
    expect(covered(decades, 250, 66)).toEqual([2]);
    expect(covered(decades, 30, 66)).toEqual([]);
  });
});
