// The type checker: resolves names, gives every expression its type (docs/dsl.md, sections 2-5),
// folds constants, and reports every problem it finds with a located, plain-words message.
// Its output is the typed AST: the parser's tree with `ty`, `ref`, `target`, `field` filled in.

import type {
  Block, CallTarget, ConstDecl, Decl, Expr, FnDecl, GlobalVarDecl, LocalDecl, Loc, MailboxDecl, MailboxField, Param, RuleDecl,
  SourceUnit, Stmt, TypeExpr,
} from './ast.js';
import { Diags, suggest } from './diag.js';
import * as S from './semantics.js';
import {
  BOOL, ERROR, I32, LANE_NAMES, ROW_LANES, SCALAR_NAMES, U32, VOID, bitsOf, isFracName, isIntName, isScalar, isValueType, laneCount, laneOf,
  rawRange, row, sameType, scalar, sizeOf, alignOf, typeName, vec, type LaneName, type RowLane, type ScalarName, type Type,
} from './types.js';
import { cloneValue, type Value } from './value.js';

export const MAILBOX_SIZE = 0x1000;
export const CYCLES_PER_SECOND = 98e6;
export const FIT_EXPONENTS = [9, 13, 17, 21];

export interface CheckedProgram {
  units: SourceUnit[];
  fns: FnDecl[];
  rules: RuleDecl[];
  consts: ConstDecl[];
  globals: GlobalVarDecl[];
  mailbox: MailboxField[];
  main?: FnDecl;
}

/** Built-in functions: the checker types their calls; lowering and the evaluator implement them. */
export const BUILTINS = [
  'time', 'wait', 'halt', 'sync', 'rate', 'reset_rate', 'reset_rates', 'inject', 'reset_causal', 'reset_anticausal',
  'reset_correlation', 'capmem', 'set_capmem', 'raw', 'frac8', 'frac16', 'frac', 'splat', 'row_splat', 'select',
] as const;
export type BuiltinName = (typeof BUILTINS)[number];
const BUILTIN_SET = new Set<string>(BUILTINS);

const CHIP_ARRAYS = ['weights', 'addresses', 'causal', 'anticausal'] as const;

type GlobalSym =
  | { k: 'fn'; decls: FnDecl[] }
  | { k: 'const'; decl: ConstDecl }
  | { k: 'var'; decl: GlobalVarDecl }
  | { k: 'rule'; decl: RuleDecl };

type LocalSym = { k: 'local'; decl: LocalDecl } | { k: 'param'; decl: Param; fn: FnDecl };

class Scope {
  readonly names = new Map<string, LocalSym>();
  constructor(readonly parent?: Scope) {}
  lookup(name: string): LocalSym | undefined {
    return this.names.get(name) ?? this.parent?.lookup(name);
  }
  all(): string[] {
    return [...this.names.keys(), ...(this.parent?.all() ?? [])];
  }
}

interface FnContext {
  fn?: FnDecl;
  rule?: RuleDecl;
  ret: Type;
  loops: number;
  /** Lane conditions of the enclosing `where` statements. */
  wheres: Type[];
  std: boolean;
}

function isLiteral(e: Expr): boolean {
  if (e.k === 'int' || e.k === 'frac' || e.k === 'time') return true;
  if (e.k === 'unary' && e.op === '-') return isLiteral(e.e);
  if (e.k === 'binary' && ['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^'].includes(e.op)) return isLiteral(e.l) && isLiteral(e.r);
  return false;
}

function hasFracLiteral(e: Expr): boolean {
  if (e.k === 'frac') return true;
  if (e.k === 'unary') return hasFracLiteral(e.e);
  if (e.k === 'binary') return hasFracLiteral(e.l) || hasFracLiteral(e.r);
  return false;
}

function fmtRange(s: ScalarName | LaneName): string {
  if (isFracName(s)) return s === 'fx8' ? '-1.0 ..= 0.9921875' : '-1.0 ..= 0.999969482421875';
  const [lo, hi] = rawRange(s);
  return `${lo} ..= ${hi}`;
}

export class Checker {
  readonly globals = new Map<string, GlobalSym>();
  readonly stdGlobals = new Map<string, GlobalSym>();
  readonly fns: FnDecl[] = [];
  readonly rules: RuleDecl[] = [];
  readonly consts: ConstDecl[] = [];
  readonly vars: GlobalVarDecl[] = [];
  readonly mailboxFields = new Map<string, MailboxField>();
  private mailboxDecl?: MailboxDecl;
  private constState = new Map<ConstDecl, 'busy' | 'done'>();
  /** Calls per function, for the wait analysis. */
  private readonly calls = new Map<FnDecl | RuleDecl, { target: CallTarget; loc: Loc }[]>();
  private cur: FnContext = { ret: VOID, loops: 0, wheres: [], std: false };

  constructor(readonly diags: Diags) {}

  // --- entry -------------------------------------------------------------------------------------

  check(units: SourceUnit[]): CheckedProgram {
    for (const u of units) for (const d of u.decls) this.declare(d, Boolean(u.std));
    // Types of signatures and globals first, so bodies can refer to anything.
    for (const f of this.fns) this.signature(f);
    for (const m of this.mailboxDecl ? [this.mailboxDecl] : []) this.checkMailbox(m);
    for (const c of this.consts) this.checkConst(c);
    for (const v of this.vars) this.checkGlobalVar(v);
    this.checkOverloads();
    for (const f of this.fns) this.checkFn(f);
    for (const r of this.rules) this.checkRule(r);
    this.waitAnalysis();
    const main = this.globals.get('main');
    let mainFn: FnDecl | undefined;
    if (main?.k === 'fn') {
      mainFn = main.decls[0];
      if (main.decls.length > 1) this.diags.error(main.decls[1]!.nameLoc, "'main' cannot be overloaded");
      if (mainFn && (mainFn.params.length || (mainFn.ret && mainFn.ret.k !== 'void'))) {
        this.diags.error(mainFn.nameLoc, "'main' takes no parameters and returns nothing: write 'fn main() { ... }'");
      }
    } else if (main) {
      this.diags.error(this.declLoc(main), "'main' must be a function");
    }
    return { units, fns: this.fns, rules: this.rules, consts: this.consts, globals: this.vars, mailbox: [...this.mailboxFields.values()], main: mainFn };
  }

  private declLoc(s: GlobalSym): Loc {
    return s.k === 'fn' ? s.decls[0]!.nameLoc : s.decl.nameLoc;
  }

  private declare(d: Decl, std: boolean): void {
    const table = std ? this.stdGlobals : this.globals;
    if (d.k === 'import') return;
    if (d.k === 'mailbox') {
      if (this.mailboxDecl) {
        this.diags.error(d.loc, 'a program has one mailbox declaration; put all fields into it', [{ loc: this.mailboxDecl.loc, message: 'the first mailbox declaration is here' }]);
        return;
      }
      this.mailboxDecl = d;
      return;
    }
    const name = d.name;
    if (!std && (BUILTIN_SET.has(name) || (CHIP_ARRAYS as readonly string[]).includes(name) || name === 'mailbox')) {
      this.diags.error(d.nameLoc, `'${name}' is a built-in name and cannot be redefined`);
      return;
    }
    if ((SCALAR_NAMES as readonly string[]).includes(name) || name === 'vec' || name === 'row') {
      this.diags.error(d.nameLoc, `'${name}' is a type name and cannot be used for a ${d.k === 'fn' ? 'function' : d.k}`);
      return;
    }
    const prev = table.get(name);
    if (d.k === 'fn') {
      d.std = std;
      this.fns.push(d);
      if (prev?.k === 'fn') {
        prev.decls.push(d);
        return;
      }
    } else if (d.k === 'rule') {
      this.rules.push(d);
    } else if (d.k === 'const') {
      d.std = std;
      this.consts.push(d);
    } else {
      d.std = std;
      this.vars.push(d);
    }
    if (prev) {
      this.diags.error(d.nameLoc, `'${name}' is already defined`, [{ loc: this.declLoc(prev), message: `the first definition of '${name}' is here` }]);
      return;
    }
    table.set(name, d.k === 'fn' ? { k: 'fn', decls: [d] } : d.k === 'const' ? { k: 'const', decl: d } : d.k === 'var' ? { k: 'var', decl: d } : { k: 'rule', decl: d });
  }

  private lookupGlobal(name: string): GlobalSym | undefined {
    if (this.cur.std) return this.stdGlobals.get(name) ?? this.globals.get(name);
    return this.globals.get(name) ?? this.stdGlobals.get(name);
  }

  private allNames(scope?: Scope): string[] {
    return [...(scope?.all() ?? []), ...this.globals.keys(), ...this.stdGlobals.keys(), ...BUILTINS, ...CHIP_ARRAYS];
  }

  // --- types -------------------------------------------------------------------------------------

