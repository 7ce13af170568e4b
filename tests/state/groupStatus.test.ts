import { describe, expect, test } from 'vitest';
import { simulate, type Run } from '../../src/core';
import { derive } from '../../src/state/derive';
import { groupStatus, outcomeCounts } from '../../src/state/groupStatus';
import { createPresenter } from '../../src/state/present';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { Transport } from '../../src/state/transport';
import { decodeSettings } from '../../src/state/url';

const parabola = (lr: number, steps = 100): Run => simulate({ surface: 'parabola', lr, start: [3], steps });
/** The fan of the scene "Six rates at once": 1 out of steps, 4 converged, 1 diverged. */
const fan = [0.02, 0.2, 0.8, 1.5, 1.9, 2.1].map((lr) => parabola(lr));
const end = Math.max(...fan.map((r) => r.stoppedAt));

describe('groupStatus', () => {
  test('once all have stopped with different outcomes: stopped, and how many ended each way', () => {
    expect(fan.map((r) => r.status)).toEqual(['max-steps', 'converged', 'converged', 'converged', 'converged', 'diverged']);
    expect(groupStatus('converged', fan, end)).toEqual({ status: 'stopped', headline: 'All 6 stopped', detail: '4 converged, 1 out of steps, 1 diverged' });
  });

  test('once all have stopped the same way: that outcome, as for one hiker', () => {
    const calm = [0.5, 0.8, 1.2].map((lr) => parabola(lr));
    expect(groupStatus('converged', calm, 20)).toMatchObject({ status: 'converged', headline: 'All 3 converged' });
    const wild = [2.2, 2.5].map((lr) => parabola(lr));
    expect(groupStatus('diverged', wild, 40)).toMatchObject({ status: 'diverged', headline: 'All 2 diverged' });
  });

  test('while they walk: how many still walk, and how the others ended', () => {
    expect(groupStatus('playing', fan, 30)).toEqual({ status: 'playing', headline: 'Walking', detail: '3 of 6 still walking; 3 converged' });
    expect(groupStatus('paused', fan, 0)).toEqual({ status: 'paused', headline: 'Paused at step 0', detail: '6 of 6 still walking' });
  });

  test('before play: who sets out, and how many will diverge', () => {
    expect(groupStatus('idle', fan, 0)).toEqual({ status: 'idle', headline: 'Ready', detail: '6 hikers set out from one start. 1 of them will diverge. Press play.' });
    expect(groupStatus('idle', [parabola(0.5), parabola(1)], 0).detail).toBe('2 hikers set out from one start. Press play.');
  });

  test('outcomeCounts puts the most common first', () => {
    expect(outcomeCounts(['diverged', 'converged', 'converged', 'max-steps'])).toBe('2 converged, 1 diverged, 1 out of steps');
  });
});

describe('a fan’s presentation: the group first, the followed hiker under it', () => {
  const settings: Settings = decodeSettings(new URLSearchParams('scene=fan-1d')).settings;
  const transport = new Transport(derive(settings));
  const present = createPresenter();
  transport.scrub(end);
  const p = present(transport.snapshot(0, false));

  test('data-status is the group’s: stopped, as its outcomes differ', () => {
    expect(p.automation.status).toBe('stopped');
    expect(p.readings.status).toBe('stopped');
  });

  test('the readouts give the group’s summary, and the followed hiker’s own end under it', () => {
    expect(p.readings.group).toMatchObject({ headline: 'All 6 stopped', detail: '4 converged, 1 out of steps, 1 diverged' });
    expect(p.readings.followed).toBe('η = 0.8');
    expect(p.readings.hikerStatus).toBe('converged');
    expect(p.readings.text.headline).toBe('Converged at step 4');
  });

  test('the banner is short (the legend says how each ended); the end is spoken in full', () => {
    expect(p.banner).toBe('All 6 stopped');
    expect(p.ending).toMatch(/^All 6 stopped: 4 converged, 1 out of steps, 1 diverged\. η = 0\.02 ran out of steps at loss [\d.]+; η = 0\.2 converged at step \d+; .*; η = 2\.1 diverged after step \d+$/);
  });

  test('the valley’s description starts with the group, then the followed hiker at its own last step', () => {
    expect(p.words.here).toMatch(/^All 6 stopped: 4 converged, 1 out of steps, 1 diverged\. Followed, η = 0\.8: Step 4 of 4\. /);
  });

  test('a lone hiker keeps its own status, banner and words', () => {
    const one = new Transport(derive({ ...defaultSettings, surface: 'parabola', lr: 0.8 }));
    one.scrub(50);
    const q = createPresenter()(one.snapshot(0, false));
    expect(q.readings.group).toBeUndefined();
    expect(q.automation.status).toBe('converged');
    expect(q.banner).toBe('Converged at step 4');
    expect(q.ending).toBe(q.banner);
    expect(q.words.here).toMatch(/^Step 4 of 4\. /);
  });
});
