// Bit-exact reference of how the PPU steps a task, so the on-chip inner loop can be tested
// against it draw for draw. Everything here is integer arithmetic on 32-bit values that the PPU
// does with mullw/add/srwi/cmplw; docs/tasks.md ("Sampling on the PPU") is the specification.
//
// Random numbers: a 32-bit linear congruential generator (the 2019 on-chip code used an LCG too)
//   x <- (1664525 * x + 1013904223) mod 2^32,   u16 = x >> 16
// The high half is used because the low bits of a power-of-two LCG have short periods.
//
// Sampling a row of cumulative thresholds T[0..S-1] (T[S-1] = 65535): draw u16, redraw while
// u16 = 65535, then s' = the first k with u16 < T[k]. Each state k is chosen with probability
// exactly (T[k] - T[k-1]) / 65535, and a state of weight 0 can never be chosen.

import type { FixedPointTask } from './binary.js';
import { qToReward } from './fixed-point.js';

export const LCG_MULTIPLIER = 1664525;
export const LCG_INCREMENT = 1013904223;
/** The one 16-bit value the threshold sampler rejects. */
export const REJECTED_U16 = 0xffff;

export class Lcg {
  private x: number;

  constructor(seed: number) {
    this.x = seed >>> 0;
  }

  /** The 32-bit state (for checkpoints and for comparing with the PPU's register). */
  get state(): number {
    return this.x;
  }

  /** Advance once and return the high 16 bits of the new state. */
  next16(): number {
    this.x = (Math.imul(this.x, LCG_MULTIPLIER) + LCG_INCREMENT) >>> 0;
    return this.x >>> 16;
  }

  /**
   * An integer in [0, n) from one draw: (u16 * n) >> 16. For n not a power of two the bias is
   * below n/65536; the PPU gets it with one multiply and one shift.
   */
  below(n: number): number {
    if (!(Number.isInteger(n) && n >= 1 && n <= 65536)) throw new Error(`Lcg.below: n must be an integer in [1, 65536], got ${n}`);
    return (this.next16() * n) >>> 16;
  }
}

/** Anything that yields 16-bit numbers (the LCG; a test may enumerate all 65536 values). */
export interface Source16 {
  next16(): number;
}

/** Draw from one row of cumulative thresholds (see the file comment). */
export function sampleRow(lcg: Source16, thresholds: ArrayLike<number>, offset: number): number {
  let u = lcg.next16();
  while (u === REJECTED_U16) u = lcg.next16();
  let k = 0;
  while (u >= thresholds[offset + k]!) k++;
  return k;
}

export interface PpuStep {
  readonly next: number;
  /** The reward's Q0.7 code as the PPU holds it. */
  readonly rewardQ: number;
  /** rewardQ / 128. */
  readonly reward: number;
}

/**
 * A task stepped exactly as the PPU steps it (docs/tasks.md, "Episode semantics"). reset()
 * reseeds the LCG from the task's episode seed and draws the start state; each step(a) makes
 * exactly one accepted draw. The agent's own random choices must come from elsewhere.
 */
export class PpuEnvironment {
  readonly states: number;
  readonly actions: number;
  private lcg: Lcg;
  private s = -1;

  constructor(readonly task: FixedPointTask) {
    this.states = task.S;
    this.actions = task.A;
    this.lcg = new Lcg(task.episode.seed);
  }

  /** The LCG state, e.g. to compare with the PPU's after a number of steps. */
  get lcgState(): number {
    return this.lcg.state;
  }

  get state(): number {
    return this.s;
  }

  reset(): number {
    this.lcg = new Lcg(this.task.episode.seed);
    this.s = sampleRow(this.lcg, this.task.startThresholds, 0);
    return this.s;
  }

  step(action: number): PpuStep {
    const { S, A } = this.task;
    if (this.s < 0) throw new Error('PpuEnvironment.step before reset');
    if (!(Number.isInteger(action) && action >= 0 && action < A)) throw new Error(`PpuEnvironment.step: action ${action} not in [0, ${A})`);
    const row = this.s * A + action;
    const next = sampleRow(this.lcg, this.task.transitionThresholds, S * row);
    const rewardQ = this.task.rewardShape === 'state-action' ? this.task.rewardsQ[row]! : this.task.rewardsQ[row * S + next]!;
    this.s = next;
    return { next, rewardQ, reward: qToReward(rewardQ) };
  }
}

export interface EpisodeTrace {
  readonly states: Int32Array;
  readonly actions: Int32Array;
  readonly rewardsQ: Int32Array;
  /** Sum of the Q0.7 codes (what the PPU accumulates in a 32-bit register). */
  readonly totalQ: number;
  /** totalQ / 128. */
  readonly totalReward: number;
  readonly finalLcgState: number;
}

/**
 * One whole episode with a given action rule: states[t] is the state before step t (states has
 * length+1 entries), actions[t] and rewardsQ[t] belong to step t.
 */
export function runPpuEpisode(task: FixedPointTask, chooseAction: (state: number, step: number) => number): EpisodeTrace {
  const env = new PpuEnvironment(task);
  const n = task.episode.length;
  const states = new Int32Array(n + 1);
  const actions = new Int32Array(n);
  const rewardsQ = new Int32Array(n);
  states[0] = env.reset();
  let totalQ = 0;
  for (let t = 0; t < n; t++) {
    const a = chooseAction(states[t]!, t);
    const r = env.step(a);
    actions[t] = a;
    rewardsQ[t] = r.rewardQ;
    totalQ += r.rewardQ;
    states[t + 1] = r.next;
  }
  return { states, actions, rewardsQ, totalQ, totalReward: qToReward(totalQ), finalLcgState: env.lcgState };
}
