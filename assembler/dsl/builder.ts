// Helpers for building MIR: blocks, virtual registers and the instructions the lowering emits,
// with their operand roles, implicit effects and latencies (docs/timing.md).

import type { Loc } from './ast.js';
import { FX, type BrCond, type MBlock, type MFunc, type MInst, type Opnd, type RegClass, type Region, type VReg } from './mir.js';

/** Latencies of the scalar pipeline (docs/timing.md): load 2, multiply 4, divide 32. */
export const LAT = { alu: 1, load: 2, mul: 4, div: 32 } as const;

export interface LoopInfo {
  preheader: MBlock;
  header: MBlock;
  latch: MBlock;
  exit: MBlock;
  blocks: Set<MBlock>;
  depth: number;
}

export class Builder {
  readonly f: MFunc;
  cur: MBlock;
  loc: Loc | undefined;
  depth = 0;
  readonly loops: LoopInfo[] = [];
  private nextBlock = 0;
  private readonly physCache = new Map<string, VReg>();
  /** Blocks created while inside each open loop (to fill LoopInfo.blocks). */
  private readonly openLoops: Set<MBlock>[] = [];

  constructor(name: string, loc?: Loc) {
    this.f = { name, blocks: [], nextVReg: 0, vregs: [], laneSlots: 0, loc };
    this.cur = this.block();
  }

  block(cold = false): MBlock {
    const b: MBlock = { id: this.nextBlock++, insts: [], term: { k: 'none' }, loopDepth: this.depth, cold };
    this.f.blocks.push(b);
    for (const s of this.openLoops) s.add(b);
    return b;
  }

  enterLoop(): Set<MBlock> {
    this.depth++;
    const s = new Set<MBlock>();
    this.openLoops.push(s);
    return s;
  }

  /** Re-enter a loop whose block set exists (to lower its body). */
  enterLoopExisting(s: Set<MBlock>): void {
    this.depth++;
    this.openLoops.push(s);
  }

  leaveLoop(): void {
    this.depth--;
    this.openLoops.pop();
  }

  vreg(cls: RegClass, hint?: string): VReg {
    const r: VReg = { id: this.f.nextVReg++, cls, hint };
    this.f.vregs.push(r);
    return r;
  }
  g(hint?: string): VReg {
    return this.vreg('g', hint);
  }
  v(hint?: string): VReg {
    return this.vreg('v', hint);
  }

  /** The precoloured register for physical GPR/VR n. */
  phys(cls: RegClass, n: number): VReg {
    const key = `${cls}${n}`;
    let r = this.physCache.get(key);
    if (!r) {
      r = { id: this.f.nextVReg++, cls, phys: n, hint: `${cls === 'g' ? 'r' : 'v'}${n}` };
      this.f.vregs.push(r);
      this.physCache.set(key, r);
    }
    return r;
  }

  setBlock(b: MBlock): void {
    this.cur = b;
  }

  /** The current block is still open (no terminator yet). */
  get open(): boolean {
    return this.cur.term.k === 'none';
  }

  emit(op: string, ops: Opnd[], fx = 0, extra: Partial<MInst> = {}): MInst {
    const i: MInst = { op, ops, fx, loc: this.loc, ...extra };
    if (this.open) this.cur.insts.push(i);
    return i;
  }

  jump(to: MBlock): void {
    if (this.open) this.cur.term = { k: 'jmp', to };
  }

  branch(cond: BrCond, t: MBlock, f: MBlock, hint?: 'likely' | 'unlikely', cr = 7): void {
    if (this.open) this.cur.term = { k: 'br', cond, cr, t, f, likely: hint === 'likely', unlikely: hint === 'unlikely' };
  }

  // --- common instructions -----------------------------------------------------------------------

  /** rD = op(rA, rB) */
  rrr(op: string, a: VReg, b: VReg, lat: number = LAT.alu, fx = 0): VReg {
    const d = this.g();
    this.emit(op, [{ k: 'd', r: d }, { k: 'u', r: a }, { k: 'u', r: b }], fx, { lat });
    return d;
  }

  /** rD = op(rA, imm) */
  rri(op: string, a: VReg, imm: number, lat: number = LAT.alu, fx = 0): VReg {
    const d = this.g();
    const ra: Opnd = op === 'addi' || op === 'addis' ? { k: 'u0', r: a } : { k: 'u', r: a };
    this.emit(op, [{ k: 'd', r: d }, ra, { k: 'i', v: imm }], fx, { lat });
    return d;
  }

  /** rD = op(rA) */
  rr(op: string, a: VReg, fx = 0): VReg {
    const d = this.g();
    this.emit(op, [{ k: 'd', r: d }, { k: 'u', r: a }], fx, { lat: LAT.alu });
    return d;
  }

  rlwinm(a: VReg, sh: number, mb: number, me: number): VReg {
    const d = this.g();
    this.emit('rlwinm', [{ k: 'd', r: d }, { k: 'u', r: a }, { k: 'i', v: sh }, { k: 'i', v: mb }, { k: 'i', v: me }], 0, { lat: LAT.alu });
    return d;
  }

  li(v: number, into?: VReg): VReg {
    const d = into ?? this.g();
    const x = v | 0;
    if (x >= -32768 && x <= 32767) {
      this.emit('li', [{ k: 'd', r: d }, { k: 'i', v: x }], 0, { lat: LAT.alu });
      return d;
    }
    // One unit for CSE and code motion (lis + ori at emission): the halves share no register.
    this.emit('li32', [{ k: 'd', r: d }, { k: 'i', v: x }], 0, { lat: 2 });
    return d;
  }