  resolveType(t: TypeExpr, where: 'value' | 'global' | 'param' | 'mailbox'): Type {
    switch (t.k) {
      case 'named': {
        if (t.name === '<error>') return ERROR;
        if (t.name === 'vec' || t.name === 'row') {
          const a = t.args[0];
          if (!a) {
            this.diags.error(t.loc, `'${t.name}' needs a lane type: ${t.name === 'vec' ? 'vec<fx8>, vec<i8>, vec<u8>, vec<fx16> or vec<i16>' : 'row<i8>, row<u8> or row<fx8>'}`);
            return ERROR;
          }
          const lane = a.k === 'named' && a.args.length === 0 ? a.name : '';
          if (lane === '<error>') return ERROR; // the parser already reported it
          if (t.name === 'vec') {
            if ((LANE_NAMES as readonly string[]).includes(lane)) return vec(lane as LaneName);
            this.diags.error(a.loc, `vectors have lanes of type i8, u8, fx8 (16 lanes) or i16, fx16 (8 lanes), not ${lane || 'this'}`);
            return ERROR;
          }
          if ((ROW_LANES as readonly string[]).includes(lane)) return row(lane as RowLane);
          this.diags.error(a.loc, `rows have 32 byte lanes of type i8, u8 or fx8, not ${lane || 'this'}`);
          return ERROR;
        }
        if ((SCALAR_NAMES as readonly string[]).includes(t.name)) return scalar(t.name as ScalarName);
        const s = suggest(t.name, [...SCALAR_NAMES, 'vec', 'row']);
        this.diags.error(t.loc, `unknown type '${t.name}'${s ? `; did you mean '${s}'?` : ''}`);
        return ERROR;
      }
      case 'array': {
        const elem = this.resolveType(t.elem, where);
        if (elem.k === 'error') return ERROR;
        this.checkExpr(t.len, I32);
        const n = this.foldInt(t.len, 'the array length');
        if (n === undefined) return ERROR;
        if (n < 1 || n > 16384) {
          this.diags.error(t.len.loc, `an array needs 1 to 16384 elements, not ${n}`);
          return ERROR;
        }
        if (where === 'value') {
          this.diags.error(t.loc, 'arrays live in global memory: declare them with a global \'var\' or \'const\' and pass them by reference (&[T; N])');
          return ERROR;
        }
        if (elem.k === 'ref') {
          this.diags.error(t.elem.loc, 'arrays of references are not supported');
          return ERROR;
        }
        return { k: 'array', elem, len: n };
      }
      case 'ref': {
        const inner = this.resolveType(t.inner, 'global');
        if (inner.k === 'error') return ERROR;
        if (inner.k !== 'array') {
          this.diags.error(t.loc, `only arrays are passed by reference (&[T; N]); pass ${typeName(inner)} by value`);
          return ERROR;
        }
        if (where !== 'param') {
          this.diags.error(t.loc, 'references are only allowed as function parameters');
          return ERROR;
        }
        return { k: 'ref', arr: inner };
      }
    }
  }

  private signature(f: FnDecl): void {
    this.cur = { fn: f, ret: VOID, loops: 0, wheres: [], std: Boolean(f.std) };
    const seen = new Map<string, Param>();
    for (const p of f.params) {
      p.ty = this.resolveType(p.typeExpr, 'param');
      if (p.ty.k === 'array') {
        this.diags.error(p.typeExpr.loc, `arrays are passed by reference: write '&${typeName(p.ty)}'`);
        p.ty = { k: 'ref', arr: p.ty };
      }
      const dup = seen.get(p.name);
      if (dup) this.diags.error(p.loc, `parameter '${p.name}' appears twice`, [{ loc: dup.loc, message: 'first here' }]);
      seen.set(p.name, p);
    }
    f.ret = f.retExpr ? this.resolveType(f.retExpr, 'value') : VOID;
    if (f.ret.k === 'ref') f.ret = ERROR;
  }

  private checkOverloads(): void {
    for (const table of [this.globals, this.stdGlobals]) {
      for (const [name, sym] of table) {
        if (sym.k !== 'fn') continue;
        sym.decls.forEach((f, i) => {
          f.symbol = sym.decls.length === 1 ? name : `${name}__${f.params.map((p) => mangle(p.ty!)).join('_')}`;
          for (let j = 0; j < i; j++) {
            const g = sym.decls[j]!;
            if (g.params.length === f.params.length && g.params.every((p, k) => sameType(p.ty!, f.params[k]!.ty!))) {
              this.diags.error(f.nameLoc, `'${name}' is already defined with the same parameter types`, [{ loc: g.nameLoc, message: 'the first definition is here' }]);
            }
          }
        });
        if (table === this.stdGlobals) for (const f of sym.decls) f.symbol = `std_${f.symbol}`;
      }
    }
  }

  // --- mailbox, consts, globals -------------------------------------------------------------------

  private checkMailbox(m: MailboxDecl): void {
    this.cur = { ret: VOID, loops: 0, wheres: [], std: false };
    for (const f of m.fields) {
      const prev = this.mailboxFields.get(f.name);
      if (prev) {
        this.diags.error(f.nameLoc, `mailbox field '${f.name}' is already declared`, [{ loc: prev.nameLoc, message: 'first here' }]);
        continue;
      }
      this.mailboxFields.set(f.name, f);
      f.ty = this.resolveType(f.typeExpr, 'mailbox');
      this.checkExpr(f.offsetExpr, I32);
      const off = this.foldInt(f.offsetExpr, 'a mailbox offset');
      if (off === undefined || f.ty.k === 'error') continue;
      const size = sizeOf(f.ty);
      const align = alignOf(f.ty);
      if (off < 0 || off + size > MAILBOX_SIZE) {
        this.diags.error(f.offsetExpr.loc, `mailbox field '${f.name}' (${size} bytes at offset ${off}) does not fit the mailbox (offsets 0..${MAILBOX_SIZE - 1})`);
        continue;
      }
      if (off % align) {
        this.diags.error(f.offsetExpr.loc, `mailbox field '${f.name}' of type ${typeName(f.ty)} must be at an offset that is a multiple of ${align} (got ${off})`);
        continue;
      }
      f.offset = off;
    }
  }

  private checkConst(c: ConstDecl): void {
    if (this.constState.get(c) === 'done') return;
    if (this.constState.get(c) === 'busy') {
      this.diags.error(c.nameLoc, `the value of '${c.name}' depends on itself`);
      c.ty = ERROR;
      return;
    }
    this.constState.set(c, 'busy');
    const saved = this.cur;
    this.cur = { ret: VOID, loops: 0, wheres: [], std: Boolean(c.std) };
    const declared = c.typeExpr ? this.resolveType(c.typeExpr, 'global') : undefined;
    if (declared?.k === 'error') {
      c.ty = ERROR;
    } else {
      const t = this.checkExpr(c.value, declared);
      c.ty = declared ?? t;
      if (c.ty.k !== 'error' && t.k !== 'error') {
        const v = this.fold(c.value);
        if (v === undefined) this.diags.error(c.value.loc, `the value of constant '${c.name}' must be known when compiling (literals, other constants and operators on them)`);
        else c.folded = v;
      }
    }
    this.cur = saved;
    this.constState.set(c, 'done');
  }

  private checkGlobalVar(v: GlobalVarDecl): void {
    this.cur = { ret: VOID, loops: 0, wheres: [], std: Boolean(v.std) };
    const declared = v.typeExpr ? this.resolveType(v.typeExpr, 'global') : undefined;
    if (declared?.k === 'error') {
      v.ty = ERROR;
      return;
    }
    if (!declared && !v.init) {
      this.diags.error(v.nameLoc, `global variable '${v.name}' needs a type: write 'var ${v.name}: i32;'`);
      v.ty = ERROR;
      return;
    }
    if (v.init) {
      const t = this.checkExpr(v.init, declared);
      v.ty = declared ?? t;
      if (t.k !== 'error') {
        const val = this.fold(v.init);
        if (val === undefined) this.diags.error(v.init.loc, `the initial value of global variable '${v.name}' must be known when compiling`);
        else v.folded = val;
      }
    } else {
      v.ty = declared!;
    }
    if (v.ty.k === 'lanes' || v.ty.k === 'void') {
      this.diags.error(v.nameLoc, `a global variable cannot hold ${typeName(v.ty)}`);
      v.ty = ERROR;
    }
  }

  // --- functions and rules ---------------------------------------------------------------------------

  private checkFn(f: FnDecl): void {
    this.cur = { fn: f, ret: f.ret ?? VOID, loops: 0, wheres: [], std: Boolean(f.std) };
    this.calls.set(f, []);
    const scope = new Scope();
    for (const p of f.params) scope.names.set(p.name, { k: 'param', decl: p, fn: f });
    this.checkBlock(f.body, new Scope(scope));
    if (f.ret && f.ret.k !== 'void' && f.ret.k !== 'error' && !this.terminates(f.body)) {
      const end = { ...f.body.loc, offset: f.body.loc.end - 1 };
      const closing = this.locAtOffset(f.body.loc.file, f.body.loc.end - 1) ?? end;
      this.diags.error(closing, `function '${f.name}' can reach its end without returning a ${typeName(f.ret)}`);
    }
  }

  /** Line and column of an offset in a file (for the closing brace of a function). */
  private locAtOffset(file: string, offset: number): Loc | undefined {
    // Walk the lines the diagnostics know.
    let line = 1;
    let start = 0;
    for (;;) {
      const text = this.diags.line({ file, line, col: 1, offset: 0, end: 0 });
      if (text === undefined) return undefined;
      if (offset <= start + text.length) return { file, line, col: offset - start + 1, offset, end: offset + 1 };
      start += text.length + 1;
      line++;
    }
  }

  private checkRule(r: RuleDecl): void {
    this.cur = { rule: r, ret: VOID, loops: 0, wheres: [], std: false };
    this.calls.set(r, []);
    if (r.trigger.k === 'every') {
      const t = this.checkExpr(r.trigger.period, U32);
      if (t.k !== 'error') {
        const v = this.fold(r.trigger.period);
        if (typeof v !== 'number') this.diags.error(r.trigger.period.loc, "a rule's period must be a constant, like 'every 10us' or 'every 2000 cycles'");
        else if (v < 200 || v > 2 ** 31) this.diags.error(r.trigger.period.loc, `a rule's period must be between 200 cycles (2.04us) and 2^31 cycles, not ${v} cycles`);
        else r.cycles = v;
      }
    } else {
      this.checkExpr(r.trigger.exp, I32);
      const k = this.foldInt(r.trigger.exp, 'the fixed-interval timer exponent');
      if (k !== undefined) {
        if (!FIT_EXPONENTS.includes(k)) this.diags.error(r.trigger.exp.loc, `the fixed-interval timer runs every 2^9, 2^13, 2^17 or 2^21 cycles: write fit(9), fit(13), fit(17) or fit(21), not fit(${k})`);
        else r.fitExp = k;
      }
    }
    this.checkBlock(r.body, new Scope());
  }

