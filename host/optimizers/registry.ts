// Making an optimizer from settings, and remaking one from a checkpoint.

import { z } from 'zod';
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

const vec = z.array(z.number());
const scored = z.object({ x: vec, fitness: z.number() });
const commonSchema = {
  seed: z.number().int().min(0).max(0xffffffff),
  dimension: z.number().int().min(1),
  generation: z.number().int().min(0),
  nextId: z.number().int().min(0),
  evaluations: z.number().int().min(0),
  finished: z.boolean(),
  population: z.array(z.object({ id: z.number().int().min(0), x: vec, role: z.string() })),
  bestSoFar: scored.extend({ id: z.number().int(), generation: z.number().int() }).nullable(),
  current: scored.nullable(),
};
const dataSchemas: Record<OptimizerKind, z.ZodType> = {
  es: z.object({ ...commonSchema, centre: vec, eps: z.array(vec), learningRate: z.number() }),
  ce: z.object({ ...commonSchema, mean: vec.nullable(), cov: z.array(vec).nullable(), noiseMagnitude: z.number(), temperature: z.number() }),
  sa: z.object({ ...commonSchema, runs: z.array(z.object({ x: vec, fitness: z.number().nullable() })), temperature: z.number(), accepted: z.number() }),
  grid: z.object({ ...commonSchema, cursor: z.number().int().min(0) }),
  ga: z.object(commonSchema),
};

/** A checkpoint's data must have the fields its optimizer reads, with vectors of the right length. */
function checkData(kind: OptimizerKind, data: unknown, where: string): void {
  const r = dataSchemas[kind].safeParse(data);
  const problems = r.success ? [] : r.error.issues.map((i) => `data.${i.path.map(String).join('.')}: ${i.message}`);
  if (r.success) {
    const d = data as { dimension: number; population: { x: number[] }[]; centre?: number[] };
    d.population.forEach((m, i) => {
      if (m.x.length !== d.dimension) problems.push(`data.population.${i}.x: must have ${d.dimension} entries, got ${m.x.length}`);
    });
    if (d.centre && d.centre.length !== d.dimension) problems.push(`data.centre: must have ${d.dimension} entries, got ${d.centre.length}`);
  }
  if (problems.length) throw new UserError(problems.map((p) => ({ message: `${where}: ${kind} state ${p}` })));
}

/** The optimizer a getState() result describes; continues bit-identically. */
export function restoreOptimizer(state: OptimizerState, where = 'checkpoint'): Optimizer {
  if (!state || state.format !== STATE_FORMAT) throw new UserError(`${where}: not an optimizer state (format must be "${STATE_FORMAT}")`);
  if (state.version !== 1) throw new UserError(`${where}: optimizer state version ${String(state.version)} is not readable by this dls (reads 1)`);
  if (!OPTIMIZER_KINDS.includes(state.kind)) throw new UserError(`${where}: unknown optimizer kind ${JSON.stringify(state.kind)}`);
  // Settings are re-checked: a hand-edited checkpoint gets the same messages as a config file.
  checkData(state.kind, state.data, where);
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
