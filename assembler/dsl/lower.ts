// Lowering: the typed AST to MIR. Scalars live in GPRs, vectors in vector registers, rows in two
// vector registers; vector and row operations become FXV instructions; scalar fractions get
// instruction sequences with the same bits as the FXV lanes (docs/dsl.md, section 9).
//
// Small functions are inlined with their arguments (constants propagate into them, so a library
// call like clamp(w, 0, 63) becomes the two compares it needs); counted loops use CTR when their
// body makes no calls; array indices are checked with a trap unless their range is known.

import type { Block, ConstDecl, Expr, FnDecl, GlobalVarDecl, LocalDecl, Loc, MailboxField, Param, RuleDecl, Stmt } from './ast.js';
import { Builder, LAT, type LoopInfo } from './builder.js';
import { foldExpr, type CheckedProgram } from './check.js';
import { FX, type BrCond, type MBlock, type MFunc, type Region, type VReg } from './mir.js';
import * as S from './semantics.js';
import {
  I32, bitsOf, isFracName, isIntName, isSignedName, laneCount, laneOf, lanesPerVector, sizeOf, alignOf, type LaneName, type ScalarName, type Type,
} from './types.js';
import { encodeValue, type Value } from './value.js';
import { arrayMsg, CAPCOL_MSG, CAPROW_MSG, INJECT_MSG, laneMsg, NEURON_MSG, ROW_MSG } from './messages.js';

export const MAILBOX_BASE = 0x3000;
const BUS_RATE = 0xf8000000;
const BUS_INJECT = 0xf0000100;
const BUS_CAPMEM = 0xf0001000;
const VEC_BASE = { weights: 0x0000, addresses: 0x4000, causal: 0x8000, anticausal: 0xc000 } as const;
const VEC_RESET = { causal: 0x9000, anticausal: 0xd000 } as const;
export const TSR_DIS = 0x08000000;

/** Argument registers of the ABI. */
export const ARG_GPRS = [3, 4, 5, 6, 7, 8, 9, 10];
export const ARG_VRS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
export const VOLATILE_GPRS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const VOLATILE_VRS = Array.from({ length: 20 }, (_, i) => i);

type ArrT = Type & { k: 'array' };

interface Addr {
  base: VReg | null;
  idx: VReg | null;
  sym?: string;
  off: number;
  region: Region;
}

type LVal =
  | { k: 'const'; t: Type; v: Value }
  | { k: 'g'; t: Type; r: VReg; home?: boolean }
  | { k: 'v'; t: Type; r: VReg; home?: boolean }
  | { k: 'row'; t: Type; lo: VReg; hi: VReg; home?: boolean }
  /** Lane condition: per vector (1 or 2), the lanes where the compare of d with zero gives flag (or not, if neg). */
  | { k: 'lanes'; of: Type; d: VReg[]; flag: 'gt' | 'lt' | 'eq'; neg: boolean }
  | { k: 'arr'; t: ArrT; addr: Addr }
  | { k: 'none' };

interface Env {
  vars: Map<object, LVal>;
  ranges: Map<object, [number, number]>;
  brk?: MBlock;
  cont?: MBlock;
  ret: { exit: MBlock; dst: LVal | null };
  wheres: (LVal & { k: 'lanes' })[];
  depth: number;
}

export interface DataItem {
  sym: string;
  section: '.rodata' | '.data' | '.bss';
  align: number;
  size: number;
  bytes?: Uint8Array;
}

export interface LowerOptions {
  /** The program has periodic rules (interrupts may arrive while main runs). */
  hasRules: boolean;
  /** Inline small functions (default true). */
  inline?: boolean;
  /** Names of functions never to inline. */
  noInline?: Set<string>;
}

export interface LoweredFunc {
  mf: MFunc;
  loops: LoopInfo[];
  decl?: FnDecl;
  rule?: RuleDecl;
  /** Runs with interrupts enabled (main and what it calls, when the program has rules). */
  interruptible: boolean;
}

/** Everything the lowering produced for one program. */
export class ProgramLowering {
  readonly data = new Map<string, DataItem>();
  readonly funcs: LoweredFunc[] = [];
  readonly called = new Set<FnDecl>();
  private readonly queue: FnDecl[] = [];
  private readonly recursive = new Set<FnDecl>();
  private readonly sizes = new Map<FnDecl, number>();
  private readonly callCount = new Map<FnDecl, number>();
  private constVecs = 0;
  usesWait = false;
  usesChip = false;
  readonly calledFromMain = new Set<FnDecl>();
  readonly calledFromRules = new Set<FnDecl>();

  constructor(
    readonly prog: CheckedProgram,
    readonly opts: LowerOptions,
  ) {
    this.analyseCalls();
    for (const g of prog.globals) this.globalData(g);
  }

  // --- call graph -----------------------------------------------------------------------------------

  private analyseCalls(): void {
    const edges = new Map<FnDecl | RuleDecl, FnDecl[]>();
    const walk = (n: unknown, out: FnDecl[]) => {
      if (!n || typeof n !== 'object') return;
      if ((n as Expr).k === 'call' && (n as Expr & { k: 'call' }).target?.k === 'fn') {
        const d = ((n as Expr & { k: 'call' }).target as { decl: FnDecl }).decl;
        out.push(d);
        this.callCount.set(d, (this.callCount.get(d) ?? 0) + 1);
      }
      for (const [k, v] of Object.entries(n)) {
        if (k === 'ty' || k === 'ref' || k === 'target' || k === 'field' || k === 'loc' || k === 'decl') continue;
        if (Array.isArray(v)) v.forEach((x) => walk(x, out));
        else if (v && typeof v === 'object') walk(v, out);
      }
    };
    const all: (FnDecl | RuleDecl)[] = [...this.prog.fns, ...this.prog.rules];
    for (const f of all) {
      const out: FnDecl[] = [];
      walk(f.body, out);
      edges.set(f, out);
      if (f.k === 'fn') this.sizes.set(f, countNodes(f.body));
    }
    // Recursion: a function that can reach itself.
    for (const f of this.prog.fns) {
      const seen = new Set<FnDecl>();
      const stack = [...(edges.get(f) ?? [])];
      while (stack.length) {
        const g = stack.pop()!;
        if (g === f) {
          this.recursive.add(f);
          break;
        }
        if (seen.has(g)) continue;
        seen.add(g);
        stack.push(...(edges.get(g) ?? []));
      }
    }
    const reach = (roots: (FnDecl | RuleDecl)[], into: Set<FnDecl>) => {
      const stack = roots.flatMap((r) => edges.get(r) ?? []);
      while (stack.length) {
        const g = stack.pop()!;
        if (into.has(g)) continue;
        into.add(g);
        stack.push(...(edges.get(g) ?? []));
      }
    };
    if (this.prog.main) {
      this.calledFromMain.add(this.prog.main);
      reach([this.prog.main], this.calledFromMain);
    }
    reach(this.prog.rules, this.calledFromRules);
  }

  shouldInline(f: FnDecl, depth: number): boolean {
    if (this.opts.inline === false || this.recursive.has(f) || f === this.prog.main || depth >= 6 || this.opts.noInline?.has(f.name)) return false;
    const size = this.sizes.get(f) ?? 0;
    return size <= 60 || ((this.callCount.get(f) ?? 0) <= 1 && size <= 400);
  }

  /** A function that must exist as a real function (a non-inlined call). */
  request(f: FnDecl): void {
    if (this.called.has(f)) return;
    this.called.add(f);
    this.queue.push(f);
  }

  run(): void {
    const { main } = this.prog;
    if (main) this.lowerFn(main);
    for (const r of this.prog.rules) this.lowerRule(r);
    while (this.queue.length) this.lowerFn(this.queue.shift()!);
  }

  private interruptible(f: FnDecl): boolean {
    return this.opts.hasRules && this.calledFromMain.has(f);
  }

  private lowerFn(f: FnDecl): void {
    const fl = new FnLowerer(this, f.symbol ? `fn_${f.symbol}` : `fn_${f.name}`, f.loc);
    fl.lowerFunction(f);
    fl.b.f.recursive = this.recursive.has(f);
    this.funcs.push({ mf: fl.b.f, loops: fl.b.loops, decl: f, interruptible: this.interruptible(f) });
  }

  private lowerRule(r: RuleDecl): void {
    const fl = new FnLowerer(this, `rule_${r.name}`, r.loc);
    fl.lowerRuleBody(r);
    fl.b.f.isRule = true;
    this.funcs.push({ mf: fl.b.f, loops: fl.b.loops, rule: r, interruptible: false });
  }

  // --- data ---------------------------------------------------------------------------------------

  private globalData(g: GlobalVarDecl): void {
    const t = g.ty!;
    if (t.k === 'error') return;
    const sym = `g_${g.name}${g.std ? '_std' : ''}`;
    (g as { sym?: string }).sym = sym;
    const size = sizeOf(t);
    if (g.folded !== undefined && !isZero(g.folded as Value)) {
      const bytes = new Uint8Array(size);
      encodeValue(t, g.folded as Value, bytes, 0);
      this.data.set(sym, { sym, section: '.data', align: alignOf(t), size, bytes });
    } else {
      this.data.set(sym, { sym, section: '.bss', align: alignOf(t), size });
    }
  }

  constData(c: ConstDecl): string {
    const sym = `k_${c.name}${c.std ? '_std' : ''}`;
    if (!this.data.has(sym)) {
      const t = c.ty!;
      const bytes = new Uint8Array(sizeOf(t));
      encodeValue(t, c.folded as Value, bytes, 0);
      this.data.set(sym, { sym, section: '.rodata', align: Math.max(alignOf(t), 4), size: bytes.length, bytes });
    }
    return sym;
  }

  /** A 16-byte constant in .rodata (vector constants that are not one value in every lane). */
  vecConst(bytes: Uint8Array): string {
    const key = Buffer.from(bytes).toString('hex');
    for (const d of this.data.values()) if (d.section === '.rodata' && d.size === 16 && d.bytes && Buffer.from(d.bytes).toString('hex') === key && d.sym.startsWith('kv_')) return d.sym;
    const sym = `kv_${this.constVecs++}`;
    this.data.set(sym, { sym, section: '.rodata', align: 16, size: 16, bytes });
    return sym;
  }
}

function isZero(v: Value): boolean {
  return Array.isArray(v) ? v.every(isZero) : v === 0;
}

function countNodes(n: unknown): number {
  if (!n || typeof n !== 'object') return 0;
  let c = 1;
  for (const [k, v] of Object.entries(n)) {
    if (k === 'ty' || k === 'ref' || k === 'target' || k === 'field' || k === 'loc' || k === 'decl' || k === 'nameLoc' || k === 'opLoc' || k === 'calleeLoc') continue;
    if (Array.isArray(v)) for (const x of v) c += countNodes(x);
    else if (v && typeof v === 'object') c += countNodes(v);
  }
  return c;
}

function vecSuffix(lane: ScalarName | LaneName): { w: 'b' | 'h'; frac: boolean } {
  return { w: bitsOf(lane) === 8 ? 'b' : 'h', frac: isFracName(lane) };
}

function splitRow(v: Value): [number[], number[]] {
  const a = v as number[];
  return [a.slice(0, 16), a.slice(16, 32)];
}

/** Is x a power of two (x > 0)? Returns log2 or -1. */
function log2(x: number): number {
  if (x <= 0 || !Number.isInteger(x) || x > 2 ** 31 || (x & (x - 1)) !== 0) return -1;
  return Math.log2(x);
}

/** Contiguous mask (for rlwinm), as MB/ME, or undefined. */
function maskBounds(m: number): [number, number] | undefined {
  const x = m >>> 0;
  if (x === 0) return undefined;
  for (let mb = 0; mb < 32; mb++) {
    for (let me = mb; me < 32; me++) {
      const mask = me === 31 ? (0xffffffff >>> mb) >>> 0 : ((0xffffffff >>> mb) & ~(0xffffffff >>> (me + 1))) >>> 0;
      if (mask === x) return [mb, me];
    }
  }
  return undefined;
}

