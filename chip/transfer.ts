// Capacitive-memory layout and the transfer functions from 10-bit codes to physical values
// (volts, chip seconds, V/s), with their inverses for scenario files and calibration.
// docs/chip-model.md, "Parameters: the capacitive memory", is the specification.

import { BIO_FACTOR, CLOCK_HZ, CODE_MAX, V_RANGE } from './constants.js';

export type Unit = 'V' | 's' | 'V/s';

export interface ParamSpec {
  /** Capmem row. */
  readonly row: number;
  /** 'neuron': columns 0..31, one per neuron; 'shared': column 32. */
  readonly column: 'neuron' | 'shared';
  readonly unit: Unit;
  readonly doc: string;
  /** Ideal physical value of a code (chip time for times). */
  readonly toValue: (code: number) => number;
  /** Real-valued code giving `value` (before rounding and clamping). */
  readonly toCode: (value: number) => number;
}

const volt = (c: number) => (V_RANGE * c) / CODE_MAX;
const voltInv = (v: number) => (v * CODE_MAX) / V_RANGE;
const hyper = (k: number) => (c: number) => k / (c + 1);
const hyperInv = (k: number) => (t: number) => k / t - 1;
const lin = (k: number) => (c: number) => k * c;
const linInv = (k: number) => (v: number) => v / k;

/** Time constants set by a transconductor bias: tau = T / (code + 1). */
export const TAU_MEM_SCALE = 2.56e-3;
export const TAU_SYN_SCALE = 1.28e-3;
export const TAU_CORR_SCALE = 2.56e-3;
/** Synaptic gain: V/s added to the synaptic current (over C_m) per weight unit, per code. */
export const GAIN_SCALE = 1.0;
/** Offset current over C_m, per code. */
export const OFFSET_SCALE = 100;
/** Refractory time per code. */
export const REFRACTORY_SCALE = 10e-9;
/** Correlation accumulator step per pairing at zero delay, at code 1023. */
export const CORR_AMP_FULL = 0.3;
/** Membrane capacitance: only for stating currents in amperes. */
export const C_MEM = 2e-12;

export const NEURON_PARAMS = {
  leak: { row: 0, column: 'neuron', unit: 'V', doc: 'leak potential E_L', toValue: volt, toCode: voltInv },
  threshold: { row: 1, column: 'neuron', unit: 'V', doc: 'threshold', toValue: volt, toCode: voltInv },
  tauMem: { row: 2, column: 'neuron', unit: 's', doc: 'membrane time constant', toValue: hyper(TAU_MEM_SCALE), toCode: hyperInv(TAU_MEM_SCALE) },
  tauExc: { row: 3, column: 'neuron', unit: 's', doc: 'excitatory synaptic time constant', toValue: hyper(TAU_SYN_SCALE), toCode: hyperInv(TAU_SYN_SCALE) },
  tauInh: { row: 4, column: 'neuron', unit: 's', doc: 'inhibitory synaptic time constant', toValue: hyper(TAU_SYN_SCALE), toCode: hyperInv(TAU_SYN_SCALE) },
  gainExc: { row: 5, column: 'neuron', unit: 'V/s', doc: 'excitatory gain per weight unit', toValue: lin(GAIN_SCALE), toCode: linInv(GAIN_SCALE) },
  gainInh: { row: 6, column: 'neuron', unit: 'V/s', doc: 'inhibitory gain per weight unit', toValue: lin(GAIN_SCALE), toCode: linInv(GAIN_SCALE) },
  refractory: { row: 7, column: 'neuron', unit: 's', doc: 'refractory time', toValue: lin(REFRACTORY_SCALE), toCode: linInv(REFRACTORY_SCALE) },
  offsetCurrent: { row: 8, column: 'neuron', unit: 'V/s', doc: 'offset current / C_m', toValue: lin(OFFSET_SCALE), toCode: linInv(OFFSET_SCALE) },
} as const satisfies Record<string, ParamSpec>;

