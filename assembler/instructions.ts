// Instructions: mnemonic lookup, operand parsing by kind, range checks that name the field and
// its range, relocations for addresses, branch hints, and encoding through the ISA table's
// fields. An instruction whose operands use symbols defined later is encoded at the end of the
// file (finishPendingInstructions) by the same code.

import { insertField } from '../ppu/isa/index.js';
import { addReloc } from './data.js';
import {
  AsmError, applyModifier, Cursor, DEFER, evaluate, isAbs, parseExpr, parseOperandExpr,
  REG_COND, REG_CRBIT, REG_CRF, REG_GPR, REG_VR,
  type Modifier, type Node, type RegClass, type Val,
} from './expr.js';
import { maskBounds } from './extended.js';
import type { FileAssembler } from './file.js';
import type { Form, OperandSpec } from './forms.js';
import { lookupMnemonic, type Mnemonic } from './mnemonics.js';
import { formatNum, low32 } from './num.js';
import type { Section } from './object.js';
import { R_PPC } from './relocs.js';
import type { Stmt } from './source.js';
import { displayName } from './symbols.js';

interface ParsedOp {
  spec: OperandSpec;
  /** Omitted optional operand: its default value. */
  dflt?: number;
  node?: Node;
  mod?: Modifier;
  modCol: number;
  /** disp: the base register expression. */
  baseNode?: Node;
  col: number;
}

export interface PendingInsn {
  sec: Section;
  off: number;
  form: Form;
  mn: Mnemonic;
  hint?: '+' | '-';
  ops: ParsedOp[];
  st: Stmt;
  col: number;
  name: string;
}

const REGS_OF: Record<string, number> = {
  gpr: REG_GPR, crf: REG_CRF, crbit: REG_CRBIT, vr: REG_VR, cond: REG_COND,
};

/** Operand boundaries: top-level commas (not inside parentheses, strings or character constants). */
function splitOperands(s: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = from;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  if (i >= s.length) return out;
  let start = i;
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      i += s[i + 1] === '\\' ? 2 : 1;
      if (s[i + 1] === "'") i++;
    } else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: s.length });
  return out;
}

function describeCount(f: Form): string {
  const req = f.ops.filter((o) => !o.optional).length;
  return req === f.ops.length ? String(req) : `${req} to ${f.ops.length}`;
}

export function assembleInstruction(fa: FileAssembler, st: Stmt, cur: Cursor, word: string, wcol: number): void {
  let name = word;
  let hint: '+' | '-' | undefined;
  const last = word[word.length - 1];
  if (last === '+' || last === '-') {
    hint = last;
    name = word.slice(0, -1);
  }
  const mn = lookupMnemonic(name);
  if (!mn) fa.unknownMnemonic(name, wcol);
  if (hint && !mn.forms.some((f) => f.hint)) {
    throw new AsmError(`'${name}' takes no branch hint ('${hint}' is for conditional branches)`, wcol + name.length);
  }
  const s = st.text;
  const parts = splitOperands(s, cur.i);
  let form: Form | undefined;
  for (const f of mn.forms) {
    const req = f.ops.reduce((n, o) => n + (o.optional ? 0 : 1), 0);
    if (parts.length >= req && parts.length <= f.ops.length) {
      form = f;
      break;
    }
  }
  if (!form) {
    const counts = [...new Set(mn.forms.map(describeCount))].join(' or ');
    const col = parts.length > 0 ? parts[Math.min(parts.length - 1, mn.forms[0]!.ops.length)]!.start : wcol;
    throw new AsmError(`'${name}' takes ${counts} operand${counts === '1' ? '' : 's'}, found ${parts.length}`, col);
  }
  if (hint && !form.hint) throw new AsmError(`'${name}' takes no branch hint`, wcol + name.length);
  let omit = form.ops.length - parts.length;
  const ops: ParsedOp[] = [];
  let p = 0;
  // One cursor over the whole statement; each operand is parsed from its start and must end at
  // its comma (no operator reads past a comma).
  const oc = new Cursor(s);
  for (const spec of form.ops) {
    if (spec.optional && omit > 0) {
      omit--;
      ops.push({ spec, dflt: spec.dflt ?? 0, modCol: -1, col: wcol });
      continue;
    }
    const part = parts[p++]!;
    oc.i = part.start;
    ops.push(parseOperand(fa, oc, part.end, spec));
  }
  const sec = fa.cur;
  if (sec.nobits) throw new AsmError(`instructions cannot go in ${sec.name} (a section without contents)`, wcol);
  if (sec.size % 4 !== 0) throw new AsmError(`instruction address is not a multiple of 4 (offset ${sec.size} in ${sec.name}; use .align 2)`, wcol);
  const off = sec.reserve(4);
  const pending: PendingInsn = { sec, off, form, mn, hint, ops, st, col: wcol, name };
  const vals = evalOps(fa, ops);
  if (vals === DEFER) {
    fa.pendingInsns.push(pending);
    return;
  }
  sec.putWord(off, encodeInsn(fa, pending, vals));
}

