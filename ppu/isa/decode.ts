// Decoder tables built from the instruction rows: one 64K-entry lookup keyed by the primary
// opcode and instruction bits 21..30 (the widest extended-opcode field), so decoding is a
// single array access.

import { extractField, FIELDS, type FieldName } from './fields.js';
import { FXV_INSNS } from './fxv.js';
import { SCALAR_INSNS } from './scalar.js';
import type { Category, InsnDef } from './types.js';

export const ALL_INSNS: readonly InsnDef[] = [...SCALAR_INSNS, ...FXV_INSNS];

/** Index into ALL_INSNS, or -1, for key = opcd << 10 | bits 21..30. */
const table = new Int16Array(1 << 16).fill(-1);

function keysOf(d: InsnDef): number[] {
  const base = d.opcd << 10;
  const keys: number[] = [];
  switch (d.form) {
    case 'I': case 'B': case 'SC': case 'D': case 'M':
      for (let k = 0; k < 1024; k++) keys.push(base | k);
      break;
    case 'XO': // OE at bit 21, 9-bit XO at 22..30
      keys.push(base | d.xo!, base | 0x200 | d.xo!);
      break;
    case 'FXV': // 9-bit XO at 21..29, bit 30 belongs to the condition field
      keys.push(base | (d.xo! << 1), base | (d.xo! << 1) | 1);
      break;
    default: // X, XL, XFX: 10-bit XO at 21..30
      keys.push(base | d.xo!);
  }
  return keys;
}

ALL_INSNS.forEach((d, i) => {
  for (const k of keysOf(d)) {
    if (table[k] !== -1) {
      throw new Error(`ISA table: ${d.mnemonic} collides with ${ALL_INSNS[table[k]!]!.mnemonic}`);
    }
    table[k] = i;
  }
});

export function decodeIndex(word: number): number {
  return table[((word >>> 16) & 0xfc00) | ((word >>> 1) & 0x3ff)]!;
}

/** The instruction a word encodes, if any (ignoring categories and reserved bits). */
export function decode(word: number): InsnDef | undefined {
  const i = decodeIndex(word);
  return i < 0 ? undefined : ALL_INSNS[i];
}

/** Field names an operand of the assembly syntax stands for. */
export function operandFields(d: InsnDef, operand: string): FieldName[] {
  if (operand === 'D(RA)') return ['D', 'RA'];
  if (operand === 'target') return [d.form === 'I' ? 'LI' : 'BD'];
  return [operand as FieldName];
}

function fieldBits(name: FieldName): number {
  if (name === 'SPR') return 0x3ff << 11;
  const f = FIELDS[name];
  const sh = 32 - f.lo - f.width;
  return (((1 << f.width) - 1) << sh) >>> 0;
}

/** Bits of the word an instruction gives meaning to; all others must be zero in canonical form. */
const usedMask: number[] = ALL_INSNS.map((d) => {
  let m = fieldBits('OPCD');
  const xoField: FieldName | undefined =
    d.form === 'XO' ? 'XO9' : d.form === 'FXV' ? 'VXO' : d.xo !== undefined ? 'XO10' : undefined;
  if (xoField) m |= fieldBits(xoField);
  for (const op of d.operands) for (const f of operandFields(d, op)) m |= fieldBits(f);
  for (const f of Object.keys(d.fixed ?? {})) m |= fieldBits(f as FieldName);
  if (d.oe) m |= fieldBits('OE');
  if (d.rc && d.form !== 'D') m |= fieldBits('Rc');
  if (d.lk) m |= fieldBits('LK');
  if (d.aa) m |= fieldBits('AA');
  if (d.form === 'FXV') m |= fieldBits('C');
  if (d.form === 'SC') m |= 2; // the always-one bit 30 of sc
  return m >>> 0;
});

/**
 * True when the word is exactly what the encoder would produce for this instruction: fixed
 * fields hold their values and bits the instruction does not use are zero. The executor is
 * lenient (it ignores unused bits, as the core does); the disassembler prints anything that is
 * not canonical as `.long` so that disassembly always reassembles to the same bytes.
 */
export function isCanonical(word: number): boolean {
  const i = decodeIndex(word);
  if (i < 0) return false;
  const d = ALL_INSNS[i]!;
  if (((word >>> 0) & ~usedMask[i]!) >>> 0 !== 0) return false;
  for (const [f, v] of Object.entries(d.fixed ?? {})) {
    if (extractField(word, f as FieldName) !== v) return false;
  }
  if (d.rc === 'set' && d.form === 'X' && (word & 1) === 0) return false;
  if (d.form === 'SC' && (word & 2) === 0) return false;
  return true;
}

/** Category-aware decode used by the executor: undefined means illegal instruction. */
export function decodeFor(word: number, categories: ReadonlySet<Category>): InsnDef | undefined {
  const d = decode(word);
  return d && categories.has(d.category) ? d : undefined;
}

/** The record bit as the instruction uses it: implied by andi./addic., else bit 31 if the form has it. */
export function rcOf(d: InsnDef, word: number): number {
  if (d.rc === 'set') return 1;
  return d.rc === 'opt' ? word & 1 : 0;
}
