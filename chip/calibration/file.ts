// The calibration file: for one chip (mode, seed, mismatch scale), per neuron and calibrated
// parameter, the code that brings the measured value to its target, the measured value at that
// code and a model of the measured transfer function (fitted to measurements at several codes),
// so that targets other than the calibrated ones can be converted too. Versioned, validated with
// zod; docs/calibration.md describes the format.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { strictObject as strict } from '../../common/schema-fields.js';
import { UserError } from '../../common/errors.js';
import { parseJsonSource, type JsonSource } from '../../common/json-source.js';
import { CODE_MAX, N_NEURONS } from '../constants.js';
import { problemsError, stringifyCompact, zodProblems, type Problem } from '../json-file.js';
import type { ChipConfigInput } from '../config.js';
import type { NeuronCodes } from '../transfer.js';

export const CALIBRATION_FORMAT = 'dls-calibration';
export const CALIBRATION_VERSION = 1;

/** Parameters `dls calibrate` brings to targets. */
export const CALIBRATED_PARAMS = ['leak', 'threshold', 'reset', 'tauMem', 'tauExc', 'tauInh', 'refractory'] as const;
export type CalibratedParam = (typeof CALIBRATED_PARAMS)[number];

/**
 * Unit of the targets and measurements of each parameter in the file, and the model's shape:
 * 'linear': value = slope * code + intercept; 'reciprocal': 1 / value = slope * code + intercept
 * (time constants set by a transconductor's bias current).
 */
export const PARAM_INFO: Record<CalibratedParam, { unit: 'V' | 'ms'; model: 'linear' | 'reciprocal'; kind: 'voltage' | 'time' }> = {
  leak: { unit: 'V', model: 'linear', kind: 'voltage' },
  threshold: { unit: 'V', model: 'linear', kind: 'voltage' },
  reset: { unit: 'V', model: 'linear', kind: 'voltage' },
  tauMem: { unit: 'ms', model: 'reciprocal', kind: 'time' },
  tauExc: { unit: 'ms', model: 'reciprocal', kind: 'time' },
  tauInh: { unit: 'ms', model: 'reciprocal', kind: 'time' },
  refractory: { unit: 'ms', model: 'linear', kind: 'time' },
};

export interface ParamCalibration {
  /** Target in the parameter's unit (V, or biological ms). */
  target: number;
  /** Code found for the target (for reset: the shared code, the same for every neuron). */
  code: number;
  /** Value measured at `code`. */
  measured: number;
  /** Fitted transfer function (see PARAM_INFO for its shape). */
  slope: number;
  intercept: number;
}

export type NeuronCalibration = Record<CalibratedParam, ParamCalibration>;

export interface SpreadStats {
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Largest |measured - target| / target over the neurons. */
  worstRelativeError: number;
  /** Neurons within 5 % of their target. */
  within5Percent: number;
}

export interface CalibrationFile {
  format: typeof CALIBRATION_FORMAT;
  version: typeof CALIBRATION_VERSION;
  /** The chip the calibration was measured on. */
  chip: { mode: 'ideal' | 'mismatch'; seed: number; mismatchScale: number };
  units: Record<CalibratedParam, string>;
  /** Shared capmem codes chosen by the calibration. */
  shared: { reset: number };
  /** 32 entries. */
  neurons: NeuronCalibration[];
  /** Spread of the measured values at the ideal codes of the targets (before) and at the calibrated codes (after). */
  report: { before: Record<CalibratedParam, SpreadStats>; after: Record<CalibratedParam, SpreadStats> };
}

// --- schema ---------------------------------------------------------------------------------

const num = (what: string) => z.number({ error: `must be ${what}` }).refine(Number.isFinite, { error: `must be ${what}` });
const code = z.number({ error: `must be an integer in 0..${CODE_MAX}` }).int({ error: `must be an integer in 0..${CODE_MAX}` }).min(0, { error: `must be an integer in 0..${CODE_MAX}` }).max(CODE_MAX, { error: `must be an integer in 0..${CODE_MAX}` });
const paramSchema = strict({
  target: num('a finite number'),
  code,
  measured: num('a finite number'),
  slope: num('a finite number').refine((v) => v !== 0, { error: 'must not be 0 (the transfer function must depend on the code)' }),
  intercept: num('a finite number'),
});
const statsSchema = strict({
  mean: num('a number'), sd: num('a number'), min: num('a number'), max: num('a number'),
  worstRelativeError: num('a number'), within5Percent: z.number().int().min(0).max(N_NEURONS),
});
const perParam = <T extends z.ZodType>(s: T) => strict(Object.fromEntries(CALIBRATED_PARAMS.map((p) => [p, s])) as Record<CalibratedParam, T>);

const fileSchema = strict({
  format: z.literal(CALIBRATION_FORMAT, { error: `must be "${CALIBRATION_FORMAT}"` }),
  version: z.literal(CALIBRATION_VERSION, { error: `this dls reads calibration files of version ${CALIBRATION_VERSION}` }),
  chip: strict({
    mode: z.enum(['ideal', 'mismatch'], { error: 'must be "ideal" or "mismatch"' }),
    seed: z.number().int().min(0).max(0xffffffff, { error: 'must be an integer in 0..4294967295' }),
    mismatchScale: z.number().min(0).max(10, { error: 'must be a number in 0..10' }),
  }),
  units: perParam(z.string()),
  shared: strict({ reset: code }),
  neurons: z.array(perParam(paramSchema), { error: `must be an array of ${N_NEURONS} neurons` }).length(N_NEURONS, { error: `must be an array of exactly ${N_NEURONS} neurons` }),
  report: strict({ before: perParam(statsSchema), after: perParam(statsSchema) }),
});