const CMP_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Lowers one function (and whatever is inlined into it). */
class FnLowerer {
  readonly b: Builder;
  /**
   * Lane buffers that hold a vector's current value, so lane accesses need no new store:
   * by register for values that never change, by variable for vector variables ('sync': the
   * buffer equals the registers; 'buffer': inside a loop that only touches lanes, the buffer
   * is the variable and the registers are reloaded after the loop).
   */
  private bufByReg = new Map<number, number>();
  private bufByVar = new Map<number, { slot: number; mode: 'sync' | 'buffer' }>();
  /** Registers that are vector variables (their values change). */
  private varHomes = new Set<number>();
  private scopes: { regs: number[]; vars: number[] }[] = [{ regs: [], vars: [] }];

  constructor(
    readonly pl: ProgramLowering,
    name: string,
    loc?: Loc,
  ) {
    this.b = new Builder(name, loc);
  }

  // --- entry points -----------------------------------------------------------------------------

  lowerFunction(f: FnDecl): void {
    const b = this.b;
    b.loc = f.loc;
    const exit = b.block();
    const env: Env = { vars: new Map(), ranges: new Map(), ret: { exit, dst: null }, wheres: [], depth: 0 };
    // Parameters arrive in r3.., v2.. (rows in two consecutive vector registers).
    let gi = 0;
    let vi = 0;
    for (const p of f.params) {
      const t = p.ty!;
      if (t.k === 'vec') env.vars.set(p, { k: 'v', t, r: this.copyIn(b.phys('v', ARG_VRS[vi++]!)) });
      else if (t.k === 'row') {
        const lo = this.copyIn(b.phys('v', ARG_VRS[vi++]!));
        const hi = this.copyIn(b.phys('v', ARG_VRS[vi++]!));
        env.vars.set(p, { k: 'row', t, lo, hi });
      } else if (t.k === 'ref') {
        env.vars.set(p, { k: 'arr', t: t.arr, addr: { base: this.copyIn(b.phys('g', ARG_GPRS[gi++]!)), idx: null, off: 0, region: { k: 'ref' } } });
      } else env.vars.set(p, { k: 'g', t, r: this.copyIn(b.phys('g', ARG_GPRS[gi++]!)) });
    }
    const rt = f.ret!;
    if (rt.k !== 'void' && rt.k !== 'error') env.ret.dst = this.newHome(rt);
    this.lowerBlock(f.body, env);
    b.jump(exit);
    b.setBlock(exit);
    b.loc = undefined;
    const uses: VReg[] = [];
    const dst = env.ret.dst;
    if (dst?.k === 'g') {
      b.mr(b.phys('g', 3), dst.r);
      uses.push(b.phys('g', 3));
    } else if (dst?.k === 'v') {
      b.mr(b.phys('v', 2), dst.r);
      uses.push(b.phys('v', 2));
    } else if (dst?.k === 'row') {
      b.mr(b.phys('v', 2), dst.lo);
      b.mr(b.phys('v', 3), dst.hi);
      uses.push(b.phys('v', 2), b.phys('v', 3));
    }
    b.cur.term = { k: 'ret' };
    b.cur.retUses = uses;
    this.finish();
  }

  lowerRuleBody(r: RuleDecl): void {
    const b = this.b;
    b.loc = r.loc;
    const exit = b.block();
    const env: Env = { vars: new Map(), ranges: new Map(), ret: { exit, dst: null }, wheres: [], depth: 0 };
    this.lowerBlock(r.body, env);
    b.jump(exit);
    b.setBlock(exit);
    b.cur.term = { k: 'ret' };
    b.cur.retUses = [];
    this.finish();
  }

  private copyIn(p: VReg): VReg {
    const r = this.b.vreg(p.cls);
    this.b.mr(r, p);
    return r;
  }

  /** Put the exit block last and drop blocks nothing reaches. */
  private finish(): void {
    const f = this.b.f;
    const reach = new Set<MBlock>();
    const stack = [f.blocks[0]!];
    while (stack.length) {
      const x = stack.pop()!;
      if (reach.has(x)) continue;
      reach.add(x);
      const t = x.term;
      if (t.k === 'jmp') stack.push(t.to);
      else if (t.k === 'br' || t.k === 'bdnz') stack.push(t.t, t.f);
    }
    for (const x of f.blocks) if (x.term.k === 'none') x.term = { k: 'ret' };
    f.blocks = f.blocks.filter((x) => reach.has(x));
    for (const l of this.b.loops) for (const x of [...l.blocks]) if (!reach.has(x)) l.blocks.delete(x);
  }

  // --- values -----------------------------------------------------------------------------------------

  private newHome(t: Type): LVal {
    if (t.k === 'vec') return { k: 'v', t, r: this.b.v(), home: true };
    if (t.k === 'row') return { k: 'row', t, lo: this.b.v(), hi: this.b.v(), home: true };
    return { k: 'g', t, r: this.b.g(), home: true };
  }

  /** A constant scalar in a register (one per function and value; LICM and CSE place them). */
  private cg(v: number): VReg {
    return this.b.li(v);
  }

  /** A scalar value in a GPR. */
  private gpr(v: LVal): VReg {
    if (v.k === 'g') return v.r;
    if (v.k === 'const') return this.cg(v.v as number);
    throw new Error(`lowering: expected a scalar, got ${v.k}`);
  }

  /** A vector constant: a splat when every lane is the same, else a load from .rodata. */
  private vconst(lane: ScalarName | LaneName, lanes: number[]): VReg {
    const b = this.b;
    const w = bitsOf(lane);
    if (lanes.every((x) => x === lanes[0])) {
      const g = this.cg(lanes[0]!);
      return b.vsplat(w === 8 ? 'fxvsplatb' : 'fxvsplath', g);
    }
    const bytes = new Uint8Array(16);
    encodeValue({ k: 'vec', lane: lane as LaneName }, lanes, bytes, 0);
    const sym = this.pl.vecConst(bytes);
    return b.vload(null, b.la(sym), { k: 'rodata' });
  }

  /** A vector value (or one half of a row) in a vector register. */
  private vr(v: LVal, half: 0 | 1 = 0, lane?: ScalarName | LaneName): VReg {
    if (v.k === 'v') return v.r;
    if (v.k === 'row') return half ? v.hi : v.lo;
    if (v.k === 'const') {
      const t = v.t;
      if (t.k === 'scalar') return this.vconst(lane ?? t.s, new Array(16).fill(v.v as number));
      if (t.k === 'vec') return this.vconst(t.lane, v.v as number[]);
      if (t.k === 'row') return this.vconst(t.lane, splitRow(v.v)[half]);
    }
    if (v.k === 'g') {
      // A scalar broadcast to every lane.
      return this.b.vsplat(bitsOf(lane ?? laneOf(v.t)!) === 8 ? 'fxvsplatb' : 'fxvsplath', v.r);
    }
    throw new Error(`lowering: expected a vector, got ${v.k}`);
  }

  private halves(t: Type): (0 | 1)[] {
    return t.k === 'row' ? [0, 1] : [0];
  }

  /** Normalise a 32-bit result to the type's width (sign- or zero-extend). */
  private norm(s: ScalarName, r: VReg): VReg {
    switch (s) {
      case 'i8': case 'fx8': return this.b.rr('extsb', r);
      case 'i16': case 'fx16': return this.b.rr('extsh', r);
      case 'u8': case 'bool': return this.b.rlwinm(r, 0, 24, 31);
      case 'u16': return this.b.rlwinm(r, 0, 16, 31);
      default: return r;
    }
  }

  /** Saturate an exact sum (held in 32 bits) to fx8/fx16: the out-of-line fix-up runs rarely. */
  private sat(s: ScalarName, t: VReg): VReg {
    const d = this.b.g();
    this.b.emit(s === 'fx8' ? 'sat8' : 'sat16', [{ k: 'd', r: d }, { k: 'u', r: t }], FX.CR7_DEF | FX.EARLY_CLOBBER, { lat: 2 });
    return d;
  }

  // --- statements ---------------------------------------------------------------------------------------

  private lowerBlock(blk: Block, env: Env): void {
    for (const s of blk.stmts) {
      if (!this.b.open) {
        // Code after return/break/continue is unreachable; lower it into a fresh block that nothing reaches.
        this.b.setBlock(this.b.block());
      }
      this.lowerStmt(s, env);
    }
  }

  private lowerStmt(s: Stmt, env: Env): void {
    const b = this.b;
    b.loc = s.loc;
    switch (s.k) {
      case 'let': return this.lowerLet(s, env);
      case 'assign': return this.lowerAssign(s, env);
      case 'expr':
        this.expr(s.e, env);
        return;
      case 'block':
        this.lowerBlock(s, env);
        return;
      case 'if': {
        const c = foldExpr(s.cond);
        if (typeof c === 'number') {
          if (c) this.lowerBlock(s.then, env);
          else if (s.else) this.lowerBlock(s.else, env);
          return;
        }
        const tb = b.block();
        const join = b.block();
        const fb = s.else ? b.block() : join;
        this.cond(s.cond, env, tb, fb);
        b.setBlock(tb);
        this.scoped(() => this.lowerBlock(s.then, env));
        b.jump(join);
        if (s.else) {
          b.setBlock(fb);
          this.scoped(() => this.lowerBlock(s.else!, env));
          b.jump(join);
        }
        b.setBlock(join);
        return;
      }
      case 'while': return this.lowerWhile(s, env);
      case 'for': return this.lowerFor(s, env);
      case 'where': {
        const c = this.expr(s.cond, env) as LVal & { k: 'lanes' };
        env.wheres.push(c);
        this.lowerBlock(s.then, env);
        env.wheres.pop();
        if (s.else) {
          env.wheres.push({ ...c, neg: !c.neg });
          this.lowerBlock(s.else, env);
          env.wheres.pop();
        }
        return;
      }
      case 'break':
        b.jump(env.brk!);
        return;
      case 'continue':
        b.jump(env.cont!);
        return;
      case 'return': {
        if (s.value && env.ret.dst) {
          const v = this.expr(s.value, env);
          this.move(env.ret.dst, v);
        }
        b.jump(env.ret.exit);
        return;
      }
    }
  }

  private lowerLet(s: LocalDecl, env: Env): void {
    const t = s.ty!;
    if (!s.mutable && s.init) {
      const v = this.expr(s.init, env);
      // Bind the value directly unless it is another variable's register (which may change later).
      if ((v.k === 'g' || v.k === 'v' || v.k === 'row') && v.home) {
        const h = this.newHome(t);
        this.move(h, v);
        env.vars.set(s, { ...h, home: false } as LVal);
      } else env.vars.set(s, v);
      const r = this.range(s.init, env);
      if (r) env.ranges.set(s, r);
      return;
    }
    const h = this.newHome(t);
    const v = s.init ? this.expr(s.init, env) : ({ k: 'const', t, v: t.k === 'scalar' ? 0 : new Array(laneCount(t as Type & { k: 'vec' })).fill(0) } as LVal);
    this.move(h, v);
    if (h.k === 'v' || h.k === 'row') this.varHomes.add((h.k === 'v' ? h.r : h.lo).id);
    env.vars.set(s, h);
  }

  /** Copy a value into a variable's registers (its lane buffer no longer holds it). */
  private move(dst: LVal, v: LVal): void {
    const reg = dst.k === 'v' ? dst.r : dst.k === 'row' ? dst.lo : undefined;
    if (reg) this.bufByVar.delete(reg.id);
    this.moveHome(dst, v);
  }

