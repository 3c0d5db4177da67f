// Expressions as GNU as reads them: integer literals (decimal, 0x hex, 0b binary, leading-zero
// octal), character constants ('a, '\n), symbols, `.` (location counter), numeric local label
// references (1b, 1f), unary - + ~ !, and the binary operators in GNU as's four precedence
// levels:
//   4 (tightest)  * / % << >>
//   3             | & ^ !        (binary ! is "or not")
//   2             + - == != <> < > <= >=
//   1 (loosest)   && ||
// Comparisons give -1 for true, && and || give 1; all arithmetic is 64-bit (num.ts).
//
// The parser is hand-written over the statement text: it is many times faster than a combinator
// parser (docs/assembler.md has the measurement) and reports errors at exact columns.

import { binop, DivisionByZero, unop, type Num } from './num.js';
import type { Section, Sym } from './object.js';

/** A problem in the statement being processed, at a 0-based column of the statement text. */
export class AsmError extends Error {
  constructor(message: string, readonly col: number, readonly notes: { message: string; loc?: import('../common/errors.js').SourceLocation; sourceLine?: string }[] = []) {
    super(message);
  }
}

export type RegClass = 'r' | 'cr' | 'v';

export type Node =
  | { k: 'num'; v: Num; col: number }
  | { k: 'sym'; name: string; col: number; end: number }
  | { k: 'dot'; sec: Section; off: number; col: number }
  | { k: 'un'; op: string; a: Node; col: number }
  | { k: 'bin'; op: string; a: Node; b: Node; col: number }
  | { k: 'reg'; cls: RegClass; n: number; col: number };

/** Register names recognised in an operand, by what the operand expects. */
export const REG_GPR = 1;
export const REG_CRF = 2; // cr0..cr7
export const REG_CRBIT = 4; // cr0..cr7 and lt gt eq so un
export const REG_VR = 8;
export const REG_COND = 16; // FXV condition names gt lt eq

export interface ParseEnv {
  /** Name that a numeric local label reference (1b, 1f) stands for. */
  localLabel(digits: string, dir: 'b' | 'f', col: number): string;
  /** Section and offset of `.`. */
  dot(): { sec: Section; off: number };
}

const CR_BITS: Record<string, number> = { lt: 0, gt: 1, eq: 2, so: 3, un: 3 };
const COND_NAMES: Record<string, number> = { gt: 1, lt: 2, eq: 3 };

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46 || c === 36;
}
export function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11;

/** Register named `name` (r3, cr2, v7), if it is one. */
export function registerName(name: string): { cls: RegClass; n: number } | undefined {
  const c = name.charCodeAt(0);
  let cls: RegClass;
  let digits: string;
  if (c === 114 /* r */) { cls = 'r'; digits = name.slice(1); } else if (c === 118 /* v */) { cls = 'v'; digits = name.slice(1); } else if (c === 99 && name.charCodeAt(1) === 114) { cls = 'cr'; digits = name.slice(2); } else return undefined;
  if (!/^(0|[1-9][0-9]?)$/.test(digits)) return undefined;
  const n = Number(digits);
  if (n > (cls === 'cr' ? 7 : 31)) return undefined;
  return { cls, n };
}

/** Cursor over one statement's text. */
export class Cursor {
  constructor(readonly s: string, public i = 0) {}

  ws(): void {
    const s = this.s;
    let i = this.i;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    this.i = i;
  }

  eof(): boolean {
    this.ws();
    return this.i >= this.s.length;
  }

  peek(): number {
    return this.s.charCodeAt(this.i);
  }

  /** Consume `ch` (after spaces) if it is next. */
  eat(ch: string): boolean {
    this.ws();
    if (this.s.startsWith(ch, this.i)) {
      this.i += ch.length;
      return true;
    }
    return false;
  }

