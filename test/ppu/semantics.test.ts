// Focused instruction-semantics tests: regressions for bugs the C differential corpus found, and
// pinned results for instructions the corpus cannot compare against qemu-ppc because qemu
// executes them wrongly (test/corpus/c/README.md). Expected values are worked out by hand from
// the instruction definitions in the PowerPC 440 and Power ISA manuals.

import { describe, expect, it } from 'vitest';
import { createMachine, parseProgram, Ppu } from '../../ppu/index.js';
import { LINUX_STACK_SIZE } from '../../ppu/program.js';
import { BY_MNEMONIC, encode, type EncodeOptions } from '../../ppu/isa/index.js';

const e = (m: string, values: number[], opts: EncodeOptions = {}) => {
  const d = BY_MNEMONIC.get(m);
  if (!d) throw new Error(`no instruction ${m}`);
  return encode(d, values, opts);
};
const WAIT = 0x7c00007c;
/** Program end: `wait` on the dls core; `li r0,1; sc` (exit) in linux-user, which has no wait. */
const end = (profile: 'dls' | 'linux-user') => (profile === 'linux-user' ? [0x38000001, 0x44000002] : [WAIT]);
const done = (profile: 'dls' | 'linux-user') => (profile === 'linux-user' ? 'exit' : 'wait');
const XER_SO = 0x80000000, XER_OV = 0x40000000;

/** Run `words` from address 0 until wait, with GPRs preset; returns the core. */
function run(words: number[], regs: Record<number, number>, profile: 'dls' | 'linux-user' = 'dls'): Ppu {
  const p = new Ppu({ profile });
  [...words, ...end(profile)].forEach((w, i) => p.imem.writeWord(i * 4, w));
  for (const [r, v] of Object.entries(regs)) p.gpr[Number(r)] = v;
  const h = p.run(1e6);
  expect(h.reason).toBe(done(profile));
  return p;
}

describe('dcbz', () => {
  // Regression: the helper reached st32 through `this`, which is undefined when generated block
  // code calls it, so any dcbz crashed dls with a TypeError (found by asmflags.c).
  for (const profile of ['dls', 'linux-user'] as const) {
    it(`zeroes exactly the 32-byte block holding the address (${profile} profile)`, () => {
      const p = new Ppu({ profile });
      for (let a = 0x1000; a < 0x1080; a += 4) p.dmem.writeWord(a, 0x01010101 * ((a >> 2) & 0x7f));
      const prog = [e('dcbz', [3, 4]), ...end(profile)];
      prog.forEach((w, i) => p.imem.writeWord(i * 4, w));
      p.gpr[3] = 0x1020;
      p.gpr[4] = 0x25; // EA 0x1045 lies in the block 0x1040..0x105f
      expect(p.run(1e6).reason).toBe(done(profile));
      for (let a = 0x1000; a < 0x1080; a += 4) {
        const inBlock = a >= 0x1040 && a < 0x1060;
        expect(p.dmem.readWord(a) >>> 0, `word at 0x${a.toString(16)}`).toBe(inBlock ? 0 : (0x01010101 * ((a >> 2) & 0x7f)) >>> 0);
      }
    });
  }
});

describe('misaligned lmw, stmw and lwarx', () => {
  // Regression: lmw/stmw always raised the alignment interrupt; Linux (and qemu-ppc) emulate
  // misaligned load/store multiple, so the linux-user profile must perform them (asmflags.c).
  // lwarx did the opposite: it loaded from a misaligned address where Linux and qemu send SIGBUS.
  const setup = (profile: 'dls' | 'linux-user', words: number[]) => {
    const p = new Ppu({ profile });
    [...words, ...end(profile)].forEach((w, i) => p.imem.writeWord(i * 4, w));
    for (let a = 0x1000; a < 0x1020; a++) p.dmem.writeByte(a, a & 0xff);
    return p;
  };

  it('linux-user: stmw and lmw at a misaligned address move the bytes', () => {
    const p = setup('linux-user', [e('stmw', [29, 0x1002, 0]), e('lmw', [28, 0x1001, 0])]);
    p.gpr[29] = 0x11223344;
    p.gpr[30] = 0x55667788;
    p.gpr[31] = 0x99aabbcc | 0;
    expect(p.run(1e6).reason).toBe('exit');
    expect(p.dmem.readWord(0x1000) >>> 0).toBe(0x00011122);
    expect(p.dmem.readWord(0x1004) >>> 0).toBe(0x33445566);
    expect(p.dmem.readWord(0x1008) >>> 0).toBe(0x778899aa);
    expect(p.dmem.readWord(0x100c) >>> 0).toBe(0xbbcc0e0f);
    // lmw r28 from 0x1001: r28..r31 = the 16 bytes 0x1001..0x1010
    expect([...p.gpr.slice(28)].map((v) => v >>> 0)).toEqual([0x01112233, 0x44556677, 0x8899aabb, 0xcc0e0f10]);
  });

  it('dls profile: a misaligned lmw raises the alignment interrupt before loading anything', () => {
    const p = setup('dls', [e('lmw', [30, 0x1002, 0])]);
    p.gpr[30] = 7;
    const h = p.run(1e6);
    expect(h.reason).toBe('trap');
    expect(h.cause).toBe('alignment');
    expect(h.pc).toBe(0);
    expect(p.gpr[30]).toBe(7);
  });

  for (const profile of ['dls', 'linux-user'] as const) {
    it(`${profile}: a misaligned lwarx raises the alignment interrupt`, () => {
      const p = setup(profile, [e('lwarx', [3, 0, 4])]);
      p.gpr[4] = 0x1006;
      const h = p.run(1e6);
      expect(h.reason).toBe('trap');
      expect(h.cause).toBe('alignment');
      expect(p.gpr[3]).toBe(0);
    });
  }
});

