// Measurement protocols of the calibration: what a user does with a real chip to learn its
// neurons' parameters. They use only what hardware offers: writing configuration (capmem codes,
// drivers, synapses), playing input spikes, reading recorded spikes and rate counters, and
// recording membrane voltages. The chip model's recording hook (Chip.recordMembrane) stands in for
// the hardware's membrane ADC / oscilloscope; it samples without disturbing the dynamics and
// without noise. Nothing here reads the hidden fixed pattern (Chip.effectiveParameters, pattern).
//
// Every protocol measures all 32 neurons at once (each neuron has its own codes) on a fresh chip
// of the same identity, as a hardware user re-initialises the chip between experiments.

import { Chip } from '../chip.js';
import type { ChipConfigInput } from '../config.js';
import { CLOCK_HZ, CODE_MAX, CYCLES_PER_BIO_MS, N_NEURONS } from '../constants.js';
import type { SpikeEvent } from '../events.js';
import { NEURON_PARAMS, type NeuronCodes } from '../transfer.js';

export interface ChipIdentity {
  mode: 'ideal' | 'mismatch';
  seed: number;
  mismatchScale: number;
}

export interface Experiment {
  /** Codes and setup (the chip's identity is added by the session). */
  config: ChipConfigInput;
  events?: SpikeEvent[];
  /** Configuration writes during the run (capmem writes, as the host or the PPU would make). */
  writes?: { cycle: number; config: ChipConfigInput }[];
  /** Membrane recording of all 32 neurons every `period` cycles from cycle 0. */
  recordPeriod?: number;
  /** Last cycle of the run. */
  duration: number;
}

export interface Observation {
  /** Spike cycles per neuron. */
  spikes: number[][];
  /** Rate counter values at the end (read over the bus). */
  rateCounters: number[];
  /** Sample cycles and, per neuron, the recorded voltages (V). */
  cycles: Float64Array;
  membrane: Float64Array[];
}

/** A chip on the bench: fresh for every experiment, observed only through its user interfaces. */
export class ChipUnderTest {
  runs = 0;
  cycles = 0;

  constructor(readonly identity: ChipIdentity) {}

  run(e: Experiment): Observation {
    const chip = new Chip({ ...e.config, mode: this.identity.mode, seed: this.identity.seed, mismatch: { scale: this.identity.mismatchScale } }, 'calibration');
    this.runs++;
    this.cycles += e.duration;
    const all = Array.from({ length: N_NEURONS }, (_, n) => n);
    if (e.recordPeriod) chip.recordMembrane(all, e.recordPeriod, 0);
    if (e.events?.length) chip.playback(e.events);
    for (const w of [...(e.writes ?? [])].sort((a, b) => a.cycle - b.cycle)) {
      chip.advanceTo(w.cycle);
      chip.configure(w.config, 'calibration');
    }
    chip.advanceTo(e.duration);
    const spikes: number[][] = Array.from({ length: N_NEURONS }, () => []);
    for (const s of chip.spikeList()) spikes[s.neuron]!.push(s.cycle);
    // Rate counters as the PPU's bus reads them (0xF8000000 + 4 n).
    const rateCounters = all.map((n) => chip.busRead(0xf8000000 + 4 * n, 4, chip.cycle));
    const rec = chip.membraneRecord();
    const k = rec.cycles.length;
    const membrane = all.map((n) => {
      const v = new Float64Array(k);
      for (let i = 0; i < k; i++) v[i] = rec.values[i * N_NEURONS + n]!;
      return v;
    });
    return { spikes, rateCounters, cycles: rec.cycles, membrane };
  }
}

/** Codes of a neutral, quiet neuron; protocols override what they need. */
export const BASE_CODES: NeuronCodes = {
  leak: 350, // 0.41 V: well below any threshold code used when the neuron must stay quiet
  threshold: CODE_MAX,
  tauMem: 255,
  tauExc: 255,
  tauInh: 255,
  gainExc: 300,
  gainInh: 300,
  refractory: 200,
  offsetCurrent: 0,
};

const clampCode = (c: number) => Math.max(0, Math.min(CODE_MAX, Math.round(c)));

function neuronsConfig(codes: readonly Partial<NeuronCodes>[], extra: ChipConfigInput = {}): ChipConfigInput {
  return {
    driverDefaults: { mode: 'disabled' },
    ...extra,
    neurons: codes.map((c) => ({ ...BASE_CODES, ...c })),
  };
}

// --- resting potential -------------------------------------------------------------------------

/**
 * Leak potential: the membrane at rest, without input, far below threshold. Averages samples
 * taken after the membrane has had time to settle (many membrane time constants).
 */
