// The reference evaluator: a tree-walking interpreter of the typed AST with the language's exact
// semantics (semantics.ts). It shares nothing with the code generator, so the conformance tests
// can use it as the oracle for the compiled code.
//
// Chip access goes through a ChipPort (the same interface the PPU uses) with the addresses of
// docs/chip-model.md. Time is virtual: only wait() advances it, and periodic rules fire at their
// deadlines while the program waits (their own run time is taken as zero).

import type { ChipPort } from '../../ppu/index.js';
import type { Block, Expr, FnDecl, LocalDecl, Loc, Param, RuleDecl, Stmt } from './ast.js';
import { binaryOp, convertValue, mapLanes, type CheckedProgram } from './check.js';
import * as S from './semantics.js';
import { laneCount, sizeOf, type Type } from './types.js';
import { arrayMsg, CAPCOL_MSG, CAPROW_MSG, INJECT_MSG, laneMsg, NEURON_MSG, ROW_MSG, STACK_MSG } from './messages.js';
import { cloneValue, decodeValue, encodeValue, zeroValue, type Value } from './value.js';

export const MAILBOX_BYTES = 0x1000;

/** A program stopped with a trap (the compiled program would trap at the same place). */
export class EvalTrap extends Error {
  constructor(
    message: string,
    readonly loc: Loc,
  ) {
    super(message);
  }
}

/** The evaluator ran out of its step budget (a program that does not end). */
export class EvalLimit extends Error {}

class Halt extends Error {}

export interface EvalOptions {
  port?: ChipPort;
  /** The 4 KiB mailbox (big-endian), shared with the caller. */
  mailbox?: Uint8Array;
  /** Statements and expressions evaluated before giving up. */
  maxSteps?: number;
  /** For programs with rules and no main: how long to run (virtual cycles). */
  runCycles?: number;
}

export interface EvalResult {
  end: 'return' | 'halt' | 'trap' | 'idle';
  trap?: { message: string; loc: Loc };
  /** Virtual time at the end (cycles). */
  time: number;
}

// Bus addresses (docs/chip-model.md, "PPU bus").
const VEC_BASE = { weights: 0x0000, addresses: 0x4000, causal: 0x8000, anticausal: 0xc000 } as const;
const VEC_RESET = { causal: 0x9000, anticausal: 0xd000 } as const;
const BUS_RATE = 0xf8000000;
const BUS_INJECT = 0xf0000100;
const BUS_CAPMEM = 0xf0001000;

type Ctl = 0 | 1 | 2 | 3; // normal, break, continue, return

/** A reference to array storage: a global's JS array or a region of the mailbox. */
interface ArrayRef {
  type: Type & { k: 'array' };
  get(i: number): Value;
  set(i: number, v: Value): void;
  sub(i: number): ArrayRef;
}

function jsArray(type: Type & { k: 'array' }, arr: Value[]): ArrayRef {
  return {
    type,
    get: (i) => cloneValue(arr[i]!),
    set: (i, v) => {
      arr[i] = cloneValue(v);
    },
    sub: (i) => jsArray(type.elem as Type & { k: 'array' }, arr[i] as Value[]),
  };
}

function memArray(type: Type & { k: 'array' }, mem: Uint8Array, offset: number): ArrayRef {
  const size = sizeOf(type.elem);
  return {
    type,
    get: (i) => decodeValue(type.elem, mem, offset + i * size),
    set: (i, v) => encodeValue(type.elem, v, mem, offset + i * size),
    sub: (i) => memArray(type.elem as Type & { k: 'array' }, mem, offset + i * size),
  };
}

class Frame {
  readonly vars = new Map<LocalDecl | Param, Value | ArrayRef>();
  retval: Value = 0;
}

