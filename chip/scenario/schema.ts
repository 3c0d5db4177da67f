// The scenario file's schema (zod): docs/scenarios.md is the user's description. Validation here
// covers types, ranges and units field by field; what needs several fields at once (times within
// the duration, values reachable by the codes, files that exist) is checked when the scenario is
// resolved (resolve.ts). Both report every problem at once with its JSON path.
//
// Rule of the format: inside `chip`, a bare number means what it means in a chip configuration
// (a capmem code, a cycle count, a bit mask); a physical value is a string with a unit. Outside
// `chip`, times are biological milliseconds (a number) or strings with a unit ("2 s", "980 cycles").

import { z } from 'zod';
import { bool, intIn, strictObject as obj } from '../../common/schema-fields.js';
import { ADDRESS_MAX, CODE_MAX, CYCLES_PER_BIO_MS, N_NEURONS, N_ROWS, PULSE_MAX, WEIGHT_MAX } from '../constants.js';
import { NEURON_PARAM_NAMES, SHARED_PARAM_NAMES, type NeuronParam, type SharedParam } from '../transfer.js';
import { parseQuantity, UNIT_EXAMPLES, type QuantityKind } from '../units.js';

export const SCENARIO_FORMAT = 'dls-scenario';
export const SCENARIO_VERSION = 1;

/** Physical kind of each capmem parameter, for values given with units. */
export const NEURON_PARAM_KIND: Record<NeuronParam, QuantityKind> = {
  leak: 'voltage',
  threshold: 'voltage',
  tauMem: 'time',
  tauExc: 'time',
  tauInh: 'time',
  gainExc: 'slope',
  gainInh: 'slope',
  refractory: 'time',
  offsetCurrent: 'slope',
};

export const SHARED_PARAM_KIND: Record<SharedParam, QuantityKind> = {
  reset: 'voltage',
  corrTauCausal: 'time',
  corrTauAnticausal: 'time',
  corrAmpCausal: 'voltage',
  corrAmpAnticausal: 'voltage',
};

export const SNAPSHOT_FIELDS = ['weights', 'addresses', 'correlation', 'correlationVolts', 'membrane', 'rateCounters'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** Longest scenario: 10^4 biological seconds (just under 2^30 cycles). */
export const MAX_DURATION_CYCLES = 980_000_000;
const U32 = 0xffffffff;

// --- field builders ---------------------------------------------------------------------------



function arr<T extends z.ZodType>(item: T, max: number, exact = false) {
  const msg = exact ? `must be an array of exactly ${max} entries` : `must be an array of at most ${max} entries`;
  const a = z.array(item, { error: msg }).max(max, { error: msg });
  return exact ? a.min(max, { error: msg }) : a;
}

/** A capmem parameter: a code 0..1023, or a physical value with a unit. */
export function paramValue(kind: QuantityKind) {
  const what = `a code 0..${CODE_MAX} or a ${kind} with a unit, e.g. ${UNIT_EXAMPLES[kind]}`;
  return z.union([z.number(), z.string()], { error: `must be ${what}` }).superRefine((v, ctx) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || v > CODE_MAX) ctx.addIssue({ code: 'custom', message: `must be ${what} (got ${v})` });
      return;
    }
    const q = parseQuantity(v, kind);
    if (!q.ok) ctx.addIssue({ code: 'custom', message: q.message });
    else if (q.value < 0) ctx.addIssue({ code: 'custom', message: `must not be negative (got ${JSON.stringify(v)})` });
  });
}

/** A time outside `chip`: biological ms as a number, or a string with a unit. */
export function timeValue(opts: { positive?: boolean } = {}) {
  const what = `a time: biological ms as a number, or ${UNIT_EXAMPLES.time}`;
  return z.union([z.number(), z.string()], { error: `must be ${what}` }).superRefine((v, ctx) => {
    let cycles: number;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return void ctx.addIssue({ code: 'custom', message: `must be ${what}` });
      cycles = v * CYCLES_PER_BIO_MS;
    } else {
      const q = parseQuantity(v, 'time');
      if (!q.ok) return void ctx.addIssue({ code: 'custom', message: q.message });
      cycles = q.value;
    }
    if (cycles < 0 || (opts.positive && cycles <= 0)) ctx.addIssue({ code: 'custom', message: `must be ${opts.positive ? 'positive' : 'zero or positive'} (got ${JSON.stringify(v)})` });
    else if (cycles > MAX_DURATION_CYCLES) ctx.addIssue({ code: 'custom', message: `must be at most 10000 s biological (got ${JSON.stringify(v)})` });
  });
}