  private moveHome(dst: LVal, v: LVal): void {
    const b = this.b;
    if (dst.k === 'g') {
      if (v.k === 'const') b.li(v.v as number, dst.r);
      else b.mr(dst.r, this.gpr(v));
    } else if (dst.k === 'v') {
      b.mr(dst.r, this.vr(v, 0, laneOf(dst.t)!));
    } else if (dst.k === 'row') {
      b.mr(dst.lo, this.vr(v, 0, laneOf(dst.t)!));
      b.mr(dst.hi, this.vr(v, 1, laneOf(dst.t)!));
    }
  }

  private lowerWhile(s: Stmt & { k: 'while' }, env: Env): void {
    const b = this.b;
    const c = foldExpr(s.cond);
    if (c === 0) return;
    const reloads = this.prepareLoop(s.body, env);
    const pre = b.cur;
    const loopBlocks = b.enterLoop();
    const body = b.block();
    const latch = b.block();
    b.leaveLoop();
    const exit = b.block();
    // Rotated: test once before the loop, then at the bottom.
    if (c === undefined) this.cond(s.cond, env, body, exit);
    else b.jump(body);
    const info: LoopInfo = { preheader: pre, header: body, latch, exit, blocks: loopBlocks, depth: b.depth + 1 };
    b.enterLoopExisting(loopBlocks);
    b.setBlock(body);
    this.scoped(() => {
      this.lowerBlock(s.body, { ...env, brk: exit, cont: latch });
      b.jump(latch);
      b.setBlock(latch);
      if (c === undefined) this.cond(s.cond, env, body, exit, 'likely');
      else b.jump(body);
    });
    b.leaveLoop();
    b.loops.push(info);
    b.setBlock(exit);
    this.finishLoop(reloads);
  }

  private lowerFor(s: Stmt & { k: 'for' }, env: Env): void {
    const b = this.b;
    const step = s.stepValue ?? 1;
    const from = this.expr(s.from, env);
    let to = this.expr(s.to, env);
    if (to.k === 'g' && to.home) to = { k: 'g', t: I32, r: b.copyG(to.r) };
    const fromC = from.k === 'const' ? (from.v as number) : undefined;
    const toC = to.k === 'const' ? (to.v as number) : undefined;
    if (fromC !== undefined && toC !== undefined && fromC >= toC) return;
    const reloads = this.prepareLoop(s.body, env);
    const i = b.g(s.v.name);
    if (from.k === 'const') b.li(fromC!, i);
    else b.mr(i, this.gpr(from));
    const useCtr = !this.hasCallsOrLoops(s.body);
    const pre = b.cur;
    const loopBlocks = b.enterLoop();
    const body = b.block();
    const latch = b.block();
    b.leaveLoop();
    const exit = b.block();
    if (useCtr) {
      // Trip count = ceil((to - from) / step).
      let n: VReg;
      if (fromC !== undefined && toC !== undefined) n = this.cg(Math.ceil((toC - fromC) / step));
      else {
        let diff = b.rrr('subf', this.gpr(from), this.gpr(to));
        if (step > 1) {
          diff = b.rri('addi', diff, step - 1);
          const k = log2(step);
          diff = k >= 0 ? b.rlwinm(diff, 32 - k, k, 31) : b.rrr('divwu', diff, this.cg(step), LAT.div);
        }
        n = diff;
      }
      b.emit('mtctr', [{ k: 'u', r: n }], FX.CTR_DEF, { lat: 1 });
    }
    if (fromC !== undefined && toC !== undefined) b.jump(body);
    else {
      this.cmpBranch('lt', 'i32', i, to, body, exit);
    }
    b.enterLoopExisting(loopBlocks);
    b.setBlock(body);
    const inner: Env = { ...env, brk: exit, cont: latch };
    env.vars.set(s.v, { k: 'g', t: I32, r: i, home: true });
    if (fromC !== undefined && toC !== undefined) env.ranges.set(s.v, [fromC, toC - 1]);
    else {
      const fr = this.range(s.from, env);
      const tr = this.range(s.to, env);
      if (fr && tr) env.ranges.set(s.v, [fr[0], tr[1] - 1]);
    }
    this.scoped(() => this.lowerBlock(s.body, inner));
    b.jump(latch);
    b.setBlock(latch);
    b.loc = s.loc;
    b.emit('addi', [{ k: 'd', r: i }, { k: 'u0', r: i }, { k: 'i', v: step }], 0, { lat: 1 });
    if (useCtr) b.cur.term = { k: 'bdnz', t: body, f: exit };
    else this.cmpBranch('lt', 'i32', i, to, body, exit, 'likely');
    b.leaveLoop();
    b.loops.push({ preheader: pre, header: body, latch, exit, blocks: loopBlocks, depth: b.depth + 1 });
    b.setBlock(exit);
    this.finishLoop(reloads);
  }

  /** Does a loop body contain calls (which clobber CTR) or loops (which want it)? */
  private hasCallsOrLoops(n: unknown, depth = 0): boolean {
    if (!n || typeof n !== 'object') return false;
    const k = (n as { k?: string }).k;
    if (k === 'while' || k === 'for') return true;
    if (k === 'call') {
      const c = n as Expr & { k: 'call' };
      if (c.target?.k === 'fn') {
        if (!this.pl.shouldInline(c.target.decl, depth)) return true;
        if (this.hasCallsOrLoops(c.target.decl.body, depth + 1)) return true;
      } else if (c.target?.k === 'builtin' && (c.target.name === 'wait' || c.target.name === 'halt')) return true;
    }
    for (const [key, v] of Object.entries(n)) {
      if (key === 'ty' || key === 'ref' || key === 'target' || key === 'field' || key === 'loc') continue;
      if (Array.isArray(v)) {
        for (const x of v) if (this.hasCallsOrLoops(x, depth)) return true;
      } else if (v && typeof v === 'object' && this.hasCallsOrLoops(v, depth)) return true;
    }
    return false;
  }

  // --- conditions -------------------------------------------------------------------------------------

  /** Branch to t if e holds, else to f. */
  private cond(e: Expr, env: Env, t: MBlock, f: MBlock, hint?: 'likely'): void {
    const b = this.b;
    const c = foldExpr(e);
    if (typeof c === 'number') {
      b.jump(c ? t : f);
      return;
    }
    if (e.k === 'unary' && e.op === '!') return this.cond(e.e, env, f, t, hint);
    if (e.k === 'binary' && e.op === '&&') {
      const mid = b.block();
      this.cond(e.l, env, mid, f);
      b.setBlock(mid);
      return this.scoped(() => this.cond(e.r, env, t, f, hint));
    }
    if (e.k === 'binary' && e.op === '||') {
      const mid = b.block();
      this.cond(e.l, env, t, mid);
      b.setBlock(mid);
      return this.scoped(() => this.cond(e.r, env, t, f, hint));
    }
    if (e.k === 'binary' && CMP_OPS.has(e.op) && e.l.ty?.k === 'scalar') {
      const l = this.expr(e.l, env);
      const r = this.expr(e.r, env);
      const cc = ({ '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' } as const)[e.op as '<'];
      this.cmpBranch(cc, (e.l.ty as { s: ScalarName }).s, l, r, t, f, hint);
      return;
    }
    const v = this.expr(e, env);
    this.cmpBranch('ne', 'bool', v, { k: 'const', t: I32, v: 0 }, t, f, hint);
  }

  /** Compare two scalars of type s and branch. */
  private cmpBranch(cc: BrCond, s: ScalarName, l: LVal | VReg, r: LVal | VReg, t: MBlock, f: MBlock, hint?: 'likely'): void {
    const b = this.b;
    let L: LVal = 'id' in l ? { k: 'g', t: I32, r: l } : l;
    let R: LVal = 'id' in r ? { k: 'g', t: I32, r } : r;
    if (L.k === 'const' && R.k !== 'const') {
      [L, R] = [R, L];
      cc = ({ lt: 'gt', gt: 'lt', le: 'ge', ge: 'le', eq: 'eq', ne: 'ne' } as const)[cc];
    }
    if (L.k === 'const' && R.k === 'const') {
      const a = L.v as number;
      const c = R.v as number;
      const ok = { lt: a < c, gt: a > c, le: a <= c, ge: a >= c, eq: a === c, ne: a !== c }[cc];
      b.jump(ok ? t : f);
      return;
    }
    const unsigned = !isSignedName(s);
    const a = this.gpr(L);
    if (R.k === 'const') {
      const c = R.v as number;
      if (!unsigned && c >= -32768 && c <= 32767) {
        b.emit('cmpwi', [{ k: 'cr', n: 7 }, { k: 'u', r: a }, { k: 'i', v: c }], FX.CR7_DEF, { lat: 1 });
      } else if (unsigned && c >= 0 && c <= 65535) {
        b.emit('cmplwi', [{ k: 'cr', n: 7 }, { k: 'u', r: a }, { k: 'i', v: c }], FX.CR7_DEF, { lat: 1 });
      } else {
        b.emit(unsigned ? 'cmplw' : 'cmpw', [{ k: 'cr', n: 7 }, { k: 'u', r: a }, { k: 'u', r: this.cg(c) }], FX.CR7_DEF, { lat: 1 });
      }
    } else {
      b.emit(unsigned ? 'cmplw' : 'cmpw', [{ k: 'cr', n: 7 }, { k: 'u', r: a }, { k: 'u', r: this.gpr(R) }], FX.CR7_DEF, { lat: 1 });
    }
    b.branch(cc, t, f, hint);
  }

  // --- expressions ------------------------------------------------------------------------------------

  private expr(e: Expr, env: Env): LVal {
    const folded = foldExpr(e);
    if (folded !== undefined && e.ty && e.ty.k !== 'lanes' && !(e.k === 'call' && e.target?.k === 'fn')) {
      if (e.ty.k === 'array') return this.constArray(e);
      return { k: 'const', t: e.ty, v: folded };
    }
    const saved = this.b.loc;
    const t = e.ty!;
    switch (e.k) {
      case 'bool': return { k: 'const', t, v: e.value ? 1 : 0 };
      case 'name': return this.nameValue(e, env);
      case 'unary': return this.unary(e, env);
      case 'binary': {
        if (e.op === '&&' || e.op === '||' || (CMP_OPS.has(e.op) && e.l.ty?.k === 'scalar')) return this.boolValue(e, env);
        if (CMP_OPS.has(e.op)) return this.laneCond(e, env);
        const l = this.expr(e.l, env);
        const r = this.expr(e.r, env);
        this.b.loc = saved;
        return this.binary(e.op, t, l, r, e.opLoc);
      }
      case 'cast': return this.cast(this.expr(e.e, env), e.e.ty!, t);
      case 'index': return this.index(e, env);
      case 'field': return this.loadPlace(this.fieldAddr(e), t);
      case 'call': return this.call(e, env);
      case 'array': return this.arrayLiteral(e, env);
      default:
        throw new Error(`lowering: ${e.k}`);
    }
  }

  private constArray(e: Expr): LVal {
    if (e.k === 'name' && e.ref?.k === 'const') {
      const sym = this.pl.constData(e.ref.decl);
      return { k: 'arr', t: e.ty as ArrT, addr: { base: null, idx: null, sym, off: 0, region: { k: 'rodata' } } };
    }
    throw new Error('lowering: constant array expression');
  }

  private nameValue(e: Expr & { k: 'name' }, env: Env): LVal {
    const r = e.ref!;
    if (r.k === 'local' || r.k === 'param') {
      const v = env.vars.get(r.decl);
      if (!v) throw new Error(`lowering: no value for ${e.name}`);
      return v;
    }
    if (r.k === 'global') {
      const g = r.decl;
      const sym = (g as { sym?: string }).sym!;
      const addr: Addr = { base: null, idx: null, sym, off: 0, region: { k: 'global', name: sym } };
      if (g.ty!.k === 'array') return { k: 'arr', t: g.ty as ArrT, addr };
      return this.loadPlace(addr, g.ty!);
    }
    if (r.k === 'const') return this.constArray(e);
    throw new Error(`lowering: name ${e.name}`);
  }

