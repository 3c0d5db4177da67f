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

// Operation codes: executeVec dispatches on small integers (one switch per instruction, not per
// lane). code = OP_x * 4 + (halfword lanes ? 2 : 0) + (fractional ? 1 : 0).
const OP_ADD = 0;
const OP_SUB = 1;
const OP_MUL = 2;
const OP_MA = 3;
const OP_ADDAC = 4;
const OP_MATAC = 5;
const OP_MULTAC = 6;
const OP_ADDTAC = 7;
const OP_ADDACTAC = 8;
const OP_MTAC = 9;
const OP_SPLAT = 10;
const OP_SH = 11;
const OP_SEL = 12;
const OP_PCKU = 13;
const OP_PCKL = 14;
const OP_UPCKL = 15;
const OP_UPCKR = 16;
const OP_CMP = 17;
const OP_CODES: Readonly<Record<string, number>> = {
  add: OP_ADD, sub: OP_SUB, mul: OP_MUL, ma: OP_MA, addac: OP_ADDAC, matac: OP_MATAC, multac: OP_MULTAC,
  addtac: OP_ADDTAC, addactac: OP_ADDACTAC, mtac: OP_MTAC, splat: OP_SPLAT, sh: OP_SH, sel: OP_SEL,
  pcku: OP_PCKU, pckl: OP_PCKL, upckl: OP_UPCKL, upckr: OP_UPCKR, cmp: OP_CMP,
};

/** The executeVecCode code of a register-to-register instruction, -1 for transfer instructions. */
export function vecOpCode(d: VecInsnDef): number {
  const op = OP_CODES[d.vec.op];
  if (op === undefined) return -1;
  return op * 4 + (d.vec.lanes === 'h' ? 2 : 0) + (d.vec.frac ? 1 : 0);
}

const codes = new WeakMap<VecInsnDef, number>();

// Scratch bytes for the permutes (their lanes cross, so all operands are read first).
const BYTES_A = new Uint8Array(16);
const BYTES_B = new Uint8Array(16);
const BYTES_R = new Uint8Array(16);

/** Bit i set: byte lane i (byteLanes) or halfword lane i is enabled by condition c. */
function enabledMask(s: VecState, c: number, byteLanes: boolean): number {
  if (c === 0) return 0xffff;
  const flag = c === 1 ? VCR_GT : c === 2 ? VCR_LT : VCR_EQ;
  const vcr = s.vcr;
  let m = 0;
  if (byteLanes) {
    for (let i = 0; i < 16; i++) if ((vcr[i]! & flag) !== 0) m |= 1 << i;
  } else {
    for (let i = 0; i < 8; i++) if ((vcr[2 * i]! & flag) !== 0) m |= 1 << i;
  }
  return m;
}

/**
 * Execute a register-to-register vector instruction on the state (memory and bus forms are done
 * by the pipeline with their data, see transferIn).
 */
export function executeVec(s: VecState, d: VecInsnDef, o: VecOperands): void {
  let code = codes.get(d);
  if (code === undefined) {
    code = vecOpCode(d);
    codes.set(d, code);
  }
  if (code < 0) throw new Error(`executeVec: ${d.mnemonic} is a transfer instruction`);
  executeVecCode(s, code, o);
}

/**
 * executeVec by operation code (vecOpCode). Lanes are independent except in the permutes, so
 * lane i is read and written in one go (VRT = VRA or VRB is harmless); disabled lanes are left
 * alone.
 */
