/**
 * The baselines of the core benchmark: each optimizer's update on Rosenbrock written as one bare,
 * fused loop over struct-of-arrays Float64Arrays, with nothing else (no stop rules, no guard
 * against divergence). The core's batched form is measured against these in the same run.
 */
/** Steps every hiker `steps` times; hiker i at rate `lrs[i]`. */
export type BareLoop = (xs: Float64Array, ys: Float64Array, steps: number, lrs: Float64Array) => void;

const B1 = 0.9;
const B2 = 0.999;
const MU = 0.9;
/** AdamW's default weight decay. */
const WD = 0.01;

/**
 * Adam, and with `decay` AdamW (torch's order: the gradient at x, then Adam's step from x shrunk by
 * 1 − η·decay). Fused and unrolled for Rosenbrock, as every loop here.
 */
function adamLoop(decay: number): BareLoop {
  return (xs, ys, steps, lrs) => {
    const n = xs.length;
    const mx = new Float64Array(n);
    const my = new Float64Array(n);
    const vx = new Float64Array(n);
    const vy = new Float64Array(n);
    for (let t = 1; t <= steps; t++) {
      const c1 = 1 - B1 ** t;
      const c2 = Math.sqrt(1 - B2 ** t);
      for (let i = 0; i < n; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        const b = y - x * x;
        const gx = -2 * (1 - x) - 400 * x * b;
        const gy = 200 * b;
        const mxi = B1 * (mx[i] as number) + (1 - B1) * gx;
        const myi = B1 * (my[i] as number) + (1 - B1) * gy;
        const vxi = B2 * (vx[i] as number) + (1 - B2) * gx * gx;
        const vyi = B2 * (vy[i] as number) + (1 - B2) * gy * gy;
        mx[i] = mxi;
        my[i] = myi;
        vx[i] = vxi;
        vy[i] = vyi;
        const lr = lrs[i] as number;
        const stepSize = lr / c1;
        const keep = 1 - lr * decay;
        xs[i] = x * keep - (stepSize * mxi) / (Math.sqrt(vxi) / c2 + 1e-8);
        ys[i] = y * keep - (stepSize * myi) / (Math.sqrt(vyi) / c2 + 1e-8);
      }
    }
  };
}

export const bareLoops: Readonly<Record<string, BareLoop>> = {
  sgd(xs, ys, steps, lrs) {
    const n = xs.length;
    for (let t = 0; t < steps; t++) {
      for (let i = 0; i < n; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        const b = y - x * x;
        const lr = lrs[i] as number;
        xs[i] = x - lr * (-2 * (1 - x) - 400 * x * b);
        ys[i] = y - lr * (200 * b);
      }
    }
  },
  momentum(xs, ys, steps, lrs) {
    const n = xs.length;
    const bx = new Float64Array(n);
    const by = new Float64Array(n);
    for (let t = 0; t < steps; t++) {
      for (let i = 0; i < n; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        const b = y - x * x;
        const vx = MU * (bx[i] as number) + (-2 * (1 - x) - 400 * x * b);
        const vy = MU * (by[i] as number) + 200 * b;
        bx[i] = vx;
        by[i] = vy;
        const lr = lrs[i] as number;
        xs[i] = x - lr * vx;
        ys[i] = y - lr * vy;
      }
    }
  },
  nesterov(xs, ys, steps, lrs) {
    const n = xs.length;
    const bx = new Float64Array(n);
    const by = new Float64Array(n);
    for (let t = 0; t < steps; t++) {
      for (let i = 0; i < n; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        const b = y - x * x;
        const gx = -2 * (1 - x) - 400 * x * b;
        const gy = 200 * b;
        const vx = MU * (bx[i] as number) + gx;
        const vy = MU * (by[i] as number) + gy;
        bx[i] = vx;
        by[i] = vy;
        const lr = lrs[i] as number;
        xs[i] = x - lr * (gx + MU * vx);
        ys[i] = y - lr * (gy + MU * vy);
      }
    }
  },
  adagrad(xs, ys, steps, lrs) {
    const n = xs.length;
    const sx = new Float64Array(n);
    const sy = new Float64Array(n);
    for (let t = 0; t < steps; t++) {
      for (let i = 0; i < n; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        const b = y - x * x;
        const gx = -2 * (1 - x) - 400 * x * b;
        const gy = 200 * b;
        const ax = (sx[i] as number) + gx * gx;
        const ay = (sy[i] as number) + gy * gy;
        sx[i] = ax;
        sy[i] = ay;
        const lr = lrs[i] as number;
        xs[i] = x - (lr * gx) / (Math.sqrt(ax) + 1e-10);
        ys[i] = y - (lr * gy) / (Math.sqrt(ay) + 1e-10);
      }
    }
  },
  rmsprop(xs, ys, steps, lrs) {
    const n = xs.length;
    const sx = new Float64Array(n);
    const sy = new Float64Array(n);
    for (let t = 0; t < steps; t++) {
      for (let i = 0; i < n; i++) {
        const x = xs[i] as number;
        const y = ys[i] as number;
        const b = y - x * x;
        const gx = -2 * (1 - x) - 400 * x * b;
        const gy = 200 * b;
        const ax = 0.99 * (sx[i] as number) + 0.01 * gx * gx;
        const ay = 0.99 * (sy[i] as number) + 0.01 * gy * gy;
        sx[i] = ax;
        sy[i] = ay;
        const lr = lrs[i] as number;
        xs[i] = x - (lr * gx) / (Math.sqrt(ax) + 1e-8);
        ys[i] = y - (lr * gy) / (Math.sqrt(ay) + 1e-8);
      }
    }
  },
  adam: adamLoop(0),
  adamw: adamLoop(WD),
};
