import { InvalidInputError, lookup } from '../errors';
import type { Hyperparams, LinearDynamics, Optimizer } from '../optimizer';
import { resolveParams } from '../params';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { adamw } from './adamw';
import { momentum } from './momentum';
import { nesterov } from './nesterov';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';

/** The registered optimizers, in display order: to add one, write its file and add it here. */
const registered = [sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw] as const;

/** Every hyperparameter name any registered optimizer has (`momentum`, `beta1`, …). */
export type HyperparamName = (typeof registered)[number]['hyperparams'][number]['name'];

/** Every optimizer by id, in display order. */
export const optimizers: Readonly<Record<string, Optimizer>> = Object.freeze(Object.fromEntries(registered.map((o) => [o.id, o as Optimizer])));

export const optimizerIds: readonly string[] = Object.freeze(Object.keys(optimizers));

/** The optimizer a run uses when none is named. */
export const DEFAULT_OPTIMIZER = 'sgd';

/** Every hyperparameter name of {@link optimizers}, each once, in the order they first appear. */
export const hyperparamNames: readonly HyperparamName[] = Object.freeze([
  ...new Set(registered.flatMap((o) => o.hyperparams.map((p) => p.name as HyperparamName))),
]);

/** The optimizer `id`; throws {@link InvalidInputError} naming `optimizer` when there is none. */
export function getOptimizer(id: unknown): Optimizer {
  const optimizer = typeof id === 'string' ? lookup(optimizers, id) : undefined;
  if (!optimizer) throw new InvalidInputError('optimizer', id, `must be one of ${optimizerIds.join(', ')}`);
  return optimizer;
}

/**
 * The hyperparameters of optimizer `id`: the values given, the optimizer's defaults for the rest.
 * Values for other optimizers' hyperparameters are ignored; one out of range throws
 * {@link InvalidInputError} naming it.
 */
export function resolveHyperparams(id: unknown, given?: object): Hyperparams {
  return resolveParams(getOptimizer(id).hyperparams, given as Readonly<Record<string, unknown>> | undefined);
}

/** The motion of optimizer `id` on a quadratic, where it is linear; undefined for adaptive ones and unknown ids. */
export const linearDynamics = (id: string): LinearDynamics | undefined => lookup(optimizers, id)?.linear;