  expect(ch: string, what = `'${ch}'`): void {
    if (!this.eat(ch)) throw new AsmError(`expected ${what}${this.i < this.s.length ? `, found '${this.s[this.i]}'` : ' at end of line'}`, this.i);
  }

  ident(): string | undefined {
    this.ws();
    const s = this.s;
    let i = this.i;
    if (i >= s.length || !isIdStart(s.charCodeAt(i))) return undefined;
    i++;
    while (i < s.length && isIdChar(s.charCodeAt(i))) i++;
    const id = s.slice(this.i, i);
    this.i = i;
    return id;
  }

  rest(): string {
    return this.s.slice(this.i);
  }
}

// --- parsing -------------------------------------------------------------------------------

function binaryOp(cur: Cursor): string | undefined {
  cur.ws();
  const s = cur.s;
  const i = cur.i;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  switch (c) {
    case 42: return '*';
    case 47: return '/';
    case 37: return '%';
    case 43: return '+';
    case 45: return '-';
    case 94: return '^';
    case 38: return d === 38 ? '&&' : '&';
    case 124: return d === 124 ? '||' : '|';
    case 33: return d === 61 ? '!=' : '!';
    case 61: return d === 61 ? '==' : undefined;
    case 60: return d === 60 ? '<<' : d === 61 ? '<=' : d === 62 ? '<>' : '<';
    case 62: return d === 62 ? '>>' : d === 61 ? '>=' : '>';
    default: return undefined;
  }
}

function prec(op: string): number {
  switch (op) {
    case '*': case '/': case '%': case '<<': case '>>': return 6;
    case '|': case '&': case '^': case '!': return 5;
    case '+': case '-': return 4;
    case '&&': return 2;
    case '||': return 1;
    default: return 3;
  }
}

/** Parse an expression at the cursor. `regs` says which register names the operand accepts. */
export function parseExpr(cur: Cursor, env: ParseEnv, regs = 0): Node {
  return parseBinary(cur, env, regs, 1);
}

function parseBinary(cur: Cursor, env: ParseEnv, regs: number, min: number): Node {
  let left = parseUnary(cur, env, regs);
  for (;;) {
    const op = binaryOp(cur);
    if (!op) return left;
    const p = prec(op);
    if (p < min) return left;
    const col = cur.i;
    cur.i += op.length;
    const right = parseBinary(cur, env, regs, p + 1);
    if (left.k === 'num' && right.k === 'num') {
      // Fold constants now: most operands are literals, and folding keeps deferred fixups small.
      try {
        left = { k: 'num', v: binop(op, left.v, right.v), col: left.col };
        continue;
      } catch (e) {
        if (e instanceof DivisionByZero) throw new AsmError('division by zero', col);
        throw e;
      }
    }
    left = { k: 'bin', op, a: left, b: right, col };
  }
}

function parseUnary(cur: Cursor, env: ParseEnv, regs: number): Node {
  cur.ws();
  const c = cur.peek();
  const col = cur.i;
  if (c === 45 || c === 43 || c === 126 || c === 33) {
    cur.i++;
    const op = String.fromCharCode(c);
    const a = parseUnary(cur, env, regs);
    if (a.k === 'num') return { k: 'num', v: unop(op, a.v), col };
    return { k: 'un', op, a, col };
  }
  return parsePrimary(cur, env, regs);
}

