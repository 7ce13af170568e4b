import { InvalidInputError, lookup } from '../errors';
import type { Optimizer } from '../optimizer';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { momentum } from './momentum';
import { nesterov } from './nesterov';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';

/** Every optimizer by id, in display order. */
export const optimizers: Readonly<Record<string, Optimizer>> = Object.freeze(
  Object.fromEntries([sgd, momentum, nesterov, adagrad, rmsprop, adam].map((o) => [o.id, o])),
);

export const optimizerIds: readonly string[] = Object.freeze(Object.keys(optimizers));

/** The optimizer `id`; throws {@link InvalidInputError} naming `optimizer` when there is none. */
export function getOptimizer(id: unknown): Optimizer {
  const optimizer = typeof id === 'string' ? lookup(optimizers, id) : undefined;
  if (!optimizer) throw new InvalidInputError('optimizer', id, `must be one of ${optimizerIds.join(', ')}`);
  return optimizer;
}
