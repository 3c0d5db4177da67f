// Encoder: instruction row + operand values -> instruction word, with range checks that name the
// field and its allowed range (the assembler turns them into located error messages).

import { FIELDS, insertField, type FieldName } from './fields.js';
import { operandFields } from './decode.js';
import type { InsnDef } from './types.js';

export class EncodeError extends Error {
  constructor(
    readonly field: string,
    readonly value: number,
    readonly min: number,
    readonly max: number,
    readonly step = 1,
  ) {
    super(
      step > 1
        ? `${field} must be a multiple of ${step} in ${min}..${max}, got ${value}`
        : `${field} out of range: ${value} is not in ${min}..${max}`,
    );
  }
}

/** The values a field accepts, as the assembler sees them (branch targets are byte offsets). */
export function fieldRange(name: FieldName): { min: number; max: number; step: number } {
  if (name === 'SPR') return { min: 0, max: 1023, step: 1 };
  const f: { lo: number; width: number; signed?: boolean; scale?: number } = FIELDS[name];
  const step = f.scale ? 1 << f.scale : 1;
  if (f.signed) return { min: -(2 ** (f.width - 1)) * step, max: (2 ** (f.width - 1) - 1) * step, step };
  return { min: 0, max: (2 ** f.width - 1) * step, step };
}

export interface EncodeOptions {
  oe?: boolean;
  rc?: boolean;
  lk?: boolean;
  aa?: boolean;
  /** FXV condition field C (0 always, 1 GT, 2 LT, 3 EQ). */
  cond?: number;
}

function put(word: number, name: FieldName, value: number): number {
  const r = fieldRange(name);
  if (!Number.isInteger(value) || value < r.min || value > r.max || value % r.step !== 0) {
    throw new EncodeError(name, value, r.min, r.max, r.step);
  }
  return insertField(word, name, value);
}

/** Primary and extended opcode bits of an instruction row, with its fixed fields. */
export function opcodeBits(d: InsnDef): number {
  let w = insertField(0, 'OPCD', d.opcd);
  if (d.xo !== undefined) {
    w = insertField(w, d.form === 'XO' ? 'XO9' : d.form === 'FXV' ? 'VXO' : 'XO10', d.xo);
  }
  for (const [f, v] of Object.entries(d.fixed ?? {})) w = insertField(w, f as FieldName, v);
  if (d.form === 'SC') w |= 2;
  if (d.rc === 'set' && d.form === 'X') w |= 1;
  return w >>> 0;
}

/**
 * Encode an instruction. `values` follows d.operands, with `D(RA)` taking two values (D, RA) and
 * `target` the byte displacement (or the absolute address when aa is set).
 */
export function encode(d: InsnDef, values: readonly number[], opts: EncodeOptions = {}): number {
  let w = opcodeBits(d);
  let i = 0;
  for (const op of d.operands) {
    for (const f of operandFields(d, op)) {
      const v = values[i++];
      if (v === undefined) throw new Error(`${d.mnemonic}: missing operand ${f}`);
      w = put(w, f, v);
    }
  }
  if (i !== values.length) throw new Error(`${d.mnemonic}: expected ${i} operands, got ${values.length}`);
  if (opts.oe) {
    if (!d.oe) throw new Error(`${d.mnemonic} has no overflow (o) form`);
    w = insertField(w, 'OE', 1);
  }
  if (opts.rc) {
    if (d.rc !== 'opt') throw new Error(`${d.mnemonic} has no record (.) form`);
    w = insertField(w, 'Rc', 1);
  }
  if (opts.lk) {
    if (!d.lk) throw new Error(`${d.mnemonic} has no link (l) form`);
    w = insertField(w, 'LK', 1);
  }
  if (opts.aa) {
    if (!d.aa) throw new Error(`${d.mnemonic} has no absolute (a) form`);
    w = insertField(w, 'AA', 1);
  }
  if (opts.cond !== undefined) {
    if (d.form !== 'FXV') throw new Error(`${d.mnemonic} has no condition field`);
    w = put(w, 'C', opts.cond);
  }
  return w >>> 0;
}
