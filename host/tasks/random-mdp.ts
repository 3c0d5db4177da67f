// Random MDPs drawn the way mdptoolbox's example.rand(S, A) draws them (the family of the 2019
// experiments), from a named seeded stream. docs/tasks.md ("Random MDPs") states the recipe;
// this is it, in the order the random numbers are drawn:
//
//   for each action a:
//     c_a ~ U[0, 1)                                   density threshold of action a
//     mask[s][s'] = (u >= c_a), u ~ U[0, 1)            for s, s' in row-major order
//     for each s whose mask row is empty: mask[s][j] = 1, j uniform in 0..S-1
//     P[s][a][s'] = mask ? (1 - u) : 0, u ~ U[0, 1)    then each row is divided by its sum
//     R[s][a][s'] = mask ? 2u - 1 : 0, u ~ U[0, 1)     ('transition' rewards, mdptoolbox's shape)
//   or, for 'state-action' rewards, after all actions: R[s][a] = 2u - 1 in row-major order.
//
// The start distribution is uniform over the states (mdptoolbox has none; see docs/tasks.md).
// By default the result is projected onto the PPU's fixed-point grid (fixed-point.ts) so that
// the JSON form, the binary form, the solvers and the chip all see the same task.

import { Rng } from '../../common/random.js';
import { UserError } from '../../common/errors.js';
import { quantiseMdp } from './fixed-point.js';
import type { Mdp, RewardShape, Rewards } from './mdp.js';

export interface RandomMdpOptions {
  /** Number of states, 1..255 (default 6). */
  readonly states?: number;
  /** Number of actions, 1..255 (default 8). */
  readonly actions?: number;
  /** Default 'transition' (R[s][a][s'], as mdptoolbox). */
  readonly rewardShape?: RewardShape;
  /** Project onto the PPU's fixed-point grid (default true). */
  readonly fixedPoint?: boolean;
}

export const RANDOM_MDP_DEFAULTS = { states: 6, actions: 8, rewardShape: 'transition', fixedPoint: true } as const;

export function checkRandomMdpOptions(o: RandomMdpOptions): Required<RandomMdpOptions> {
  const r = { ...RANDOM_MDP_DEFAULTS, ...o };
  const bad: string[] = [];
  if (!Number.isInteger(r.states) || r.states < 1 || r.states > 255) bad.push(`states: must be an integer in [1, 255], got ${r.states}`);
  if (!Number.isInteger(r.actions) || r.actions < 1 || r.actions > 255) bad.push(`actions: must be an integer in [1, 255], got ${r.actions}`);
  if (r.rewardShape !== 'transition' && r.rewardShape !== 'state-action') bad.push(`rewardShape: must be "transition" or "state-action", got ${JSON.stringify(r.rewardShape)}`);
  if (bad.length) throw new UserError(bad.map((message) => ({ message: `random MDP option ${message}` })));
  return r;
}

/** One random MDP from the given stream (see the file comment for the exact recipe). */
export function randomMdp(rng: Rng, options: RandomMdpOptions = {}): Mdp {
  const { states: S, actions: A, rewardShape, fixedPoint } = checkRandomMdpOptions(options);
  // P[s][a] rows are filled action by action, as the recipe draws them.
  const P: number[][][] = Array.from({ length: S }, () => new Array<number[]>(A));
  const Rt: number[][][] = Array.from({ length: S }, () => new Array<number[]>(A));
  for (let a = 0; a < A; a++) {
    const c = rng.uniform();
    const mask: boolean[][] = [];
    for (let s = 0; s < S; s++) {
      const row: boolean[] = [];
      for (let k = 0; k < S; k++) row.push(rng.uniform() >= c);
      mask.push(row);
    }
    for (let s = 0; s < S; s++) if (!mask[s]!.some((m) => m)) mask[s]![rng.int(0, S - 1)] = true;
    for (let s = 0; s < S; s++) {
      // 1 - u lies in (0, 1], so every allowed transition keeps a positive probability.
      const row = mask[s]!.map((m) => (m ? 1 - rng.uniform() : 0));
      const sum = row.reduce((x, y) => x + y, 0);
      P[s]![a] = row.map((x) => x / sum);
    }
    if (rewardShape === 'transition') {
      for (let s = 0; s < S; s++) Rt[s]![a] = mask[s]!.map((m) => (m ? 2 * rng.uniform() - 1 : 0));
    }
  }
  let rewards: Rewards;
  if (rewardShape === 'transition') {
    rewards = { shape: 'transition', r: Rt };
  } else {
    const r: number[][] = [];
    for (let s = 0; s < S; s++) {
      const row: number[] = [];
      for (let a = 0; a < A; a++) row.push(2 * rng.uniform() - 1);
      r.push(row);
    }
    rewards = { shape: 'state-action', r };
  }
  const mdp: Mdp = { states: S, actions: A, transitions: P, rewards, start: new Array<number>(S).fill(1 / S) };
  return fixedPoint ? quantiseMdp(mdp) : mdp;
}

/** The stream task `index` of family seed `seed` is drawn from; tasks do not depend on each other. */
export function randomMdpStream(seed: number, index: number): Rng {
  return Rng.stream(seed, `task/random-mdp/${index}`);
}
