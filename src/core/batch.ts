import type { Hyperparams, Optimizer, Stepper } from './optimizer';
import { createRng, type Rng } from './rng';
import { StopCause, describeStop, divergenceCap, statusOf, type ResolvedStopRules, type RunStatus } from './stop';
import type { Surface, SurfaceExamples } from './surface';

/** Everything a batch needs, already validated (see `simulate` and `simulateBatch`). */
export interface BatchSetup {
  readonly surface: Surface;
  readonly optimizer: Optimizer;
  readonly hyper: Hyperparams;
  /** Number of hikers. */
  readonly n: number;
  /** Base learning rate of each hiker. */
  readonly lrs: ArrayLike<number>;
  /** Start positions, interleaved (`x0, y0, x1, y1, …`). */
  readonly starts: ArrayLike<number>;
  readonly steps: number;
  /** Standard deviation of the Gaussian noise added to each gradient coordinate. */
  readonly noise: number;
  readonly seed: number;
  readonly lrFactor: (t: number) => number;
  readonly stop: ResolvedStopRules;
  /** `stochastic`: each step uses one training example's gradient, in a seeded shuffled order. */
  readonly sampling: Sampling;
}

/** What each step's gradient is taken over: the whole dataset, or one example at a time. */
export type Sampling = 'full' | 'stochastic';

/** Steps in one epoch (one pass over the data): the number of examples when stepping on one at a time. */
export function epochSteps(surface: Surface, sampling: Sampling): number {
  return sampling === 'stochastic' && surface.examples ? surface.examples.count : 1;
}

/**
 * The order in which one-example steps visit the examples: each epoch a fresh shuffle
 * (Fisher–Yates) from one seeded stream, so a seed always gives the same order.
 */
export class ExampleOrder {
  private readonly order: Uint32Array;
  private readonly rng: Rng;

  constructor(count: number, seed: number) {
    this.order = Uint32Array.from({ length: count }, (_, i) => i);
    // A stream of its own, so the order does not change when gradient noise is turned on.
    this.rng = createRng(seed ^ 0x6a09e667);
  }

  /** The example of step t; steps must be asked for in order, 0, 1, 2, … */
  at(t: number): number {
    const { order } = this;
    const k = t % order.length;
    if (k === 0) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(this.rng.uniform() * (i + 1));
        const swap = order[i] as number;
        order[i] = order[j] as number;
        order[j] = swap;
      }
    }
    return order[k] as number;
  }
}

/** The arrays of a batch, indexed by hiker (or by coordinate, interleaved). */
interface Arrays {
  readonly positions: Float64Array;
  readonly previous: Float64Array;
  /** Where a refused (divergent) step would have gone, kept for explaining it. */
  readonly refused: Float64Array;
  readonly losses: Float64Array;
  readonly grads: Float64Array;
  /** The gradient each step actually uses (one example's, noise added), where it differs from `grads`. */
  readonly used: Float64Array;
  readonly lrs: Float64Array;
  readonly causes: Uint8Array;
  readonly stoppedAt: Int32Array;
  readonly caps: Float64Array;
  readonly best: Float64Array;
  readonly bestAt: Int32Array;
}

const RUNNING = StopCause.Running;

/** Hikers per tile: with 256, every array of a tile fits in the first-level cache. */
const TILE = 256;

/** A group of hikers stepped together; hikers are independent, so tiles never interact. */
class Tile {
  t = 0;
  running: number;
  private readonly stepper: Stepper;
  private readonly rng: Rng;
  /** This step's noise, one value per coordinate, the same for every hiker. */
  private readonly draw: Float64Array;
  private readonly scratch = new Float64Array(2);
  private readonly examples: SurfaceExamples | undefined;
  private readonly order: ExampleOrder | undefined;
  private readonly epochSteps: number;
  /** The example the last step used; -1 when steps use the whole dataset. */
  lastExample = -1;

  constructor(
    private readonly setup: BatchSetup,
    private readonly a: Arrays,
  ) {
    const { surface, stop } = setup;
    this.stepper = setup.optimizer.create(a.positions.length, setup.hyper);
    this.rng = createRng(setup.seed);
    this.draw = new Float64Array(surface.dim);
    this.running = a.causes.length;
    this.epochSteps = epochSteps(surface, setup.sampling);
    this.examples = this.epochSteps > 1 ? surface.examples : undefined;
    this.order = this.examples && new ExampleOrder(this.examples.count, setup.seed);
    const dim = surface.dim;
    for (let i = 0, o = 0; i < a.causes.length; i++, o += dim) {
      const y = dim === 2 ? (a.positions[o + 1] as number) : 0;
      a.caps[i] = divergenceCap(stop, surface.valueAndGrad(a.positions[o] as number, y, this.scratch, 0));
      a.best[i] = Infinity;
    }
    a.previous.set(a.positions);
    this.settle();
  }