export function executeVecCode(s: VecState, code: number, o: VecOperands): void {
  // -1 (a transfer instruction) would otherwise fall into the shift case below.
  if (code < 0) throw new Error(`executeVecCode: ${code} is not a register-to-register operation`);
  const op = code >> 2;
  const byteLanes = (code & 2) === 0;
  const frac = (code & 1) !== 0;
  const vr = s.vr;
  const c = o.cond;
  switch (op) {
    case OP_SEL: {
      const en = enabledMask(s, c, true);
      const oa = o.vra * 16;
      const ob = o.vrb * 16;
      const ot = o.vrt * 16;
      for (let i = 0; i < 16; i++) vr[ot + i] = (en >> i) & 1 ? vr[ob + i]! : vr[oa + i]!;
      return;
    }
    case OP_PCKU: case OP_PCKL: case OP_UPCKL: case OP_UPCKR: {
      BYTES_A.set(vr.subarray(o.vra * 16, o.vra * 16 + 16));
      BYTES_B.set(vr.subarray(o.vrb * 16, o.vrb * 16 + 16));
      const r = BYTES_R;
      for (let i = 0; i < 8; i++) {
        if (op === OP_PCKU) { r[i] = BYTES_A[2 * i]!; r[8 + i] = BYTES_B[2 * i]!; }
        else if (op === OP_PCKL) { r[i] = BYTES_A[2 * i + 1]!; r[8 + i] = BYTES_B[2 * i + 1]!; }
        else {
          const j = op === OP_UPCKL ? i : 8 + i;
          r[2 * i] = BYTES_A[j]!;
          r[2 * i + 1] = BYTES_B[j]!;
        }
      }
      const en = enabledMask(s, c, true);
      const ot = o.vrt * 16;
      for (let i = 0; i < 16; i++) if ((en >> i) & 1) vr[ot + i] = r[i]!;
      return;
    }
    case OP_CMP: {
      const en = enabledMask(s, c, byteLanes);
      const oa = o.vra * 16;
      if (byteLanes) {
        for (let i = 0; i < 16; i++) {
          if (!((en >> i) & 1)) continue;
          const a = (vr[oa + i]! << 24) >> 24;
          s.vcr[i] = a < 0 ? VCR_LT : a > 0 ? VCR_GT : VCR_EQ;
        }
      } else {
        for (let i = 0; i < 8; i++) {
          if (!((en >> i) & 1)) continue;
          const a = ((vr[oa + 2 * i]! << 24) >> 16) | vr[oa + 2 * i + 1]!;
          s.vcr[2 * i] = s.vcr[2 * i + 1] = a < 0 ? VCR_LT : a > 0 ? VCR_GT : VCR_EQ;
        }
      }
      return;
    }
  }
  if (op > OP_SH) throw new Error(`executeVecCode: bad operation code ${code}`);
  const n = byteLanes ? 8 : 16;
  const N = 2 * n;
  const count = byteLanes ? 16 : 8;
  const scale = byteLanes ? 256 : 65536; // 2^n
  const en = enabledMask(s, c, byteLanes);
  const toAcc = op >= OP_MATAC && op <= OP_MTAC;
  const acc = s.acc;
  const oa = o.vra * 16;
  const ob = o.vrb * 16;
  const ot = o.vrt * 16;
  for (let i = 0; i < count; i++) {
    if (!((en >> i) & 1)) continue;
    let a: number;
    let b: number;
    let A: number;
    if (byteLanes) {
      a = (vr[oa + i]! << 24) >> 24;
      b = (vr[ob + i]! << 24) >> 24;
      const w = acc[i >> 1]!;
      A = i & 1 ? (w << 16) >> 16 : w >> 16;
    } else {
      a = ((vr[oa + 2 * i]! << 24) >> 16) | vr[oa + 2 * i + 1]!;
      b = ((vr[ob + 2 * i]! << 24) >> 16) | vr[ob + 2 * i + 1]!;
      A = acc[i]!;
    }
    let v: number;
    switch (op) {
      case OP_ADD: v = frac ? sat(a + b, n) : wrap(a + b, n); break;
      case OP_SUB: v = frac ? sat(a - b, n) : wrap(a - b, n); break;
      case OP_MUL: v = frac ? sat(Math.floor((2 * a * b) / scale), n) : wrap(a * b, n); break;
      case OP_MA: v = frac ? sat(Math.floor((A + 2 * a * b) / scale), n) : wrap(A + a * b, n); break;
      case OP_ADDAC: v = frac ? sat(Math.floor(A / scale) + a, n) : wrap(A + a, n); break;
      case OP_MATAC: v = frac ? sat(A + 2 * a * b, N) : wrap(A + a * b, N); break;
      case OP_MULTAC: v = frac ? sat(2 * a * b, N) : a * b; break;
      case OP_ADDTAC: v = frac ? sat((a + b) * scale, N) : a + b; break;
      case OP_ADDACTAC: v = frac ? sat(A + a * scale, N) : wrap(A + a, N); break;
      case OP_MTAC: v = frac ? a * scale : a; break;
      case OP_SPLAT: v = wrap(o.gpr, n); break;
      default: { // OP_SH
        const k = o.shift;
        v = k >= 0 ? (k >= n ? 0 : wrap(a * 2 ** k, n)) : a >> Math.min(-k, n - 1);
      }
    }
    if (toAcc) {
      if (byteLanes) {
        const j = i >> 1;
        const w = acc[j]!;
        acc[j] = i & 1 ? (w & ~0xffff) | (v & 0xffff) : (w & 0xffff) | ((v & 0xffff) << 16);
      } else acc[i] = v | 0;
    } else if (byteLanes) vr[ot + i] = v & 0xff;
    else {
      vr[ot + 2 * i] = (v >> 8) & 0xff;
      vr[ot + 2 * i + 1] = v & 0xff;
    }
  }
}

/** Byte mask (bit i = byte i) of the lanes an instruction with condition c may write. */
export function writeMask(s: VecState, c: number): number {
  return enabledMask(s, c, true);
}

/** fxvlax / fxvinx: bytes arrive for VRT, written under the condition mask. */
export function transferIn(s: VecState, vrt: number, data: Uint8Array, cond: number): void {
  const t = s.reg(vrt);
  for (let i = 0; i < 16; i++) if (s.cond(cond, 'b', i)) t[i] = data[i]!;
}
