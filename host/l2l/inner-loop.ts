// The inner loop of learning-to-learn: one learner (the TD rule on the chip, or its software
// counterpart) learns one task for a fixed number of steps with fixed hyperparameters Theta,
// and reports the reward it collected. The outer loop only sees this interface, so the chip
// backend and the software backend are interchangeable (docs/experiments.md, "Inner loops").
//
// A backend makes sessions; a session is reused for many episodes in one process or worker
// thread (the chip backend keeps one emulated chip and its compiled program per session). An
// episode's result must depend only on the arguments of runEpisode, never on the episodes the
// session ran before: that is what makes results independent of the number of workers and of
// which worker ran which episode.

import type { ThetaValues } from '../optimizers/index.js';
import type { Task } from '../tasks/index.js';

/** Steps per entry of EpisodeResult.blockRewards. */
export const BLOCK_STEPS = 100;

export interface EpisodeSeeds {
  /** Initial state of the environment's LCG (docs/tasks.md, "Sampling on the PPU"). */
  readonly environment: number;
  /** Seed of the agent's own randomness (tie-breaks, random actions, the chip's noise). */
  readonly agent: number;
}

export interface EpisodeResult {
  /** Sum of the rewards of all steps (reward units: a Q0.7 code q is worth q/128). */
  readonly totalReward: number;
  /** Sum of the rewards of each block of BLOCK_STEPS steps (the last block may be shorter). */
  readonly blockRewards: readonly number[];
  /** Steps taken (equals the requested steps). */
  readonly steps: number;
  /** Wall-clock time of the episode, for benchmarks only (never part of results). */
  readonly wallSeconds?: number;
  /** Emulated chip cycles (98 MHz) the episode took, when the backend is a chip. */
  readonly chipCycles?: number;
  /**
   * The learner's Q-values at the end, finalQ[state][action], in the backend's own units
   * (software: reward units; chip: synaptic weights). Only their order within a state is
   * meaningful: the greedy policy is the argmax per state.
   */
  readonly finalQ?: readonly (readonly number[])[];
}

/** Options of a session: backend-specific, plain JSON (they travel to worker threads and into config.json). */
export type InnerLoopOptions = Readonly<Record<string, unknown>>;

export interface InnerLoopSession {
  /**
   * Learn `task` from scratch for `steps` steps with hyperparameters `theta` (in the reference's
   * units, see host/optimizers/theta.ts). The environment's LCG starts from seeds.environment
   * (which overrides task.episode.seed); all of the agent's randomness comes from seeds.agent.
   */
  runEpisode(theta: ThetaValues, task: Task, seeds: EpisodeSeeds, steps: number): EpisodeResult | Promise<EpisodeResult>;
  /** Releases what the session holds (optional). */
  close?(): void | Promise<void>;
}

export interface InnerLoop {
  /** Registry name, e.g. 'software' or 'chip'. */
  readonly name: string;
  /** One line for --help and config.json. */
  readonly description: string;
  /**
   * The module that exports this inner loop (its import.meta.url), so that a worker thread can
   * import it by itself; the module must export the InnerLoop object under any name.
   */
  readonly module: string;
  /** Checks options (UserError on bad ones) and fills in defaults; the result is what sessions get. */
  resolveOptions(options: InnerLoopOptions): InnerLoopOptions;
  createSession(options: InnerLoopOptions): InnerLoopSession | Promise<InnerLoopSession>;
}

/** Sums of consecutive blocks of BLOCK_STEPS per-step rewards. */
export function blockSums(rewards: ArrayLike<number>, steps = rewards.length): number[] {
  const out: number[] = [];
  for (let b = 0; b < steps; b += BLOCK_STEPS) {
    let s = 0;
    const end = Math.min(steps, b + BLOCK_STEPS);
    for (let t = b; t < end; t++) s += rewards[t]!;
    out.push(s);
  }
  return out;
}

/**
 * Problems with a backend's episode result (a bug in the backend, not in the user's input):
 * wrong step count or block count, non-finite numbers, blocks that do not add up to the total,
 * a finalQ of the wrong shape.
 */
export function episodeResultProblems(r: EpisodeResult, steps: number, states: number, actions: number): string[] {
  const out: string[] = [];
  if (!r || typeof r !== 'object') return ['not an object'];
  if (!Number.isFinite(r.totalReward)) out.push(`totalReward must be a finite number, got ${r.totalReward}`);
  if (r.steps !== steps) out.push(`steps must be ${steps}, got ${r.steps}`);
  const blocks = Math.ceil(steps / BLOCK_STEPS);
  if (!Array.isArray(r.blockRewards) || r.blockRewards.length !== blocks) out.push(`blockRewards must have ${blocks} entries, got ${Array.isArray(r.blockRewards) ? r.blockRewards.length : typeof r.blockRewards}`);
  else {
    let sum = 0;
    for (const b of r.blockRewards) {
      if (!Number.isFinite(b)) out.push(`blockRewards has a non-finite entry ${b}`);
      sum += b;
    }
    // Rewards are multiples of 1/128, so any summation order is exact for episode lengths we use;
    // the tolerance only guards against a backend that sums in another representation.
    if (Number.isFinite(sum) && Math.abs(sum - r.totalReward) > 1e-6 * Math.max(1, Math.abs(r.totalReward))) out.push(`blockRewards sum to ${sum}, totalReward is ${r.totalReward}`);
  }
  if (r.chipCycles !== undefined && !(Number.isFinite(r.chipCycles) && r.chipCycles >= 0)) out.push(`chipCycles must be a non-negative number, got ${r.chipCycles}`);
  if (r.finalQ !== undefined) {
    if (!Array.isArray(r.finalQ) || r.finalQ.length !== states || r.finalQ.some((row) => !Array.isArray(row) || row.length !== actions || row.some((v) => !Number.isFinite(v)))) {
      out.push(`finalQ must be ${states} rows of ${actions} finite numbers`);
    }
  }
  return out;
}

/** Throws (as a bug of the backend) when the result is malformed. */
export function checkEpisodeResult(backend: string, r: EpisodeResult, steps: number, states: number, actions: number): EpisodeResult {
  const problems = episodeResultProblems(r, steps, states, actions);
  if (problems.length) throw new Error(`inner loop '${backend}' returned a bad episode result: ${problems.join('; ')}`);
  return r;
}

/** Greedy action(s) per state: all actions whose Q equals the row's maximum. */
export function greedyActions(finalQ: readonly (readonly number[])[]): number[][] {
  return finalQ.map((row) => {
    const m = Math.max(...row);
    const out: number[] = [];
    row.forEach((v, a) => {
      if (v === m) out.push(a);
    });
    return out;
  });
}
