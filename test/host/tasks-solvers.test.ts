import { describe, expect, it } from 'vitest';
import {
  averageRewardValueIteration,
  discountedValueIteration,
  expectedRewards,
  generateMazeTask,
  generateRandomMdpTask,
  normalisedScore,
  optimalEpisodeReward,
  policyEpisodeReward,
  randomEpisodeReward,
  referenceRewards,
  rewardOf,
  type Mdp,
} from '../../host/tasks/index.js';

/** One state, rewards r for its actions, staying forever. */
const bandit = (r: number[]): Mdp => ({
  states: 1,
  actions: r.length,
  start: [1],
  transitions: [r.map(() => [1])],
  rewards: { shape: 'state-action', r: [r] },
});

// Two states. In s0: a0 stays (+0.1), a1 goes to s1 (-0.2). In s1: a0 stays (+0.5), a1 goes back (0).
// The best long-run behaviour pays -0.2 once to collect 0.5 per step after.
const ladder: Mdp = {
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
      [0.1, -0.2],
      [0.5, 0],
    ],
  },
};

/** Exhaustive expectimax / expectation over all action sequences and outcomes: the definition. */
function bruteForce(mdp: Mdp, steps: number, mode: 'max' | 'mean'): number {
  const value = (s: number, k: number): number => {
    if (k === 0) return 0;
    const q: number[] = [];
    for (let a = 0; a < mdp.actions; a++) {
      let v = 0;
      for (let j = 0; j < mdp.states; j++) {
        const p = mdp.transitions[s]![a]![j]!;
        if (p > 0) v += p * (rewardOf(mdp, s, a, j) + value(j, k - 1));
      }
      q.push(v);
    }
    return mode === 'max' ? Math.max(...q) : q.reduce((x, y) => x + y, 0) / q.length;
  };
  return mdp.start.reduce((acc, p, s) => acc + p * value(s, steps), 0);
}