  /** The optimizer's state of local coordinate k. */
  peek(k: number): Readonly<Record<string, number>> {
    return this.stepper.peek(k);
  }

  /** One step for every running hiker of the tile. */
  advance(): void {
    const { setup, a, examples } = this;
    let used = a.grads;
    if (examples) {
      const i = (this.order as ExampleOrder).at(this.t);
      this.lastExample = i;
      const { positions } = a;
      const dim = setup.surface.dim;
      for (let o = 0; o < positions.length; o += dim) {
        examples.valueAndGrad(i, positions[o] as number, dim === 2 ? (positions[o + 1] as number) : 0, a.used, o);
      }
      used = a.used;
    }
    if (setup.noise > 0) {
      const { draw, rng } = this;
      for (let d = 0; d < draw.length; d++) draw[d] = setup.noise * rng.normal();
      for (let k = 0; k < used.length; k++) a.used[k] = (used[k] as number) + (draw[k % draw.length] as number);
      used = a.used;
    }
    a.previous.set(a.positions);
    this.stepper.step(a.positions, used, a.lrs, setup.lrFactor(this.t), a.positions);
    this.t += 1;
    this.settle();
  }

  /**
   * After a step (or at the start): evaluates each running hiker's new point and commits it if it
   * is sound, or rejects it as divergent; applies the stop rules; puts every stopped hiker back
   * on its previous point. The batch's hot loop: locals only, no calls but the valley's.
   */
  private settle(): void {
    const { a, t, scratch } = this;
    const { surface, stop, steps } = this.setup;
    const { positions, previous, losses, grads, causes, stoppedAt, caps, best, bestAt } = a;
    const dim = surface.dim;
    const { lossBelow, minDelta, patience } = stop;
    const squaredGradBelow = stop.gradNormBelow > 0 ? stop.gradNormBelow ** 2 : -1;
    const tracking = patience < Infinity;
    const epochsEnd = stop.epochs * this.epochSteps;
    const last = t >= steps || t >= epochsEnd;
    const lastCause = t >= epochsEnd ? StopCause.EpochsDone : StopCause.MaxSteps;
    for (let i = 0, o = 0; i < causes.length; i++, o += dim) {
      if (causes[i] !== RUNNING) {
        for (let d = o; d < o + dim; d++) positions[d] = previous[d] as number;
        continue;
      }
      const x = positions[o] as number;
      const y = dim === 2 ? (positions[o + 1] as number) : 0;
      const loss = surface.valueAndGrad(x, y, scratch, 0);
      const gx = scratch[0] as number;
      const gy = dim === 2 ? (scratch[1] as number) : 0;
      const squared = gx * gx + gy * gy;
      // x − x is 0 exactly when x is finite; a NaN fails every comparison.
      if (!(Math.abs(loss) <= (caps[i] as number) && squared < Infinity && x - x === 0 && y - y === 0)) {
        const cause = t === 0 ? StopCause.DivergedAtStart : Number.isFinite(loss) ? StopCause.DivergedAbove : StopCause.DivergedNonFinite;
        causes[i] = cause;
        stoppedAt[i] = Math.max(0, t - 1);
        this.running -= 1;
        for (let d = o; d < o + dim; d++) {
          a.refused[d] = positions[d] as number;
          positions[d] = previous[d] as number;
        }
        continue;
      }
      losses[i] = loss;
      grads[o] = gx;
      if (dim === 2) grads[o + 1] = gy;
      if (tracking && loss < (best[i] as number) - minDelta) {
        best[i] = loss;
        bestAt[i] = t;
      }
      let cause: StopCause = RUNNING;
      if (loss < lossBelow) cause = StopCause.LossBelow;
      else if (squared < squaredGradBelow) cause = StopCause.GradNormBelow;
      else if (tracking && t - (bestAt[i] as number) >= patience) cause = StopCause.NoImprovement;
      else if (last) cause = lastCause;
      if (cause !== RUNNING) {
        causes[i] = cause;
        stoppedAt[i] = t;
        this.running -= 1;
      }
    }
  }
}

/**
 * N independent hikers on one valley, stored as struct-of-arrays in typed arrays; stepping
 * allocates nothing. A hiker that stops (converged, diverged, …) stays frozen at its last point
 * while the others go on; a step that would leave finite ground is never committed.
 *
 * Gradient noise depends only on the seed, the step and the coordinate: every hiker of a batch
 * meets the same noise, so each hiker's route is the one `simulate` gives it alone.
 */
