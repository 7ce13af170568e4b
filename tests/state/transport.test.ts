import { describe, expect, test } from 'vitest';
import { derive } from '../../src/state/derive';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { Transport } from '../../src/state/transport';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings, surface: 'parabola', surfaceParams: {}, lr: 0.5, stepsPerSecond: 10, ...over });

describe('Transport', () => {
  test('play walks at the settings’ speed and ends with the run’s status', () => {
    const derived = derive(settings());
    const t = new Transport(derived);
    expect(t.snapshot(0, false)).toMatchObject({ status: 'idle', step: 0, playing: false });
    t.play();
    t.advance(0, 250);
    expect(t.snapshot(0, false)).toMatchObject({ status: 'playing', step: 2, playing: true });
    t.advance(1000, 100_000);
    const end = t.snapshot(1000, false);
    expect(end).toMatchObject({ status: derived.runs[0]!.status, step: derived.lastStep, playing: false });
  });

  test('step, scrub, pause and reset move time and say so in the status', () => {
    const t = new Transport(derive(settings()));
    t.step(1);
    expect(t.snapshot(0, false)).toMatchObject({ step: 1, status: 'paused' });
    t.scrub(5);
    expect(t.snapshot(0, false)).toMatchObject({ step: 5, status: 'paused' });
    t.step(-1);
    expect(t.snapshot(0, false).step).toBe(4);
    t.reset();
    expect(t.snapshot(0, false)).toMatchObject({ step: 0, status: 'idle' });
    t.toggle();
    expect(t.playing).toBe(true);
    t.toggle();
    expect(t.playing).toBe(false);
  });

  test('restart plays from the start, or waits there when motion is reduced', () => {
    const t = new Transport(derive(settings()));
    t.scrub(3);
    t.restart(false);
    expect(t.snapshot(0, false)).toMatchObject({ step: 0, playing: true });
    t.restart(true);
    expect(t.snapshot(0, true)).toMatchObject({ step: 0, playing: false, status: 'idle' });
  });

  test('a moved start goes back to step 0 and keeps walking if it was', () => {
    const t = new Transport(derive(settings()));
    t.play();
    t.advance(0, 300);
    t.startMoved();
    expect(t.snapshot(0, false)).toMatchObject({ step: 0, playing: true });
  });

  test('new runs keep the step, or clamp it to a shorter run; a followed hiker is forgotten when the hikers change', () => {
    const long = derive(settings({ lr: 0.05 }));
    const t = new Transport(long);
    t.scrub(40);
    t.follow(0);
    const short = derive(settings({ lr: 0.9 }), long);
    t.setRuns(short);
    expect(t.snapshot(0, false).step).toBe(short.lastStep);
    expect(t.followed).toBe(0);
    t.setRuns(derive(settings({ lr: 0.9, mode: 'fan', fanCount: 3 }), short));
    expect(t.followed).toBeUndefined();
  });

  test('the followed hiker is the primary of the snapshot', () => {
    const t = new Transport(derive(settings({ mode: 'fan', fanCount: 4 })));
    t.follow(3);
    expect(t.snapshot(0, false).primary).toBe(3);
  });

  test('a diverged hiker flies off after the end in wall-clock time, then the frames stop', () => {
    const t = new Transport(derive(settings({ lr: 2.5 })));
    t.play();
    t.advance(1000, 1_000_000);
    let snapshot = t.snapshot(1000, false);
    expect(snapshot.status).toBe('diverged');
    expect(t.moving(snapshot)).toBe(true);
    snapshot = t.snapshot(1700, false);
    expect(snapshot.hikers[0]!.flyOff).toBeCloseTo(0.5, 5);
    expect(t.moving(snapshot)).toBe(true);
    snapshot = t.snapshot(5000, false);
    expect(snapshot.hikers[0]!.flyOff).toBe(1);
    expect(t.moving(snapshot)).toBe(false);
    expect(t.snapshot(5000, true).hikers[0]!.flyOff).toBe(0);
  });
});