  /** A comparison or logical operation as a 0/1 value. */
  private boolValue(e: Expr & { k: 'binary' }, env: Env): LVal {
    const b = this.b;
    if (e.op === '==' || e.op === '!=') {
      const l = this.expr(e.l, env);
      const r = this.expr(e.r, env);
      let x: VReg;
      if (r.k === 'const' && (r.v as number) === 0) x = this.gpr(l);
      else if (r.k === 'const' && (r.v as number) >= 0 && (r.v as number) <= 65535) x = b.rri('xori', this.gpr(l), r.v as number);
      else x = b.rrr('xor', this.gpr(l), this.gpr(r));
      const z = b.rr('cntlzw', x);
      let d = b.rlwinm(z, 27, 5, 31);
      if (e.op === '!=') d = b.rri('xori', d, 1);
      return { k: 'g', t: e.ty!, r: d };
    }
    // Through a branch: d = 1; if !(cond) d = 0.
    const d = b.g();
    const yes = b.block();
    const no = b.block();
    const join = b.block();
    this.cond(e, env, yes, no);
    b.setBlock(yes);
    b.li(1, d);
    b.jump(join);
    b.setBlock(no);
    b.li(0, d);
    b.jump(join);
    b.setBlock(join);
    return { k: 'g', t: e.ty!, r: d, home: true };
  }

  private unary(e: Expr & { k: 'unary' }, env: Env): LVal {
    const b = this.b;
    const v = this.expr(e.e, env);
    const t = e.ty!;
    if (e.op === '!') return { k: 'g', t, r: b.rri('xori', this.gpr(v), 1) };
    if (t.k === 'scalar') {
      const s = t.s;
      if (e.op === '~') return { k: 'g', t, r: this.norm(s, b.rrr('nor', this.gpr(v), this.gpr(v))) };
      const n = b.rr('neg', this.gpr(v));
      return { k: 'g', t, r: isFracName(s) ? this.sat(s, n) : this.norm(s, n) };
    }
    // Vectors: 0 - v.
    return this.binary('-', t, { k: 'const', t, v: t.k === 'row' ? new Array(32).fill(0) : new Array(laneCount(t as Type & { k: 'vec' })).fill(0) }, v, e.loc);
  }

  /** Arithmetic on scalars, vectors and rows (vector operands may be scalars: broadcast). */
  private binary(op: string, t: Type, l: LVal, r: LVal, loc: Loc): LVal {
    if (t.k === 'scalar') return this.scalarOp(op, t.s, l, r, loc);
    if (l.k === 'const' && r.k === 'const') {
      const n = laneCount(t as Type & { k: 'vec' });
      const lanes = (v: Value) => (Array.isArray(v) ? (v as number[]) : new Array<number>(n).fill(v as number));
      const a = lanes(l.v);
      const bb = op === '<<' || op === '>>' ? new Array<number>(n).fill(r.v as number) : lanes(r.v);
      const s = laneOf(t) as ScalarName;
      return { k: 'const', t, v: a.map((x, i) => constOp(op, s, x, bb[i]!)) };
    }
    const lane = laneOf(t) as LaneName;
    const { w, frac } = vecSuffix(lane);
    const b = this.b;
    if (op === '<<' || op === '>>') {
      const k = (r.k === 'const' ? r.v : 0) as number;
      const amount = op === '<<' ? k : -Math.min(k, w === 'b' ? 7 : 15);
      const out = this.halves(t).map((h) => (amount === 0 ? this.vr(l, h, lane) : b.vshift(w === 'b' ? 'fxvshb' : 'fxvshh', this.vr(l, h, lane), amount)));
      return this.vecResult(t, out);
    }
    const kind = frac ? 'fs' : 'm';
    const name = op === '+' ? 'add' : op === '-' ? 'sub' : 'mul';
    const mnem = `fxv${name}${w}${kind}`;
    const out = this.halves(t).map((h) => b.vvv(mnem, this.vr(l, h, lane), this.vr(r, h, lane)));
    return this.vecResult(t, out);
  }

  private vecResult(t: Type, regs: VReg[]): LVal {
    return t.k === 'row' ? { k: 'row', t, lo: regs[0]!, hi: regs[1]! } : { k: 'v', t, r: regs[0]! };
  }

  private scalarOp(op: string, s: ScalarName, l: LVal, r: LVal, loc: Loc): LVal {
    const b = this.b;
    const t: Type = { k: 'scalar', s };
    if (l.k === 'const' && r.k === 'const') {
      try {
        return { k: 'const', t, v: constOp(op, s, l.v as number, r.v as number) };
      } catch (err) {
        if (!(err instanceof S.DivideByZero)) throw err;
        // Division by a constant zero: trap at run time, as the evaluator does.
      }
    }
    const commutative = op === '+' || op === '*' || op === '&' || op === '|' || op === '^';
    if (commutative && l.k === 'const') [l, r] = [r, l];
    const rc = r.k === 'const' ? (r.v as number) : undefined;
    const frac = isFracName(s);
    const res = (x: VReg): LVal => ({ k: 'g', t, r: x });
    switch (op) {
      case '+': case '-': {
        let x: VReg;
        if (rc !== undefined) {
          const k = op === '+' ? rc : -rc;
          if (k === 0) return l;
          if (s === 'u32' || s === 'i32') {
            const kk = k | 0;
            x = kk >= -32768 && kk <= 32767 ? b.rri('addi', this.gpr(l), kk) : (kk & 0xffff) === 0 ? b.rri('addis', this.gpr(l), (kk >> 16) & 0xffff) : b.rrr('add', this.gpr(l), this.cg(kk));
          } else x = b.rri('addi', this.gpr(l), k);
        } else if (op === '+') x = b.rrr('add', this.gpr(l), this.gpr(r));
        else x = b.rrr('subf', this.gpr(r), this.gpr(l));
        return res(frac ? this.sat(s, x) : this.norm(s, x));
      }
      case '*': {
        if (frac) {
          // Fractional product: floor(2ab / 2^n) = (a*b) >> (n-1); only -1 x -1 overflows.
          const n = bitsOf(s);
          const p = rc !== undefined ? (rc >= -32768 && rc <= 32767 ? b.rri('mulli', this.gpr(l), rc, LAT.mul) : b.rrr('mullw', this.gpr(l), this.cg(rc), LAT.mul)) : b.rrr('mullw', this.gpr(l), this.gpr(r), LAT.mul);
          const q = b.rlwinm(p, 32 - (n - 1), 32 - n, 31);
          const x = this.norm(s, q);
          const canOverflow = rc === undefined || rc === -(2 ** (n - 1));
          if (!canOverflow) return res(x);
          // In place: x = -1 only for -1 x -1, whose product is the largest fraction.
          b.emit(s === 'fx8' ? 'fixm8' : 'fixm16', [{ k: 'du', r: x }], FX.CR7_DEF, { lat: 2 });
          return res(x);
        }
        if (rc !== undefined) {
          if (rc === 0) return { k: 'const', t, v: 0 };
          if (rc === 1) return l;
          const k = log2(rc >>> 0);
          if (k >= 0) return res(this.norm(s, b.rlwinm(this.gpr(l), k, 0, 31 - k)));
          const sc = rc | 0;
          if (sc >= -32768 && sc <= 32767) return res(this.norm(s, b.rri('mulli', this.gpr(l), sc, LAT.mul)));
        }
        return res(this.norm(s, b.rrr('mullw', this.gpr(l), this.gpr(r), LAT.mul)));
      }
      case '/': case '%': return res(this.divide(op, s, l, r, loc));
      case '&': case '|': case '^': {
        if (rc !== undefined) {
          const u = rc >>> 0;
          if (op === '&') {
            const mb = maskBounds(u);
            if (mb) return res(b.rlwinm(this.gpr(l), 0, mb[0], mb[1]));
            if (u === 0) return { k: 'const', t, v: 0 };
            if (u <= 0xffff) return res(b.rri('andi.', this.gpr(l), u, LAT.alu, FX.CR0_DEF));
          } else {
            const imm = op === '|' ? 'ori' : 'xori';
            const immS = op === '|' ? 'oris' : 'xoris';
            if (u <= 0xffff) return res(this.norm(s, b.rri(imm, this.gpr(l), u)));
            if ((u & 0xffff) === 0) return res(this.norm(s, b.rri(immS, this.gpr(l), u >>> 16)));
            return res(this.norm(s, b.rri(imm, b.rri(immS, this.gpr(l), u >>> 16), u & 0xffff)));
          }
        }
        const m = op === '&' ? 'and' : op === '|' ? 'or' : 'xor';
        return res(b.rrr(m, this.gpr(l), this.gpr(r)));
      }
      case '<<': {
        if (rc !== undefined) {
          const k = rc & 63;
          if (k >= bitsOf(s)) return { k: 'const', t, v: 0 };
          if (k === 0) return l;
          return res(this.norm(s, b.rlwinm(this.gpr(l), k, 0, 31 - k)));
        }
        return res(this.norm(s, b.rrr('slw', this.gpr(l), this.gpr(r))));
      }
      case '>>': {
        const signed = isSignedName(s);
        if (rc !== undefined) {
          const k = rc & 63;
          const n = bitsOf(s);
          if (k === 0) return l;
          if (!signed) return k >= n ? { k: 'const', t, v: 0 } : res(b.rlwinm(this.gpr(l), 32 - k, k, 31));
          if (n === 32) return res(b.rri('srawi', this.gpr(l), Math.min(k, 31), LAT.alu, FX.XER_DEF));
          // A sign-extended narrow value: logical shift and re-extend (avoids srawi's XER stall).
          return res(this.norm(s, b.rlwinm(this.gpr(l), 32 - Math.min(k, n - 1), Math.min(k, n - 1), 31)));
        }
        if (signed) return res(b.rrr('sraw', this.gpr(l), this.gpr(r), LAT.alu, FX.XER_DEF));
        return res(b.rrr('srw', this.gpr(l), this.gpr(r)));
      }
    }
    throw new Error(`lowering: scalar op ${op}`);
  }

  /** Integer division and remainder: shifts and multiplications for constants, divw otherwise. */
  private divide(op: string, s: ScalarName, l: LVal, r: LVal, loc: Loc): VReg {
    const b = this.b;
    const signed = isSignedName(s);
    const rc = r.k === 'const' ? (r.v as number) : undefined;
    if (rc !== undefined && rc !== 0) {
      const mag = signed ? Math.abs(rc) : rc >>> 0;
      const k = log2(mag);
      const a = this.gpr(l);
      if (k >= 0 && (rc > 0 || !signed)) {
        if (!signed) {
          if (op === '/') return b.rlwinm(a, (32 - k) & 31, k, 31);
          return b.rlwinm(a, 0, 32 - k, 31);
        }
        // Signed power of two: round toward zero (srawi sets CA for negative dividends that lose bits).
        if (k === 0) return op === '/' ? a : this.cg(0);
        const q0 = b.rri('srawi', a, k, LAT.alu, FX.XER_DEF);
        const q = b.g();
        b.emit('addze', [{ k: 'd', r: q }, { k: 'u', r: q0 }], FX.XER_DEF, { lat: 1 });
        const qn = this.norm(s, q);
        if (op === '/') return qn;
        return this.norm(s, b.rrr('subf', b.rlwinm(q, k, 0, 31 - k), a));
      }
      if (!signed || s !== 'i32' || rc !== -1) {
        const q = this.divConst(a, signed ? rc : rc >>> 0, signed);
        if (q) {
          const qn = this.norm(s, q);
          if (op === '/') return qn;
          const m = rc >= -32768 && rc <= 32767 ? b.rri('mulli', q, rc, LAT.mul) : b.rrr('mullw', q, this.cg(rc), LAT.mul);
          return this.norm(s, b.rrr('subf', m, a));
        }
      }
    }
    const a = this.gpr(l);
    const d = this.gpr(r);
    if (rc === undefined || rc === 0) this.trapIf('tweqi', d, 0, 'division by zero', loc);
    const q = b.rrr(signed ? 'divw' : 'divwu', a, d, LAT.div);
    if (op === '/') return this.norm(s, q);
    return this.norm(s, b.rrr('subf', b.rrr('mullw', q, d, LAT.mul), a));
  }

