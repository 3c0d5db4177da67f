// How much the score of one Theta on one task varies from the learner's own randomness alone
// (tie-breaks, random actions; the environment's random stream and the task held fixed). The
// outer loop sees this variation as noise in the fitness: a fitness is the mean over K training
// tasks of one episode each, so its standard deviation from this source is about sd / sqrt(K).
// Comparing the chip's inner loop with the software learner on the same Thetas and tasks says
// whether the chip hands the outer loop a noisier fitness.

import { Rng } from '../../common/random.js';
import { mean, sampleSd, testSet, type EpisodeJob, type EpisodeRunner, type FamilySpec } from '../../host/l2l/index.js';
import type { ThetaValues } from '../../host/optimizers/index.js';
import { normalisedScore } from '../../host/tasks/index.js';

export interface EpisodeNoiseParams {
  readonly family: FamilySpec;
  /** Seed of the family's test half the tasks come from (the first `tasks` of it). */
  readonly testSeed: number;
  readonly steps: number;
  readonly tasks: number;
  /** Episodes per task, each with its own agent seed. */
  readonly repeats: number;
  /** Seed of the agent seeds (stream episode-noise/<task index>/<repeat>). */
  readonly seed: number;
  readonly theta: ThetaValues;
}

export interface EpisodeNoise {
  /** Per task (in test-set order): the normalised score of each repeat. */
  readonly scores: readonly (readonly number[])[];
  /** Root mean square over the tasks of the sample sd over the repeats. */
  readonly sd: number;
  /** Mean score over all episodes. */
  readonly mean: number;
}

/** The agent seed of repeat `r` on the task with family index `index`. */
export function noiseAgentSeed(seed: number, index: number, r: number): number {
  return Rng.stream(seed, `episode-noise/${index}/${r}`).nextU32();
}

/** The episodes run on `runner` (its backend is the inner loop measured; any number of workers gives the same result). */
export async function episodeNoise(p: EpisodeNoiseParams, runner: EpisodeRunner): Promise<EpisodeNoise> {
  if (!(Number.isInteger(p.repeats) && p.repeats >= 2)) throw new Error(`episodeNoise: repeats must be an integer >= 2, got ${p.repeats}`);
  if (!(Number.isInteger(p.tasks) && p.tasks >= 1)) throw new Error(`episodeNoise: tasks must be an integer >= 1, got ${p.tasks}`);
  const set = testSet(p.family, p.testSeed, p.tasks, p.steps);
  const jobs: EpisodeJob[] = [];
  for (const t of set.tasks) {
    for (let r = 0; r < p.repeats; r++) {
      jobs.push({ theta: p.theta, task: t.task, seeds: { environment: t.seeds.environment, agent: noiseAgentSeed(p.seed, t.index, r) }, steps: p.steps });
    }
  }
  const results = await runner.run(jobs);
  const scores = set.tasks.map((_, k) => results.slice(k * p.repeats, (k + 1) * p.repeats).map((e) => normalisedScore(e.totalReward, set.references[k]!)));
  return {
    scores,
    sd: Math.sqrt(mean(scores.map((s) => sampleSd(s) ** 2))),
    mean: mean(scores.flat()),
  };
}
