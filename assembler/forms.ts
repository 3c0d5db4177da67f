// Assembly forms: how an instruction is written. A form is either a base row of the ISA table
// (operands exactly as its fields) or an extended mnemonic (extended.ts) that maps its own
// operands onto a base row's fields. The assembler encodes through forms and the disassembler
// prints through them, so what one writes the other reads back.

import {
  ALL_INSNS, fieldRange, isVecDef, opcodeBits, operandFields,
  type FieldName, type InsnDef,
} from '../ppu/isa/index.js';

export type OpKind =
  | 'gpr' // general purpose register r0..r31
  | 'crf' // condition register field cr0..cr7
  | 'crbit' // condition register bit 0..31 (4*cr2+eq)
  | 'vr' // FXV vector register v0..v31
  | 'cond' // FXV condition: 0..3 or gt/lt/eq
  | 'imm' // small absolute integer
  | 'imm16' // 16-bit immediate (D, SI, UI): accepts @l/@h/@ha and relocations
  | 'disp' // D(RA): 16-bit displacement and base register (two values)
  | 'target' // branch target: PC-relative, or absolute with the 'a' suffix
  | 'mask'; // 32-bit run of ones, turned into MB,ME

export interface OperandSpec {
  /** Name used in messages: the field (SI, BO) or the extended operand (n, b). */
  readonly name: string;
  readonly kind: OpKind;
  readonly min: number;
  readonly max: number;
  readonly optional?: boolean;
  readonly dflt?: number;
  /** imm16/disp: the field is signed (D, SI) rather than unsigned (UI). */
  readonly signed?: boolean;
  /** target: width of the displacement field (14: BD, 24: LI). */
  readonly bits?: 14 | 24;
}

export type HintKind = 'target' | 'lr' | 'raw';

export interface Form {
  /** Mnemonic without o/./l/a suffixes (but with a '.' that is part of the name: andi., stwcx.). */
  readonly name: string;
  readonly def: InsnDef;
  readonly ops: readonly OperandSpec[];
  /** Base fields, in the order toBase produces their values. */
  readonly fields: readonly FieldName[];
  /** Values of `fields` from the operand values (disp operands give two values: D, RA). */
  readonly toBase: (v: readonly number[]) => number[];
  /** Operand values from field values (disassembly); checked by re-encoding, so may be loose. */
  readonly fromBase: (f: readonly number[]) => number[];
  readonly ext: boolean;
  /** Suffixes the form accepts. */
  readonly oe: boolean;
  readonly rc: boolean;
  readonly lk: boolean;
  readonly aa: boolean;
  /** Branch hint (+/-) handling, if the form takes one. */
  readonly hint?: HintKind;
  /** Check on the field values; returns a message when the combination is invalid. */
  readonly validate?: (f: readonly number[]) => string | undefined;
  /** Opcode bits with fixed fields. */
  readonly opBits: number;
}

/** Field name list of a row, in assembly operand order (FXV rows end with the condition C). */
export function fieldsOf(def: InsnDef): FieldName[] {
  const out: FieldName[] = [];
  for (const op of def.operands) out.push(...operandFields(def, op));
  if (isVecDef(def)) out.push('C');
  return out;
}

const GPR = new Set(['RT', 'RS', 'RA', 'RB']);
const CRF = new Set(['BF', 'BFA']);
const CRBIT = new Set(['BT', 'BA', 'BB', 'BI']);
const VR = new Set(['VRT', 'VRA', 'VRB']);

/** Operand spec of a base field. */
export function fieldSpec(field: string, overrides: Partial<OperandSpec> = {}): OperandSpec {
  let spec: OperandSpec;
  if (GPR.has(field)) spec = { name: field, kind: 'gpr', min: 0, max: 31 };
  else if (CRF.has(field)) spec = { name: field, kind: 'crf', min: 0, max: 7 };
  else if (CRBIT.has(field)) spec = { name: field, kind: 'crbit', min: 0, max: 31 };
  else if (VR.has(field)) spec = { name: field, kind: 'vr', min: 0, max: 31 };
  else if (field === 'C') spec = { name: 'C', kind: 'cond', min: 0, max: 3, optional: true, dflt: 0 };
  else if (field === 'D' || field === 'SI') spec = { name: field, kind: 'imm16', min: -0x8000, max: 0x7fff, signed: true };
  else if (field === 'UI') spec = { name: field, kind: 'imm16', min: 0, max: 0xffff, signed: false };
  else if (field === 'BD' || field === 'LI') {
    const r = fieldRange(field);
    spec = { name: 'target', kind: 'target', min: r.min, max: r.max, bits: field === 'BD' ? 14 : 24 };
  } else {
    const r = fieldRange(field as FieldName);
    spec = { name: field, kind: 'imm', min: r.min, max: r.max };
  }
  return { ...spec, ...overrides };
}

const identity = (v: readonly number[]) => v.slice();