/** Check a parsed calibration document; every problem at once, located when `src` is given. */
export function calibrationFromJson(value: unknown, src?: JsonSource, what = 'calibration'): Calibration {
  const r = fileSchema.safeParse(value);
  if (!r.success) throw problemsError(zodProblems(r.error, value), src, what);
  const f = r.data as CalibrationFile;
  const problems: Problem[] = [];
  f.neurons.forEach((n, i) => {
    if (n.reset.code !== f.shared.reset) problems.push({ path: ['neurons', i, 'reset', 'code'], message: `must equal shared.reset (${f.shared.reset}): the reset potential has one shared code` });
  });
  if (problems.length) throw problemsError(problems, src, what);
  return new Calibration(f);
}

export function parseCalibration(text: string, file: string): Calibration {
  const src = parseJsonSource(text, file);
  return calibrationFromJson(src.value, src);
}

export function loadCalibrationFile(file: string): Calibration {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read calibration file ${file}: ${c === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return parseCalibration(text, file);
}

// --- use ------------------------------------------------------------------------------------

/** Same target (a file's numbers went through decimal text). */
function sameTarget(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function modelValue(p: CalibratedParam, fit: { slope: number; intercept: number }, c: number): number {
  const y = fit.slope * c + fit.intercept;
  return PARAM_INFO[p].model === 'reciprocal' ? 1 / y : y;
}

export interface CodeChoice {
  code: number;
  /** False when the value lies outside what codes 0..1023 give (the nearest end is used). */
  inRange: boolean;
  /** Model values at codes 0 and 1023 (the parameter's unit). */
  range: [number, number];
}

export class Calibration {
  constructor(readonly file: CalibrationFile) {}

  get chip(): CalibrationFile['chip'] {
    return this.file.chip;
  }

  /**
   * The code of neuron n's parameter for `value` (V, or biological ms): the calibrated code when
   * value is the calibration's target, else the fitted model's nearest code.
   */
  codeFor(n: number, p: Exclude<CalibratedParam, 'reset'>, value: number): CodeChoice {
    const e = this.file.neurons[n]![p];
    const range: [number, number] = [modelValue(p, e, 0), modelValue(p, e, CODE_MAX)];
    if (sameTarget(value, e.target)) return { code: e.code, inRange: true, range };
    return { ...nearestCode((c) => modelValue(p, e, c), invert(p, e, value), value), range };
  }

  /** The shared reset code for `value` (V): least squares over the neurons' models. */
  resetCodeFor(value: number): CodeChoice {
    const ns = this.file.neurons;
    const range: [number, number] = [mean(ns.map((n) => modelValue('reset', n.reset, 0))), mean(ns.map((n) => modelValue('reset', n.reset, CODE_MAX)))];
    if (ns.every((n) => sameTarget(value, n.reset.target))) return { code: this.file.shared.reset, inRange: true, range };
    let sxy = 0;
    let sxx = 0;
    for (const n of ns) {
      sxy += n.reset.slope * (value - n.reset.intercept);
      sxx += n.reset.slope ** 2;
    }
    const meanValue = (c: number) => mean(ns.map((n) => modelValue('reset', n.reset, c)));
    return { ...nearestCode(meanValue, sxy / sxx, value), range };
  }

  /** Codes of every neuron at the calibration targets, as a chip configuration (with the chip's identity). */
  chipConfig(): ChipConfigInput {
    const neurons: Partial<NeuronCodes>[] = this.file.neurons.map((n) => ({
      leak: n.leak.code,
      threshold: n.threshold.code,
      tauMem: n.tauMem.code,
      tauExc: n.tauExc.code,
      tauInh: n.tauInh.code,
      refractory: n.refractory.code,
    }));
    return {
      mode: this.file.chip.mode,
      seed: this.file.chip.seed,
      mismatch: { scale: this.file.chip.mismatchScale },
      neurons,
      shared: { reset: this.file.shared.reset },
    };
  }

  toJson(): string {
    return stringifyCompact(this.file);
  }
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function invert(p: CalibratedParam, fit: { slope: number; intercept: number }, value: number): number {
  const y = PARAM_INFO[p].model === 'reciprocal' ? 1 / value : value;
  return (y - fit.intercept) / fit.slope;
}

/** The code next to the real-valued `raw` whose model value is closest to `value`. */
function nearestCode(f: (c: number) => number, raw: number, value: number): { code: number; inRange: boolean } {
  if (!Number.isFinite(raw)) return { code: 0, inRange: false };
  const lo = Math.max(0, Math.min(CODE_MAX, Math.floor(raw)));
  const hi = Math.min(CODE_MAX, lo + 1);
  const code = Math.abs(f(lo) - value) <= Math.abs(f(hi) - value) ? lo : hi;
  return { code, inRange: raw >= -0.5 && raw <= CODE_MAX + 0.5 };
}
