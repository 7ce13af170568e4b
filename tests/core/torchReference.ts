/**
 * An independent, scalar transcription of torch.optim's `_single_tensor_*` update functions
 * (torch/optim/{sgd,adagrad,rmsprop,adam}.py), used to check the core's batched optimizers. Each
 * line mirrors a tensor operation; e.g. `add_(grad, alpha=-lr)` is `p + -lr * g`.
 */
export type Grad = (p: readonly number[]) => number[];

export interface TorchOptions {
  lr: number;
  momentum?: number;
  nesterov?: boolean;
  beta1?: number;
  beta2?: number;
  alpha?: number;
  eps?: number;
  weightDecay?: number;
}

/**
 * The hyperparameter defaults of each optimizer, as torch.optim's constructors set them
 * (`momentum` and `nesterov` are torch's SGD with momentum 0.9, the playground's default).
 */
export const TORCH_DEFAULTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  sgd: {},
  momentum: { momentum: 0.9 },
  nesterov: { momentum: 0.9 },
  adagrad: { eps: 1e-10 },
  rmsprop: { alpha: 0.99, eps: 1e-8 },
  adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8 },
  adamw: { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01 },
};

/** Runs `steps` steps from `start` and returns every position, start included. */
export function torchTrajectory(kind: string, grad: Grad, start: readonly number[], steps: number, o: TorchOptions): number[][] {
  let p = [...start];
  const path = [p];
  const n = p.length;
  let buf: number[] | undefined;
  const state1 = new Array<number>(n).fill(0);
  const state2 = new Array<number>(n).fill(0);
  for (let step = 1; step <= steps; step++) {
    const g = grad(p);
    const next = new Array<number>(n);
    if (kind === 'sgd' || kind === 'momentum' || kind === 'nesterov') {
      const mu = kind === 'sgd' ? 0 : (o.momentum ?? 0.9);
      let d = g;
      if (mu !== 0) {
        // buf = clone(grad) on the first step, else buf.mul_(momentum).add_(grad, alpha=1 - dampening)
        buf = buf === undefined ? [...g] : buf.map((b, i) => b * mu + 1 * (g[i] as number));
        const b = buf;
        d = kind === 'nesterov' ? g.map((gi, i) => gi + mu * (b[i] as number)) : b;
      }
      for (let i = 0; i < n; i++) next[i] = (p[i] as number) + -o.lr * (d[i] as number);
    } else if (kind === 'adagrad') {
      const eps = o.eps ?? 1e-10;
      const clr = o.lr / (1 + (step - 1) * 0);
      for (let i = 0; i < n; i++) {
        state1[i] = (state1[i] as number) + 1 * (g[i] as number) * (g[i] as number); // addcmul_(grad, grad, value=1)
        const std = Math.sqrt(state1[i] as number) + eps;
        next[i] = (p[i] as number) + (-clr * (g[i] as number)) / std; // addcdiv_(grad, std, value=-clr)
      }
    } else if (kind === 'rmsprop') {
      const alpha = o.alpha ?? 0.99;
      const eps = o.eps ?? 1e-8;
      for (let i = 0; i < n; i++) {
        state1[i] = (state1[i] as number) * alpha + (1 - alpha) * (g[i] as number) * (g[i] as number);
        const avg = Math.sqrt(state1[i] as number) + eps;
        next[i] = (p[i] as number) + (-o.lr * (g[i] as number)) / avg;
      }
    } else if (kind === 'adam' || kind === 'adamw') {
      // AdamW decays the parameters first: param.mul_(1 - lr * weight_decay).
      if (kind === 'adamw') p = p.map((pi) => pi * (1 - o.lr * (o.weightDecay ?? 0.01)));
      const beta1 = o.beta1 ?? 0.9;
      const beta2 = o.beta2 ?? 0.999;
      const eps = o.eps ?? 1e-8;
      const weight = 1 - beta1;
      for (let i = 0; i < n; i++) {
        const m = state1[i] as number;
        const gi = g[i] as number;
        // exp_avg.lerp_(grad, 1 - beta1): ATen's lerp picks its formula by |weight| < 0.5
        state1[i] = Math.abs(weight) < 0.5 ? m + weight * (gi - m) : gi - (gi - m) * (1 - weight);
        state2[i] = (state2[i] as number) * beta2 + (1 - beta2) * gi * gi;
      }
      const biasCorrection1 = 1 - beta1 ** step;
      const biasCorrection2 = 1 - beta2 ** step;
      const stepSize = o.lr / biasCorrection1;
      const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
      for (let i = 0; i < n; i++) {
        const denom = Math.sqrt(state2[i] as number) / biasCorrection2Sqrt + eps;
        next[i] = (p[i] as number) + (-stepSize * (state1[i] as number)) / denom;
      }
    } else {
      throw new Error(`no reference for ${kind}`);
    }
    p = next;
    path.push(p);
  }
  return path;
}
