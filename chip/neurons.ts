// The 32 LIF neurons: parameters in model units (cycles, V/cycle), the anchored state, the
// closed-form solution and the threshold-crossing search. docs/chip-model.md, "Neurons", gives the
// equations; this file implements them for typed arrays so the event loop allocates nothing.
//
// Times are in cycles, relative offsets from a neuron's anchor are float64. The anchor (t0, V0,
// A0, B0) changes only at the neuron's own events, which keeps results independent of how often
// the chip is advanced.

import { N_NEURONS } from './constants.js';

/** Iteration guard of the spike search; a correct search needs far fewer steps. */
const MAX_SEARCH_STEPS = 100_000;
/** A lower-bound step this small means the search converged onto a grazing crossing. */
const GRAZE_STEP = 1e-9;

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

  // --- state
  readonly t0 = new Float64Array(N_NEURONS);
  readonly V0 = new Float64Array(N_NEURONS);
  readonly A0 = new Float64Array(N_NEURONS);
  readonly B0 = new Float64Array(N_NEURONS);
  /** Cycle at which the refractory time ends; the neuron is refractory while t0 < refrEnd. */
  readonly refrEnd = new Float64Array(N_NEURONS);
  /** Next own event of the neuron (a spike or the end of its refractory time), or Infinity. */
  readonly next = new Float64Array(N_NEURONS).fill(Infinity);
  /** 1 if `next` is a spike, 0 if it is the end of refractoriness. */
  readonly nextIsSpike = new Uint8Array(N_NEURONS);

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
   * Predict the next own event of neuron n from its anchor: the end of refractoriness, or the
   * cycle of the first threshold crossing (Infinity if none before the next input).
   */
  predict(n: number): void {
    if (this.t0[n]! < this.refrEnd[n]!) {
      this.next[n] = this.refrEnd[n]!;
      this.nextIsSpike[n] = 0;
      return;
    }
    this.next[n] = this.findSpike(n);
    this.nextIsSpike[n] = 1;
  }

  /**
   * Cycle of the first threshold crossing after the anchor (docs/chip-model.md, "Spike times"):
   * a lower-bound iteration on the closed-form solution, probing the next whole cycle each step.
   */
  findSpike(n: number): number {
    const t0 = this.t0[n]!;
    const theta = this.thetaEff[n]!;
    const alpha = this.alpha[n]!;
    const vinf = this.vinf[n]!;
    let v = this.V0[n]!;
    let a = this.A0[n]!;
    let b = this.B0[n]!;
    if (v >= theta) return t0 + 1;
    let s = 0;
    for (let i = 0; i < MAX_SEARCH_STEPS; i++) {
      const M = vinf + ((a > 0 ? a : 0) + (b < 0 ? -b : 0)) / alpha;
      if (!(M > theta)) return Infinity;
      const ds = Math.log((M - v) / (M - theta)) / alpha;
      s += ds;
      if (!(s < 1e15)) return Infinity;
      const c = Math.floor(s) + 1;
      this.evaluate(n, t0 + c);
      if (this.v >= theta) return t0 + c;
      if (ds < GRAZE_STEP) return t0 + Math.ceil(s);
      this.evaluate(n, t0 + s);
      v = this.v;
      a = this.a;
      b = this.b;
      if (v >= theta) return t0 + Math.ceil(s); // rounding at the crossing itself
    }
    throw new Error(`spike search for neuron ${n} did not converge (anchor ${t0})`);
  }
}
