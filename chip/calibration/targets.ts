// Calibration targets: what `dls calibrate` brings each neuron to. A targets file gives values with
// units for all neurons and optionally per neuron; missing values take the defaults below.
// docs/calibration.md describes the file.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { strictObject as strict } from '../../common/schema-fields.js';
import { UserError } from '../../common/errors.js';
import { parseJsonSource, type JsonSource } from '../../common/json-source.js';
import { CYCLES_PER_BIO_MS, N_NEURONS } from '../constants.js';
import { problemsError, zodProblems, type Problem } from '../json-file.js';
import { formatQuantity, parseQuantity, UNIT_EXAMPLES } from '../units.js';
import { CALIBRATED_PARAMS, PARAM_INFO, type CalibratedParam } from './file.js';

export const TARGETS_FORMAT = 'dls-calibration-targets';
export const TARGETS_VERSION = 1;

/** Default targets (as a user writes them). */
export const DEFAULT_TARGETS: Record<CalibratedParam, string> = {
  leak: '600 mV',
  threshold: '820 mV',
  reset: '530 mV',
  tauMem: '10 ms',
  tauExc: '5 ms',
  tauInh: '5 ms',
  refractory: '2 ms',
};

/**
 * Targets the calibration can reach on every chip of mismatch scale 1, in the file's units (V,
 * biological ms): the codes' ideal ranges shrunk by the largest expected fixed-pattern deviation
 * and kept where the measurement protocols work (e.g. thresholds the firing protocol can cross).
 */
export const TARGET_RANGES: Record<CalibratedParam, [number, number]> = {
  leak: [0.1, 1.0],
  threshold: [0.3, 1.05],
  reset: [0.1, 1.0],
  tauMem: [4, 200],
  tauExc: [2, 100],
  tauInh: [2, 100],
  refractory: [0.1, 6],
};

/** Per neuron, per parameter: the target in the parameter's unit (V or biological ms). */
export type Targets = Record<CalibratedParam, number>[];

function quantityField(p: CalibratedParam) {
  const kind = PARAM_INFO[p].kind;
  const [lo, hi] = TARGET_RANGES[p];
  const show = (v: number) => (kind === 'voltage' ? formatQuantity(v, 'voltage') : `${v} ms`);
  return z.string({ error: `must be a ${kind} with its unit, e.g. ${UNIT_EXAMPLES[kind]}` }).superRefine((s, ctx) => {
    const q = parseQuantity(s, kind);
    if (!q.ok) return void ctx.addIssue({ code: 'custom', message: q.message });
    const v = kind === 'time' ? q.value / CYCLES_PER_BIO_MS : q.value;
    if (!(v >= lo && v <= hi)) ctx.addIssue({ code: 'custom', message: `must be in ${show(lo)}..${show(hi)} (got ${JSON.stringify(s)})` });
  });
}


const allParams = Object.fromEntries(CALIBRATED_PARAMS.map((p) => [p, quantityField(p).optional()])) as Record<CalibratedParam, z.ZodOptional<ReturnType<typeof quantityField>>>;
const perNeuron = Object.fromEntries(CALIBRATED_PARAMS.filter((p) => p !== 'reset').map((p) => [p, quantityField(p).optional()]));

const targetsSchema = strict({
  format: z.literal(TARGETS_FORMAT, { error: `must be "${TARGETS_FORMAT}"` }),
  version: z.literal(TARGETS_VERSION, { error: `this dls reads targets files of version ${TARGETS_VERSION}` }),
  ...allParams,
  neurons: z.array(strict(perNeuron), { error: `must be an array of at most ${N_NEURONS} objects` }).max(N_NEURONS, { error: `must be an array of at most ${N_NEURONS} objects` }).optional(),
});

function toUnit(p: CalibratedParam, s: string): number {
  const q = parseQuantity(s, PARAM_INFO[p].kind);
  if (!q.ok) throw new Error(`unchecked target ${s}`);
  return PARAM_INFO[p].kind === 'time' ? q.value / CYCLES_PER_BIO_MS : q.value;
}

/** Targets of every neuron from a parsed targets document (undefined: the defaults). */
export function targetsFromJson(value: unknown, src?: JsonSource): Targets {
  if (value === undefined) value = { format: TARGETS_FORMAT, version: TARGETS_VERSION };
  const r = targetsSchema.safeParse(value);
  if (!r.success) throw problemsError(zodProblems(r.error, value), src, 'calibration targets');
  const doc = r.data as Record<string, unknown> & { neurons?: Partial<Record<CalibratedParam, string>>[] };
  const out: Targets = [];
  const problems: Problem[] = [];
  for (let n = 0; n < N_NEURONS; n++) {
    const t = {} as Record<CalibratedParam, number>;
    for (const p of CALIBRATED_PARAMS) t[p] = toUnit(p, (doc.neurons?.[n]?.[p] ?? doc[p] ?? DEFAULT_TARGETS[p]) as string);
    // The firing protocol needs room between reset and threshold; a neuron with the threshold at
    // or below the reset fires every cycle after its refractory time.
    if (t.threshold < t.reset + 0.05) {
      const path = doc.neurons?.[n]?.threshold !== undefined ? ['neurons', n, 'threshold'] : ['threshold'];
      problems.push({ path, message: `must be at least 50 mV above the reset target (${formatQuantity(t.reset, 'voltage')})${path.length > 1 ? '' : ` (neuron ${n})`}` });
    }
    out.push(t);
  }
  if (problems.length) throw problemsError(problems, src, 'calibration targets');
  return out;
}

export function loadTargetsFile(file: string): Targets {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read targets file ${file}: ${c === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const src = parseJsonSource(text, file);
  return targetsFromJson(src.value, src);
}

export function defaultTargets(): Targets {
  return targetsFromJson(undefined);
}
