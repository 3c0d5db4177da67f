import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { Rng } from '../../common/random.js';
import {
  BLOCK_STEPS,
  blockSums,
  checkEpisodeResult,
  drawTaskSet,
  episodeResultProblems,
  greedyActions,
  softwareInnerLoop,
  type EpisodeResult,
} from '../../host/l2l/index.js';
import {
  generateRandomMdpTask,
  mdpTask,
  optimalEpisodeReward,
  PpuEnvironment,
  randomEpisodeReward,
  runTdLearner,
  taskFixedPoint,
  tdParamsFromTheta,
  withEpisode,
  type Mdp,
} from '../../host/tasks/index.js';

const theta = { gamma: 0.9, eta: 0.3, lambda: 0.5, weightLower: 0.2, weightUpper: 0.8, initialWeight: 0.9, inhibitoryWeight: 0.5, rescaleFrequency: 0.1 };

describe('episode results', () => {
  it('blockSums sums blocks of 100 steps, the last one possibly shorter', () => {
    const r = Array.from({ length: 250 }, (_, i) => i);
    expect(blockSums(r)).toEqual([4950, 14950, 11225]);
    expect(blockSums(r, 200)).toHaveLength(2);
    expect(BLOCK_STEPS).toBe(100);
  });

  it('a malformed result is reported as a bug of the backend, with every problem', () => {
    const good: EpisodeResult = { totalReward: 3, blockRewards: [1, 2], steps: 150, finalQ: [[0, 1], [1, 0]] };
    expect(episodeResultProblems(good, 150, 2, 2)).toEqual([]);
    const bad = { totalReward: 4, blockRewards: [1, 2, 3], steps: 149, finalQ: [[0, 1]], chipCycles: -1 } as EpisodeResult;
    const p = episodeResultProblems(bad, 150, 2, 2);
    expect(p.join('\n')).toMatch(/steps must be 150, got 149/);
    expect(p.join('\n')).toMatch(/blockRewards must have 2 entries, got 3/);
    expect(p.join('\n')).toMatch(/chipCycles/);
    expect(p.join('\n')).toMatch(/finalQ must be 2 rows of 2/);
    expect(episodeResultProblems({ ...good, totalReward: 5 }, 150, 2, 2)).toEqual(['blockRewards sum to 3, totalReward is 5']);
    expect(() => checkEpisodeResult('x', bad, 150, 2, 2)).toThrow(/inner loop 'x' returned a bad episode result/);
  });

  it('greedyActions lists every maximiser', () => {
    expect(greedyActions([[1, 3, 3], [0, 0, 0], [2, 1, 0]])).toEqual([[1, 2], [0, 1, 2], [0]]);
  });
});

describe('software inner loop', () => {
  const [t] = drawTaskSet({ kind: 'mdp', options: {} }, 7, 'train', 1, 2000);
  const { task, seeds } = t!;

  it('is SARSA(lambda) with the same Theta on the PPU-exact environment (runTdLearner, tdParamsFromTheta)', async () => {
    const session = await softwareInnerLoop.createSession({});
    const r = await session.runEpisode(theta, task, seeds, 2000);
    const env = new PpuEnvironment(taskFixedPoint(withEpisode(task, { seed: seeds.environment, length: 2000 })));
    const direct = runTdLearner(env, tdParamsFromTheta(theta, { kind: 'greedy' }), Rng.stream(seeds.agent, 'l2l/software-agent'), 2000);
    expect(r.totalReward).toBe(direct.totalReward);
    expect(r.finalQ).toEqual(direct.q);
    expect(r.blockRewards).toEqual(blockSums(direct.rewards));
    expect(r.steps).toBe(2000);
    expect(r.chipCycles).toBeUndefined();
    expect(checkEpisodeResult('software', r, 2000, 6, 8)).toBe(r);
  });

  it('depends only on its arguments: not on earlier episodes of the session; the environment seed is the given one', async () => {
    const session = await softwareInnerLoop.createSession({});
    const a = await session.runEpisode(theta, task, seeds, 500);
    await session.runEpisode({ ...theta, eta: 0.9 }, task, { environment: 1, agent: 2 }, 700);
    const again = await session.runEpisode(theta, task, seeds, 500);
    expect(again).toEqual({ ...a, wallSeconds: again.wallSeconds });
    // The task's own episode seed is ignored in favour of seeds.environment.
    const other = await session.runEpisode(theta, withEpisode(task, { seed: 12345 }), seeds, 500);
    expect(other.totalReward).toBe(a.totalReward);
    const otherEnv = await session.runEpisode(theta, task, { ...seeds, environment: seeds.environment + 1 }, 500);
    expect(otherEnv.totalReward).not.toBe(a.totalReward);
  });

  it('checks its options', () => {
    expect(softwareInnerLoop.resolveOptions({})).toEqual({ algorithm: 'sarsa', selection: 'greedy', epsilon: 0.1, epsilonDecay: 1, temperature: 0.05 });
    expect(() => softwareInnerLoop.resolveOptions({ selection: 'boltzmann' })).toThrow(UserError);
    expect(() => softwareInnerLoop.resolveOptions({ selection: 'greedy', colour: 1 })).toThrow(/backend software: option/);
  });

  it('learns: on a two-state MDP with a known optimum the greedy policy becomes optimal', async () => {
    // State 0: action 1 stays and pays 0.05, action 0 moves to state 1 and pays 0; state 1:
    // action 0 moves back and pays 0.2, action 1 stays and pays 0. Best: the round trip
    // (0.1 per step) in both states. With gamma 0.6 the true Q-values stay inside the
    // weights' range [0, 63/128], so the clamp does not hide the difference.
    const mdp: Mdp = {
      states: 2,
      actions: 2,
      start: [1, 0],
      transitions: [
        [[0, 1], [1, 0]],
        [[1, 0], [0, 1]],
      ],
      rewards: { shape: 'state-action', r: [[0, 0.05], [0.2, 0]] },
    };
    const two = mdpTask(mdp, { length: 3000, seed: 1 });
    const session = await softwareInnerLoop.createSession({});
    const r = await session.runEpisode({ ...theta, gamma: 0.6, eta: 0.2, initialWeight: 1, rescaleFrequency: 0 }, two, { environment: 1, agent: 3 }, 3000);
    expect(greedyActions(r.finalQ!)).toEqual([[0], [0]]);
    const opt = optimalEpisodeReward(two.mdp, 3000).expectedTotal;
    expect(r.totalReward).toBeGreaterThan(0.9 * opt);
  });

  it('beats the random policy on random MDPs by a wide margin', async () => {
    const session = await softwareInnerLoop.createSession({});
    const set = drawTaskSet({ kind: 'mdp', options: {} }, 3, 'test', 10, 2000);
    let learnt = 0;
    let random = 0;
    for (const s of set) {
      learnt += (await session.runEpisode(theta, s.task, s.seeds, 2000)).totalReward;
      random += randomEpisodeReward(s.task.mdp, 2000).expectedTotal;
    }
    expect(learnt / 10).toBeGreaterThan(random / 10 + 300);
  });

  it('generates the same tasks as the family generator (episode length set to the steps)', () => {
    const [s] = drawTaskSet({ kind: 'mdp', options: {} }, 7, 'train', 1, 2000);
    expect(s!.task).toEqual(generateRandomMdpTask({ seed: 7, index: s!.index, episodeLength: 2000 }));
  });
});
