// A tiny program builder for timing tests: instructions by mnemonic through the ISA encoder,
// labels, forward/backward branch fix-ups and .balign. It stands in for the assembler (which is
// written separately) so that the measurement programs of nux-timing.md can be built exactly.

import { Ppu, type PpuOptions } from '../../ppu/index.js';
import { BY_MNEMONIC, encode, type EncodeOptions } from '../../ppu/isa/index.js';

export const NOP = 0x60000000; // ori 0,0,0
export const WAIT = 0x7c00007c;

type Item =
  | { kind: 'word'; word: number }
  | { kind: 'branch'; mnemonic: 'b' | 'bc'; bo: number; bi: number; label: string; opts: EncodeOptions };

export class ProgramBuilder {
  private readonly items: Item[] = [];
  private readonly labels = new Map<string, number>();

  constructor(readonly base = 0) {}

  /** Address of the next instruction. */
  get pc(): number {
    return this.base + 4 * this.items.length;
  }

  op(mnemonic: string, values: number[] = [], opts: EncodeOptions = {}): this {
    const d = BY_MNEMONIC.get(mnemonic);
    if (!d) throw new Error(`unknown mnemonic ${mnemonic}`);
    this.items.push({ kind: 'word', word: encode(d, values, opts) });
    return this;
  }

  word(w: number): this {
    this.items.push({ kind: 'word', word: w >>> 0 });
    return this;
  }

  repeat(n: number, f: (b: this, i: number) => void): this {
    for (let i = 0; i < n; i++) f(this, i);
    return this;
  }

  label(name: string): this {
    if (this.labels.has(name)) throw new Error(`label ${name} defined twice`);
    this.labels.set(name, this.pc);
    return this;
  }

  /** Pad with nops to a multiple of `n` bytes. */
  balign(n: number): this {
    while (this.pc % n !== 0) this.word(NOP);
    return this;
  }

  b(label: string): this {
    this.items.push({ kind: 'branch', mnemonic: 'b', bo: 0, bi: 0, label, opts: {} });
    return this;
  }

  bc(bo: number, bi: number, label: string): this {
    this.items.push({ kind: 'branch', mnemonic: 'bc', bo, bi, label, opts: {} });
    return this;
  }

  bdnz(label: string): this {
    return this.bc(16, 0, label);
  }

  li(rt: number, v: number): this {
    return this.op('addi', [rt, 0, v]);
  }

  nop(): this {
    return this.word(NOP);
  }

  /** Resolve labels and return the instruction words. */
  assemble(): number[] {
    return this.items.map((it, i) => {
      if (it.kind === 'word') return it.word;
      const target = this.labels.get(it.label);
      if (target === undefined) throw new Error(`undefined label ${it.label}`);
      const disp = target - (this.base + 4 * i);
      const d = BY_MNEMONIC.get(it.mnemonic)!;
      return it.mnemonic === 'b' ? encode(d, [disp], it.opts) : encode(d, [it.bo, it.bi, disp], it.opts);
    });
  }

  /** A fresh core with the program loaded at `base`. */
  load(opts: PpuOptions = {}): Ppu {
    const cpu = new Ppu(opts);
    this.assemble().forEach((w, i) => cpu.imem.writeWord(this.base + 4 * i, w));
    return cpu;
  }
}