  private terminates(s: Stmt): boolean {
    switch (s.k) {
      case 'return': return true;
      case 'block': return s.stmts.some((x) => this.terminates(x));
      case 'if': return Boolean(s.else) && this.terminates(s.then) && this.terminates(s.else!);
      case 'while': return s.cond.k === 'bool' && s.cond.value && !this.hasBreak(s.body);
      case 'expr': return s.e.k === 'call' && s.e.callee === 'halt';
      default: return false;
    }
  }

  private hasBreak(s: Stmt): boolean {
    switch (s.k) {
      case 'break': return true;
      case 'block': return s.stmts.some((x) => this.hasBreak(x));
      case 'if': return this.hasBreak(s.then) || (s.else ? this.hasBreak(s.else) : false);
      default: return false; // loops inside have their own breaks
    }
  }

  private waitAnalysis(): void {
    for (const f of this.fns) f.waits = false;
    let changed = true;
    const waitsDirect = (c: { target: CallTarget }) => (c.target.k === 'builtin' ? c.target.name === 'wait' : Boolean(c.target.decl.waits));
    while (changed) {
      changed = false;
      for (const f of this.fns) {
        if (f.waits) continue;
        if ((this.calls.get(f) ?? []).some(waitsDirect)) {
          f.waits = true;
          changed = true;
        }
      }
    }
    for (const r of this.rules) {
      for (const c of this.calls.get(r) ?? []) {
        if (waitsDirect(c)) {
          const what = c.target.k === 'builtin' ? "'wait'" : `'${c.target.decl.name}' (it waits)`;
          this.diags.error(c.loc, `a rule cannot call ${what}: rules run from the timer interrupt and must finish quickly`);
        }
      }
    }
  }

  // --- statements ---------------------------------------------------------------------------------

  private checkBlock(b: Block, scope: Scope): void {
    for (const s of b.stmts) this.checkStmt(s, scope);
  }

  private checkStmt(s: Stmt, scope: Scope): void {
    if (this.cur.wheres.length && !['let', 'assign', 'where', 'block'].includes(s.k) && !(s.k === 'expr' && s.e.k === 'call')) {
      this.diags.error(s.loc, "inside 'where' only vector and row assignments, 'let' and nested 'where' are allowed");
      return;
    }
    switch (s.k) {
      case 'let': return this.checkLet(s, scope);
      case 'assign': return this.checkAssign(s, scope);
      case 'if': {
        this.checkCond(s.cond, scope, 'if');
        this.checkBlock(s.then, new Scope(scope));
        if (s.else) this.checkBlock(s.else, new Scope(scope));
        return;
      }
      case 'while': {
        this.checkCond(s.cond, scope, 'while');
        this.cur.loops++;
        this.checkBlock(s.body, new Scope(scope));
        this.cur.loops--;
        return;
      }
      case 'for': {
        for (const e of [s.from, s.to]) {
          const t = this.checkExpr(e, I32, scope);
          if (t.k !== 'error' && !isScalar(t, 'i32')) this.diags.error(e.loc, `a 'for' range takes i32 bounds, not ${typeName(t)} (convert with 'as i32')`);
        }
        if (s.step) {
          this.checkExpr(s.step, I32, scope);
          const k = this.foldInt(s.step, "the 'step' of a for loop");
          if (k !== undefined && k <= 0) this.diags.error(s.step.loc, `'step' must be a positive constant, not ${k}`);
          else if (k !== undefined) s.stepValue = k;
        } else s.stepValue = 1;
        s.v.ty = I32;
        const inner = new Scope(scope);
        inner.names.set(s.v.name, { k: 'local', decl: s.v });
        this.cur.loops++;
        this.checkBlock(s.body, new Scope(inner));
        this.cur.loops--;
        return;
      }
      case 'where': {
        const t = this.checkExpr(s.cond, undefined, scope);
        if (t.k === 'error') return;
        if (t.k !== 'lanes') {
          this.diags.error(s.cond.loc, `'where' takes a lane condition such as 'v > 0' on a vector or row, not ${typeName(t)}${isScalar(t, 'bool') ? " (use 'if' for a scalar condition)" : ''}`);
          return;
        }
        this.cur.wheres.push(t);
        this.checkBlock(s.then, new Scope(scope));
        if (s.else) this.checkBlock(s.else, new Scope(scope));
        this.cur.wheres.pop();
        return;
      }
      case 'break': case 'continue':
        if (!this.cur.loops) this.diags.error(s.loc, `'${s.k}' outside a loop`);
        return;
      case 'return': {
        const want = this.cur.ret;
        if (this.cur.rule) {
          if (s.value) this.diags.error(s.value.loc, 'a rule returns no value');
          return;
        }
        if (!s.value) {
          if (want.k !== 'void' && want.k !== 'error') this.diags.error(s.loc, `'return' needs a value of type ${typeName(want)}`);
          return;
        }
        if (want.k === 'void') {
          this.checkExpr(s.value, undefined, scope);
          this.diags.error(s.value.loc, `function '${this.cur.fn?.name}' returns nothing, but a value is given (declare '-> T' to return one)`);
          return;
        }
        this.expectType(s.value, want, scope, 'the returned value');
        return;
      }
      case 'expr': {
        const t = this.checkExpr(s.e, undefined, scope);
        if (s.e.k !== 'call' && s.e.k !== 'error' && t.k !== 'error') this.diags.error(s.e.loc, 'this expression does nothing (only calls can stand alone as statements)');
        return;
      }
      case 'block':
        this.checkBlock(s, new Scope(scope));
        return;
    }
  }

  private checkCond(e: Expr, scope: Scope, what: string): void {
    const t = this.checkExpr(e, BOOL, scope);
    if (t.k === 'error' || isScalar(t, 'bool')) return;
    if (t.k === 'lanes') this.diags.error(e.loc, `'${what}' needs one bool, but this is a lane condition on ${typeName(t.of)} (use 'where' or select() for per-lane conditions)`);
    else if (t.k === 'scalar' && isIntName(t.s)) this.diags.error(e.loc, `'${what}' needs a bool, not ${typeName(t)} (compare with 0: '... != 0')`);
    else this.diags.error(e.loc, `'${what}' needs a bool, not ${typeName(t)}`);
  }

  private checkLet(s: LocalDecl, scope: Scope): void {
    if (s.name === '') {
      // The parser made up this declaration while recovering from a syntax error.
      if (s.init) this.checkExpr(s.init, ERROR, scope);
      s.ty = ERROR;
      return;
    }
    const declared = s.typeExpr ? this.resolveType(s.typeExpr, 'value') : undefined;
    if (declared?.k === 'error') {
      if (s.init) this.checkExpr(s.init, ERROR, scope);
      s.ty = ERROR;
    } else if (s.init) {
      s.ty = declared ? (this.expectType(s.init, declared, scope, `the value of '${s.name}'`), declared) : this.checkExpr(s.init, undefined, scope);
      if (!declared && s.ty.k !== 'error' && !isValueType(s.ty)) {
        this.diags.error(s.init.loc, `a local variable cannot hold ${typeName(s.ty)}${s.ty.k === 'lanes' ? ' (use it in select() or where directly)' : ''}`);
        s.ty = ERROR;
      }
    } else if (declared) {
      if (!s.mutable) this.diags.error(s.nameLoc, `'let ${s.name}' needs a value; use 'var' for a variable that starts at zero`);
      s.ty = declared;
    } else {
      this.diags.error(s.nameLoc, `'${s.name}' needs a type or a value: 'var ${s.name}: i32;' or 'let ${s.name} = 0;'`);
      s.ty = ERROR;
    }
    if (this.cur.wheres.length && s.ty.k === 'scalar') {
      // Scalars computed inside where are unconditional anyway; fine.
    }
    scope.names.set(s.name, { k: 'local', decl: s });
  }

  /** Check that e has type `want` (literals take it); report a mismatch in words. */
  private expectType(e: Expr, want: Type, scope: Scope | undefined, what: string): void {
    const t = this.checkExpr(e, want, scope);
    if (t.k === 'error' || want.k === 'error') return;
    if (!sameType(t, want)) this.diags.error(e.loc, `${what} should be ${typeName(want)}, but this is ${typeName(t)}${conversionHint(t, want)}`);
  }

  private checkAssign(s: Stmt & { k: 'assign' }, scope: Scope): void {
    const tt = this.checkPlace(s.target, scope);
    if (tt.k === 'error') {
      this.checkExpr(s.value, ERROR, scope);
      return;
    }
    if (this.cur.wheres.length) {
      const cond = this.cur.wheres[this.cur.wheres.length - 1]!;
      if (tt.k !== 'vec' && tt.k !== 'row') {
        this.diags.error(s.target.loc, `inside 'where' only vectors and rows are assigned (lane by lane); ${typeName(tt)} is not`);
      } else if (cond.k === 'lanes' && (tt.k !== cond.of.k || bitsOf(tt.lane) !== bitsOf(cond.of.lane))) {
        this.diags.error(s.target.loc, `this 'where' selects lanes of ${typeName(cond.of)}; ${typeName(tt)} has a different lane layout`);
      }
    }
    if (s.op === '=') {
      this.expectType(s.value, tt, scope, 'the assigned value');
      return;
    }
    const op = s.op.slice(0, -1) as '+';
    const fake: Expr = { k: 'binary', op, l: s.target, r: s.value, opLoc: s.loc, loc: s.loc };
    // Type the compound operation like the binary one, with the target already typed.
    const rt = this.binaryType(fake as Expr & { k: 'binary' }, tt, scope, tt);
    if (rt.k !== 'error' && !sameType(rt, tt)) this.diags.error(s.value.loc, `'${s.op}' on ${typeName(tt)} gives ${typeName(rt)}`);
  }

  /** Type of an assignable place, or an error explaining why it is not assignable. */
  private checkPlace(e: Expr, scope: Scope): Type {
    const t = this.checkExpr(e, undefined, scope);
    if (t.k === 'error') return t;
    const why = this.notAssignable(e);
    if (why) {
      this.diags.error(e.loc, why);
      return ERROR;
    }
    if (!isValueType(t)) {
      this.diags.error(e.loc, `cannot assign to ${typeName(t)} as a whole; assign its elements`);
      return ERROR;
    }
    return t;
  }

