// Instruction word fields of the Power ISA and of the FXV vector unit.
//
// Positions use IBM bit numbering (bit 0 is the most significant bit of the 32-bit word), as the
// Power ISA books and the HICANN-DLS reference do, so that every row can be checked against them.

export interface FieldSpec {
  /** IBM bit number of the most significant bit of the field. */
  readonly lo: number;
  readonly width: number;
  /** Sign-extend the raw value when extracting. */
  readonly signed?: boolean;
  /** Number of implicit zero bits appended (branch displacements are word offsets). */
  readonly scale?: number;
}

export const FIELDS = {
  OPCD: { lo: 0, width: 6 },
  RT: { lo: 6, width: 5 },
  RS: { lo: 6, width: 5 },
  TO: { lo: 6, width: 5 },
  BO: { lo: 6, width: 5 },
  BT: { lo: 6, width: 5 },
  BF: { lo: 6, width: 3 },
  L: { lo: 10, width: 1 },
  RA: { lo: 11, width: 5 },
  BI: { lo: 11, width: 5 },
  BA: { lo: 11, width: 5 },
  BFA: { lo: 11, width: 3 },
  RB: { lo: 16, width: 5 },
  BB: { lo: 16, width: 5 },
  SH: { lo: 16, width: 5 },
  NB: { lo: 16, width: 5 },
  E: { lo: 16, width: 1 },
  FXM: { lo: 12, width: 8 },
  D: { lo: 16, width: 16, signed: true },
  SI: { lo: 16, width: 16, signed: true },
  UI: { lo: 16, width: 16 },
  BD: { lo: 16, width: 14, signed: true, scale: 2 },
  LI: { lo: 6, width: 24, signed: true, scale: 2 },
  MB: { lo: 21, width: 5 },
  ME: { lo: 26, width: 5 },
  /** 10-bit split field; see sprField(). */
  SPR: { lo: 11, width: 10 },
  XO10: { lo: 21, width: 10 },
  XO9: { lo: 22, width: 9 },
  OE: { lo: 21, width: 1 },
  BH: { lo: 19, width: 2 },
  /** Cache target of icbt, bits 6..10 (as GNU as encodes it). */
  CT: { lo: 6, width: 5 },
  /** sync's L field (0: sync/msync); cmp's L is the one-bit field above. */
  SL: { lo: 9, width: 2 },
  MO: { lo: 6, width: 5 },
  LEV: { lo: 20, width: 7 },
  WC: { lo: 9, width: 2 },
  AA: { lo: 30, width: 1 },
  LK: { lo: 31, width: 1 },
  Rc: { lo: 31, width: 1 },
  // FXV vector unit (primary opcode 4): VRT 6..10, VRA 11..15, VRB 16..20, XO 21..29, C 30..31.
  VRT: { lo: 6, width: 5 },
  VRA: { lo: 11, width: 5 },
  VRB: { lo: 16, width: 5 },
  /** Shift amount of fxvshh/fxvshb, held in the VRB field as a signed 5-bit value. */
  VSH: { lo: 16, width: 5, signed: true },
  VXO: { lo: 21, width: 9 },
  C: { lo: 30, width: 2 },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;

export function fieldShift(f: FieldSpec): number {
  return 32 - f.lo - f.width;
}

export function fieldMask(f: FieldSpec): number {
  return f.width === 32 ? -1 : (1 << f.width) - 1;
}

/** Value of a field in an instruction word (sign-extended and scaled where the field says so). */
export function extractField(word: number, name: FieldName): number {
  if (name === 'SPR') return sprField(word);
  const f: FieldSpec = FIELDS[name];
  const raw = (word >>> fieldShift(f)) & fieldMask(f);
  let v = f.signed ? (raw << (32 - f.width)) >> (32 - f.width) : raw;
  if (f.scale) v = v * (1 << f.scale);
  return v;
}

/** Word with the field set to `value` (already range-checked by the caller). */
export function insertField(word: number, name: FieldName, value: number): number {
  if (name === 'SPR') return (word & ~(0x3ff << 11)) | (((value & 0x1f) << 5 | (value >>> 5) & 0x1f) << 11);
  const f: FieldSpec = FIELDS[name];
  const v = f.scale ? value >> f.scale : value;
  const sh = fieldShift(f);
  const m = fieldMask(f);
  return ((word & ~(m << sh)) | ((v & m) << sh)) >>> 0;
}

/** The SPR number: the two 5-bit halves of bits 11..20 are swapped in the encoding. */
export function sprField(word: number): number {
  const raw = (word >>> 11) & 0x3ff;
  return ((raw & 0x1f) << 5) | (raw >>> 5);
}

/**
 * A JavaScript expression that extracts the field from a variable `w` holding the instruction
 * word. Used by the code generator when the word is not known at generation time.
 */
export function fieldExpr(name: FieldName, w = 'w'): string {
  if (name === 'SPR') return `((((${w} >>> 11) & 31) << 5) | ((${w} >>> 16) & 31))`;
  const f: FieldSpec = FIELDS[name];
  const sh = fieldShift(f);
  let e: string;
  if (f.signed) e = `((${w} << ${32 - f.width - sh}) >> ${32 - f.width})`;
  else e = `((${w} >>> ${sh}) & ${fieldMask(f)})`;
  if (f.scale) e = `(${e} * ${1 << f.scale})`;
  return e;
}
