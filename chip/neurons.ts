// The 32 LIF neurons: parameters in model units (cycles, V/cycle), the anchored state, the
// closed-form solution and the threshold-crossing search. docs/chip-model.md, "Neurons", gives the
// equations; this file implements them for typed arrays so the event loop allocates nothing.
//
// Times are in cycles, relative offsets from a neuron's anchor are float64. The anchor (t0, V0,
// A0, B0) changes only at the neuron's own events, which keeps results independent of how often
// the chip is advanced.

import { N_NEURONS } from './constants.js';

/** Guard of findSpike's loop (diagnostics only; the event loop checks lazily). */
const MAX_SEARCH_STEPS = 10_000_000;

/** Kinds of a neuron's next own event. */
export const EV_CHECK = 0;
export const EV_SPIKE = 1;
export const EV_REFRACTORY_END = 2;

/**
 * max over D >= 0 of h (below): the peak of V's response to a unit synaptic current,
 * (y/x)^(y/(x-y)) / x, written with log1p so that close time constants stay accurate.
 */
function hmax(x: number, y: number): number {
  const d = x - y;
  if (d === 0) return Math.exp(-1) / x;
  return Math.exp((y * Math.log1p(-d / x)) / d) / x;
}

/** (exp(-y D) - exp(-x D)) / (x - y), the response of V to a unit synaptic current, robustly. */
function h(d: number, D: number, ex: number, ey: number): number {
  const z = d * D;
  if (z > 0.5 || z < -0.5) return (ey - ex) / d;
  if (d === 0) return D * ex;
  return (ex * Math.expm1(z)) / d;
}

export class Neurons {
  // --- parameters (per neuron, model units)
  readonly leak = new Float64Array(N_NEURONS);
  /** Threshold without noise. */
  readonly threshold = new Float64Array(N_NEURONS);
  /** Threshold in force (threshold + the current noise deviation). */
  readonly thetaEff = new Float64Array(N_NEURONS);
  readonly reset = new Float64Array(N_NEURONS);
  /** 1 / tau_m, 1 / tau_e, 1 / tau_i in 1/cycle. */
  readonly alpha = new Float64Array(N_NEURONS);
  readonly beta = new Float64Array(N_NEURONS);
  readonly gamma = new Float64Array(N_NEURONS);
  /** Offset current over C_m (V/cycle). */
  readonly offset = new Float64Array(N_NEURONS);
  /** V_inf = E_L + k tau_m. */
  readonly vinf = new Float64Array(N_NEURONS);
  /** Synaptic gains (V/cycle per weight unit). */
  readonly gainExc = new Float64Array(N_NEURONS);
  readonly gainInh = new Float64Array(N_NEURONS);
  /** Refractory time in whole cycles (>= 1). */
  readonly refractory = new Float64Array(N_NEURONS);
  /** Peak of V's response to a unit excitatory / inhibitory current (for the spike search). */
  readonly hmaxExc = new Float64Array(N_NEURONS);
  readonly hmaxInh = new Float64Array(N_NEURONS);

  // --- state
  readonly t0 = new Float64Array(N_NEURONS);
  readonly V0 = new Float64Array(N_NEURONS);
  readonly A0 = new Float64Array(N_NEURONS);
  readonly B0 = new Float64Array(N_NEURONS);
  /** Cycle at which the refractory time ends; the neuron is refractory while t0 < refrEnd. */
  readonly refrEnd = new Float64Array(N_NEURONS);
  /** Next own event of the neuron (a spike or the end of its refractory time), or Infinity. */
  readonly next = new Float64Array(N_NEURONS).fill(Infinity);
  /** What `next` is: EV_CHECK, EV_SPIKE or EV_REFRACTORY_END. */
  readonly kind = new Uint8Array(N_NEURONS);
  /**
   * The earliest `next` and its neuron (the lowest index among equals), kept up to date as `next`
   * changes so the event loop need not scan all 32 neurons per event; `minStale` asks for a scan
   * (set when the earliest neuron's own event moves later). Write `next` only through setNext.
   */
  private minT = Infinity;
  private minN = 0;
  private minStale = false;

  // --- results of evaluate() (scratch, so evaluating allocates nothing)
  v = 0;
  a = 0;
  b = 0;

  /** Set the parameters of neuron n (model units); the caller re-anchors and re-predicts. */
  setParams(
    n: number,
    p: { leak: number; threshold: number; reset: number; tauMem: number; tauExc: number; tauInh: number; gainExc: number; gainInh: number; offset: number; refractory: number },
  ): void {
    this.thetaEff[n] = this.thetaEff[n]! - this.threshold[n]! + p.threshold;
    this.leak[n] = p.leak;
    this.threshold[n] = p.threshold;
    this.reset[n] = p.reset;
    this.alpha[n] = 1 / p.tauMem;
    this.beta[n] = 1 / p.tauExc;
    this.gamma[n] = 1 / p.tauInh;
    this.offset[n] = p.offset;
    this.vinf[n] = p.leak + p.offset * p.tauMem;
    this.gainExc[n] = p.gainExc;
    this.gainInh[n] = p.gainInh;
    this.refractory[n] = p.refractory;
    this.hmaxExc[n] = hmax(this.alpha[n]!, this.beta[n]!);
    this.hmaxInh[n] = hmax(this.alpha[n]!, this.gamma[n]!);
  }

  /** Set neuron n's next own event, keeping the earliest one known. */
  setNext(n: number, t: number): void {
    this.next[n] = t;
    if (t < this.minT || (t === this.minT && n < this.minN)) {
      this.minT = t;
      this.minN = n;
    } else if (n === this.minN && t !== this.minT) this.minStale = true;
  }

