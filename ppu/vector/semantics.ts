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

export const sat = (x: number, n: number): number => {
  const hi = 2 ** (n - 1) - 1;
  const lo = -(2 ** (n - 1));
  return x > hi ? hi : x < lo ? lo : x;
};

export const wrap = (x: number, n: number): number => {
  if (n === 32) return x | 0;
  const m = 2 ** n;
  let v = ((x % m) + m) % m;
  if (v >= m / 2) v -= m;
  return v;
};

/** Fractional product with one extra left shift, kept at full 2n-bit precision. */
const frac2 = (a: number, b: number): number => 2 * a * b;

/** Arithmetic shift right by n with floor rounding, exact for doubles up to 2^53. */
const shr = (x: number, n: number): number => Math.floor(x / 2 ** n);

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

/**
 * Execute a register-to-register vector instruction on the state (memory and bus forms are done
 * by the pipeline with their data, see transferIn/transferOut).
 */
export function executeVec(s: VecState, d: VecInsnDef, o: VecOperands): void {
  const { op, lanes, frac } = d.vec;
  const n = lanes === 'b' ? 8 : 16;
  const count = lanes === 'b' ? 16 : 8;
  const c = o.cond;
  const out = new Array<number>(count);
  switch (op) {
    case 'add': case 'sub': case 'mul': case 'ma': case 'addac': {
      for (let i = 0; i < count; i++) {
        if (!s.cond(c, lanes, i)) continue;
        const a = s.lane(o.vra, lanes, i);
        const b = s.lane(o.vrb, lanes, i);
        const A = s.accLane(lanes, i);
        let v: number;
        if (op === 'add') v = frac ? sat(a + b, n) : wrap(a + b, n);
        else if (op === 'sub') v = frac ? sat(a - b, n) : wrap(a - b, n);
        else if (op === 'mul') v = frac ? sat(shr(frac2(a, b), n), n) : wrap(a * b, n);
        else if (op === 'ma') v = frac ? sat(shr(A + frac2(a, b), n), n) : wrap(A + a * b, n);
        else v = frac ? sat(shr(A, n) + a, n) : wrap(A + a, n);
        out[i] = v;
      }
      for (let i = 0; i < count; i++) if (out[i] !== undefined) s.setLane(o.vrt, lanes, i, out[i]!);
      return;
    }
    case 'matac': case 'multac': case 'addtac': case 'addactac': case 'mtac': {
      for (let i = 0; i < count; i++) {
        if (!s.cond(c, lanes, i)) continue;
        const a = s.lane(o.vra, lanes, i);
        const b = s.lane(o.vrb, lanes, i);
        const A = s.accLane(lanes, i);
        const N = 2 * n;
        let v: number;
        if (op === 'matac') v = frac ? sat(A + frac2(a, b), N) : wrap(A + a * b, N);
        else if (op === 'multac') v = frac ? sat(frac2(a, b), N) : a * b;
        else if (op === 'addtac') v = frac ? sat((a + b) * 2 ** n, N) : a + b;
        else if (op === 'addactac') v = frac ? sat(A + a * 2 ** n, N) : wrap(A + a, N);
        else v = frac ? a * 2 ** n : a;
        s.setAccLane(lanes, i, v);
      }
      return;
    }
    case 'cmp': {
      for (let i = 0; i < count; i++) {
        if (!s.cond(c, lanes, i)) continue;
        const a = s.lane(o.vra, lanes, i);
        const f = a < 0 ? VCR_LT : a > 0 ? VCR_GT : VCR_EQ;
        out[i] = f;
      }
      for (let i = 0; i < count; i++) {
        if (out[i] === undefined) continue;
        if (lanes === 'b') s.vcr[i] = out[i]!;
        else s.vcr[2 * i] = s.vcr[2 * i + 1] = out[i]!;
      }
      return;
    }
    case 'splat': {
      for (let i = 0; i < count; i++) if (s.cond(c, lanes, i)) s.setLane(o.vrt, lanes, i, wrap(o.gpr, n));
      return;
    }
    case 'sel': {
      const a = s.reg(o.vra).slice();
      const b = s.reg(o.vrb).slice();
      const t = s.reg(o.vrt);
      for (let i = 0; i < 16; i++) t[i] = s.cond(c, 'b', i) ? b[i]! : a[i]!;
      return;
    }
    case 'sh': {
      const k = o.shift;
      for (let i = 0; i < count; i++) {
        if (!s.cond(c, lanes, i)) continue;
        const a = s.lane(o.vra, lanes, i);
        out[i] = k >= 0 ? (k >= n ? 0 : wrap(a * 2 ** k, n)) : a >> Math.min(-k, n - 1);
      }
      for (let i = 0; i < count; i++) if (out[i] !== undefined) s.setLane(o.vrt, lanes, i, out[i]!);
      return;
    }
    case 'pcku': case 'pckl': case 'upckl': case 'upckr': {
      const a = s.reg(o.vra).slice();
      const b = s.reg(o.vrb).slice();
      const r = new Uint8Array(16);
      for (let i = 0; i < 8; i++) {
        if (op === 'pcku') { r[i] = a[2 * i]!; r[8 + i] = b[2 * i]!; }
        else if (op === 'pckl') { r[i] = a[2 * i + 1]!; r[8 + i] = b[2 * i + 1]!; }
        else {
          const j = op === 'upckl' ? i : 8 + i;
          r[2 * i] = a[j]!;
          r[2 * i + 1] = b[j]!;
        }
      }
      const t = s.reg(o.vrt);
      for (let i = 0; i < 16; i++) if (s.cond(c, 'b', i)) t[i] = r[i]!;
      return;
    }
    default:
      throw new Error(`executeVec: ${d.mnemonic} is a transfer instruction`);
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