function parseOperand(fa: FileAssembler, cur: Cursor, end: number, spec: OperandSpec): ParsedOp {
  const s = cur.s;
  cur.ws();
  const col = cur.i;
  if (cur.i >= end) throw new AsmError(`missing operand ${spec.name}`, col);
  const op: ParsedOp = { spec, modCol: -1, col };
  switch (spec.kind) {
    case 'imm16': {
      const e = parseOperandExpr(cur, fa);
      op.node = e.node;
      op.mod = e.mod;
      op.modCol = e.modCol;
      break;
    }
    case 'disp': {
      const e = parseOperandExpr(cur, fa);
      op.node = e.node;
      op.mod = e.mod;
      op.modCol = e.modCol;
      cur.ws();
      if (cur.s[cur.i] !== '(') {
        throw new AsmError(`expected '(register)' after the displacement, as in 8(r1)`, cur.i);
      }
      cur.i++;
      op.baseNode = parseExpr(cur, fa, REG_GPR);
      cur.expect(')');
      break;
    }
    default:
      op.node = parseExpr(cur, fa, REGS_OF[spec.kind] ?? 0);
  }
  cur.ws();
  if (cur.i < end) throw new AsmError(`unexpected '${s.slice(cur.i, end).trim()}' in operand ${spec.name}`, cur.i);
  if (cur.i > end) throw new AsmError(`operand ${spec.name} runs into the next operand`, end);
  return op;
}

type OpVals = (Val | [Val, Val])[];

function evalOps(fa: FileAssembler, ops: ParsedOp[]): OpVals | typeof DEFER {
  const out: OpVals = [];
  for (const op of ops) {
    if (op.dflt !== undefined) {
      out.push({ n: op.dflt, base: null, minus: null });
      continue;
    }
    const v = evaluate(op.node!, fa);
    if (v === DEFER) return DEFER;
    if (op.baseNode) {
      const b = evaluate(op.baseNode, fa);
      if (b === DEFER) return DEFER;
      out.push([v, b]);
    } else {
      out.push(v);
    }
  }
  return out;
}

const REG_WORDS: Record<string, string> = {
  gpr: 'a general purpose register (r0..r31)',
  crf: 'a condition register field (cr0..cr7)',
  vr: 'a vector register (v0..v31)',
};
const regName = (cls: RegClass, n: number) => `${cls}${n}`;

function smallAbs(fa: FileAssembler, v: Val, spec: OperandSpec, col: number): number {
  if (!isAbs(v)) {
    if (v.base && !('relocs' in v.base) && !v.base.defined && !v.base.common) {
      const near = fa.nearestSymbol(v.base.name);
      throw new AsmError(`undefined symbol '${displayName(v.base.name)}'${near ? ` (did you mean '${near}'?)` : ''}`, col);
    }
    throw new AsmError(`operand ${spec.name} must be an absolute value, not an address`, col);
  }
  const n = v.n;
  if (typeof n === 'bigint' || n < spec.min || n > spec.max) {
    throw new AsmError(`${spec.name} out of range: ${formatNum(n)} is not in ${spec.min}..${spec.max}`, col);
  }
  return n;
}

function regValue(fa: FileAssembler, v: Val, spec: OperandSpec, col: number): number {
  const want: RegClass | undefined = spec.kind === 'gpr' ? 'r' : spec.kind === 'vr' ? 'v' : spec.kind === 'crf' ? 'cr' : undefined;
  if (v.reg && v.reg !== want) {
    // A CR field name is a number in CR-bit operands (GNU as reads crset cr2 as bit 2).
    if (!(spec.kind === 'crbit' && v.reg === 'cr')) {
      throw new AsmError(`expected ${REG_WORDS[spec.kind] ?? `operand ${spec.name}`}, found register ${regName(v.reg, Number(v.n))}`, col);
    }
  }
  return smallAbs(fa, v, spec, col);
}

