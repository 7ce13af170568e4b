import { beforeAll, describe, expect, test } from 'vitest';
import { optimizerIds, scheduleIds, surfaceIds, surfaces } from '../../src/core';
import { fieldsFor, surfaceOf } from '../../src/state/schema';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { teachingScenes } from '../../src/state/teachingScenes';
import { decodeSettings, encodeSettings, essentialEntries, locationEntries } from '../../src/state/url';
import { loadFormulas } from '../../src/state/surface';

// These read typed formulas: the reader loads on demand, as a page's does.
beforeAll(() => loadFormulas());

const decode = (query: string, base?: Settings) => decodeSettings(new URLSearchParams(query).entries(), base);

describe('encodeSettings and decodeSettings', () => {
  test('round-trip every setting of every valley, optimizer and schedule', () => {
    for (const surface of surfaceIds) {
      for (const optimizer of optimizerIds) {
        for (const schedule of scheduleIds) {
          const settings: Settings = {
            ...defaultSettings,
            surface,
            optimizer,
            schedule,
            surfaceParams: Object.fromEntries(surfaces[surface]!.params.map((p) => [p.name, (p.min + p.max) / 3])),
            hyper: { momentum: 0.7, beta1: 0.8, beta2: 0.99, alpha: 0.95, eps: 1e-7 },
            lr: 0.0123,
            start: surfaces[surface]!.domain.map(([lo, hi]) => lo + (hi - lo) * 0.3),
            steps: 777,
            noise: 0.25,
            seed: 4242,
            scheduleParams: {},
            stop: { lossBelow: 1e-5, gradNormBelow: 1e-7, patience: 30, minDelta: 0.001, epochs: 12 },
            sampling: surfaces[surface]!.examples ? 'stochastic' : 'full',
            stepsPerSecond: 12.5,
            autoplay: true,
            lossScale: 'linear',
          };
          const { settings: decoded, notices } = decode(encodeSettings(settings));
          expect(notices).toEqual([]);
          for (const field of fieldsFor(settings)) expect(field.read(decoded), field.key).toEqual(field.read(settings));
        }
      }
    }
  });

  test('the defaults round-trip, and the URL names every setting that applies', () => {
    const text = encodeSettings(defaultSettings);
    expect(text).toBe(
      'surface=quadratic&a=1&b=4&angle=0&optimizer=sgd&lr=0.3&start=-2.5,1.5&steps=300&noise=0&seed=1&schedule=constant&speed=8&autoplay=0&chart=log&mode=single&presenter=0&controls=full&tab=loss',
    );
    expect(decode(text).settings).toEqual({ ...defaultSettings, surfaceParams: { a: 1, b: 4, angle: 0 }, start: [-2.5, 1.5] });
  });

  test('keys of the issue: surface, lr, optimizer, start, steps, hyperparameters, noise, seed, speed, autoplay', () => {
    const { settings, notices } = decode('surface=parabola&a=2&lr=0.25&optimizer=adam&start=1.5&steps=50&beta1=0.8&beta2=0.99&eps=1e-6&noise=0.1&seed=9&speed=20&autoplay=1');
    expect(notices).toEqual([]);
    expect(settings).toMatchObject({ surface: 'parabola', surfaceParams: { a: 2 }, lr: 0.25, optimizer: 'adam', start: [1.5], steps: 50, hyper: { beta1: 0.8, beta2: 0.99, eps: 1e-6 }, noise: 0.1, seed: 9, stepsPerSecond: 20, autoplay: true });
  });

  test('the lesson’s keys: one-example steps on fit-line, and the epochs stop rule', () => {
    const { settings, notices } = decode('surface=fit-line&sampling=stochastic&epochs=5');
    expect(notices).toEqual([]);
    expect(settings).toMatchObject({ surface: 'fit-line', sampling: 'stochastic', stop: { epochs: 5 } });
    expect(encodeSettings(settings)).toContain('sampling=stochastic');
    expect(encodeSettings(settings)).toContain('epochs=5');
    expect(encodeSettings(defaultSettings)).not.toContain('sampling');
    // Kept on another valley, for when fit-line is chosen again.
    expect(decode('surface=quadratic&sampling=stochastic').settings.sampling).toBe('stochastic');
    const bad = decode('surface=fit-line&sampling=minibatch&epochs=2.5');
    expect(bad.settings).toMatchObject({ sampling: 'full', stop: {} });
    expect(bad.notices).toHaveLength(2);
    expect(bad.notices.join(' ')).toMatch(/sampling.*minibatch/);
    expect(bad.notices.join(' ')).toMatch(/epochs.*2\.5/);
  });

  test('a typed formula: formula= chooses it, a bad one is named and the valley kept', () => {
    const typed = decode('formula=sin(x)*y%2Bx^2');
    expect(typed.notices).toEqual([]);
    expect(typed.settings).toMatchObject({ surface: 'formula', formula: 'sin(x)*y+x^2' });
    expect(surfaceOf(typed.settings).dim).toBe(2);
    expect(decode(encodeSettings(typed.settings)).settings).toMatchObject({ surface: 'formula', formula: 'sin(x)*y+x^2' });
    // With another valley the rate is written out: read without one, it could be made safe.
    expect(essentialEntries(typed.settings)).toEqual([
      ['surface', 'formula'],
      ['formula', 'sin(x)*y+x^2'],
      ['lr', '0.3'],
    ]);
    // A start given before the formula is read against the formula's valley.
    expect(decode('start=0.5&formula=x^4').settings).toMatchObject({ start: [0.5], formula: 'x^4' });
    expect(decode('surface=formula').settings.formula).toBe(defaultSettings.formula);
    const bad = decode('surface=rosenbrock&formula=2x&lr=0.001');
    expect(bad.settings.surface).toBe('rosenbrock');
    expect(bad.notices).toEqual(['Ignored formula="2x": it cannot be read (an operator is missing before “x” at character 2. Write 2*x for 2 times x).']);
    // Another valley's link does not carry a formula typed earlier.
    expect(essentialEntries({ ...typed.settings, surface: 'rosenbrock' }).map(([key]) => key)).not.toContain('formula');
    expect(decode(`formula=${'x+'.repeat(300)}x`).notices).toEqual(['Ignored formula: its value is too long.']);
  });

  test('the hash overrides the query', () => {
    const entries = locationEntries('?lr=0.1&surface=parabola', '#lr=0.2');
    expect(decodeSettings(entries).settings).toMatchObject({ lr: 0.2, surface: 'parabola' });
  });

  test('a new valley resets its parameters and start', () => {
    const field = fieldsFor(defaultSettings).find((f) => f.key === 'surface')!;
    const moved = { ...defaultSettings, start: [1, 1], surfaceParams: { a: 3 } };
    expect(field.write(moved, 'rosenbrock')).toMatchObject({ surface: 'rosenbrock', start: undefined, surfaceParams: {} });
    expect(surfaceOf(field.write(moved, 'rosenbrock')).id).toBe('rosenbrock');
  });
});