  private notAssignable(e: Expr): string | undefined {
    switch (e.k) {
      case 'name': {
        const r = e.ref;
        if (!r) return undefined;
        if (r.k === 'local') return r.decl.mutable ? undefined : r.decl.loopVar ? `cannot assign to loop variable '${e.name}'` : `cannot assign to '${e.name}': it was declared with 'let' (use 'var' for a variable)`;
        if (r.k === 'param') return `cannot assign to parameter '${e.name}' (copy it: 'var ${e.name}2 = ${e.name};')`;
        if (r.k === 'const') return `cannot assign to constant '${e.name}'`;
        if (r.k === 'global') return undefined;
        return `cannot assign to '${e.name}'`;
      }
      case 'index': {
        const base = e.e;
        if (base.ty?.k === 'chip') return base.ty.name === 'causal' || base.ty.name === 'anticausal' ? `'${base.ty.name}' is read-only (reset it with reset_${base.ty.name}(r))` : undefined;
        if (base.ty?.k === 'vec' || base.ty?.k === 'row') {
          if (base.k === 'index' && base.e.ty?.k === 'chip') return 'single synapses cannot be written: write the whole row';
          return this.notAssignable(base);
        }
        if (base.ty?.k === 'array' || base.ty?.k === 'ref') {
          if (base.k === 'name' && base.ref?.k === 'const') return `cannot assign to an element of constant array '${base.name}'`;
          return base.k === 'name' ? undefined : this.notAssignable(base);
        }
        return 'this cannot be assigned to';
      }
      case 'field': return undefined;
      default: return 'this cannot be assigned to (only variables, array elements, lanes, chip rows and mailbox fields can)';
    }
  }

  // --- expressions -------------------------------------------------------------------------------

  checkExpr(e: Expr, expected?: Type, scope?: Scope): Type {
    const t = this.exprType(e, expected, scope);
    e.ty = t;
    return t;
  }

  private exprType(e: Expr, expected: Type | undefined, scope: Scope | undefined): Type {
    switch (e.k) {
      case 'error': return ERROR;
      case 'int': case 'frac': case 'time': case 'unary':
        if (isLiteral(e)) return this.literalType(e, expected);
        return this.unaryType(e as Expr & { k: 'unary' }, expected, scope);
      case 'bool': return BOOL;
      case 'name': return this.nameType(e, scope);
      case 'binary':
        if (isLiteral(e)) return this.literalType(e, expected);
        return this.binaryType(e, expected, scope);
      case 'cast': return this.castType(e, scope);
      case 'index': return this.indexType(e, scope);
      case 'field': return this.fieldType(e, scope);
      case 'call': return this.callType(e, expected, scope);
      case 'array': return this.arrayLiteralType(e, expected, scope);
    }
  }

  /** A literal expression (numbers and operators on them) takes the expected type. */
  private literalType(e: Expr, expected: Type | undefined): Type {
    // After an error in the surrounding code (an unknown callee, a bad declared type) a literal's
    // type cannot be known; say nothing more about it.
    if (expected?.k === 'error') return ERROR;
    if (expected && (expected.k === 'vec' || expected.k === 'row')) {
      this.diags.error(e.loc, `expected ${typeName(expected)}, found a single number: fill the lanes with ${expected.k === 'row' ? 'row_splat' : 'splat'}(...)`);
      return ERROR;
    }
    let want: ScalarName;
    if (expected?.k === 'scalar' && expected.s !== 'bool') want = expected.s;
    else if (hasFracLiteral(e)) {
      this.diags.error(e.loc, `cannot tell whether this fraction is fx8 or fx16: give it a type (like 'let x: fx8 = ...' or '... as fx16')`);
      return ERROR;
    } else {
      // Integers default to i32 (u32 if they only fit there).
      const v = this.evalLiteral(e, 'i32', true);
      want = v === undefined ? 'i32' : v > 2 ** 31 - 1 ? 'u32' : 'i32';
    }
    if (e.k === 'time' && !isIntName(want)) {
      this.diags.error(e.loc, `a time (${e.text}) is a number of cycles, not ${want}`);
      return ERROR;
    }
    const ty = scalar(want);
    // Store the checked value: folding and lowering read it from here.
    const v = this.evalLiteral(e, want, false);
    if (v === undefined) return ERROR;
    setLiteralTypes(e, ty);
    (e as { lit?: number }).lit = v;
    return ty;
  }

  /** Value of a literal expression as type s, or undefined after reporting why not. */
  private evalLiteral(e: Expr, s: ScalarName, quiet: boolean): number | undefined {
    const err = (loc: Loc, m: string) => {
      if (!quiet) this.diags.error(loc, m);
      return undefined;
    };
    // Exact integer (or real) arithmetic first; then the range check of the whole literal.
    const exact = (x: Expr): number | bigint | undefined => {
      switch (x.k) {
        case 'int': return x.value;
        case 'time': {
          if (!Number.isInteger(Math.round(x.cycles * 1e6) / 1e6)) return err(x.loc, `${x.text} is ${+x.cycles.toFixed(4)} cycles; a time must be a whole number of cycles (one cycle is 10.2 ns at 98 MHz)`);
          return BigInt(Math.round(x.cycles));
        }
        case 'frac':
          if (!isFracName(s)) return err(x.loc, `expected ${s}, but ${x.text} is a fraction${isIntName(s) ? ' (integers have no decimal point)' : ''}`);
          return x.value;
        case 'unary': {
          const v = exact(x.e);
          if (v === undefined) return undefined;
          return typeof v === 'bigint' ? -v : -v;
        }
        case 'binary': {
          const a = exact(x.l);
          const b = exact(x.r);
          if (a === undefined || b === undefined) return undefined;
          if (typeof a === 'bigint' && typeof b === 'bigint') {
            switch (x.op) {
              case '+': return a + b;
              case '-': return a - b;
              case '*': return a * b;
              case '/': if (b === 0n) return err(x.loc, 'division by zero in a constant'); return a / b;
              case '%': if (b === 0n) return err(x.loc, 'division by zero in a constant'); return a % b;
              case '<<': return b < 0n || b > 64n ? err(x.loc, 'shift amount out of range') : a << b;
              case '>>': return b < 0n || b > 64n ? err(x.loc, 'shift amount out of range') : a >> b;
              case '&': return a & b;
              case '|': return a | b;
              case '^': return a ^ b;
            }
          }
          if (isFracName(s) && ['+', '-', '*'].includes(x.op)) {
            // Fraction literals combine exactly as real numbers; the result is rounded once.
            const fa = Number(a);
            const fb = Number(b);
            return x.op === '+' ? fa + fb : x.op === '-' ? fa - fb : fa * fb;
          }
          return err(x.loc, `'${x.op}' is not defined for ${s} constants`);
        }
        default:
          return err(x.loc, 'not a literal');
      }
    };
    const v = exact(e);
    if (v === undefined) return undefined;
    if (isFracName(s)) {
      if (typeof v === 'bigint') return err(e.loc, `expected ${s}, but ${e.k === 'int' ? e.text : 'this'} is an integer: write a fraction like ${v}.0 (range ${fmtRange(s)})`);
      const raw = S.fracLiteral(s as 'fx8' | 'fx16', v);
      if (raw === undefined) return err(e.loc, `${v} is out of range for ${s} (${fmtRange(s)})${v === 1 ? `; the largest ${s} is ${rawRange(s)[1] / 2 ** (bitsOf(s) - 1)}` : ''}`);
      return raw;
    }
    if (typeof v === 'number') return err(e.loc, `expected ${s}, found a fraction`);
    const [lo, hi] = rawRange(s);
    if (v < BigInt(lo) || v > BigInt(hi)) return err(e.loc, `${v} does not fit ${s} (${fmtRange(s)})`);
    return Number(v);
  }

  private nameType(e: Expr & { k: 'name' }, scope: Scope | undefined): Type {
    const local = scope?.lookup(e.name);
    if (local) {
      e.ref = local.k === 'local' ? { k: 'local', decl: local.decl } : { k: 'param', decl: local.decl, fn: local.fn };
      return local.decl.ty ?? ERROR;
    }
    if (e.name === 'mailbox') {
      e.ref = { k: 'mailbox' };
      return { k: 'mailbox' };
    }
    if ((CHIP_ARRAYS as readonly string[]).includes(e.name)) {
      e.ref = { k: 'chip', name: e.name as 'weights' };
      return { k: 'chip', name: e.name as 'weights' };
    }
    const g = this.lookupGlobal(e.name);
    if (g?.k === 'const') {
      this.checkConst(g.decl);
      e.ref = { k: 'const', decl: g.decl };
      return g.decl.ty ?? ERROR;
    }
    if (g?.k === 'var') {
      e.ref = { k: 'global', decl: g.decl };
      if (!g.decl.ty) this.diags.error(e.loc, `global '${e.name}' is used in a constant before its type is known; give it a type`);
      return g.decl.ty ?? ERROR;
    }
    if (g?.k === 'fn') {
      this.diags.error(e.loc, `'${e.name}' is a function: call it with '${e.name}(...)'`);
      return ERROR;
    }
    if (g?.k === 'rule') {
      this.diags.error(e.loc, `'${e.name}' is a rule; rules run by themselves and cannot be used in expressions`);
      return ERROR;
    }
    if (BUILTIN_SET.has(e.name)) {
      this.diags.error(e.loc, `'${e.name}' is a built-in function: call it with '${e.name}(...)'`);
      return ERROR;
    }
    if ((SCALAR_NAMES as readonly string[]).includes(e.name)) {
      this.diags.error(e.loc, `'${e.name}' is a type, not a value`);
      return ERROR;
    }
    const s = suggest(e.name, this.allNames(scope));
    this.diags.error(e.loc, `unknown name '${e.name}'${s ? `; did you mean '${s}'?` : ''}`);
    return ERROR;
  }

