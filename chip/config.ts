// The chip's configuration: what a user (or a scenario file, or the calibration) sets before the
// chip runs. Validated with zod; every problem is reported with the path of the bad field and the
// allowed values, all at once, before anything runs. The normalised form (ChipConfig) is complete
// and is itself a valid input, so it round-trips through JSON.

import { z } from 'zod';
import { bool, intIn, numIn, strictObject as obj } from '../common/schema-fields.js';
import { UserError, type Diagnostic } from '../common/errors.js';
import { ADDRESS_MAX, CODE_MAX, N_NEURONS, N_ROWS, PULSE_MAX, WEIGHT_MAX } from './constants.js';
import {
  DEFAULT_NEURON_CODES,
  DEFAULT_SHARED_CODES,
  NEURON_PARAM_NAMES,
  SHARED_PARAM_NAMES,
  type NeuronCodes,
  type SharedCodes,
} from './transfer.js';

export type ChipMode = 'ideal' | 'mismatch';
export type DriverMode = 'excitatory' | 'inhibitory' | 'disabled';
export const DRIVER_MODES: readonly DriverMode[] = ['disabled', 'excitatory', 'inhibitory'];

export interface DriverConfig {
  mode: DriverMode;
  /** 5-bit pulse length; the pulse factor is (pulseLength + 1) / 32. */
  pulseLength: number;
}

export interface NoiseConfig {
  seed: number;
  /** Relative sigma of each delivered synaptic jump. */
  synapticJitter: number;
  /** Sigma of the threshold (volts), redrawn after every spike. */
  thresholdJitter: number;
}

export interface RouterConfig {
  enabled: boolean;
  /** Window length in cycles. */
  interval: number;
  /** Cycles from the end of a window to the delivery of its event. */
  delay: number;
  /** 6-bit address of the router's events. */
  address: number;
  /** Per neuron: the rows (drivers) mapped to it, bit r = row r. */
  rows: number[];
}

export interface ChipConfig {
  mode: ChipMode;
  /** Identity of the chip: seeds the fixed-pattern mismatch. */
  seed: number;
  mismatch: { scale: number };
  noise: NoiseConfig | null;
  /** Capmem codes per neuron (32 entries). */
  neurons: NeuronCodes[];
  /** Capmem codes of the shared column. */
  shared: SharedCodes;
  drivers: DriverConfig[];
  /** weights[row][column], 6 bits. */
  weights: number[][];
  /** addresses[row][column], 6 bits. */
  addresses: number[][];
  rateCounters: { enable: number; clearOnRead: boolean };
  router: RouterConfig;
}

type Partialish<T> = { [K in keyof T]?: T[K] };

/** What users write: every field optional; `neuronDefaults` applies to all neurons first. */
export interface ChipConfigInput {
  mode?: ChipMode;
  seed?: number;
  mismatch?: { scale?: number };
  noise?: Partialish<NoiseConfig> & { seed: number } | null;
  neuronDefaults?: Partial<NeuronCodes>;
  neurons?: Partial<NeuronCodes>[];
  shared?: Partial<SharedCodes>;
  driverDefaults?: Partial<DriverConfig>;
  drivers?: Partial<DriverConfig>[];
  weights?: number[][];
  addresses?: number[][];
  rateCounters?: { enable?: number; clearOnRead?: boolean };
  router?: Partialish<RouterConfig>;
}

// --- schema ---------------------------------------------------------------------------------

const U32 = 0xffffffff;
const code = intIn(0, CODE_MAX);

function arr<T extends z.ZodType>(item: T, max: number, exact = false) {
  const msg = exact ? `must be an array of exactly ${max} entries` : `must be an array of at most ${max} entries`;
  const a = z.array(item, { error: msg }).max(max, { error: msg });
  return exact ? a.min(max, { error: msg }) : a;
}

const neuronCodesSchema = obj(Object.fromEntries(NEURON_PARAM_NAMES.map((k) => [k, code.optional()])) as Record<keyof NeuronCodes, z.ZodOptional<typeof code>>);
const sharedCodesSchema = obj(Object.fromEntries(SHARED_PARAM_NAMES.map((k) => [k, code.optional()])) as Record<keyof SharedCodes, z.ZodOptional<typeof code>>);
const driverSchema = obj({
  mode: z.enum(['excitatory', 'inhibitory', 'disabled'], { error: 'must be "excitatory", "inhibitory" or "disabled"' }).optional(),
  pulseLength: intIn(0, PULSE_MAX).optional(),
});
const matrix = (max: number) => arr(arr(intIn(0, max), N_NEURONS, true), N_ROWS, true);