  /** Division by a constant with a multiply-high (Hacker's Delight, chapter 10). */
  private divConst(a: VReg, d: number, signed: boolean): VReg | undefined {
    const b = this.b;
    const M32 = 2 ** 32;
    if (signed) {
      const ad = Math.abs(d);
      if (ad < 2) return undefined;
      // Magic number M and shift s: q = (mulhs(M, n) [+/- n]) >> s, plus one if negative.
      const two31 = 2 ** 31;
      const tt = two31 + (d < 0 ? 1 : 0);
      const anc = tt - 1 - (tt % ad);
      let p = 31;
      let q1 = Math.floor(two31 / anc);
      let r1 = two31 - q1 * anc;
      let q2 = Math.floor(two31 / ad);
      let r2 = two31 - q2 * ad;
      let delta: number;
      do {
        p++;
        q1 = (2 * q1) % M32; r1 = 2 * r1;
        if (r1 >= anc) { q1 = (q1 + 1) % M32; r1 -= anc; }
        q2 = (2 * q2) % M32; r2 = 2 * r2;
        if (r2 >= ad) { q2 = (q2 + 1) % M32; r2 -= ad; }
        delta = ad - r2;
      } while (q1 < delta || (q1 === delta && r1 === 0));
      let M = (q2 + 1) % M32;
      if (d < 0) M = (M32 - M) % M32;
      const sh = p - 32;
      const Ms = M | 0;
      let t = b.rrr('mulhw', a, this.cg(Ms), LAT.mul);
      if (d > 0 && Ms < 0) t = b.rrr('add', t, a);
      if (d < 0 && Ms > 0) t = b.rrr('subf', a, t);
      if (sh > 0) t = b.rri('srawi', t, sh, LAT.alu, FX.XER_DEF);
      const sign = b.rlwinm(t, 1, 31, 31);
      return b.rrr('add', t, sign);
    }
    const du = d >>> 0;
    if (du < 2 || du >= 2 ** 31) return undefined;
    // Unsigned (Hacker's Delight, magicu): all arithmetic modulo 2^32 as in the C original.
    const nc = M32 - 1 - ((M32 - du) % du);
    let p = 31;
    let q1 = Math.floor(2 ** 31 / nc);
    let r1 = 2 ** 31 - q1 * nc;
    let q2 = Math.floor((2 ** 31 - 1) / du);
    let r2 = 2 ** 31 - 1 - q2 * du;
    let add = false;
    let delta: number;
    do {
      p++;
      if (r1 >= nc - r1) { q1 = (2 * q1 + 1) % M32; r1 = (2 * r1 - nc) % M32; } else { q1 = (2 * q1) % M32; r1 = (2 * r1) % M32; }
      if (r2 + 1 >= du - r2) {
        if (q2 >= 2 ** 31 - 1) add = true;
        q2 = (2 * q2 + 1) % M32; r2 = (2 * r2 + 1 - du) % M32;
      } else {
        if (q2 >= 2 ** 31) add = true;
        q2 = (2 * q2) % M32; r2 = (2 * r2 + 1) % M32;
      }
      delta = du - 1 - r2;
    } while (p < 64 && (q1 < delta || (q1 === delta && r1 === 0)));
    const two32 = M32;
    const M = (q2 + 1) % two32;
    const sh = p - 32;
    const hi = b.rrr('mulhwu', a, this.cg(M | 0), LAT.mul);
    if (!add) return sh > 0 ? b.rlwinm(hi, 32 - sh, sh, 31) : hi;
    // q = (((n - hi) >> 1) + hi) >> (s - 1)
    const t = b.rrr('subf', hi, a);
    const t2 = b.rlwinm(t, 31, 1, 31);
    const t3 = b.rrr('add', t2, hi);
    return sh - 1 > 0 ? b.rlwinm(t3, 32 - (sh - 1), sh - 1, 31) : t3;
  }

  private trapIf(op: 'tweqi' | 'twlgei', r: VReg, imm: number, message: string, loc: Loc): void {
    const saved = this.b.loc;
    this.b.loc = loc;
    this.b.emit(op, [{ k: 'u', r }, { k: 'i', v: imm }], FX.TRAP, { trap: message });
    this.b.loc = saved;
  }

  // --- lane conditions, select, where ------------------------------------------------------------------

  /** v > w etc. on vectors or rows: the sign of the saturating difference, per vector. */
  private laneCond(e: Expr & { k: 'binary' }, env: Env): LVal {
    const b = this.b;
    const of = e.ty!.k === 'lanes' ? e.ty!.of : e.l.ty!;
    let l = this.expr(e.l, env);
    let r = this.expr(e.r, env);
    let op: string = e.op;
    const isZeroConst = (v: LVal) => v.k === 'const' && (Array.isArray(v.v) ? (v.v as number[]).every((x) => x === 0) : v.v === 0);
    if (isZeroConst(l) && !isZeroConst(r)) {
      [l, r] = [r, l];
      op = ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' } as Record<string, string>)[op]!;
    }
    const lane = laneOf(of) as LaneName;
    const { w } = vecSuffix(lane);
    const d: VReg[] = [];
    for (const h of this.halves(of)) {
      if (lane === 'u8') {
        // Unsigned bytes: flip the sign bits (add 0x80 modulo 256), then compare as signed.
        const k80 = this.vconst('i8', new Array(16).fill(-128));
        const a = b.vvv('fxvaddbm', this.vr(l, h, lane), k80);
        const c = isZeroConst(r) ? k80 : b.vvv('fxvaddbm', this.vr(r, h, lane), k80);
        d.push(b.vvv('fxvsubbfs', a, c));
      } else if (isZeroConst(r)) d.push(this.vr(l, h, lane));
      else d.push(b.vvv(`fxvsub${w}fs`, this.vr(l, h, lane), this.vr(r, h, lane)));
    }
    const map: Record<string, ['gt' | 'lt' | 'eq', boolean]> = { '>': ['gt', false], '<': ['lt', false], '==': ['eq', false], '<=': ['gt', true], '>=': ['lt', true], '!=': ['eq', true] };
    const [flag, neg] = map[op]!;
    return { k: 'lanes', of, d, flag, neg };
  }

  /** Per half: the lanes where the condition holds take a, the others b. */
  private selectV(c: LVal & { k: 'lanes' }, a: LVal, bv: LVal, t: Type): LVal {
    const b = this.b;
    const lane = laneOf(t) as LaneName;
    const { w } = vecSuffix(lane);
    const out = this.halves(t).map((h) => {
      const av = this.vr(a, h, lane);
      const bb = this.vr(bv, h, lane);
      b.vcmp(w === 'b' ? 'fxvcmpb' : 'fxvcmph', c.d[h]!);
      // fxvsel d, x, y, flag: y where flag holds, else x.
      return c.neg ? b.vsel(av, bb, c.flag) : b.vsel(bb, av, c.flag);
    });
    return this.vecResult(t, out);
  }

  /** The value to store under the enclosing where conditions: new lanes where they hold, old elsewhere. */
  private underWheres(env: Env, v: LVal, old: () => LVal, t: Type): LVal {
    if (!env.wheres.length) return v;
    const o = old();
    let cur = v;
    for (let i = env.wheres.length - 1; i >= 0; i--) cur = this.selectV(env.wheres[i]!, cur, o, t);
    return cur;
  }

  // --- casts ----------------------------------------------------------------------------------------------

  private cast(v: LVal, from: Type, to: Type): LVal {
    const b = this.b;
    if (v.k === 'const') return { k: 'const', t: to, v: convertConst(from, to, v.v) };
    if (to.k !== 'scalar' || from.k !== 'scalar') return { ...(v as LVal & { k: 'v' }), t: to };
    const f = from.s;
    const s = to.s;
    const r = this.gpr(v);
    if (isFracName(f) && isFracName(s)) {
      if (f === s) return v;
      if (s === 'fx16') return { k: 'g', t: to, r: b.rlwinm(r, 8, 0, 23) };
      return { k: 'g', t: to, r: b.rr('extsb', b.rlwinm(r, 24, 24, 31)) };
    }
    // Integers (and bool): wrap to the target width.
    const fb = bitsOf(f);
    const tb = bitsOf(s);
    const keep: LVal = { k: 'g', t: to, r, home: v.k === 'g' ? v.home : false };
    if (s === 'i32' || s === 'u32') return keep;
    if (fb < tb && (isSignedName(f) === isSignedName(s) || !isSignedName(f))) return keep;
    if (fb === tb && isSignedName(f) === isSignedName(s)) return keep;
    return { k: 'g', t: to, r: this.norm(s, r) };
  }

  // --- places (memory) ----------------------------------------------------------------------------------

  /** D(RA) or X-form operands for an address. */
  private memOperands(a: Addr): { disp: number | string; base: VReg | null } | { x: [VReg | null, VReg] } {
    const symOff = a.sym ? (a.off ? `${a.sym}+${a.off}@l` : `${a.sym}@l`) : a.off;
    if (a.base && a.idx) {
      if (a.sym || a.off) return { disp: symOff, base: this.b.rrr('add', a.base, a.idx) };
      return { x: [a.base, a.idx] };
    }
    return { disp: symOff, base: a.base ?? a.idx };
  }

  private scalarLoadOp(s: ScalarName): [string, string, boolean] {
    switch (s) {
      case 'i32': case 'u32': return ['lwz', 'lwzx', false];
      case 'i16': case 'fx16': return ['lha', 'lhax', false];
      case 'u16': return ['lhz', 'lhzx', false];
      case 'i8': case 'fx8': return ['lbz', 'lbzx', true];
      case 'u8': case 'bool': return ['lbz', 'lbzx', false];
    }
  }

  private scalarStoreOp(s: ScalarName): [string, string] {
    const n = bitsOf(s);
    return n === 32 ? ['stw', 'stwx'] : n === 16 ? ['sth', 'sthx'] : ['stb', 'stbx'];
  }

  /** A register holding the address (for vector loads and stores, which have no displacement). */
  private vecAddr(a: Addr, extra: number): [VReg | null, VReg] {
    const b = this.b;
    const off = a.off + extra;
    const constPart = (): VReg | null => (a.sym ? b.la(off ? `${a.sym}+${off}` : a.sym) : off ? this.cg(off) : null);
    if (!a.base && !a.idx) return [null, constPart() ?? this.cg(0)];
    const r = a.base && a.idx ? b.rrr('add', a.base, a.idx) : (a.base ?? a.idx)!;
    return [constPart(), r];
  }

  private loadPlace(a: Addr, t: Type): LVal {
    const b = this.b;
    if (t.k === 'scalar') {
      const [op, opx, ext] = this.scalarLoadOp(t.s);
      const m = this.memOperands(a);
      let r = 'x' in m ? b.loadX(opx, m.x[0], m.x[1], a.region) : b.load(op, m.disp, m.base, a.region);
      if (ext) r = b.rr('extsb', r);
      return { k: 'g', t, r };
    }
    if (t.k === 'vec') {
      const [ra, rb] = this.vecAddr(a, 0);
      return { k: 'v', t, r: b.vload(ra, rb, a.region) };
    }
    if (t.k === 'row') {
      const [ra, rb] = this.vecAddr(a, 0);
      const lo = b.vload(ra, rb, a.region);
      const [ra2, rb2] = this.vecAddr(a, 16);
      const hi = b.vload(ra2, rb2, a.region);
      return { k: 'row', t, lo, hi };
    }
    if (t.k === 'array') return { k: 'arr', t: t as ArrT, addr: a };
    throw new Error(`lowering: load of ${t.k}`);
  }

