// The disassembler: instruction words back to the assembly the assembler reads, through the same
// forms (base rows and extended mnemonics). A word is printed with the first form that encodes it
// exactly (operands in range, same fields, same check results); anything else - undefined
// opcodes, reserved bits set, encodings GNU as would not produce - is printed as `.long`, so the
// output always reassembles to the same bytes.

import {
  ALL_INSNS, decodeIndex, extractField, isCanonical, type FieldName,
} from '../ppu/isa/index.js';
import { EXT_FORMS, SHADOWED_BASE } from './extended.js';
import { BASE_FORMS, fieldsOf, type Form, type OperandSpec } from './forms.js';

/** Names for addresses (branch targets); undefined when there is none. */
export type SymbolLookup = (addr: number) => string | undefined;

export interface WordOptions {
  /** Name branch targets through this lookup. */
  symbols?: SymbolLookup | ReadonlyMap<number, string>;
  /**
   * Branch targets without a name: 'address' prints the target address (for traces, like
   * objdump); 'relative' prints `.+N`, which reassembles to the same displacement.
   */
  unnamed?: 'address' | 'relative';
}

const CR_BIT_NAMES = ['lt', 'gt', 'eq', 'so'];
const COND_NAMES = ['', 'gt', 'lt', 'eq'];

/** Candidate forms for each row of ALL_INSNS, in preference order. */
const candidates: Form[][] = ALL_INSNS.map((d) => {
  const list: Form[] = EXT_FORMS.filter((f) => f.def === d && f.disasm);
  const base = BASE_FORMS.get(d.mnemonic);
  if (base && !SHADOWED_BASE.has(d.mnemonic)) list.push(base);
  return list;
});
const fieldLists: FieldName[][] = ALL_INSNS.map((d) => fieldsOf(d));

