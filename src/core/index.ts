/**
 * The numerical core: loss valleys, optimizers, schedules, runs and their stop rules, stability
 * maths. Pure TypeScript: no DOM, no rendering, no global randomness.
 */
export { InvalidInputError } from './errors';
export { formatNumber, formatReadable, formatTick } from './format';
export { term as formatTerm, value as formatValue } from './explainFormat';
export { describeRange, inRange, type NumberRange, type ParamSpec } from './params';
export { createRng, type Rng } from './rng';
export { THRESHOLD_EXAMPLES, predictThreshold, runThreshold, type ThresholdExample, type ThresholdRun, type ThresholdStep } from './threshold';
export { LINE_DATA_SEED, exampleTerms, leastSquares, lineData, lineDataset, predictLine, type Example, type ExampleTerms } from './lineData';
export type { Dim, ExampleKernel, Interval, ParamValues, Point, Surface, SurfaceDefinition, SurfaceExamples, SurfaceKernel } from './surface';
export { defineSurface } from './surface';
export { sampleGrid, type Grid } from './grid';
export { createSurface, surfaceIds, surfaces } from './surfaces';
// The formula reader itself (FormulaError, surfaceFromFormula, FUNCTION_NAMES) is imported from
// './formula' by the code that reads formulas: a page loads it only when a formula is typed or given.
export { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './formula/limits';
export { defineOptimizer, type Hyperparams, type LinearDynamics, type Optimizer, type StepTerms, type Stepper } from './optimizer';
export { DEFAULT_OPTIMIZER, getOptimizer, hyperparamNames, linearDynamics, optimizerIds, optimizers, resolveHyperparams, type HyperparamName } from './optimizers';
export { resolveSchedule, scheduleIds, schedules, type Schedule, type ScheduleInput, type ScheduleKind } from './schedules';
export { DEFAULT_GRAD_NORM_BELOW, DEFAULT_LOSS_MARGIN, type RunStatus, type StopRules } from './stop';
export { Batch, ExampleOrder, epochSteps, type BatchSetup, type Sampling } from './batch';
export { DEFAULT_SEED, DEFAULT_STEPS, MAX_STEPS, simulate, type Run, type SimulateInput } from './simulate';
export { simulateBatch, type BatchInput, type BatchRun } from './simulateBatch';
export { explainStep, type StepExplanation } from './explain';
export { overshotAt, runEvents, type RunEvents } from './events';
export { quadraticLossTheory } from './theory';
export { BASIN_ITERATIONS, bottomFrom } from './basin';
export {
  contractionFactor,
  criticalLr,
  isLinearOptimizer,
  noOvershootLr,
  optimalLr,
  stabilityAt,
  symmetricEigen,
  type Eigen,
  type Stability,
} from './stability';