  private storePlace(a: Addr, t: Type, v: LVal): void {
    const b = this.b;
    if (t.k === 'scalar') {
      const [op, opx] = this.scalarStoreOp(t.s);
      const m = this.memOperands(a);
      const r = this.gpr(v);
      if ('x' in m) b.storeX(opx, r, m.x[0], m.x[1], a.region);
      else b.store(op, r, m.disp, m.base, a.region);
      return;
    }
    const lane = laneOf(t)!;
    const [ra, rb] = this.vecAddr(a, 0);
    b.vstore(this.vr(v, 0, lane), ra, rb, a.region);
    if (t.k === 'row') {
      const [ra2, rb2] = this.vecAddr(a, 16);
      b.vstore(this.vr(v, 1, lane), ra2, rb2, a.region);
    }
  }

  private fieldAddr(e: Expr & { k: 'field' }): Addr {
    const f = e.field as MailboxField;
    return { base: null, idx: null, off: MAILBOX_BASE + f.offset!, region: { k: 'mailbox' } };
  }

  /** The address of an array element, with a bounds check when the index is not known to be in range. */
  private elementAddr(arr: LVal & { k: 'arr' }, index: Expr, env: Env, msg: string): Addr {
    const b = this.b;
    const len = arr.t.len;
    const size = sizeOf(arr.t.elem);
    const iv = this.expr(index, env);
    const a = arr.addr;
    if (iv.k === 'const') return { ...a, off: a.off + (iv.v as number) * size };
    const r = this.range(index, env);
    const ir = this.gpr(iv);
    if (!r || r[0] < 0 || r[1] >= len) this.trapIf('twlgei', ir, len, msg, index.loc);
    const k = log2(size);
    const scaled = k === 0 ? ir : k > 0 ? b.rlwinm(ir, k, 0, 31 - k) : b.rri('mulli', ir, size, LAT.mul);
    if (!a.idx) return { ...a, idx: scaled };
    return { ...a, idx: b.rrr('add', a.idx, scaled) };
  }

  /** The address of the place an lvalue expression names (globals, arrays, mailbox). */
  private placeAddr(e: Expr, env: Env): Addr | undefined {
    if (e.k === 'field') return this.fieldAddr(e);
    if (e.k === 'name' && e.ref?.k === 'global') {
      const sym = (e.ref.decl as { sym?: string }).sym!;
      return { base: null, idx: null, sym, off: 0, region: { k: 'global', name: sym } };
    }
    if (e.k === 'index' && (e.e.ty?.k === 'array' || e.e.ty?.k === 'ref')) {
      const arr = this.arrayValue(e.e, env);
      return this.elementAddr(arr, e.index, env, arrayMsg(e.e, arr.t.len));
    }
    if (e.k === 'index' && (e.e.ty?.k === 'vec' || e.e.ty?.k === 'row')) {
      const inner = this.placeAddr(e.e, env);
      if (!inner) return undefined;
      const lane = laneOf(e.e.ty) as LaneName;
      const size = bitsOf(lane) / 8;
      const fake: LVal & { k: 'arr' } = { k: 'arr', t: { k: 'array', elem: { k: 'scalar', s: lane }, len: laneCount(e.e.ty as Type & { k: 'vec' }) }, addr: inner };
      void size;
      return this.elementAddr(fake, e.index, env, laneMsg(e.e.ty));
    }
    return undefined;
  }

  private arrayValue(e: Expr, env: Env): LVal & { k: 'arr' } {
    if (e.k === 'name') {
      const v = this.nameValue(e, env);
      if (v.k === 'arr') return v;
    }
    if (e.k === 'field') return { k: 'arr', t: e.ty as ArrT, addr: this.fieldAddr(e) };
    if (e.k === 'index') {
      const a = this.placeAddr(e, env)!;
      return { k: 'arr', t: e.ty as ArrT, addr: a };
    }
    throw new Error('lowering: array value');
  }

  // --- indexing ----------------------------------------------------------------------------------------

  private index(e: Expr & { k: 'index' }, env: Env): LVal {
    const bt = e.e.ty!;
    if (bt.k === 'chip') return this.chipRowRead(bt.name, e.index, env);
    if (bt.k === 'array' || bt.k === 'ref') {
      const arr = this.arrayValue(e.e, env);
      return this.loadPlace(this.elementAddr(arr, e.index, env, arrayMsg(e.e, arr.t.len)), e.ty!);
    }
    // A lane of a vector or row: from memory if the vector lives there, else through a stack buffer.
    const a = this.placeAddr(e, env);
    if (a) return this.loadPlace(a, e.ty!);
    const v = this.expr(e.e, env);
    return this.laneRead(v, bt as Type & { k: 'vec' }, e.index, env);
  }

  private laneBuffer(): number {
    return this.b.f.laneSlots++;
  }

  /** Code that runs only on some paths: buffers it records are forgotten at its end. */
  private scoped<T>(f: () => T): T {
    this.scopes.push({ regs: [], vars: [] });
    try {
      return f();
    } finally {
      const sc = this.scopes.pop()!;
      for (const r of sc.regs) this.bufByReg.delete(r);
      for (const v of sc.vars) if (this.bufByVar.get(v)?.mode === 'sync') this.bufByVar.delete(v);
    }
  }

  private rememberReg(reg: number, slot: number): void {
    this.bufByReg.set(reg, slot);
    this.scopes[this.scopes.length - 1]!.regs.push(reg);
  }

  private rememberVar(home: number, slot: number, mode: 'sync' | 'buffer'): void {
    this.bufByVar.set(home, { slot, mode });
    this.scopes[this.scopes.length - 1]!.vars.push(home);
  }

  /** The buffer holding the current value of a vector (storing it there if none does). */
  private bufferFor(v: LVal, t: Type): number {
    const reg = v.k === 'v' ? v.r : v.k === 'row' ? v.lo : undefined;
    if (reg) {
      if (this.varHomes.has(reg.id)) {
        const st = this.bufByVar.get(reg.id);
        if (st) return st.slot;
        const slot = this.spillToBuffer(v, t);
        this.rememberVar(reg.id, slot, 'sync');
        return slot;
      }
      const known = this.bufByReg.get(reg.id);
      if (known !== undefined) return known;
      const slot = this.spillToBuffer(v, t);
      this.rememberReg(reg.id, slot);
      return slot;
    }
    return this.spillToBuffer(v, t);
  }

  /**
   * Before a loop: vectors whose lanes the body reads or writes and which it does not otherwise
   * use get their buffer now, so the loop itself stores no vector (and needs no sync).
   * Variables only lane-written in the loop live in their buffer until the loop ends.
   */
  private prepareLoop(body: Block, env: Env): { decl: object; key: number; slot: number; home: LVal }[] {
    const lane = new Map<object, { write: boolean }>();
    const other = new Set<object>();
    const visit = (n: unknown, laneBase: boolean) => {
      if (!n || typeof n !== 'object') return;
      const x = n as { k?: string };
      if (x.k === 'name') {
        const e = n as Expr & { k: 'name' };
        const d = e.ref && (e.ref.k === 'local' || e.ref.k === 'param') ? e.ref.decl : undefined;
        if (d && (e.ty?.k === 'vec' || e.ty?.k === 'row')) {
          if (laneBase) lane.set(d, lane.get(d) ?? { write: false });
          else other.add(d);
        }
        return;
      }
      if (x.k === 'assign') {
        const a = n as Stmt & { k: 'assign' };
        const t = a.target;
        if (t.k === 'index' && t.e.k === 'name' && (t.e.ty?.k === 'vec' || t.e.ty?.k === 'row')) {
          const d = t.e.ref && (t.e.ref.k === 'local' || t.e.ref.k === 'param') ? t.e.ref.decl : undefined;
          if (d) lane.set(d, { write: true });
          visit(t.index, false);
          visit(a.value, false);
          return;
        }
      }
      if (x.k === 'index') {
        const ie = n as Expr & { k: 'index' };
        visit(ie.e, true);
        visit(ie.index, false);
        return;
      }
      for (const [k, v] of Object.entries(n)) {
        if (k === 'ty' || k === 'ref' || k === 'target' || k === 'field' || k === 'loc' || k === 'decl') continue;
        if (Array.isArray(v)) v.forEach((c) => visit(c, false));
        else if (v && typeof v === 'object') visit(v, false);
      }
    };
    visit(body, false);
    const reloads: { decl: object; key: number; slot: number; home: LVal }[] = [];
    let stored = false;
    for (const [d, use] of lane) {
      if (other.has(d)) continue;
      const v = env.vars.get(d);
      if (!v || (v.k !== 'v' && v.k !== 'row')) continue;
      const t = (d as { ty?: Type }).ty!;
      const reg = v.k === 'v' ? v.r : v.lo;
      const isVar = this.varHomes.has(reg.id);
      if (!(isVar ? this.bufByVar.has(reg.id) : this.bufByReg.has(reg.id))) stored = true;
      const slot = this.bufferFor(v, t);
      if (isVar && use.write) {
        this.bufByVar.set(reg.id, { slot, mode: 'buffer' });
        reloads.push({ decl: d, key: reg.id, slot, home: v });
      }
    }
    if (stored) this.b.emit('sync', [], FX.BARRIER | FX.SIDE, { note: 'lane buffers for the loop' });
    return reloads;
  }

  /** After a loop: variables that lived in their buffer go back into registers. */
  private finishLoop(reloads: { decl: object; key: number; slot: number; home: LVal }[]): void {
    for (const r of reloads) {
      const t = (r.decl as { ty?: Type }).ty!;
      if (t.k === 'row') this.moveHome(r.home, { k: 'row', t, lo: this.reloadBuffer(r.slot), hi: this.reloadBuffer(r.slot + 1) });
      else this.moveHome(r.home, { k: 'v', t, r: this.reloadBuffer(r.slot) });
      this.bufByVar.set(r.key, { slot: r.slot, mode: 'sync' });
    }
  }

  /** Write a vector (or row) to a 16-byte-aligned stack buffer; returns its slot. */
  private spillToBuffer(v: LVal, t: Type): number {
    const b = this.b;
    const slot = this.laneBuffer();
    const lane = laneOf(t)!;
    for (const h of this.halves(t)) {
      if (h === 1) this.laneBuffer();
      const off = b.g();
      b.emit('laneaddr', [{ k: 'd', r: off }, { k: 'i', v: slot + h }], 0, { lat: 1 });
      b.vstore(this.vr(v, h, lane), null, off, { k: 'stack', slot: slot + h });
    }
    return slot;
  }

  private laneRead(v: LVal, t: Type & { k: 'vec' }, index: Expr, env: Env): LVal {
    const b = this.b;
    const lane = laneOf(t) as LaneName;
    const n = laneCount(t);
    const size = bitsOf(lane) / 8;
    const slot = this.bufferFor(v, t);
    const iv = this.expr(index, env);
    const base = b.g();
    b.emit('laneaddr', [{ k: 'd', r: base }, { k: 'i', v: slot }], 0, { lat: 1 });
    const addr: Addr = { base, idx: null, off: 0, region: { k: 'stack', slot } };
    if (iv.k === 'const') return this.loadPlace({ ...addr, off: (iv.v as number) * size }, { k: 'scalar', s: lane });
    const fake: LVal & { k: 'arr' } = { k: 'arr', t: { k: 'array', elem: { k: 'scalar', s: lane }, len: n }, addr };
    return this.loadPlace(this.elementAddr(fake, index, env, laneMsg(t)), { k: 'scalar', s: lane });
  }

  // --- chip access -------------------------------------------------------------------------------------------