function hex(v: number): string {
  return v < 0 ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

function num(v: number): string {
  return Math.abs(v) < 1024 ? String(v) : hex(v);
}

function crBit(n: number): string {
  const f = n >> 2;
  const b = CR_BIT_NAMES[n & 3]!;
  return f === 0 ? b : `4*cr${f}+${b}`;
}

/** Number of values an operand takes in the flattened operand list. */
function width(o: OperandSpec): number {
  return o.kind === 'disp' || o.kind === 'mask' ? 2 : 1;
}

function inRange(o: OperandSpec, v: number): boolean {
  if (!Number.isInteger(v)) return false;
  if (o.kind === 'target') return true; // the field's own range holds by construction
  return v >= o.min && v <= o.max;
}

interface Match {
  form: Form;
  ops: number[];
  hint: '' | '+' | '-';
}

function tryForm(form: Form, fields: readonly number[], boIdx: number, targetIdx: number): Match | undefined {
  const attempt = (vals: readonly number[], hint: Match['hint']): Match | undefined => {
    const ops = form.fromBase(vals);
    let count = 0;
    for (const o of form.ops) count += width(o);
    if (ops.length !== count) return undefined;
    let k = 0;
    for (const o of form.ops) {
      if (o.kind === 'disp') {
        if (!inRange(o, ops[k]!) || ops[k + 1]! < 0 || ops[k + 1]! > 31) return undefined;
      } else if (o.kind !== 'mask' && !inRange(o, ops[k]!)) return undefined;
      k += width(o);
    }
    const again = form.toBase(ops);
    for (let i = 0; i < again.length; i++) if (again[i] !== vals[i]) return undefined;
    if (form.validate?.(vals)) return undefined;
    return { form, ops, hint };
  };
  const exact = attempt(fields, '');
  if (exact) return exact;
  // A set "y" bit in BO is written as a + or - hint on the extended branch mnemonics.
  if (form.ext && form.hint && boIdx >= 0 && (fields[boIdx]! & 1)) {
    const plain = fields.slice();
    plain[boIdx] = fields[boIdx]! & ~1;
    let hint: Match['hint'] = '+';
    if (form.hint === 'target') hint = (fields[targetIdx]! & 0x8000) !== 0 ? '-' : '+';
    const m = attempt(plain, hint);
    if (m) return m;
  }
  return undefined;
}

function lookupName(symbols: WordOptions['symbols'], addr: number): string | undefined {
  if (!symbols) return undefined;
  return typeof symbols === 'function' ? symbols(addr) : symbols.get(addr);
}

/**
 * Disassemble one instruction word at address `pc`. The third argument is either the names of
 * addresses (a lookup function or a map) or the full options.
 */
export function disassembleWord(word: number, pc = 0, symbolsOrOptions: WordOptions | SymbolLookup | ReadonlyMap<number, string> = {}): string {
  const opts: WordOptions = typeof symbolsOrOptions === 'function' || symbolsOrOptions instanceof Map
    ? { symbols: symbolsOrOptions as SymbolLookup | ReadonlyMap<number, string> }
    : (symbolsOrOptions as WordOptions);
  word >>>= 0;
  const long = `.long 0x${word.toString(16).padStart(8, '0')}`;
  if (!isCanonical(word)) return long;
  const idx = decodeIndex(word);
  const d = ALL_INSNS[idx]!;
  const fields = fieldLists[idx]!;
  const vals = fields.map((f) => extractField(word, f));
  const oe = !!d.oe && (word & 0x400) !== 0;
  const rc = d.rc === 'opt' && (word & 1) !== 0;
  const lk = !!d.lk && (word & 1) !== 0;
  const aa = !!d.aa && (word & 2) !== 0;
  const boIdx = fields.indexOf('BO');
  const targetIdx = fields.findIndex((f) => f === 'BD' || f === 'LI');
  let match: Match | undefined;
  for (const form of candidates[idx]!) {
    if ((oe && !form.oe) || (rc && !form.rc) || (lk && !form.lk) || (aa && !form.aa)) continue;
    match = tryForm(form, vals, boIdx, targetIdx);
    if (match) break;
  }
  if (!match) return long;
  const { form, ops, hint } = match;
  const name = `${form.name}${oe ? 'o' : ''}${rc ? '.' : ''}${lk ? 'l' : ''}${aa ? 'a' : ''}${hint}`;
  // Optional operands at their default are left out, as long as they are the first optional
  // operands: when operands are missing, the assembler fills the first optional ones.
  const texts: string[] = [];
  let k = 0;
  let dropping = true;
  for (const o of form.ops) {
    const v = ops[k]!;
    const second = ops[k + 1]!;
    k += width(o);
    if (o.optional) {
      if (dropping && v === (o.dflt ?? 0)) continue;
      dropping = false;
    }
    texts.push(formatOperand(o, v, second, pc, aa, opts));
  }
  return texts.length ? `${name} ${texts.join(',')}` : name;
}

function formatOperand(o: OperandSpec, v: number, second: number, pc: number, aa: boolean, opts: WordOptions): string {
  switch (o.kind) {
    case 'gpr': return `r${v}`;
    case 'vr': return `v${v}`;
    case 'crf': return `cr${v}`;
    case 'crbit': return crBit(v);
    case 'cond': return COND_NAMES[v] || String(v);
    case 'imm': return o.name === 'FXM' || o.name === 'TO' || o.name === 'BO' || o.name === 'BI' ? String(v) : num(v);
    case 'imm16': return num(v);
    case 'disp': return `${num(v)}(r${second})`;
    case 'mask': return hex(v);
    case 'target': {
      const target = aa ? v >>> 0 : (pc + v) >>> 0;
      const name = lookupName(opts.symbols, target);
      if (name) return name;
      if (aa) return hex(v);
      if ((opts.unnamed ?? 'address') === 'relative') return v >= 0 ? `.+${v}` : `.-${-v}`;
      return hex(target);
    }
  }
}

/** The address a branch word targets, if it is a branch with an immediate target. */
export function branchTarget(word: number, pc: number): number | undefined {
  if (!isCanonical(word)) return undefined;
  const d = ALL_INSNS[decodeIndex(word)]!;
  if (d.form !== 'I' && d.form !== 'B') return undefined;
  const disp = extractField(word, d.form === 'I' ? 'LI' : 'BD');
  return (word & 2 ? disp : pc + disp) >>> 0;
}