interface RelocReq {
  type: number;
  v: Val;
  placeOff: number;
  col: number;
}

function imm16(v: Val, mod: Modifier | undefined, spec: OperandSpec, col: number, place: number, relocs: RelocReq[]): number {
  if (v.reg) throw new AsmError(`operand ${spec.name} is an immediate value, not register ${regName(v.reg, Number(v.n))}`, col);
  if (isAbs(v)) {
    if (mod) return applyModifier(mod, low32(v.n), !!spec.signed);
    const n = v.n;
    if (typeof n === 'bigint' || n < spec.min || n > spec.max) {
      throw new AsmError(`${spec.name} out of range: ${formatNum(n)} is not in ${spec.min}..${spec.max}`, col);
    }
    return n;
  }
  if (v.base === null) throw new AsmError(`operand ${spec.name}: the negative of an address is not a value`, col);
  const pc = v.minus !== null;
  let type: number;
  if (!mod) type = pc ? R_PPC.REL16 : R_PPC.ADDR16;
  else if (mod === 'l') type = pc ? R_PPC.REL16_LO : R_PPC.ADDR16_LO;
  else if (mod === 'h') type = pc ? R_PPC.REL16_HI : R_PPC.ADDR16_HI;
  else type = pc ? R_PPC.REL16_HA : R_PPC.ADDR16_HA;
  relocs.push({ type, v, placeOff: place + 2, col });
  return 0;
}

export function encodeInsn(fa: FileAssembler, p: PendingInsn, vals: OpVals): number {
  const { form, mn, sec, off } = p;
  const values: number[] = [];
  const relocs: RelocReq[] = [];
  let hintValue = 0;
  for (let k = 0; k < p.ops.length; k++) {
    const op = p.ops[k]!;
    const spec = op.spec;
    const v = vals[k]!;
    const col = op.col;
    switch (spec.kind) {
      case 'gpr': case 'crf': case 'crbit': case 'vr': case 'cond':
        values.push(regValue(fa, v as Val, spec, col));
        break;
      case 'imm':
        if ((v as Val).reg) throw new AsmError(`operand ${spec.name} is a number, not register ${regName((v as Val).reg!, Number((v as Val).n))}`, col);
        values.push(smallAbs(fa, v as Val, spec, col));
        break;
      case 'mask': {
        const m = smallAbs(fa, v as Val, spec, col);
        const b = maskBounds(m);
        if (!b) throw new AsmError(`0x${(m >>> 0).toString(16)} is not a valid mask: it must be one run of 1 bits (possibly wrapping around)`, col);
        values.push(b[0], b[1]);
        break;
      }
      case 'imm16':
        if (op.mod && (v as Val).reg) throw new AsmError(`@${op.mod} cannot apply to a register`, op.modCol);
        values.push(imm16(v as Val, op.mod, spec, col, off, relocs));
        break;
      case 'disp': {
        const [d, b] = v as [Val, Val];
        values.push(imm16(d, op.mod, spec, col, off, relocs));
        values.push(regValue(fa, b, { name: 'RA', kind: 'gpr', min: 0, max: 31 }, col));
        break;
      }
      case 'target': {
        const t = branchTarget(v as Val, spec, mn.aa, sec, off, col, relocs);
        values.push(t.field);
        hintValue = t.hint;
        break;
      }
    }
  }
  if (relocs.length > 1) throw new AsmError('an instruction can refer to only one address (relocation)', relocs[1]!.col);
  const base = form.ext ? form.toBase(values) : values;
  if (p.hint) applyHint(p, base, hintValue);
  if (form.validate) {
    const msg = form.validate(base);
    if (msg) throw new AsmError(msg, p.ops[0]?.col ?? p.col);
  }
  let w = form.opBits;
  const fields = form.fields;
  for (let i = 0; i < fields.length; i++) w = insertField(w, fields[i]!, base[i]!);
  if (mn.oe) w |= 0x400;
  if (mn.rc) w |= 1;
  if (mn.lk) w |= 1;
  if (mn.aa) w |= 2;
  if (mn.cond !== undefined) {
    const cIdx = fields.indexOf('C');
    const given = p.ops[p.ops.length - 1];
    if (given && given.spec.kind === 'cond' && given.dflt === undefined && base[cIdx] !== mn.cond) {
      throw new AsmError(`the condition is given twice (suffix .${['', 'gt', 'lt', 'eq'][mn.cond]} and operand)`, given.col);
    }
    w = insertField(w, 'C', mn.cond);
  }
  for (const r of relocs) addReloc(fa, sec, off + (r.placeOff - off), r.type, r.v, r.placeOff, p.st, r.col);
  return w >>> 0;
}