export class Evaluator {
  readonly mailbox: Uint8Array;
  readonly globals = new Map<unknown, Value>();
  time = 0;
  private steps = 0;
  private readonly maxSteps: number;
  private readonly port?: ChipPort;
  private depth = 0;
  /** Lane masks of the enclosing where statements (1 = lane enabled). */
  private masks: number[][] = [];
  private readonly ruleNext = new Map<RuleDecl, number>();
  private inRule = false;

  constructor(
    readonly prog: CheckedProgram,
    private readonly opts: EvalOptions = {},
  ) {
    this.mailbox = opts.mailbox ?? new Uint8Array(MAILBOX_BYTES);
    this.maxSteps = opts.maxSteps ?? 50_000_000;
    this.port = opts.port;
    for (const g of prog.globals) this.globals.set(g, g.folded !== undefined ? cloneValue(g.folded as Value) : zeroValue(g.ty!));
    for (const r of prog.rules) this.ruleNext.set(r, r.cycles ?? (r.fitExp !== undefined ? 2 ** r.fitExp : Infinity));
  }

  /** Run main (or, without main, let the rules run for opts.runCycles). */
  run(): EvalResult {
    try {
      if (this.prog.main) {
        this.callFn(this.prog.main, []);
        return { end: 'return', time: this.time };
      }
      this.advance(this.opts.runCycles ?? 0);
      return { end: 'idle', time: this.time };
    } catch (e) {
      if (e instanceof Halt) return { end: 'halt', time: this.time };
      if (e instanceof EvalTrap) return { end: 'trap', trap: { message: e.message, loc: e.loc }, time: this.time };
      throw e;
    }
  }

  /** Call a function directly (conformance tests). */
  call(fn: FnDecl, args: Value[]): Value {
    return this.callFn(fn, args);
  }

  private tick(): void {
    if (++this.steps > this.maxSteps) throw new EvalLimit(`the evaluator stopped after ${this.maxSteps} steps`);
  }

  // --- time and rules ------------------------------------------------------------------------------

  /** Advance virtual time by `cycles`, running every rule deadline that falls into it. */
  private advance(cycles: number): void {
    const end = this.time + cycles;
    for (;;) {
      let next: RuleDecl | undefined;
      let at = Infinity;
      for (const [r, t] of this.ruleNext) {
        if (t < at) {
          at = t;
          next = r;
        }
      }
      if (!next || at > end) break;
      this.time = at;
      const period = next.cycles ?? 2 ** next.fitExp!;
      this.ruleNext.set(next, at + period);
      this.inRule = true;
      try {
        this.execBlock(next.body, new Frame());
      } finally {
        this.inRule = false;
      }
    }
    this.time = end;
  }

  // --- functions -------------------------------------------------------------------------------------

  private callFn(f: FnDecl, args: (Value | ArrayRef)[]): Value {
    // The compiled program's stack holds a few hundred frames; past 1000 calls (or when the
    // JavaScript stack runs out) the evaluator gives up the same way. A bounded recursion deeper
    // than the PPU's stack but within these limits is not comparable.
    const overflow = () => new EvalTrap(STACK_MSG, f.loc);
    if (++this.depth > 1000) throw overflow();
    try {
      const fr = new Frame();
      f.params.forEach((p, i) => fr.vars.set(p, args[i]!));
      this.execBlock(f.body, fr);
      return fr.retval;
    } catch (e) {
      if (e instanceof RangeError) throw overflow();
      throw e;
    } finally {
      this.depth--;
    }
  }

  // --- statements --------------------------------------------------------------------------------------

  private execBlock(b: Block, fr: Frame): Ctl {
    for (const s of b.stmts) {
      const c = this.exec(s, fr);
      if (c) return c;
    }
    return 0;
  }

