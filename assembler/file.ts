// Assembling one source file into a relocatable object: the statement loop (labels, symbol
// assignments, directives, macros, conditionals, instructions), symbols and sections, and the
// fixups that are resolved at the end of the file once every label is known.
//
// Errors never stop the file: each statement that fails is reported (file:line:col, source line,
// caret) and assembly continues with the next one, so that one run lists every problem.

import type { Diagnostic, SourceLocation } from '../common/errors.js';
import { directive, isConditionalDirective, nearestDirective } from './directives.js';
import {
  AsmError, Cursor, DEFER, evaluate, isAbs, parseExpr,
  type EvalEnv, type Node, type ParseEnv, type Result, type Val,
} from './expr.js';
import { assembleInstruction, finishPendingInstructions } from './instructions.js';
import { finishPendingData } from './data.js';
import { editDistance, nearestMnemonic } from './mnemonics.js';
import {
  ObjectFile, Section, SHF_ALLOC, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHT_NOBITS, SHT_NOTE, SHT_PROGBITS,
} from './object.js';
import type { PendingData } from './data.js';
import type { PendingInsn } from './instructions.js';
import { splitStatements, type Stmt } from './source.js';
import { AsmSym, displayName, localLabelName } from './symbols.js';

export interface IncludeResolver {
  /** Text of an included file, searched from the including file; undefined when not found. */
  text(path: string, from: string): { name: string; text: string } | undefined;
  /** Bytes of a file for .incbin. */
  binary(path: string, from: string): { name: string; bytes: Uint8Array } | undefined;
}

export interface Macro {
  name: string;
  params: { name: string; dflt?: string; req: boolean; vararg: boolean }[];
  body: Stmt[];
  def: Stmt;
}

interface CondFrame {
  active: boolean;
  /** Some branch of this .if chain has been taken. */
  taken: boolean;
  parentActive: boolean;
  sawElse: boolean;
  st: Stmt;
}

/** Thrown by .exitm to leave the current macro expansion. */
export class ExitMacro extends Error {}

const MAX_DEPTH = 200;

/** Default ELF type and flags of a section from its name, as GNU as gives them. */
export function defaultSectionAttrs(name: string): { type: number; flags: number } {
  const p = (prefix: string) => name === prefix || name.startsWith(`${prefix}.`);
  if (p('.text') || p('.init') || p('.fini')) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR };
  if (p('.bss') || p('.sbss')) return { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE };
  if (p('.tbss')) return { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS };
  if (p('.tdata')) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS };
  if (p('.data') || p('.sdata') || p('.data1') || p('.got2') || p('.ctors') || p('.dtors') || p('.init_array') || p('.fini_array')) {
    return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE };
  }
  if (p('.rodata') || p('.sdata2') || p('.rodata1') || p('.eh_frame')) return { type: SHT_PROGBITS, flags: SHF_ALLOC };
  if (p('.note')) return { type: SHT_NOTE, flags: 0 };
  return { type: SHT_PROGBITS, flags: 0 };
}

export class FileAssembler implements ParseEnv, EvalEnv {
  readonly obj: ObjectFile;
  readonly diags: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  /** Output of .print. */
  readonly messages: string[] = [];
  readonly symbols = new Map<string, AsmSym>();
  readonly sections = new Map<string, Section>();
  cur: Section;
  prev: Section;
  readonly sectionStack: [Section, Section][] = [];
  readonly macros = new Map<string, Macro>();
  readonly conds: CondFrame[] = [];
  readonly pendingInsns: PendingInsn[] = [];
  readonly pendingData: PendingData[] = [];
  /** Symbols in order of first mention (the object's symbol table keeps this order). */
  readonly symbolOrder: AsmSym[] = [];
  private readonly localCounts = new Map<string, number>();
  /** Counter for \@ in macro bodies. */
  expansions = 0;
  depth = 0;
  /** Macro expansions in progress (.exitm needs one). */
  macroDepth = 0;
  ended = false;
  final = false;
  /** Statement being processed (for references and messages). */
  stmt!: Stmt;

  constructor(readonly fileName: string, readonly resolver?: IncludeResolver) {
    this.obj = new ObjectFile(fileName);
    this.cur = this.section('.text');
    this.prev = this.cur;
  }

  // --- sections -------------------------------------------------------------------------------

