import { InvalidInputError, lookup } from '../errors';
import { defineSurface, type Surface } from '../surface';
import { asymmetric } from './asymmetric';
import { beale } from './beale';
import { doubleWell } from './doubleWell';
import { fitLine } from './fitLine';
import { himmelblau } from './himmelblau';
import { hollows } from './hollows';
import { parabola } from './parabola';
import { plateau } from './plateau';
import { quadratic } from './quadratic';
import { rosenbrock } from './rosenbrock';
import { saddle } from './saddle';

/** Every registered valley by id, each with its default parameters. 1-D valleys come first. */
export const surfaces: Readonly<Record<string, Surface>> = Object.freeze(
  Object.fromEntries(
    [
      defineSurface(parabola),
      defineSurface(doubleWell),
      defineSurface(plateau),
      defineSurface(asymmetric),
      defineSurface(quadratic),
      defineSurface(rosenbrock),
      defineSurface(himmelblau),
      defineSurface(beale),
      defineSurface(saddle),
      defineSurface(hollows),
      defineSurface(fitLine),
    ].map((surface) => [surface.id, surface]),
  ),
);

/** Ids of {@link surfaces}, in display order. */
export const surfaceIds: readonly string[] = Object.freeze(Object.keys(surfaces));

/**
 * The registered valley `id` with parameter values `params` (missing ones take defaults).
 * Throws {@link InvalidInputError} for an unknown id or a parameter out of range.
 */
export function createSurface(id: unknown, params?: Readonly<Record<string, unknown>>): Surface {
  const surface = typeof id === 'string' ? lookup(surfaces, id) : undefined;
  if (!surface) throw new InvalidInputError('surface', id, `must be one of ${surfaceIds.join(', ')}`);
  return params === undefined ? surface : surface.withParams(params);
}
