// Machine IR: PPU instructions over virtual registers, in basic blocks. Lowering (lower.ts)
// produces it; the passes (opt.ts, sync.ts, sched.ts, regalloc.ts) transform it; emit.ts prints
// it as assembly. Each operand says whether it is read or written, so liveness, scheduling and
// register allocation work from the operands alone plus a few implicit resources (CR fields,
// CTR, LR, the vector condition register, memory).

import type { Loc } from './ast.js';

export type RegClass = 'g' | 'v';

export interface VReg {
  id: number;
  cls: RegClass;
  /** Physical register number for precoloured registers (ABI registers). */
  phys?: number;
  /** For debugging output. */
  hint?: string;
}

/** Memory region of an access, for ordering (scheduler) and vector/scalar synchronisation. */
export type Region =
  | { k: 'stack'; slot?: number }
  | { k: 'global'; name: string }
  | { k: 'mailbox' }
  | { k: 'rodata' }
  /** An array passed by reference: any global or mailbox array. */
  | { k: 'ref' }
  /** The chip (scalar bus or synapse bus): volatile, kept in program order. */
  | { k: 'bus' };

export type Opnd =
  | { k: 'd'; r: VReg } // written
  | { k: 'u'; r: VReg } // read
  | { k: 'du'; r: VReg } // read and written (conditional vector writes, rlwimi)
  | { k: 'u0'; r: VReg | null } // read, in an RA position where r0 means 0 (null: write 0)
  | { k: 'i'; v: number }
  | { k: 'sym'; s: string } // symbol expression, printed as is
  | { k: 'mem'; disp: number | string; base: VReg | null } // D(RA)
  | { k: 'cr'; n: number }
  | { k: 'cond'; c: 'gt' | 'lt' | 'eq' }; // FXV condition field

/** Implicit effects (bit flags). */
export const FX = {
  CR0_DEF: 1 << 0,
  CR7_DEF: 1 << 1,
  CR7_USE: 1 << 2,
  VCR_DEF: 1 << 3,
  VCR_USE: 1 << 4,
  CTR_DEF: 1 << 5,
  CTR_USE: 1 << 6,
  LOAD: 1 << 7,
  STORE: 1 << 8,
  VLOAD: 1 << 9,
  VSTORE: 1 << 10,
  BUS: 1 << 11,
  /** Orders every memory access and bus access (sync, wait, calls, mtmsr, timer SPRs). */
  BARRIER: 1 << 12,
  CALL: 1 << 13,
  XER_DEF: 1 << 14,
  /** Never removed, never moved across other side effects. */
  SIDE: 1 << 15,
  /** Vector instruction (issues into the FXV unit). */
  VEC: 1 << 16,
  /** The defs must not share a register with the uses (pseudo instructions expanded late). */
  EARLY_CLOBBER: 1 << 17,
  /** A trap instruction (bounds and division checks). */
  TRAP: 1 << 18,
  MSR: 1 << 19,
} as const;

export interface MInst {
  op: string;
  ops: Opnd[];
  fx: number;
  region?: Region;
  loc?: Loc;
  /** Result latency in cycles (scheduler). */
  lat?: number;
  /** Calls: physical registers read (arguments) and written (results and clobbers). */
  implUses?: VReg[];
  implDefs?: VReg[];
  /** Trap instructions: what the trap means, for `dls run`. */
  trap?: string;
  /** Comment printed after the instruction. */
  note?: string;
}

export type Term =
  | { k: 'jmp'; to: MBlock }
  | { k: 'br'; cond: BrCond; cr: number; t: MBlock; f: MBlock; likely?: boolean; unlikely?: boolean }
  | { k: 'bdnz'; t: MBlock; f: MBlock }
  | { k: 'ret' }
  | { k: 'none' };

export type BrCond = 'lt' | 'le' | 'eq' | 'ne' | 'ge' | 'gt';

export function invertCond(c: BrCond): BrCond {
  return ({ lt: 'ge', ge: 'lt', gt: 'le', le: 'gt', eq: 'ne', ne: 'eq' } as const)[c];
}

export interface MBlock {
  id: number;
  insts: MInst[];
  term: Term;
  loopDepth: number;
  /** Rarely executed (saturation fix-ups, traps): placed at the end of the function. */
  cold?: boolean;
  loc?: Loc;
  /** 'ret' blocks: the physical registers holding the result. */
  retUses?: VReg[];
}

export interface MFunc {
  name: string;
  blocks: MBlock[];
  nextVReg: number;
  vregs: VReg[];
  /** Is this an interrupt-driven rule body (called from the dispatcher)? */
  isRule?: boolean;
  loc?: Loc;
  /** Values passed in (physical) and returned (physical), for the prologue/epilogue. */
  /** Lane buffers (16-byte stack slots) used by lane reads/writes of vectors. */
  laneSlots: number;
  /** Set by register allocation. */
  alloc?: Map<number, number>;
  spillSlots?: { id: number; cls: RegClass }[];
  /** Calls another function (needs LR saved). */
  hasCalls?: boolean;
  /** Part of a recursion: the prologue checks the stack against the end of the data. */
  recursive?: boolean;
}

export function srcRegs(i: MInst): VReg[] {
  const out: VReg[] = [];
  for (const o of i.ops) {
    if (o.k === 'u' || o.k === 'du') out.push(o.r);
    else if (o.k === 'u0' && o.r) out.push(o.r);
    else if (o.k === 'mem' && o.base) out.push(o.base);
  }
  if (i.implUses) out.push(...i.implUses);
  return out;
}

export function dstRegs(i: MInst): VReg[] {
  const out: VReg[] = [];
  for (const o of i.ops) if (o.k === 'd' || o.k === 'du') out.push(o.r);
  if (i.implDefs) out.push(...i.implDefs);
  return out;
}

export function isCopy(i: MInst): boolean {
  return (i.op === 'mr' || i.op === 'vmr') && i.ops.length === 2;
}

export function succs(b: MBlock): MBlock[] {
  const t = b.term;
  switch (t.k) {
    case 'jmp': return [t.to];
    case 'br': return [t.t, t.f];
    case 'bdnz': return [t.t, t.f];
    default: return [];
  }
}

/** Has side effects that forbid removing it even when its results are unused. */
export function hasSideEffects(i: MInst): boolean {
  return (i.fx & (FX.STORE | FX.VSTORE | FX.BUS | FX.BARRIER | FX.CALL | FX.SIDE | FX.TRAP | FX.CTR_DEF | FX.CR7_DEF | FX.VCR_DEF | FX.MSR)) !== 0;
}

export function preds(f: MFunc): Map<MBlock, MBlock[]> {
  const m = new Map<MBlock, MBlock[]>();
  for (const b of f.blocks) m.set(b, []);
  for (const b of f.blocks) for (const s of succs(b)) m.get(s)!.push(b);
  return m;
}