  private unaryType(e: Expr & { k: 'unary' }, expected: Type | undefined, scope: Scope | undefined): Type {
    const t = this.checkExpr(e.e, e.op === '!' ? BOOL : expected, scope);
    if (t.k === 'error') return t;
    const lane = laneOf(t);
    switch (e.op) {
      case '!':
        if (isScalar(t, 'bool')) return t;
        this.diags.error(e.loc, `'!' needs a bool, not ${typeName(t)}${lane && isIntName(lane) ? " (for bitwise not use '~')" : ''}`);
        return ERROR;
      case '~':
        if (t.k === 'scalar' && isIntName(t.s)) return t;
        this.diags.error(e.loc, `'~' (bitwise not) needs a scalar integer, not ${typeName(t)}${t.k === 'vec' || t.k === 'row' ? ' (the vector unit has no bitwise operations)' : ''}`);
        return ERROR;
      case '-':
        if (lane && lane !== 'bool' && (t.k === 'scalar' || lane !== 'u8')) return t;
        this.diags.error(e.loc, `'-' cannot negate ${typeName(t)}`);
        return ERROR;
    }
  }

  /** Type of a binary operation, with a literal operand taking the other operand's (lane) type. */
  binaryType(e: Expr & { k: 'binary' }, expected: Type | undefined, scope: Scope | undefined, knownLeft?: Type): Type {
    const op = e.op;
    if (op === '&&' || op === '||') {
      let bad = false;
      for (const side of [e.l, e.r]) {
        const t = side === e.l && knownLeft ? knownLeft : this.checkExpr(side, BOOL, scope);
        if (t.k !== 'error' && !isScalar(t, 'bool') && !bad) {
          bad = true;
          this.diags.error(side.loc, `'${op}' needs bool operands, not ${typeName(t)}${t.k === 'lanes' ? " (lane conditions cannot be combined; nest 'where' or select())" : ''}`);
        }
      }
      return bad ? ERROR : BOOL;
    }
    const isCmp = ['==', '!=', '<', '<=', '>', '>='].includes(op);
    const isShift = op === '<<' || op === '>>';
    let lt: Type;
    let rt: Type;
    const litL = !knownLeft && isLiteral(e.l);
    const litR = isLiteral(e.r);
    const hint = !isCmp && expected && expected.k === 'scalar' ? expected : undefined;
    if (isShift) {
      lt = knownLeft ?? this.checkExpr(e.l, hint, scope);
      rt = this.checkExpr(e.r, litR ? (lt.k === 'scalar' ? scalar(lt.s === 'u32' ? 'u32' : 'i32') : I32) : undefined, scope);
    } else if (litL && !litR) {
      rt = this.checkExpr(e.r, hint, scope);
      lt = this.checkExpr(e.l, laneType(rt) ?? hint, scope);
    } else {
      lt = knownLeft ?? this.checkExpr(e.l, litR || !isCmp ? hint : undefined, scope);
      rt = this.checkExpr(e.r, litR ? laneType(lt) ?? hint : undefined, scope);
    }
    if (lt.k === 'error' || rt.k === 'error') return ERROR;
    const where = `'${op}'`;
    const shape = (t: Type) => t.k === 'vec' || t.k === 'row';

    if (isShift) {
      const lane = laneOf(lt);
      if (!lane || lane === 'bool' || !isValueType(lt)) {
        this.diags.error(e.l.loc, `${where} shifts integers, fractions, vectors and rows, not ${typeName(lt)}`);
        return ERROR;
      }
      if (rt.k !== 'scalar' || !isIntName(rt.s)) {
        this.diags.error(e.r.loc, `the shift amount must be an integer, not ${typeName(rt)}`);
        return ERROR;
      }
      if (shape(lt)) {
        const k = this.fold(e.r);
        if (typeof k !== 'number') {
          this.diags.error(e.r.loc, 'vectors and rows shift by a constant amount (the vector unit has no variable shifts)');
          return ERROR;
        }
        if (k < 0 || k > 15) {
          this.diags.error(e.r.loc, `vector shifts take an amount 0..15, not ${k}`);
          return ERROR;
        }
        if (op === '>>' && lane === 'u8') {
          this.diags.error(e.loc, "the vector unit shifts right arithmetically only, so u8 lanes cannot be shifted right; use frac() (c / 256) or convert with 'as i8'");
          return ERROR;
        }
      }
      return lt;
    }

    // Operands: same type, or a vector/row with a scalar of its lane type (broadcast).
    let result: Type;
    if (sameType(lt, rt)) result = lt;
    else if (shape(lt) && rt.k === 'scalar' && laneOf(lt) === rt.s) result = lt;
    else if (shape(rt) && lt.k === 'scalar' && laneOf(rt) === lt.s) result = rt;
    else {
      this.diags.error(e.opLoc, `${where} needs operands of the same type, but the left is ${typeName(lt)} and the right is ${typeName(rt)}${mixHint(lt, rt)}`);
      return ERROR;
    }
    const lane = laneOf(result);
    if (!lane || !isValueType(result)) {
      this.diags.error(e.opLoc, `${where} is not defined for ${typeName(result)}`);
      return ERROR;
    }
    const vector = shape(result);
    if (isCmp) {
      if (lane === 'bool' && op !== '==' && op !== '!=') {
        this.diags.error(e.opLoc, `${where} does not order bools (use == or !=)`);
        return ERROR;
      }
      if (vector) return { k: 'lanes', of: result as Type & { k: 'vec' } };
      return BOOL;
    }
    if (lane === 'bool') {
      this.diags.error(e.opLoc, `${where} is not defined for bool${op === '&' ? " (use '&&')" : op === '|' ? " (use '||')" : ''}`);
      return ERROR;
    }
    switch (op) {
      case '+': case '-': case '*':
        if (vector && lane === 'u8' && op === '*') {
          this.diags.error(e.opLoc, "u8 lanes cannot be multiplied; convert them first (frac() or 'as i8')");
          return ERROR;
        }
        return result;
      case '/': case '%':
        if (vector) {
          this.diags.error(e.opLoc, `${where} is not available for vectors and rows (the vector unit cannot divide)`);
          return ERROR;
        }
        if (isFracName(lane)) {
          this.diags.error(e.opLoc, `fractions cannot be divided; multiply by a constant instead (x * 0.25 for x / 4) or shift (x >> 2)`);
          return ERROR;
        }
        return result;
      case '&': case '|': case '^':
        if (vector) {
          this.diags.error(e.opLoc, `${where} is not available for vectors and rows (the vector unit has no bitwise operations)`);
          return ERROR;
        }
        if (isFracName(lane)) {
          this.diags.error(e.opLoc, `${where} is not defined for fractions; use raw() to work on their bits`);
          return ERROR;
        }
        return result;
    }
    return ERROR;
  }

  private castType(e: Expr & { k: 'cast' }, scope: Scope | undefined): Type {
    const to = this.resolveType(e.type, 'value');
    e.to = to;
    const from = this.checkExpr(e.e, isLiteral(e.e) && to.k === 'scalar' && !hasFracLiteral(e.e) ? undefined : isLiteral(e.e) ? to : undefined, scope);
    if (from.k === 'error' || to.k === 'error') return ERROR;
    if (sameType(from, to)) return to;
    if (from.k === 'scalar' && to.k === 'scalar') {
      if (isIntName(from.s) && isIntName(to.s)) return to;
      if (from.s === 'bool' && isIntName(to.s)) return to;
      if (isFracName(from.s) && isFracName(to.s)) return to;
      if (to.s === 'bool') {
        this.diags.error(e.loc, `cannot convert ${from.s} to bool; compare instead ('x != 0')`);
        return ERROR;
      }
      if (isFracName(from.s) && isIntName(to.s)) {
        this.diags.error(e.loc, `cannot convert a fraction to ${to.s} with 'as'; raw(x) gives the bits as ${from.s === 'fx8' ? 'i8' : 'i16'}`);
        return ERROR;
      }
      if (isIntName(from.s) && isFracName(to.s)) {
        this.diags.error(e.loc, `cannot convert ${from.s} to a fraction with 'as'; ${to.s === 'fx8' ? 'frac8' : 'frac16'}(x) reads the low bits as a fraction${from.s === 'u8' ? ', frac(c) gives c / 256' : ''}`);
        return ERROR;
      }
    }
    if ((from.k === 'vec' || from.k === 'row') && from.k === to.k) {
      const a = from.lane;
      const b = (to as { lane: LaneName }).lane;
      if ((a === 'i8' || a === 'u8') && (b === 'i8' || b === 'u8')) return to;
      this.diags.error(e.loc, `cannot convert ${typeName(from)} to ${typeName(to)} with 'as'${isFracName(a) && !isFracName(b) ? '; raw() gives the bits' : !isFracName(a) && isFracName(b) ? '; frac8()/frac16() read integers as fractions and frac() reads u8 as c / 256' : ''}`);
      return ERROR;
    }
    this.diags.error(e.loc, `cannot convert ${typeName(from)} to ${typeName(to)}`);
    return ERROR;
  }

  private checkIndexValue(e: Expr, scope: Scope | undefined): boolean {
    const t = this.checkExpr(e, I32, scope);
    if (t.k === 'error') return false;
    if (t.k !== 'scalar' || !isIntName(t.s)) {
      this.diags.error(e.loc, `an index must be an integer, not ${typeName(t)}`);
      return false;
    }
    return true;
  }

  private staticIndexCheck(index: Expr, len: number, what: string): void {
    const v = this.fold(index);
    if (typeof v === 'number' && (v < 0 || v >= len)) this.diags.error(index.loc, `index ${v} is out of range: ${what} has ${len} elements (0..${len - 1})`);
  }