  section(name: string, type?: number, flags?: number, entsize = 0): Section {
    let s = this.sections.get(name);
    if (!s) {
      const d = defaultSectionAttrs(name);
      s = this.obj.addSection(new Section(name, type ?? d.type, flags ?? d.flags, entsize, this.obj));
      this.sections.set(name, s);
    }
    return s;
  }

  switchTo(s: Section): void {
    if (s !== this.cur) {
      this.prev = this.cur;
      this.cur = s;
    }
  }

  // --- symbols --------------------------------------------------------------------------------

  symbol(name: string): AsmSym {
    let s = this.symbols.get(name);
    if (!s) {
      s = new AsmSym(name);
      this.symbols.set(name, s);
      this.symbolOrder.push(s);
    }
    return s;
  }

  loc(st: Stmt, col: number): SourceLocation {
    return { file: st.file, line: st.line, col: st.col + col };
  }

  defineLabel(name: string, st: Stmt, col: number): void {
    const s = this.symbol(name);
    if (s.defined || s.isEqu || s.common) {
      throw new AsmError(`symbol '${displayName(name)}' is already defined`, col, this.previousDefinition(s));
    }
    s.defined = true;
    s.section = this.cur;
    s.value = this.cur.size;
    s.defStmt = st;
    s.defCol = col;
    s.def = { loc: this.loc(st, col), sourceLine: st.src };
  }

  previousDefinition(s: AsmSym): { message: string; loc?: SourceLocation; sourceLine?: string }[] {
    if (!s.defStmt) return [];
    return [{ message: `'${displayName(s.name)}' was defined here`, loc: this.loc(s.defStmt, s.defCol), sourceLine: s.defStmt.src }];
  }

  /** `name = expr`, .set, .equ: evaluated now if possible, else when first needed. */
  assign(name: string, node: Node, st: Stmt, col: number, once = false): void {
    const s = this.symbol(name);
    if (s.defined && !s.isEqu) {
      throw new AsmError(`symbol '${displayName(name)}' is already defined as a label`, col, this.previousDefinition(s));
    }
    if (once && (s.defined || s.isEqu)) {
      throw new AsmError(`symbol '${name}' is already defined (.equiv does not allow redefinition)`, col, this.previousDefinition(s));
    }
    if (s.common) throw new AsmError(`symbol '${name}' is a common symbol`, col);
    const v = evaluate(node, this);
    s.isEqu = true;
    s.defStmt = st;
    s.defCol = col;
    s.def = { loc: this.loc(st, col), sourceLine: st.src };
    if (v === DEFER) {
      s.equ = undefined;
      s.equNode = node;
      s.equStmt = st;
    } else {
      s.equ = v;
      s.equNode = undefined;
    }
  }

  // ParseEnv
  localLabel(digits: string, dir: 'b' | 'f', col: number): string {
    const n = this.localCounts.get(digits) ?? 0;
    if (dir === 'b') {
      if (n === 0) throw new AsmError(`backward reference to local label ${digits}, which is not defined before this line`, col);
      return localLabelName(digits, n);
    }
    return localLabelName(digits, n + 1);
  }

  defineLocalLabel(digits: string, st: Stmt, col: number): void {
    const n = (this.localCounts.get(digits) ?? 0) + 1;
    this.localCounts.set(digits, n);
    this.defineLabel(localLabelName(digits, n), st, col);
  }

  dot(): { sec: Section; off: number } {
    return { sec: this.cur, off: this.cur.size };
  }

  // EvalEnv
  symbolValue(name: string, node: Node): Result {
    const s = this.symbol(name);
    if (!s.refStmt && !s.defined && !s.isEqu) {
      s.refStmt = this.stmt;
      s.refCol = node.col;
    }
    if (s.isEqu) {
      if (s.equ) return s.equ;
      if (s.evaluating) {
        // Reported once, at the definition; the symbol is 0 from then on.
        s.equ = { n: 0, base: null, minus: null };
        s.equNode = undefined;
        this.diags.push(this.diagnostic(s.equStmt!, s.defCol, `symbol '${name}' is defined in terms of itself`));
        return s.equ;
      }
      s.evaluating = true;
      try {
        const v = evaluate(s.equNode!, this);
        if (v !== DEFER) {
          s.equ = v;
          s.equNode = undefined;
        }
        return v;
      } finally {
        s.evaluating = false;
      }
    }
    if (s.defined) {
      if (s.section === null) return { n: s.value, base: null, minus: null };
      if (s.binding === 'weak') return { n: 0, base: s, minus: null };
      return { n: s.value, base: s.section, minus: null };
    }
    if (s.common) return { n: 0, base: s, minus: null };
    if (!this.final) return DEFER;
    return { n: 0, base: s, minus: null };
  }

