// Reference solutions on a known MDP: what the best possible agent and a coin-flipping agent
// collect. The L2L fitness is the total reward of an N-step episode from the start
// distribution (docs/tasks.md, "Episode semantics"), and for that quantity finite-horizon
// dynamic programming is exact:
//   V_0(s) = 0,   Q_k(s, a) = rbar(s, a) + sum_s' P(s'|s, a) V_{k-1}(s'),   V_k(s) = max_a Q_k(s, a)
//   expected total reward of the best N-step behaviour = sum_s start(s) V_N(s)
// with rbar(s, a) = sum_s' P(s'|s, a) R(s, a, s'). The best behaviour may depend on the steps
// left; no learner can beat it in expectation, even one that knows the task. Replacing the max
// by the mean over actions gives the uniformly random policy's exact expectation.
// Discounted and average-reward value iteration are here too, for the stationary optimum.

import { expectedRewards, flatten, type Mdp } from './mdp.js';

/** Index of the largest entry; the lowest index among equal ones (so results are reproducible). */
function argmax(xs: ArrayLike<number>, off: number, n: number): number {
  let best = 0;
  for (let a = 1; a < n; a++) if (xs[off + a]! > xs[off + best]!) best = a;
  return best;
}

export interface FiniteHorizonResult {
  /** sum_s start(s) V_N(s): the expected total reward of an N-step episode. */
  readonly expectedTotal: number;
  /** V_N(s) for each state. */
  readonly values: number[];
  /** The first step's action per state (best actions with N steps to go; 'optimal' only). */
  readonly firstPolicy?: number[];
}

function finiteHorizon(mdp: Mdp, steps: number, mode: 'max' | 'mean'): FiniteHorizonResult {
  if (!(Number.isInteger(steps) && steps >= 0)) throw new Error(`finite horizon: steps must be an integer >= 0, got ${steps}`);
  const { S, A, P } = flatten(mdp);
  const rbar = expectedRewards(mdp);
  let V = new Float64Array(S);
  let Vn = new Float64Array(S);
  const Q = new Float64Array(S * A);
  for (let k = 0; k < steps; k++) {
    for (let s = 0; s < S; s++) {
      let best = -Infinity;
      let sum = 0;
      for (let a = 0; a < A; a++) {
        const o = (s * A + a) * S;
        let q = rbar[s]![a]!;
        for (let j = 0; j < S; j++) q += P[o + j]! * V[j]!;
        Q[s * A + a] = q;
        if (q > best) best = q;
        sum += q;
      }
      Vn[s] = mode === 'max' ? best : sum / A;
    }
    [V, Vn] = [Vn, V];
  }
  let total = 0;
  for (let s = 0; s < S; s++) total += mdp.start[s]! * V[s]!;
  const values = Array.from(V);
  if (mode === 'mean' || steps === 0) return { expectedTotal: total, values };
  const firstPolicy = [];
  for (let s = 0; s < S; s++) firstPolicy.push(argmax(Q, s * A, A));
  return { expectedTotal: total, values, firstPolicy };
}

/** The best achievable expected total reward over an N-step episode (exact, see the file comment). */
export function optimalEpisodeReward(mdp: Mdp, steps: number): FiniteHorizonResult {
  return finiteHorizon(mdp, steps, 'max');
}

/** The uniformly random policy's expected total reward over an N-step episode (exact). */
export function randomEpisodeReward(mdp: Mdp, steps: number): FiniteHorizonResult {
  return finiteHorizon(mdp, steps, 'mean');
}

/**
 * Expected total reward over an N-step episode of a fixed stationary policy: policy[s] is an
 * action, or a distribution over actions (e.g. a learner's final greedy policy).
 */
