// Types of the plasticity language (docs/dsl.md, section 2): their names, sizes in memory,
// value ranges and how lanes map onto the FXV unit.

export type ScalarName = 'i32' | 'u32' | 'bool' | 'i8' | 'i16' | 'u8' | 'u16' | 'fx8' | 'fx16';
/** Lane types of vectors: byte lanes (16 per vector) and halfword lanes (8 per vector). */
export type LaneName = 'i8' | 'u8' | 'fx8' | 'i16' | 'fx16';
export type RowLane = 'i8' | 'u8' | 'fx8';

export type Type =
  | { k: 'scalar'; s: ScalarName }
  | { k: 'vec'; lane: LaneName }
  | { k: 'row'; lane: RowLane }
  | { k: 'array'; elem: Type; len: number }
  | { k: 'ref'; arr: Type & { k: 'array' } }
  | { k: 'void' }
  /** A per-lane condition (`v > w`), usable only by select() and where. */
  | { k: 'lanes'; of: Type & ({ k: 'vec' } | { k: 'row' }) }
  /** The chip's synapse arrays as a whole (`weights`): only indexable. */
  | { k: 'chip'; name: 'weights' | 'addresses' | 'causal' | 'anticausal' }
  | { k: 'mailbox' }
  /** An expression that already has an error: no further messages about it. */
  | { k: 'error' };

export const SCALAR_NAMES: readonly ScalarName[] = ['i32', 'u32', 'bool', 'i8', 'i16', 'u8', 'u16', 'fx8', 'fx16'];
export const LANE_NAMES: readonly LaneName[] = ['i8', 'u8', 'fx8', 'i16', 'fx16'];
export const ROW_LANES: readonly RowLane[] = ['i8', 'u8', 'fx8'];

const scalarCache = new Map<ScalarName, Type & { k: 'scalar' }>();
export function scalar(s: ScalarName): Type & { k: 'scalar' } {
  let t = scalarCache.get(s);
  if (!t) scalarCache.set(s, (t = { k: 'scalar', s }));
  return t;
}
export const I32 = scalar('i32');
export const U32 = scalar('u32');
export const BOOL = scalar('bool');
export const VOID: Type = { k: 'void' };
export const ERROR: Type = { k: 'error' };

export function vec(lane: LaneName): Type & { k: 'vec' } {
  return { k: 'vec', lane };
}
export function row(lane: RowLane): Type & { k: 'row' } {
  return { k: 'row', lane };
}

export function typeName(t: Type): string {
  switch (t.k) {
    case 'scalar': return t.s;
    case 'vec': return `vec<${t.lane}>`;
    case 'row': return `row<${t.lane}>`;
    case 'array': return `[${typeName(t.elem)}; ${t.len}]`;
    case 'ref': return `&${typeName(t.arr)}`;
    case 'void': return 'nothing';
    case 'lanes': return `a lane condition on ${typeName(t.of)}`;
    case 'chip': return `the chip array '${t.name}'`;
    case 'mailbox': return 'the mailbox';
    case 'error': return '<error>';
  }
}

export function sameType(a: Type, b: Type): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'scalar': return a.s === (b as typeof a).s;
    case 'vec': case 'row': return a.lane === (b as typeof a).lane;
    case 'array': return a.len === (b as typeof a).len && sameType(a.elem, (b as typeof a).elem);
    case 'ref': return sameType(a.arr, (b as typeof a).arr);
    case 'lanes': return sameType(a.of, (b as typeof a).of);
    case 'chip': return a.name === (b as typeof a).name;
    default: return true;
  }
}

export function isScalar(t: Type, ...names: ScalarName[]): boolean {
  return t.k === 'scalar' && (names.length === 0 || names.includes(t.s));
}

/** Integer types (scalars): i32 u32 i8 i16 u8 u16. */
export function isIntName(s: ScalarName | LaneName): boolean {
  return s === 'i32' || s === 'u32' || s === 'i8' || s === 'i16' || s === 'u8' || s === 'u16';
}
export function isFracName(s: ScalarName | LaneName): boolean {
  return s === 'fx8' || s === 'fx16';
}
export function isSignedName(s: ScalarName | LaneName): boolean {
  return s === 'i32' || s === 'i8' || s === 'i16' || s === 'fx8' || s === 'fx16';
}
/** Width in bits of a scalar or lane type (bool: 1 byte in memory, 32 bits in a register). */
export function bitsOf(s: ScalarName | LaneName): 8 | 16 | 32 {
  switch (s) {
    case 'i8': case 'u8': case 'fx8': case 'bool': return 8;
    case 'i16': case 'u16': case 'fx16': return 16;
    default: return 32;
  }
}

/** Lane type of a vector or row, or the type itself for scalars. */
export function laneOf(t: Type): ScalarName | null {
  if (t.k === 'scalar') return t.s;
  if (t.k === 'vec' || t.k === 'row') return t.lane;
  return null;
}

export function lanesPerVector(lane: LaneName): 8 | 16 {
  return bitsOf(lane) === 8 ? 16 : 8;
}
export function laneCount(t: Type & ({ k: 'vec' } | { k: 'row' })): number {
  return t.k === 'row' ? 32 : lanesPerVector(t.lane);
}

/** Range of the raw values of a scalar type. */
export function rawRange(s: ScalarName | LaneName): [number, number] {
  switch (s) {
    case 'i32': return [-(2 ** 31), 2 ** 31 - 1];
    case 'u32': return [0, 2 ** 32 - 1];
    case 'bool': return [0, 1];
    case 'i8': case 'fx8': return [-128, 127];
    case 'u8': return [0, 255];
    case 'i16': case 'fx16': return [-32768, 32767];
    case 'u16': return [0, 65535];
  }
}

/** Size in bytes in memory. */
export function sizeOf(t: Type): number {
  switch (t.k) {
    case 'scalar': return bitsOf(t.s) / 8;
    case 'vec': return 16;
    case 'row': return 32;
    case 'array': return t.len * sizeOf(t.elem);
    case 'ref': return 4;
    default: return 0;
  }
}

export function alignOf(t: Type): number {
  switch (t.k) {
    case 'scalar': return bitsOf(t.s) / 8;
    case 'vec': case 'row': return 16;
    case 'array': return alignOf(t.elem);
    case 'ref': return 4;
    default: return 1;
  }
}

/** Can values of this type live in registers and be passed, returned and held in locals? */
export function isValueType(t: Type): boolean {
  return t.k === 'scalar' || t.k === 'vec' || t.k === 'row';
}

/** Wrap a number to the raw range of an integer or fraction type (modulo 2^bits). */
export function wrapTo(s: ScalarName | LaneName, v: number): number {
  switch (s) {
    case 'i32': return v | 0;
    case 'u32': return v >>> 0;
    case 'bool': return v & 1;
    case 'i8': case 'fx8': return (v << 24) >> 24;
    case 'u8': return v & 0xff;
    case 'i16': case 'fx16': return (v << 16) >> 16;
    case 'u16': return v & 0xffff;
  }
}

/** Fraction bits of a fraction type. */
export function fracBits(s: 'fx8' | 'fx16'): number {
  return s === 'fx8' ? 7 : 15;
}

/** Value of a raw fraction as a real number (for messages). */
export function fracValue(s: 'fx8' | 'fx16', raw: number): number {
  return raw / 2 ** fracBits(s);
}