export class Batch {
  readonly n: number;
  readonly dim: number;
  /** Current positions, interleaved; a stopped hiker holds its last committed point. */
  readonly positions: Float64Array;
  /** Loss at each current position. */
  readonly losses: Float64Array;
  /** True gradient at each current position (no noise), interleaved. */
  readonly grads: Float64Array;
  /**
   * The gradients the optimizer used on the last step (one example's, noise included); empty
   * when steps use the true gradient.
   */
  readonly lastUsedGrads: Float64Array;
  /** Steps in one epoch: the number of examples with one-example steps, else 1. */
  readonly epochSteps: number;
  /** Index of each hiker's last point. */
  readonly stoppedAt: Int32Array;
  /** Where each diverged hiker's refused step would have gone (NaN or huge, never drawn). */
  readonly refused: Float64Array;
  private readonly causes: Uint8Array;
  private readonly caps: Float64Array;
  private readonly best: Float64Array;
  private readonly bestAt: Int32Array;
  private readonly tiles: Tile[] = [];

  constructor(private readonly setup: BatchSetup) {
    const { n } = setup;
    const dim = setup.surface.dim;
    const size = n * dim;
    this.n = n;
    this.dim = dim;
    this.positions = Float64Array.from(setup.starts);
    this.losses = new Float64Array(n);
    this.grads = new Float64Array(size);
    this.epochSteps = epochSteps(setup.surface, setup.sampling);
    this.lastUsedGrads = new Float64Array(setup.noise > 0 || this.epochSteps > 1 ? size : 0);
    this.stoppedAt = new Int32Array(n);
    this.causes = new Uint8Array(n);
    this.caps = new Float64Array(n);
    this.best = new Float64Array(n);
    this.bestAt = new Int32Array(n);
    const previous = new Float64Array(size);
    this.refused = new Float64Array(size);
    const lrs = Float64Array.from({ length: size }, (_, k) => setup.lrs[Math.floor(k / dim)] as number);
    const used = this.lastUsedGrads;
    for (let from = 0; from < n; from += TILE) {
      const to = Math.min(n, from + TILE);
      const [lo, hi] = [from * dim, to * dim];
      this.tiles.push(
        new Tile(setup, {
          positions: this.positions.subarray(lo, hi),
          previous: previous.subarray(lo, hi),
          refused: this.refused.subarray(lo, hi),
          losses: this.losses.subarray(from, to),
          grads: this.grads.subarray(lo, hi),
          used: used.subarray(Math.min(lo, used.length), Math.min(hi, used.length)),
          lrs: lrs.subarray(lo, hi),
          causes: this.causes.subarray(from, to),
          stoppedAt: this.stoppedAt.subarray(from, to),
          caps: this.caps.subarray(from, to),
          best: this.best.subarray(from, to),
          bestAt: this.bestAt.subarray(from, to),
        }),
      );
    }
  }

  /** Steps taken so far by the hikers that went furthest. */
  get t(): number {
    return Math.max(...this.tiles.map((tile) => tile.t));
  }

  /** The example the last step used (every hiker uses the same one); -1 with whole-dataset steps. */
  get lastExample(): number {
    return this.tiles.reduce((latest, tile) => (tile.t > latest.t ? tile : latest)).lastExample;
  }

  /** Number of hikers still running. */
  get running(): number {
    return this.tiles.reduce((sum, tile) => sum + tile.running, 0);
  }

  /** Steps every running hiker once, in lockstep; returns false when none is left running. */
  advance(): boolean {
    let running = 0;
    for (const tile of this.tiles) {
      if (tile.running > 0) tile.advance();
      running += tile.running;
    }
    return running > 0;
  }

  /** Runs every hiker to its end, one cache-sized tile at a time. */
  run(): this {
    for (const tile of this.tiles) while (tile.running > 0) tile.advance();
    return this;
  }

  /** The optimizer's state for each coordinate of hiker i. */
  peek(i: number): Readonly<Record<string, number>>[] {
    const tile = this.tiles[Math.floor(i / TILE)] as Tile;
    return Array.from({ length: this.dim }, (_, d) => tile.peek((i % TILE) * this.dim + d));
  }

  status(i: number): RunStatus | 'running' {
    return statusOf(this.causes[i] as StopCause) ?? 'running';
  }

  /** Why hiker `i` stopped, in words. */
  stopReason(i: number): string {
    return describeStop({
      cause: this.causes[i] as StopCause,
      stoppedAt: this.stoppedAt[i] as number,
      loss: this.losses[i] as number,
      bestLoss: this.best[i] as number,
      bestAt: this.bestAt[i] as number,
      cap: this.caps[i] as number,
      rules: this.setup.stop,
      epochSteps: this.epochSteps,
    });
  }
}
