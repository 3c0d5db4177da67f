// Software baselines: the TD learners of the reference list (SARSA / TD(lambda) with
// eligibility traces, Q-learning, epsilon-decay Q-learning) in floating point, driven by a named
// seeded stream. They take the same hyperparameters Theta as the on-chip rule
// (tdParamsFromTheta) and run on the same environment, either sampled in floating point or
// stepped bit-exactly like the PPU (PpuEnvironment). docs/tasks.md ("Software learners") gives
// the update equations and what each Theta entry means here.

import { Rng } from '../../common/random.js';
import { flatten, type Mdp } from './mdp.js';

/** What a learner needs from a task: start an episode, take one step. */
export interface Environment {
  readonly states: number;
  readonly actions: number;
  reset(): number;
  step(action: number): { readonly next: number; readonly reward: number };
}

/** An MDP sampled in floating point from its own stream (inverse CDF on one uniform per draw). */
export class SampledEnvironment implements Environment {
  readonly states: number;
  readonly actions: number;
  private readonly flat;
  private s = -1;

  constructor(mdp: Mdp, private readonly rng: Rng) {
    this.flat = flatten(mdp);
    this.states = mdp.states;
    this.actions = mdp.actions;
  }

  private draw(p: Float64Array, off: number): number {
    const u = this.rng.uniform();
    let c = 0;
    const S = this.states;
    for (let k = 0; k < S - 1; k++) {
      c += p[off + k]!;
      if (u < c) return k;
    }
    // Float rounding can leave the cumulative sum just below 1; never pick a zero-probability tail.
    for (let k = S - 1; k > 0; k--) if (p[off + k]! > 0) return k;
    return 0;
  }

  reset(): number {
    this.s = this.draw(this.flat.start, 0);
    return this.s;
  }

  step(action: number): { next: number; reward: number } {
    const { S, A, P, R } = this.flat;
    const o = (this.s * A + action) * S;
    const next = this.draw(P, o);
    this.s = next;
    return { next, reward: R[o + next]! };
  }
}

export type ActionSelection =
  /** argmax Q, ties broken uniformly at random (as the chip picks among action neurons that fired). */
  | { readonly kind: 'greedy' }
  /** With probability epsilon_t a uniform action, else greedy; epsilon_t = max(minEpsilon, epsilon * decay^t). */
  | { readonly kind: 'epsilon-greedy'; readonly epsilon: number; readonly decay?: number; readonly minEpsilon?: number }
  /** P(a) proportional to exp(Q(s, a) / temperature). */
  | { readonly kind: 'softmax'; readonly temperature: number };

export interface TdParams {
  /** 'sarsa' is SARSA(lambda) (TD(lambda) on Q); 'q-learning' is Watkins's Q(lambda). lambda = 0 gives the one-step rules. */
  readonly algorithm: 'sarsa' | 'q-learning';
  readonly gamma: number;
  /** Learning rate. */
  readonly eta: number;
  /** Trace decay. */
  readonly lambda: number;
  readonly initialQ: number;
  /** Q is clamped into [qMin, qMax] after every update (the chip's weights saturate). */
  readonly qMin?: number;
  readonly qMax?: number;
  /** Every `period` steps each state's Q row is mapped affinely, its minimum to `lower` and its maximum to `upper` (`rescaleRow`). */
  readonly rescale?: { readonly period: number; readonly lower: number; readonly upper: number };
  readonly selection: ActionSelection;
  /** 'replacing' (e = 1, what an int8 trace on the chip can hold) or 'accumulating' (e += 1). */
  readonly traces?: 'replacing' | 'accumulating';
}

export interface LearnerRun {
  readonly totalReward: number;
  /** Reward of every step. */
  readonly rewards: Float64Array;
  /** Final Q[s][a]. */
  readonly q: number[][];
  /** argmax of the final Q per state (lowest index on ties). */
  readonly greedyPolicy: number[];
}

