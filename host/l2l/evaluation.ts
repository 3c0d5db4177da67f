// Evaluating a Theta on test tasks: tasks of the family's test half (never used for training,
// task-sets.ts), the reward the inner loop collects on each, the exact references of each task
// (the best possible N-step behaviour and the uniformly random policy, host/tasks/solvers.ts),
// the normalised score (R - R_random) / (R_opt - R_random) per task, and means with 95%
// confidence intervals over the tasks.

import type { ThetaValues } from '../optimizers/index.js';
import { normalisedScore, referenceRewards, type ReferenceRewards } from '../tasks/index.js';
import type { EpisodeResult } from './inner-loop.js';
import { jobsFor } from './optimizee.js';
import type { EpisodeRunner, RunJobsOptions } from './runner.js';
import { meanCi95, mean, type MeanWithCi } from './stats.js';
import { drawTaskSet, type FamilySpec, type SetTask } from './task-sets.js';

export interface TestSet {
  readonly family: FamilySpec;
  /** Family seed of the test draws (the same for every run of an experiment, so runs are paired). */
  readonly seed: number;
  readonly steps: number;
  readonly tasks: readonly SetTask[];
  /** Exact references per task, in task order. */
  readonly references: readonly ReferenceRewards[];
}

/** The first `count` test tasks of the family for `seed`, with their references. */
export function testSet(family: FamilySpec, seed: number, count: number, steps: number): TestSet {
  const tasks = drawTaskSet(family, seed, 'test', count, steps);
  return { family, seed, steps, tasks, references: tasks.map((t) => referenceRewards(t.task.mdp, steps)) };
}

/** The first `count` tasks of a test set (a prefix draws the same tasks). */
export function testSubset(set: TestSet, count: number): TestSet {
  if (count > set.tasks.length) throw new Error(`test subset of ${count} tasks from a set of ${set.tasks.length}`);
  return { ...set, tasks: set.tasks.slice(0, count), references: set.references.slice(0, count) };
}

export interface RowStats {
  /** Total reward per task, in task order. */
  readonly rewards: readonly number[];
  /** Normalised score per task. */
  readonly scores: readonly number[];
  readonly reward: MeanWithCi;
  readonly score: MeanWithCi;
}

export interface ThetaEvaluation extends RowStats {
  /** Mean over tasks of the reward per block of 100 steps: the learning curve within an episode. */
  readonly blockMeans: readonly number[];
  /** Mean emulated chip cycles per episode, when the backend reports them. */
  readonly chipCyclesPerEpisode?: number;
  readonly results: readonly EpisodeResult[];
}

export function rowStats(set: TestSet, rewards: readonly number[]): RowStats {
  const scores = rewards.map((r, i) => normalisedScore(r, set.references[i]!));
  return { rewards, scores, reward: meanCi95(rewards), score: meanCi95(scores) };
}

/** The exact baselines of the set: the uniformly random policy and the optimum. */
export function baselineRows(set: TestSet): { random: RowStats; optimal: RowStats } {
  return { random: rowStats(set, set.references.map((r) => r.random)), optimal: rowStats(set, set.references.map((r) => r.optimal)) };
}

export function summariseResults(set: TestSet, results: readonly EpisodeResult[]): ThetaEvaluation {
  const stats = rowStats(
    set,
    results.map((r) => r.totalReward),
  );
  const blocks = results[0]?.blockRewards.length ?? 0;
  const blockMeans: number[] = [];
  for (let b = 0; b < blocks; b++) blockMeans.push(mean(results.map((r) => r.blockRewards[b]!)));
  const cycles = results.every((r) => r.chipCycles !== undefined) && results.length > 0 ? mean(results.map((r) => r.chipCycles!)) : undefined;
  return { ...stats, blockMeans, ...(cycles !== undefined ? { chipCyclesPerEpisode: cycles } : {}), results };
}

/** The inner loop learns every task of the set once with `theta`. */
export async function evaluateTheta(runner: EpisodeRunner, theta: ThetaValues, set: TestSet, options?: RunJobsOptions): Promise<ThetaEvaluation> {
  const results = await runner.run(jobsFor(theta, set.tasks, set.steps), options);
  return summariseResults(set, results);
}