/** A time inside `chip` (router interval and delay): cycles as a number, or a string with a unit. */
function cyclesValue(lo: number, hi: number) {
  const what = `a number of cycles ${lo}..${hi} or a time with a unit, e.g. ${UNIT_EXAMPLES.time}`;
  return z.union([z.number(), z.string()], { error: `must be ${what}` }).superRefine((v, ctx) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < lo || v > hi) ctx.addIssue({ code: 'custom', message: `must be ${what} (got ${v})` });
      return;
    }
    const q = parseQuantity(v, 'time');
    if (!q.ok) return void ctx.addIssue({ code: 'custom', message: q.message });
    const c = Math.round(q.value);
    if (c < lo || c > hi) ctx.addIssue({ code: 'custom', message: `must be ${lo}..${hi} cycles (got ${JSON.stringify(v)} = ${c} cycles)` });
  });
}

/** Rows (or neurons): a list of indices, or "all". */
function indexList(what: string, max: number) {
  const msg = `must be "all" or a non-empty list of ${what} 0..${max - 1}`;
  return z.union([z.literal('all'), z.array(z.number())], { error: msg }).superRefine((v, ctx) => {
    if (v === 'all') return;
    if (v.length === 0) ctx.addIssue({ code: 'custom', message: msg });
    v.forEach((x, i) => {
      if (!Number.isInteger(x) || x < 0 || x >= max) ctx.addIssue({ code: 'custom', path: [i], message: `must be an integer in 0..${max - 1} (got ${x})` });
    });
  });
}

/** A 32-bit mask as a number, or a list of bit indices. */
function maskValue(what: string) {
  const msg = `must be a 32-bit mask (integer 0..${U32}) or a list of ${what} 0..31`;
  return z.union([z.number(), z.array(z.number())], { error: msg }).superRefine((v, ctx) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || v > U32) ctx.addIssue({ code: 'custom', message: `${msg} (got ${v})` });
      return;
    }
    v.forEach((x, i) => {
      if (!Number.isInteger(x) || x < 0 || x > 31) ctx.addIssue({ code: 'custom', path: [i], message: `must be an integer in 0..31 (got ${x})` });
    });
  });
}

const frequencyValue = z.union([z.number(), z.string()], { error: `must be a rate: Hz (biological) as a number, or ${UNIT_EXAMPLES.frequency}` }).superRefine((v, ctx) => {
  let hz: number;
  if (typeof v === 'number') hz = v;
  else {
    const q = parseQuantity(v, 'frequency');
    if (!q.ok) return void ctx.addIssue({ code: 'custom', message: q.message });
    hz = q.value;
  }
  if (!(hz > 0 && hz <= 10_000)) ctx.addIssue({ code: 'custom', message: `must be a rate in (0, 10000] Hz biological (got ${JSON.stringify(v)})` });
});

// --- the document -----------------------------------------------------------------------------

const neuronParams = obj(Object.fromEntries(NEURON_PARAM_NAMES.map((k) => [k, paramValue(NEURON_PARAM_KIND[k]).optional()])) as Record<NeuronParam, z.ZodOptional<ReturnType<typeof paramValue>>>);
const sharedParams = obj(Object.fromEntries(SHARED_PARAM_NAMES.map((k) => [k, paramValue(SHARED_PARAM_KIND[k]).optional()])) as Record<SharedParam, z.ZodOptional<ReturnType<typeof paramValue>>>);
const driver = obj({
  mode: z.enum(['excitatory', 'inhibitory', 'disabled'], { error: 'must be "excitatory", "inhibitory" or "disabled"' }).optional(),
  pulseLength: intIn(0, PULSE_MAX).optional(),
});
const matrix = (max: number) => arr(arr(intIn(0, max), N_NEURONS, true), N_ROWS, true);