  private indexType(e: Expr & { k: 'index' }, scope: Scope | undefined): Type {
    const bt = this.checkExpr(e.e, undefined, scope);
    const ok = this.checkIndexValue(e.index, scope);
    if (bt.k === 'error' || !ok) return ERROR;
    switch (bt.k) {
      case 'array':
        this.staticIndexCheck(e.index, bt.len, describeBase(e.e));
        return bt.elem;
      case 'ref':
        this.staticIndexCheck(e.index, bt.arr.len, describeBase(e.e));
        return bt.arr.elem;
      case 'vec': case 'row':
        this.staticIndexCheck(e.index, laneCount(bt), `${typeName(bt)}`);
        return scalar(bt.lane);
      case 'chip':
        this.staticIndexCheck(e.index, 32, `'${bt.name}'`);
        return row(bt.name === 'causal' || bt.name === 'anticausal' ? 'u8' : 'i8');
      default:
        this.diags.error(e.e.loc, `${typeName(bt)} cannot be indexed`);
        return ERROR;
    }
  }

  private fieldType(e: Expr & { k: 'field' }, scope: Scope | undefined): Type {
    const bt = this.checkExpr(e.e, undefined, scope);
    if (bt.k === 'error') return ERROR;
    if (bt.k !== 'mailbox') {
      this.diags.error(e.nameLoc, `only the mailbox has fields ('mailbox.${e.name}'), not ${typeName(bt)}`);
      return ERROR;
    }
    const f = this.mailboxFields.get(e.name);
    if (!f) {
      const s = suggest(e.name, this.mailboxFields.keys());
      this.diags.error(e.nameLoc, this.mailboxDecl ? `the mailbox has no field '${e.name}'${s ? `; did you mean '${s}'?` : ''}` : `there is no mailbox declaration; declare the field: 'mailbox { ${e.name}: i32 @ 0x000 }'`);
      return ERROR;
    }
    e.field = f;
    return f.ty ?? ERROR;
  }

  private arrayLiteralType(e: Expr & { k: 'array' }, expected: Type | undefined, scope: Scope | undefined): Type {
    if (!expected || expected.k === 'error') {
      for (const x of e.elems) this.checkExpr(x, undefined, scope);
      if (expected?.k !== 'error') this.diags.error(e.loc, 'cannot tell the type of this list; give the variable or constant a type ([T; N], vec<T> or row<T>)');
      return ERROR;
    }
    let elem: Type;
    let n: number;
    if (expected.k === 'array') {
      elem = expected.elem;
      n = expected.len;
    } else if (expected.k === 'vec' || expected.k === 'row') {
      elem = scalar(expected.lane);
      n = laneCount(expected);
    } else {
      this.diags.error(e.loc, `expected ${typeName(expected)}, found a list`);
      return ERROR;
    }
    if (e.elems.length !== n) {
      this.diags.error(e.loc, `${typeName(expected)} needs ${n} elements, but the list has ${e.elems.length}`);
    }
    for (const x of e.elems) this.expectType(x, elem, scope, 'the element');
    return expected;
  }

  // --- calls -------------------------------------------------------------------------------------

  private recordCall(target: CallTarget, loc: Loc): void {
    const owner = this.cur.fn ?? this.cur.rule;
    if (owner) this.calls.get(owner)?.push({ target, loc });
  }

  private callType(e: Expr & { k: 'call' }, expected: Type | undefined, scope: Scope | undefined): Type {
    const g = this.lookupGlobal(e.callee);
    if (g?.k === 'fn') return this.userCall(e, g.decls, scope);
    if (BUILTIN_SET.has(e.callee)) {
      e.target = { k: 'builtin', name: e.callee };
      this.recordCall(e.target, e.loc);
      return this.builtinCall(e, e.callee as BuiltinName, expected, scope);
    }
    for (const a of e.args) this.checkExpr(a, ERROR, scope);
    if (g) {
      this.diags.error(e.calleeLoc, `'${e.callee}' is not a function`);
      return ERROR;
    }
    if (scope?.lookup(e.callee)) {
      this.diags.error(e.calleeLoc, `'${e.callee}' is a variable, not a function`);
      return ERROR;
    }
    const fnNames = [...this.globals, ...this.stdGlobals].filter(([, s]) => s.k === 'fn').map(([n]) => n);
    const s = suggest(e.callee, [...fnNames, ...BUILTINS]);
    this.diags.error(e.calleeLoc, `unknown function '${e.callee}'${s ? `; did you mean '${s}'?` : ''}`);
    return ERROR;
  }

  private userCall(e: Expr & { k: 'call' }, decls: FnDecl[], scope: Scope | undefined): Type {
    if (decls.length === 1) {
      // One candidate: every argument is checked against its parameter (literals and splat() take its type).
      const f = decls[0]!;
      if (f.params.length !== e.args.length) {
        for (const a of e.args) this.checkExpr(a, ERROR, scope);
        this.diags.error(e.loc, `'${f.name}' takes ${f.params.length} argument${f.params.length === 1 ? '' : 's'} (${f.params.map((p) => `${p.name}: ${typeName(p.ty!)}`).join(', ')}), but ${e.args.length} ${e.args.length === 1 ? 'is' : 'are'} given`, [{ loc: f.nameLoc, message: `'${f.name}' is defined here` }]);
        return f.ret ?? ERROR;
      }
      let ok = true;
      f.params.forEach((p, i) => {
        const a = e.args[i]!;
        const pt = p.ty!;
        const want = pt.k === 'ref' ? pt.arr : pt;
        const at = this.checkExpr(a, pt.k === 'ref' ? undefined : want, scope);
        if (at.k === 'error' || pt.k === 'error') {
          ok = false;
          return;
        }
        const fits = pt.k === 'ref' ? (at.k === 'array' && sameType(at, pt.arr)) || (at.k === 'ref' && sameType(at.arr, pt.arr)) : sameType(at, pt);
        if (!fits) {
          ok = false;
          this.diags.error(a.loc, `argument ${i + 1} of '${f.name}' (${p.name}) should be ${typeName(pt)}, but this is ${typeName(at)}${conversionHint(at, pt)}`);
        }
      });
      if (ok) {
        e.target = { k: 'fn', decl: f };
        this.recordCall(e.target, e.loc);
      }
      return f.ret ?? ERROR;
    }
    // Type the non-literal arguments first; literals take the parameter's type of the chosen overload.
    const argTypes: (Type | undefined)[] = e.args.map((a) => (isLiteral(a) || a.k === 'array' ? undefined : this.checkExpr(a, undefined, scope)));
    if (argTypes.some((t) => t?.k === 'error')) {
      e.args.forEach((a, i) => argTypes[i] === undefined && this.checkExpr(a, undefined, scope));
      return decls.length === 1 ? decls[0]!.ret ?? ERROR : ERROR;
    }
    const fits = (f: FnDecl) =>
      f.params.length === e.args.length &&
      f.params.every((p, i) => {
        const at = argTypes[i];
        const pt = p.ty!;
        if (pt.k === 'error') return true;
        if (at === undefined) return this.literalFits(e.args[i]!, pt);
        if (pt.k === 'ref') return at.k === 'array' ? sameType(at, pt.arr) : at.k === 'ref' && sameType(at.arr, pt.arr);
        return sameType(at, pt);
      });
    let cands = decls.filter(fits);
    if (cands.length > 1) {
      // Prefer i32 for integer literals and exact types over the rest.
      const score = (f: FnDecl) => f.params.reduce((s, p, i) => s + (argTypes[i] === undefined && isScalar(p.ty!, 'i32') ? 1 : 0), 0);
      const best = Math.max(...cands.map(score));
      cands = cands.filter((f) => score(f) === best);
    }
    if (cands.length !== 1) {
      e.args.forEach((a, i) => argTypes[i] === undefined && this.checkExpr(a, undefined, scope));
      const sig = (f: FnDecl) => `${f.name}(${f.params.map((p) => typeName(p.ty!)).join(', ')})`;
      const given = `(${e.args.map((a, i) => (argTypes[i] ? typeName(argTypes[i]!) : a.ty ? typeName(a.ty) : 'a literal')).join(', ')})`;
      if (decls.length === 1) {
        const f = decls[0]!;
        if (f.params.length !== e.args.length) {
          this.diags.error(e.loc, `'${f.name}' takes ${f.params.length} argument${f.params.length === 1 ? '' : 's'} (${f.params.map((p) => `${p.name}: ${typeName(p.ty!)}`).join(', ')}), but ${e.args.length} ${e.args.length === 1 ? 'is' : 'are'} given`, [{ loc: f.nameLoc, message: `'${f.name}' is defined here` }]);
        } else {
          f.params.forEach((p, i) => {
            const a = e.args[i]!;
            if (argTypes[i] === undefined) this.expectType(a, p.ty!, scope, `argument ${i + 1} of '${f.name}' (${p.name})`);
            else {
              const at = argTypes[i]!;
              const pt = p.ty!;
              const ok = pt.k === 'ref' ? (at.k === 'array' && sameType(at, pt.arr)) || (at.k === 'ref' && sameType(at.arr, pt.arr)) : sameType(at, pt) || pt.k === 'error';
              if (!ok) this.diags.error(a.loc, `argument ${i + 1} of '${f.name}' (${p.name}) should be ${typeName(pt)}, but this is ${typeName(at)}${conversionHint(at, pt)}`);
            }
          });
        }
      } else if (cands.length === 0) {
        this.diags.error(e.calleeLoc, `no '${e.callee}' takes ${given}; there are: ${decls.map(sig).join(', ')}`);
      } else {
        this.diags.error(e.calleeLoc, `the call of '${e.callee}' is ambiguous: ${cands.map(sig).join(' and ')} both fit; give the literal arguments a type ('5 as i8')`);
      }
      return decls.length === 1 ? decls[0]!.ret ?? ERROR : ERROR;
    }
    const f = cands[0]!;
    e.args.forEach((a, i) => {
      if (argTypes[i] === undefined) this.expectType(a, f.params[i]!.ty!, scope, `argument ${i + 1} of '${f.name}'`);
    });
    e.target = { k: 'fn', decl: f };
    this.recordCall(e.target, e.loc);
    return f.ret ?? ERROR;
  }