  private exec(s: Stmt, fr: Frame): Ctl {
    this.tick();
    switch (s.k) {
      case 'let':
        fr.vars.set(s, s.init ? this.eval(s.init, fr) : zeroValue(s.ty!));
        return 0;
      case 'assign':
        this.assign(s, fr);
        return 0;
      case 'if':
        if (this.eval(s.cond, fr)) return this.execBlock(s.then, fr);
        if (s.else) return this.execBlock(s.else, fr);
        return 0;
      case 'while':
        while (this.eval(s.cond, fr)) {
          this.tick();
          const c = this.execBlock(s.body, fr);
          if (c === 1) break;
          if (c === 3) return 3;
        }
        return 0;
      case 'for': {
        const from = this.eval(s.from, fr) as number;
        const to = this.eval(s.to, fr) as number;
        const step = s.stepValue ?? 1;
        for (let i = from; i < to; i += step) {
          this.tick();
          fr.vars.set(s.v, i);
          const c = this.execBlock(s.body, fr);
          if (c === 1) break;
          if (c === 3) return 3;
        }
        return 0;
      }
      case 'where': {
        const m = this.eval(s.cond, fr) as number[];
        const outer = this.masks[this.masks.length - 1];
        const and = (x: number[]) => (outer ? x.map((v, i) => v & outer[i]!) : x);
        this.masks.push(and(m));
        try {
          this.execBlock(s.then, fr);
        } finally {
          this.masks.pop();
        }
        if (s.else) {
          this.masks.push(and(m.map((v) => 1 - v)));
          try {
            this.execBlock(s.else, fr);
          } finally {
            this.masks.pop();
          }
        }
        return 0;
      }
      case 'break': return 1;
      case 'continue': return 2;
      case 'return':
        if (s.value) fr.retval = this.eval(s.value, fr) as Value;
        return 3;
      case 'expr':
        this.eval(s.e, fr);
        return 0;
      case 'block':
        return this.execBlock(s, fr);
    }
  }

  // --- places ------------------------------------------------------------------------------------------

  private assign(s: Stmt & { k: 'assign' }, fr: Frame): void {
    const place = this.place(s.target, fr);
    let v: Value;
    if (s.op === '=') {
      v = this.eval(s.value, fr) as Value;
    } else {
      const rhs = this.eval(s.value, fr) as Value;
      const old = place.get();
      v = this.arith(s.op.slice(0, -1), s.target.ty!, s.value.ty!, old, rhs, s.loc);
    }
    const mask = this.masks[this.masks.length - 1];
    if (mask) {
      if (place.writeMasked) {
        place.writeMasked(v, mask);
        return;
      }
      const old = place.get() as number[];
      v = (v as number[]).map((x, i) => (mask[i] ? x : old[i]!));
    }
    place.set(v);
  }

  /** An assignable location: reads, writes and (for chip rows) masked writes. */
  private place(e: Expr, fr: Frame): { get(): Value; set(v: Value): void; writeMasked?(v: Value, mask: number[]): void } {
    switch (e.k) {
      case 'name': {
        const r = e.ref!;
        if (r.k === 'local' || r.k === 'param') {
          const d = r.decl;
          return { get: () => cloneValue(fr.vars.get(d) as Value), set: (v) => fr.vars.set(d, cloneValue(v)) };
        }
        if (r.k === 'global') {
          const d = r.decl;
          return { get: () => cloneValue(this.globals.get(d)!), set: (v) => this.globals.set(d, cloneValue(v)) };
        }
        break;
      }
      case 'field': {
        const f = e.field!;
        return { get: () => decodeValue(f.ty!, this.mailbox, f.offset!), set: (v) => encodeValue(f.ty!, v, this.mailbox, f.offset!) };
      }
      case 'index': {
        const bt = e.e.ty!;
        if (bt.k === 'chip') {
          const r = this.index(e.index, fr, 32, ROW_MSG);
          const name = bt.name as 'weights' | 'addresses';
          return {
            get: () => this.readRow(name, r),
            set: (v) => this.writeRow(name, r, v as number[], null),
            writeMasked: (v, mask) => this.writeRow(name, r, v as number[], mask),
          };
        }
        if (bt.k === 'array' || bt.k === 'ref') {
          const arr = this.arrayOf(e.e, fr);
          const i = this.index(e.index, fr, arr.type.len, arrayMsg(e.e, arr.type.len));
          return { get: () => arr.get(i), set: (v) => arr.set(i, v) };
        }
        if (bt.k === 'vec' || bt.k === 'row') {
          const base = this.place(e.e, fr);
          const i = this.index(e.index, fr, laneCount(bt), laneMsg(bt));
          return {
            get: () => (base.get() as number[])[i]!,
            set: (v) => {
              const lanes = base.get() as number[];
              lanes[i] = v as number;
              base.set(lanes);
            },
          };
        }
        break;
      }
    }
    throw new Error(`evaluator: not a place: ${e.k}`);
  }

