import { describe, expect, test } from 'vitest';
import { runEvents, simulate, surfaceIds } from '../../src/core';
import { derive } from '../../src/state/derive';
import { createPresenter, type Presentation } from '../../src/state/present';
import { rateVerdict } from '../../src/state/rateVerdict';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { Transport } from '../../src/state/transport';
import { decodeSettings } from '../../src/state/url';

/** The presentation of these settings before play, as the rate bar first shows it. */
function shown(settings: Settings, followed?: number): Presentation {
  const transport = new Transport(derive(settings));
  if (followed !== undefined) transport.follow(followed);
  return createPresenter()(transport.snapshot(0, false));
}

/** The settings of a link, read as they are (no rate made safe). */
const link = (query: string): Settings => decodeSettings(new URLSearchParams(query), defaultSettings, false).settings;
const bar = (query: string) => shown(link(query)).rateBar;

describe('rateBarView: the landmarks where the run must settle, not where the hiker stands', () => {
  test('the lopsided valley at η = 5: past the critical rate 2 near the bottom; its run bounces and never settles', () => {
    const view = bar('surface=asymmetric&lr=5');
    expect(view.ticks.map((t) => t.label)).toEqual(['critical 2']);
    expect(view.where).toBe('bottom');
    expect(view.zone).toBe('diverge');
    expect(view.verdict).toBe('η = 5 is past the critical rate 2 near the bottom: the hiker can never settle there, and bounces from side to side for all 300 of its steps.');
    expect(view.bands.map((b) => [b.zone, b.to])).toEqual([
      ['smooth', 1],
      ['overshoot', 2],
      ['diverge', Infinity],
    ]);
  });

  test('the plateau at η = 5: past the critical rate 0.995 near the bottom, not a smooth crawl', () => {
    const view = bar('surface=plateau&lr=5');
    expect(view.zone).toBe('diverge');
    expect(view.verdict).toMatch(/^η = 5 is past the critical rate 0.995 near the bottom/);
  });

  test('the landmarks stay put while the rate is dragged over four decades', () => {
    for (const valley of ['asymmetric', 'plateau', 'double-well', 'rosenbrock', 'hollows']) {
      const views = [0.001, 0.03, 0.3, 3].map((lr) => shown({ ...defaultSettings, surface: valley, lr }).rateBar);
      for (const view of views) {
        expect(view.ticks, valley).toEqual(views[0]!.ticks);
        expect(view.bands, valley).toEqual(views[0]!.bands);
      }
    }
  });

  test('a run that diverges below the critical rate near the bottom says the valley is steeper on the way (the double well at 0.3)', () => {
    const view = bar('surface=double-well&lr=0.3');
    expect(view.zone).toBe('diverge');
    expect(view.verdict).toBe('η = 0.3 is below the critical rate 0.313 near the bottom, but the valley is steeper on the way there: the steps grow, and the hiker flies out after step 2.');
  });

  test('a rate below 1/λmax near the bottom whose run overshoots on the way is not called smooth (the double well at 0.1)', () => {
    const view = bar('surface=double-well&lr=0.1');
    expect(view.zone).toBe('overshoot');
    expect(view.verdict).toMatch(/below 1\/λmax = 0.157 near the bottom, where steps land short of the bottom, but the valley is steeper on the way there, and step 1 overshoots\. It still converges\.$/);
  });

  test('the overshoot zone on a quadratic, as before', () => {
    expect(bar('surface=parabola&lr=1.5').verdict).toBe('η = 1.5: each step overshoots the bottom but lands a little lower. It still converges, bouncing.');
    expect(bar('surface=parabola&lr=0.3').verdict).toBe('η = 0.3: each step lands short of the bottom. A smooth descent.');
  });

  test('a slow crawl only for a run that does not get there', () => {
    expect(bar('surface=parabola&lr=0.005').verdict).toMatch(/A smooth descent, but a slow crawl\.$/);
    expect(bar('surface=parabola&lr=0.015&steps=3000').verdict).toMatch(/A smooth descent\.$/);
  });

  test('overshoots below 1/λmax are put down to their cause: momentum, one example per step, noise', () => {
    expect(bar('surface=parabola&optimizer=momentum&momentum=0.9&lr=0.1').verdict).toMatch(/but momentum carries the hiker past the bottom \(first at step \d+\)/);
    expect(bar('surface=fit-line&sampling=stochastic&lr=0.05').verdict).toMatch(/but each step sees one example, so steps wander past the bottom \(first at step \d+\)/);
    expect(bar('surface=parabola&lr=0.3&noise=3').verdict).toMatch(/but the noisy slopes push steps past the bottom/);
  });

  test('an adaptive optimizer has no bands, and its verdict tells what the run did', () => {
    const view = bar('surface=parabola&optimizer=adam&lr=0.3');
    expect(view.bands).toEqual([]);
    expect(view.ticks).toEqual([]);
    expect(view.verdict).toMatch(/^η = 0.3\. Adam scales each step .* This run converges at step \d+, overshooting the bottom first at step \d+\.$/);
    expect(view.zone).toBe('overshoot');
  });

  test('a lucky landing past the critical rate, and a run that settled in another hollow, are told as such', () => {
    expect(bar('surface=plateau&lr=3').verdict).toMatch(/where each bounce grows; this run still stopped at step 51, by landing close enough to the bottom by chance\.$/);
    const run = simulate({ surface: 'plateau', lr: 3 });
    const verdict = rateVerdict({ lr: 3, optimizer: 'sgd', momentum: 0, critical: 1, noOvershoot: 0.5, where: 'bottom', run, events: runEvents(run), noise: 0, elsewhere: true });
    expect(verdict.text).toMatch(/this run bounced into a flatter hollow and settled in it at step 51\.$/);
  });
});

