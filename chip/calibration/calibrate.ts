// `dls calibrate`: find, for every neuron of one chip, the capmem codes that bring the measured
// leak potential, threshold, reset, membrane and synaptic time constants and refractory time to
// their targets. For each parameter: measure all neurons at two probe codes around the ideal code
// of the target, fit the transfer function's shape (linear for voltages and the refractory time,
// 1/tau linear in the code for time constants), invert it, then measure the codes next to the
// inverse and keep the best. A final pass measures the complete calibrated configuration; those
// are the values the file reports. docs/calibration.md explains the protocols and the results.

import { CODE_MAX, CYCLES_PER_BIO_MS, N_NEURONS } from '../constants.js';
import { NEURON_PARAMS, SHARED_PARAMS, valueToCode, type NeuronParam, type SharedParam } from '../transfer.js';
import {
  Calibration,
  CALIBRATED_PARAMS,
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  PARAM_INFO,
  type CalibratedParam,
  type CalibrationFile,
  type NeuronCalibration,
  type ParamCalibration,
  type SpreadStats,
} from './file.js';
import { ChipUnderTest, mean, measureFiring, measureRest, measureTauMem, measureTauSyn, type ChipIdentity } from './measure.js';
import { defaultTargets, type Targets } from './targets.js';

export interface CalibrateOptions {
  seed: number;
  mode?: 'ideal' | 'mismatch';
  mismatchScale?: number;
  targets?: Targets;
}

export interface CalibrationResult {
  calibration: Calibration;
  /** Experiments run and chip cycles simulated. */
  runs: number;
  cycles: number;
  /** Neurons that did not reach 5 % of a target (e.g. a code at the end of its range). */
  warnings: string[];
}

type PerNeuron = number[];

/** Ideal code of a target (V, or biological ms for times), from the nominal transfer functions. */
export function idealCode(p: CalibratedParam, target: number): number {
  const chipValue = PARAM_INFO[p].kind === 'time' ? target * 1e-6 : target; // 1 ms bio = 1 us chip
  return valueToCode(p as NeuronParam | SharedParam, chipValue).code;
}

const clampCode = (c: number) => Math.max(0, Math.min(CODE_MAX, Math.round(c)));

/** The model's coordinate: the value itself, or its reciprocal for time constants. */
function y(p: CalibratedParam, v: number): number {
  return PARAM_INFO[p].model === 'reciprocal' ? 1 / v : v;
}

interface Fit {
  slope: number;
  intercept: number;
}

function fitTwo(p: CalibratedParam, c1: number, v1: number, c2: number, v2: number): Fit | null {
  const y1 = y(p, v1);
  const y2 = y(p, v2);
  if (!Number.isFinite(y1) || !Number.isFinite(y2) || c1 === c2 || y1 === y2) return null;
  const slope = (y2 - y1) / (c2 - c1);
  return { slope, intercept: y1 - slope * c1 };
}

/** Probe codes around the ideal one: +-60 codes for voltages, +-25 % for times. */
function probes(p: CalibratedParam, ideal: number): [number, number] {
  if (PARAM_INFO[p].kind === 'voltage') {
    const lo = clampCode(ideal - 60);
    return [lo, clampCode(lo + 120)];
  }
  const lo = clampCode(Math.max(1, ideal * 0.75));
  return [lo, clampCode(Math.max(lo + 8, ideal * 1.25))];
}

function stats(values: PerNeuron, targets: PerNeuron): SpreadStats {
  const m = mean(values);
  const sd = Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
  const rel = values.map((v, n) => Math.abs(v - targets[n]!) / Math.abs(targets[n]!));
  return {
    mean: m,
    sd,
    min: Math.min(...values),
    max: Math.max(...values),
    worstRelativeError: rel.some((r) => !Number.isFinite(r)) ? Number.MAX_VALUE : Math.max(...rel),
    within5Percent: rel.filter((r) => r <= 0.05).length,
  };
}

interface ParamResult {
  codes: PerNeuron;
  fits: Fit[];
}

/**
 * Per-neuron parameter: probe, fit, invert, then keep the best of the codes `deltas` away from
 * the inverse (by measurement).
 */
