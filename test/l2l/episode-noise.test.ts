// experiments/l2l/episode-noise.ts, the measurement behind "Learner noise" in docs/results.md:
// each repeat is one episode of the named inner loop on the same task with the same environment
// stream and its own agent seed, and the reported sd is the root mean square of the per-task
// sample sds.

import { describe, expect, it } from 'vitest';
import { episodeNoise, innerLoop, noiseAgentSeed, TEST_SEED } from '../../experiments/l2l/index.js';
import { backendRef, createEpisodeRunner, sampleSd, softwareInnerLoop, testSet, type EpisodeRunner, type FamilySpec } from '../../host/l2l/index.js';
import { l2lThetaFromNormalised } from '../../host/optimizers/index.js';
import { normalisedScore } from '../../host/tasks/index.js';

const family: FamilySpec = { kind: 'mdp', options: { states: 6, actions: 8, rewardShape: 'transition' } };
const theta = { ...l2lThetaFromNormalised([0.3, 0.4, 0.2, 0.7, 0.5, 0.5, 0.3]) };
const params = { family, testSeed: TEST_SEED, steps: 300, tasks: 3, repeats: 4, seed: 7, theta };

/** Runs episodeNoise on a fresh runner of the named backend and closes it. */
async function measure(p: typeof params, backend: string, workers = 0) {
  const runner: EpisodeRunner = createEpisodeRunner(backendRef(await innerLoop(backend), {}), workers);
  try {
    return await episodeNoise(p, runner);
  } finally {
    await runner.close();
  }
}

describe('episodeNoise', () => {
  it("repeats each test task with fresh agent seeds and the task's own environment stream", async () => {
    const got = await measure(params, 'software');
    const set = testSet(family, TEST_SEED, 3, 300);
    const session = await softwareInnerLoop.createSession({});
    const expected = set.tasks.map((t, k) =>
      [0, 1, 2, 3].map((r) => {
        const e = session.runEpisode(theta, t.task, { environment: t.seeds.environment, agent: noiseAgentSeed(7, t.index, r) }, 300);
        return normalisedScore((e as { totalReward: number }).totalReward, set.references[k]!);
      }),
    );
    expect(got.scores).toEqual(expected);
    const rms = Math.sqrt(expected.map((s) => sampleSd(s) ** 2).reduce((a, b) => a + b, 0) / 3);
    expect(got.sd).toBeCloseTo(rms, 12);
    expect(got.mean).toBeCloseTo(expected.flat().reduce((a, b) => a + b, 0) / 12, 12);
    // The agent's randomness matters at all: some task's repeats differ.
    expect(got.sd).toBeGreaterThan(0);
  });

  it('on the chip: the agent seed reaches the learner (repeats differ), and the result is deterministic, with or without workers', async () => {
    const chip = { ...params, tasks: 1, repeats: 3, steps: 200 };
    const a = await measure(chip, 'chip');
    expect(a.sd).toBeGreaterThan(0);
    expect(await measure(chip, 'chip', 2)).toEqual(a);
  }, 60_000);

  it('draws one agent seed per seed, task and repeat', () => {
    const seeds = new Set<number>();
    for (const seed of [7, 8]) for (const index of [0, 1]) for (const r of [0, 1]) seeds.add(noiseAgentSeed(seed, index, r));
    expect(seeds.size).toBe(8);
  });

  it('needs at least two repeats for a standard deviation, and a task', async () => {
    await expect(measure({ ...params, repeats: 1 }, 'software')).rejects.toThrow(/repeats must be an integer >= 2/);
    await expect(measure({ ...params, tasks: 0 }, 'software')).rejects.toThrow(/tasks must be an integer >= 1/);
  });
});