/** V of a deterministic policy by solving (I - gamma P_pi) V = r_pi (Gaussian elimination). */
function policyValue(mdp: Mdp, gamma: number, policy: number[]): number[] {
  const S = mdp.states;
  const rbar = expectedRewards(mdp);
  const M = Array.from({ length: S }, (_, i) => [...Array.from({ length: S }, (_, j) => (i === j ? 1 : 0) - gamma * mdp.transitions[i]![policy[i]!]![j]!), rbar[i]![policy[i]!]!]);
  for (let c = 0; c < S; c++) {
    let piv = c;
    for (let r = c + 1; r < S; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = 0; r < S; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= S; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[S]! / row[i]!);
}

describe('finite-horizon references', () => {
  it('a bandit: optimal = N max r, random = N mean r', () => {
    const m = bandit([0.5, -0.25, 0.125]);
    expect(optimalEpisodeReward(m, 2000).expectedTotal).toBeCloseTo(1000, 9);
    expect(randomEpisodeReward(m, 2000).expectedTotal).toBeCloseTo((2000 * 0.375) / 3, 9);
    expect(optimalEpisodeReward(m, 2000).firstPolicy).toEqual([0]);
  });

  it('the ladder: climbing pays only with enough steps left', () => {
    // N = 1: stay (0.1). N = 2: 0.2 either way (0.1 + 0.1 or -0.2 + 0.5... = 0.3): climb.
    expect(optimalEpisodeReward(ladder, 1).expectedTotal).toBeCloseTo(0.1, 12);
    expect(optimalEpisodeReward(ladder, 2).expectedTotal).toBeCloseTo(0.3, 12);
    expect(optimalEpisodeReward(ladder, 1).firstPolicy).toEqual([0, 0]);
    for (const N of [2, 10, 2000]) {
      expect(optimalEpisodeReward(ladder, N).expectedTotal).toBeCloseTo(-0.2 + 0.5 * (N - 1), 9);
      expect(optimalEpisodeReward(ladder, N).firstPolicy).toEqual([1, 0]);
    }
  });

  it('equal the exhaustive expectation on small random MDPs', () => {
    for (let i = 0; i < 12; i++) {
      const { mdp } = generateRandomMdpTask({ seed: 31, index: i, states: 3, actions: 2, rewardShape: i % 2 ? 'transition' : 'state-action' });
      for (const N of [0, 1, 2, 5]) {
        expect(optimalEpisodeReward(mdp, N).expectedTotal).toBeCloseTo(bruteForce(mdp, N, 'max'), 10);
        expect(randomEpisodeReward(mdp, N).expectedTotal).toBeCloseTo(bruteForce(mdp, N, 'mean'), 10);
      }
    }
  });

  it('the uniform stochastic policy evaluates to the random reference; the optimum bounds every policy', () => {
    const { mdp } = generateRandomMdpTask({ seed: 8 });
    const uniform = Array.from({ length: 6 }, () => new Array<number>(8).fill(1 / 8));
    const ref = referenceRewards(mdp, 2000);
    expect(policyEpisodeReward(mdp, 2000, uniform)).toBeCloseTo(ref.random, 8);
    for (let a = 0; a < 8; a++) expect(policyEpisodeReward(mdp, 2000, new Array<number>(6).fill(a))).toBeLessThanOrEqual(ref.optimal + 1e-9);
    // The stationary gain-optimal policy comes within a constant of the finite-horizon optimum.
    const avg = averageRewardValueIteration(mdp);
    expect(ref.optimal - policyEpisodeReward(mdp, 2000, avg.policy)).toBeLessThan(5);
    expect(normalisedScore(ref.random, ref)).toBe(0);
    expect(normalisedScore(ref.optimal, ref)).toBe(1);
  });
});

describe('discounted value iteration', () => {
  it('a bandit: V = max r / (1 - gamma)', () => {
    const r = discountedValueIteration(bandit([0.2, 0.4]), 0.9);
    expect(r.values[0]).toBeCloseTo(4, 8);
    expect(r.policy).toEqual([1]);
  });

  it('matches the best of all deterministic policies solved exactly', () => {
    for (let i = 0; i < 10; i++) {
      const { mdp } = generateRandomMdpTask({ seed: 17, index: i, states: 3, actions: 3 });
      const gamma = 0.8;
      let best = [-Infinity, -Infinity, -Infinity];
      for (let code = 0; code < 27; code++) {
        const pol = [code % 3, Math.floor(code / 3) % 3, Math.floor(code / 9)];
        const v = policyValue(mdp, gamma, pol);
        best = best.map((b, s) => Math.max(b, v[s]!));
      }
      const vi = discountedValueIteration(mdp, gamma);
      vi.values.forEach((v, s) => expect(v).toBeCloseTo(best[s]!, 8));
      const vPol = policyValue(mdp, gamma, vi.policy);
      vPol.forEach((v, s) => expect(v).toBeCloseTo(best[s]!, 8));
    }
  });
});

describe('average-reward value iteration', () => {
  it('handles a periodic task (two states swapping) thanks to the aperiodic transform', () => {
    const swap: Mdp = { states: 2, actions: 1, start: [1, 0], transitions: [[[0, 1]], [[1, 0]]], rewards: { shape: 'state-action', r: [[1], [0]] } };
    const r = averageRewardValueIteration(swap);
    expect(r.converged).toBe(true);
    r.gain.forEach((g) => expect(g).toBeCloseTo(0.5, 8));
  });

  it('finds the ladder gain 0.5 and a multichain gain per state', () => {
    const r = averageRewardValueIteration(ladder);
    expect(r.stoppedBy).toBe('span');
    expect(r.gain[0]).toBeCloseTo(0.5, 8);
    expect(r.policy).toEqual([1, 0]);
    // Two absorbing states that cannot reach each other: each keeps its own gain.
    const split: Mdp = { states: 2, actions: 1, start: [0.5, 0.5], transitions: [[[1, 0]], [[0, 1]]], rewards: { shape: 'state-action', r: [[0.3], [-0.1]] } };
    const q = averageRewardValueIteration(split);
    expect(q.stoppedBy).toBe('stable');
    expect(q.gain[0]).toBeCloseTo(0.3, 8);
    expect(q.gain[1]).toBeCloseTo(-0.1, 8);
    expect(q.startGain).toBeCloseTo(0.1, 8);
  });

  it('agrees with the finite-horizon optimum per step for long episodes', () => {
    for (const t of [generateRandomMdpTask({ seed: 12 }), generateRandomMdpTask({ seed: 13, index: 4 }), generateMazeTask({ seed: 12, width: 4, height: 4 })]) {
      const r = averageRewardValueIteration(t.mdp);
      expect(r.converged).toBe(true);
      const N = 20000;
      expect(optimalEpisodeReward(t.mdp, N).expectedTotal / N).toBeCloseTo(r.startGain, 3);
    }
  });
});
