// The FXV vector unit's instructions: primary opcode 4, VRT 6..10, VRA 11..15, VRB 16..20,
// extended opcode 21..29, condition C 30..31 (0 always, 1 where GT, 2 where LT, 3 where EQ).
//
// The semantics of a vector instruction are described by data (VecSem) and carried out lane by
// lane in ppu/vector/semantics.ts; its timing class selects the unit it runs on in the vector
// pipeline model (ppu/vector/pipeline.ts). docs/isa.md states the lane semantics in full.

import type { InsnDef } from './types.js';

export type Lanes = 'b' | 'h';

/** What a vector instruction does, per lane (see docs/isa.md, "FXV semantics"). */
export type VecOp =
  | 'add' | 'sub' | 'mul' // VRT = VRA op VRB
  | 'ma' // VRT = ACC + VRA * VRB (accumulator unchanged)
  | 'matac' // ACC = ACC + VRA * VRB
  | 'multac' // ACC = VRA * VRB
  | 'addtac' // ACC = VRA + VRB
  | 'addactac' // ACC = ACC + VRA
  | 'addac' // VRT = ACC + VRA
  | 'mtac' // ACC = VRA
  | 'cmp' // VCR = sign of VRA
  | 'splat' // VRT = GPR RA in every lane
  | 'sel' // per byte: VRB where C holds, else VRA
  | 'sh' // VRT = VRA shifted by the signed immediate in the VRB field
  | 'pcku' | 'pckl' | 'upckl' | 'upckr' // byte packing, see docs/isa.md
  | 'lax' | 'stax' // 16 bytes from/to memory at (RA|0) + RB
  | 'inx' | 'outx'; // 16 bytes from/to the synapse I/O bus at (RA|0) + RB

/** The vector pipeline's station for the instruction (nux-timing.md section 7). */
export type VecUnit = 'valu' | 'ls' | 'cmp' | 'perm' | 'bus';

export interface VecSem {
  readonly op: VecOp;
  readonly lanes: Lanes;
  /** Fractional saturating arithmetic (fs) rather than modulo (m). */
  readonly frac: boolean;
  readonly unit: VecUnit;
}

export interface VecInsnDef extends InsnDef {
  readonly vec: VecSem;
}

function v(mnemonic: string, xo: number, operands: string, op: VecOp, lanes: Lanes, frac: boolean, unit: VecUnit, doc: string): VecInsnDef {
  // Register usage for the scalar scoreboard: splat, lax/stax and inx/outx read GPRs.
  const reads = operands.split(',').filter((o) => o === 'RA' || o === 'RB').map((o) => (o === 'RA' ? 'RA0' : o));
  return {
    mnemonic, category: 'fxv', form: 'FXV', opcd: 4, xo,
    operands: operands.split(','), sem: '', timing: 'vector', reads, writes: [],
    doc, vec: { op, lanes, frac, unit },
  };
}

function arith(l: Lanes, frac: boolean, xo: Record<string, number>): VecInsnDef[] {
  const s = frac ? `${l}fs` : `${l}m`;
  const kind = frac ? 'fractional saturating' : 'modulo';
  const el = l === 'b' ? 'byte' : 'halfword';
  const out: VecInsnDef[] = [
    v(`fxvadd${s}`, xo.add!, 'VRT,VRA,VRB', 'add', l, frac, 'valu', `${el} ${kind} add`),
    v(`fxvsub${s}`, xo.sub!, 'VRT,VRA,VRB', 'sub', l, frac, 'valu', `${el} ${kind} subtract VRA - VRB`),
    v(`fxvmul${s}`, xo.mul!, 'VRT,VRA,VRB', 'mul', l, frac, 'valu', `${el} ${kind} multiply`),
    v(`fxvma${s}`, xo.ma!, 'VRT,VRA,VRB', 'ma', l, frac, 'valu', `${el} ${kind} multiply-add: VRT = ACC + VRA*VRB`),
    v(`fxvmatac${s}`, xo.matac!, 'VRA,VRB', 'matac', l, frac, 'valu', `${el} ${kind} multiply-accumulate: ACC += VRA*VRB`),
    v(`fxvmultac${s}`, xo.multac!, 'VRA,VRB', 'multac', l, frac, 'valu', `${el} ${kind} multiply to accumulator: ACC = VRA*VRB`),
    v(`fxvaddac${s}`, xo.addac!, 'VRT,VRA', 'addac', l, frac, 'valu', `${el} ${kind} add accumulator: VRT = ACC + VRA`),
  ];
  return out;
}

