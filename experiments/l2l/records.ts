// The data of a run as it is checkpointed and written: per outer iteration the population's
// fitness statistics, the generation's best individual, the optimizer's current answer and the
// transfer point; at the end the summary on test tasks against the baselines. Everything here
// is plain JSON and a pure function of the config (no wall-clock times), so a resumed run
// writes exactly the bytes of an uninterrupted one.

import { L2L_THETA, thetaFromNormalised, thetaToChip, type OptimizerKind, type OptimizerState } from '../../host/optimizers/index.js';
import type { MeanWithCi, Summary } from '../../host/l2l/index.js';
import type { ExperimentConfig } from './config.js';

/** A Theta three ways: normalised (what the optimizer sees), in the reference's units, on the chip. */
export interface ThetaPoint {
  readonly x: readonly number[];
  readonly theta: Readonly<Record<string, number>>;
  readonly chip: Readonly<Record<string, number>>;
}

export function thetaPoint(x: readonly number[]): ThetaPoint {
  const theta = thetaFromNormalised(L2L_THETA, x);
  return { x: [...x], theta, chip: thetaToChip(L2L_THETA, theta) };
}

export interface TransferPoint {
  /** Training tasks the outer loop had used when it proposed this Theta. */
  readonly tasksLearnt: number;
  readonly testTasks: number;
  readonly reward: MeanWithCi;
  readonly score: MeanWithCi;
}

export interface GenerationRecord {
  readonly generation: number;
  /** Evaluations (individuals) in this generation, and in the run so far. */
  readonly evaluations: number;
  readonly totalEvaluations: number;
  readonly fitness: Summary;
  /** Every individual's fitness, in population order. */
  readonly fitnesses: readonly number[];
  /** Emulated chip cycles of the generation's episodes (chip backends only). */
  readonly chipCycles: number | null;
  readonly best: ThetaPoint & { readonly id: number; readonly fitness: number };
  /** The optimizer's current answer as measured in this generation (ES: the centre). */
  readonly current: ThetaPoint & { readonly fitness: number };
  /** The answer after this generation (ES: the updated centre; CE: the fitted mean), tested on new tasks. */
  readonly answer: ThetaPoint & { readonly transfer: TransferPoint };
  readonly extra: Readonly<Record<string, number>>;
}

export interface InitialRecord extends ThetaPoint {
  readonly transfer: TransferPoint;
}

export const CHECKPOINT_FORMAT = 'dls-l2l-checkpoint';

export interface Checkpoint {
  readonly format: typeof CHECKPOINT_FORMAT;
  readonly version: 1;
  readonly config: ExperimentConfig;
  readonly initial: InitialRecord;
  readonly records: readonly GenerationRecord[];
  readonly optimizer: OptimizerState;
  readonly finished: boolean;
}

export interface SummaryRow {
  readonly key: string;
  readonly label: string;
  readonly reward: MeanWithCi;
  readonly score: MeanWithCi;
  /** Per test task, in task order. */
  readonly rewards: readonly number[];
  readonly scores: readonly number[];
  /** Mean reward per block of 100 steps over the tasks (learners only). */
  readonly blockMeans?: readonly number[];
  readonly theta?: ThetaPoint;
}

export interface PolicyPanel {
  readonly label: string;
  /** Greedy action(s) per MDP state (all maximisers; empty when the row is flat). */
  readonly actions: readonly (readonly number[])[];
}

export interface PolicyFigure {
  readonly maze: { readonly width: number; readonly height: number; readonly walls: readonly boolean[]; readonly goal: number };
  /** Cell of each MDP state. */
  readonly stateCells: readonly number[];
  readonly steps: number;
  readonly taskIndex: number;
  readonly panels: readonly PolicyPanel[];
}

export interface RunSummary {
  readonly testSeed: number;
  readonly steps: number;
  /** Family indices of the test tasks. */
  readonly taskIndices: readonly number[];
  readonly rows: readonly SummaryRow[];
  readonly policy: PolicyFigure | null;
}

/** The chip's resources in a run whose outer loop ran on the chip (docs/onchip.md). */
export interface OnChipResults {
  /** The PPU program of the outer loop. */
  readonly program: string;
  /** SRAM bytes: code, globals, deepest stack, free below the mailbox; the mailbox. */
  readonly memory: { readonly code: number; readonly data: number; readonly stack: number | null; readonly free: number; readonly mailbox: number };
  /** The inner loop's step grid, the network phase of a step, the quiet time before an episode (cycles). */
  readonly stepCycles: number;
  readonly networkCycles: number;
  readonly restCycles: number;
  /** Most cycles one inner step took (network phase and the PPU's work), and grid points skipped. */
  readonly stepCyclesMax: number;
  readonly gridSkips: number;
  /** Mean PPU cycles per outer iteration (episodes and the optimizer's work, without waiting for the host). */
  readonly generationCycles: number;
  /** Cycles the PPU waited for the host (slots not yet filled, log not yet read), in all. */
  readonly hostWaitCycles: number;
}

export const RESULTS_FORMAT = 'dls-l2l-results';

export interface Results {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: 1;
  readonly experiment: string;
  readonly optimizer: OptimizerKind;
  readonly seed: number;
  readonly backend: string;
  readonly quick: boolean;
  readonly tasksPerEvaluation: number;
  readonly steps: number;
  readonly initial: InitialRecord;
  readonly generations: readonly GenerationRecord[];
  /** Mean exact references over the transfer curve's test tasks. */
  readonly transferBaselines: { readonly tasks: number; readonly optimal: number; readonly random: number };
  readonly final: {
    readonly generations: number;
    readonly evaluations: number;
    /** The optimized Theta: the last generation's answer. */
    readonly answer: ThetaPoint;
    /** The best individual ever evaluated (one noisy measurement on its training tasks). */
    readonly bestEver: ThetaPoint & { readonly fitness: number; readonly generation: number };
  };
  readonly summary: RunSummary;
  /** Present when the outer loop ran on the chip. */
  readonly onChip?: OnChipResults;
}

/** The same value as after a JSON round trip (no -0, no undefined fields), so memory equals disk. */
export function canonicalJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
