// Assembly output: stack frames, prologues and epilogues, the expansion of pseudo instructions,
// block layout (fall-through preferred, rarely executed code last), and the source lines as
// comments. Every emitted line knows whether it is an instruction and which source location it
// came from, so the compiler can build the table that maps a PC back to the DSL source.

import type { Loc } from './ast.js';
import { FX, invertCond, type MBlock, type MFunc, type MInst, type Opnd, type VReg } from './mir.js';
import { CALLEE_SAVED_GPR, CALLEE_SAVED_VR, writtenRegs } from './regalloc.js';
import { STACK_MSG } from './messages.js';

export interface AsmLine {
  text: string;
  /** An instruction (4 bytes in .text). */
  insn?: boolean;
  loc?: Loc;
  /** For trap instructions: what the trap means. */
  trap?: string;
}

export interface FrameInfo {
  size: number;
  savedG: number[];
  savedV: number[];
  /** Caller-saved registers the function writes (for interrupt entry). */
  clobberG: Set<number>;
  clobberV: Set<number>;
  usesCtr: boolean;
  usesXer: boolean;
}

interface Layout {
  lanes: number;
  vspill: Map<number, number>;
  vsave: Map<number, number>;
  gspill: Map<number, number>;
  gsave: Map<number, number>;
  lr: number;
  size: number;
}

function frameLayout(f: MFunc, savedG: number[], savedV: number[], needLr: boolean): Layout {
  let off = 16; // back chain word and padding keep 16-byte slots aligned
  const lanes = off;
  off += 16 * f.laneSlots;
  const vspill = new Map<number, number>();
  const gspill = new Map<number, number>();
  for (const s of f.spillSlots ?? []) {
    if (s.cls === 'v') {
      vspill.set(s.id, off);
      off += 16;
    }
  }
  const vsave = new Map<number, number>();
  for (const r of savedV) {
    vsave.set(r, off);
    off += 16;
  }
  for (const s of f.spillSlots ?? []) {
    if (s.cls === 'g') {
      gspill.set(s.id, off);
      off += 4;
    }
  }
  const gsave = new Map<number, number>();
  for (const r of savedG) {
    gsave.set(r, off);
    off += 4;
  }
  const lr = off;
  if (needLr) off += 4;
  const size = off === 16 && !needLr ? 0 : Math.ceil(off / 16) * 16;
  return { lanes, vspill, vsave, gspill, gsave, lr, size };
}

/** Order blocks: follow fall-through successors; cold blocks last. */
function layout(f: MFunc): MBlock[] {
  const placed = new Set<MBlock>();
  const order: MBlock[] = [];
  const hot = f.blocks.filter((b) => !b.cold);
  const place = (start: MBlock) => {
    let b: MBlock | undefined = start;
    while (b && !placed.has(b) && !b.cold) {
      placed.add(b);
      order.push(b);
      const t: MBlock['term'] = b.term;
      // Fall through into the taken side of a forward branch (then-blocks, loop bodies), else the other.
      const cands: (MBlock | undefined)[] = t.k === 'jmp' ? [t.to] : t.k === 'br' ? [t.t, t.f] : t.k === 'bdnz' ? [t.f] : [];
      b = cands.find((x) => x && !placed.has(x) && !x.cold);
    }
  };
  for (const b of hot) if (!placed.has(b)) place(b);
  for (const b of f.blocks) if (!placed.has(b)) {
    placed.add(b);
    order.push(b);
  }
  return order;
}

export class FunctionEmitter {
  readonly lines: AsmLine[] = [];
  private readonly cold: AsmLine[] = [];
  private coldN = 0;
  frame!: FrameInfo;
  private lay!: Layout;
  private lastLine = -1;
  private lastFile = '';

  constructor(
    readonly f: MFunc,
    private readonly sourceLine: (loc: Loc) => string | undefined,
    private readonly mainFile: string,
  ) {}

  private reg(r: VReg): string {
    const p = r.phys ?? this.f.alloc!.get(r.id);
    if (p === undefined) throw new Error(`emit: ${this.f.name}: register ${r.id} has no colour`);
    return `${r.cls === 'g' ? 'r' : 'v'}${p}`;
  }

  private phys(r: VReg): number {
    return r.phys ?? this.f.alloc!.get(r.id)!;
  }

  private opnd(o: Opnd): string {
    switch (o.k) {
      case 'd': case 'u': case 'du': return this.reg(o.r);
      case 'u0': return o.r ? this.reg(o.r) : '0';
      case 'i': return String(o.v);
      case 'sym': return o.s;
      case 'mem': return `${o.disp}(${o.base ? this.reg(o.base) : '0'})`;
      case 'cr': return `cr${o.n}`;
      case 'cond': return o.c;
    }
  }

