// A few instruction builders on top of the ISA table's encoder, for chip tests that run small
// PPU programs. Labels are resolved in a second pass.

import { BY_MNEMONIC, encode, type EncodeOptions } from '../../../ppu/isa/index.js';

export const WAIT = 0x7c00007c;

type Item = { kind: 'insn'; build: (pc: number, labels: Map<string, number>) => number } | { kind: 'label'; name: string };

export class Asm {
  private readonly items: Item[] = [];

  /** An instruction with fixed operands. */
  i(mnemonic: string, values: number[], opts?: EncodeOptions): this {
    const d = BY_MNEMONIC.get(mnemonic);
    if (!d) throw new Error(`no instruction ${mnemonic}`);
    this.items.push({ kind: 'insn', build: () => encode(d, values, opts) });
    return this;
  }

  label(name: string): this {
    this.items.push({ kind: 'label', name });
    return this;
  }

  /** bc BO,BI,label */
  bc(bo: number, bi: number, label: string): this {
    const d = BY_MNEMONIC.get('bc')!;
    this.items.push({ kind: 'insn', build: (pc, labels) => encode(d, [bo, bi, labels.get(label)! - pc]) });
    return this;
  }

  /** Load a 32-bit constant into a register (lis/ori). */
  li32(rt: number, v: number): this {
    this.i('addis', [rt, 0, (v >> 16) << 16 >> 16]);
    return this.i('ori', [rt, rt, v & 0xffff]);
  }

  word(w: number): this {
    this.items.push({ kind: 'insn', build: () => w >>> 0 });
    return this;
  }

  words(): number[] {
    const labels = new Map<string, number>();
    let pc = 0;
    for (const it of this.items) {
      if (it.kind === 'label') labels.set(it.name, pc);
      else pc += 4;
    }
    const out: number[] = [];
    pc = 0;
    for (const it of this.items) {
      if (it.kind === 'insn') {
        out.push(it.build(pc, labels) >>> 0);
        pc += 4;
      }
    }
    return out;
  }
}

/** BO/BI of the common conditional branches on CR0. */
export const BLT: [number, number] = [12, 0];
export const BGE: [number, number] = [4, 0];
export const BNE: [number, number] = [4, 2];