const chipSection = obj({
  mode: z.enum(['ideal', 'mismatch'], { error: 'must be "ideal" or "mismatch"' }).optional(),
  seed: intIn(0, U32).optional(),
  mismatch: obj({ scale: z.number({ error: 'must be a number in 0..10' }).min(0, { error: 'must be a number in 0..10' }).max(10, { error: 'must be a number in 0..10' }).optional() }).optional(),
  noise: obj({
    seed: intIn(0, U32),
    synapticJitter: z.number({ error: 'must be a number in 0..1' }).min(0, { error: 'must be a number in 0..1' }).max(1, { error: 'must be a number in 0..1' }).optional(),
    thresholdJitter: z.number({ error: 'must be a number in 0..0.2 (volts)' }).min(0, { error: 'must be a number in 0..0.2 (volts)' }).max(0.2, { error: 'must be a number in 0..0.2 (volts)' }).optional(),
  }).nullable().optional(),
  neuronDefaults: neuronParams.optional(),
  neurons: arr(neuronParams, N_NEURONS).optional(),
  shared: sharedParams.optional(),
  driverDefaults: driver.optional(),
  drivers: arr(driver, N_ROWS).optional(),
  weights: matrix(WEIGHT_MAX).optional(),
  addresses: matrix(ADDRESS_MAX).optional(),
  synapses: z.array(obj({
    rows: indexList('rows', N_ROWS),
    neurons: indexList('neurons', N_NEURONS),
    weight: intIn(0, WEIGHT_MAX).optional(),
    address: intIn(0, ADDRESS_MAX).optional(),
  }), { error: 'must be a list of {rows, neurons, weight, address}' }).optional(),
  rateCounters: obj({ enable: maskValue('neurons').optional(), clearOnRead: bool.optional() }).optional(),
  router: obj({
    enabled: bool.optional(),
    interval: cyclesValue(1, 1 << 24).optional(),
    delay: cyclesValue(0, 1 << 24).optional(),
    address: intIn(0, ADDRESS_MAX).optional(),
    rows: arr(maskValue('rows'), N_NEURONS, true).optional(),
  }).optional(),
});

const rows = indexList('rows', N_ROWS);
const address = intIn(0, ADDRESS_MAX);
const inputKinds = ['spikes', 'poisson', 'regular', 'events'];

const input = z.discriminatedUnion(
  'kind',
  [
    obj({ kind: z.literal('spikes'), address, rows, times: z.array(timeValue(), { error: 'must be a list of times' }) }),
    obj({ kind: z.literal('poisson'), address, rows, rate: frequencyValue, start: timeValue().optional(), stop: timeValue().optional(), seed: intIn(0, U32).optional(), independent: bool.optional() }),
    obj({ kind: z.literal('regular'), address, rows, rate: frequencyValue.optional(), interval: timeValue({ positive: true }).optional(), start: timeValue().optional(), stop: timeValue().optional() }),
    obj({
      kind: z.literal('events'),
      events: z.array(z.tuple([intIn(0, MAX_DURATION_CYCLES), intIn(0, ADDRESS_MAX), intIn(0, U32)], { error: 'must be [cycle, address, rowMask]' }), { error: 'must be a list of [cycle, address, rowMask]' }),
    }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? `must be one of ${inputKinds.map((k) => `"${k}"`).join(', ')}` : 'must be an input object with a "kind"') },
);

const record = obj({
  membrane: obj({
    neurons: indexList('neurons', N_NEURONS),
    interval: timeValue({ positive: true }),
    start: timeValue().optional(),
    stop: timeValue().optional(),
  }).optional(),
  snapshots: obj({
    at: z.array(timeValue(), { error: 'must be a list of times' }),
    include: z.array(z.enum(SNAPSHOT_FIELDS, { error: `must be one of ${SNAPSHOT_FIELDS.map((f) => `"${f}"`).join(', ')}` })).optional(),
  }).optional(),
  vcd: bool.optional(),
  plot: bool.optional(),
});

