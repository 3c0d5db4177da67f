import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/random.js';
import {
  PpuEnvironment,
  SampledEnvironment,
  discountedValueIteration,
  generateRandomMdpTask,
  mdpTask,
  optimalEpisodeReward,
  randomEpisodeReward,
  rescaleRow,
  runTdLearner,
  taskFixedPoint,
  tdParamsFromTheta,
  type Mdp,
  type TdParams,
} from '../../host/tasks/index.js';

// Two states; small rewards so that the Q-values fit the chip's weight range [0, 63/128].
// s0: a0 stays (+0.03), a1 climbs to s1 (-0.02). s1: a0 stays (+0.125), a1 falls back (0).
// Greedy on immediate reward stays in s0; the optimum climbs and stays: policy [1, 0].
const twoState: Mdp = {
  states: 2,
  actions: 2,
  start: [1, 0],
  transitions: [
    [
      [1, 0],
      [0, 1],
    ],
    [
      [0, 1],
      [1, 0],
    ],
  ],
  rewards: {
    shape: 'state-action',
    r: [
      [0.03, -0.02],
      [0.125, 0],
    ],
  },
};
const OPTIMAL = [1, 0];

const base: TdParams = { algorithm: 'sarsa', gamma: 0.9, eta: 0.1, lambda: 0.5, initialQ: 0, selection: { kind: 'epsilon-greedy', epsilon: 0.1 } };

describe('the two-state MDP', () => {
  it('has the optimum [climb, stay] for discounting and for long episodes, and myopia misses it', () => {
    expect(discountedValueIteration(twoState, 0.5).policy).toEqual(OPTIMAL);
    expect(discountedValueIteration(twoState, 0.9).policy).toEqual(OPTIMAL);
    expect(discountedValueIteration(twoState, 0).policy).toEqual([0, 0]);
    expect(optimalEpisodeReward(twoState, 100).firstPolicy).toEqual(OPTIMAL);
  });
});

describe('software TD learners reach the optimal policy on the two-state MDP', () => {
  const learners: [string, TdParams][] = [
    ['SARSA(lambda)', base],
    ['SARSA(0)', { ...base, lambda: 0 }],
    ['SARSA(lambda), accumulating traces', { ...base, traces: 'accumulating' }],
    ['Q-learning', { ...base, algorithm: 'q-learning', lambda: 0 }],
    ['Watkins Q(lambda)', { ...base, algorithm: 'q-learning' }],
    ['epsilon-decay Q-learning', { ...base, algorithm: 'q-learning', lambda: 0, selection: { kind: 'epsilon-greedy', epsilon: 1, decay: 0.999, minEpsilon: 0.02 } }],
    ['softmax SARSA', { ...base, selection: { kind: 'softmax', temperature: 0.3 } }],
    [
      'the chip rule (tdParamsFromTheta)',
      tdParamsFromTheta(
        { gamma: 0.5, eta: 0.2, lambda: 0.5, weightLower: 0, weightUpper: 1, initialWeight: 0.25, inhibitoryWeight: 0.5, rescaleFrequency: 0 },
        { kind: 'epsilon-greedy', epsilon: 0.1 },
      ),
    ],
  ];
  for (const [name, params] of learners) {
    it(name, () => {
      for (const seed of [1, 2, 3]) {
        const env = new SampledEnvironment(twoState, Rng.stream(seed, 'env'));
        const run = runTdLearner(env, params, Rng.stream(seed, 'agent'), 5000);
        expect(run.greedyPolicy).toEqual(OPTIMAL);
        expect(run.rewards.length).toBe(5000);
      }
    });
  }

  it('on the PPU-exact environment too', () => {
    const task = mdpTask(twoState, { length: 5000, seed: 77 });
    const run = runTdLearner(new PpuEnvironment(taskFixedPoint(task)), base, Rng.stream(1, 'agent'), 5000);
    expect(run.greedyPolicy).toEqual(OPTIMAL);
  });

  it('Q-learning converges to Q* on a deterministic task', () => {
    const gamma = 0.5;
    const star = discountedValueIteration(twoState, gamma).q;
    const env = new SampledEnvironment(twoState, Rng.stream(4, 'env'));
    const run = runTdLearner(env, { ...base, gamma, eta: 0.2, algorithm: 'q-learning', lambda: 0, selection: { kind: 'epsilon-greedy', epsilon: 0.3 } }, Rng.stream(4, 'agent'), 20000);
    run.q.forEach((row, s) => row.forEach((q, a) => expect(q).toBeCloseTo(star[s]![a]!, 6)));
  });
});