  /** Address of a symbol (all SRAM addresses fit 16 bits). */
  la(sym: string): VReg {
    const d = this.g();
    this.emit('li', [{ k: 'd', r: d }, { k: 'sym', s: `${sym}@l` }], 0, { lat: LAT.alu });
    return d;
  }

  mr(d: VReg, s: VReg): void {
    if (d === s) return;
    if (d.cls === 'g') this.emit('mr', [{ k: 'd', r: d }, { k: 'u', r: s }], 0, { lat: LAT.alu });
    else this.emit('vmr', [{ k: 'd', r: d }, { k: 'u', r: s }], FX.VEC, { lat: 1 });
  }

  copyG(s: VReg): VReg {
    const d = this.g();
    this.mr(d, s);
    return d;
  }

  // --- memory ------------------------------------------------------------------------------------

  load(op: string, disp: number | string, base: VReg | null, region: Region): VReg {
    const d = this.g();
    this.emit(op, [{ k: 'd', r: d }, { k: 'mem', disp, base }], FX.LOAD | (region.k === 'bus' ? FX.BUS : 0), { lat: LAT.load, region });
    return d;
  }

  loadX(op: string, a: VReg | null, b: VReg, region: Region): VReg {
    const d = this.g();
    this.emit(op, [{ k: 'd', r: d }, { k: 'u0', r: a }, { k: 'u', r: b }], FX.LOAD | (region.k === 'bus' ? FX.BUS : 0), { lat: LAT.load, region });
    return d;
  }

  store(op: string, s: VReg, disp: number | string, base: VReg | null, region: Region): void {
    this.emit(op, [{ k: 'u', r: s }, { k: 'mem', disp, base }], FX.STORE | (region.k === 'bus' ? FX.BUS : 0), { region });
  }

  storeX(op: string, s: VReg, a: VReg | null, b: VReg, region: Region): void {
    this.emit(op, [{ k: 'u', r: s }, { k: 'u0', r: a }, { k: 'u', r: b }], FX.STORE | (region.k === 'bus' ? FX.BUS : 0), { region });
  }

  // --- vector --------------------------------------------------------------------------------------

  /** vD = op(vA, vB) [, condition]: a conditional op keeps the old lanes of vD, so it reads vD too. */
  vvv(op: string, a: VReg, b: VReg, cond?: 'gt' | 'lt' | 'eq', into?: VReg): VReg {
    const d = into ?? this.v();
    const ops: Opnd[] = [cond ? { k: 'du', r: d } : { k: 'd', r: d }, { k: 'u', r: a }, { k: 'u', r: b }];
    if (cond) ops.push({ k: 'cond', c: cond });
    this.emit(op, ops, FX.VEC | (cond ? FX.VCR_USE : 0), { lat: 1 });
    return d;
  }

  vshift(op: 'fxvshb' | 'fxvshh', a: VReg, k: number): VReg {
    const d = this.v();
    this.emit(op, [{ k: 'd', r: d }, { k: 'u', r: a }, { k: 'i', v: k }], FX.VEC, { lat: 1 });
    return d;
  }

  vsplat(op: 'fxvsplatb' | 'fxvsplath', g: VReg): VReg {
    const d = this.v();
    this.emit(op, [{ k: 'd', r: d }, { k: 'u', r: g }], FX.VEC, { lat: 1 });
    return d;
  }

  vcmp(op: 'fxvcmpb' | 'fxvcmph', a: VReg): void {
    this.emit(op, [{ k: 'u', r: a }], FX.VEC | FX.VCR_DEF, { lat: 1 });
  }

  /** fxvsel d, a, b, cond: b where the condition holds, else a. */
  vsel(a: VReg, b: VReg, cond: 'gt' | 'lt' | 'eq'): VReg {
    const d = this.v();
    this.emit('fxvsel', [{ k: 'd', r: d }, { k: 'u', r: a }, { k: 'u', r: b }, { k: 'cond', c: cond }], FX.VEC | FX.VCR_USE, { lat: 1 });
    return d;
  }

  vload(a: VReg | null, b: VReg, region: Region): VReg {
    const d = this.v();
    this.emit('fxvlax', [{ k: 'd', r: d }, { k: 'u0', r: a }, { k: 'u', r: b }], FX.VEC | FX.VLOAD, { lat: 1, region });
    return d;
  }

  vstore(s: VReg, a: VReg | null, b: VReg, region: Region): void {
    this.emit('fxvstax', [{ k: 'u', r: s }, { k: 'u0', r: a }, { k: 'u', r: b }], FX.VEC | FX.VSTORE, { region });
  }

  vin(a: VReg | null, b: VReg): VReg {
    const d = this.v();
    this.emit('fxvinx', [{ k: 'd', r: d }, { k: 'u0', r: a }, { k: 'u', r: b }], FX.VEC | FX.BUS, { lat: 1, region: { k: 'bus' } });
    return d;
  }

  vout(s: VReg, a: VReg | null, b: VReg, cond?: 'gt' | 'lt' | 'eq'): void {
    const ops: Opnd[] = [{ k: 'u', r: s }, { k: 'u0', r: a }, { k: 'u', r: b }];
    if (cond) ops.push({ k: 'cond', c: cond });
    this.emit('fxvoutx', ops, FX.VEC | FX.BUS | (cond ? FX.VCR_USE : 0), { region: { k: 'bus' } });
  }
}