  private arrayOf(e: Expr, fr: Frame): ArrayRef {
    const t = e.ty!;
    if (e.k === 'name') {
      const r = e.ref!;
      if (r.k === 'param') return fr.vars.get(r.decl) as ArrayRef;
      if (r.k === 'global') return jsArray(t as Type & { k: 'array' }, this.globals.get(r.decl) as Value[]);
      if (r.k === 'const') return jsArray(t as Type & { k: 'array' }, cloneValue(r.decl.folded as Value) as Value[]);
    }
    if (e.k === 'field') return memArray(t as Type & { k: 'array' }, this.mailbox, e.field!.offset!);
    if (e.k === 'index') {
      const outer = this.arrayOf(e.e, fr);
      const i = this.index(e.index, fr, outer.type.len, arrayMsg(e.e, outer.type.len));
      return outer.sub(i);
    }
    throw new Error(`evaluator: not an array: ${e.k}`);
  }

  /** Evaluate an index; out of range traps with `message` (the compiled code's message) and the value. */
  private index(e: Expr, fr: Frame, len: number, message: string): number {
    const i = this.eval(e, fr) as number;
    if (i < 0 || i >= len) throw new EvalTrap(`${message} (index ${i})`, e.loc);
    return i;
  }

  // --- chip --------------------------------------------------------------------------------------------

  private needPort(loc: Loc): ChipPort {
    if (!this.port) throw new EvalTrap('this program accesses the chip, but the evaluator has no chip attached', loc);
    return this.port;
  }

  private readRow(name: keyof typeof VEC_BASE, r: number): number[] {
    const port = this.needPort({ file: '', line: 0, col: 0, offset: 0, end: 0 });
    const out: number[] = [];
    const buf = new Uint8Array(16);
    for (let h = 0; h < 2; h++) {
      port.vecRead(VEC_BASE[name] + 2 * r + h, buf, this.time);
      for (const b of buf) out.push(name === 'causal' || name === 'anticausal' ? b : (b << 24) >> 24);
    }
    return out;
  }

  private writeRow(name: 'weights' | 'addresses', r: number, lanes: number[], mask: number[] | null): void {
    const port = this.needPort({ file: '', line: 0, col: 0, offset: 0, end: 0 });
    for (let h = 0; h < 2; h++) {
      const data = new Uint8Array(16);
      let m = 0;
      for (let i = 0; i < 16; i++) {
        data[i] = lanes[16 * h + i]! & 0xff;
        if (!mask || mask[16 * h + i]) m |= 1 << i;
      }
      if (m) port.vecWrite(VEC_BASE[name] + 2 * r + h, data, m, this.time);
    }
  }

  private resetRow(kind: 'causal' | 'anticausal', r: number): void {
    const port = this.needPort({ file: '', line: 0, col: 0, offset: 0, end: 0 });
    for (let h = 0; h < 2; h++) port.vecWrite(VEC_RESET[kind] + 2 * r + h, new Uint8Array(16), 0xffff, this.time);
  }

  // --- expressions ---------------------------------------------------------------------------------------