export function policyEpisodeReward(mdp: Mdp, steps: number, policy: readonly (number | readonly number[])[]): number {
  const { S, A, P } = flatten(mdp);
  const rbar = expectedRewards(mdp);
  const pi = policy.map((p) => (typeof p === 'number' ? Array.from({ length: A }, (_, a) => (a === p ? 1 : 0)) : [...p]));
  if (pi.length !== S || pi.some((p) => p.length !== A)) throw new Error(`policyEpisodeReward: policy must have ${S} entries of ${A} actions`);
  let V = new Float64Array(S);
  let Vn = new Float64Array(S);
  for (let k = 0; k < steps; k++) {
    for (let s = 0; s < S; s++) {
      let v = 0;
      for (let a = 0; a < A; a++) {
        const w = pi[s]![a]!;
        if (w === 0) continue;
        let q = rbar[s]![a]!;
        const o = (s * A + a) * S;
        for (let j = 0; j < S; j++) q += P[o + j]! * V[j]!;
        v += w * q;
      }
      Vn[s] = v;
    }
    [V, Vn] = [Vn, V];
  }
  let total = 0;
  for (let s = 0; s < S; s++) total += mdp.start[s]! * V[s]!;
  return total;
}

export interface DiscountedSolution {
  readonly values: number[];
  /** Q[s][a] */
  readonly q: number[][];
  readonly policy: number[];
  readonly iterations: number;
}

/**
 * Value iteration for the discounted criterion, stopped when the sup-norm change falls below
 * epsilon*(1 - gamma)/(2*gamma), which makes the greedy policy epsilon-optimal.
 */
export function discountedValueIteration(mdp: Mdp, gamma: number, opts: { epsilon?: number; maxIterations?: number } = {}): DiscountedSolution {
  if (!(gamma >= 0 && gamma < 1)) throw new Error(`discountedValueIteration: gamma must be in [0, 1), got ${gamma}`);
  const epsilon = opts.epsilon ?? 1e-10;
  const maxIterations = opts.maxIterations ?? 1_000_000;
  const { S, A, P } = flatten(mdp);
  const rbar = expectedRewards(mdp);
  const threshold = gamma === 0 ? Infinity : (epsilon * (1 - gamma)) / (2 * gamma);
  let V = new Float64Array(S);
  const Q = new Float64Array(S * A);
  let it = 0;
  for (;;) {
    const Vn = new Float64Array(S);
    let change = 0;
    for (let s = 0; s < S; s++) {
      let best = -Infinity;
      for (let a = 0; a < A; a++) {
        const o = (s * A + a) * S;
        let q = 0;
        for (let j = 0; j < S; j++) q += P[o + j]! * V[j]!;
        q = rbar[s]![a]! + gamma * q;
        Q[s * A + a] = q;
        if (q > best) best = q;
      }
      Vn[s] = best;
      change = Math.max(change, Math.abs(best - V[s]!));
    }
    V = Vn;
    it++;
    if (change < threshold || it >= maxIterations) break;
  }
  const q: number[][] = [];
  const policy: number[] = [];
  for (let s = 0; s < S; s++) {
    q.push(Array.from(Q.subarray(s * A, s * A + A)));
    policy.push(argmax(Q, s * A, A));
  }
  return { values: Array.from(V), q, policy, iterations: it };
}

export interface AverageRewardSolution {
  /** Long-run reward per step from each state under the best policy (states of one recurrent class share it). */
  readonly gain: number[];
  /** sum_s start(s) gain(s). */
  readonly startGain: number;
  readonly policy: number[];
  readonly iterations: number;
  /**
   * 'span': max d - min d < tolerance, so the (single) optimal gain lies in [min d, max d]
   * (Odoni's bounds); 'stable': the per-state differences changed by less than tolerance for
   * `window` iterations in a row (tasks whose states have different gains; a numerical
   * estimate, not a bound); 'limit': maxIterations reached.
   */
  readonly stoppedBy: 'span' | 'stable' | 'limit';
  readonly converged: boolean;
}

