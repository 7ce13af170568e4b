import { describe, expect, test } from 'vitest';
import { quadraticLossTheory, stabilityAt, surfaces } from '../../src/core';
import { derive } from '../../src/state/derive';
import { createPresenter } from '../../src/state/present';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { Transport } from '../../src/state/transport';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings, surface: 'parabola', surfaceParams: {}, lr: 0.5, ...over });

/** A presenter and a transport over these settings; `at(step)` is the presentation at that step. */
function setup(s: Settings) {
  const derived = derive(s);
  const transport = new Transport(derived);
  const present = createPresenter();
  return {
    derived,
    at: (step: number) => {
      transport.scrub(step);
      return present(transport.snapshot(0, false));
    },
  };
}

describe('createPresenter', () => {
  test('the gauge at the hiker gives the critical rate 2/a on the parabola, and the automation attributes carry it', () => {
    const p = setup(settings({ surfaceParams: { a: 4 } })).at(0);
    expect(p.gauge.criticalLr).toBeCloseTo(0.5, 12);
    expect(p.automation).toMatchObject({ criticalLr: p.gauge.criticalLr, lr: 0.5, step: 0, status: 'paused', hikers: 1, dim: 1 });
    expect(p.rateBar.ticks.map((m) => m.kind)).toEqual(['optimal', 'critical']);
    expect(p.rateBar.bands.map((b) => b.zone)).toEqual(['smooth', 'overshoot', 'diverge']);
    expect(p.rateBar.zone).toBe('diverge');
  });

  test('hyperparameters are resolved once: momentum’s default 0.9 reaches the critical rate 2(1+μ)/λ', () => {
    const p = setup(settings({ optimizer: 'momentum' })).at(0);
    expect(p.optimizer).toMatchObject({ id: 'momentum', momentum: 0.9 });
    expect(p.criticalAtStart).toBeCloseTo((2 * 1.9) / 1, 12);
  });

  test('the critical rate at the start is the core’s, wherever the hiker has walked', () => {
    const s = settings({ surface: 'rosenbrock', lr: 0.0005, steps: 200 });
    const { at, derived } = setup(s);
    const expected = stabilityAt(derived.surface, derived.surface.start, 'sgd', 0)?.criticalLr;
    expect(at(150).criticalAtStart).toBe(expected);
    expect(at(150).gauge.criticalLr).not.toBe(expected);
  });

  test('unchanged parts keep their identity from frame to frame; the readings follow the step', () => {
    const { at } = setup(settings({ surface: 'quadratic', lr: 0.1 }));
    const a = at(3);
    const b = at(3);
    expect(b.gauge).toBe(a.gauge);
    expect(b.lossChart).toBe(a.lossChart);
    expect(b.readings).toBe(a.readings);
    expect(b.events).toBe(a.events);
    const c = at(4);
    expect(c.readings).not.toBe(a.readings);
    // A quadratic's curvature is the same everywhere: the gauge's words change only with the rate.
    expect(c.gauge).toBe(a.gauge);
    expect(c.lossChart).toBe(a.lossChart);
  });

  test('the loss chart holds every run and, on a quadratic, the theory dashed', () => {
    const { at, derived } = setup(settings({ surface: 'quadratic', lr: 0.1 }));
    const { series, primary } = at(0).lossChart;
    expect(series).toHaveLength(2);
    expect(series[0]!.losses).toBe(derived.runs[0]!.losses);
    const theory = quadraticLossTheory(derived.surface, derived.runs[0]!.path[0]!, 'sgd', 0, derived.runs[0]!.lrs)!;
    expect(series[1]).toMatchObject({ dashed: true });
    expect(series[1]!.losses[5]).toBeCloseTo(theory[5]!, 12);
    expect(primary).toBe(0);
  });

  test('the sweep is asked for only while its tab shows, and its key ignores the rate', () => {
    expect(setup(settings()).at(0).sweep).toBeUndefined();
    const one = setup(settings({ tab: 'sweep', lr: 0.1 })).at(0).sweep!;
    const two = setup(settings({ tab: 'sweep', lr: 0.7 })).at(0).sweep!;
    expect(one.request.key).toBe(two.request.key);
    expect(one.request.rates).toHaveLength(300);
    expect(one.criticalLr).toBeCloseTo(2, 12);
    expect([one.lr, two.lr]).toEqual([0.1, 0.7]);
  });

  test('a typed valley’s sweep carries its formula, not the valley object', () => {
    const p = setup(settings({ surface: 'formula', formula: 'x^2 + 3*y^2', tab: 'sweep' })).at(0);
    expect(p.sweep!.request.input).toMatchObject({ surface: 'formula', formula: 'x^2 + 3*y^2' });
    expect(() => structuredClone(p.sweep!.request)).not.toThrow();
  });

  test('the walk-through is worked out when asked for, and remembered', () => {
    const p = setup(settings()).at(2);
    const w = p.walkthrough();
    expect(w.explanation.step).toBe(2);
    expect(p.walkthrough()).toBe(w);
    expect(w.text.loss).toContain('the height of the ground');
  });

  test('the legend names each hiker and says how it ended once the playhead passes its end', () => {
    const { at, derived } = setup(settings({ mode: 'fan', fanRates: [0.1, 2.5] }));
    const early = at(1).legend;
    expect(early.map((e) => e.outcome)).toEqual(['', '']);
    const end = at(derived.lastStep).legend;
    expect(end[1]!.outcome).toMatch(/^diverged after \d+$/);
    expect(end.filter((e) => e.followed)).toHaveLength(1);
  });

  test('fit-line shows the line of the hiker’s (w, b) and its guesses', () => {
    const p = setup({ ...defaultSettings, surface: 'fit-line', lr: 0.05 }).at(3);
    const [w, b] = p.run.path[3] as [number, number];
    expect(p.fitLine).toMatchObject({ w, b, example: -1, loss: p.run.losses[3], bestLoss: surfaces['fit-line']!.minLoss });
    expect(p.fitLine!.guesses).toHaveLength(12);
  });
});