describe('440 multiply-accumulate (qemu-ppc gets these wrong; values from the 440 manual)', () => {
  // mac RT,RA,RB with RT = 3, RA = 4, RB = 5; XER cleared first.
  const mac = (m: string, ra: number, rb: number, rt: number, opts: EncodeOptions = {}) => {
    const p = run([e(m, [3, 4, 5], opts)], { 3: rt, 4: ra, 5: rb }, 'linux-user');
    return { rt: p.gpr[3]! >>> 0, xer: p.xer() >>> 0, cr0: p.cr >>> 28 };
  };

  it('modulo forms write the sum of RT and the halfword product (qemu 7.2 leaves RT unchanged)', () => {
    // low halves: 7 * -3 = -21; 5 + -21 = -16
    expect(mac('maclhw', 0x00010007, 0x0002fffd, 5).rt).toBe(0xfffffff0);
    // high halves: 32767 * -32768 = -1073709056
    expect(mac('machhw', 0x7fff0000, 0x80000000, 0).rt).toBe(0xc0008000);
    // low half of RA (-2) times high half of RB (3): 10 - 6
    expect(mac('macchw', 0x0000fffe, 0x00030000, 10).rt).toBe(4);
    // negative accumulate: 100 - 5 * 7
    expect(mac('nmaclhw', 0x00000005, 0x00000007, 100).rt).toBe(65);
    // unsigned: 0xffff * 0xffff = 0xfffe0001, plus 1
    expect(mac('machhwu', 0xffff0000, 0xffff0000, 1).rt).toBe(0xfffe0002);
    // modulo wrap: 0x7fffffff + 0x3fff0001 wraps to 0xbfff0000, no saturation
    expect(mac('machhw', 0x7fff0000, 0x7fff0000, 0x7fffffff).rt).toBe(0xbfff0000);
  });

  it('saturating forms clamp only on signed overflow of the 33-bit sum', () => {
    // 0x7fffffff + 0x3fff0001 overflows: clamp to 0x7fffffff, OV and SO set by the o form
    const a = mac('machhws', 0x7fff0000, 0x7fff0000, 0x7fffffff, { oe: true, rc: true });
    expect(a).toEqual({ rt: 0x7fffffff, xer: (XER_SO | XER_OV) >>> 0, cr0: 0b0101 });
    // 0x7fffffff + (-1073709056) does not overflow: plain sum, OV clear
    // (qemu 7.2 saturates here and sets OV)
    const b = mac('machhws', 0x7fff0000, 0x80000000, 0x7fffffff, { oe: true, rc: true });
    expect(b).toEqual({ rt: 0x40007fff, xer: 0, cr0: 0b0100 });
    // negative overflow of nmac: 0x80000003 - 6 saturates to 0x80000000
    expect(mac('nmachhws', 0x00030000, 0x00020000, 0x80000003).rt).toBe(0x80000000);
    // unsigned saturation: 0xfffffff0 + 0xfffe0001 clamps to 0xffffffff
    expect(mac('maclhwsu', 0x0000ffff, 0x0000ffff, 0xfffffff0).rt).toBe(0xffffffff);
  });

  it('o forms of the modulo instructions record overflow but keep the wrapped sum', () => {
    // 0x80000003 - 6 = 0x7ffffffd wraps: OV = SO = 1 (qemu 7.2 reports no overflow)
    const a = mac('nmachhw', 0x00030000, 0x00020000, 0x80000003, { oe: true });
    expect(a.rt).toBe(0x7ffffffd);
    expect(a.xer).toBe((XER_SO | XER_OV) >>> 0);
    // no overflow: OV cleared, SO stays as it was (clear)
    expect(mac('maclhw', 0x00000002, 0x00000003, 1, { oe: true }).xer).toBe(0);
  });
});