describe('software TD learners', () => {
  it('are reproducible from their streams', () => {
    const { mdp } = generateRandomMdpTask({ seed: 3 });
    const go = (seed: number) => runTdLearner(new SampledEnvironment(mdp, Rng.stream(seed, 'env')), base, Rng.stream(seed, 'agent'), 2000);
    expect(go(5)).toEqual(go(5));
    expect(go(6).totalReward).not.toBe(go(5).totalReward);
  });

  it('learn on random MDPs: well above the random policy', () => {
    let learnt = 0;
    let random = 0;
    for (let i = 0; i < 10; i++) {
      const { mdp } = generateRandomMdpTask({ seed: 9, index: i });
      learnt += runTdLearner(new SampledEnvironment(mdp, Rng.stream(i, 'env')), { ...base, algorithm: 'q-learning', lambda: 0 }, Rng.stream(i, 'agent'), 2000).totalReward;
      random += randomEpisodeReward(mdp, 2000).expectedTotal;
    }
    expect(learnt / 10).toBeGreaterThan(random / 10 + 300);
  });

  it('rescale every row, its minimum to lower and its maximum to upper, and clamp to the chip range', () => {
    const { mdp } = generateRandomMdpTask({ seed: 3, states: 3, actions: 4 });
    const p = tdParamsFromTheta(
      { gamma: 0.9, eta: 0.5, lambda: 0.5, weightLower: 0.6, weightUpper: 0.2, initialWeight: 0.5, inhibitoryWeight: 0, rescaleFrequency: 0.0005 },
      { kind: 'epsilon-greedy', epsilon: 0.2 },
    );
    expect(p.rescale).toEqual({ period: 1, lower: (0.6 * 63) / 128, upper: (0.2 * 63) / 128 });
    expect(p.initialQ).toBe((0.5 * 63) / 128);
    expect([p.qMin, p.qMax]).toEqual([0, 63 / 128]);
    const run = runTdLearner(new SampledEnvironment(mdp, Rng.stream(1, 'env')), p, Rng.stream(1, 'agent'), 500);
    let moved = 0;
    for (const row of run.q) {
      // Rescaled after every step: a row either spans the band (its two ends in either order) or
      // never moved from the initial Q (a flat row is left as it is).
      if (Math.min(...row) === Math.max(...row)) {
        expect(row[0]).toBe(p.initialQ);
        continue;
      }
      moved++;
      expect(Math.min(...row)).toBeCloseTo((0.2 * 63) / 128, 12);
      expect(Math.max(...row)).toBeCloseTo((0.6 * 63) / 128, 12);
    }
    expect(moved).toBeGreaterThan(0);
    const noRescale = tdParamsFromTheta({ gamma: 0.9, eta: 0.5, lambda: 0.5, weightLower: 0, weightUpper: 1, initialWeight: 1, inhibitoryWeight: 0, rescaleFrequency: 0 }, { kind: 'greedy' });
    expect(noRescale.rescale).toBeUndefined();
    const r2 = runTdLearner(new SampledEnvironment(mdp, Rng.stream(1, 'env')), noRescale, Rng.stream(1, 'agent'), 500);
    for (const row of r2.q) for (const q of row) expect(q >= 0 && q <= 63 / 128).toBe(true);
  });

  it('runTdLearner rescales with rescaleRow: a rescaling at the last step maps the unrescaled run\'s Q, reversed when lower > upper', () => {
    const { mdp } = generateRandomMdpTask({ seed: 8, states: 4, actions: 5 });
    const base = { algorithm: 'sarsa' as const, gamma: 0.9, eta: 0.4, lambda: 0.5, initialQ: 0.2, qMin: 0, qMax: 63 / 128, selection: { kind: 'epsilon-greedy' as const, epsilon: 0.3 } };
    const run = (rescale?: { period: number; lower: number; upper: number }) =>
      runTdLearner(new SampledEnvironment(mdp, Rng.stream(2, 'env')), { ...base, ...(rescale ? { rescale } : {}) }, Rng.stream(2, 'agent'), 300);
    const plain = run();
    const rescaled = run({ period: 300, lower: 0.4, upper: 0.1 });
    expect(rescaled.totalReward).toBe(plain.totalReward);
    let reversed = 0;
    plain.q.forEach((row, s) => {
      const expected = Float64Array.from(row);
      rescaleRow(expected, 0, expected.length, 0.4, 0.1);
      expect(rescaled.q[s]).toEqual(Array.from(expected));
      if (Math.min(...row) < Math.max(...row)) {
        reversed++;
        expect(rescaled.q[s]![row.indexOf(Math.max(...row))]).toBeCloseTo(0.1, 12);
      }
    });
    expect(reversed).toBeGreaterThan(0);
  });

  it('rescaleRow maps the smallest value to lower and the largest to upper, reversing the row when lower > upper', () => {
    const q = Float64Array.from([9, 0.1, 0.3, 0.2, 9]);
    rescaleRow(q, 1, 3, 0.2, 0.6);
    expect(Array.from(q)).toEqual([9, 0.2, 0.6, expect.closeTo(0.4, 12), 9]);
    const r = Float64Array.from([0.1, 0.3, 0.2]);
    rescaleRow(r, 0, 3, 0.6, 0.2);
    expect(Array.from(r)).toEqual([0.6, 0.2, expect.closeTo(0.4, 12)]);
    // A flat row has no ranking to map: it stays where it is, as on the chip.
    const flat = Float64Array.from([0.25, 0.25]);
    rescaleRow(flat, 0, 2, 0.6, 0.2);
    expect(Array.from(flat)).toEqual([0.25, 0.25]);
  });

  it('break greedy ties uniformly at random', () => {
    // All Q equal and eta = 0: the greedy choice is a pure tie-break among 4 actions.
    const flat: Mdp = { states: 1, actions: 4, start: [1], transitions: [[[1], [1], [1], [1]]], rewards: { shape: 'state-action', r: [[0, 0, 0, 0]] } };
    const counts = [0, 0, 0, 0];
    const env = {
      states: 1,
      actions: 4,
      reset: () => 0,
      step: (a: number) => {
        counts[a]!++;
        return { next: 0, reward: 0 };
      },
    };
    runTdLearner(env, { ...base, eta: 0, selection: { kind: 'greedy' } }, Rng.stream(1, 'agent'), 8000);
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
    expect(flat.actions).toBe(4);
  });
});