  private literalFits(a: Expr, pt: Type): boolean {
    if (a.k === 'array') return pt.k === 'vec' || pt.k === 'row';
    if (pt.k !== 'scalar' || pt.s === 'bool') return false;
    if (hasFracLiteral(a)) return isFracName(pt.s) && this.evalLiteral(a, pt.s, true) !== undefined;
    return isIntName(pt.s) && this.evalLiteral(a, pt.s, true) !== undefined;
  }

  private argCount(e: Expr & { k: 'call' }, n: number | [number, number], usage: string): boolean {
    const [lo, hi] = typeof n === 'number' ? [n, n] : n;
    if (e.args.length < lo || e.args.length > hi) {
      this.diags.error(e.loc, `${e.callee}() takes ${lo === hi ? lo : `${lo} or ${hi}`} argument${hi === 1 ? '' : 's'}: ${usage}`);
      return false;
    }
    return true;
  }

  private intArg(a: Expr, scope: Scope | undefined, what: string, want: Type = I32): boolean {
    const t = this.checkExpr(a, want, scope);
    if (t.k === 'error') return false;
    if (t.k !== 'scalar' || !isIntName(t.s)) {
      this.diags.error(a.loc, `${what} must be an integer, not ${typeName(t)}`);
      return false;
    }
    return true;
  }

  private builtinCall(e: Expr & { k: 'call' }, name: BuiltinName, expected: Type | undefined, scope: Scope | undefined): Type {
    const args = e.args;
    const checkAll = () => args.forEach((a) => this.checkExpr(a, undefined, scope));
    switch (name) {
      case 'time':
        if (!this.argCount(e, 0, 'time()')) return (checkAll(), ERROR);
        return U32;
      case 'halt': case 'sync': case 'reset_rates':
        if (!this.argCount(e, 0, `${name}()`)) return (checkAll(), ERROR);
        return VOID;
      case 'wait':
        if (!this.argCount(e, 1, 'wait(cycles), e.g. wait(20us) or wait(2000 cycles)')) return (checkAll(), ERROR);
        if (this.cur.rule === undefined && !this.cur.fn) return VOID;
        this.intArg(args[0]!, scope, 'the time to wait', U32);
        return VOID;
      case 'rate':
        if (!this.argCount(e, 1, 'rate(neuron)')) return (checkAll(), ERROR);
        this.intArg(args[0]!, scope, 'the neuron');
        this.staticIndexCheck(args[0]!, 32, 'the chip (neurons)');
        return I32;
      case 'reset_rate':
        if (!this.argCount(e, 1, 'reset_rate(neuron)')) return (checkAll(), ERROR);
        this.intArg(args[0]!, scope, 'the neuron');
        this.staticIndexCheck(args[0]!, 32, 'the chip (neurons)');
        return VOID;
      case 'inject':
        if (!this.argCount(e, 2, 'inject(rows: u32, address: i32)')) return (checkAll(), ERROR);
        this.intArg(args[0]!, scope, 'the row mask', U32);
        this.intArg(args[1]!, scope, 'the event address');
        this.staticIndexCheck(args[1]!, 64, 'the event address space');
        return VOID;
      case 'reset_causal': case 'reset_anticausal': case 'reset_correlation':
        if (!this.argCount(e, 1, `${name}(row)`)) return (checkAll(), ERROR);
        this.intArg(args[0]!, scope, 'the row');
        this.staticIndexCheck(args[0]!, 32, 'the synapse array (rows)');
        return VOID;
      case 'capmem':
        if (!this.argCount(e, 2, 'capmem(row, column)')) return (checkAll(), ERROR);
        this.intArg(args[0]!, scope, 'the capmem row');
        this.intArg(args[1]!, scope, 'the capmem column');
        this.staticIndexCheck(args[0]!, 24, 'the capacitive memory (rows)');
        this.staticIndexCheck(args[1]!, 33, 'the capacitive memory (columns)');
        return I32;
      case 'set_capmem':
        if (!this.argCount(e, 3, 'set_capmem(row, column, value)')) return (checkAll(), ERROR);
        this.intArg(args[0]!, scope, 'the capmem row');
        this.intArg(args[1]!, scope, 'the capmem column');
        this.intArg(args[2]!, scope, 'the capmem value');
        this.staticIndexCheck(args[0]!, 24, 'the capacitive memory (rows)');
        this.staticIndexCheck(args[1]!, 33, 'the capacitive memory (columns)');
        return VOID;
      case 'raw': {
        if (!this.argCount(e, 1, 'raw(x) with x a fraction, vector or row of fractions')) return (checkAll(), ERROR);
        const t = this.checkExpr(args[0]!, undefined, scope);
        if (t.k === 'error') return ERROR;
        const lane = laneOf(t);
        if (lane === 'fx8' || lane === 'fx16') {
          const to: LaneName = lane === 'fx8' ? 'i8' : 'i16';
          return t.k === 'scalar' ? scalar(to) : t.k === 'vec' ? vec(to) : row('i8');
        }
        this.diags.error(args[0]!.loc, `raw() takes a fraction (fx8, fx16, or vectors and rows of them), not ${typeName(t)}`);
        return ERROR;
      }
      case 'frac8': case 'frac16': {
        const bits = name === 'frac8' ? 8 : 16;
        if (!this.argCount(e, 1, `${name}(x) with x an integer`)) return (checkAll(), ERROR);
        const t = this.checkExpr(args[0]!, isLiteral(args[0]!) ? scalar(bits === 8 ? 'i8' : 'i16') : undefined, scope);
        if (t.k === 'error') return ERROR;
        if (t.k === 'scalar' && isIntName(t.s)) return scalar(bits === 8 ? 'fx8' : 'fx16');
        if (t.k === 'vec' && bits === 8 && (t.lane === 'i8' || t.lane === 'u8')) return vec('fx8');
        if (t.k === 'vec' && bits === 16 && t.lane === 'i16') return vec('fx16');
        if (t.k === 'row' && bits === 8 && (t.lane === 'i8' || t.lane === 'u8')) return row('fx8');
        this.diags.error(args[0]!.loc, `${name}() reads integers as fractions; it does not take ${typeName(t)}`);
        return ERROR;
      }
      case 'frac': {
        if (!this.argCount(e, 1, 'frac(c) with c: u8 (or a vector or row of u8)')) return (checkAll(), ERROR);
        const t = this.checkExpr(args[0]!, isLiteral(args[0]!) ? scalar('u8') : undefined, scope);
        if (t.k === 'error') return ERROR;
        if (laneOf(t) === 'u8') return t.k === 'scalar' ? scalar('fx8') : t.k === 'vec' ? vec('fx8') : row('fx8');
        this.diags.error(args[0]!.loc, `frac() turns unsigned bytes (u8, like correlation readings) into fractions c / 256; it does not take ${typeName(t)}${laneOf(t) === 'i8' ? ' (frac8() reads i8 as a fraction)' : ''}`);
        return ERROR;
      }
      case 'splat': case 'row_splat': {
        if (!this.argCount(e, 1, `${name}(x) with x a scalar`)) return (checkAll(), ERROR);
        const wantRow = name === 'row_splat' || expected?.k === 'row';
        const laneHint = expected?.k === 'error' ? ERROR : expected && (expected.k === 'vec' || expected.k === 'row') ? scalar(expected.lane) : undefined;
        const t = this.checkExpr(args[0]!, laneHint, scope);
        if (t.k === 'error') return ERROR;
        if (t.k !== 'scalar' || t.s === 'bool' || t.s === 'i32' || t.s === 'u32' || t.s === 'u16') {
          this.diags.error(args[0]!.loc, `${name}() fills lanes of type i8, u8, fx8${wantRow ? '' : ', i16 or fx16'}; it does not take ${typeName(t)}`);
          return ERROR;
        }
        if (wantRow) {
          if (bitsOf(t.s) !== 8) {
            this.diags.error(args[0]!.loc, `rows have byte lanes (i8, u8, fx8), not ${t.s}`);
            return ERROR;
          }
          return row(t.s as RowLane);
        }
        return vec(t.s as LaneName);
      }
      case 'select': {
        if (!this.argCount(e, 3, 'select(condition, a, b): a where the condition holds, b elsewhere')) return (checkAll(), ERROR);
        const ct = this.checkExpr(args[0]!, undefined, scope);
        if (ct.k === 'error') {
          args.slice(1).forEach((a) => this.checkExpr(a, undefined, scope));
          return ERROR;
        }
        if (ct.k === 'scalar' && ct.s === 'bool') {
          // Scalar select: both values of one type.
          const [a, b] = [args[1]!, args[2]!];
          const at = isLiteral(a) && !isLiteral(b) ? undefined : this.checkExpr(a, expected, scope);
          const bt = this.checkExpr(b, at ?? expected, scope);
          const at2 = at ?? this.checkExpr(a, bt, scope);
          if (at2.k === 'error' || bt.k === 'error') return ERROR;
          if (!sameType(at2, bt)) {
            this.diags.error(e.loc, `select() needs two values of the same type, not ${typeName(at2)} and ${typeName(bt)}`);
            return ERROR;
          }
          if (!isValueType(at2)) {
            this.diags.error(e.loc, `select() chooses between scalars, vectors or rows, not ${typeName(at2)}`);
            return ERROR;
          }
          return at2;
        }
        if (ct.k !== 'lanes') {
          this.diags.error(args[0]!.loc, `select() takes a lane condition (like 'v > w') or a bool, not ${typeName(ct)}`);
          args.slice(1).forEach((a) => this.checkExpr(a, undefined, scope));
          return ERROR;
        }
        const shape = ct.of;
        // The result has the shape of the condition; the lane type comes from the values.
        const vals = [args[1]!, args[2]!];
        const types: (Type | undefined)[] = vals.map((v) => (isLiteral(v) ? undefined : this.checkExpr(v, expected, scope)));
        const known = types.find((t) => t && t.k !== 'error');
        if (types.some((t) => t?.k === 'error')) return ERROR;
        let res: Type;
        if (known && (known.k === 'vec' || known.k === 'row')) res = known;
        else if (known?.k === 'scalar') res = shape.k === 'row' ? row(known.s as RowLane) : vec(known.s as LaneName);
        else if (expected && (expected.k === 'vec' || expected.k === 'row')) res = expected;
        else res = shape;
        const lane = laneOf(res)!;
        vals.forEach((v, i) => {
          if (types[i] === undefined) types[i] = this.checkExpr(v, scalar(lane), scope);
        });
        for (let i = 0; i < 2; i++) {
          const t = types[i]!;
          if (t.k === 'error') return ERROR;
          if (!(sameType(t, res) || (t.k === 'scalar' && t.s === lane))) {
            this.diags.error(vals[i]!.loc, `select() values must be ${typeName(res)} (or its lane type ${lane}), not ${typeName(t)}`);
            return ERROR;
          }
        }
        if (res.k !== shape.k || bitsOf((res as { lane: LaneName }).lane) !== bitsOf(shape.lane)) {
          this.diags.error(e.loc, `the condition is on ${typeName(shape)}, but the values are ${typeName(res)}: the lanes do not line up`);
          return ERROR;
        }
        return res;
      }
    }
  }