export const SHARED_PARAMS = {
  reset: { row: 0, column: 'shared', unit: 'V', doc: 'reset potential (all neurons)', toValue: volt, toCode: voltInv },
  corrTauCausal: { row: 1, column: 'shared', unit: 's', doc: 'causal trace time constant', toValue: hyper(TAU_CORR_SCALE), toCode: hyperInv(TAU_CORR_SCALE) },
  corrTauAnticausal: { row: 2, column: 'shared', unit: 's', doc: 'anticausal trace time constant', toValue: hyper(TAU_CORR_SCALE), toCode: hyperInv(TAU_CORR_SCALE) },
  corrAmpCausal: { row: 3, column: 'shared', unit: 'V', doc: 'causal accumulator step at zero delay', toValue: lin(CORR_AMP_FULL / CODE_MAX), toCode: linInv(CORR_AMP_FULL / CODE_MAX) },
  corrAmpAnticausal: { row: 4, column: 'shared', unit: 'V', doc: 'anticausal accumulator step at zero delay', toValue: lin(CORR_AMP_FULL / CODE_MAX), toCode: linInv(CORR_AMP_FULL / CODE_MAX) },
} as const satisfies Record<string, ParamSpec>;

export type NeuronParam = keyof typeof NEURON_PARAMS;
export type SharedParam = keyof typeof SHARED_PARAMS;
export const NEURON_PARAM_NAMES = Object.keys(NEURON_PARAMS) as NeuronParam[];
export const SHARED_PARAM_NAMES = Object.keys(SHARED_PARAMS) as SharedParam[];

export type NeuronCodes = Record<NeuronParam, number>;
export type SharedCodes = Record<SharedParam, number>;

/** Physical value (chip time for times) of a parameter's code. */
export function codeToValue(param: NeuronParam | SharedParam, code: number): number {
  const spec: ParamSpec = param in NEURON_PARAMS ? NEURON_PARAMS[param as NeuronParam] : SHARED_PARAMS[param as SharedParam];
  return spec.toValue(code);
}

/** A code for a physical value: nearest code in 0..1023, and whether the value is reachable. */
export function valueToCode(param: NeuronParam | SharedParam, value: number): { code: number; inRange: boolean } {
  const spec: ParamSpec = param in NEURON_PARAMS ? NEURON_PARAMS[param as NeuronParam] : SHARED_PARAMS[param as SharedParam];
  const raw = spec.toCode(value);
  if (!Number.isFinite(raw)) return { code: raw > 0 ? CODE_MAX : 0, inRange: false };
  // Nearest in value, not in code: for tau ~ 1/(c+1) the two neighbours are unevenly spaced.
  const lo = Math.max(0, Math.min(CODE_MAX, Math.floor(raw)));
  const hi = Math.max(0, Math.min(CODE_MAX, lo + 1));
  const code = Math.abs(spec.toValue(lo) - value) <= Math.abs(spec.toValue(hi) - value) ? lo : hi;
  return { code, inRange: raw >= -0.5 && raw <= CODE_MAX + 0.5 };
}

/** Chip seconds to biological milliseconds (x 1000 for biology, x 1000 for ms). */
export function chipSecondsToBioMs(s: number): number {
  return s * BIO_FACTOR * 1e3;
}

export function bioMsToChipSeconds(ms: number): number {
  return ms / (BIO_FACTOR * 1e3);
}

/** Seconds (chip time) to cycles, as float (time constants are kept in cycles). */
export function secondsToCycles(s: number): number {
  return s * CLOCK_HZ;
}

/** Refractory time in whole cycles, at least one (the reset takes a cycle). */
export function refractoryCycles(seconds: number): number {
  return Math.max(1, Math.round(seconds * CLOCK_HZ));
}

/** Ideal codes of a resting, sensible neuron (docs/chip-model.md). */
export const DEFAULT_NEURON_CODES: Readonly<NeuronCodes> = {
  leak: 512, // 0.601 V
  threshold: 700, // 0.821 V
  tauMem: 255, // 10 us chip, 10 ms bio
  tauExc: 255, // 5 us chip, 5 ms bio
  tauInh: 255,
  gainExc: 300,
  gainInh: 300,
  refractory: 200, // 2 us chip, 2 ms bio
  offsetCurrent: 0,
};

export const DEFAULT_SHARED_CODES: Readonly<SharedCodes> = {
  reset: 450, // 0.528 V
  corrTauCausal: 127, // 20 us chip, 20 ms bio
  corrTauAnticausal: 127,
  corrAmpCausal: 100, // 29 mV per pairing, about 6 ADC steps
  corrAmpAnticausal: 100,
};