function checkParams(p: TdParams): void {
  const bad: string[] = [];
  const inUnit = (name: string, v: number) => {
    if (!(v >= 0 && v <= 1)) bad.push(`${name} must be in [0, 1], got ${v}`);
  };
  inUnit('gamma', p.gamma);
  inUnit('lambda', p.lambda);
  if (!(p.eta >= 0)) bad.push(`eta must be >= 0, got ${p.eta}`);
  if (p.rescale && !(Number.isInteger(p.rescale.period) && p.rescale.period >= 1)) bad.push(`rescale.period must be an integer >= 1, got ${p.rescale.period}`);
  const sel = p.selection;
  if (sel.kind === 'epsilon-greedy') {
    inUnit('epsilon', sel.epsilon);
    if (sel.decay !== undefined) inUnit('epsilon decay', sel.decay);
  }
  if (sel.kind === 'softmax' && !(sel.temperature > 0)) bad.push(`softmax temperature must be > 0, got ${sel.temperature}`);
  if (bad.length) throw new Error(`TD learner: ${bad.join('; ')}`);
}

/**
 * Maps the row `q[offset .. offset+n)` affinely so that its smallest value becomes `lower` and its
 * largest `upper`, as the chip's inner loop does it (experiments/l2l/td.dsl, `rescale`): with
 * lower > upper the ranking of the row is reversed, and a flat row (no preference to map) is left
 * as it is. The software learner must do the same so that it is the chip's rule with the same Theta.
 */
export function rescaleRow(q: Float64Array, offset: number, n: number, lower: number, upper: number): void {
  let mn = Infinity;
  let mx = -Infinity;
  for (let a = 0; a < n; a++) {
    mn = Math.min(mn, q[offset + a]!);
    mx = Math.max(mx, q[offset + a]!);
  }
  if (!(mx > mn)) return;
  for (let a = 0; a < n; a++) q[offset + a] = lower + ((q[offset + a]! - mn) * (upper - lower)) / (mx - mn);
}

/**
 * Runs one learner for `steps` steps from env.reset(). Random choices (exploration, tie-breaks)
 * come from `rng` only, in a fixed order, so the same stream gives the same run.
 */
export function runTdLearner(env: Environment, params: TdParams, rng: Rng, steps: number): LearnerRun {
  checkParams(params);
  const S = env.states;
  const A = env.actions;
  const { gamma, eta, lambda } = params;
  const qMin = params.qMin ?? -Infinity;
  const qMax = params.qMax ?? Infinity;
  const replacing = (params.traces ?? 'replacing') === 'replacing';
  const Q = new Float64Array(S * A).fill(Math.min(qMax, Math.max(qMin, params.initialQ)));
  const E = new Float64Array(S * A);
  const rewards = new Float64Array(steps);
  const sel = params.selection;
  let t = 0;

  const greedy = (s: number): number => {
    const o = s * A;
    let best = Q[o]!;
    let count = 1;
    let choice = 0;
    // One uniform draw per tie (reservoir sampling) keeps the choice uniform among the maxima.
    for (let a = 1; a < A; a++) {
      const q = Q[o + a]!;
      if (q > best) {
        best = q;
        count = 1;
        choice = a;
      } else if (q === best) {
        count++;
        if (rng.int(0, count - 1) === 0) choice = a;
      }
    }
    return choice;
  };
  const isGreedy = (s: number, a: number): boolean => {
    const o = s * A;
    for (let b = 0; b < A; b++) if (Q[o + b]! > Q[o + a]!) return false;
    return true;
  };
  const select = (s: number): number => {
    if (sel.kind === 'greedy') return greedy(s);
    if (sel.kind === 'epsilon-greedy') {
      const eps = Math.max(sel.minEpsilon ?? 0, sel.epsilon * Math.pow(sel.decay ?? 1, t));
      if (rng.uniform() < eps) return rng.int(0, A - 1);
      return greedy(s);
    }
    const o = s * A;
    let m = -Infinity;
    for (let a = 0; a < A; a++) m = Math.max(m, Q[o + a]!);
    let z = 0;
    for (let a = 0; a < A; a++) z += Math.exp((Q[o + a]! - m) / sel.temperature);
    let u = rng.uniform() * z;
    for (let a = 0; a < A - 1; a++) {
      u -= Math.exp((Q[o + a]! - m) / sel.temperature);
      if (u < 0) return a;
    }
    return A - 1;
  };
  const rescaleAll = (lower: number, upper: number) => {
    for (let s = 0; s < S; s++) rescaleRow(Q, s * A, A, lower, upper);
  };

  let s = env.reset();
  let a = select(s);
  let total = 0;
  for (t = 0; t < steps; t++) {
    const { next, reward } = env.step(a);
    rewards[t] = reward;
    total += reward;
    // The next action is chosen before the update (SARSA needs it; for Q-learning it decides
    // whether the trace is cut) and with the Q of before the update, as the chip does.
    const a2 = select(next);
    let target: number;
    let cut = false;
    if (params.algorithm === 'sarsa') target = Q[next * A + a2]!;
    else {
      let m = -Infinity;
      for (let b = 0; b < A; b++) m = Math.max(m, Q[next * A + b]!);
      target = m;
      cut = !isGreedy(next, a2);
    }
    const delta = reward + gamma * target - Q[s * A + a]!;
    if (replacing) E[s * A + a] = 1;
    else E[s * A + a] = E[s * A + a]! + 1;
    const decay = gamma * lambda;
    for (let i = 0; i < S * A; i++) {
      const e = E[i]!;
      if (e === 0) continue;
      Q[i] = Math.min(qMax, Math.max(qMin, Q[i]! + eta * delta * e));
      E[i] = cut ? 0 : e * decay;
    }
    if (params.rescale && (t + 1) % params.rescale.period === 0) rescaleAll(params.rescale.lower, params.rescale.upper);
    s = next;
    a = a2;
  }
  const q: number[][] = [];
  const greedyPolicy: number[] = [];
  for (let st = 0; st < S; st++) {
    const row = Array.from(Q.subarray(st * A, st * A + A));
    q.push(row);
    let b = 0;
    for (let k = 1; k < A; k++) if (row[k]! > row[b]!) b = k;
    greedyPolicy.push(b);
  }
  return { totalReward: total, rewards, q, greedyPolicy };
}