const schema = obj({
  mode: z.enum(['ideal', 'mismatch'], { error: 'must be "ideal" or "mismatch"' }).optional(),
  seed: intIn(0, U32).optional(),
  mismatch: obj({ scale: numIn(0, 10).optional() }).optional(),
  noise: obj({
    seed: intIn(0, U32),
    synapticJitter: numIn(0, 1).optional(),
    thresholdJitter: numIn(0, 0.2).optional(),
  }).nullable().optional(),
  neuronDefaults: neuronCodesSchema.optional(),
  neurons: arr(neuronCodesSchema, N_NEURONS).optional(),
  shared: sharedCodesSchema.optional(),
  driverDefaults: driverSchema.optional(),
  drivers: arr(driverSchema, N_ROWS).optional(),
  weights: matrix(WEIGHT_MAX).optional(),
  addresses: matrix(ADDRESS_MAX).optional(),
  rateCounters: obj({ enable: intIn(0, U32).optional(), clearOnRead: bool.optional() }).optional(),
  router: obj({
    enabled: bool.optional(),
    interval: intIn(1, 1 << 24).optional(),
    delay: intIn(0, 1 << 24).optional(),
    address: intIn(0, ADDRESS_MAX).optional(),
    rows: arr(intIn(0, U32), N_NEURONS, true).optional(),
  }).optional(),
});

// --- checking -------------------------------------------------------------------------------

export interface ConfigIssue {
  /** Path of the bad field, e.g. ["neurons", 3, "threshold"]. */
  path: (string | number)[];
  /** What is wrong and what is allowed. */
  message: string;
}

/** `neurons[3].threshold` */
export function formatPath(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s || '(top level)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object' && v !== null) return 'an object';
  return String(v);
}

export type ConfigCheck = { ok: true; config: ChipConfig } | { ok: false; issues: ConfigIssue[] };
export type InputCheck = { ok: true; input: ChipConfigInput } | { ok: false; issues: ConfigIssue[] };

/** Validate a (partial) configuration without filling in defaults; every problem is listed. */
export function checkChipInput(input: unknown): InputCheck {
  const r = schema.safeParse(input ?? {});
  if (!r.success) {
    const issues = r.error.issues.map((iss): ConfigIssue => {
      const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
      const got = iss.code === 'unrecognized_keys' ? '' : ` (got ${describe(valueAt(input, iss.path))})`;
      return { path, message: `${formatPath(path)}: ${iss.message}${got}` };
    });
    return { ok: false, issues };
  }
  return { ok: true, input: r.data as ChipConfigInput };
}

/** Validate and normalise a configuration; every problem is listed. */
export function checkChipConfig(input: unknown): ConfigCheck {
  const r = checkChipInput(input);
  return r.ok ? { ok: true, config: normalise(r.input) } : r;
}

/** Validate and normalise, throwing a UserError that lists every problem. */
export function parseChipConfig(input: unknown, source = 'chip config'): ChipConfig {
  const r = checkChipConfig(input);
  if (r.ok) return r.config;
  throw new UserError(r.issues.map((i): Diagnostic => ({ message: `${source}: ${i.message}` })));
}

/** Fill in every default of a validated input. */
export function normalise(c: ChipConfigInput): ChipConfig {
  const neurons: NeuronCodes[] = [];
  for (let n = 0; n < N_NEURONS; n++) {
    neurons.push({ ...DEFAULT_NEURON_CODES, ...stripUndef(c.neuronDefaults), ...stripUndef(c.neurons?.[n]) });
  }
  const drivers: DriverConfig[] = [];
  for (let r = 0; r < N_ROWS; r++) {
    drivers.push({ mode: 'excitatory', pulseLength: PULSE_MAX, ...stripUndef(c.driverDefaults), ...stripUndef(c.drivers?.[r]) });
  }
  const zeros = () => Array.from({ length: N_ROWS }, () => new Array<number>(N_NEURONS).fill(0));
  return {
    mode: c.mode ?? 'ideal',
    seed: c.seed ?? 0,
    mismatch: { scale: c.mismatch?.scale ?? 1 },
    noise: c.noise
      ? { seed: c.noise.seed, synapticJitter: c.noise.synapticJitter ?? 0, thresholdJitter: c.noise.thresholdJitter ?? 0 }
      : null,
    neurons,
    shared: { ...DEFAULT_SHARED_CODES, ...stripUndef(c.shared) },
    drivers,
    weights: c.weights ? c.weights.map((row) => [...row]) : zeros(),
    addresses: c.addresses ? c.addresses.map((row) => [...row]) : zeros(),
    rateCounters: { enable: c.rateCounters?.enable ?? 0xffffffff, clearOnRead: c.rateCounters?.clearOnRead ?? false },
    router: {
      enabled: c.router?.enabled ?? false,
      interval: c.router?.interval ?? 100,
      delay: c.router?.delay ?? 100,
      address: c.router?.address ?? 50,
      rows: c.router?.rows ? [...c.router.rows] : new Array<number>(N_NEURONS).fill(0),
    },
  };
}

function stripUndef<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A fresh default configuration (ideal mode, all drivers excitatory, weights and addresses 0). */
export function defaultChipConfig(): ChipConfig {
  return normalise({});
}
