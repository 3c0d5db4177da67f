// Making an optimizer from settings, and remaking one from a checkpoint.

import { UserError } from '../../common/errors.js';
import type { Rng } from '../../common/random.js';
import { STATE_FORMAT } from './base.js';
import { CrossEntropy } from './ce.js';
import { resolveConfig, OPTIMIZER_KINDS, type CeConfig, type EsConfig, type GaConfig, type GridConfig, type SaConfig } from './config.js';
import { EvolutionStrategies } from './es.js';
import { GeneticAlgorithm } from './ga.js';
import { GridSearch } from './grid.js';
import { SimulatedAnnealing } from './sa.js';
import type { Optimizer, OptimizerKind, OptimizerState } from './types.js';

export interface OptimizerProblem {
  readonly dimension: number;
  /** Starting points (normalised); see Optimizee.createIndividual. */
  readonly createIndividual: (rng: Rng) => number[];
}

/** A uniformly random point of the unit box: the default createIndividual. */
export function uniformIndividual(dimension: number): (rng: Rng) => number[] {
  return (rng) => Array.from({ length: dimension }, () => rng.uniform());
}

/**
 * A fresh optimizer. `settings` are partial (defaults fill the rest) and checked; `where` names
 * their origin in error messages.
 */
export function createOptimizer(kind: OptimizerKind, settings: unknown, problem: OptimizerProblem, seed: number, where = 'optimizer'): Optimizer {
  const { dimension, createIndividual } = problem;
  switch (kind) {
    case 'es':
      return EvolutionStrategies.create(resolveConfig('es', settings, where), dimension, seed, createIndividual);
    case 'ce':
      return CrossEntropy.create(resolveConfig('ce', settings, where), dimension, seed, createIndividual);
    case 'sa':
      return SimulatedAnnealing.create(resolveConfig('sa', settings, where), dimension, seed, createIndividual);
    case 'grid':
      return GridSearch.create(resolveConfig('grid', settings, where, dimension), dimension, seed);
    case 'ga':
      return GeneticAlgorithm.create(resolveConfig('ga', settings, where), dimension, seed, createIndividual);
    default:
      throw new UserError(`${where}: unknown optimizer ${JSON.stringify(kind)}; one of ${OPTIMIZER_KINDS.join(', ')}`);
  }
}

/** The optimizer a getState() result describes; continues bit-identically. */
export function restoreOptimizer(state: OptimizerState, where = 'checkpoint'): Optimizer {
  if (!state || state.format !== STATE_FORMAT) throw new UserError(`${where}: not an optimizer state (format must be "${STATE_FORMAT}")`);
  if (state.version !== 1) throw new UserError(`${where}: optimizer state version ${String(state.version)} is not readable by this dls (reads 1)`);
  // Settings are re-checked: a hand-edited checkpoint gets the same messages as a config file.
  const data = state.data as never;
  switch (state.kind) {
    case 'es':
      return EvolutionStrategies.restore(resolveConfig('es', state.config, where) as EsConfig, data);
    case 'ce':
      return CrossEntropy.restore(resolveConfig('ce', state.config, where) as CeConfig, data);
    case 'sa':
      return SimulatedAnnealing.restore(resolveConfig('sa', state.config, where) as SaConfig, data);
    case 'grid':
      return GridSearch.restore(resolveConfig('grid', state.config, where) as GridConfig, data);
    case 'ga':
      return GeneticAlgorithm.restore(resolveConfig('ga', state.config, where) as GaConfig, data);
    default:
      throw new UserError(`${where}: unknown optimizer kind ${JSON.stringify(state.kind)}`);
  }
}