/** Fractional forms spell some accumulator mnemonics without the trailing 's'. */
const rows: VecInsnDef[] = [
  // halfword modulo
  ...arith('h', false, { ma: 12, matac: 44, mul: 76, multac: 108, sub: 332, addac: 396, add: 460 }),
  v('fxvaddactachm', 364, 'VRA', 'addactac', 'h', false, 'valu', 'halfword modulo: ACC += VRA'),
  v('fxvaddtachm', 428, 'VRA,VRB', 'addtac', 'h', false, 'valu', 'halfword modulo: ACC = VRA + VRB'),
  v('fxvcmph', 300, 'VRA', 'cmp', 'h', false, 'cmp', 'compare halfwords of VRA with zero into VCR'),
  v('fxvmtach', 15, 'VRA', 'mtac', 'h', false, 'valu', 'halfword modulo: ACC = VRA'),
  v('fxvsplath', 268, 'VRT,RA', 'splat', 'h', false, 'perm', 'every halfword of VRT = low halfword of GPR RA'),
  // byte modulo
  ...arith('b', false, { ma: 13, matac: 45, mul: 77, multac: 109, sub: 333, addac: 397, add: 461 }),
  v('fxvaddactacb', 365, 'VRA', 'addactac', 'b', false, 'valu', 'byte modulo: ACC += VRA'),
  v('fxvaddtacb', 429, 'VRA,VRB', 'addtac', 'b', false, 'valu', 'byte modulo: ACC = VRA + VRB'),
  v('fxvcmpb', 301, 'VRA', 'cmp', 'b', false, 'cmp', 'compare bytes of VRA with zero into VCR'),
  v('fxvmtacb', 14, 'VRA', 'mtac', 'b', false, 'valu', 'byte modulo: ACC = VRA'),
  v('fxvsplatb', 269, 'VRT,RA', 'splat', 'b', false, 'perm', 'every byte of VRT = low byte of GPR RA'),
  // halfword fractional saturating
  ...arith('h', true, { ma: 28, matac: 60, mul: 92, multac: 124, sub: 348, addac: 412, add: 476 }),
  v('fxvmtachf', 31, 'VRA', 'mtac', 'h', true, 'valu', 'halfword fractional: ACC = VRA (upper half)'),
  v('fxvaddactachf', 380, 'VRA', 'addactac', 'h', true, 'valu', 'halfword fractional saturating: ACC += VRA'),
  // byte fractional saturating
  ...arith('b', true, { ma: 29, matac: 61, mul: 93, multac: 125, sub: 349, addac: 413, add: 477 }),
  v('fxvmtacbf', 30, 'VRA', 'mtac', 'b', true, 'valu', 'byte fractional: ACC = VRA (upper half)'),
  v('fxvaddactacbf', 381, 'VRA', 'addactac', 'b', true, 'valu', 'byte fractional saturating: ACC += VRA'),
  // permute
  v('fxvsel', 319, 'VRT,VRA,VRB', 'sel', 'b', false, 'perm', 'per byte: VRB where the condition holds, else VRA'),
  v('fxvshh', 316, 'VRT,VRA,VSH', 'sh', 'h', false, 'perm', 'shift halfwords left by VSH (right, arithmetic, if negative)'),
  v('fxvshb', 317, 'VRT,VRA,VSH', 'sh', 'b', false, 'perm', 'shift bytes left by VSH (right, arithmetic, if negative)'),
  v('fxvpckbu', 239, 'VRT,VRA,VRB', 'pcku', 'b', false, 'perm', 'pack the upper bytes of the halfwords of VRA then VRB'),
  v('fxvpckbl', 255, 'VRT,VRA,VRB', 'pckl', 'b', false, 'perm', 'pack the lower bytes of the halfwords of VRA then VRB'),
  v('fxvupckbl', 287, 'VRT,VRA,VRB', 'upckl', 'b', false, 'perm', 'halfword i = VRA byte i : VRB byte i, i = 0..7'),
  v('fxvupckbr', 271, 'VRT,VRA,VRB', 'upckr', 'b', false, 'perm', 'halfword i = VRA byte 8+i : VRB byte 8+i'),
  // memory and synapse I/O
  v('fxvlax', 492, 'VRT,RA,RB', 'lax', 'b', false, 'ls', 'load 16 bytes from memory at (RA|0) + RB'),
  v('fxvstax', 508, 'VRT,RA,RB', 'stax', 'b', false, 'ls', 'store VRT (16 bytes) to memory at (RA|0) + RB'),
  v('fxvinx', 236, 'VRT,RA,RB', 'inx', 'b', false, 'bus', 'read 16 bytes from the synapse I/O bus at (RA|0) + RB'),
  v('fxvoutx', 252, 'VRT,RA,RB', 'outx', 'b', false, 'bus', 'write VRT to the synapse I/O bus at (RA|0) + RB'),
];

export const FXV_INSNS: readonly VecInsnDef[] = rows;

export function isVecDef(d: InsnDef): d is VecInsnDef {
  return d.form === 'FXV';
}
