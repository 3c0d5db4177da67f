// FXV lane semantics (docs/isa.md, "FXV semantics"): what each vector instruction computes,
// independent of when the pipeline model (pipeline.ts) lets it happen.
//
// Lanes: 16 signed bytes or 8 signed halfwords per 128-bit register, big-endian (halfword j is
// bytes 2j (high) and 2j+1 (low)). Fractions have n-1 fractional bits (Q0.7, Q0.15).
// The accumulator has 2n bits per lane: in modulo forms it holds integers (a*b exactly); in
// fractional forms it holds fractions with 2n-1 fractional bits (a fraction x is x << n).
// The condition field C enables lanes for writing: 0 all, 1 where VCR says GT, 2 LT, 3 EQ
// (halfword lanes use the flags of their high byte). fxvsel uses C as its selector instead.

import type { VecInsnDef } from '../isa/fxv.js';

export const VCR_LT = 4;
export const VCR_GT = 2;
export const VCR_EQ = 1;

export class VecState {
  /** 32 registers x 16 bytes. */
  readonly vr = new Uint8Array(32 * 16);
  /** Accumulator as 8 x 32 bits; byte lane 2j is the high 16 bits of acc[j], 2j+1 the low. */
  readonly acc = new Int32Array(8);
  /** Per byte lane: LT/GT/EQ flags of the last compare. */
  readonly vcr = new Uint8Array(16);

  reset(): void {
    this.vr.fill(0);
    this.acc.fill(0);
    this.vcr.fill(0);
  }

  reg(i: number): Uint8Array {
    return this.vr.subarray(i * 16, i * 16 + 16);
  }

  /** Signed lane value. */
  lane(reg: number, lanes: 'b' | 'h', i: number): number {
    const o = reg * 16;
    if (lanes === 'b') return (this.vr[o + i]! << 24) >> 24;
    return ((this.vr[o + 2 * i]! << 24) >> 16) | this.vr[o + 2 * i + 1]!;
  }

  setLane(reg: number, lanes: 'b' | 'h', i: number, v: number): void {
    const o = reg * 16;
    if (lanes === 'b') this.vr[o + i] = v & 0xff;
    else {
      this.vr[o + 2 * i] = (v >> 8) & 0xff;
      this.vr[o + 2 * i + 1] = v & 0xff;
    }
  }

  accLane(lanes: 'b' | 'h', i: number): number {
    if (lanes === 'h') return this.acc[i]!;
    const w = this.acc[i >> 1]!;
    return i & 1 ? (w << 16) >> 16 : w >> 16;
  }

  setAccLane(lanes: 'b' | 'h', i: number, v: number): void {
    if (lanes === 'h') {
      this.acc[i] = v | 0;
      return;
    }
    const j = i >> 1;
    const w = this.acc[j]!;
    this.acc[j] = i & 1 ? (w & ~0xffff) | (v & 0xffff) : (w & 0xffff) | ((v & 0xffff) << 16);
  }

  /** Does lane i (of the given width) satisfy condition c? */
  cond(c: number, lanes: 'b' | 'h', i: number): boolean {
    if (c === 0) return true;
    const f = this.vcr[lanes === 'b' ? i : 2 * i]!;
    return c === 1 ? (f & VCR_GT) !== 0 : c === 2 ? (f & VCR_LT) !== 0 : (f & VCR_EQ) !== 0;
  }
}

/** Clamp to the signed n-bit range (n in 8, 16, 32). */
export function sat(x: number, n: number): number {
  const hi = n === 8 ? 127 : n === 16 ? 32767 : n === 32 ? 2147483647 : 2 ** (n - 1) - 1;
  const lo = -hi - 1;
  return x > hi ? hi : x < lo ? lo : x;
}

/** The signed n-bit value congruent to x modulo 2^n. */
export function wrap(x: number, n: number): number {
  if (n <= 16) return (x << (32 - n)) >> (32 - n); // exact: |x| < 2^31 for all lane sums and products
  if (n === 32) return x | 0; // ToInt32 is modulo 2^32 for any double
  const m = 2 ** n;
  let v = ((x % m) + m) % m;
  if (v >= m / 2) v -= m;
  return v;
}

export interface VecOperands {
  vrt: number;
  vra: number;
  vrb: number;
  cond: number;
  /** GPR value read at issue: splat source. */
  gpr: number;
  /** Shift amount of fxvsh*: the VRB field as a signed 5-bit number. */
  shift: number;
}

// Scratch lanes for executeVec: reading all operands first makes VRT = VRA or VRB harmless,
// and typed arrays keep the hot loop allocation-free.
const LA = new Float64Array(16);
const LB = new Float64Array(16);
const LACC = new Float64Array(16);
const OUT = new Float64Array(16);
const EN = new Uint8Array(16);
const BYTES_A = new Uint8Array(16);
const BYTES_B = new Uint8Array(16);

function readLanes(s: VecState, reg: number, byteLanes: boolean, out: Float64Array): void {
  const v = s.vr;
  const o = reg * 16;
  if (byteLanes) for (let i = 0; i < 16; i++) out[i] = (v[o + i]! << 24) >> 24;
  else for (let i = 0; i < 8; i++) out[i] = ((v[o + 2 * i]! << 24) >> 16) | v[o + 2 * i + 1]!;
}