/**
 * Average-reward value iteration on the aperiodic transform P' = tau P + (1 - tau) I,
 * r' = tau r (same optimal policies, gain scaled by tau; Puterman 1994, sec. 8.5.4), which makes
 * the iteration converge on periodic tasks too (a maze is full of period-2 cycles). The gain is
 * the limit of d_k = V_{k+1} - V_k, kept per state because sparse random MDPs can be multichain.
 * The finite-horizon DP above is the exact reference for episodes; this is the stationary view.
 */
export function averageRewardValueIteration(
  mdp: Mdp,
  opts: { tolerance?: number; maxIterations?: number; tau?: number; window?: number } = {},
): AverageRewardSolution {
  const tol = opts.tolerance ?? 1e-10;
  const maxIterations = opts.maxIterations ?? 1_000_000;
  const tau = opts.tau ?? 0.5;
  // A plateau in d (e.g. staying put pays until climbing to a better state has become worth
  // it) can look converged for a few iterations; only a long stable run counts.
  const window = opts.window ?? 1000;
  if (!(tau > 0 && tau < 1)) throw new Error(`averageRewardValueIteration: tau must be in (0, 1), got ${tau}`);
  const { S, A, P } = flatten(mdp);
  const rbar = expectedRewards(mdp);
  let V = new Float64Array(S);
  let d = new Float64Array(S).fill(NaN);
  const Q = new Float64Array(S * A);
  let it = 0;
  let stable = 0;
  let stoppedBy: AverageRewardSolution['stoppedBy'] = 'limit';
  while (it < maxIterations) {
    const Vn = new Float64Array(S);
    for (let s = 0; s < S; s++) {
      let best = -Infinity;
      for (let a = 0; a < A; a++) {
        const o = (s * A + a) * S;
        let q = (1 - tau) * V[s]!;
        for (let j = 0; j < S; j++) q += tau * P[o + j]! * V[j]!;
        q += tau * rbar[s]![a]!;
        Q[s * A + a] = q;
        if (q > best) best = q;
      }
      Vn[s] = best;
    }
    const dn = new Float64Array(S);
    let change = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let s = 0; s < S; s++) {
      dn[s] = Vn[s]! - V[s]!;
      change = Math.max(change, Math.abs(dn[s]! - d[s]!));
      lo = Math.min(lo, dn[s]!);
      hi = Math.max(hi, dn[s]!);
    }
    // Keep the numbers small: T(V + c) = T(V) + c, so subtracting a constant changes neither d nor the policy.
    const shift = Vn[0]!;
    for (let s = 0; s < S; s++) Vn[s] = Vn[s]! - shift;
    V = Vn;
    d = dn;
    it++;
    if (hi - lo < tol) {
      stoppedBy = 'span';
      break;
    }
    stable = change < tol ? stable + 1 : 0;
    if (stable >= window) {
      stoppedBy = 'stable';
      break;
    }
  }
  const gain = Array.from(d, (x) => x / tau);
  const policy: number[] = [];
  for (let s = 0; s < S; s++) policy.push(argmax(Q, s * A, A));
  let startGain = 0;
  for (let s = 0; s < S; s++) startGain += mdp.start[s]! * gain[s]!;
  return { gain, startGain, policy, iterations: it, stoppedBy, converged: stoppedBy !== 'limit' };
}

export interface ReferenceRewards {
  readonly steps: number;
  /** Expected total reward of the best N-step behaviour (finite-horizon DP, exact). */
  readonly optimal: number;
  /** Expected total reward of the uniformly random policy (exact). */
  readonly random: number;
}

/** The two baselines of the normalised score (R - random) / (optimal - random). */
export function referenceRewards(mdp: Mdp, steps: number): ReferenceRewards {
  return { steps, optimal: optimalEpisodeReward(mdp, steps).expectedTotal, random: randomEpisodeReward(mdp, steps).expectedTotal };
}

/** (R - random) / (optimal - random): 0 for the random policy, 1 for the optimum. */
export function normalisedScore(reward: number, ref: ReferenceRewards): number {
  const span = ref.optimal - ref.random;
  return span === 0 ? 0 : (reward - ref.random) / span;
}
