// The host's side of the on-chip outer loop's mailbox (layout version 1, "L2LC"): offsets, the
// run configuration in the PPU's fixed-point formats, and the decoding of log entries.
// experiments/l2l/onchip/stream.dsl is the PPU's side; docs/onchip.md describes both.

import { UserError } from '../../../common/errors.js';
import {
  COOLING_SCHEDULES,
  DEFAULT_COOLING_ALPHA,
  type CeConfig,
  type EsConfig,
  type SaConfig,
} from '../../../host/optimizers/index.js';

export const ONCHIP_MAGIC = 0x4c324c43; // "L2LC"

/** Byte offsets in the mailbox (base 0x3000). */
export const OFF = {
  magic: 0x000,
  status: 0x004,
  optimizer: 0x008,
  mode: 0x00c,
  seed: 0x010,
  generations: 0x014,
  population: 0x018,
  tasksPerEvaluation: 0x01c,
  steps: 0x020,
  dimension: 0x024,
  initMode: 0x028,
  lambda: 0x02c,
  params: 0x030,
  injectCount: 0x050,
  injectInterval: 0x054,
  settle: 0x058,
  stepCycles: 0x05c,
  restCycles: 0x060,
  pollCycles: 0x064,
  quadScale: 0x068,
  quadTarget: 0x070,
  slotSeq: 0x090,
  slotAgent: 0x098,
  tasksReleased: 0x0a0,
  logWritten: 0x0a4,
  logRead: 0x0a8,
  generation: 0x0ac,
  episodes: 0x0b0,
  overruns: 0x0b4,
  busyMax: 0x0b8,
  log: [0x100, 0x280],
  init: 0x400,
  slots: [0x400, 0xa00],
} as const;

export const SLOT_BYTES = 1536;
export const LOG_WORDS = 96;
export const LOG_FITNESS = 40;
/** Individuals per generation the PPU holds (ES 2 x 25 + 1, CE 50, SA 50 fit). */
export const POP_MAX = 51;
/** ES perturbation directions the PPU holds. */
export const ES_DIRECTIONS_MAX = 25;
/** States of a task the on-chip inner loop holds (traces in SRAM). */
export const TRACE_ROWS = 8;
export const DIMENSION_MAX = 7;
/** Generations at most (the SA schedules loop over k; keeps k^2 and counters in range). */
export const GENERATIONS_MAX = 10_000;

export const STATUS = { before: 0, running: 1, done: 2, badMagic: -1, wrongOptimizer: -2, badConfig: -3 } as const;

export type OnChipKind = 'es' | 'ce' | 'sa';
export const ONCHIP_KINDS: readonly OnChipKind[] = ['es', 'ce', 'sa'];
export const KIND_CODE: Record<OnChipKind, number> = { es: 1, ce: 2, sa: 3 };

/** The network timing and polling of an on-chip run (cycles). */
export interface OnChipTiming {
  readonly injectCount: number;
  readonly injectInterval: number;
  readonly settle: number;
  /** The inner loop's step grid (a multiple of the router's window). */
  readonly stepCycles: number;
  /** Quiet cycles before each episode, so the neurons start exactly at rest. */
  readonly restCycles: number;
  /** The PPU's sleep between looks at an empty slot or a full log. */
  readonly pollCycles: number;
}

/** Defaults; episode.dsl has the same STEP_CYCLES and REST_CYCLES. */
export const STEP_CYCLES = 4000;
export const REST_CYCLES = 100_000;
export const DEFAULT_TIMING: OnChipTiming = { injectCount: 16, injectInterval: 100, settle: 400, stepCycles: STEP_CYCLES, restCycles: REST_CYCLES, pollCycles: 1000 };

export const Q16 = 65536;
export const Q20 = 2 ** 20;
export const Q24 = 2 ** 24;
export const Q30 = 2 ** 30;
const I32_MAX = 0x7fffffff;

