// The finite Markov decision process every task family reduces to. Mazes, random MDPs and
// hand-made test MDPs share this one shape so that the solvers, the software learners and the
// fixed-point encoding the PPU reads apply to all of them alike.
//
// Plain nested arrays (not typed arrays or classes) so that a task survives JSON and
// structured cloning to a worker thread unchanged.

/** R[s][a]: the reward depends on the state and the action only. */
export interface StateActionRewards {
  readonly shape: 'state-action';
  readonly r: readonly (readonly number[])[];
}

/** R[s][a][s']: the reward also depends on the successor state (mdptoolbox's shape). */
export interface TransitionRewards {
  readonly shape: 'transition';
  readonly r: readonly (readonly (readonly number[])[])[];
}

export type RewardShape = 'state-action' | 'transition';
export type Rewards = StateActionRewards | TransitionRewards;

export interface Mdp {
  readonly states: number;
  readonly actions: number;
  /** P[s][a][s']: probability of moving to s' after taking a in s; each row sums to 1. */
  readonly transitions: readonly (readonly (readonly number[])[])[];
  readonly rewards: Rewards;
  /** Distribution of the first state of an episode. */
  readonly start: readonly number[];
}

/** The reward for the transition (s, a, s2), whatever the reward shape. */
export function rewardOf(mdp: Mdp, s: number, a: number, s2: number): number {
  const R = mdp.rewards;
  return R.shape === 'state-action' ? R.r[s]![a]! : R.r[s]![a]![s2]!;
}

/** rbar[s][a] = sum over s' of P[s][a][s'] R(s, a, s'): the expected immediate reward. */
export function expectedRewards(mdp: Mdp): number[][] {
  const out: number[][] = [];
  for (let s = 0; s < mdp.states; s++) {
    const row: number[] = [];
    for (let a = 0; a < mdp.actions; a++) {
      if (mdp.rewards.shape === 'state-action') {
        row.push(mdp.rewards.r[s]![a]!);
      } else {
        const p = mdp.transitions[s]![a]!;
        const r = mdp.rewards.r[s]![a]!;
        let e = 0;
        for (let k = 0; k < mdp.states; k++) e += p[k]! * r[k]!;
        row.push(e);
      }
    }
    out.push(row);
  }
  return out;
}

/** Tolerance for a probability row summing to one (float rounding of normalised rows). */
export const ROW_SUM_TOLERANCE = 1e-9;

/**
 * Problems with the structure of an MDP built in code (shapes, probability rows, reward
 * range), as messages naming the offending entry. Empty when the MDP is well formed. Task files
 * are checked by the file schema, which reports the same problems with file locations.
 */
export function mdpProblems(mdp: Mdp): string[] {
  const out: string[] = [];
  const { states: S, actions: A } = mdp;
  if (!Number.isInteger(S) || S < 1) out.push(`states: must be an integer >= 1, got ${S}`);
  if (!Number.isInteger(A) || A < 1) out.push(`actions: must be an integer >= 1, got ${A}`);
  if (out.length) return out;
  const checkDist = (p: readonly number[] | undefined, where: string) => {
    if (!p || p.length !== S) {
      out.push(`${where}: must have ${S} entries, got ${p?.length ?? 'none'}`);
      return;
    }
    let sum = 0;
    p.forEach((x, k) => {
      if (!(x >= 0 && x <= 1)) out.push(`${where}[${k}]: must be in [0, 1], got ${x}`);
      sum += x;
    });
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) out.push(`${where}: must sum to 1, sums to ${sum}`);
  };
  checkDist(mdp.start, 'start');
  if (mdp.transitions.length !== S) out.push(`transitions: must have ${S} rows, got ${mdp.transitions.length}`);
  for (let s = 0; s < Math.min(S, mdp.transitions.length); s++) {
    const row = mdp.transitions[s]!;
    if (row.length !== A) {
      out.push(`transitions[${s}]: must have ${A} actions, got ${row.length}`);
      continue;
    }
    for (let a = 0; a < A; a++) checkDist(row[a], `transitions[${s}][${a}]`);
  }
  const checkReward = (x: number | undefined, where: string) => {
    if (x === undefined || !(x >= -1 && x <= 1)) out.push(`${where}: must be in [-1, 1], got ${x}`);
  };
  const R = mdp.rewards;
  if (R.r.length !== S) out.push(`rewards: must have ${S} rows, got ${R.r.length}`);
  for (let s = 0; s < Math.min(S, R.r.length); s++) {
    const row = R.r[s]!;
    if (row.length !== A) {
      out.push(`rewards[${s}]: must have ${A} actions, got ${row.length}`);
      continue;
    }
    for (let a = 0; a < A; a++) {
      if (R.shape === 'state-action') checkReward((row as readonly number[])[a], `rewards[${s}][${a}]`);
      else {
        const r = (row as readonly (readonly number[])[])[a]!;
        if (r.length !== S) out.push(`rewards[${s}][${a}]: must have ${S} entries, got ${r.length}`);
        else r.forEach((x, k) => checkReward(x, `rewards[${s}][${a}][${k}]`));
      }
    }
  }
  return out;
}

/** Throws (a bug: code built a malformed MDP) when mdpProblems finds anything. */
export function assertMdp(mdp: Mdp): void {
  const p = mdpProblems(mdp);
  if (p.length) throw new Error(`malformed MDP:\n  ${p.join('\n  ')}`);
}

/** Flat, read-fast copies of an MDP for inner loops (learners, solvers). */
export interface FlatMdp {
  readonly S: number;
  readonly A: number;
  /** P[(s*A + a)*S + s2] */
  readonly P: Float64Array;
  /** R[(s*A + a)*S + s2], the state-action reward repeated over s2 when the shape is state-action. */
  readonly R: Float64Array;
  readonly start: Float64Array;
}

export function flatten(mdp: Mdp): FlatMdp {
  const S = mdp.states;
  const A = mdp.actions;
  const P = new Float64Array(S * A * S);
  const R = new Float64Array(S * A * S);
  for (let s = 0; s < S; s++) {
    for (let a = 0; a < A; a++) {
      for (let k = 0; k < S; k++) {
        P[(s * A + a) * S + k] = mdp.transitions[s]![a]![k]!;
        R[(s * A + a) * S + k] = rewardOf(mdp, s, a, k);
      }
    }
  }
  return { S, A, P, R, start: Float64Array.from(mdp.start) };
}