  eval(e: Expr, fr: Frame): Value {
    this.tick();
    const lit = (e as { lit?: number }).lit;
    if (lit !== undefined) return lit;
    const t = e.ty!;
    switch (e.k) {
      case 'bool': return e.value ? 1 : 0;
      case 'name': {
        const r = e.ref!;
        if (r.k === 'local' || r.k === 'param') return cloneValue(fr.vars.get(r.decl) as Value);
        if (r.k === 'global') return cloneValue(this.globals.get(r.decl)!);
        if (r.k === 'const') return cloneValue(r.decl.folded as Value);
        throw new Error(`evaluator: name ${e.name} has no value`);
      }
      case 'unary': {
        const v = this.eval(e.e, fr);
        if (e.op === '!') return v ? 0 : 1;
        return mapLanes(t, [v], (s, [a]) => (e.op === '-' ? S.neg(s, a!) : S.not(s, a!)));
      }
      case 'binary': return this.binary(e, fr);
      case 'cast': return convertValue(e.e.ty!, t, this.eval(e.e, fr));
      case 'index': {
        const bt = e.e.ty!;
        if (bt.k === 'chip') {
          const r = this.index(e.index, fr, 32, ROW_MSG);
          return this.readRow(bt.name, r);
        }
        if (bt.k === 'vec' || bt.k === 'row') {
          const v = this.eval(e.e, fr) as number[];
          const i = this.index(e.index, fr, v.length, laneMsg(bt));
          return v[i]!;
        }
        const arr = this.arrayOf(e.e, fr);
        const i = this.index(e.index, fr, arr.type.len, arrayMsg(e.e, arr.type.len));
        return arr.get(i);
      }
      case 'field': return decodeValue(e.field!.ty!, this.mailbox, e.field!.offset!);
      case 'array': return e.elems.map((x) => this.eval(x, fr));
      case 'call': return this.callExpr(e, fr);
      default:
        throw new Error(`evaluator: cannot evaluate ${e.k}`);
    }
  }

  private arith(op: string, t: Type, rt: Type, a: Value, b: Value, loc: Loc): Value {
    try {
      const shift = op === '<<' || op === '>>';
      const bv = !shift && Array.isArray(a) && !Array.isArray(b) ? new Array(a.length).fill(b) : b;
      const av = Array.isArray(b) && !Array.isArray(a) && !shift ? new Array((b as number[]).length).fill(a) : a;
      return mapLanes(t, [av, bv], (s, [x, y]) => binaryOp(op, s, x!, y!), shift ? 1 : 2);
    } catch (err) {
      if (err instanceof S.DivideByZero) throw new EvalTrap('division by zero', loc);
      throw err;
    }
  }