/** The on-chip rule's hyperparameters in the reference's units (all in [0, 1]; see docs/optimizers.md). */
export interface L2lThetaValues {
  readonly gamma: number;
  readonly eta: number;
  readonly lambda: number;
  readonly weightLower: number;
  readonly weightUpper: number;
  readonly initialWeight: number;
  readonly inhibitoryWeight: number;
  readonly rescaleFrequency: number;
}

/** Largest synaptic weight (6 bits) and the Q0.7 scale that turns a weight byte into a fraction. */
export const WEIGHT_MAX = 63;
export const WEIGHT_FRACTION_SCALE = 128;
/** Rescale period in steps per unit of rescaleFrequency (the reference's x2000). */
export const RESCALE_PERIOD_SCALE = 2000;

/**
 * The software rule with the chip's hyperparameters, in the chip's units: a weight w in 0..63 is
 * the Q-value w/128 (a Q0.7 byte, as the FXV unit reads it), so Q lives in [0, 63/128] and is
 * clamped there; the initial Q is initialWeight*63/128; rescaling maps each row's minimum to
 * weightLower*63/128 and its maximum to weightUpper*63/128 (`rescaleRow`) every
 * round(rescaleFrequency*2000) steps (0: never). The lateral inhibitory weight only shapes the
 * chip's action competition and has no counterpart here; the action rule is `selection`.
 */
export function tdParamsFromTheta(theta: L2lThetaValues, selection: ActionSelection, algorithm: TdParams['algorithm'] = 'sarsa'): TdParams {
  const unit = WEIGHT_MAX / WEIGHT_FRACTION_SCALE;
  const period = Math.round(theta.rescaleFrequency * RESCALE_PERIOD_SCALE);
  return {
    algorithm,
    gamma: theta.gamma,
    eta: theta.eta,
    lambda: theta.lambda,
    initialQ: theta.initialWeight * unit,
    qMin: 0,
    qMax: unit,
    ...(period >= 1 ? { rescale: { period, lower: theta.weightLower * unit, upper: theta.weightUpper * unit } } : {}),
    selection,
    traces: 'replacing',
  };
}
