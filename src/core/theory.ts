import { contractionFactor, isLinearOptimizer, symmetricEigen } from './stability';
import type { Point, Surface } from './surface';

/**
 * What theory predicts for the loss on a quadratic valley f = f* + ½·Σ λᵢ cᵢ² (cᵢ: the distance
 * to the bottom along principal axis i): each step multiplies cᵢ by the axis's contraction factor
 * ρᵢ, so loss_k = f* + ½·Σ λᵢ cᵢ(0)²·Π_{j<k} ρᵢ(η_j)². Exact for gradient descent; for momentum and
 * Nesterov, whose iterates oscillate, the envelope they follow in the long run. Undefined for
 * other valleys and for adaptive optimizers.
 *
 * @param lrs the learning rate of each step (the schedule applied).
 */
export function quadraticLossTheory(surface: Surface, start: Point, optimizer: string, momentum: number, lrs: readonly number[]): number[] | undefined {
  const minimum = surface.minima[0];
  if (!surface.quadratic || !surface.hessian || !minimum || !isLinearOptimizer(optimizer)) return undefined;
  const { values, vectors } = symmetricEigen(surface.hessian(start));
  const offset = start.map((v, d) => v - (minimum[d] as number));
  const weights = values.map((lambda, i) => {
    const along = (vectors[i] as number[]).reduce((sum, e, d) => sum + e * (offset[d] as number), 0);
    return 0.5 * lambda * along * along;
  });
  const floor = surface.minLoss ?? 0;
  const shrink = weights.map(() => 1);
  const losses = [floor + weights.reduce((a, b) => a + b, 0)];
  for (const lr of lrs) {
    values.forEach((lambda, i) => {
      shrink[i] = (shrink[i] as number) * (contractionFactor(lambda, lr, optimizer, momentum) ?? 1) ** 2;
    });
    losses.push(floor + weights.reduce((sum, w, i) => sum + w * (shrink[i] as number), 0));
  }
  return losses;
}