function calibratePerNeuron(
  p: CalibratedParam,
  targets: PerNeuron,
  measure: (codes: PerNeuron) => PerNeuron,
  deltas: readonly number[],
): ParamResult {
  const ideal = targets.map((t) => idealCode(p, t));
  const pr = ideal.map((c) => probes(p, c));
  const m1 = measure(pr.map((x) => x[0]));
  const m2 = measure(pr.map((x) => x[1]));
  const fits: Fit[] = [];
  const centre: PerNeuron = [];
  for (let n = 0; n < N_NEURONS; n++) {
    // A failed fit (a probe without a usable measurement) falls back on the nominal shape.
    const f = fitTwo(p, pr[n]![0], m1[n]!, pr[n]![1], m2[n]!) ?? fitTwo(p, 0, nominal(p, 0), CODE_MAX, nominal(p, CODE_MAX))!;
    fits.push(f);
    centre.push(clampCode((y(p, targets[n]!) - f.intercept) / f.slope));
  }
  const best = centre.slice();
  const err = new Array<number>(N_NEURONS).fill(Infinity);
  for (const d of deltas) {
    const codes = centre.map((c) => clampCode(c + d));
    const m = measure(codes);
    for (let n = 0; n < N_NEURONS; n++) {
      const e = Math.abs(m[n]! - targets[n]!);
      if (e < err[n]!) {
        err[n] = e;
        best[n] = codes[n]!;
      }
    }
  }
  return { codes: best, fits };
}

/** Nominal value (V, or biological ms for times) of a code: the fallback model. */
function nominal(p: CalibratedParam, code: number): number {
  const v = p === 'reset' ? SHARED_PARAMS.reset.toValue(code) : NEURON_PARAMS[p].toValue(code);
  return PARAM_INFO[p].kind === 'time' ? v * 1e6 : v; // chip seconds -> biological ms
}