const ppu = obj({
  program: z.string({ error: 'must be a file name (relative to the scenario file)' }).min(1, { error: 'must be a file name' }),
  format: z.enum(['elf', 'bin', 'mem', 'asm', 'dsl'], { error: 'must be "elf", "bin", "mem", "asm" or "dsl"' }).optional(),
  loadAddress: intIn(0, 0x3fff).optional(),
  start: timeValue().optional(),
  mailbox: z.array(obj({ offset: intIn(0, 0xffc), words: z.array(intIn(0, U32), { error: 'must be a list of 32-bit words' }) }), { error: 'must be a list of {offset, words}' }).optional(),
  readMailbox: obj({ offset: intIn(0, 0xfff), length: intIn(1, 0x1000) }).optional(),
});

export const scenarioSchema = obj({
  format: z.literal(SCENARIO_FORMAT, { error: `must be "${SCENARIO_FORMAT}"` }),
  version: z.literal(SCENARIO_VERSION, { error: `this dls reads scenario version ${SCENARIO_VERSION}` }),
  name: z.string({ error: 'must be a string' }).optional(),
  description: z.string({ error: 'must be a string' }).optional(),
  seed: intIn(0, U32).optional(),
  duration: timeValue({ positive: true }),
  calibration: z.string({ error: 'must be a calibration file name (relative to the scenario file)' }).optional(),
  chip: chipSection.optional(),
  inputs: z.array(input, { error: 'must be a list of inputs' }).optional(),
  record: record.optional(),
  ppu: ppu.optional(),
  meta: z.record(z.string(), z.unknown(), { error: 'must be an object (free-form, ignored by dls)' }).optional(),
});

// --- the validated document's types -------------------------------------------------------------

export type ParamInput = number | string;
export type TimeInput = number | string;
export type IndexList = 'all' | number[];
export type MaskInput = number | number[];

export interface ChipSectionInput {
  mode?: 'ideal' | 'mismatch';
  seed?: number;
  mismatch?: { scale?: number };
  noise?: { seed: number; synapticJitter?: number; thresholdJitter?: number } | null;
  neuronDefaults?: Partial<Record<NeuronParam, ParamInput>>;
  neurons?: Partial<Record<NeuronParam, ParamInput>>[];
  shared?: Partial<Record<SharedParam, ParamInput>>;
  driverDefaults?: { mode?: 'excitatory' | 'inhibitory' | 'disabled'; pulseLength?: number };
  drivers?: { mode?: 'excitatory' | 'inhibitory' | 'disabled'; pulseLength?: number }[];
  weights?: number[][];
  addresses?: number[][];
  synapses?: { rows: IndexList; neurons: IndexList; weight?: number; address?: number }[];
  rateCounters?: { enable?: MaskInput; clearOnRead?: boolean };
  router?: { enabled?: boolean; interval?: number | string; delay?: number | string; address?: number; rows?: MaskInput[] };
}

export type InputSpec =
  | { kind: 'spikes'; address: number; rows: IndexList; times: TimeInput[] }
  | { kind: 'poisson'; address: number; rows: IndexList; rate: number | string; start?: TimeInput; stop?: TimeInput; seed?: number; independent?: boolean }
  | { kind: 'regular'; address: number; rows: IndexList; rate?: number | string; interval?: TimeInput; start?: TimeInput; stop?: TimeInput }
  | { kind: 'events'; events: [number, number, number][] };

export interface ScenarioDocument {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  name?: string;
  description?: string;
  seed?: number;
  duration: TimeInput;
  calibration?: string;
  chip?: ChipSectionInput;
  inputs?: InputSpec[];
  record?: {
    membrane?: { neurons: IndexList; interval: TimeInput; start?: TimeInput; stop?: TimeInput };
    snapshots?: { at: TimeInput[]; include?: SnapshotField[] };
    vcd?: boolean;
    plot?: boolean;
  };
  ppu?: {
    program: string;
    format?: 'elf' | 'bin' | 'mem' | 'asm' | 'dsl';
    loadAddress?: number;
    start?: TimeInput;
    mailbox?: { offset: number; words: number[] }[];
    readMailbox?: { offset: number; length: number };
  };
  meta?: Record<string, unknown>;
}
