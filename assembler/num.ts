// Integer arithmetic as GNU as does it: 64-bit two's complement values. Most values are small, so
// they are plain JavaScript numbers; a value outside the safe-integer range is a bigint (always
// normalised back to a number when it fits), and only those operations pay for bigint.

export type Num = number | bigint;

const I32_MIN = -0x80000000;
const I32_MAX = 0x7fffffff;

function norm(b: bigint): Num {
  const v = BigInt.asIntN(64, b);
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const big = (v: Num): bigint => (typeof v === 'bigint' ? v : BigInt(v));
const isI32 = (v: Num): v is number => typeof v === 'number' && v >= I32_MIN && v <= I32_MAX;

export class DivisionByZero extends Error {}

/** Binary operator on 64-bit values; comparisons give -1 (true) or 0, && and || give 1 or 0. */
export function binop(op: string, a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case '+': r = a + b; if (Number.isSafeInteger(r)) return r; break;
      case '-': r = a - b; if (Number.isSafeInteger(r)) return r; break;
      case '*': r = a * b; if (Number.isSafeInteger(r)) return r; break;
      case '/': if (b === 0) throw new DivisionByZero(); if (isI32(a) && isI32(b)) return Math.trunc(a / b) + 0; break;
      case '%': if (b === 0) throw new DivisionByZero(); return a % b === 0 ? 0 : a % b;
      case '&': if (isI32(a) && isI32(b)) return a & b; break;
      case '|': if (isI32(a) && isI32(b)) return a | b; break;
      case '^': if (isI32(a) && isI32(b)) return a ^ b; break;
      case '!': if (isI32(a) && isI32(b)) return a | ~b; break;
      case '<<': if (b >= 0 && b < 64) { r = a * 2 ** b; if (Number.isSafeInteger(r)) return r; } break;
      case '>>': if (a >= 0 && b >= 0 && b < 64) return Math.floor(a / 2 ** b); break;
      case '==': return a === b ? -1 : 0;
      case '!=': case '<>': return a !== b ? -1 : 0;
      case '<': return a < b ? -1 : 0;
      case '>': return a > b ? -1 : 0;
      case '<=': return a <= b ? -1 : 0;
      case '>=': return a >= b ? -1 : 0;
      case '&&': return a !== 0 && b !== 0 ? 1 : 0;
      case '||': return a !== 0 || b !== 0 ? 1 : 0;
      default: throw new Error(`binop: unknown operator ${op}`);
    }
  }
  const x = big(a);
  const y = big(b);
  switch (op) {
    case '+': return norm(x + y);
    case '-': return norm(x - y);
    case '*': return norm(x * y);
    case '/': if (y === 0n) throw new DivisionByZero(); return norm(x / y);
    case '%': if (y === 0n) throw new DivisionByZero(); return norm(x % y);
    case '&': return norm(x & y);
    case '|': return norm(x | y);
    case '^': return norm(x ^ y);
    case '!': return norm(x | ~y);
    // Shifts treat the value as unsigned 64-bit, as GNU as does; counts of 64 or more give 0.
    case '<<': return y < 0n || y >= 64n ? 0 : norm(BigInt.asUintN(64, x) << y);
    case '>>': return y < 0n || y >= 64n ? 0 : norm(BigInt.asUintN(64, x) >> y);
    case '==': return x === y ? -1 : 0;
    case '!=': case '<>': return x !== y ? -1 : 0;
    case '<': return x < y ? -1 : 0;
    case '>': return x > y ? -1 : 0;
    case '<=': return x <= y ? -1 : 0;
    case '>=': return x >= y ? -1 : 0;
    case '&&': return x !== 0n && y !== 0n ? 1 : 0;
    case '||': return x !== 0n || y !== 0n ? 1 : 0;
    default: throw new Error(`binop: unknown operator ${op}`);
  }
}

export function unop(op: string, a: Num): Num {
  switch (op) {
    case '-': return typeof a === 'number' && a !== -9007199254740991 ? (a === 0 ? 0 : -a) : norm(-big(a));
    case '+': return a;
    case '~': return isI32(a) ? ~a : norm(~big(a));
    case '!': return a === 0 || a === 0n ? 1 : 0;
    default: throw new Error(`unop: unknown operator ${op}`);
  }
}

/** The value as a JavaScript number (low 64 bits, may lose precision above 2^53: callers check ranges first). */
export function toNumber(v: Num): number {
  return typeof v === 'number' ? v : Number(v);
}

/** Low 32 bits, unsigned. */
export function low32(v: Num): number {
  return typeof v === 'number' ? v >>> 0 : Number(BigInt.asUintN(32, v));
}

export function isZero(v: Num): boolean {
  return v === 0 || v === 0n;
}

export function formatNum(v: Num): string {
  if (typeof v === 'bigint') return `0x${BigInt.asUintN(64, v).toString(16)}`;
  return Math.abs(v) < 0x1000000 ? String(v) : v < 0 ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

/** Bytes of `v` in big-endian order, `size` bytes (1..8), truncated. */
export function bytesOf(v: Num, size: number, out: Uint8Array, off: number): void {
  if (typeof v === 'number' && size <= 4 && v >= -0x80000000 && v <= 0xffffffff) {
    for (let i = size - 1; i >= 0; i--) {
      out[off + i] = v & 0xff;
      v = Math.floor(v / 256);
    }
    return;
  }
  let b = BigInt.asUintN(64, big(v));
  for (let i = size - 1; i >= 0; i--) {
    out[off + i] = Number(b & 0xffn);
    b >>= 8n;
  }
}

/** Does `v` fit in `size` bytes, read as either signed or unsigned (what GNU as accepts silently)? */
export function fitsBytes(v: Num, size: number): boolean {
  if (size >= 8) return true;
  const bits = BigInt(size * 8);
  const b = big(v);
  return b >= -(1n << (bits - 1n)) && b < 1n << bits;
}