/** A point of the unit box as the PPU stores it: Q16 in 0..65535. */
export function pointToQ16(x: readonly number[]): number[] {
  return x.map((v) => Math.min(65535, Math.max(0, Math.round(v * Q16))));
}

export function pointFromQ16(q: readonly number[]): number[] {
  return q.map((v) => v / Q16);
}

/** The optimizer's settings as the PPU's parameter words p[0..7] (docs/onchip.md). */
export type OnChipSettings = { kind: 'es'; settings: EsConfig } | { kind: 'ce'; settings: CeConfig } | { kind: 'sa'; settings: SaConfig };

function fixed(name: string, v: number, scale: number, problems: string[], max = I32_MAX): number {
  const q = Math.round(v * scale);
  if (!(q <= max)) problems.push(`${name}: ${v} is too large for the PPU's fixed point (at most ${max / scale})`);
  return q;
}

/** Individuals per generation of an optimizer with these settings. */
export function individualsPerGeneration(o: OnChipSettings): number {
  if (o.kind === 'es') return (o.settings.mirroredSampling ? 2 : 1) * o.settings.populationSize + 1;
  if (o.kind === 'ce') return o.settings.populationSize;
  return o.settings.parallelRuns;
}

/**
 * The parameter words, generations and population of the PPU program, or a UserError naming
 * every setting the on-chip optimizer cannot take (with the reason).
 */
export function encodeSettings(o: OnChipSettings, where = 'optimizer'): { params: number[]; generations: number; population: number } {
  const problems: string[] = [];
  const p: number[] = [];
  let population: number;
  const s = o.settings;
  if (s.stopFitness !== null) problems.push(`${o.kind}.stopFitness: the on-chip optimizers run a fixed number of generations (set it to null)`);
  if (s.nIterations > GENERATIONS_MAX) problems.push(`${o.kind}.nIterations: at most ${GENERATIONS_MAX} on the chip, got ${s.nIterations}`);
  if (o.kind === 'es') {
    const e = o.settings;
    population = e.populationSize;
    if (e.populationSize > ES_DIRECTIONS_MAX) problems.push(`es.populationSize: the PPU holds at most ${ES_DIRECTIONS_MAX} perturbation directions, got ${e.populationSize}`);
    if (!e.fitnessShaping) problems.push('es.fitnessShaping: the on-chip ES always shapes fitnesses (raw rewards times the noise would overflow its 32-bit sums)');
    p.push(fixed('es.learningRate', e.learningRate, Q16, problems, 32767 * Q16));
    p.push(fixed('es.learningRateDecay', e.learningRateDecay, Q30, problems));
    const sigma = fixed('es.noiseStd', e.noiseStd, Q16, problems, 8 * Q16);
    if (sigma < 1) problems.push(`es.noiseStd: ${e.noiseStd} is below the PPU's resolution (2^-16)`);
    p.push(sigma, e.mirroredSampling ? 1 : 0);
  } else if (o.kind === 'ce') {
    const c = o.settings;
    population = c.populationSize;
    if (c.populationSize > POP_MAX) problems.push(`ce.populationSize: the PPU holds at most ${POP_MAX} samples, got ${c.populationSize}`);
    p.push(Math.floor(c.rho * c.populationSize));
    p.push(fixed('ce.smoothing', c.smoothing, Q16, problems));
    p.push(fixed('ce.noiseMagnitude', c.noiseMagnitude, Q24, problems, 16 * Q24));
    p.push(fixed('ce.noiseDecay', c.noiseDecay, Q30, problems));
    p.push(fixed('ce.tempDecay', c.tempDecay, Q30, problems));
  } else {
    const a = o.settings;
    population = a.parallelRuns;
    if (a.parallelRuns > POP_MAX) problems.push(`sa.parallelRuns: the PPU holds at most ${POP_MAX} runs, got ${a.parallelRuns}`);
    const alpha = a.coolingAlpha ?? DEFAULT_COOLING_ALPHA[a.coolingSchedule] ?? 1;
    if (a.coolingSchedule === 'exponential' && alpha >= 2) problems.push(`sa.coolingAlpha: the on-chip exponential schedule takes alpha < 2, got ${alpha}`);
    p.push(fixed('sa.noisyStep', a.noisyStep, Q16, problems, 16 * Q16));
    p.push(fixed('sa.tempDecay', a.tempDecay, Q30, problems));
    p.push(COOLING_SCHEDULES.indexOf(a.coolingSchedule));
    p.push(fixed('sa.coolingAlpha', alpha, Q16, problems, 32767 * Q16));
    p.push(fixed('sa.initialTemperature', a.initialTemperature, Q20, problems, 2047 * Q20));
    p.push(fixed('sa.finalTemperature', a.finalTemperature, Q20, problems, 2047 * Q20));
  }
  if (problems.length) throw new UserError(problems.map((m) => ({ message: `${where}: ${m}` })));
  while (p.length < 8) p.push(0);
  return { params: p, generations: s.nIterations, population };
}