function branchTarget(v: Val, spec: OperandSpec, aa: boolean, sec: Section, off: number, col: number, relocs: RelocReq[]): { field: number; hint: number } {
  if (v.reg) throw new AsmError(`a branch target cannot be register ${regName(v.reg, Number(v.n))}`, col);
  const bits = spec.bits ?? 14;
  const check = (n: number, what: string) => {
    if (n % 4 !== 0) throw new AsmError(`${what} ${formatNum(n)} is not a multiple of 4`, col);
    if (n < spec.min || n > spec.max) {
      throw new AsmError(`${what} out of range: ${formatNum(n)} does not fit the ${bits === 14 ? 'BD' : 'LI'} field (${formatNum(spec.min)}..${formatNum(spec.max)})`, col);
    }
    return n;
  };
  if (v.minus !== null) throw new AsmError('a branch target cannot be a difference of addresses', col);
  if (aa) {
    if (v.base === null) {
      const n = check(Number(v.n), 'absolute branch target');
      return { field: n, hint: n };
    }
    relocs.push({ type: bits === 14 ? R_PPC.ADDR14 : R_PPC.ADDR24, v, placeOff: off, col });
    return { field: 0, hint: Number(v.n) };
  }
  if (v.base === null) {
    // GNU as reads a constant target of a relative branch as the displacement itself.
    const n = check(Number(v.n), 'branch displacement');
    return { field: n, hint: n };
  }
  if (v.base === sec) {
    const d = check(Number(v.n) - off, 'branch target');
    return { field: d, hint: d };
  }
  relocs.push({ type: bits === 14 ? R_PPC.REL14 : R_PPC.REL24, v, placeOff: off, col });
  return { field: 0, hint: Number(v.n) };
}

/**
 * Branch hints with the 440's "y" bit: the static prediction is "taken" for backward branches;
 * y inverts it. `+` (likely taken) sets y for a forward (non-negative) displacement, `-` for a
 * backward one; for branches to LR/CTR `+` sets y. This is what GNU as -m440 does; for targets
 * in other sections or files it decides by the addend, as GNU as does.
 */
function applyHint(p: PendingInsn, base: number[], hintValue: number): void {
  const boIdx = p.form.fields.indexOf('BO');
  const bo = base[boIdx]!;
  const backward = (hintValue & 0x8000) !== 0;
  switch (p.form.hint) {
    case 'target':
      if (p.hint === '+' ? !backward : backward) base[boIdx] = bo | 1;
      return;
    case 'lr':
      if (p.hint === '+') base[boIdx] = bo | 1;
      return;
    case 'raw':
      if (p.hint === '-') {
        throw new AsmError(`'${p.name}-' is not accepted (GNU as rejects it too); write the prediction bit into BO instead`, p.col);
      }
      if ((bo & 1) !== 0 || (bo & 0x14) === 0x14) {
        throw new AsmError(`BO value ${bo} leaves no room for a branch hint ('+')`, p.ops[0]?.col ?? p.col);
      }
      base[boIdx] = bo | 1;
      return;
    default:
      return;
  }
}

export function finishPendingInstructions(fa: FileAssembler): void {
  for (const p of fa.pendingInsns) {
    fa.stmt = p.st;
    try {
      const vals = evalOps(fa, p.ops);
      if (vals === DEFER) throw new Error('unresolved operand at the end of the file');
      p.sec.putWord(p.off, encodeInsn(fa, p, vals));
    } catch (e) {
      if (e instanceof AsmError) fa.report(p.st, e);
      else throw e;
    }
  }
}
