// Values of the language as the checker's constant folding and the reference evaluator hold
// them: scalars as raw numbers, vectors and rows as arrays of raw lanes, arrays as arrays of
// values. Also their big-endian byte encoding (memory, mailbox, .data).

import { bitsOf, laneCount, type Type } from './types.js';

export type Value = number | Value[];

export function zeroValue(t: Type): Value {
  switch (t.k) {
    case 'scalar': return 0;
    case 'vec': case 'row': return new Array<number>(laneCount(t)).fill(0);
    case 'array': return Array.from({ length: t.len }, () => zeroValue(t.elem));
    default: return 0;
  }
}

export function cloneValue(v: Value): Value {
  return Array.isArray(v) ? v.map(cloneValue) : v;
}

/** Big-endian bytes of a value of type t (as it lies in memory). */
export function encodeValue(t: Type, v: Value, out: Uint8Array, offset: number): void {
  switch (t.k) {
    case 'scalar': {
      const n = bitsOf(t.s) / 8;
      const x = v as number;
      for (let i = 0; i < n; i++) out[offset + i] = (x >>> (8 * (n - 1 - i))) & 0xff;
      return;
    }
    case 'vec': case 'row': {
      const lanes = v as number[];
      const bytes = bitsOf(t.lane) / 8;
      lanes.forEach((x, i) => {
        for (let b = 0; b < bytes; b++) out[offset + i * bytes + b] = (x >>> (8 * (bytes - 1 - b))) & 0xff;
      });
      return;
    }
    case 'array': {
      const elems = v as Value[];
      const size = sizeOfElem(t.elem);
      elems.forEach((e, i) => encodeValue(t.elem, e, out, offset + i * size));
      return;
    }
    default:
      throw new Error(`encodeValue: ${t.k}`);
  }
}

function sizeOfElem(t: Type): number {
  switch (t.k) {
    case 'scalar': return bitsOf(t.s) / 8;
    case 'vec': return 16;
    case 'row': return 32;
    case 'array': return t.len * sizeOfElem(t.elem);
    default: return 0;
  }
}

/** The value of type t stored big-endian at `offset`. */
export function decodeValue(t: Type, bytes: Uint8Array, offset: number): Value {
  switch (t.k) {
    case 'scalar': {
      const n = bitsOf(t.s) / 8;
      let x = 0;
      for (let i = 0; i < n; i++) x = x * 256 + bytes[offset + i]!;
      return normalise(t.s, x);
    }
    case 'vec': case 'row': {
      const bytesPer = bitsOf(t.lane) / 8;
      const out: number[] = [];
      for (let i = 0; i < laneCount(t); i++) {
        let x = 0;
        for (let b = 0; b < bytesPer; b++) x = x * 256 + bytes[offset + i * bytesPer + b]!;
        out.push(normalise(t.lane, x));
      }
      return out;
    }
    case 'array': {
      const size = sizeOfElem(t.elem);
      return Array.from({ length: t.len }, (_, i) => decodeValue(t.elem, bytes, offset + i * size));
    }
    default:
      throw new Error(`decodeValue: ${t.k}`);
  }
}

function normalise(s: string, x: number): number {
  switch (s) {
    case 'i32': return x | 0;
    case 'u32': return x >>> 0;
    case 'i8': case 'fx8': return (x << 24) >> 24;
    case 'i16': case 'fx16': return (x << 16) >> 16;
    case 'bool': return x === 0 ? 0 : 1;
    default: return x;
  }
}

/** The value as a user reads it: fractions as decimals, vectors as lane lists. */
export function showValue(t: Type, v: Value): string {
  if (t.k === 'scalar') {
    const x = v as number;
    if (t.s === 'bool') return x ? 'true' : 'false';
    if (t.s === 'fx8') return `${x / 128}`;
    if (t.s === 'fx16') return `${x / 32768}`;
    return `${x}`;
  }
  if (t.k === 'vec' || t.k === 'row') return `[${(v as number[]).map((x) => showValue({ k: 'scalar', s: t.lane }, x)).join(', ')}]`;
  if (t.k === 'array') return `[${(v as Value[]).map((x) => showValue(t.elem, x)).join(', ')}]`;
  return String(v);
}