  /** The neuron whose own event comes first (lowest index among equals); its cycle is next[n]. */
  earliest(): number {
    if (this.minStale) {
      const next = this.next;
      let tn = Infinity;
      let nn = 0;
      for (let n = 0; n < N_NEURONS; n++) {
        const t = next[n]!;
        if (t < tn) {
          tn = t;
          nn = n;
        }
      }
      this.minT = tn;
      this.minN = nn;
      this.minStale = false;
    }
    return this.minN;
  }

  isRefractory(n: number): boolean {
    return this.t0[n]! < this.refrEnd[n]!;
  }

  /** State of neuron n at cycle t >= its anchor, into this.v/a/b. Does not change the neuron. */
  evaluate(n: number, t: number): void {
    const D = t - this.t0[n]!;
    const A0 = this.A0[n]!;
    const B0 = this.B0[n]!;
    if (D === 0) {
      this.v = this.V0[n]!;
      this.a = A0;
      this.b = B0;
      return;
    }
    const alpha = this.alpha[n]!;
    const beta = this.beta[n]!;
    const gamma = this.gamma[n]!;
    let eb = 0;
    let ec = 0;
    if (A0 !== 0) eb = Math.exp(-beta * D);
    if (B0 !== 0) ec = Math.exp(-gamma * D);
    this.a = A0 * eb;
    this.b = B0 * ec;
    if (this.t0[n]! < this.refrEnd[n]!) {
      // Clamped at the reset potential while refractory (callers never evaluate past refrEnd
      // without first handling the end of refractoriness).
      this.v = this.V0[n]!;
      return;
    }
    const ea = Math.exp(-alpha * D);
    const vinf = this.vinf[n]!;
    let v = vinf + (this.V0[n]! - vinf) * ea;
    if (A0 !== 0) v += A0 * h(alpha - beta, D, ea, eb);
    if (B0 !== 0) v -= B0 * h(alpha - gamma, D, ea, ec);
    this.v = v;
  }

  /** Move the anchor of neuron n to cycle t with the given state. */
  anchor(n: number, t: number, v: number, a: number, b: number): void {
    this.t0[n] = t;
    this.V0[n] = v;
    this.A0[n] = a;
    this.B0[n] = b;
  }

  /** Re-anchor n at t (>= t0) with its own state there. */
  reanchor(n: number, t: number): void {
    this.evaluate(n, t);
    this.anchor(n, t, this.v, this.a, this.b);
  }

  /**
   * Schedule the next own event of neuron n from its anchor: the end of refractoriness, or the
   * first cycle at which a spike is possible (a check: docs/chip-model.md, "Spike times").
   */
  predict(n: number): void {
    if (this.t0[n]! < this.refrEnd[n]!) {
      this.setNext(n, this.refrEnd[n]!);
      this.kind[n] = EV_REFRACTORY_END;
      return;
    }
    const v = this.V0[n]!;
    if (v >= this.thetaEff[n]!) {
      this.setNext(n, this.t0[n]! + 1);
      this.kind[n] = EV_SPIKE;
      return;
    }
    this.setNext(n, this.candidate(n, 0, v, this.A0[n]!, this.B0[n]!));
    this.kind[n] = EV_CHECK;
  }

  /**
   * A check of neuron n at cycle c (its `next`): true if V(c) >= threshold (a spike at c);
   * otherwise the next check is scheduled. The anchor does not move, so the sequence of checks
   * depends only on the anchor, not on when the chip is advanced.
   */
  check(n: number, c: number): boolean {
    this.evaluate(n, c);
    if (this.v >= this.thetaEff[n]!) return true;
    this.setNext(n, this.candidate(n, c - this.t0[n]!, this.v, this.a, this.b));
    return false;
  }

  /**
   * Given V(s) < threshold (s cycles after the anchor, state v, a, b), the first later whole cycle
   * at which V can reach threshold, or Infinity if it never can before the next input. Two upper
   * bounds of V over the whole future end the search; otherwise V stays below
   * M - (M - v) exp(-alpha d), which reaches threshold only after ds.
   */
  private candidate(n: number, s: number, v: number, a: number, b: number): number {
    const theta = this.thetaEff[n]!;
    const alpha = this.alpha[n]!;
    const vinf = this.vinf[n]!;
    const ap = a > 0 ? a : 0;
    const bn = b < 0 ? -b : 0;
    const M = vinf + (ap + bn) / alpha;
    if (!(M > theta)) return Infinity;
    if (vinf + (v > vinf ? v - vinf : 0) + ap * this.hmaxExc[n]! + bn * this.hmaxInh[n]! < theta) return Infinity;
    const ds = Math.log((M - v) / (M - theta)) / alpha;
    // (shaved by a hair so that rounding never skips the cycle of an exact crossing)
    const step = Math.ceil(ds * (1 - 1e-12) - 1e-9);
    const c = this.t0[n]! + s + (step > 1 ? step : 1);
    return c < 1e15 ? c : Infinity;
  }

  /**
   * The cycle of the next spike from the anchor if no input arrives (Infinity if none): the
   * checks that the event loop would make, made at once. For tests and diagnostics.
   */
  findSpike(n: number): number {
    if (this.V0[n]! >= this.thetaEff[n]!) return this.t0[n]! + 1;
    const saveNext = this.next[n]!;
    let c = this.candidate(n, 0, this.V0[n]!, this.A0[n]!, this.B0[n]!);
    let found = Infinity;
    for (let i = 0; i < MAX_SEARCH_STEPS && c !== Infinity; i++) {
      if (this.check(n, c)) {
        found = c;
        break;
      }
      c = this.next[n]!;
    }
    this.setNext(n, saveNext);
    return found;
  }
}