/**
 * Operand overrides for base rows, matching what GNU as accepts: optional operands (cmp's L,
 * sync's L, mbar's MO, ...) and 16-bit immediates that take either sign (addis, cmpli).
 */
const BASE_OVERRIDES: Record<string, Record<string, Partial<OperandSpec>>> = {
  cmp: { L: { optional: true, dflt: 0 } },
  cmpl: { L: { optional: true, dflt: 0 } },
  cmpi: { L: { optional: true, dflt: 0 } },
  cmpli: { L: { optional: true, dflt: 0 }, UI: { min: -0x8000, max: 0xffff } },
  addis: { SI: { min: -0x8000, max: 0xffff } },
  // GNU as -m440 takes sync's L operand as 0 or 1 only.
  sync: { SL: { optional: true, dflt: 0, max: 1 } },
  mbar: { MO: { optional: true, dflt: 0 } },
  wait: { WC: { optional: true, dflt: 0 } },
  sc: { LEV: { optional: true, dflt: 0 } },
  bclr: { BH: { optional: true, dflt: 0 } },
  bcctr: { BH: { optional: true, dflt: 0 } },
};

/**
 * BO values GNU as accepts for the 440 (Power ISA 2.06 "y"-bit semantics): the z bits must be
 * zero. 0..5 and 8..13 test a CR bit (and maybe CTR), 16..19 test CTR only, 20 is "always".
 */
export function validBO(bo: number): boolean {
  return (bo >= 0 && bo <= 5) || (bo >= 8 && bo <= 13) || (bo >= 16 && bo <= 20);
}

function validateBranch(def: InsnDef, fields: readonly FieldName[]): ((f: readonly number[]) => string | undefined) | undefined {
  const boIdx = fields.indexOf('BO');
  if (boIdx < 0) return undefined;
  const ctr = def.mnemonic === 'bcctr';
  return (f) => {
    const bo = f[boIdx]!;
    if (!validBO(bo)) return `invalid BO value ${bo} (the z bits of BO must be zero: use 0-5, 8-13, 16-20)`;
    if (ctr && (bo & 4) === 0) return `bcctr cannot decrement CTR (BO ${bo} has bit 2 clear)`;
    return undefined;
  };
}

/**
 * Invalid forms GNU as rejects: updating loads and stores whose RA is r0 (or, for loads, the
 * target), and lmw whose base register is among those loaded.
 */
function validateUpdate(def: InsnDef, fields: readonly FieldName[]): ((f: readonly number[]) => string | undefined) | undefined {
  const ra = fields.indexOf('RA');
  const rt = fields.indexOf(def.timing === 'loadu' || def.timing === 'lmw' ? 'RT' : 'RS');
  if (def.timing === 'loadu') {
    return (f) => (f[ra] === 0 || f[ra] === f[rt] ? 'invalid register operand when updating: RA must not be r0 or the target register' : undefined);
  }
  if (def.timing === 'storeu') return (f) => (f[ra] === 0 ? 'invalid register operand when updating: RA must not be r0' : undefined);
  if (def.mnemonic === 'lmw') return (f) => (f[ra]! >= f[rt]! ? `the base register r${f[ra]} is among the registers lmw loads (r${f[rt]}..r31)` : undefined);
  return undefined;
}

export function makeBaseForm(def: InsnDef): Form {
  const fields = fieldsOf(def);
  const over = BASE_OVERRIDES[def.mnemonic] ?? {};
  const ops: OperandSpec[] = [];
  for (const op of def.operands) {
    if (op === 'D(RA)') {
      ops.push({ name: 'D', kind: 'disp', min: -0x8000, max: 0x7fff, signed: true });
    } else if (op === 'target') {
      const f = operandFields(def, op)[0]!;
      const r = fieldRange(f);
      ops.push({ name: 'target', kind: 'target', min: r.min, max: r.max, bits: f === 'BD' ? 14 : 24 });
    } else {
      ops.push(fieldSpec(op, over[op]));
    }
  }
  if (isVecDef(def)) ops.push(fieldSpec('C'));
  const branch = def.mnemonic === 'bc' || def.mnemonic === 'bclr' || def.mnemonic === 'bcctr';
  return {
    name: def.mnemonic, def, ops, fields, toBase: identity, fromBase: identity, ext: false,
    oe: !!def.oe, rc: def.rc === 'opt', lk: !!def.lk, aa: !!def.aa,
    hint: branch ? 'raw' : undefined,
    validate: branch ? validateBranch(def, fields) : validateUpdate(def, fields),
    opBits: opcodeBits(def),
  };
}

export const BASE_FORMS: ReadonlyMap<string, Form> = new Map(ALL_INSNS.map((d) => [d.mnemonic, makeBaseForm(d)]));

export function baseForm(mnemonic: string): Form {
  const f = BASE_FORMS.get(mnemonic);
  if (!f) throw new Error(`extended mnemonic table: no base instruction '${mnemonic}'`);
  return f;
}