  /** Parse and evaluate an absolute expression now (directive arguments that fix sizes). */
  absolute(cur: Cursor, what: string): number {
    const col = (cur.ws(), cur.i);
    const node = parseExpr(cur, this);
    const v = evaluate(node, this);
    if (v === DEFER) throw new AsmError(`${what} must be known here (it uses a symbol defined later)`, col);
    if (!isAbs(v)) throw new AsmError(`${what} must be an absolute value`, col);
    const n = v.n;
    if (typeof n === 'bigint') throw new AsmError(`${what} is too large`, col);
    return n;
  }

  evalNow(node: Node): Result {
    return evaluate(node, this);
  }

  // --- diagnostics ----------------------------------------------------------------------------

  report(st: Stmt, e: AsmError): void {
    this.diags.push(this.diagnostic(st, e.col, e.message, e.notes));
  }

  diagnostic(st: Stmt, col: number, message: string, notes: Diagnostic['notes'] = []): Diagnostic {
    const all = [...(notes ?? [])];
    for (let ex = st.expansion; ex; ex = ex.at.expansion) {
      all.push({ message: `in expansion of macro '${ex.macro}'`, loc: this.loc(ex.at, 0), sourceLine: ex.at.src });
    }
    return { message, loc: this.loc(st, Math.max(0, col)), sourceLine: st.src, notes: all.length ? all : undefined };
  }

  warn(st: Stmt, col: number, message: string): void {
    this.warnings.push(this.diagnostic(st, col, message));
  }

  // --- the statement loop ---------------------------------------------------------------------

  assembleText(text: string): void {
    this.run(splitStatements(this.fileName, text));
    this.finish();
  }

  run(stmts: readonly Stmt[]): void {
    for (let i = 0; i < stmts.length && !this.ended; i++) {
      const st = stmts[i]!;
      this.stmt = st;
      try {
        i = this.statement(stmts, i);
      } catch (e) {
        if (e instanceof AsmError) this.report(st, e);
        else throw e;
      }
    }
  }

  private skipping(): boolean {
    const n = this.conds.length;
    return n > 0 && !this.conds[n - 1]!.active;
  }

  /** Process stmts[i]; returns the index of the last statement it consumed. */
  private statement(stmts: readonly Stmt[], i: number): number {
    const st = stmts[i]!;
    const cur = new Cursor(st.text);
    const s = st.text;
    if (this.skipping()) {
      cur.ws();
      const w = readWord(cur);
      if (w && isConditionalDirective(w)) directive(this, w, st, cur, stmts, i);
      return i;
    }
    // Labels: `name:` and `N:` (several may precede a statement).
    for (;;) {
      cur.ws();
      const start = cur.i;
      const c = s.charCodeAt(start);
      if (c >= 48 && c <= 57) {
        let j = start;
        while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
        if (s[j] === ':') {
          this.defineLocalLabel(s.slice(start, j), st, start);
          cur.i = j + 1;
          continue;
        }
        break;
      }
      const id = cur.ident();
      if (id !== undefined && s[cur.i] === ':') {
        this.defineLabel(id, st, start);
        cur.i++;
        continue;
      }
      cur.i = start;
      break;
    }
    if (cur.eof()) return i;
    const wcol = cur.i;
    const word = readWord(cur);
    if (!word) throw new AsmError(`expected a label, instruction or directive, found '${s[wcol]}'`, wcol);
    // Symbol assignment: name = expr
    cur.ws();
    if (s[cur.i] === '=' && s[cur.i + 1] !== '=') {
      if (!/^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(word)) throw new AsmError(`'${word}' is not a symbol name`, wcol);
      cur.i++;
      const node = parseExpr(cur, this);
      this.expectEnd(cur);
      this.assign(word, node, st, wcol);
      return i;
    }
    const macro = this.macros.size ? this.macros.get(word) : undefined;
    if (macro) {
      this.expandMacro(macro, st, cur);
      return i;
    }
    if (word.charCodeAt(0) === 46 /* . */) {
      const r = directive(this, word, st, cur, stmts, i);
      if (r === undefined) {
        const near = nearestDirective(word);
        throw new AsmError(`unknown directive '${word}'${near ? ` (did you mean '${near}'?)` : ''}`, wcol);
      }
      return r;
    }
    assembleInstruction(this, st, cur, word, wcol);
    return i;
  }