  // --- constant folding -------------------------------------------------------------------------------

  foldInt(e: Expr, what: string): number | undefined {
    if (e.ty?.k === 'error') return undefined;
    const v = this.fold(e);
    if (typeof v !== 'number' || !e.ty || e.ty.k !== 'scalar' || !isIntName(e.ty.s)) {
      this.diags.error(e.loc, `${what} must be an integer constant`);
      return undefined;
    }
    return v;
  }

  /** The value of a checked expression if it is known at compile time. */
  fold(e: Expr): Value | undefined {
    return foldExpr(e);
  }
}

/** Constant value of a checked expression, or undefined when it depends on run time. */
export function foldExpr(e: Expr): Value | undefined {
  const lit = (e as { lit?: number }).lit;
  if (lit !== undefined) return lit;
  const t = e.ty;
  if (!t || t.k === 'error') return undefined;
  switch (e.k) {
    case 'bool': return e.value ? 1 : 0;
    case 'name':
      if (e.ref?.k === 'const') return e.ref.decl.folded === undefined ? undefined : cloneValue(e.ref.decl.folded as Value);
      return undefined;
    case 'array': {
      const out: Value[] = [];
      for (const x of e.elems) {
        const v = foldExpr(x);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'unary': {
      const v = foldExpr(e.e);
      if (v === undefined) return undefined;
      return mapLanes(t, [v], (s, [a]) => (e.op === '-' ? S.neg(s, a!) : e.op === '~' ? S.not(s, a!) : a ? 0 : 1));
    }
    case 'binary': {
      if (e.op === '&&' || e.op === '||') {
        const a = foldExpr(e.l);
        if (a === undefined) return undefined;
        if (e.op === '&&' && !a) return 0;
        if (e.op === '||' && a) return 1;
        return foldExpr(e.r);
      }
      const a = foldExpr(e.l);
      const b = foldExpr(e.r);
      if (a === undefined || b === undefined) return undefined;
      if (t.k === 'lanes') return undefined;
      if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) return S.compare(e.op as S.CmpOp, a as number, b as number) ? 1 : 0;
      const bv = Array.isArray(a) && !Array.isArray(b) && e.op !== '<<' && e.op !== '>>' ? new Array((a as number[]).length).fill(b) : b;
      const av = Array.isArray(b) && !Array.isArray(a) ? new Array((b as number[]).length).fill(a) : a;
      try {
        return mapLanes(t, [av, bv], (s, [x, y]) => binaryOp(e.op, s, x!, y!), e.op === '<<' || e.op === '>>' ? 1 : 2);
      } catch (err) {
        if (err instanceof S.DivideByZero) return undefined;
        throw err;
      }
    }
    case 'cast': {
      const v = foldExpr(e.e);
      if (v === undefined) return undefined;
      const from = e.e.ty!;
      return convertValue(from, t, v);
    }
    case 'call': {
      if (e.target?.k !== 'builtin') return undefined;
      const args = e.args.map(foldExpr);
      if (args.some((a) => a === undefined)) return undefined;
      const a = args[0]!;
      switch (e.target.name) {
        case 'raw': return cloneValue(a);
        case 'frac8': return mapLanes(t, [a], (_s, [x]) => S.convertInt('i8', x!));
        case 'frac16': return mapLanes(t, [a], (_s, [x]) => S.convertInt('i16', x!));
        case 'frac': return mapLanes(t, [a], (_s, [x]) => S.fracOfU8(x!));
        case 'splat': case 'row_splat': return new Array(laneCount(t as Type & { k: 'vec' })).fill(a);
        default: return undefined;
      }
    }
    case 'index': {
      const b = foldExpr(e.e);
      const i = foldExpr(e.index);
      if (!Array.isArray(b) || typeof i !== 'number' || i < 0 || i >= b.length) return undefined;
      return cloneValue(b[i]!);
    }
    default:
      return undefined;
  }
}

export function binaryOp(op: string, s: S.Num, a: number, b: number): number {
  switch (op) {
    case '+': return S.add(s, a, b);
    case '-': return S.sub(s, a, b);
    case '*': return S.mul(s, a, b);
    case '/': return S.div(s, a, b);
    case '%': return S.rem(s, a, b);
    case '&': return S.and(s, a, b);
    case '|': return S.or(s, a, b);
    case '^': return S.xor(s, a, b);
    case '<<': return S.shl(s, a, b);
    case '>>': return S.shr(s, a, b);
  }
  throw new Error(`binaryOp ${op}`);
}

/** Apply a per-lane operation to scalar or vector values (the result type gives the lane type). */
export function mapLanes(t: Type, vals: Value[], f: (s: S.Num, lanes: number[]) => number, vectorArgs = vals.length): Value {
  const s = laneOf(t) as S.Num;
  if (t.k === 'scalar') return f(s, vals as number[]);
  const n = laneCount(t as Type & { k: 'vec' });
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(f(s, vals.map((v, j) => (j < vectorArgs && Array.isArray(v) ? (v as number[])[i]! : (v as number)))));
  return out;
}

export function convertValue(from: Type, to: Type, v: Value): Value {
  if (from.k === 'scalar' && to.k === 'scalar') {
    if (isFracName(from.s) && isFracName(to.s)) return S.convertFrac(from.s as 'fx8', to.s as 'fx8', v as number);
    return S.convertInt(to.s, v as number);
  }
  if ((from.k === 'vec' || from.k === 'row') && (to.k === 'vec' || to.k === 'row')) return (v as number[]).map((x) => S.convertInt(to.lane, x));
  return v;
}

function setLiteralTypes(e: Expr, ty: Type): void {
  e.ty = ty;
  if (e.k === 'unary') setLiteralTypes(e.e, ty);
  if (e.k === 'binary') {
    setLiteralTypes(e.l, ty);
    setLiteralTypes(e.r, ty);
  }
}

function laneType(t: Type): Type | undefined {
  if (t.k === 'scalar' && t.s !== 'bool') return t;
  if (t.k === 'vec' || t.k === 'row') return scalar(t.lane);
  return undefined;
}

function describeBase(e: Expr): string {
  if (e.k === 'name') return `'${e.name}'`;
  if (e.k === 'field') return `'mailbox.${e.name}'`;
  return 'the array';
}

function mangle(t: Type): string {
  switch (t.k) {
    case 'scalar': return t.s;
    case 'vec': return `v${t.lane}`;
    case 'row': return `r${t.lane}`;
    case 'ref': return `a${mangle(t.arr.elem)}x${t.arr.len}`;
    case 'array': return `a${mangle(t.elem)}x${t.len}`;
    default: return 'x';
  }
}

function conversionHint(from: Type, to: Type): string {
  const a = laneOf(from);
  const b = laneOf(to);
  if (!a || !b) return '';
  if (from.k === 'scalar' && (to.k === 'vec' || to.k === 'row') && a === b) return ` (fill the lanes with ${to.k === 'row' ? 'row_splat' : 'splat'}())`;
  if (from.k !== to.k) return '';
  if (isIntName(a) && isIntName(b) && (from.k === 'scalar' || bitsOf(a) === bitsOf(b))) return ` (convert with 'as ${typeName(to)}'${from.k !== 'scalar' && a === 'u8' ? ", or read unsigned bytes as fractions with frac()" : ''})`;
  if (isFracName(a) && isFracName(b) && from.k === 'scalar') return ` (convert with 'as ${b}')`;
  if (isFracName(a) && isIntName(b)) return ' (raw() gives the bits of a fraction)';
  if (a === 'u8' && b === 'fx8') return ' (frac() reads u8 as c / 256)';
  if (isIntName(a) && isFracName(b)) return ` (${b === 'fx8' ? 'frac8' : 'frac16'}() reads an integer's bits as a fraction)`;
  return '';
}

function mixHint(l: Type, r: Type): string {
  const a = laneOf(l);
  const b = laneOf(r);
  if (!a || !b) return '';
  if ((l.k === 'vec' || l.k === 'row') && r.k === 'scalar' && a !== b) return ` (a scalar used with a vector must have its lane type ${a})`;
  if ((r.k === 'vec' || r.k === 'row') && l.k === 'scalar' && a !== b) return ` (a scalar used with a vector must have its lane type ${b})`;
  if (l.k === 'scalar' && r.k === 'scalar') {
    if (isFracName(a) !== isFracName(b)) return '; fractions and integers do not mix: convert explicitly (raw(), frac8(), frac16())';
    return `; convert one side with 'as ${a}' or 'as ${b}'`;
  }
  return '';
}

/** Check parsed units; throws nothing, reports into diags. */
export function checkProgram(units: SourceUnit[], diags: Diags): CheckedProgram {
  return new Checker(diags).check(units);
}
