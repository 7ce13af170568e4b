import { describe, expect, test } from 'vitest';
import { runsCsv, runsJson } from '../../src/export/data';
import { derive } from '../../src/state/derive';
import { decodeSettings } from '../../src/state/url';

const derived = (query: string) => derive(decodeSettings(new URLSearchParams(query)).settings);

/** A CSV line split into fields, quotes undone. */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /("([^"]|"")*"|[^,]*)(,|$)/g;
  for (const match of line.matchAll(re)) {
    if (match.index === line.length && out.length > 0 && !line.endsWith(',')) break;
    const raw = match[1]!;
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[3] === '') break;
  }
  return out;
}

describe('runsCsv', () => {
  test('one row per point of each route, numbers that read back exactly, the outcome on the last row', () => {
    const d = derived('surface=quadratic&lr=0.3&steps=40&schedule=exponential&gamma=0.95');
    const [header, ...rows] = runsCsv(d).trimEnd().split('\n');
    expect(header).toBe('hiker,label,optimizer,step,x,y,loss,grad_x,grad_y,lr,status,stop_reason');
    const run = d.runs[0]!;
    expect(rows).toHaveLength(run.stoppedAt + 1);
    rows.forEach((line, k) => {
      const f = fields(line);
      expect(f).toHaveLength(12);
      expect(Number(f[3])).toBe(k);
      expect([Number(f[4]), Number(f[5])]).toEqual(run.path[k]);
      expect(Number(f[6])).toBe(run.losses[k]);
      expect([Number(f[7]), Number(f[8])]).toEqual(run.grads[k]);
      if (k < run.stoppedAt) expect(Number(f[9])).toBe(run.lrs[k]);
      expect(f[10]).toBe(k === run.stoppedAt ? run.status : 'running');
      expect(f[11]).toBe(k === run.stoppedAt ? run.stopReason : '');
    });
    // The schedule's rates, step by step.
    expect(Number(fields(rows[1]!)[9])).toBeCloseTo(0.3 * 0.95, 12);
  });

  test('a race: every hiker in turn; a stop reason with a comma is quoted; one-example steps add the gradient used and the example', () => {
    const race = runsCsv(derived('scene=banana-race&steps=20'));
    const lines = race.trimEnd().split('\n');
    const hikers = new Set(lines.slice(1).map((l) => fields(l)[0]));
    expect([...hikers]).toEqual(['1', '2', '3']);
    const fit = runsCsv(derived('surface=fit-line&sampling=stochastic&epochs=2'));
    expect(fit.split('\n')[0]).toBe('hiker,label,optimizer,step,w,b,loss,grad_w,grad_b,lr,used_grad_w,used_grad_b,example,status,stop_reason');
    const diverged = derived('surface=parabola&lr=2.5');
    const last = runsCsv(diverged).trimEnd().split('\n').at(-1)!;
    expect(diverged.runs[0]!.stopReason).toContain(',');
    expect(last).toContain('"diverged: ');
    expect(fields(last).at(-1)).toBe(diverged.runs[0]!.stopReason);
  });
});

describe('runsJson', () => {
  test('settings, the link and hash, and every run as arrays indexed by step', () => {
    const d = derived('scene=fan-1d&steps=30');
    const json = JSON.parse(runsJson(d, 'https://example.org/#x'));
    expect(json).toMatchObject({ generator: 'lr-playground', version: 1, link: 'https://example.org/#x', settings: { mode: 'fan' }, surface: { id: 'parabola', dim: 1, names: ['x'] } });
    expect(new URLSearchParams(json.hash).get('mode')).toBe('fan');
    expect(json.hikers).toHaveLength(d.runs.length);
    d.runs.forEach((run, i) => {
      expect(json.hikers[i]).toMatchObject({ label: d.specs[i]!.label, status: run.status, stopReason: run.stopReason, steps: run.stoppedAt, lr: run.lr });
      expect(json.hikers[i].position).toEqual(run.path);
      expect(json.hikers[i].loss).toEqual(run.losses);
      expect(json.hikers[i].gradient).toEqual(run.grads);
      expect(json.hikers[i].lrUsed).toEqual(run.lrs);
    });
  });

  test('without a link, the hash alone', () => {
    const json = JSON.parse(runsJson(derived('surface=parabola')));
    expect(json.link).toBeUndefined();
    expect(json.hash).toContain('surface=parabola');
  });
});
