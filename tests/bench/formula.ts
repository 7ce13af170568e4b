import { createRng, sampleGrid, surfaces, type Surface } from '../../src/core';
import { surfaceFromFormula } from '../../src/core/formula';
import { median, printTable } from './stats';

const ROSENBROCK = '(1 - x)^2 + 100*(y - x^2)^2';
const EGG_CRATE = 'sin(2*x)*cos(2*y) + (x^2 + y^2)/4';
const EVALUATIONS = 2_000_000;
const GRID = 256;
const REPEATS = 9;

/** Nanoseconds per f-and-gradient evaluation, over points spread across the valley's box. */
function evaluate(surface: Surface, xs: Float64Array, ys: Float64Array): number {
  const out = new Float64Array(2);
  let sink = 0;
  const begin = performance.now();
  for (let k = 0; k < EVALUATIONS; k++) {
    const i = k & 1023;
    sink += surface.valueAndGrad(xs[i] as number, ys[i] as number, out, 0) + (out[0] as number);
  }
  const ns = ((performance.now() - begin) * 1e6) / EVALUATIONS;
  if (Number.isNaN(sink)) throw new Error('a NaN in the benchmark');
  return ns;
}

function gridMs(surface: Surface): number {
  const begin = performance.now();
  sampleGrid(surface, GRID, GRID);
  return performance.now() - begin;
}

/**
 * A typed formula beside the same valley written in TypeScript: f and its gradient for a typed
 * Rosenbrock against the preset (interleaved repeats, medians), and the time to sample a
 * 256 × 256 grid of typed formulas, as the valley's colour map does.
 */
export function benchFormula() {
  const typed = surfaceFromFormula(ROSENBROCK);
  const preset = surfaces.rosenbrock!;
  const egg = surfaceFromFormula(EGG_CRATE);
  const rng = createRng(3);
  const xs = Float64Array.from({ length: 1024 }, () => -2 + 4 * rng.uniform());
  const ys = Float64Array.from({ length: 1024 }, () => -1 + 4 * rng.uniform());
  const times = { typed: [] as number[], preset: [] as number[], gridTyped: [] as number[], gridPreset: [] as number[], gridEgg: [] as number[] };
  for (let r = 0; r < REPEATS; r++) {
    times.preset.push(evaluate(preset, xs, ys));
    times.typed.push(evaluate(typed, xs, ys));
    times.gridPreset.push(gridMs(preset));
    times.gridTyped.push(gridMs(typed));
    times.gridEgg.push(gridMs(egg));
  }
  return {
    typedNs: median(times.typed),
    presetNs: median(times.preset),
    gridTypedMs: median(times.gridTyped),
    gridPresetMs: median(times.gridPreset),
    gridEggMs: median(times.gridEgg),
  };
}

export function printFormula(r: ReturnType<typeof benchFormula>): void {
  console.log('\nTyped formulas (median of %d interleaved runs)\n', REPEATS);
  printTable(
    ['measure', 'typed', 'preset (TypeScript)', 'typed/preset', 'budget'],
    [
      ['Rosenbrock f + ∇f, per call', `${r.typedNs.toFixed(1)} ns`, `${r.presetNs.toFixed(1)} ns`, `${(r.typedNs / r.presetNs).toFixed(2)}×`, '≤ 10×'],
      [`Rosenbrock, ${GRID}×${GRID} grid`, `${r.gridTypedMs.toFixed(1)} ms`, `${r.gridPresetMs.toFixed(1)} ms`, `${(r.gridTypedMs / r.gridPresetMs).toFixed(2)}×`, '< 30 ms'],
      [`${EGG_CRATE}, ${GRID}×${GRID} grid`, `${r.gridEggMs.toFixed(1)} ms`, '', '', '< 30 ms'],
    ],
  );
}