  /** Bus address registers for row r of a synapse region: (base register, index register) per half. */
  private rowBus(base: number, rowIdx: Expr, env: Env): [VReg | null, VReg][] {
    const b = this.b;
    const iv = this.expr(rowIdx, env);
    if (iv.k === 'const') {
      const r = iv.v as number;
      return [[null, this.cg(base + 2 * r)], [null, this.cg(base + 2 * r + 1)]];
    }
    const rr = this.gpr(iv);
    const range = this.range(rowIdx, env);
    if (!range || range[0] < 0 || range[1] > 31) this.trapIf('twlgei', rr, 32, ROW_MSG, rowIdx.loc);
    const two = b.rlwinm(rr, 1, 0, 30);
    return [[base ? this.cg(base) : null, two], [this.cg(base + 1), two]];
  }

  private chipRowRead(name: 'weights' | 'addresses' | 'causal' | 'anticausal', rowIdx: Expr, env: Env): LVal {
    const b = this.b;
    this.pl.usesChip = true;
    const bus = this.rowBus(VEC_BASE[name], rowIdx, env);
    const lo = b.vin(bus[0]![0], bus[0]![1]);
    const hi = b.vin(bus[1]![0], bus[1]![1]);
    return { k: 'row', t: { k: 'row', lane: name === 'causal' || name === 'anticausal' ? 'u8' : 'i8' }, lo, hi };
  }

  private chipRowWrite(name: 'weights' | 'addresses', rowIdx: Expr, v: LVal, env: Env): void {
    const b = this.b;
    this.pl.usesChip = true;
    const bus = this.rowBus(VEC_BASE[name], rowIdx, env);
    const t: Type = { k: 'row', lane: 'i8' };
    // One positive where condition maps onto the bus write's lane mask; others read, select, write.
    if (env.wheres.length === 1 && !env.wheres[0]!.neg) {
      const c = env.wheres[0]!;
      for (const h of [0, 1] as const) {
        b.vcmp('fxvcmpb', c.d[h]!);
        b.vout(this.vr(v, h, 'i8'), bus[h]![0], bus[h]![1], c.flag);
      }
      return;
    }
    let val = v;
    if (env.wheres.length) {
      const old = { k: 'row' as const, t, lo: b.vin(bus[0]![0], bus[0]![1]), hi: b.vin(bus[1]![0], bus[1]![1]) };
      val = this.underWheres(env, v, () => old, t);
    }
    for (const h of [0, 1] as const) b.vout(this.vr(val, h, 'i8'), bus[h]![0], bus[h]![1]);
  }

  private resetCorrelation(kind: 'causal' | 'anticausal', rowIdx: Expr, env: Env): void {
    const b = this.b;
    this.pl.usesChip = true;
    const bus = this.rowBus(VEC_RESET[kind], rowIdx, env);
    const z = this.vconst('i8', new Array(16).fill(0));
    for (const h of [0, 1] as const) b.vout(z, bus[h]![0], bus[h]![1]);
  }

  /** A scalar bus address: base (hoistable constant) + index * 4. */
  private busWord(base: number, index: Expr, limit: number, what: string, env: Env, scale = 4): Addr {
    const b = this.b;
    this.pl.usesChip = true;
    const hiBase = this.cg(base);
    const iv = this.expr(index, env);
    if (iv.k === 'const') return { base: hiBase, idx: null, off: (iv.v as number) * scale, region: { k: 'bus' } };
    const r = this.gpr(iv);
    const range = this.range(index, env);
    if (!range || range[0] < 0 || range[1] >= limit) this.trapIf('twlgei', r, limit, what, index.loc);
    const k = log2(scale);
    return { base: hiBase, idx: b.rlwinm(r, k, 0, 31 - k), off: 0, region: { k: 'bus' } };
  }

  // --- calls ---------------------------------------------------------------------------------------------------

  private call(e: Expr & { k: 'call' }, env: Env): LVal {
    const t = e.target!;
    if (t.k === 'builtin') return this.builtin(e, t.name, env);
    const f = t.decl;
    if (this.pl.shouldInline(f, env.depth)) return this.inline(f, e.args, env);
    return this.realCall(f, e.args, env);
  }

  private argValue(a: Expr, p: Param, env: Env): LVal {
    if (p.ty!.k === 'ref') return this.arrayValue(a, env);
    return this.expr(a, env);
  }

  private inline(f: FnDecl, args: Expr[], env: Env): LVal {
    const b = this.b;
    const vals = args.map((a, i) => this.argValue(a, f.params[i]!, env));
    const inner: Env = { vars: new Map(), ranges: new Map(), ret: { exit: undefined as unknown as MBlock, dst: null }, wheres: [], depth: env.depth + 1 };
    f.params.forEach((p, i) => {
      inner.vars.set(p, vals[i]!);
      const r = this.range(args[i]!, env);
      if (r) inner.ranges.set(p, r);
    });
    const saved = b.loc;
    // A body that is one `return e;` needs no blocks: its value is e's.
    const only = f.body.stmts.length === 1 ? f.body.stmts[0] : undefined;
    if (only?.k === 'return' && only.value) {
      b.loc = only.loc;
      const v = this.expr(only.value, inner);
      b.loc = saved;
      return v;
    }
    const exit = b.block();
    inner.ret = { exit, dst: f.ret && f.ret.k !== 'void' ? this.newHome(f.ret) : null };
    this.lowerBlock(f.body, inner);
    b.jump(exit);
    b.setBlock(exit);
    b.loc = saved;
    const d = inner.ret.dst;
    return d ? ({ ...d, home: false } as LVal) : { k: 'none' };
  }

  private realCall(f: FnDecl, args: Expr[], env: Env): LVal {
    const b = this.b;
    this.pl.request(f);
    b.f.hasCalls = true;
    const vals = args.map((a, i) => this.argValue(a, f.params[i]!, env));
    const uses: VReg[] = [];
    let gi = 0;
    let vi = 0;
    f.params.forEach((p, i) => {
      const v = vals[i]!;
      const t = p.ty!;
      if (t.k === 'ref') {
        const a = (v as LVal & { k: 'arr' }).addr;
        const r = b.phys('g', ARG_GPRS[gi++]!);
        const addr = a.sym ? b.la(a.off ? `${a.sym}+${a.off}` : a.sym) : null;
        let x: VReg | null = addr;
        for (const part of [a.base, a.idx]) if (part) x = x ? b.rrr('add', x, part) : part;
        if (!a.sym && a.off) x = x ? b.rri('addi', x, a.off) : this.cg(a.off);
        b.mr(r, x ?? this.cg(0));
        uses.push(r);
      } else if (t.k === 'vec') {
        const r = b.phys('v', ARG_VRS[vi++]!);
        b.mr(r, this.vr(v, 0, t.lane));
        uses.push(r);
      } else if (t.k === 'row') {
        const r1 = b.phys('v', ARG_VRS[vi++]!);
        const r2 = b.phys('v', ARG_VRS[vi++]!);
        b.mr(r1, this.vr(v, 0, t.lane));
        b.mr(r2, this.vr(v, 1, t.lane));
        uses.push(r1, r2);
      } else {
        const r = b.phys('g', ARG_GPRS[gi++]!);
        if (v.k === 'const') b.li(v.v as number, r);
        else b.mr(r, this.gpr(v));
        uses.push(r);
      }
    });
    const defs = [...VOLATILE_GPRS.map((n) => b.phys('g', n)), ...VOLATILE_VRS.map((n) => b.phys('v', n))];
    b.emit('bl', [{ k: 'sym', s: f.symbol ? `fn_${f.symbol}` : `fn_${f.name}` }], FX.CALL | FX.BARRIER | FX.CTR_DEF | FX.CR7_DEF | FX.CR0_DEF | FX.VCR_DEF | FX.XER_DEF, { implUses: uses, implDefs: defs });
    const rt = f.ret!;
    if (rt.k === 'vec') return { k: 'v', t: rt, r: this.copyIn(b.phys('v', 2)) };
    if (rt.k === 'row') {
      const lo = this.copyIn(b.phys('v', 2));
      const hi = this.copyIn(b.phys('v', 3));
      return { k: 'row', t: rt, lo, hi };
    }
    if (rt.k === 'scalar') return { k: 'g', t: rt, r: this.copyIn(b.phys('g', 3)) };
    return { k: 'none' };
  }

  private runtimeCall(sym: string, args: VReg[]): void {
    const b = this.b;
    b.f.hasCalls = true;
    const uses = args.map((a, i) => {
      const r = b.phys('g', ARG_GPRS[i]!);
      b.mr(r, a);
      return r;
    });
    const defs = [...VOLATILE_GPRS.map((n) => b.phys('g', n)), ...VOLATILE_VRS.map((n) => b.phys('v', n))];
    b.emit('bl', [{ k: 'sym', s: sym }], FX.CALL | FX.BARRIER | FX.CTR_DEF | FX.CR7_DEF | FX.CR0_DEF | FX.VCR_DEF | FX.XER_DEF, { implUses: uses, implDefs: defs });
  }

