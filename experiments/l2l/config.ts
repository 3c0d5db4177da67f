// The learning-to-learn experiments and their settings: mdp-l2l (random 6x8 MDPs, 2000-step
// episodes) and maze-l2l (3x3 mazes, 1000-step episodes). The full settings are the
// reference's (docs/optimizers.md, ../shared/reference/learning-to-learn.md); --quick scales
// generations, population, tasks per evaluation and test tasks down so that a run finishes in
// about two minutes on two cores with the chip backend (one 2000-step chip episode: 0.05 to
// 0.2 s). A config file may override any setting; the resolved config is written to config.json.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../../common/errors.js';
import { parseJsonSource } from '../../common/json-source.js';
import { problemsError, zodProblems } from '../../chip/index.js';
import { OPTIMIZER_KINDS, resolveConfig, type ConfigOf, type OptimizerKind } from '../../host/optimizers/index.js';
import { checkMazeOptions, checkRandomMdpOptions } from '../../host/tasks/index.js';
import type { FamilySpec, TaskSampling } from '../../host/l2l/index.js';
import { checkOnChipExperiment, resolveOnChip, type OnChipConfig } from './onchip/config.js';

export const EXPERIMENTS = ['mdp-l2l', 'maze-l2l'] as const;
export type ExperimentName = (typeof EXPERIMENTS)[number];

/**
 * Family seed of the test tasks. The same for every run of an experiment, so that all runs (any
 * optimizer, any seed) are tested on the same tasks and can be compared task by task.
 */
export const TEST_SEED = 2019;

export const CONFIG_FORMAT = 'dls-l2l-config';

export interface ExperimentConfig {
  readonly format: typeof CONFIG_FORMAT;
  readonly version: 1;
  readonly experiment: ExperimentName;
  readonly quick: boolean;
  /** Seed of the run: optimizer streams and training tasks. */
  readonly seed: number;
  readonly family: FamilySpec;
  readonly optimizer: { readonly kind: OptimizerKind; readonly settings: ConfigOf[OptimizerKind] };
  readonly backend: { readonly name: string; readonly options: Readonly<Record<string, unknown>> };
  /** K: training tasks per fitness evaluation. */
  readonly tasksPerEvaluation: number;
  /** Steps per episode, in training and in testing. */
  readonly steps: number;
  readonly taskSampling: TaskSampling;
  readonly testSeed: number;
  /** Test tasks for each point of the transfer curve. */
  readonly transferTasks: number;
  /** Test tasks of the final summary (initial vs optimized Theta vs baselines). */
  readonly testTasks: number;
  /** Mazes: steps before the greedy policy is drawn (null: no policy plot). */
  readonly policySteps: number | null;
  /** Present when the outer loop runs on the chip (dls experiment ... --on-chip, docs/onchip.md). */
  readonly onChip?: OnChipConfig;
}

/** The settings a config file may change. */
export interface ExperimentOverrides {
  readonly optimizer?: Readonly<Record<string, unknown>>;
  readonly backendOptions?: Readonly<Record<string, unknown>>;
  readonly family?: Readonly<Record<string, unknown>>;
  readonly tasksPerEvaluation?: number;
  readonly steps?: number;
  readonly taskSampling?: TaskSampling;
  readonly testSeed?: number;
  readonly transferTasks?: number;
  readonly testTasks?: number;
  readonly policySteps?: number | null;
  /** On-chip runs: the host's polling (docs/onchip.md). */
  readonly onChip?: Readonly<Record<string, unknown>>;
}

interface Scale {
  readonly tasksPerEvaluation: number;
  readonly transferTasks: number;
  readonly testTasks: number;
  readonly optimizer: { readonly [K in OptimizerKind]: Partial<ConfigOf[K]> };
}

/** The reference's settings (optimizers: their library defaults, which are the reference's). */
const FULL: Scale = {
  tasksPerEvaluation: 20,
  transferTasks: 20,
  testTasks: 50,
  // A 5-point grid over 7 parameters is 78125 points; 3 points (2187) in batches of 51 is the
  // grid of roughly ES's budget per generation.
  optimizer: { es: {}, ce: {}, sa: {}, ga: {}, grid: { pointsPerDimension: 3, batchSize: 51 } },
};

/**
 * About 650 training episodes plus about 150 for the transfer curve and the summary: 40 to
 * 160 s of episodes on two workers at 0.05 to 0.2 s per chip episode.
 */
const QUICK: Scale = {
  tasksPerEvaluation: 5,
  transferTasks: 8,
  testTasks: 20,
  optimizer: {
    es: { populationSize: 6, nIterations: 10 },
    ce: { populationSize: 12, nIterations: 10 },
    sa: { parallelRuns: 12, nIterations: 10 },
    ga: { populationSize: 12, nIterations: 10 },
    grid: { pointsPerDimension: 2, batchSize: 13 },
  },
};

interface Definition {
  readonly description: string;
  readonly family: FamilySpec;
  readonly steps: number;
  readonly policySteps: number | null;
}

