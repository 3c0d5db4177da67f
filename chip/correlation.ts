// Pairing schemes of the correlation sensors other than the chip's own (symmetric nearest-neighbour,
// which chip.ts computes inline). docs/chip-model.md ("Correlation sensors") and docs/regress.md
// ("Model variants") define them; they exist so that a model variant can ask what a different
// sensor circuit would do to a plasticity experiment.
//
// * nearest-reduced: a presynaptic spike pairs only with the first postsynaptic spike after it,
//   and a postsynaptic spike only with the first presynaptic spike after it (each spike is used
//   at most once per direction and synapse).
// * all-to-all: every earlier spike on the other side counts: the traces are incremented (not set)
//   by each spike and decay with the sensor's time constant.
//
// The objects work on the chip's own typed arrays (by reference), so the chip's state stays in
// one place; they are called where the nearest-neighbour code would run.

import { CORR_SATURATION, N_NEURONS, N_ROWS, N_SYNAPSES } from './constants.js';

export type PairingScheme = 'nearest-symmetric' | 'nearest-reduced' | 'all-to-all';
export const PAIRING_SCHEMES: readonly PairingScheme[] = ['nearest-symmetric', 'nearest-reduced', 'all-to-all'];

/** The chip arrays a pairing scheme reads and writes ([row * 32 + column], per neuron for lastPost). */
export interface SensorArrays {
  causal: Float64Array;
  anticausal: Float64Array;
  lastPre: Float64Array;
  lastPost: Float64Array;
  ampC: Float64Array;
  ampA: Float64Array;
  rateC: Float64Array;
  rateA: Float64Array;
}

export interface Pairing {
  /** Neuron n spikes at cycle s (before lastPost[n] is set to s). */
  post(n: number, s: number): void;
  /** A presynaptic spike reaches synapse i (column n) at cycle c (before lastPre[i] is set to c). */
  pre(i: number, n: number, c: number): void;
}

class ReducedPairing implements Pairing {
  constructor(private readonly a: SensorArrays) {}

  post(n: number, s: number): void {
    const { lastPre, causal, ampC, rateC } = this.a;
    const prevPost = this.a.lastPost[n]!;
    for (let r = 0, i = n; r < N_ROWS; r++, i += N_NEURONS) {
      const tp = lastPre[i]!;
      // Only a presynaptic spike that no postsynaptic spike has used yet (a pre delivered in the
      // cycle of the previous post came after it: spikes are handled before deliveries).
      if (tp < 0 || tp < prevPost) continue;
      const acc = causal[i]! + ampC[i]! * Math.exp(-(s - tp) * rateC[i]!);
      causal[i] = acc < CORR_SATURATION ? acc : CORR_SATURATION;
    }
  }

  pre(i: number, n: number, c: number): void {
    const tpost = this.a.lastPost[n]!;
    if (tpost < 0 || tpost <= this.a.lastPre[i]!) return;
    const acc = this.a.anticausal[i]! + this.a.ampA[i]! * Math.exp(-(c - tpost) * this.a.rateA[i]!);
    this.a.anticausal[i] = acc < CORR_SATURATION ? acc : CORR_SATURATION;
  }
}

class AllToAllPairing implements Pairing {
  /** Sum of the unit traces of all presynaptic spikes of synapse i, at its latest one (causal time constant). */
  private readonly preTrace = new Float64Array(N_SYNAPSES);
  /** Sum of the unit traces of all spikes of the synapse's neuron, at its latest one (anticausal time constant of synapse i). */
  private readonly postTrace = new Float64Array(N_SYNAPSES);

  constructor(private readonly a: SensorArrays) {}

  post(n: number, s: number): void {
    const { lastPre, causal, ampC, rateC, rateA } = this.a;
    const prevPost = this.a.lastPost[n]!;
    for (let r = 0, i = n; r < N_ROWS; r++, i += N_NEURONS) {
      const tp = lastPre[i]!;
      if (tp >= 0) {
        const acc = causal[i]! + ampC[i]! * this.preTrace[i]! * Math.exp(-(s - tp) * rateC[i]!);
        causal[i] = acc < CORR_SATURATION ? acc : CORR_SATURATION;
      }
      this.postTrace[i] = (prevPost >= 0 ? this.postTrace[i]! * Math.exp(-(s - prevPost) * rateA[i]!) : 0) + 1;
    }
  }

  pre(i: number, n: number, c: number): void {
    const tpost = this.a.lastPost[n]!;
    if (tpost >= 0) {
      const acc = this.a.anticausal[i]! + this.a.ampA[i]! * this.postTrace[i]! * Math.exp(-(c - tpost) * this.a.rateA[i]!);
      this.a.anticausal[i] = acc < CORR_SATURATION ? acc : CORR_SATURATION;
    }
    const tp = this.a.lastPre[i]!;
    this.preTrace[i] = (tp >= 0 ? this.preTrace[i]! * Math.exp(-(c - tp) * this.a.rateC[i]!) : 0) + 1;
  }
}

/** The pairing object of a scheme, or null for the chip's own nearest-neighbour scheme (inline in chip.ts). */
export function createPairing(scheme: PairingScheme, arrays: SensorArrays): Pairing | null {
  switch (scheme) {
    case 'nearest-symmetric': return null;
    case 'nearest-reduced': return new ReducedPairing(arrays);
    case 'all-to-all': return new AllToAllPairing(arrays);
  }
}
