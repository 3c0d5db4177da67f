// The fixed-point numbers the PPU works with, and the projection of a float MDP onto them.
//
// Probabilities: every distribution over S states becomes S integer weights that sum to
// exactly PROB_SCALE = 65535 (so a stored cumulative threshold always fits a uint16 and the last
// one is 65535). A positive probability never becomes weight 0, so the support of a row (which
// walls a maze has, which transitions a sparse random MDP allows) survives quantisation.
//
// Rewards: Q0.7, the PPU's byte fractional format: int8 q stands for q/128, so the representable
// range is [-1, 127/128]. The FXV unit's byte fractional multiply reads bytes this way.

import type { Mdp, Rewards } from './mdp.js';

export const PROB_SCALE = 65535;
export const REWARD_SCALE = 128;
export const REWARD_MIN_Q = -128;
export const REWARD_MAX_Q = 127;

/**
 * Integer weights, sum exactly PROB_SCALE, each as close to p*PROB_SCALE as the sum allows
 * (largest remainder); entries with p > 0 get at least 1. Ties in the remainder go to the lower
 * index so the result does not depend on anything but the input.
 */
export function quantiseDistribution(p: readonly number[]): number[] {
  const n = p.length;
  let total = 0;
  for (const x of p) total += x;
  if (!(total > 0)) throw new Error('quantiseDistribution: distribution has no mass');
  const exact = p.map((x) => (x / total) * PROB_SCALE);
  // The small epsilon makes the projection idempotent: a row that is already w/65535 (up to
  // float rounding of the division) maps back to exactly w.
  const w = exact.map((x, i) => (p[i]! > 0 ? Math.max(1, Math.floor(x + 1e-6)) : 0));
  let sum = w.reduce((a, b) => a + b, 0);
  // Hand out the remaining units by largest remainder; or take back units (only possible when
  // the minimum-1 rule lifted tiny probabilities) from the largest weights.
  const order = [...Array(n).keys()];
  if (sum < PROB_SCALE) {
    order.sort((i, j) => exact[j]! - w[j]! - (exact[i]! - w[i]!) || i - j);
    for (let k = 0; sum < PROB_SCALE; k = (k + 1) % n) {
      const i = order[k]!;
      if (p[i]! > 0) {
        w[i]!++;
        sum++;
      }
    }
  } else {
    order.sort((i, j) => w[j]! - w[i]! || i - j);
    for (let k = 0; sum > PROB_SCALE; k = (k + 1) % n) {
      const i = order[k]!;
      if (w[i]! > 1) {
        w[i]!--;
        sum--;
      }
    }
  }
  return w;
}

/** Cumulative thresholds of integer weights: T[k] = w[0] + ... + w[k]; T[last] = PROB_SCALE. */
export function thresholdsOf(weights: readonly number[]): number[] {
  let c = 0;
  return weights.map((w) => (c += w));
}

/** Weights back from cumulative thresholds. */
export function weightsOf(thresholds: ArrayLike<number>): number[] {
  const out: number[] = [];
  let prev = 0;
  for (let k = 0; k < thresholds.length; k++) {
    out.push(thresholds[k]! - prev);
    prev = thresholds[k]!;
  }
  return out;
}

/** Nearest Q0.7 code of a reward, saturating to [-128, 127] (so +1 becomes 127/128). */
export function rewardToQ(r: number): number {
  const q = Math.round(r * REWARD_SCALE);
  // `| 0` turns the -0 that Math.round gives for small negative rewards into 0.
  return Math.min(REWARD_MAX_Q, Math.max(REWARD_MIN_Q, q)) | 0;
}

export function qToReward(q: number): number {
  return q / REWARD_SCALE;
}

/** The distribution a quantised row stands for: w / 65535. */
export function quantisedDistribution(p: readonly number[]): number[] {
  return quantiseDistribution(p).map((w) => w / PROB_SCALE);
}

/**
 * The MDP the PPU actually runs: probabilities rounded to multiples of 1/65535 and rewards to
 * multiples of 1/128. Idempotent. Reference solutions of a task must be computed on this form
 * so that they describe exactly the environment the chip steps.
 */
export function quantiseMdp(mdp: Mdp): Mdp {
  const transitions = mdp.transitions.map((row) => row.map((p) => quantisedDistribution(p)));
  const rq = (x: number) => qToReward(rewardToQ(x));
  const rewards: Rewards =
    mdp.rewards.shape === 'state-action'
      ? { shape: 'state-action', r: mdp.rewards.r.map((row) => row.map(rq)) }
      : { shape: 'transition', r: mdp.rewards.r.map((row) => row.map((v) => v.map(rq))) };
  return { states: mdp.states, actions: mdp.actions, transitions, rewards, start: quantisedDistribution(mdp.start) };
}