  private binary(e: Expr & { k: 'binary' }, fr: Frame): Value {
    if (e.op === '&&') return this.eval(e.l, fr) ? (this.eval(e.r, fr) ? 1 : 0) : 0;
    if (e.op === '||') return this.eval(e.l, fr) ? 1 : this.eval(e.r, fr) ? 1 : 0;
    const a = this.eval(e.l, fr);
    const b = this.eval(e.r, fr);
    const t = e.ty!;
    if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
      const op = e.op as S.CmpOp;
      if (t.k === 'lanes') {
        const n = laneCount(t.of);
        const la = Array.isArray(a) ? a : new Array(n).fill(a);
        const lb = Array.isArray(b) ? b : new Array(n).fill(b);
        return la.map((x, i) => (S.compare(op, x as number, lb[i] as number) ? 1 : 0));
      }
      return S.compare(op, a as number, b as number) ? 1 : 0;
    }
    return this.arith(e.op, t, e.r.ty!, a, b, e.opLoc);
  }

  private callExpr(e: Expr & { k: 'call' }, fr: Frame): Value {
    const target = e.target!;
    if (target.k === 'fn') {
      const f = target.decl;
      const args = e.args.map((a, i) => (f.params[i]!.ty!.k === 'ref' ? this.arrayOf(a, fr) : this.eval(a, fr)));
      return this.callFn(f, args as (Value | ArrayRef)[]);
    }
    const args = () => e.args.map((a) => this.eval(a, fr) as number);
    const t = e.ty!;
    switch (target.name) {
      case 'time': return this.time >>> 0;
      case 'wait': {
        const [c] = args();
        if (!this.inRule) this.advance(c! >>> 0);
        return 0;
      }
      case 'halt': throw new Halt();
      case 'sync': return 0;
      case 'rate': {
        const n = this.index(e.args[0]!, fr, 32, NEURON_MSG);
        return this.needPort(e.loc).busRead(BUS_RATE + 4 * n, 4, this.time) | 0;
      }
      case 'reset_rate': {
        const n = this.index(e.args[0]!, fr, 32, NEURON_MSG);
        this.needPort(e.loc).busWrite(BUS_RATE + 4 * n, 0, 4, this.time);
        return 0;
      }
      case 'reset_rates': {
        const p = this.needPort(e.loc);
        for (let n = 0; n < 32; n++) p.busWrite(BUS_RATE + 4 * n, 0, 4, this.time);
        return 0;
      }
      case 'inject': {
        const rows = this.eval(e.args[0]!, fr) as number;
        const a = this.index(e.args[1]!, fr, 64, INJECT_MSG);
        this.needPort(e.loc).busWrite(BUS_INJECT + 4 * a, rows | 0, 4, this.time);
        return 0;
      }
      case 'reset_causal': case 'reset_anticausal': case 'reset_correlation': {
        const r = this.index(e.args[0]!, fr, 32, ROW_MSG);
        this.needPort(e.loc);
        if (target.name !== 'reset_anticausal') this.resetRow('causal', r);
        if (target.name !== 'reset_causal') this.resetRow('anticausal', r);
        return 0;
      }
      case 'capmem': {
        const row = this.index(e.args[0]!, fr, 24, CAPROW_MSG);
        const col = this.index(e.args[1]!, fr, 33, CAPCOL_MSG);
        return this.needPort(e.loc).busRead(BUS_CAPMEM + 4 * (64 * row + col), 4, this.time) | 0;
      }
      case 'set_capmem': {
        const row = this.index(e.args[0]!, fr, 24, CAPROW_MSG);
        const col = this.index(e.args[1]!, fr, 33, CAPCOL_MSG);
        const v = this.eval(e.args[2]!, fr) as number;
        this.needPort(e.loc).busWrite(BUS_CAPMEM + 4 * (64 * row + col), v | 0, 4, this.time);
        return 0;
      }
      case 'raw': return this.eval(e.args[0]!, fr);
      case 'frac8': {
        const v = this.eval(e.args[0]!, fr);
        return mapLanes(t, [v], (_s, [x]) => S.convertInt('i8', x!));
      }
      case 'frac16': {
        const v = this.eval(e.args[0]!, fr);
        return mapLanes(t, [v], (_s, [x]) => S.convertInt('i16', x!));
      }
      case 'frac': {
        const v = this.eval(e.args[0]!, fr);
        return mapLanes(t, [v], (_s, [x]) => S.fracOfU8(x!));
      }
      case 'splat': case 'row_splat': {
        const v = this.eval(e.args[0]!, fr) as number;
        return new Array(laneCount(t as Type & { k: 'vec' })).fill(v);
      }
      case 'select': {
        const c = this.eval(e.args[0]!, fr);
        const a = this.eval(e.args[1]!, fr);
        const b = this.eval(e.args[2]!, fr);
        if (!Array.isArray(c)) return c ? a : b;
        return (c as number[]).map((m, i) => (m ? (Array.isArray(a) ? (a as number[])[i]! : a) : Array.isArray(b) ? (b as number[])[i]! : b)) as number[];
      }
    }
    throw new Error(`evaluator: builtin ${target.name}`);
  }
}