describe('bad values are ignored with a notice naming the key', () => {
  test.each([
    ['lr=abc', 'Ignored lr="abc": it must be a number at least 0.000001 and at most 1000.'],
    ['lr=0', 'Ignored lr="0": it must be a number at least 0.000001 and at most 1000.'],
    ['lr=Infinity', 'Ignored lr="Infinity"'],
    ['lr=0x10', 'Ignored lr="0x10"'],
    ['lr=', 'Ignored lr=""'],
    ['surface=__proto__', 'Ignored surface="__proto__": it must be one of parabola, '],
    ['optimizer=constructor', 'Ignored optimizer="constructor"'],
    ['steps=2.5', 'Ignored steps="2.5": it must be a whole number at least 1 and at most 10000.'],
    ['momentum=1', 'Ignored momentum="1": it must be a number at least 0 and below 1.'],
    ['start=1', 'Ignored start="1": it must be x,y for the Quadratic bowl valley.'],
    ['surface=parabola&start=1,2', 'Ignored start="1,2": it must be x for the Parabola valley.'],
    ['surface=rosenbrock&lr=0.3&start=100,0', "must lie inside the valley's box"],
    ['autoplay=yes', 'Ignored autoplay="yes": it must be 1 or 0.'],
    ['tilt=0.5', 'Ignored "tilt": the Quadratic bowl valley has no parameter of that name.'],
    ['toString=1', 'Ignored "toString": not a setting of this playground.'],
  ])('%s', (query, message) => {
    const { settings, notices } = decode(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(message);
    expect(settings.lr).toBe(defaultSettings.lr);
  });

  test('markup in a value comes back only as quoted text, cut short', () => {
    const { notices } = decode(`lr=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(5))}`);
    expect(notices[0]).toMatch(/^Ignored lr="<img src=x onerror=alert\(1\)>[^"]{1,12}…": it must be a number/);
  });

  test('very long values and very many keys are cut off', () => {
    expect(decode(`lr=${'1'.repeat(500)}`).notices).toEqual(['Ignored lr: its value is too long.']);
    const many = Array.from({ length: 150 }, (_, i) => `k${i}=1`).join('&');
    expect(decode(many).notices).toContain('Ignored settings after the first 100.');
  });

  test('good keys survive beside bad ones', () => {
    const { settings, notices } = decode('lr=nope&seed=7&surface=rosenbrock');
    expect(settings).toMatchObject({ seed: 7, surface: 'rosenbrock', lr: defaultSettings.lr });
    expect(notices).toHaveLength(1);
  });
});

describe('fans, races and teaching scenes', () => {
  test('a fan by count and spread, or by hand-picked rates, round-trips', () => {
    const fan = decode('mode=fan&fan=7&spread=1000&lr=0.1').settings;
    expect(fan).toMatchObject({ mode: 'fan', fanCount: 7, fanSpread: 1000 });
    expect(decode(encodeSettings(fan)).settings).toMatchObject({ mode: 'fan', fanCount: 7, fanSpread: 1000 });
    const picked = decode('mode=fan&rates=0.01,0.1,1.5').settings;
    expect(picked.fanRates).toEqual([0.01, 0.1, 1.5]);
    expect(encodeSettings(picked)).toContain('rates=0.01,0.1,1.5');
  });

  test('a race names each optimizer with its rate', () => {
    const { settings, notices } = decode('mode=race&race=sgd:0.001,adam:0.05');
    expect(notices).toEqual([]);
    expect(settings.racers).toEqual([
      { optimizer: 'sgd', lr: 0.001 },
      { optimizer: 'adam', lr: 0.05 },
    ]);
    expect(encodeSettings(settings)).toContain('race=sgd:0.001,adam:0.05');
  });

  test.each([
    ['mode=fan&fan=13', 'Ignored fan="13"'],
    ['mode=fan&rates=0.1', 'Ignored rates="0.1": it must be 2 to 12 rates'],
    ['mode=fan&rates=0.1,abc', 'Ignored rates="0.1,abc"'],
    ['mode=race&race=lbfgs:0.1', 'Ignored race="lbfgs:0.1": it must be 1 to 12 entries optimizer:rate'],
    ['mode=race&race=sgd', 'Ignored race="sgd"'],
    ['mode=swarm', 'Ignored mode="swarm": it must be one of single, fan, race.'],
    ['scene=nope', 'Ignored scene="nope"'],
  ])('%s is refused with a notice', (query, message) => {
    const { notices } = decode(query);
    expect(notices[0]).toContain(message);
  });

  test('a scene sets its settings and starts walking; later keys adjust it', () => {
    const { settings } = decode('scene=bounce-1d&lr=1.9');
    expect(settings).toMatchObject({ scene: 'bounce-1d', surface: 'parabola', lr: 1.9, autoplay: true });
  });

  test('every scene round-trips through its URL', () => {
    for (const scene of teachingScenes) {
      const { settings } = decode(`scene=${scene.id}`);
      const link = encodeSettings(settings);
      const again = decode(link);
      expect(again.notices, scene.id).toEqual([]);
      expect(encodeSettings(again.settings), scene.id).toBe(link);
    }
  });

  test('presenter mode, controls and the chart tab are settings too', () => {
    expect(decode('presenter=1&controls=none&tab=sweep').settings).toMatchObject({ presenter: true, controls: 'none', tab: 'sweep' });
  });
});

describe('essentialEntries: the short form for embed code', () => {
  const roundTrips = (settings: Settings): void => {
    const entries = essentialEntries(settings);
    const { settings: decoded, notices } = decodeSettings(entries);
    expect(notices).toEqual([]);
    expect(encodeSettings(decoded)).toBe(encodeSettings(settings));
  };

  test('the defaults need no keys at all', () => {
    expect(essentialEntries(defaultSettings)).toEqual([]);
  });

  test('only what differs is written, the valley first', () => {
    const { settings } = decode('surface=rosenbrock&optimizer=adam&lr=0.05&steps=500');
    expect(essentialEntries(settings)).toEqual([
      ['surface', 'rosenbrock'],
      ['optimizer', 'adam'],
      ['lr', '0.05'],
      ['steps', '500'],
    ]);
  });

  test('a parameter equal to another valley’s default is still written', () => {
    const a = surfaces.quadratic!.params.find((p) => p.name === 'a')!.default;
    roundTrips(decode(`surface=parabola&a=${a}`).settings);
  });

  test('every scene, and every scene adjusted, round-trips', () => {
    for (const scene of teachingScenes) {
      roundTrips(decode(`scene=${scene.id}`).settings);
      roundTrips(decode(`scene=${scene.id}&lr=0.0123&seed=7`).settings);
      expect(essentialEntries(decode(`scene=${scene.id}`).settings)).toEqual([['scene', scene.id]]);
    }
  });

  test('every valley, optimizer and schedule with changed parameters round-trips', () => {
    for (const surface of surfaceIds) {
      for (const optimizer of optimizerIds) {
        for (const schedule of scheduleIds) {
          roundTrips({
            ...defaultSettings,
            surface,
            optimizer,
            schedule,
            surfaceParams: Object.fromEntries(surfaces[surface]!.params.map((p) => [p.name, (p.min + p.max) / 3])),
            hyper: { momentum: 0.7, beta2: 0.99 },
            start: surfaces[surface]!.domain.map(([lo, hi]) => lo + (hi - lo) * 0.3),
            stop: { patience: 30 },
            mode: 'fan',
            fanCount: 5,
          });
        }
      }
    }
  });
});