describe('linux-user memory layout', () => {
  // Regression: the stack was 1 MiB at the top of the window, above the program, so deep
  // recursion that runs under qemu-ppc (8 MiB stack) silently overwrote the program's data and
  // code under dls (found by deepstack.c).
  const load = 0x10000000;
  const machine = (words: number[]) => {
    const bytes = new Uint8Array(words.length * 4);
    words.forEach((w, i) => new DataView(bytes.buffer).setUint32(i * 4, w));
    return createMachine(parseProgram(bytes, 'x.bin', 'bin', load), { profile: 'linux-user' });
  };

  it('gives an 8 MiB stack that lies below the program', () => {
    const cpu = machine([WAIT]);
    const sp = cpu.gpr[1]! >>> 0;
    expect(sp).toBeLessThan(load);
    expect(LINUX_STACK_SIZE).toBe(8 << 20);
    expect(sp - cpu.dmem.base).toBeGreaterThanOrEqual((8 << 20) - 64);
  });

  it('faults when the stack overflows, leaving the program intact', () => {
    // loop: stwu r1,-16(r1); b loop (16-byte steps would hit the code if the stack ran into it)
    const prog = [e('stwu', [1, -16, 1]), e('b', [-4])];
    const cpu = machine(prog);
    const sp0 = cpu.gpr[1]! >>> 0;
    const h = cpu.run(5e7);
    expect(h.reason).toBe('trap');
    expect(h.cause).toBe('data-storage');
    expect(h.pc).toBe(load);
    // It got through the whole stack before faulting...
    expect(sp0 - (cpu.gpr[1]! >>> 0)).toBeGreaterThanOrEqual((8 << 20) - 128);
    // ...and never wrote over the code.
    expect(cpu.imem.readWord(load) >>> 0).toBe(prog[0]);
    expect(cpu.imem.readWord(load + 4) >>> 0).toBe(prog[1]);
  });
});

describe('problem state in the linux-user profile', () => {
  // Regression: linux-user programs ran in supervisor state, so mfmsr, mtmsr, wrteei, dcbi and
  // kernel SPRs (SRR0, SPRG0, ...) worked where Linux and qemu-ppc raise SIGILL (crash_priv.c).
  const load = 0x10000000;
  const machine = (words: number[]) => {
    const bytes = new Uint8Array((words.length + 2) * 4);
    [...words, ...end('linux-user')].forEach((w, i) => new DataView(bytes.buffer).setUint32(i * 4, w));
    return createMachine(parseProgram(bytes, 'x.bin', 'bin', load), { profile: 'linux-user' });
  };
  const mfspr = (n: number) => e('mfspr', [3, n]);

  for (const [name, word] of [
    ['mfmsr', e('mfmsr', [3])], ['mtmsr', e('mtmsr', [3])], ['wrteei', e('wrteei', [0])],
    ['dcbi', e('dcbi', [0, 1])], ['mfspr SRR0', mfspr(26)], ['mfspr SPRG0', mfspr(272)],
    ['mtspr TBL', e('mtspr', [284, 3])], ['mfspr TSR', mfspr(336)],
  ] as const) {
    it(`${name} raises the privileged-instruction program interrupt`, () => {
      const h = machine([word]).run(1e6);
      expect(h.reason).toBe('trap');
      expect(h.cause).toBe('privileged-instruction');
      expect(h.pc).toBe(load);
    });
  }

  it('user SPRs work: USPRG0, the time base, LR, CTR, XER; the PVR read that Linux emulates', () => {
    const cpu = machine([
      e('addi', [4, 0, 1234]), e('mtspr', [256, 4]), e('mfspr', [5, 256]), e('mfspr', [6, 268]),
      e('mtspr', [9, 4]), e('mfspr', [7, 9]), e('mfspr', [8, 287]),
    ]);
    expect(cpu.run(1e6).reason).toBe('exit');
    expect(cpu.gpr[5]).toBe(1234);
    expect(cpu.gpr[6]).toBeGreaterThan(0);
    expect(cpu.gpr[7]).toBe(1234);
    expect(cpu.gpr[8]).not.toBe(0);
  });

  it('the dls profile starts in supervisor state, and user state there also guards the PVR', () => {
    const p = new Ppu();
    [mfspr(287), e('mtmsr', [4]), mfspr(287), WAIT].forEach((w, i) => p.imem.writeWord(i * 4, w));
    p.gpr[4] = 0x4000; // MSR[PR]
    const h = p.run(1e6);
    expect(p.gpr[3]).not.toBe(0); // the first read, in supervisor state
    expect(h.reason).toBe('trap');
    expect(h.cause).toBe('privileged-instruction');
    expect(h.pc).toBe(8);
  });
});
