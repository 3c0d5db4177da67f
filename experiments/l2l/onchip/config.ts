// Settings of an experiment whose outer loop runs on the chip (--on-chip), and the checks that
// the rest of the experiment's config fits the PPU programs: the optimizer (ES, CE or SA, within
// the PPU's arrays and fixed-point ranges), per-generation task sampling, the chip backend for the
// host-side evaluations, tasks that fit a mailbox slot and the inner loop's trace memory.

import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UserError } from '../../../common/errors.js';
import type { ExperimentConfig } from '../config.js';
import { encodeSettings, individualsPerGeneration, ONCHIP_KINDS, SLOT_BYTES, TRACE_ROWS, type OnChipKind, type OnChipSettings } from './protocol.js';

export interface OnChipConfig {
  /** The PPU's sleep between looks at an empty task slot or a full log (cycles). */
  readonly pollCycles: number;
  /** Cycles the host lets the chip run between two visits to the mailbox. */
  readonly chunkCycles: number;
}

export const ONCHIP_DEFAULTS: OnChipConfig = { pollCycles: 1000, chunkCycles: 1 << 22 };

const schema = z.strictObject({
  pollCycles: z.number().int().min(1).max(1_000_000).optional(),
  chunkCycles: z.number().int().min(1000).max(1 << 30).optional(),
});

export function resolveOnChip(over: Readonly<Record<string, unknown>> | undefined, where: string): OnChipConfig {
  const r = schema.safeParse(over ?? {});
  if (!r.success) {
    throw new UserError(r.error.issues.map((i) => ({
      message: `${where}: onChip${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.code === 'unrecognized_keys' ? `unknown setting ${i.keys.join(', ')} (known: pollCycles, chunkCycles)` : i.message}`,
    })));
  }
  return { ...ONCHIP_DEFAULTS, ...r.data };
}

/** The on-chip optimizer of a config (its kind checked). */
export function onChipSettings(config: ExperimentConfig): OnChipSettings {
  const kind = config.optimizer.kind;
  if (!(ONCHIP_KINDS as readonly string[]).includes(kind)) throw new UserError(`--on-chip: the PPU runs ${ONCHIP_KINDS.join(', ')}; '${kind}' runs on the host only`);
  return { kind: kind as OnChipKind, settings: config.optimizer.settings } as OnChipSettings;
}

/** Bytes of the largest task of the family in the binary form (docs/tasks.md), and its most states. */
export function familyTaskBound(config: ExperimentConfig): { bytes: number; states: number; actions: number } {
  const f = config.family;
  let S: number;
  let A: number;
  let perTransition: boolean;
  if (f.kind === 'mdp') {
    S = f.options.states ?? 6;
    A = f.options.actions ?? 8;
    perTransition = (f.options.rewardShape ?? 'transition') === 'transition';
  } else {
    S = (f.options.width ?? 3) * (f.options.height ?? 3) - 1;
    A = 4;
    perTransition = false;
  }
  const bytes = 24 + 2 * S + 2 * S * A * S + (perTransition ? S * A * S : S * A);
  return { bytes: Math.ceil(bytes / 4) * 4, states: S, actions: A };
}

/** Every reason why this experiment cannot run with its outer loop on the chip (UserError). */
export function checkOnChipExperiment(config: ExperimentConfig, where: string): void {
  const problems: string[] = [];
  let settings: OnChipSettings | null = null;
  try {
    settings = onChipSettings(config);
    encodeSettings(settings, `${where}: optimizer`);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.diagnostics.map((d) => d.message));
  }
  if (config.taskSampling !== 'per-generation') problems.push(`${where}: taskSampling: the on-chip outer loop streams each generation's tasks once to all individuals ('per-generation'), got '${config.taskSampling}'`);
  if (config.backend.name !== 'chip') problems.push(`--backend: an on-chip run evaluates its Theta on test tasks with the chip backend (the same inner loop), got '${config.backend.name}'`);
  const b = familyTaskBound(config);
  if (b.states > TRACE_ROWS) problems.push(`${where}: family: the on-chip inner loop holds at most ${TRACE_ROWS} states (traces in SRAM), the family's tasks have up to ${b.states}`);
  if (b.actions > 32) problems.push(`${where}: family: at most 32 actions (one neuron each), got ${b.actions}`);
  if (b.bytes > SLOT_BYTES) problems.push(`${where}: family: a task takes up to ${b.bytes} bytes, a mailbox slot holds ${SLOT_BYTES}`);
  // The PPU sums reward codes (at most 128 per step) over K episodes, and the log sums a generation.
  if (settings && config.tasksPerEvaluation * config.steps * 128 * individualsPerGeneration(settings) >= 2 ** 31) {
    problems.push(`${where}: tasksPerEvaluation x steps x 128 x individuals per generation must stay below 2^31 (the PPU's 32-bit sums), got ${config.tasksPerEvaluation} x ${config.steps} x 128 x ${individualsPerGeneration(settings)}`);
  }
  if (problems.length) throw new UserError(problems.map((message) => ({ message })));
}

/** The inner loop of the host-side evaluations of an on-chip run: episode.dsl (the chip's inner loop). */
export const EPISODE_PROGRAM = fileURLToPath(new URL('./episode.dsl', import.meta.url));

/** The chip backend's options for an on-chip run: its program is episode.dsl. */
export function onChipBackendOptions(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (options.program !== undefined && options.program !== EPISODE_PROGRAM) {
    throw new UserError('backendOptions.program: an on-chip run tests its Theta with experiments/l2l/onchip/episode.dsl, the inner loop the chip runs; leave the program out');
  }
  return { ...options, program: EPISODE_PROGRAM };
}
