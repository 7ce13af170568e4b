import { resolveHyperparams, type Run } from '../core';
import type { Derived } from '../state/derive';
import { encodeSettings } from '../state/url';

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Column names for the valley's coordinates with a prefix: `x,y`, `grad_x,grad_y`, `grad_w,grad_b`. */
const named = (names: readonly string[], prefix = ''): string[] => names.map((n) => `${prefix}${n}`);

/**
 * Every hiker's run as CSV, one row per point of each route: `hiker` (1, 2, …), `label`,
 * `optimizer`, `step`, the position (one column per coordinate, named after the valley's
 * variables), `loss`, the gradient there (`grad_x`, …), `lr` (the rate of the step taken from this
 * point, with the schedule applied; empty on the last row, from which no step is taken), the
 * gradient the step really used where it differs (noise, one-example steps), the example it used,
 * `status` (`running`, then the run's outcome on its last row) and `stop_reason` (on the last row).
 * Numbers are written in full (shortest round-trip form), so they read back exactly.
 */
export function runsCsv(derived: Derived): string {
  const { runs, specs, surface } = derived;
  const names = surface.names.slice(0, surface.dim);
  const used = runs.some((r) => r.usedGrads);
  const examples = runs.some((r) => r.examples);
  const header = ['hiker', 'label', 'optimizer', 'step', ...named(names), 'loss', ...named(names, 'grad_'), 'lr', ...(used ? named(names, 'used_grad_') : []), ...(examples ? ['example'] : []), 'status', 'stop_reason'];
  const lines = [header.join(',')];
  runs.forEach((run, h) => {
    const label = specs[h]?.label ?? '';
    for (let k = 0; k <= run.stoppedAt; k++) {
      const last = k === run.stoppedAt;
      const row: (string | number)[] = [h + 1, label, run.optimizer, k, ...run.path[k]!, run.losses[k]!, ...run.grads[k]!, last ? '' : run.lrs[k]!];
      if (used) row.push(...(run.usedGrads?.[k] ?? names.map(() => '')));
      if (examples) row.push(run.examples?.[k] ?? '');
      row.push(last ? run.status : 'running', last ? run.stopReason : '');
      lines.push(row.map(field).join(','));
    }
  });
  return `${lines.join('\n')}\n`;
}

/** One hiker's run in the JSON export: arrays indexed by step. */
function runJson(run: Run, label: string, input: Derived['specs'][number]['input']) {
  return {
    label,
    optimizer: run.optimizer,
    hyperparams: resolveHyperparams(run.optimizer, input),
    lr: run.lr,
    status: run.status,
    stopReason: run.stopReason,
    steps: run.stoppedAt,
    epochSteps: run.epochSteps,
    position: run.path,
    loss: run.losses,
    gradient: run.grads,
    /** The rate of step k, from `position[k]` to `position[k + 1]`, with the schedule applied. */
    lrUsed: run.lrs,
    ...(run.usedGrads ? { usedGradient: run.usedGrads } : {}),
    ...(run.examples ? { example: run.examples } : {}),
  };
}

/**
 * Every hiker's run as JSON, with the settings that made them and a link that reproduces the
 * scene: `link` where the page knows its address (the standalone playground), and always `hash`,
 * the settings as the playground reads them after `#`.
 */
export function runsJson(derived: Derived, link?: string): string {
  const { settings, surface, runs, specs } = derived;
  const document = {
    generator: 'lr-playground',
    version: 1,
    ...(link ? { link } : {}),
    hash: encodeSettings(settings),
    settings,
    surface: { id: surface.id, label: surface.label, dim: surface.dim, names: surface.names.slice(0, surface.dim) },
    hikers: runs.map((run, i) => runJson(run, specs[i]?.label ?? '', specs[i]!.input)),
  };
  // Indented for a reader, with each list of numbers (a point, a gradient) on one line.
  const text = JSON.stringify(document, null, 2).replace(/\[\s*(-?[\d.eE+-]+(?:,\s*-?[\d.eE+-]+)*)\s*\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`);
  return `${text}\n`;
}