function parsePrimary(cur: Cursor, env: ParseEnv, regs: number): Node {
  cur.ws();
  const s = cur.s;
  const col = cur.i;
  if (col >= s.length) throw new AsmError('expected an expression, found end of line', col);
  const c = s.charCodeAt(col);
  if (c === 40 /* ( */) {
    cur.i++;
    const e = parseExpr(cur, env, regs);
    cur.expect(')');
    return e;
  }
  if (isDigit(c)) return parseNumber(cur, env);
  if (c === 39 /* ' */) return parseChar(cur);
  if (c === 37 /* % */) {
    cur.i++;
    const name = cur.ident();
    const r = name !== undefined ? registerName(name) : undefined;
    if (!r) throw new AsmError(`unknown register '%${name ?? ''}'`, col);
    return { k: 'reg', cls: r.cls, n: r.n, col };
  }
  if (isIdStart(c)) {
    const name = cur.ident()!;
    // GNU as for PowerPC also reads a lone `$` as the location counter (GCC emits `bne- $+4`).
    if (name === '.' || name === '$') {
      const d = env.dot();
      return { k: 'dot', sec: d.sec, off: d.off, col };
    }
    if (regs) {
      // In any register operand every register name is recognised, so that using one of the
      // wrong kind gets a message saying so (the operand checks the kind).
      const r = registerName(name);
      if (r && regs & (REG_GPR | REG_VR | REG_CRF | REG_CRBIT)) return { k: 'reg', cls: r.cls, n: r.n, col };
      if (!r && /^(r|v|cr)[0-9]+$/.test(name)) {
        throw new AsmError(`there is no register '${name}' (${name.startsWith('cr') ? 'condition register fields are cr0..cr7' : `registers are ${name[0]}0..${name[0]}31`})`, col);
      }
      if (regs & REG_CRBIT && name in CR_BITS) return { k: 'num', v: CR_BITS[name]!, col };
      if (regs & REG_COND && name in COND_NAMES) return { k: 'num', v: COND_NAMES[name]!, col };
    }
    return { k: 'sym', name, col, end: cur.i };
  }
  throw new AsmError(`expected an expression, found '${s[col]}'`, col);
}

function parseNumber(cur: Cursor, env: ParseEnv): Node {
  const s = cur.s;
  const col = cur.i;
  let i = col;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  const digits = s.slice(col, i);
  const next = s.charCodeAt(i);
  const after = s.charCodeAt(i + 1);
  // Numeric local label references: 1b, 1f (not followed by more identifier characters).
  if ((next === 98 || next === 102) && !(i + 1 < s.length && isIdChar(after))) {
    cur.i = i + 1;
    return { k: 'sym', name: env.localLabel(digits, next === 98 ? 'b' : 'f', col), col, end: cur.i };
  }
  let v: Num;
  if (digits === '0' && (next === 120 || next === 88)) {
    let j = i + 1;
    while (j < s.length && isHexDigit(s.charCodeAt(j))) j++;
    if (j === i + 1) throw new AsmError('hexadecimal constant without digits', col);
    v = j - i - 1 <= 13 ? parseInt(s.slice(i + 1, j), 16) : toNum(BigInt(`0x${s.slice(i + 1, j)}`));
    i = j;
  } else if (digits === '0' && (next === 98 || next === 66)) {
    let j = i + 1;
    while (j < s.length && (s[j] === '0' || s[j] === '1')) j++;
    v = toNum(BigInt(`0b${s.slice(i + 1, j)}`));
    i = j;
  } else if (digits.length > 1 && digits[0] === '0') {
    if (!/^[0-7]+$/.test(digits)) throw new AsmError(`invalid octal constant '${digits}'`, col);
    v = toNum(BigInt(`0o${digits}`));
  } else {
    v = digits.length < 16 ? Number(digits) : toNum(BigInt(digits));
  }
  if (i < s.length && isIdChar(s.charCodeAt(i))) {
    let j = i;
    while (j < s.length && isIdChar(s.charCodeAt(j))) j++;
    throw new AsmError(`invalid number '${s.slice(col, j)}'`, col);
  }
  cur.i = i;
  return { k: 'num', v, col };
}

function toNum(b: bigint): Num {
  const v = BigInt.asIntN(64, b);
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, e: 27, '\\': 92, "'": 39, '"': 34 };

