// The outer loop's vocabulary, after the L2L framework: an Optimizee creates individuals and
// simulates them to a fitness; an Optimizer proposes a population (ask), takes the fitnesses
// back (tell, the framework's post_process) and finally reports (end). Fitness is maximised.
//
// Optimizers work on normalised vectors (theta.ts). Their whole state is plain JSON data
// (getState / restoreOptimizer), the randomness of generation g comes from streams named by g,
// and tell() matches fitnesses to individuals by id and processes them in population order:
// so a resumed run, a run whose evaluations finished in another order, and a run on any number
// of workers all give bit-identical results.

import type { Rng } from '../../common/random.js';

export type OptimizerKind = 'es' | 'ce' | 'sa' | 'grid' | 'ga';

export interface Individual {
  /** Unique within a run (a counter over all generations). */
  readonly id: number;
  readonly generation: number;
  /** Position in its generation's population. */
  readonly index: number;
  /** Normalised parameters. */
  readonly x: readonly number[];
  /** What the individual is to its optimizer ('centre', 'perturbation', 'sample', 'run', 'grid-point', 'offspring'). */
  readonly role: string;
}

export interface FitnessResult {
  readonly id: number;
  readonly fitness: number;
}

/** What a simulation may use besides the individual: seeds that do not depend on scheduling. */
export interface SimulationContext {
  readonly runSeed: number;
  readonly generation: number;
  readonly individualId: number;
  /** The same for every individual of a generation (e.g. to draw the generation's tasks). */
  readonly generationSeed: number;
  /** Different for every individual. */
  readonly individualSeed: number;
}

export interface Optimizee {
  /** Length of the normalised vector. */
  readonly dimension: number;
  /** A starting point (normalised, within [0, 1]^dimension), drawn from `rng` if random. */
  createIndividual(rng: Rng): number[];
  simulate(individual: Individual, context: SimulationContext): number | Promise<number>;
}

export interface Scored {
  readonly x: readonly number[];
  readonly fitness: number;
}

export interface ScoredIndividual extends Scored {
  readonly id: number;
  readonly generation: number;
}

export interface FitnessStats {
  readonly mean: number;
  /** Population standard deviation. */
  readonly std: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface GenerationReport {
  readonly kind: OptimizerKind;
  readonly generation: number;
  readonly evaluations: number;
  readonly fitness: FitnessStats;
  /** Best individual of this generation. */
  readonly best: ScoredIndividual;
  /**
   * The optimizer's own answer after this generation, with a fitness that was measured: ES's
   * centre (evaluated every generation), SA's best current state, CE's/GA's best sample,
   * grid search's best point so far.
   */
  readonly current: Scored;
  readonly bestSoFar: ScoredIndividual;
  /** Algorithm quantities worth plotting (learning rate, temperature, noise, ...). */
  readonly extra: Readonly<Record<string, number>>;
}

export interface OptimizerResult {
  readonly kind: OptimizerKind;
  readonly generations: number;
  readonly evaluations: number;
  /** Best individual ever evaluated (its fitness is one noisy measurement). */
  readonly best: ScoredIndividual;
  /** The optimizer's answer from the last generation (see GenerationReport.current). */
  readonly current: Scored;
}

/** JSON data that restoreOptimizer turns back into an optimizer. */
export interface OptimizerState {
  readonly format: 'dls-optimizer-state';
  readonly version: 1;
  readonly kind: OptimizerKind;
  readonly config: unknown;
  readonly data: unknown;
}

export interface Optimizer {
  readonly kind: OptimizerKind;
  readonly dimension: number;
  /** Index of the generation ask() returns. */
  readonly generation: number;
  /** No more generations (iteration budget used up or stop criterion reached). */
  done(): boolean;
  /** The current generation's population; the same until tell() is called. */
  ask(): readonly Individual[];
  /** Fitnesses of the whole current population, in any order (the L2L post_process). */
  tell(results: readonly FitnessResult[]): GenerationReport;
  end(): OptimizerResult;
  getState(): OptimizerState;
}
