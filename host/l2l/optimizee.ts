// The L2L optimizee: the fitness of Theta is the mean total reward the inner loop collects while
// learning K tasks freshly drawn from the family's training half (task-sets.ts). The tasks come
// from a seed of the simulation context: by default the generation's seed, so every individual
// of a generation learns the same K tasks (common random numbers: differences between
// individuals are then differences of Theta, not of luck with tasks), or, with 'per-individual',
// each individual's own seed. Either way the tasks depend only on the run seed and the
// individual, never on workers or order.

import { thetaFromNormalised, uniformIndividual, type EvaluateFn, type Individual, type Optimizee, type SimulationContext, type ThetaSpec, type ThetaValues } from '../optimizers/index.js';
import type { Rng } from '../../common/random.js';
import type { EpisodeResult } from './inner-loop.js';
import type { EpisodeJob, EpisodeRunner, RunJobsOptions } from './runner.js';
import { mean } from './stats.js';
import { drawTaskSet, type FamilySpec, type SetTask } from './task-sets.js';

export type TaskSampling = 'per-generation' | 'per-individual';

export interface FitnessSetup {
  readonly family: FamilySpec;
  readonly spec: ThetaSpec;
  /** K: tasks per evaluation (20 in the reference). */
  readonly tasksPerEvaluation: number;
  /** Steps per episode (2000 in the reference). */
  readonly steps: number;
  readonly taskSampling: TaskSampling;
}

/** The seed the evaluation's training tasks are drawn with. */
export function evaluationSeed(setup: FitnessSetup, ctx: SimulationContext): number {
  return setup.taskSampling === 'per-generation' ? ctx.generationSeed : ctx.individualSeed;
}

/** Distinct training tasks one generation of `populationSize` individuals uses. */
export function tasksPerGeneration(setup: FitnessSetup, populationSize: number): number {
  return setup.taskSampling === 'per-generation' ? setup.tasksPerEvaluation : setup.tasksPerEvaluation * populationSize;
}

export function trainingTasks(setup: FitnessSetup, ctx: SimulationContext): SetTask[] {
  return drawTaskSet(setup.family, evaluationSeed(setup, ctx), 'train', setup.tasksPerEvaluation, setup.steps);
}

export function thetaOf(setup: FitnessSetup, x: readonly number[]): ThetaValues {
  return thetaFromNormalised(setup.spec, x);
}

/** One episode per set task, all with the same Theta. */
export function jobsFor(theta: ThetaValues, tasks: readonly SetTask[], steps: number): EpisodeJob[] {
  return tasks.map((t) => ({ theta, task: t.task, seeds: t.seeds, steps }));
}

/** Mean total reward, summed in task order. */
export function fitnessOf(results: readonly EpisodeResult[]): number {
  return mean(results.map((r) => r.totalReward));
}

/**
 * The optimizee in the L2L framework's form: simulate() evaluates one individual through the
 * runner. runOptimizer's default evaluator calls it individual by individual; runnerEvaluator
 * sends a whole generation at once (same fitnesses, better use of the workers).
 */
export class L2lOptimizee implements Optimizee {
  readonly dimension: number;
  private readonly start: (rng: Rng) => number[];

  constructor(
    readonly setup: FitnessSetup,
    private readonly runner: Pick<EpisodeRunner, 'run'>,
  ) {
    this.dimension = setup.spec.params.filter((p) => p.fixed === undefined).length;
    this.start = uniformIndividual(this.dimension);
  }

  createIndividual(rng: Rng): number[] {
    return this.start(rng);
  }

  async simulate(individual: Individual, ctx: SimulationContext): Promise<number> {
    const theta = thetaOf(this.setup, individual.x);
    return fitnessOf(await this.runner.run(jobsFor(theta, trainingTasks(this.setup, ctx), this.setup.steps)));
  }
}

/**
 * An evaluator for runOptimizer that sends a whole generation's episodes to `runner` at once and
 * averages each individual's K results. Same fitnesses as L2lOptimizee.simulate, for any runner.
 */
export interface RunnerEvaluatorOptions {
  /** Options of each generation's run (signal, progress). */
  readonly jobOptions?: () => RunJobsOptions;
  /** Sees every generation's episode results (K per individual, in population order) and fitnesses. */
  readonly onResults?: (individuals: readonly Individual[], results: readonly EpisodeResult[], fitness: readonly number[]) => void;
}

export function runnerEvaluator(setup: FitnessSetup, runner: EpisodeRunner, options: RunnerEvaluatorOptions = {}): EvaluateFn {
  return async (individuals, contexts) => {
    const sets = new Map<number, SetTask[]>();
    const jobs: EpisodeJob[] = [];
    individuals.forEach((ind, i) => {
      const seed = evaluationSeed(setup, contexts[i]!);
      let tasks = sets.get(seed);
      if (!tasks) {
        tasks = trainingTasks(setup, contexts[i]!);
        sets.set(seed, tasks);
      }
      jobs.push(...jobsFor(thetaOf(setup, ind.x), tasks, setup.steps));
    });
    const results = await runner.run(jobs, options.jobOptions?.());
    const K = setup.tasksPerEvaluation;
    const fitness = individuals.map((_, i) => fitnessOf(results.slice(i * K, (i + 1) * K)));
    options.onResults?.(individuals, results, fitness);
    return fitness;
  };
}