export const DEFINITIONS: Readonly<Record<ExperimentName, Definition>> = {
  'mdp-l2l': {
    description: 'TD learning on random MDPs (6 states, 8 actions, mdptoolbox-style), 2000-step episodes',
    family: { kind: 'mdp', options: { states: 6, actions: 8, rewardShape: 'transition' } },
    steps: 2000,
    policySteps: null,
  },
  'maze-l2l': {
    description: 'TD learning in random 3x3 mazes (4 actions, goal +127/128, wall -1/128), 1000-step episodes',
    family: { kind: 'maze', options: { width: 3, height: 3, wallProbability: 0.2 } },
    steps: 1000,
    policySteps: 1000,
  },
};

const int = (lo: number, hi: number) => z.number().int().min(lo).max(hi);
const record = z.record(z.string(), z.unknown());
const overridesSchema = z.strictObject({
  optimizer: record.optional(),
  backendOptions: record.optional(),
  family: record.optional(),
  tasksPerEvaluation: int(1, 10_000).optional(),
  steps: int(1, 1_000_000).optional(),
  taskSampling: z.enum(['per-generation', 'per-individual']).optional(),
  testSeed: int(0, 0xffffffff).optional(),
  transferTasks: int(0, 10_000).optional(),
  testTasks: int(1, 10_000).optional(),
  policySteps: int(1, 1_000_000).nullable().optional(),
  onChip: record.optional(),
});

export interface ResolveInput {
  readonly experiment: string;
  readonly optimizer: string;
  readonly seed: number;
  readonly quick: boolean;
  readonly backend: string;
  /** Run the outer loop on the chip (ES, CE, SA as PPU programs). */
  readonly onChip?: boolean;
  readonly overrides?: ExperimentOverrides;
  /** Where the overrides came from (for messages). */
  readonly where?: string;
}

function resolveFamily(base: FamilySpec, over: Readonly<Record<string, unknown>> | undefined, where: string): FamilySpec {
  const known = base.kind === 'mdp' ? ['states', 'actions', 'rewardShape'] : ['width', 'height', 'wallProbability', 'goalReward', 'wallPenalty', 'stepReward'];
  const unknown = Object.keys(over ?? {}).filter((k) => !known.includes(k));
  if (unknown.length) throw new UserError(`${where}: family: unknown ${base.kind} option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${known.join(', ')})`);
  if (base.kind === 'mdp') {
    const { fixedPoint: _f, ...options } = checkRandomMdpOptions({ ...base.options, ...(over ?? {}) });
    return { kind: 'mdp', options };
  }
  return { kind: 'maze', options: checkMazeOptions({ ...base.options, ...(over ?? {}) }) };
}

/** The full config of a run; every value checked (UserError naming the setting). */
export function resolveExperimentConfig(input: ResolveInput): ExperimentConfig {
  const { experiment, optimizer, seed, quick, backend } = input;
  const where = input.where ?? 'config';
  if (!(EXPERIMENTS as readonly string[]).includes(experiment)) throw new UserError(`unknown experiment '${experiment}' (one of ${EXPERIMENTS.join(', ')})`);
  if (!(OPTIMIZER_KINDS as readonly string[]).includes(optimizer)) throw new UserError(`--optimizer: must be one of ${OPTIMIZER_KINDS.join(', ')}, got '${optimizer}'`);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) throw new UserError(`--seed: must be an integer in [0, 4294967295], got ${seed}`);
  const def = DEFINITIONS[experiment as ExperimentName];
  const scale = quick ? QUICK : FULL;
  const kind = optimizer as OptimizerKind;
  const checked = overridesSchema.safeParse(input.overrides ?? {});
  if (!checked.success) throw problemsError(zodProblems(checked.error, input.overrides), undefined, where);
  const o = checked.data as ExperimentOverrides;
  const settings = resolveConfig(kind, { ...scale.optimizer[kind], ...(o.optimizer ?? {}) }, `${where}: optimizer`, 7);
  if (o.onChip !== undefined && !input.onChip) throw new UserError(`${where}: onChip settings are for runs with --on-chip`);
  const onChip = input.onChip ? resolveOnChip(o.onChip, where) : undefined;
  const config: ExperimentConfig = {
    format: CONFIG_FORMAT,
    version: 1,
    experiment: experiment as ExperimentName,
    quick,
    seed,
    family: resolveFamily(def.family, o.family, where),
    optimizer: { kind, settings },
    backend: { name: backend, options: o.backendOptions ?? {} },
    tasksPerEvaluation: o.tasksPerEvaluation ?? scale.tasksPerEvaluation,
    steps: o.steps ?? def.steps,
    taskSampling: o.taskSampling ?? 'per-generation',
    testSeed: o.testSeed ?? TEST_SEED,
    transferTasks: o.transferTasks ?? scale.transferTasks,
    testTasks: o.testTasks ?? scale.testTasks,
    policySteps: o.policySteps !== undefined ? o.policySteps : def.policySteps,
    ...(onChip ? { onChip } : {}),
  };
  if (onChip) checkOnChipExperiment(config, where);
  return config;
}

/** Reads a --config file: JSON with any of the ExperimentOverrides fields, problems located in the file. */
export function readOverrides(file: string): ExperimentOverrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`--config: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const src = parseJsonSource(text, file);
  const r = overridesSchema.safeParse(src.value);
  if (!r.success) throw problemsError(zodProblems(r.error, src.value), src);
  return r.data as ExperimentOverrides;
}