export function measureRest(bench: ChipUnderTest, codes: readonly Partial<NeuronCodes>[]): number[] {
  const settle = 5000;
  const obs = bench.run({ config: neuronsConfig(codes), recordPeriod: 100, duration: settle + 1600 });
  return obs.membrane.map((v) => {
    let s = 0;
    let k = 0;
    for (let i = 0; i < v.length; i++) {
      if (obs.cycles[i]! < settle) continue;
      s += v[i]!;
      k++;
    }
    return s / k;
  });
}

// --- firing: threshold, reset, refractory time -------------------------------------------------

export interface FiringMeasurement {
  /** V just before the spikes, extrapolated half a cycle (V), per neuron; NaN without enough spikes. */
  threshold: number[];
  /** V during the refractory clamp (V). */
  reset: number[];
  /** Length of the refractory clamp in whole cycles. */
  refractoryCycles: number[];
  /** Mean inter-spike interval (cycles). */
  isi: number[];
  spikes: number[][];
  /** Rate counter values at the end of the run. */
  counts: number[];
}

/** Spikes a neuron must fire in the firing protocol (rate counter) to be measured. */
const MIN_SPIKES = 3;

/** Two samples closer than this are the clamp's constant voltage (the model's readout is noise-free). */
const CLAMP_TOLERANCE = 1e-6;

/**
 * A neuron driven above threshold by a high leak potential and an offset current fires
 * regularly. Recording every cycle shows (i) the approach to threshold: the last sample below it
 * plus half the last step estimates the threshold (the crossing happens within the last cycle),
 * (ii) the clamp at the reset potential and (iii) the clamp's length, the refractory time.
 */
export function measureFiring(bench: ChipUnderTest, codes: readonly Partial<NeuronCodes>[], resetCode: number, duration = 9000): FiringMeasurement {
  const drive = codes.map((c) => ({ leak: CODE_MAX, offsetCurrent: 150, ...c }));
  const obs = bench.run({ config: neuronsConfig(drive, { shared: { reset: resetCode } }), recordPeriod: 1, duration });
  const out: FiringMeasurement = { threshold: [], reset: [], refractoryCycles: [], isi: [], spikes: obs.spikes, counts: obs.rateCounters };
  for (let n = 0; n < N_NEURONS; n++) {
    const v = obs.membrane[n]!;
    // The rate counter says whether the neuron fired often enough for the estimates below (a
    // neuron whose threshold lies above its drive stays silent and gets no estimate).
    const sp = obs.rateCounters[n]! >= MIN_SPIKES ? obs.spikes[n]! : [];
    const th: number[] = [];
    const rs: number[] = [];
    const rf: number[] = [];
    for (let k = 0; k < sp.length; k++) {
      const s = sp[k]!; // samples are at every cycle from 0, so v[s] is the sample of cycle s
      // plateau: the clamp holds V at the reset value from the spike cycle on
      if (k + 1 < sp.length) {
        let e = s;
        while (e + 1 < v.length && Math.abs(v[e + 1]! - v[s]!) < CLAMP_TOLERANCE) e++;
        if (e + 1 < sp[k + 1]!) {
          rs.push(v[s]!);
          rf.push(e - s);
        }
      }
      // threshold: needs two free samples before the spike, after the previous clamp ended
      if (k > 0 && s - 2 > sp[k - 1]! + (rf[rf.length - 1] ?? 0)) th.push(v[s - 1]! + 0.5 * (v[s - 1]! - v[s - 2]!));
    }
    out.threshold.push(th.length ? mean(th) : NaN);
    out.reset.push(rs.length ? mean(rs) : NaN);
    out.refractoryCycles.push(rf.length ? Math.round(mean(rf)) : NaN);
    out.isi.push(sp.length > 2 ? (sp[sp.length - 1]! - sp[1]!) / (sp.length - 2) : NaN);
  }
  return out;
}

// --- membrane time constant ----------------------------------------------------------------------

/**
 * Membrane time constant from the response to a step of the offset current (a capmem write): the
 * membrane relaxes exponentially to its new rest. Fitting V[k+1] = a V[k] + b to samples spaced d
 * cycles apart gives a = exp(-d / tau) without knowing the end point (the usual two-parameter
 * exponential fit, linear here). Returns biological ms per neuron.
 */
