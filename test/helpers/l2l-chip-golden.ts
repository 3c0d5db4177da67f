// The episodes whose exact results test/l2l/chip-golden.test.ts pins (recorded by
// scripts/gen-l2l-chip-golden.ts into test/l2l/golden/chip-episodes.json). They pin the whole
// on-chip inner loop bit for bit: PPU timing (scalar and vector), the analog core and the
// program. Performance work on any of them must keep these results unchanged.
//
// The cases differ in what they exercise: random MDPs with transition rewards (the experiments'
// family) and state-action rewards, a maze, rescaling on and off, slow trace decay, a
// mismatch-mode chip, and non-default injection timing.

import { innerLoop } from '../../experiments/l2l/backends.js';
import { drawTaskSet, type EpisodeResult, type FamilySpec } from '../../host/l2l/index.js';
import type { ThetaValues } from '../../host/optimizers/index.js';

export interface GoldenCase {
  readonly name: string;
  readonly family: FamilySpec;
  readonly familySeed: number;
  /** Which training task of the family (0-based position in the set). */
  readonly task: number;
  readonly steps: number;
  readonly theta: ThetaValues;
  /** Chip backend options (besides the program). */
  readonly options: Readonly<Record<string, unknown>>;
}

const benchTheta = { gamma: 0.8, eta: 0.3, lambda: 0.5, weightLower: 0.2, weightUpper: 0.8, initialWeight: 0.7, inhibitoryWeight: 0.5, rescaleFrequency: 0.1 };

export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: 'mdp 6x8, bench Theta', family: { kind: 'mdp', options: {} }, familySeed: 1, task: 0, steps: 2000, theta: benchTheta, options: {} },
  {
    name: 'mdp 6x8, no rescaling, slow decay', family: { kind: 'mdp', options: {} }, familySeed: 2, task: 3, steps: 2000,
    theta: { gamma: 0.95, eta: 0.6, lambda: 0.9, weightLower: 0.1, weightUpper: 0.9, initialWeight: 0.4, inhibitoryWeight: 0.8, rescaleFrequency: 0 },
    options: {},
  },
  {
    name: 'mdp 4x3 state-action rewards, frequent rescaling', family: { kind: 'mdp', options: { states: 4, actions: 3, rewardShape: 'state-action' } }, familySeed: 3, task: 1, steps: 1500,
    theta: { gamma: 0.5, eta: 0.15, lambda: 0.3, weightLower: 0.3, weightUpper: 0.6, initialWeight: 0.5, inhibitoryWeight: 0.3, rescaleFrequency: 0.01 },
    options: {},
  },
  { name: 'maze 3x3', family: { kind: 'maze', options: {} }, familySeed: 4, task: 2, steps: 2000, theta: benchTheta, options: {} },
  { name: 'mdp 6x8 on a mismatch-mode chip', family: { kind: 'mdp', options: {} }, familySeed: 5, task: 0, steps: 1000, theta: benchTheta, options: { mismatch: true, chipSeed: 7 } },
  {
    name: 'mdp 6x8, other injection timing', family: { kind: 'mdp', options: {} }, familySeed: 6, task: 4, steps: 1000, theta: benchTheta,
    options: { injectCount: 9, injectInterval: 170, settle: 55, routerInterval: 13, routerDelay: 7 },
  },
];

/** The result of a case without its wall time (the only part that may differ between runs). */
export type GoldenResult = Omit<EpisodeResult, 'wallSeconds'>;

export async function runGoldenCase(c: GoldenCase): Promise<GoldenResult> {
  const loop = await innerLoop('chip');
  const session = await loop.createSession(loop.resolveOptions(c.options));
  const set = drawTaskSet(c.family, c.familySeed, 'train', c.task + 1, c.steps);
  const t = set[c.task]!;
  const { wallSeconds: _, ...r } = await session.runEpisode(c.theta, t.task, t.seeds, c.steps);
  return r;
}