function enabled(s: VecState, c: number, byteLanes: boolean, count: number): void {
  const flag = c === 1 ? VCR_GT : c === 2 ? VCR_LT : VCR_EQ;
  for (let i = 0; i < count; i++) EN[i] = c === 0 || (s.vcr[byteLanes ? i : 2 * i]! & flag) !== 0 ? 1 : 0;
}

/**
 * Execute a register-to-register vector instruction on the state (memory and bus forms are done
 * by the pipeline with their data, see transferIn).
 */
export function executeVec(s: VecState, d: VecInsnDef, o: VecOperands): void {
  const { op, lanes, frac } = d.vec;
  const byteLanes = lanes === 'b';
  const n = byteLanes ? 8 : 16;
  const N = 2 * n;
  const count = byteLanes ? 16 : 8;
  const scale = byteLanes ? 256 : 65536; // 2^n
  const c = o.cond;
  switch (op) {
    case 'sel': {
      const a = s.reg(o.vra);
      const b = s.reg(o.vrb);
      BYTES_A.set(a);
      BYTES_B.set(b);
      enabled(s, c, true, 16);
      const t = s.reg(o.vrt);
      for (let i = 0; i < 16; i++) t[i] = EN[i] ? BYTES_B[i]! : BYTES_A[i]!;
      return;
    }
    case 'pcku': case 'pckl': case 'upckl': case 'upckr': {
      BYTES_A.set(s.reg(o.vra));
      BYTES_B.set(s.reg(o.vrb));
      const r = OUT;
      for (let i = 0; i < 8; i++) {
        if (op === 'pcku') { r[i] = BYTES_A[2 * i]!; r[8 + i] = BYTES_B[2 * i]!; }
        else if (op === 'pckl') { r[i] = BYTES_A[2 * i + 1]!; r[8 + i] = BYTES_B[2 * i + 1]!; }
        else {
          const j = op === 'upckl' ? i : 8 + i;
          r[2 * i] = BYTES_A[j]!;
          r[2 * i + 1] = BYTES_B[j]!;
        }
      }
      enabled(s, c, true, 16);
      const t = s.reg(o.vrt);
      for (let i = 0; i < 16; i++) if (EN[i]) t[i] = r[i]!;
      return;
    }
    case 'cmp': {
      readLanes(s, o.vra, byteLanes, LA);
      enabled(s, c, byteLanes, count);
      for (let i = 0; i < count; i++) {
        if (!EN[i]) continue;
        const a = LA[i]!;
        const f = a < 0 ? VCR_LT : a > 0 ? VCR_GT : VCR_EQ;
        if (byteLanes) s.vcr[i] = f;
        else s.vcr[2 * i] = s.vcr[2 * i + 1] = f;
      }
      return;
    }
  }
  readLanes(s, o.vra, byteLanes, LA);
  readLanes(s, o.vrb, byteLanes, LB);
  for (let i = 0; i < count; i++) LACC[i] = s.accLane(lanes, i);
  enabled(s, c, byteLanes, count);
  const toAcc = op === 'matac' || op === 'multac' || op === 'addtac' || op === 'addactac' || op === 'mtac';
  for (let i = 0; i < count; i++) {
    const a = LA[i]!;
    const b = LB[i]!;
    const A = LACC[i]!;
    let v: number;
    switch (op) {
      case 'add': v = frac ? sat(a + b, n) : wrap(a + b, n); break;
      case 'sub': v = frac ? sat(a - b, n) : wrap(a - b, n); break;
      case 'mul': v = frac ? sat(Math.floor((2 * a * b) / scale), n) : wrap(a * b, n); break;
      case 'ma': v = frac ? sat(Math.floor((A + 2 * a * b) / scale), n) : wrap(A + a * b, n); break;
      case 'addac': v = frac ? sat(Math.floor(A / scale) + a, n) : wrap(A + a, n); break;
      case 'matac': v = frac ? sat(A + 2 * a * b, N) : wrap(A + a * b, N); break;
      case 'multac': v = frac ? sat(2 * a * b, N) : a * b; break;
      case 'addtac': v = frac ? sat((a + b) * scale, N) : a + b; break;
      case 'addactac': v = frac ? sat(A + a * scale, N) : wrap(A + a, N); break;
      case 'mtac': v = frac ? a * scale : a; break;
      case 'splat': v = wrap(o.gpr, n); break;
      case 'sh': {
        const k = o.shift;
        v = k >= 0 ? (k >= n ? 0 : wrap(a * 2 ** k, n)) : a >> Math.min(-k, n - 1);
        break;
      }
      default:
        throw new Error(`executeVec: ${d.mnemonic} is a transfer instruction`);
    }
    OUT[i] = v;
  }
  if (toAcc) {
    for (let i = 0; i < count; i++) if (EN[i]) s.setAccLane(lanes, i, OUT[i]!);
  } else {
    for (let i = 0; i < count; i++) if (EN[i]) s.setLane(o.vrt, lanes, i, OUT[i]!);
  }
}

/** Byte mask (bit i = byte i) of the lanes an instruction with condition c may write. */
export function writeMask(s: VecState, c: number): number {
  let m = 0;
  for (let i = 0; i < 16; i++) if (s.cond(c, 'b', i)) m |= 1 << i;
  return m;
}

/** fxvlax / fxvinx: bytes arrive for VRT, written under the condition mask. */
export function transferIn(s: VecState, vrt: number, data: Uint8Array, cond: number): void {
  const t = s.reg(vrt);
  for (let i = 0; i < 16; i++) if (s.cond(cond, 'b', i)) t[i] = data[i]!;
}