  expectEnd(cur: Cursor): void {
    cur.ws();
    if (cur.i < cur.s.length) throw new AsmError(`unexpected '${cur.s.slice(cur.i).trim()}' at end of statement`, cur.i);
  }

  /** The defined symbol closest to `name`, for "did you mean" messages. */
  nearestSymbol(name: string): string | undefined {
    let best: string | undefined;
    let d = Infinity;
    for (const s of this.symbolOrder) {
      if (!(s.defined || s.isEqu || s.common) || s.name === name || s.name.startsWith('.L')) continue;
      const e = editDistance(name, s.name);
      if (e < d) {
        d = e;
        best = s.name;
      }
    }
    return d <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
  }

  unknownMnemonic(word: string, col: number): never {
    const near = nearestMnemonic(word);
    throw new AsmError(`unknown instruction '${word}'${near ? ` (did you mean '${near}'?)` : ''}`, col);
  }

  // --- macros, repetition, conditionals -----------------------------------------------------

  pushCond(active: boolean, st: Stmt): void {
    const parentActive = !this.skipping();
    this.conds.push({ active: parentActive && active, taken: active, parentActive, sawElse: false, st });
  }

  expandMacro(m: Macro, st: Stmt, cur: Cursor): void {
    const args = splitMacroArgs(cur.rest(), cur.i);
    const values = new Map<string, string>();
    let pos = 0;
    for (const a of args) {
      const kw = /^\s*([A-Za-z_.$][A-Za-z0-9_.$]*)\s*=(?!=)(.*)$/s.exec(a.text);
      if (kw && m.params.some((p) => p.name === kw[1])) {
        values.set(kw[1]!, kw[2]!.trim());
        continue;
      }
      const p = m.params[pos];
      if (!p) throw new AsmError(`too many arguments for macro '${m.name}' (it takes ${m.params.length})`, a.col);
      if (p.vararg) {
        values.set(p.name, args.slice(args.indexOf(a)).map((x) => x.text.trim()).join(', '));
        pos = m.params.length;
        break;
      }
      values.set(p.name, a.text.trim());
      pos++;
    }
    for (const p of m.params) {
      if (!values.has(p.name) || values.get(p.name) === '') {
        if (p.req && !values.get(p.name)) throw new AsmError(`missing value for required argument '${p.name}' of macro '${m.name}'`, cur.i);
        if (!values.get(p.name)) values.set(p.name, p.dflt ?? '');
      }
    }
    const id = String(this.expansions++);
    const expanded = m.body.map((b) => {
      const text = substitute(b.text, values, id);
      return { text, file: b.file, line: b.line, col: 1, src: text, expansion: { macro: m.name, at: st } } satisfies Stmt;
    });
    this.nested(() => {
      this.macroDepth++;
      try {
        this.run(resplit(expanded));
      } catch (e) {
        if (!(e instanceof ExitMacro)) throw e;
      } finally {
        this.macroDepth--;
      }
    });
  }

  /** Run `f` one level deeper in macro/.rept/.include nesting (with a depth limit). */
  nested(f: () => void): void {
    if (this.depth >= MAX_DEPTH) throw new AsmError(`macros, .rept or .include nested more than ${MAX_DEPTH} deep (endless recursion?)`, 0);
    this.depth++;
    const saved = this.stmt;
    try {
      f();
    } finally {
      this.depth--;
      this.stmt = saved;
    }
  }

  includeFile(path: string, st: Stmt, col: number): void {
    const r = this.resolver?.text(path, st.file);
    if (!r) throw new AsmError(`cannot find include file '${path}'`, col);
    this.nested(() => this.run(splitStatements(r.name, r.text)));
  }

  // --- end of file ----------------------------------------------------------------------------