describe('the verdict always agrees with the run', () => {
  const rates = Array.from({ length: 16 }, (_, i) => Number((1e-4 * 10 ** (i / 3)).toPrecision(3)));
  const optimizers = ['sgd', 'momentum', 'adam'];
  test.each(surfaceIds.flatMap((surface) => optimizers.map((optimizer) => [surface, optimizer] as const)))('%s with %s, at 16 rates from 10⁻⁴ to 10', (surface, optimizer) => {
    for (const lr of rates) {
      const p = shown({ ...defaultSettings, surface, optimizer, lr, steps: 200 });
      const { zone, verdict } = p.rateBar;
      const what = `${surface} ${optimizer} ${lr}: ${verdict}`;
      expect(verdict, what).not.toMatch(/NaN|undefined|Infinity|null/);
      if (p.run.status === 'diverged') {
        expect(zone, what).toBe('diverge');
        expect(verdict, what).toMatch(/flies out/);
      }
      if (p.run.status === 'diverged' || p.events.firstOvershoot !== undefined) {
        expect(zone, what).not.toBe('smooth');
        expect(verdict, what).not.toMatch(/smooth descent|slow crawl/);
      }
      if (zone === 'smooth') expect(p.events.firstOvershoot, what).toBeUndefined();
    }
  });
});

describe('the rate bar with several hikers', () => {
  test('in a fan it shows and names the followed hiker’s rate, a rate a hiker has', () => {
    const s = link('scene=fan-1d');
    const view = shown(s).rateBar;
    expect(view.subject).toBe('η of the followed hiker');
    expect(view.name).toBe('learning rate of the followed hiker; the whole fan moves with it');
    expect(view.lr).toBe(0.8);
    expect(shown(s, 5).rateBar.lr).toBe(2.1);
    expect(view.others.every((o) => o.onBands)).toBe(true);
  });

  test('in a race, racers with another optimizer are off the bands, and the verdict says whose bands they are', () => {
    const view = shown(link('scene=banana-race')).rateBar;
    expect(view.others.map((o) => o.onBands)).toEqual([true, false, false]);
    expect(view.verdict).toMatch(/ The bands are Gradient descent’s\.$/);
    // Following Adam: no bands to claim, and no sentence about them.
    const adam = shown(link('scene=banana-race'), 2).rateBar;
    expect(adam.bands).toEqual([]);
    expect(adam.verdict).not.toMatch(/bands/);
    // Two racers with one optimizer share the bands.
    const twins = shown(link('surface=parabola&mode=race&race=sgd:0.1,sgd:1.5,adam:0.1')).rateBar;
    expect(twins.others.map((o) => o.onBands)).toEqual([true, true, false]);
  });
});