  private builtin(e: Expr & { k: 'call' }, name: string, env: Env): LVal {
    const b = this.b;
    const t = e.ty!;
    const none: LVal = { k: 'none' };
    const arg = (i: number) => this.expr(e.args[i]!, env);
    switch (name) {
      case 'time': {
        const d = b.g();
        b.emit('mfspr', [{ k: 'd', r: d }, { k: 'i', v: 284 }], FX.SIDE, { lat: 1 });
        return { k: 'g', t, r: d };
      }
      case 'wait': {
        this.pl.usesWait = true;
        const v = arg(0);
        if (v.k === 'const' && (v.v as number) === 0) return none;
        if (this.pl.opts.hasRules) {
          this.runtimeCall('__dls_wait', [this.gpr(v)]);
          return none;
        }
        const r = this.gpr(v);
        const skip = v.k === 'const' ? undefined : b.block();
        const go = v.k === 'const' ? undefined : b.block();
        if (skip && go) {
          this.cmpBranch('eq', 'u32', { k: 'g', t: I32, r }, { k: 'const', t: I32, v: 0 }, skip, go);
          b.setBlock(go);
        }
        // Clear a stale decrementer status, start it, sleep until it fires (MSR[EE] is 0 here).
        const dis = this.cg(TSR_DIS);
        b.emit('mttsr', [{ k: 'u', r: dis }], FX.SIDE | FX.BARRIER);
        b.emit('mtdec', [{ k: 'u', r }], FX.SIDE | FX.BARRIER);
        b.emit('wait', [], FX.SIDE | FX.BARRIER);
        if (skip) {
          b.jump(skip);
          b.setBlock(skip);
        }
        return none;
      }
      case 'halt':
        this.runtimeCall('__dls_halt', []);
        return none;
      case 'sync':
        b.emit('sync', [], FX.BARRIER | FX.SIDE);
        return none;
      case 'rate': {
        const a = this.busWord(BUS_RATE, e.args[0]!, 32, NEURON_MSG, env);
        return this.loadPlace(a, I32);
      }
      case 'reset_rate': {
        const a = this.busWord(BUS_RATE, e.args[0]!, 32, NEURON_MSG, env);
        this.storePlace(a, I32, { k: 'const', t: I32, v: 0 });
        return none;
      }
      case 'reset_rates': {
        this.pl.usesChip = true;
        const base = this.cg(BUS_RATE);
        const z = this.cg(0);
        for (let n = 0; n < 32; n++) b.store('stw', z, 4 * n, base, { k: 'bus' });
        return none;
      }
      case 'inject': {
        const rows = arg(0);
        const a = this.busWord(BUS_INJECT, e.args[1]!, 64, INJECT_MSG, env);
        this.storePlace(a, I32, rows);
        return none;
      }
      case 'reset_causal': this.resetCorrelation('causal', e.args[0]!, env); return none;
      case 'reset_anticausal': this.resetCorrelation('anticausal', e.args[0]!, env); return none;
      case 'reset_correlation':
        this.resetCorrelation('causal', e.args[0]!, env);
        this.resetCorrelation('anticausal', e.args[0]!, env);
        return none;
      case 'capmem': case 'set_capmem': {
        const ra = this.busWord(BUS_CAPMEM, e.args[0]!, 24, CAPROW_MSG, env, 256);
        const ca = this.busWord(0, e.args[1]!, 33, CAPCOL_MSG, env);
        // Combine the two parts: base + 256 row + 4 col.
        const addr: Addr = { base: ra.base, idx: ra.idx && ca.idx ? b.rrr('add', ra.idx, ca.idx) : ra.idx ?? ca.idx, off: ra.off + ca.off, region: { k: 'bus' } };
        if (name === 'capmem') return this.loadPlace(addr, I32);
        this.storePlace(addr, I32, arg(2));
        return none;
      }
      case 'raw': return { ...this.expr(e.args[0]!, env), t } as LVal;
      case 'frac8': case 'frac16': {
        const v = arg(0);
        const from = e.args[0]!.ty!;
        if (from.k !== 'scalar') return { ...v, t } as LVal;
        const s = from.s;
        const w = name === 'frac8' ? 8 : 16;
        if (bitsOf(s) <= w && isSignedName(s)) return { ...v, t } as LVal;
        if (bitsOf(s) < w) return { ...v, t } as LVal;
        return { k: 'g', t, r: b.rr(w === 8 ? 'extsb' : 'extsh', this.gpr(v)) };
      }
      case 'frac': {
        const v = arg(0);
        const from = e.args[0]!.ty!;
        if (from.k === 'scalar') return { k: 'g', t, r: b.rlwinm(this.gpr(v), 31, 1, 31) };
        // u8 lanes c -> c >> 1 (logical): arithmetic shift, then add 0x80 where c was >= 128.
        const k80 = this.vconst('i8', new Array(16).fill(-128));
        const out = this.halves(from).map((h) => {
          const c = this.vr(v, h, 'u8');
          const s = b.vshift('fxvshb', c, -1);
          b.vcmp('fxvcmpb', c);
          return b.vvv('fxvaddbm', s, k80, 'lt', s);
        });
        return this.vecResult(t, out);
      }
      case 'splat': case 'row_splat': {
        const v = arg(0);
        const lane = laneOf(t)!;
        const out = this.halves(t).map(() => this.vr(v, 0, lane));
        if (t.k === 'row') return { k: 'row', t, lo: out[0]!, hi: out[0]! };
        return { k: 'v', t, r: out[0]! };
      }
      case 'select': {
        const c = arg(0);
        const a = arg(1);
        const bv = arg(2);
        if (c.k === 'lanes') return this.selectV(c, a, bv, t);
        // Scalar select: both values are evaluated; a branch picks one.
        if (c.k === 'const') return c.v ? a : bv;
        const d = this.newHome(t);
        const yes = b.block();
        const no = b.block();
        const join = b.block();
        this.cmpBranch('ne', 'bool', c, { k: 'const', t: I32, v: 0 }, yes, no);
        b.setBlock(yes);
        this.move(d, a);
        b.jump(join);
        b.setBlock(no);
        this.move(d, bv);
        b.jump(join);
        b.setBlock(join);
        return d;
      }
    }
    throw new Error(`lowering: builtin ${name}`);
  }

  private arrayLiteral(e: Expr & { k: 'array' }, env: Env): LVal {
    // Lists with run-time elements (vectors and rows): built lane by lane in a stack buffer.
    const b = this.b;
    const t = e.ty!;
    const lane = laneOf(t) as LaneName;
    const size = bitsOf(lane) / 8;
    const slot = this.laneBuffer();
    if (t.k === 'row') this.laneBuffer();
    const base = b.g();
    b.emit('laneaddr', [{ k: 'd', r: base }, { k: 'i', v: slot }], 0, { lat: 1 });
    const [op] = this.scalarStoreOp(lane);
    e.elems.forEach((x, i) => {
      const v = this.expr(x, env);
      b.store(op, this.gpr(v), i * size, base, { k: 'stack', slot: slot + Math.floor((i * size) / 16) });
    });
    const out = this.halves(t).map((h) => {
      const off = b.g();
      b.emit('laneaddr', [{ k: 'd', r: off }, { k: 'i', v: slot + h }], 0, { lat: 1 });
      return b.vload(null, off, { k: 'stack', slot: slot + h });
    });
    return this.vecResult(t, out);
  }

  // --- assignment -----------------------------------------------------------------------------------------

  private lowerAssign(s: Stmt & { k: 'assign' }, env: Env): void {
    const b = this.b;
    const target = s.target;
    const tt = target.ty!;
    const compute = (old: () => LVal): LVal => {
      if (s.op === '=') return this.expr(s.value, env);
      const rhs = this.expr(s.value, env);
      b.loc = s.loc;
      return this.binary(s.op.slice(0, -1), tt, old(), rhs, s.loc);
    };
    // Local variable.
    if (target.k === 'name' && (target.ref?.k === 'local' || target.ref?.k === 'param')) {
      const home = env.vars.get(target.ref.decl)!;
      let v = compute(() => home);
      v = this.underWheres(env, v, () => home, tt);
      this.move(home, v);
      return;
    }
    // Chip rows.
    if (target.k === 'index' && target.e.ty?.k === 'chip') {
      const name = target.e.ty.name as 'weights' | 'addresses';
      const v = compute(() => this.chipRowRead(name, target.index, env));
      this.chipRowWrite(name, target.index, v, env);
      return;
    }
    // A lane of a vector variable held in registers: through a stack buffer.
    if (target.k === 'index' && (target.e.ty?.k === 'vec' || target.e.ty?.k === 'row') && !this.placeAddr(target.e, env)) {
      const vt = target.e.ty as Type & ({ k: 'vec' } | { k: 'row' });
      const baseE = target.e;
      if (baseE.k !== 'name') throw new Error('lowering: lane write to a non-variable');
      const decl = (baseE.ref as { decl: object }).decl;
      const home = env.vars.get(decl)!;
      const key = (home.k === 'v' ? home.r : (home as LVal & { k: 'row' }).lo).id;
      const lane = laneOf(vt) as LaneName;
      const state = this.bufByVar.get(key);
      const slot = state ? state.slot : this.spillToBuffer(home, vt);
      const base = b.g();
      b.emit('laneaddr', [{ k: 'd', r: base }, { k: 'i', v: slot }], 0, { lat: 1 });
      const fake: LVal & { k: 'arr' } = { k: 'arr', t: { k: 'array', elem: { k: 'scalar', s: lane }, len: laneCount(vt) }, addr: { base, idx: null, off: 0, region: { k: 'stack', slot } } };
      const a = this.elementAddr(fake, target.index, env, laneMsg(vt));
      const v = compute(() => this.loadPlace(a, tt));
      this.storePlace({ ...a, region: { k: 'stack', slot } }, tt, v);
      if (state?.mode === 'buffer') return; // the loop keeps the variable in its buffer
      if (vt.k === 'row') {
        const lo = this.reloadBuffer(slot);
        const hi = this.reloadBuffer(slot + 1);
        this.moveHome(home, { k: 'row', t: vt, lo, hi });
      } else this.moveHome(home, { k: 'v', t: vt, r: this.reloadBuffer(slot) });
      if (this.varHomes.has(key)) this.rememberVar(key, slot, 'sync');
      return;
    }
    // Memory: globals, array elements, mailbox fields, lanes of vectors in memory.
    const a = this.placeAddr(target, env);
    if (!a) throw new Error(`lowering: assignment target ${target.k}`);
    let v = compute(() => this.loadPlace(a, tt));
    v = this.underWheres(env, v, () => this.loadPlace(a, tt), tt);
    this.storePlace(a, tt, v);
  }

  private reloadBuffer(slot: number): VReg {
    const b = this.b;
    const off = b.g();
    b.emit('laneaddr', [{ k: 'd', r: off }, { k: 'i', v: slot }], 0, { lat: 1 });
    return b.vload(null, off, { k: 'stack', slot });
  }

  // --- ranges (bounds-check elimination) --------------------------------------------------------------

  /** Known range of an integer expression, if any. */
  private range(e: Expr, env: Env): [number, number] | undefined {
    const c = foldExpr(e);
    if (typeof c === 'number') return [c, c];
    const t = e.ty;
    if (!t || t.k !== 'scalar') return undefined;
    const own: [number, number] | undefined = t.s === 'u8' ? [0, 255] : t.s === 'i8' ? [-128, 127] : t.s === 'u16' ? [0, 65535] : t.s === 'i16' ? [-32768, 32767] : t.s === 'bool' ? [0, 1] : undefined;
    const sub = (): [number, number] | undefined => {
      switch (e.k) {
        case 'name': {
          const d = e.ref && 'decl' in e.ref ? e.ref.decl : undefined;
          return d ? env.ranges.get(d) : undefined;
        }
        case 'binary': {
          if (t.s !== 'i32') return undefined;
          const a = this.range(e.l, env);
          const bb = this.range(e.r, env);
          const fits = (r: [number, number]): [number, number] | undefined => (r[0] >= -(2 ** 31) && r[1] < 2 ** 31 ? r : undefined);
          switch (e.op) {
            case '+': return a && bb ? fits([a[0] + bb[0], a[1] + bb[1]]) : undefined;
            case '-': return a && bb ? fits([a[0] - bb[1], a[1] - bb[0]]) : undefined;
            case '*': {
              if (!a || !bb) return undefined;
              const p = [a[0] * bb[0], a[0] * bb[1], a[1] * bb[0], a[1] * bb[1]];
              return fits([Math.min(...p), Math.max(...p)]);
            }
            case '&': return bb && bb[0] === bb[1] && bb[0] >= 0 ? [0, bb[0]] : a && a[0] >= 0 && a[0] === a[1] ? [0, a[0]] : undefined;
            case '%': return a && bb && a[0] >= 0 && bb[0] === bb[1] && bb[0] > 0 ? [0, bb[0] - 1] : undefined;
            case '/': return a && bb && a[0] >= 0 && bb[0] === bb[1] && bb[0] > 0 ? [Math.floor(a[0] / bb[0]), Math.floor(a[1] / bb[0])] : undefined;
            case '>>': return a && bb && a[0] >= 0 && bb[0] === bb[1] ? [a[0] >> bb[0], a[1] >> bb[0]] : undefined;
            default: return undefined;
          }
        }
        case 'cast': {
          const inner = this.range(e.e, env);
          const ft = e.e.ty;
          if (ft?.k === 'scalar' && (ft.s === 'u8' || ft.s === 'u16' || ft.s === 'bool' || ft.s === 'i8' || ft.s === 'i16')) {
            const r = inner ?? (ft.s === 'u8' ? [0, 255] : ft.s === 'u16' ? [0, 65535] : ft.s === 'bool' ? [0, 1] : ft.s === 'i8' ? [-128, 127] : [-32768, 32767]);
            if (t.s === 'i32' || (t.s === 'u32' && r[0] >= 0)) return r as [number, number];
          }
          return undefined;
        }
        default:
          return undefined;
      }
    };
    return sub() ?? own;
  }
}

function constOp(op: string, s: ScalarName, a: number, b: number): number {
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
  throw new Error(`constOp ${op}`);
}

function convertConst(from: Type, to: Type, v: Value): Value {
  if (from.k === 'scalar' && to.k === 'scalar') {
    if (isFracName(from.s) && isFracName(to.s)) return S.convertFrac(from.s as 'fx8', to.s as 'fx8', v as number);
    return S.convertInt(to.s, v as number);
  }
  if (Array.isArray(v) && (to.k === 'vec' || to.k === 'row')) return (v as number[]).map((x) => S.convertInt(to.lane, x));
  return v;
}

export { isIntName, lanesPerVector };