/** One generation as the PPU logs it (raw fixed-point numbers). */
export interface LogEntry {
  readonly generation: number;
  readonly individuals: number;
  /** Index of the optimizer's current answer in the population (ES: 0, the centre; SA: the run). */
  readonly currentIndex: number;
  /** Its fitness (raw: see fitnessUnit). */
  readonly currentFitness: number;
  /** Four optimizer-specific numbers (docs/onchip.md, "The log"). */
  readonly extra: readonly [number, number, number, number];
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  readonly bestIndex: number;
  /** PPU cycles of the generation, and of those spent waiting for the host. */
  readonly cycles: number;
  readonly waitCycles: number;
  /** Most cycles of one inner step in this generation, and steps that ran late. */
  readonly busyMax: number;
  readonly overruns: number;
  readonly best: readonly number[];
  readonly current: readonly number[];
  readonly answer: readonly number[];
  /** Every individual's raw fitness, population order. */
  readonly fitnesses: readonly number[];
}

/**
 * Decodes a log entry. `where` names it in errors (which entry, at which mailbox address): a
 * malformed entry means the PPU program and this decoder disagree, and the word that shows it
 * is named so the two can be compared.
 */
export function decodeLogEntry(words: ArrayLike<number>, dimension: number, where = 'on-chip log entry'): LogEntry {
  const w = (i: number) => words[i]! | 0;
  const vec = (at: number) => Array.from({ length: dimension }, (_, k) => w(at + k));
  if (words.length < LOG_WORDS) throw new Error(`${where}: ${words.length} words, a log entry has ${LOG_WORDS}`);
  const n = w(1);
  if (!(n >= 1 && n <= POP_MAX)) throw new Error(`${where}, word 1 (individuals): ${n}, expected 1..${POP_MAX}`);
  if (!(w(2) >= 0 && w(2) < n)) throw new Error(`${where}, word 2 (current index): ${w(2)}, expected 0..${n - 1}`);
  if (!(w(11) >= 0 && w(11) < n)) throw new Error(`${where}, word 11 (best index): ${w(11)}, expected 0..${n - 1}`);
  return {
    generation: w(0),
    individuals: n,
    currentIndex: w(2),
    currentFitness: w(3),
    extra: [w(4), w(5), w(6), w(7)],
    sum: w(8),
    min: w(9),
    max: w(10),
    bestIndex: w(11),
    cycles: words[12]! >>> 0,
    waitCycles: words[13]! >>> 0,
    busyMax: w(14),
    overruns: w(15),
    best: vec(16),
    current: vec(23),
    answer: vec(30),
    fitnesses: Array.from({ length: n }, (_, i) => w(LOG_FITNESS + i)),
  };
}

/** The log entry without its timing words (what must not depend on the host's speed). */
export function logResult(e: LogEntry): Omit<LogEntry, 'cycles' | 'waitCycles'> {
  const { cycles: _c, waitCycles: _w, ...rest } = e;
  return rest;
}
