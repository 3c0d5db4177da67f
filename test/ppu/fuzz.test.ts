// Random instruction words never make the emulator throw, and results do not depend on how
// instructions are grouped into compiled blocks (one instruction per block, as --trace runs,
// versus long blocks).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/random.js';
import { Ppu } from '../../ppu/index.js';
import { miniAsm } from '../helpers/mini-asm.js';
import { ALL_INSNS, encode, fieldRange, operandFields } from '../../ppu/isa/index.js';

/**
 * A random program in instruction memory (separate data memory, so stores cannot destroy it)
 * with a branch table whose handlers skip the faulting instruction and return.
 */
function randomMachine(seed: number, blockSize?: number): Ppu {
  const cpu = new Ppu({ splitMemory: true });
  if (blockSize) cpu.setStepHook(null, blockSize);
  const rng = Rng.stream(seed, 'fuzz-program');
  for (let a = 0x100; a < cpu.imem.size; a += 4) cpu.imem.writeWord(a, rng.nextU32());
  // Some seeds get plausible instructions more often: bias the primary opcode towards used ones.
  const common = [14, 15, 24, 31, 31, 31, 32, 36, 21, 16, 18, 19, 4, 4, 10, 11, 7, 28];
  for (let a = 0x100; a < cpu.imem.size; a += 8) {
    const w = cpu.imem.readWord(a);
    cpu.imem.writeWord(a, ((common[rng.int(0, common.length - 1)]! << 26) | (w & 0x03ffffff)) >>> 0);
  }
  // And every fourth word a valid encoding of a random instruction row (FXV included).
  for (let a = 0x104; a < cpu.imem.size; a += 16) {
    const d = ALL_INSNS[rng.int(0, ALL_INSNS.length - 1)]!;
    const values = d.operands.flatMap((op) => operandFields(d, op)).map((f) => {
      const r = fieldRange(f);
      return r.min + r.step * rng.int(0, Math.floor((r.max - r.min) / r.step));
    });
    try {
      cpu.imem.writeWord(a, encode(d, values, d.form === 'FXV' ? { cond: rng.int(0, 3) } : {}));
    } catch {
      // a value combination the encoder refuses: keep the random word
    }
  }
  const prog = miniAsm(`
    b 0x100
    .org 0x04; b h; .org 0x08; b h; .org 0x0c; b h; .org 0x10; b h; .org 0x14; b h; .org 0x18; b h
    .org 0x1c; b h; .org 0x20; b h; .org 0x24; b h; .org 0x28; b h; .org 0x2c; b h; .org 0x30; b h
    .org 0x40
    h: mtspr 272,3; mfspr 3,26; addi 3,3,4; mtspr 26,3; li 3,-1; mtspr 336,3; mfspr 3,272; rfi`);
  for (const [a, w] of prog.words) cpu.imem.writeWord(a, w);
  return cpu;
}

function state(cpu: Ppu) {
  return {
    gpr: [...cpu.gpr], cr: cpu.cr, xer: cpu.xer(), lr: cpu.lr, ctr: cpu.ctr, msr: cpu.msr,
    pc: cpu.pc, t: cpu.t, icount: cpu.icount, dmem: Buffer.from(cpu.dmem.bytes()).toString('base64'),
    vec: Buffer.from(cpu.vec.state.vr).toString('base64'),
  };
}

describe('random instruction streams', () => {
  it('run for over 10^6 instructions in total without the emulator throwing', () => {
    let total = 0;
    let seed = 1;
    const halts = new Map<string, number>();
    while (total < 1_000_000) {
      const cpu = randomMachine(seed++);
      const h = cpu.run(200_000);
      expect(['wait', 'trap', 'limit', 'exit']).toContain(h.reason);
      halts.set(h.reason, (halts.get(h.reason) ?? 0) + 1);
      total += cpu.icount;
    }
    expect(total).toBeGreaterThanOrEqual(1_000_000);
  });

  it('give the same state, cycle and instruction counts with one instruction per block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 30 }), (seed) => {
        const a = randomMachine(seed);
        const b = randomMachine(seed, 1);
        const ha = a.run(20_000);
        const hb = b.run(20_000);
        expect(hb).toEqual(ha);
        expect(state(b)).toEqual(state(a));
      }),
      { numRuns: 25, seed: 42 },
    );
  });
});

describe('blocks ending in any instruction', () => {
  it('a vector instruction as the last instruction of a block (trace mode) advances the pc', () => {
    // fxvsplatb v1,r3 then wait: with one instruction per block the vector instruction ends a block.
    const a = new Ppu();
    const b = new Ppu();
    b.setStepHook(null, 1);
    for (const cpu of [a, b]) {
      cpu.imem.writeWord(0, 0x38600007); // li r3,7
      cpu.imem.writeWord(4, (4 << 26 | 1 << 21 | 3 << 16 | 269 << 2) >>> 0);
      cpu.imem.writeWord(8, 0x7c0004ac); // sync
      cpu.imem.writeWord(12, 0x7c00007c); // wait
    }
    expect(b.run(1000)).toEqual(a.run(1000));
    expect(b.vec.state.reg(1)[5]).toBe(7);
  });
});
