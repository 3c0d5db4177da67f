// The arithmetic of the language on raw values (docs/dsl.md, section 2): what `a + b` is for each
// type. The reference evaluator and the checker's constant folding use these definitions; the
// code generator produces instruction sequences with the same results (the conformance tests
// compare them). Written from the language specification, not from the PPU's FXV code.
//
// Raw values: integers and booleans as their numeric value (u32 as 0..2^32-1); fractions as the
// signed integer of their bits (fx8 0.5 = 64, fx16 0.5 = 16384).

import { bitsOf, isFracName, isSignedName, rawRange, wrapTo, type LaneName, type ScalarName } from './types.js';

export type Num = ScalarName | LaneName;

function clampTo(s: Num, v: number): number {
  const [lo, hi] = rawRange(s);
  return v < lo ? lo : v > hi ? hi : v;
}

/** Exact product of two 32-bit values, wrapped to 32 bits (signed). */
function mul32(a: number, b: number): number {
  return Math.imul(a, b);
}

export function add(s: Num, a: number, b: number): number {
  return isFracName(s) ? clampTo(s, a + b) : wrapTo(s, a + b);
}

export function sub(s: Num, a: number, b: number): number {
  return isFracName(s) ? clampTo(s, a - b) : wrapTo(s, a - b);
}

export function mul(s: Num, a: number, b: number): number {
  if (isFracName(s)) {
    // The 2n-bit product shifted left by one, keeping the upper n bits: floor(2ab / 2^n).
    const n = bitsOf(s);
    return clampTo(s, Math.floor((2 * a * b) / 2 ** n));
  }
  return wrapTo(s, mul32(a, b));
}

export function neg(s: Num, a: number): number {
  return isFracName(s) ? clampTo(s, -a) : wrapTo(s, -a);
}

export class DivideByZero extends Error {}

/** Integer division truncating toward zero; i32 MIN / -1 wraps to MIN. */
export function div(s: Num, a: number, b: number): number {
  if (b === 0) throw new DivideByZero('division by zero');
  return wrapTo(s, Math.trunc(a / b));
}

export function rem(s: Num, a: number, b: number): number {
  if (b === 0) throw new DivideByZero('division by zero');
  return wrapTo(s, a - mul32(Math.trunc(a / b) | 0, b));
}

export function and(s: Num, a: number, b: number): number {
  return wrapTo(s, a & b);
}
export function or(s: Num, a: number, b: number): number {
  return wrapTo(s, a | b);
}
export function xor(s: Num, a: number, b: number): number {
  return wrapTo(s, a ^ b);
}
export function not(s: Num, a: number): number {
  return wrapTo(s, ~a);
}

/**
 * Left shift by k: the bits move up and wrap in the type's width. Only the low 6 bits of k count
 * (as in the PPU's slw); k >= the width gives 0.
 */
export function shl(s: Num, a: number, k: number): number {
  const kk = k & 63;
  return kk >= bitsOf(s) ? 0 : wrapTo(s, a << kk);
}

/**
 * Right shift by k: arithmetic for signed types and fractions, logical for unsigned ones. Only
 * the low 6 bits of k count; k >= the width shifts everything out (0, or -1 for negative signed
 * values).
 */
export function shr(s: Num, a: number, k: number): number {
  const n = bitsOf(s);
  const kk = k & 63;
  if (isSignedName(s)) return kk >= n ? (a < 0 ? -1 : 0) : a >> kk;
  return kk >= n ? 0 : a >>> kk;
}

export type CmpOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export function compare(op: CmpOp, a: number, b: number): boolean {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
}

/** `x as T` between integer types (and bool to integer): wrap to the target. */
export function convertInt(to: Num, a: number): number {
  return wrapTo(to, a);
}

/** `x as fx16` / `x as fx8` from a fraction: fx8 -> fx16 exact, fx16 -> fx8 truncates (floor). */
export function convertFrac(from: 'fx8' | 'fx16', to: 'fx8' | 'fx16', a: number): number {
  if (from === to) return a;
  return to === 'fx16' ? a * 256 : Math.floor(a / 256);
}

/** frac(c): an unsigned byte c as the fraction c / 256 (a logical right shift by one). */
export function fracOfU8(c: number): number {
  return (c & 0xff) >>> 1;
}

/** The nearest raw value of a fraction literal (ties away from zero), or undefined if out of range. */
export function fracLiteral(s: 'fx8' | 'fx16', value: number): number | undefined {
  const scale = s === 'fx8' ? 128 : 32768;
  const x = value * scale;
  const r = Math.sign(x) * Math.floor(Math.abs(x) + 0.5);
  const [lo, hi] = rawRange(s);
  if (r < lo || r > hi) return undefined;
  return r === 0 ? 0 : r;
}
