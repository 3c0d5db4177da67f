// Host-side outer-loop optimizers with the L2L framework's vocabulary (optimizee / optimizer,
// ask / tell / end), serialisable state for checkpoints, and the Theta parameter space.
// docs/optimizers.md describes the algorithms, their formulas and defaults.

export type {
  OptimizerKind,
  Individual,
  FitnessResult,
  SimulationContext,
  Optimizee,
  Scored,
  ScoredIndividual,
  FitnessStats,
  GenerationReport,
  OptimizerResult,
  OptimizerState,
  Optimizer,
} from './types.js';
export type { EsConfig, CeConfig, SaConfig, GridConfig, GaConfig, ConfigOf, CoolingSchedule } from './config.js';
export { DEFAULTS, OPTIMIZER_KINDS, COOLING_SCHEDULES, resolveConfig } from './config.js';
export type { OptimizerProblem } from './registry.js';
export { createOptimizer, restoreOptimizer, uniformIndividual } from './registry.js';
export { EvolutionStrategies } from './es.js';
export { CrossEntropy } from './ce.js';
export { SimulatedAnnealing, temperatureAt, DEFAULT_COOLING_ALPHA } from './sa.js';
export { GridSearch, gridAxes, gridPoint, gridSize } from './grid.js';
export { GeneticAlgorithm } from './ga.js';
export type { EvaluateFn, RunOptions, RunOutcome } from './runner.js';
export { runOptimizer, inProcessEvaluator, simulationContext } from './runner.js';
export type { ThetaSpec, ThetaParam, ChipEncoding, L2lTheta, ThetaValues } from './theta.js';
export {
  L2L_THETA,
  CHIP_SCALE,
  freeParams,
  thetaDimension,
  thetaSpecProblems,
  thetaFromNormalised,
  thetaToNormalised,
  thetaToChip,
  l2lThetaFromNormalised,
} from './theta.js';
export { fitnessStats, nesUtilities, rankOrder, cholesky, covarianceOf, meanOf } from './util.js';