export function measureTauMem(bench: ChipUnderTest, codes: readonly Partial<NeuronCodes>[]): number[] {
  const expected = codes.map((c) => NEURON_PARAMS.tauMem.toValue(c.tauMem ?? BASE_CODES.tauMem) * CLOCK_HZ);
  const shortest = Math.min(...expected);
  const longest = Math.max(...expected);
  const d = Math.max(1, Math.round(shortest / 50));
  const t0 = 20 * d;
  // window: several time constants even for a neuron 40 % slower than its code says
  const duration = t0 + Math.ceil(6 * longest * 1.4);
  // step size: about 150 mV of excursion for the expected time constant
  const kCodes = expected.map((tau) => clampCode(0.15 / (NEURON_PARAMS.offsetCurrent.toValue(1) * (tau / CLOCK_HZ))));
  const obs = bench.run({
    config: neuronsConfig(codes.map((c) => ({ ...c, threshold: CODE_MAX, offsetCurrent: 0 }))),
    writes: [{ cycle: t0, config: { neurons: kCodes.map((k) => ({ offsetCurrent: k })) } }],
    recordPeriod: d,
    duration,
  });
  return obs.membrane.map((v, n) => {
    const first = Math.ceil(t0 / d);
    const last = Math.min(v.length - 1, first + Math.ceil((5 * expected[n]! * 1.4) / d));
    const a = ar1(v, first, last);
    return -d / Math.log(a) / CYCLES_PER_BIO_MS;
  });
}

/** Least-squares a of x[k+1] = a x[k] + b over k in [first, last). */
function ar1(x: Float64Array, first: number, last: number): number {
  let mx = 0;
  let my = 0;
  const n = last - first;
  for (let k = first; k < last; k++) {
    mx += x[k]!;
    my += x[k + 1]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let k = first; k < last; k++) {
    sxy += (x[k]! - mx) * (x[k + 1]! - my);
    sxx += (x[k]! - mx) ** 2;
  }
  return sxy / sxx;
}

// --- synaptic time constants ------------------------------------------------------------------

/**
 * Synaptic time constant from the postsynaptic potential of one input spike through an excitatory
 * (or inhibitory) row. With u[k] the PSP sampled every d cycles from the input on, and p =
 * exp(-d / tau_m) from the neuron's measured membrane time constant, w[k] = u[k+1] - p u[k] decays
 * as q^k with q = exp(-d / tau_syn), whatever the ratio of the two time constants. Returns
 * biological ms per neuron.
 */
export function measureTauSyn(
  bench: ChipUnderTest,
  kind: 'exc' | 'inh',
  codes: readonly Partial<NeuronCodes>[],
  tauMemMs: readonly number[],
): number[] {
  const key = kind === 'exc' ? 'tauExc' : 'tauInh';
  const expected = codes.map((c) => NEURON_PARAMS[key].toValue(c[key] ?? BASE_CODES[key]) * CLOCK_HZ);
  const tm = tauMemMs.map((t) => t * CYCLES_PER_BIO_MS);
  const shortest = Math.min(...expected, ...tm);
  const longest = Math.max(...expected.map((t) => t * 1.4), ...tm);
  const d = Math.max(1, Math.round(shortest / 40));
  const t0 = 20 * d;
  const row = kind === 'exc' ? 0 : 1;
  const weights = Array.from({ length: 32 }, (_, r) => new Array<number>(N_NEURONS).fill(r === row ? 63 : 0));
  const obs = bench.run({
    config: neuronsConfig(
      codes.map((c) => ({ ...c, threshold: CODE_MAX, offsetCurrent: 0 })),
      { drivers: Array.from({ length: 32 }, (_, r) => ({ mode: r === row ? (kind === 'exc' ? 'excitatory' : 'inhibitory') : 'disabled', pulseLength: 31 })), weights },
    ),
    events: [{ cycle: t0, address: 0, rows: 1 << row }],
    recordPeriod: d,
    duration: t0 + Math.ceil(8 * longest),
  });
  return obs.membrane.map((v, n) => {
    const k0 = t0 / d;
    let base = 0;
    for (let k = 0; k < k0; k++) base += v[k]!;
    base /= k0;
    const p = Math.exp(-d / tm[n]!);
    const w: number[] = [];
    for (let k = k0; k + 1 < v.length; k++) w.push(v[k + 1]! - base - p * (v[k]! - base));
    const peak = Math.max(...w.map(Math.abs));
    let num = 0;
    let den = 0;
    for (let k = 0; k + 1 < w.length; k++) {
      if (Math.abs(w[k]!) < 1e-4 * peak) break; // the tail carries no information, only rounding
      num += w[k + 1]! * w[k]!;
      den += w[k]! * w[k]!;
    }
    return -d / Math.log(num / den) / CYCLES_PER_BIO_MS;
  });
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