/** Read an escape sequence starting after the backslash; returns [code, length consumed]. */
export function readEscape(s: string, i: number): [number, number] {
  const c = s[i];
  if (c === undefined) return [92, 0];
  if (c === 'x' || c === 'X') {
    let j = i + 1;
    while (j < s.length && /[0-9a-fA-F]/.test(s[j]!)) j++;
    if (j === i + 1) return [120, 1];
    return [parseInt(s.slice(i + 1, j), 16) & 0xff, j - i];
  }
  if (c >= '0' && c <= '7') {
    let j = i;
    while (j < s.length && j < i + 3 && s[j]! >= '0' && s[j]! <= '7') j++;
    return [parseInt(s.slice(i, j), 8) & 0xff, j - i];
  }
  return [ESCAPES[c] ?? c.charCodeAt(0), 1];
}

function parseChar(cur: Cursor): Node {
  const s = cur.s;
  const col = cur.i;
  let i = col + 1;
  if (i >= s.length) throw new AsmError('character constant without a character', col);
  let v: number;
  if (s[i] === '\\') {
    const [code, n] = readEscape(s, i + 1);
    v = code;
    i += 1 + n;
  } else {
    v = s.charCodeAt(i);
    i++;
  }
  if (s[i] === "'") i++; // GNU as also accepts a closing quote
  cur.i = i;
  return { k: 'num', v, col };
}

// --- evaluation ------------------------------------------------------------------------------

/**
 * A value: `n` plus the address of `base` (a section start or a symbol that is not known in this
 * file), minus the address of `minus` (a section start; makes the value PC-relative when that is
 * the current section). `reg` marks a register name used as a value.
 */
export interface Val {
  n: Num;
  base: Section | Sym | null;
  minus: Section | null;
  reg?: RegClass;
}

/** The expression depends on a symbol that is not defined yet. */
export const DEFER = Symbol.for('dls.asm.defer');
export type Result = Val | typeof DEFER;

export interface EvalEnv {
  /** At the end of the file: undefined symbols are external rather than deferred. */
  readonly final: boolean;
  /** Value of the symbol named `name` (creating the reference), or DEFER. */
  symbolValue(name: string, node: Node): Result;
}

export const absVal = (n: Num): Val => ({ n, base: null, minus: null });

export function isAbs(v: Val): boolean {
  return v.base === null && v.minus === null;
}

function describe(v: Val): string {
  if (v.reg) return 'a register';
  return 'a relocatable value';
}

export function evaluate(node: Node, env: EvalEnv): Result {
  switch (node.k) {
    case 'num': return { n: node.v, base: null, minus: null };
    case 'reg': return { n: node.n, base: null, minus: null, reg: node.cls };
    case 'dot': return { n: node.off, base: node.sec, minus: null };
    case 'sym': return env.symbolValue(node.name, node);
    case 'un': {
      const a = evaluate(node.a, env);
      if (a === DEFER) return DEFER;
      if (a.reg && node.op !== '+') throw new AsmError(`a register name cannot be used with unary '${node.op}'`, node.col);
      if (!isAbs(a)) {
        if (node.op === '+') return a;
        throw new AsmError(`unary '${node.op}' needs an absolute value, not ${describe(a)}`, node.col);
      }
      return absVal(unop(node.op, a.n));
    }
    case 'bin': {
      const a = evaluate(node.a, env);
      if (a === DEFER) return DEFER;
      const b = evaluate(node.b, env);
      if (b === DEFER) return DEFER;
      return combine(node.op, a, b, node.col);
    }
  }
}

