// Fixed-pattern mismatch: the per-chip deviations of every analog circuit from its ideal transfer
// function, drawn once from the chip's seed. One named stream per parameter, drawn in neuron (or
// synapse) order, so adding a parameter never changes another's pattern. Ideal mode: gain 1,
// offset 0 everywhere. Sigmas: docs/chip-model.md, "Mismatch and noise".

import { Rng } from '../common/random.js';
import { N_NEURONS, N_SYNAPSES } from './constants.js';

export const MISMATCH_SIGMA = {
  /** Relative gain error of the voltage parameters. */
  voltageGain: 0.02,
  /** Offset of the voltage parameters (volts). */
  voltageOffset: 0.010,
  /** Relative error of time constants, gains and currents. */
  relative: 0.10,
  /** Relative error of each synapse's efficacy. */
  synapse: 0.05,
  /** Relative error of each correlation sensor's amplitude and time constant. */
  correlation: 0.10,
  /** Offset of each correlation ADC channel (LSB). */
  adcOffset: 2.0,
} as const;

/** Factors below this would make a circuit change sign or stall; real circuits do neither. */
const MIN_FACTOR = 0.3;

export interface FixedPattern {
  /** Per neuron: V_eff = V(code) * gain + offset. */
  leakGain: Float64Array; leakOffset: Float64Array;
  thresholdGain: Float64Array; thresholdOffset: Float64Array;
  resetGain: Float64Array; resetOffset: Float64Array;
  /** Per neuron: value_eff = value(code) * factor. */
  tauMem: Float64Array; tauExc: Float64Array; tauInh: Float64Array; refractory: Float64Array;
  gainExc: Float64Array; gainInh: Float64Array; offsetCurrent: Float64Array;
  /** Per synapse (row * 32 + column). */
  efficacy: Float64Array;
  corrAmpCausal: Float64Array; corrAmpAnticausal: Float64Array;
  corrTauCausal: Float64Array; corrTauAnticausal: Float64Array;
  /** Per synapse, in ADC steps. */
  adcOffsetCausal: Float64Array; adcOffsetAnticausal: Float64Array;
}

function ones(n: number): Float64Array {
  return new Float64Array(n).fill(1);
}

export function idealPattern(): FixedPattern {
  const z = () => new Float64Array(N_NEURONS);
  const o = () => ones(N_NEURONS);
  const s = () => ones(N_SYNAPSES);
  return {
    leakGain: o(), leakOffset: z(), thresholdGain: o(), thresholdOffset: z(), resetGain: o(), resetOffset: z(),
    tauMem: o(), tauExc: o(), tauInh: o(), refractory: o(), gainExc: o(), gainInh: o(), offsetCurrent: o(),
    efficacy: s(), corrAmpCausal: s(), corrAmpAnticausal: s(), corrTauCausal: s(), corrTauAnticausal: s(),
    adcOffsetCausal: new Float64Array(N_SYNAPSES), adcOffsetAnticausal: new Float64Array(N_SYNAPSES),
  };
}

/** The fixed pattern of chip `seed`; `scale` multiplies every sigma (`sigma`: a model variant's sigmas). */
export function drawPattern(seed: number, scale = 1, sigma: { readonly [K in keyof typeof MISMATCH_SIGMA]: number } = MISMATCH_SIGMA): FixedPattern {
  const p = idealPattern();
  const fill = (name: string, out: Float64Array, f: (xi: number) => number) => {
    const rng = Rng.stream(seed, `mismatch/${name}`);
    for (let i = 0; i < out.length; i++) out[i] = f(rng.normal());
  };
  const factor = (sigma: number) => (xi: number) => Math.max(MIN_FACTOR, 1 + scale * sigma * xi);
  const offset = (sigma: number) => (xi: number) => scale * sigma * xi;
  const S = sigma;
  fill('leak/gain', p.leakGain, factor(S.voltageGain));
  fill('leak/offset', p.leakOffset, offset(S.voltageOffset));
  fill('threshold/gain', p.thresholdGain, factor(S.voltageGain));
  fill('threshold/offset', p.thresholdOffset, offset(S.voltageOffset));
  fill('reset/gain', p.resetGain, factor(S.voltageGain));
  fill('reset/offset', p.resetOffset, offset(S.voltageOffset));
  fill('tauMem', p.tauMem, factor(S.relative));
  fill('tauExc', p.tauExc, factor(S.relative));
  fill('tauInh', p.tauInh, factor(S.relative));
  fill('refractory', p.refractory, factor(S.relative));
  fill('gainExc', p.gainExc, factor(S.relative));
  fill('gainInh', p.gainInh, factor(S.relative));
  fill('offsetCurrent', p.offsetCurrent, factor(S.relative));
  fill('synapse/efficacy', p.efficacy, factor(S.synapse));
  fill('correlation/ampCausal', p.corrAmpCausal, factor(S.correlation));
  fill('correlation/ampAnticausal', p.corrAmpAnticausal, factor(S.correlation));
  fill('correlation/tauCausal', p.corrTauCausal, factor(S.correlation));
  fill('correlation/tauAnticausal', p.corrTauAnticausal, factor(S.correlation));
  fill('correlation/adcOffsetCausal', p.adcOffsetCausal, offset(S.adcOffset));
  fill('correlation/adcOffsetAnticausal', p.adcOffsetAnticausal, offset(S.adcOffset));
  return p;
}