  private out(text: string, i?: MInst, extra: Partial<AsmLine> = {}, into: AsmLine[] = this.lines): void {
    const loc = i?.loc;
    if (loc && into === this.lines && (loc.line !== this.lastLine || loc.file !== this.lastFile)) {
      const src = this.sourceLine(loc)?.trim() ?? '';
      const where = loc.file === this.mainFile ? `${loc.line}` : `${loc.file}:${loc.line}`;
      into.push({ text: `\t# ${where}: ${src}` });
      this.lastLine = loc.line;
      this.lastFile = loc.file;
    }
    into.push({ text: `\t${text}${i?.note ? `\t# ${i.note}` : ''}`, insn: true, loc, ...extra });
  }

  private label(name: string, into: AsmLine[] = this.lines): void {
    into.push({ text: `${name}:` });
  }

  private blockLabel(b: MBlock): string {
    return `.L${this.f.name}_${b.id}`;
  }

  emit(): void {
    const f = this.f;
    const w = writtenRegs(f);
    const savedG = [...w.g].filter(CALLEE_SAVED_GPR).sort((a, b) => a - b);
    const savedV = [...w.v].filter(CALLEE_SAVED_VR).sort((a, b) => a - b);
    const needLr = Boolean(f.hasCalls);
    const lay = frameLayout(f, savedG, savedV, needLr);
    this.lay = lay;
    let usesCtr = false;
    let usesXer = false;
    for (const b of f.blocks) {
      if (b.term.k === 'bdnz') usesCtr = true;
      for (const i of b.insts) {
        if (i.fx & FX.CTR_DEF && !(i.fx & FX.CALL)) usesCtr = true;
        if (i.fx & FX.XER_DEF && !(i.fx & FX.CALL)) usesXer = true;
      }
    }
    this.frame = {
      size: lay.size, savedG, savedV,
      clobberG: new Set([...w.g].filter((r) => !CALLEE_SAVED_GPR(r))),
      clobberV: new Set([...w.v].filter((r) => !CALLEE_SAVED_VR(r))),
      usesCtr, usesXer,
    };
    const L = this.lines;
    L.push({ text: `${f.name}:` });
    // Prologue.
    const fakeLoc: MInst = { op: '', ops: [], fx: 0, loc: f.loc };
    if (lay.size || f.recursive) {
      this.out(`stwu r1, -${Math.max(lay.size, 16)}(r1)`, fakeLoc);
      // Recursion has no bound known when compiling: stop before the stack runs into the data.
      if (f.recursive) this.out('twllti r1, __dls_stack_limit@l', fakeLoc, { trap: STACK_MSG });
      if (needLr) {
        this.out('mflr r0', fakeLoc);
        this.out(`stw r0, ${lay.lr}(r1)`, fakeLoc);
      }
      for (const r of savedG) this.out(`stw r${r}, ${lay.gsave.get(r)}(r1)`, fakeLoc);
      for (const r of savedV) {
        this.out(`addi r0, r1, ${lay.vsave.get(r)}`, fakeLoc);
        this.out(`fxvstax v${r}, 0, r0`, fakeLoc);
      }
    }
    const order = layout(f);
    const targets = new Set<MBlock>();
    order.forEach((b, k) => {
      const t = b.term;
      const next = order[k + 1];
      if (t.k === 'jmp' && t.to !== next) targets.add(t.to);
      if (t.k === 'br' || t.k === 'bdnz') {
        if (t.t !== next) targets.add(t.t);
        if (t.f !== next) targets.add(t.f);
        if (t.t !== next && t.f !== next) targets.add(t.t).add(t.f);
      }
    });
    order.forEach((b, k) => {
      const next = order[k + 1];
      if (k > 0 && targets.has(b)) this.label(this.blockLabel(b));
      for (const i of b.insts) this.inst(i);
      this.term(b, next);
    });
    L.push(...this.cold);
  }

  private epilogue(): void {
    const lay = this.lay;
    const fr = this.frame;
    if (!lay.size && !this.f.recursive) return;
    for (const r of fr.savedV) {
      this.out(`addi r0, r1, ${lay.vsave.get(r)}`);
      this.out(`fxvlax v${r}, 0, r0`);
    }
    for (const r of fr.savedG) this.out(`lwz r${r}, ${lay.gsave.get(r)}(r1)`);
    if (this.f.hasCalls) {
      this.out(`lwz r0, ${lay.lr}(r1)`);
      this.out('mtlr r0');
    }
    this.out(`addi r1, r1, ${Math.max(lay.size, 16)}`);
  }

  private term(b: MBlock, next: MBlock | undefined): void {
    const t = b.term;
    const lab = (x: MBlock) => this.blockLabel(x);
    const last: MInst = { op: '', ops: [], fx: 0, loc: b.insts[b.insts.length - 1]?.loc };
    switch (t.k) {
      case 'jmp':
        if (t.to !== next) this.out(`b ${lab(t.to)}`, last);
        return;
      case 'br': {
        const hint = t.unlikely ? '-' : '';
        if (t.f === next) this.out(`b${t.cond}${hint} cr${t.cr}, ${lab(t.t)}`, last);
        else if (t.t === next) this.out(`b${invertCond(t.cond)} cr${t.cr}, ${lab(t.f)}`, last);
        else {
          this.out(`b${t.cond}${hint} cr${t.cr}, ${lab(t.t)}`, last);
          this.out(`b ${lab(t.f)}`, last);
        }
        return;
      }
      case 'bdnz':
        if (t.f === next) this.out(`bdnz ${lab(t.t)}`, last);
        else if (t.t === next) this.out(`bdz ${lab(t.f)}`, last);
        else {
          this.out(`bdnz ${lab(t.t)}`, last);
          this.out(`b ${lab(t.f)}`, last);
        }
        return;
      case 'ret':
        this.epilogue();
        this.out('blr', last);
        return;
      case 'none':
        return;
    }
  }

  private coldStub(lines: string[], i: MInst): { label: string; back: string } {
    const n = this.coldN++;
    const label = `.L${this.f.name}_c${n}`;
    const back = `.L${this.f.name}_r${n}`;
    this.label(label, this.cold);
    for (const l of lines) this.cold.push({ text: `\t${l}`, insn: true, loc: i.loc });
    this.cold.push({ text: `\tb ${back}`, insn: true, loc: i.loc });
    return { label, back };
  }

  private inst(i: MInst): void {
    const o = i.ops;
    switch (i.op) {
      case 'mr': case 'vmr': {
        const d = this.reg((o[0] as { r: VReg }).r);
        const s = this.reg((o[1] as { r: VReg }).r);
        if (d === s) return;
        this.out(i.op === 'mr' ? `mr ${d}, ${s}` : `fxvsel ${d}, ${s}, ${s}`, i);
        return;
      }
      case 'li32': {
        const d = this.reg((o[0] as { r: VReg }).r);
        const x = (o[1] as { v: number }).v | 0;
        const hi = (x >>> 16) & 0xffff;
        const lo = x & 0xffff;
        if (hi) this.out(`lis ${d}, ${hi}`, i);
        else this.out(`li ${d}, 0`, i);
        if (lo) this.out(`ori ${d}, ${d}, ${lo}`, i);
        return;
      }
      case 'laneaddr': {
        const d = this.reg((o[0] as { r: VReg }).r);
        this.out(`addi ${d}, r1, ${this.lay.lanes + 16 * (o[1] as { v: number }).v}`, i);
        return;
      }
      case 'sat8': case 'sat16': {
        // d = t if t fits the width, else the nearest end of the range (by the sign of t).
        const d = this.reg((o[0] as { r: VReg }).r);
        const t = this.reg((o[1] as { r: VReg }).r);
        const ext = i.op === 'sat8' ? 'extsb' : 'extsh';
        const max = i.op === 'sat8' ? 127 : 32767;
        const stub = this.coldStub([`srwi ${d}, ${t}, 31`, `neg ${d}, ${d}`, `xori ${d}, ${d}, ${max}`], i);
        this.out(`${ext} ${d}, ${t}`, i);
        this.out(`cmpw cr7, ${d}, ${t}`, i);
        this.out(`bne- cr7, ${stub.label}`, i);
        this.label(stub.back);
        return;
      }
      case 'fixm8': case 'fixm16': {
        // The fractional product of -1 and -1 is the largest fraction, not -1.
        const x = this.reg((o[0] as { r: VReg }).r);
        const min = i.op === 'fixm8' ? -128 : -32768;
        const max = i.op === 'fixm8' ? 127 : 32767;
        const stub = this.coldStub([`li ${x}, ${max}`], i);
        this.out(`cmpwi cr7, ${x}, ${min}`, i);
        this.out(`beq- cr7, ${stub.label}`, i);
        this.label(stub.back);
        return;
      }
      case 'spillld': case 'spillst': {
        const r = (o[0] as { r: VReg }).r;
        const slot = (o[1] as { v: number }).v;
        const ld = i.op === 'spillld';
        if (r.cls === 'g') {
          this.out(`${ld ? 'lwz' : 'stw'} ${this.reg(r)}, ${this.lay.gspill.get(slot)}(r1)`, i);
        } else {
          this.out(`addi r0, r1, ${this.lay.vspill.get(slot)}`, i);
          this.out(`${ld ? 'fxvlax' : 'fxvstax'} ${this.reg(r)}, 0, r0`, i);
        }
        return;
      }
    }
    const text = o.length ? `${i.op} ${o.map((x) => this.opnd(x)).join(', ')}` : i.op;
    this.out(text, i, i.trap ? { trap: i.trap } : {});
    void this.phys;
  }
}