function combine(op: string, a: Val, b: Val, col: number): Val {
  // CR field names may take part in arithmetic (4*cr2+eq); other register names may not.
  if ((a.reg && a.reg !== 'cr') || (b.reg && b.reg !== 'cr')) {
    throw new AsmError(`register name in an arithmetic expression`, col);
  }
  const aAbs = a.base === null && a.minus === null;
  const bAbs = b.base === null && b.minus === null;
  try {
    if (aAbs && bAbs) return { n: binop(op, a.n, b.n), base: null, minus: null };
    if (op === '+') {
      if (bAbs) return { n: binop('+', a.n, b.n), base: a.base, minus: a.minus };
      if (aAbs) return { n: binop('+', a.n, b.n), base: b.base, minus: b.minus };
      if (a.base !== null && a.minus !== null && a.minus === b.base && b.minus === null) {
        return { n: binop('+', a.n, b.n), base: a.base, minus: null };
      }
      if (b.base !== null && b.minus !== null && b.minus === a.base && a.minus === null) {
        return { n: binop('+', a.n, b.n), base: b.base, minus: null };
      }
      throw new AsmError('cannot add two relocatable values', col);
    }
    if (op === '-') {
      if (bAbs) return { n: binop('-', a.n, b.n), base: a.base, minus: a.minus };
      if (b.minus === null && b.base !== null) {
        // a - (sym): cancels when both are relative to the same section or symbol.
        if (a.base === b.base) return { n: binop('-', a.n, b.n), base: null, minus: a.minus };
        if (a.base === null) throw new AsmError('cannot subtract an address from a constant', col);
        if (a.minus === null && isSection(b.base)) return { n: binop('-', a.n, b.n), base: a.base, minus: b.base };
      }
      throw new AsmError('cannot subtract these values: they are not in the same section', col);
    }
    if (op === '==' || op === '!=' || op === '<>') {
      // Comparing two addresses in the same section is fine (GNU as allows it too).
      if (a.base === b.base && a.minus === b.minus) return absVal(binop(op, a.n, b.n));
    }
  } catch (e) {
    if (e instanceof DivisionByZero) throw new AsmError('division by zero', col);
    throw e;
  }
  throw new AsmError(`operator '${op}' needs absolute values, not ${describe(aAbs ? b : a)}`, col);
}

function isSection(x: Section | Sym): x is Section {
  return 'relocs' in x;
}

export { isSection };

// --- relocation operators ----------------------------------------------------------------------

/** `@l`, `@h`, `@ha`: low half, high half, high half adjusted for a signed low half. */
export type Modifier = 'l' | 'h' | 'ha';

export interface OperandExpr {
  node: Node;
  mod?: Modifier;
  modCol: number;
}

/**
 * An expression optionally followed by a relocation operator, as in `sym@ha` or `.LC0@l`.
 * GNU as also accepts an addend after the operator (`sym@ha+4` means `(sym+4)@ha`).
 */
export function parseOperandExpr(cur: Cursor, env: ParseEnv, regs = 0): OperandExpr {
  let node = parseExpr(cur, env, regs);
  cur.ws();
  if (cur.s.charCodeAt(cur.i) !== 64 /* @ */) return { node, modCol: -1 };
  const modCol = cur.i;
  cur.i++;
  const name = cur.ident();
  let mod: Modifier;
  if (name === 'l' || name === 'h' || name === 'ha') mod = name;
  else if (name === 'lo') mod = 'l';
  else if (name === 'hi') mod = 'h';
  else throw new AsmError(name ? `relocation operator '@${name}' is not supported (dls knows @l, @h and @ha)` : `expected l, h or ha after '@'`, modCol);
  cur.ws();
  const c = cur.s.charCodeAt(cur.i);
  if (c === 43 || c === 45) {
    const col = cur.i;
    const rest = parseExpr(cur, env, regs);
    node = { k: 'bin', op: '+', a: node, b: rest, col };
  }
  return { node, mod, modCol };
}

/** Apply a relocation operator to an absolute value (low 32 bits), giving the 16-bit field. */
export function applyModifier(mod: Modifier, v: number, signed: boolean): number {
  let r: number;
  if (mod === 'l') r = v & 0xffff;
  else if (mod === 'h') r = (v >>> 16) & 0xffff;
  else r = ((v + 0x8000) >>> 16) & 0xffff;
  return signed && r & 0x8000 ? r - 0x10000 : r;
}
