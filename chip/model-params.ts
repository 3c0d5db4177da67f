// The chip model's variant parameters: what a model variant (chip/model.ts, docs/regress.md) can
// change in the chip without touching the code. DEFAULT_CHIP_MODEL is the model of
// docs/chip-model.md; with it every result is bit-identical to a chip built without parameters.

import type { PairingScheme } from './correlation.js';
import type { ChipMode } from './config.js';
import { MISMATCH_SIGMA } from './mismatch.js';
import { INJECTION_LATENCY } from './constants.js';

export type MismatchSigma = { -readonly [K in keyof typeof MISMATCH_SIGMA]: number };

export interface ChipModelParams {
  neuron: {
    /** Factors on the effective membrane, synaptic and refractory time constants (1: the model). */
    tauMemScale: number;
    tauExcScale: number;
    tauInhScale: number;
    refractoryScale: number;
  };
  correlation: { pairing: PairingScheme };
  mismatch: {
    /** null: the chip configuration's mode, seed and scale; else these replace them. */
    identity: { mode: ChipMode; seed: number; scale: number } | null;
    sigma: MismatchSigma;
  };
  router: {
    /** Cycles from a PPU spike-injection write to the delivery. */
    injectionLatency: number;
    /** Cycles added to the configured delay of every router event (an FPGA pipeline stage). */
    extraDelay: number;
  };
}

export const DEFAULT_CHIP_MODEL: ChipModelParams = Object.freeze({
  neuron: Object.freeze({ tauMemScale: 1, tauExcScale: 1, tauInhScale: 1, refractoryScale: 1 }),
  correlation: Object.freeze({ pairing: 'nearest-symmetric' as PairingScheme }),
  mismatch: Object.freeze({ identity: null, sigma: Object.freeze({ ...MISMATCH_SIGMA }) }),
  router: Object.freeze({ injectionLatency: INJECTION_LATENCY, extraDelay: 0 }),
}) as ChipModelParams;