  finish(): void {
    for (const c of this.conds) this.diags.push(this.diagnostic(c.st, 0, '.if without a matching .endif'));
    this.conds.length = 0;
    this.final = true;
    // Equates that are still unresolved are evaluated now, so that errors point at them.
    for (const s of this.symbolOrder) {
      if (s.isEqu && !s.equ && s.equNode) {
        this.stmt = s.equStmt!;
        try {
          const v = this.symbolValue(s.name, s.equNode);
          if (v !== DEFER) s.equ = v;
        } catch (e) {
          if (e instanceof AsmError) this.report(s.equStmt!, e);
          else throw e;
        }
      }
    }
    finishPendingInstructions(this);
    finishPendingData(this);
    for (const s of this.symbolOrder) {
      if (s.sizeNode) {
        this.stmt = s.sizeStmt!;
        try {
          const v = evaluate(s.sizeNode, this);
          if (v === DEFER || !isAbs(v)) throw new AsmError(`the size of '${s.name}' must be an absolute value`, s.sizeNode.col);
          s.size = Number(v.n);
        } catch (e) {
          if (e instanceof AsmError) this.report(s.sizeStmt!, e);
          else throw e;
        }
      }
      // Equated symbols become absolute or section symbols in the object.
      if (s.isEqu && s.equ) {
        const v: Val = s.equ;
        if (isAbs(v)) {
          s.defined = true;
          s.section = null;
          s.value = Number(v.n);
        } else if (v.base && 'relocs' in v.base && v.minus === null) {
          s.defined = true;
          s.section = v.base;
          s.value = Number(v.n);
        }
      }
    }
    this.buildSymbolTable();
  }

  private buildSymbolTable(): void {
    for (const s of this.symbolOrder) {
      const referenced = s.refStmt !== undefined;
      if (s.isEqu && !s.defined) continue; // an alias of an external symbol: references use the target
      if (!s.defined && !s.common && !referenced && s.binding === 'local') continue;
      if (!s.defined && !s.common && s.binding === 'local') s.binding = 'global';
      if (s.refStmt && !s.ref) s.ref = { loc: this.loc(s.refStmt, s.refCol), sourceLine: s.refStmt.src };
      this.obj.symbols.push(s);
    }
  }
}

/** The mnemonic, directive or macro name at the cursor (with a +/- branch hint attached). */
export function readWord(cur: Cursor): string | undefined {
  const s = cur.s;
  const start = cur.i;
  let i = start;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 36) i++;
    else break;
  }
  if (i === start) return undefined;
  const h = s[i];
  if ((h === '+' || h === '-') && (i + 1 >= s.length || s[i + 1] === ' ' || s[i + 1] === '\t')) i++;
  cur.i = i;
  return s.slice(start, i);
}

/**
 * Split macro arguments at top-level commas and at white space between two operands (GNU as
 * squeezes the spaces around operators first, so `m 1 + 2` passes one argument and `m 1 2`
 * two).
 */
export function splitMacroArgs(text: string, base: number): { text: string; col: number }[] {
  const parts: { text: string; col: number }[] = [];
  if (text.trim() === '') return parts;
  const endsOperand = /[A-Za-z0-9_.$)"']/;
  const startsOperand = /[A-Za-z0-9_.$("%'\\]/;
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    parts.push({ text: stripQuotes(raw.trim()), col: base + start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      start = i + 1;
    } else if ((c === ' ' || c === '\t') && depth === 0) {
      let j = i;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
      const before = text.slice(start, i).trimEnd();
      const prev = before[before.length - 1];
      const next = text[j];
      if (prev !== undefined && next !== undefined && endsOperand.test(prev) && startsOperand.test(next)) {
        push(i);
        start = j;
      }
      i = j - 1;
    }
  }
  push(text.length);
  return parts;
}

function stripQuotes(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : s;
}

/** Replace \name, \@ and \() in a macro or .irp body line. */
export function substitute(text: string, values: ReadonlyMap<string, string>, id: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(@|\(\)|[A-Za-z_.$][A-Za-z0-9_.$]*)/g, (m, name: string) => {
    if (name === '@') return id;
    if (name === '()') return '';
    // The longest parameter name that is a prefix wins (\ab with params a and ab).
    if (values.has(name)) return values.get(name)!;
    for (let k = name.length - 1; k > 0; k--) {
      const p = name.slice(0, k);
      if (values.has(p)) return values.get(p)! + name.slice(k);
    }
    return m;
  });
}

/** Statements produced by substitution may contain `;` separators of their own. */
function resplit(stmts: Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  for (const st of stmts) {
    if (!st.text.includes(';')) {
      out.push(st);
      continue;
    }
    for (const part of splitStatements(st.file, st.text)) {
      out.push({ ...st, text: part.text, col: part.col });
    }
  }
  return out;
}