/** Run the calibration of one chip. */
export function calibrate(o: CalibrateOptions): CalibrationResult {
  const identity: ChipIdentity = { mode: o.mode ?? 'mismatch', seed: o.seed, mismatchScale: o.mismatchScale ?? 1 };
  const bench = new ChipUnderTest(identity);
  const T = o.targets ?? defaultTargets();
  const tgt = (p: CalibratedParam) => T.map((t) => t[p]);
  const ideal = Object.fromEntries(CALIBRATED_PARAMS.map((p) => [p, tgt(p).map((t) => idealCode(p, t))])) as Record<CalibratedParam, PerNeuron>;
  const resetTarget = mean(tgt('reset'));
  const idealReset = idealCode('reset', resetTarget);
  const ms = (cycles: number) => cycles / CYCLES_PER_BIO_MS;

  // --- before: every parameter at the ideal code of its target
  const measureAll = (codes: Record<CalibratedParam, PerNeuron>, resetCode: number) => {
    const leak = measureRest(bench, codes.leak.map((c, n) => ({ leak: c, tauMem: codes.tauMem[n] })));
    const f = measureFiring(bench, codes.threshold.map((c, n) => ({ threshold: c, refractory: codes.refractory[n], tauMem: codes.tauMem[n] })), resetCode);
    const tauMem = measureTauMem(bench, codes.tauMem.map((c, n) => ({ tauMem: c, leak: codes.leak[n] })));
    const tauExc = measureTauSyn(bench, 'exc', codes.tauExc.map((c, n) => ({ tauExc: c, tauMem: codes.tauMem[n], leak: codes.leak[n] })), tauMem);
    const tauInh = measureTauSyn(bench, 'inh', codes.tauInh.map((c, n) => ({ tauInh: c, tauMem: codes.tauMem[n], leak: codes.leak[n] })), tauMem);
    return { leak, threshold: f.threshold, reset: f.reset, refractory: f.refractoryCycles.map(ms), tauMem, tauExc, tauInh } as Record<CalibratedParam, PerNeuron>;
  };
  const before = measureAll(ideal, idealReset);

  // --- per-neuron parameters
  const final = { ...ideal } as Record<CalibratedParam, PerNeuron>;
  const fits = {} as Record<CalibratedParam, Fit[]>;
  const run = (p: Exclude<CalibratedParam, 'reset'>, measure: (codes: PerNeuron) => PerNeuron, deltas: readonly number[]) => {
    const r = calibratePerNeuron(p, tgt(p), measure, deltas);
    final[p] = r.codes;
    fits[p] = r.fits;
  };
  run('leak', (codes) => measureRest(bench, codes.map((c) => ({ leak: c }))), [-1, 0, 1]);
  run('threshold', (codes) => measureFiring(bench, codes.map((c, n) => ({ threshold: c, refractory: ideal.refractory[n] })), idealReset).threshold, [-1, 0, 1]);
  run('refractory', (codes) => measureFiring(bench, codes.map((c, n) => ({ threshold: ideal.threshold[n], refractory: c })), idealReset).refractoryCycles.map(ms), [-2, -1, 0, 1, 2]);
  run('tauMem', (codes) => measureTauMem(bench, codes.map((c) => ({ tauMem: c }))), [-1, 0, 1]);
  // the PSP fits need each neuron's membrane time constant at the code it will have
  const tauMemAtFinal = measureTauMem(bench, final.tauMem.map((c) => ({ tauMem: c })));
  run('tauExc', (codes) => measureTauSyn(bench, 'exc', codes.map((c, n) => ({ tauExc: c, tauMem: final.tauMem[n] })), tauMemAtFinal), [-1, 0, 1]);
  run('tauInh', (codes) => measureTauSyn(bench, 'inh', codes.map((c, n) => ({ tauInh: c, tauMem: final.tauMem[n] })), tauMemAtFinal), [-1, 0, 1]);

  // --- reset: one shared code; per-neuron fits, least squares over the neurons
  const [r1, r2] = probes('reset', idealReset);
  const firingAtReset = (code: number) => measureFiring(bench, ideal.threshold.map((c, n) => ({ threshold: c, refractory: ideal.refractory[n] })), code).reset;
  const v1 = firingAtReset(r1);
  const v2 = firingAtReset(r2);
  fits.reset = v1.map((_, n) => fitTwo('reset', r1, v1[n]!, r2, v2[n]!) ?? fitTwo('reset', 0, nominal('reset', 0), CODE_MAX, nominal('reset', CODE_MAX))!);
  let sxy = 0;
  let sxx = 0;
  fits.reset.forEach((f, n) => {
    sxy += f.slope * (T[n]!.reset - f.intercept);
    sxx += f.slope ** 2;
  });
  const centre = clampCode(sxy / sxx);
  let resetCode = centre;
  let bestSq = Infinity;
  for (const d of [-1, 0, 1]) {
    const c = clampCode(centre + d);
    const v = firingAtReset(c);
    const sq = v.reduce((a, x, n) => a + (x - T[n]!.reset) ** 2, 0);
    if (sq < bestSq) {
      bestSq = sq;
      resetCode = c;
    }
  }
  final.reset = new Array<number>(N_NEURONS).fill(resetCode);

  // --- after: the complete calibrated configuration, measured again
  const after = measureAll(final, resetCode);

  const neurons: NeuronCalibration[] = [];
  const warnings: string[] = [];
  for (let n = 0; n < N_NEURONS; n++) {
    const e = {} as NeuronCalibration;
    for (const p of CALIBRATED_PARAMS) {
      const entry: ParamCalibration = { target: T[n]![p], code: final[p][n]!, measured: after[p][n]!, slope: fits[p][n]!.slope, intercept: fits[p][n]!.intercept };
      e[p] = entry;
      const rel = Math.abs(entry.measured - entry.target) / Math.abs(entry.target);
      if (!(rel <= 0.05)) {
        const unit = PARAM_INFO[p].unit === 'V' ? 'V' : 'ms';
        const edge = entry.code === 0 || entry.code === CODE_MAX ? ` (code ${entry.code} is the end of the range)` : '';
        const shared = p === 'reset' ? ' (one reset code is shared by all neurons)' : '';
        warnings.push(`neuron ${n}: ${p} measured ${entry.measured.toPrecision(4)} ${unit}, target ${entry.target} ${unit}${edge}${shared}`);
      }
    }
    neurons.push(e);
  }
  const report = {
    before: Object.fromEntries(CALIBRATED_PARAMS.map((p) => [p, stats(before[p], tgt(p))])) as Record<CalibratedParam, SpreadStats>,
    after: Object.fromEntries(CALIBRATED_PARAMS.map((p) => [p, stats(after[p], tgt(p))])) as Record<CalibratedParam, SpreadStats>,
  };
  const file: CalibrationFile = {
    format: CALIBRATION_FORMAT,
    version: CALIBRATION_VERSION,
    chip: identity,
    units: Object.fromEntries(CALIBRATED_PARAMS.map((p) => [p, PARAM_INFO[p].unit === 'V' ? 'V' : 'ms (biological)'])) as Record<CalibratedParam, string>,
    shared: { reset: resetCode },
    neurons,
    report,
  };
  return { calibration: new Calibration(file), runs: bench.runs, cycles: bench.cycles, warnings };
}
