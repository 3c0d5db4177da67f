// FXV vector semantics: every instruction under every condition value, checked against an
// independent BigInt reference written from docs/isa.md, plus the edge cases (saturation,
// -1 x -1, wrap-around) and end-to-end runs through the PPU (memory, synapse bus masking).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FXV_INSNS, type VecInsnDef } from '../../ppu/isa/index.js';
import { executeVec, VecState, VCR_EQ, VCR_GT, VCR_LT } from '../../ppu/vector/semantics.js';
import { RecordingPort } from '../../ppu/index.js';
import { load } from '../helpers/mini-asm.js';

const B = BigInt;

/** Signed value of the low n bits. */
function sx(v: bigint, n: number): bigint {
  const m = 1n << B(n);
  let r = ((v % m) + m) % m;
  if (r >= m >> 1n) r -= m;
  return r;
}
function clamp(v: bigint, n: number): bigint {
  const hi = (1n << B(n - 1)) - 1n;
  const lo = -(1n << B(n - 1));
  return v > hi ? hi : v < lo ? lo : v;
}

interface Lanes {
  a: bigint[];
  b: bigint[];
  acc: bigint[];
  t: bigint[];
}

/**
 * The reference: what lane i of each output is, for an instruction with n-bit lanes. Returns the
 * new VRT lanes, ACC lanes (2n bits), or null for outputs the instruction does not write.
 */
function reference(d: VecInsnDef, L: Lanes, gpr: bigint, shift: number): { t?: bigint[]; acc?: bigint[] } {
  const { op, frac } = d.vec;
  const n = d.vec.lanes === 'b' ? 8 : 16;
  const N = 2 * n;
  const fr = (v: bigint) => clamp(v, n);
  const md = (v: bigint) => sx(v, n);
  const F = B(n);
  return (() => {
    switch (op) {
      case 'add': return { t: L.a.map((a, i) => (frac ? fr(a + L.b[i]!) : md(a + L.b[i]!))) };
      case 'sub': return { t: L.a.map((a, i) => (frac ? fr(a - L.b[i]!) : md(a - L.b[i]!))) };
      case 'mul': return { t: L.a.map((a, i) => (frac ? fr((2n * a * L.b[i]!) >> F) : md(a * L.b[i]!))) };
      case 'ma': return { t: L.a.map((a, i) => (frac ? fr((L.acc[i]! + 2n * a * L.b[i]!) >> F) : md(L.acc[i]! + a * L.b[i]!))) };
      case 'addac': return { t: L.a.map((a, i) => (frac ? fr((L.acc[i]! >> F) + a) : md(L.acc[i]! + a))) };
      case 'matac': return { acc: L.a.map((a, i) => (frac ? clamp(L.acc[i]! + 2n * a * L.b[i]!, N) : sx(L.acc[i]! + a * L.b[i]!, N))) };
      case 'multac': return { acc: L.a.map((a, i) => (frac ? clamp(2n * a * L.b[i]!, N) : a * L.b[i]!)) };
      case 'addtac': return { acc: L.a.map((a, i) => (frac ? clamp((a + L.b[i]!) << F, N) : a + L.b[i]!)) };
      case 'addactac': return { acc: L.a.map((a, i) => (frac ? clamp(L.acc[i]! + (a << F), N) : sx(L.acc[i]! + a, N))) };
      case 'mtac': return { acc: L.a.map((a) => (frac ? a << F : a)) };
      case 'splat': return { t: L.a.map(() => sx(gpr, n)) };
      case 'sh': return { t: L.a.map((a) => (shift >= 0 ? sx(a << B(shift), n) : a >> B(Math.min(-shift, n - 1)))) };
      default: throw new Error(op);
    }
  })();
}

const laneCount = (d: VecInsnDef) => (d.vec.lanes === 'b' ? 16 : 8);

function setLanes(s: VecState, reg: number, d: VecInsnDef, v: bigint[]) {
  v.forEach((x, i) => s.setLane(reg, d.vec.lanes, i, Number(x)));
}
function getLanes(s: VecState, reg: number, d: VecInsnDef): bigint[] {
  return Array.from({ length: laneCount(d) }, (_, i) => B(s.lane(reg, d.vec.lanes, i)));
}
function getAcc(s: VecState, d: VecInsnDef): bigint[] {
  return Array.from({ length: laneCount(d) }, (_, i) => B(s.accLane(d.vec.lanes, i)));
}

const ARITH = FXV_INSNS.filter((d) => ['add', 'sub', 'mul', 'ma', 'addac', 'matac', 'multac', 'addtac', 'addactac', 'mtac', 'splat', 'sh'].includes(d.vec.op));

describe('FXV lane semantics against the reference, every instruction and condition', () => {
  // Lane values biased to the edges: 0, +-1, the extremes, random values.
  const lane = (n: number) => fc.oneof(
    fc.constantFrom(0, 1, -1, 2 ** (n - 1) - 1, -(2 ** (n - 1)), 2 ** (n - 2), -(2 ** (n - 2))),
    fc.integer({ min: -(2 ** (n - 1)), max: 2 ** (n - 1) - 1 }),
  );
  for (const d of ARITH) {
    for (const cond of [0, 1, 2, 3]) {
      it(`${d.mnemonic} with condition ${cond}`, () => {
        const n = d.vec.lanes === 'b' ? 8 : 16;
        const k = laneCount(d);
        fc.assert(fc.property(
          fc.array(lane(n), { minLength: k, maxLength: k }),
          fc.array(lane(n), { minLength: k, maxLength: k }),
          fc.array(fc.integer({ min: -(2 ** (2 * n - 1)), max: 2 ** (2 * n - 1) - 1 }), { minLength: k, maxLength: k }),
          fc.array(fc.constantFrom(VCR_LT, VCR_GT, VCR_EQ), { minLength: 16, maxLength: 16 }),
          fc.integer(), fc.integer({ min: -16, max: 15 }),
          (a, b, acc, vcr, gpr, shift) => {
            const s = new VecState();
            const L: Lanes = { a: a.map(B), b: b.map(B), acc: acc.map(B), t: [] };
            setLanes(s, 1, d, L.a);
            setLanes(s, 2, d, L.b);
            // Destination starts with known contents so unwritten lanes can be checked.
            setLanes(s, 3, d, L.b.map((x) => -x - 1n).map((x) => sx(x, n)));
            L.acc.forEach((x, i) => s.setAccLane(d.vec.lanes, i, Number(x)));
            // Halfword lanes take the flags of their high byte; give both bytes the same flags.
            const flags = vcr.map((f, i) => (d.vec.lanes === 'h' ? vcr[i & ~1]! : f));
            s.vcr.set(flags);
            const oldT = getLanes(s, 3, d);
            const oldAcc = getAcc(s, d);
            executeVec(s, d, { vrt: 3, vra: 1, vrb: 2, cond, gpr, shift });
            const want = reference(d, L, B(gpr), shift);
            const enabled = (i: number) => cond === 0 || (flags[d.vec.lanes === 'b' ? i : 2 * i]! & [0, VCR_GT, VCR_LT, VCR_EQ][cond]!) !== 0;
            const gotT = getLanes(s, 3, d);
            const gotAcc = getAcc(s, d);
            for (let i = 0; i < k; i++) {
              const expT = want.t && enabled(i) ? want.t[i]! : oldT[i]!;
              const expAcc = want.acc && enabled(i) ? want.acc[i]! : oldAcc[i]!;
              expect(gotT[i], `VRT lane ${i}`).toBe(expT);
              expect(gotAcc[i], `ACC lane ${i}`).toBe(expAcc);
            }
          },
        ), { numRuns: 60, seed: 7 });
      });
    }
  }
});

describe('FXV edge cases', () => {
  const one = (mn: string, a: number, b: number, lanes: 'b' | 'h' = mn.includes('h') ? 'h' : 'b') => {
    const d = FXV_INSNS.find((x) => x.mnemonic === mn)!;
    const s = new VecState();
    s.setLane(1, lanes, 0, a);
    s.setLane(2, lanes, 0, b);
    executeVec(s, d, { vrt: 3, vra: 1, vrb: 2, cond: 0, gpr: 0, shift: 0 });
    return s.lane(3, lanes, 0);
  };
  it('fractional multiply: -1 x -1 saturates to the largest fraction, nothing else does', () => {
    expect(one('fxvmulbfs', -128, -128)).toBe(127);
    expect(one('fxvmulhfs', -32768, -32768)).toBe(32767);
    expect(one('fxvmulbfs', -128, 127)).toBe(-127);
    expect(one('fxvmulbfs', 64, 64)).toBe(32); // 0.5 * 0.5 = 0.25
    expect(one('fxvmulhfs', 16384, -16384)).toBe(-8192);
  });
  it('fractional multiply rounds toward minus infinity (the product is shifted, not rounded)', () => {
    expect(one('fxvmulbfs', 1, 1)).toBe(0);
    expect(one('fxvmulbfs', -1, 1)).toBe(-1);
  });
  it('saturating add and subtract clamp to the signed range; modulo forms wrap', () => {
    expect(one('fxvaddbfs', 100, 100)).toBe(127);
    expect(one('fxvaddbfs', -100, -100)).toBe(-128);
    expect(one('fxvsubbfs', -100, 100)).toBe(-128);
    expect(one('fxvaddbm', 100, 100)).toBe(-56);
    expect(one('fxvsubbm', -128, 1)).toBe(127);
    expect(one('fxvaddhfs', 30000, 30000)).toBe(32767);
    expect(one('fxvaddhm', 30000, 30000)).toBe(-5536);
  });
  it('modulo multiply keeps the low bits of the integer product', () => {
    expect(one('fxvmulbm', 16, 16)).toBe(0);
    expect(one('fxvmulbm', 7, -3)).toBe(-21);
    expect(one('fxvmulhm', 300, 300)).toBe(90000 - 65536);
  });
  it('compare sets LT/GT/EQ per lane; a halfword compare sets both bytes', () => {
    const s = new VecState();
    [5, -3, 0, 127].forEach((v, i) => s.setLane(1, 'b', i, v));
    executeVec(s, FXV_INSNS.find((x) => x.mnemonic === 'fxvcmpb')!, { vrt: 0, vra: 1, vrb: 0, cond: 0, gpr: 0, shift: 0 });
    expect([...s.vcr.slice(0, 4)]).toEqual([VCR_GT, VCR_LT, VCR_EQ, VCR_GT]);
    s.setLane(2, 'h', 0, -1);
    executeVec(s, FXV_INSNS.find((x) => x.mnemonic === 'fxvcmph')!, { vrt: 0, vra: 2, vrb: 0, cond: 0, gpr: 0, shift: 0 });
    expect([s.vcr[0], s.vcr[1]]).toEqual([VCR_LT, VCR_LT]);
  });
  it('fxvsel takes VRB where the condition holds (always for C=0), else VRA', () => {
    const s = new VecState();
    for (let i = 0; i < 16; i++) {
      s.reg(1)[i] = i;
      s.reg(2)[i] = 100 + i;
      s.vcr[i] = i % 2 ? VCR_GT : VCR_LT;
    }
    const sel = FXV_INSNS.find((x) => x.mnemonic === 'fxvsel')!;
    executeVec(s, sel, { vrt: 3, vra: 1, vrb: 2, cond: 1, gpr: 0, shift: 0 });
    expect([...s.reg(3)].slice(0, 4)).toEqual([0, 101, 2, 103]);
    executeVec(s, sel, { vrt: 4, vra: 1, vrb: 2, cond: 0, gpr: 0, shift: 0 });
    expect([...s.reg(4)].slice(0, 2)).toEqual([100, 101]);
  });
  it('pack and unpack are inverses', () => {
    const s = new VecState();
    for (let i = 0; i < 16; i++) {
      s.reg(1)[i] = (i * 37) & 255;
      s.reg(2)[i] = (i * 91 + 5) & 255;
    }
    const by = (m: string) => FXV_INSNS.find((x) => x.mnemonic === m)!;
    const o = (vrt: number, vra: number, vrb: number) => ({ vrt, vra, vrb, cond: 0, gpr: 0, shift: 0 });
    executeVec(s, by('fxvupckbl'), o(3, 1, 2));
    executeVec(s, by('fxvupckbr'), o(4, 1, 2));
    executeVec(s, by('fxvpckbu'), o(5, 3, 4));
    executeVec(s, by('fxvpckbl'), o(6, 3, 4));
    expect([...s.reg(5)]).toEqual([...s.reg(1)]);
    expect([...s.reg(6)]).toEqual([...s.reg(2)]);
    // Unpacking against zero turns byte fractions into halfword fractions of the same value.
    executeVec(s, by('fxvupckbl'), o(7, 1, 0));
    expect(s.lane(7, 'h', 1)).toBe(((s.lane(1, 'b', 1)) * 256));
  });
});

describe('FXV end to end on the PPU', () => {
  it('splat, compare, conditional add and store to memory', () => {
    // v1 = 10 in every byte, v2 = bytes from memory, compare v2, add v1 where v2 > 0, store.
    const cpu = load(`
      li 3,10; li 4,0x200; li 5,0; li 6,0x300
      .long ${fx(269, 1, 3, 0)}      # fxvsplatb v1,r3
      .long ${fx(492, 2, 4, 5)}      # fxvlax v2,r4,r5
      .long ${fx(301, 0, 2, 0)}      # fxvcmpb v2
      .long ${fx(461, 2, 2, 1, 1)}   # fxvaddbm v2,v2,v1 where GT
      .long ${fx(508, 2, 6, 5)}      # fxvstax v2,r6,r5
      sync
      .long 0x7c00007c`);
    const input = [5, -3, 0, 100, 127, -128, 1, -1, 2, 3, 4, 5, 6, 7, 8, 9];
    input.forEach((v, i) => cpu.dmem.writeByte(0x200 + i, v & 255));
    expect(cpu.run(10_000).reason).toBe('wait');
    const out = input.map((_, i) => (cpu.dmem.readByte(0x300 + i) << 24) >> 24);
    expect(out).toEqual(input.map((v) => (v > 0 ? ((v + 10 + 128) & 255) - 128 : v)));
  });

  it('straight-line code longer than a compiled block that ends on a vector instruction runs once', () => {
    // 64 instructions are one block; the 64th being a vector instruction once left pc and the
    // cycle count unwritten, so the block ran again and again. Here: an addi, then 63 splats.
    const splats = Array.from({ length: 63 }, (_, i) => `.long ${fx(269, i % 32, 3, 0)}`).join('\n');
    const cpu = load(`
      addi 3,3,1
      ${splats}
      li 4,0x200; li 5,0
      .long ${fx(508, 30, 4, 5)}     # fxvstax v30,r4,r5
      sync
      .long 0x7c00007c`);
    expect(cpu.run(100_000).reason).toBe('wait');
    expect(cpu.gpr[3]).toBe(1);
    expect(cpu.dmem.readByte(0x200)).toBe(1);
  });

  it('fxvlax and fxvstax move all 16 bytes whatever their condition says', () => {
    const cpu = load(`
      li 3,5; li 4,0x200; li 5,0; li 6,0x300
      .long ${fx(269, 1, 3, 0)}      # fxvsplatb v1 = 5
      .long ${fx(301, 0, 1, 0)}      # fxvcmpb v1: all GT
      .long ${fx(508, 1, 6, 5, 2)}   # fxvstax v1 where LT (no lane): still all bytes
      .long ${fx(492, 2, 4, 5, 3)}   # fxvlax v2 where EQ (no lane): still all bytes
      sync
      .long 0x7c00007c`);
    for (let i = 0; i < 16; i++) cpu.dmem.writeByte(0x200 + i, 100 + i);
    expect(cpu.run(10_000).reason).toBe('wait');
    expect([...cpu.dmem.read(0x300, 16)]).toEqual(new Array(16).fill(5));
    expect([...cpu.vec.state.reg(2)]).toEqual(Array.from({ length: 16 }, (_, i) => 100 + i));
  });

  it('fxvoutx writes only the lanes its condition enables; fxvinx reads under its mask', () => {
    const port = new RecordingPort();
    const cpu = load(`
      li 3,7; li 4,0x200; li 5,0; li 7,0x4002
      .long ${fx(492, 2, 4, 5)}      # fxvlax v2 <- signs
      .long ${fx(301, 0, 2, 0)}      # fxvcmpb v2
      .long ${fx(269, 1, 3, 0)}      # fxvsplatb v1 = 7
      .long ${fx(252, 1, 7, 5, 2)}   # fxvoutx v1 -> 0x4002 where LT
      .long ${fx(269, 9, 3, 0)}      # fxvsplatb v9 = 7
      .long ${fx(236, 9, 7, 5, 3)}   # fxvinx v9 <- 0x4002 where EQ
      sync
      .long 0x7c00007c`, { port });
    const signs = [1, -1, 0, -1, 1, 1, 0, 0, -1, -1, -1, 1, 0, 1, 0, -1];
    signs.forEach((v, i) => cpu.dmem.writeByte(0x200 + i, v & 255));
    expect(cpu.run(10_000).reason).toBe('wait');
    const w = port.log.find((e) => e.kind === 'vecWrite')!;
    expect(w.addr).toBe(0x4002);
    let mask = 0;
    signs.forEach((v, i) => { if (v < 0) mask |= 1 << i; });
    expect(w.kind === 'vecWrite' && w.mask).toBe(mask);
    // Reading back under EQ: only lanes with sign 0 take the port's data (0 there: fxvoutx wrote
    // only the LT lanes); the other lanes keep the 7 splatted before.
    const v9 = [...cpu.vec.state.reg(9)];
    expect(v9).toEqual(signs.map((v) => (v === 0 ? 0 : 7)));
  });
});

/** An FXV instruction word: VRT, VRA (or RA), VRB (or RB), extended opcode, condition. */
function fx(xo: number, vrt: number, vra: number, vrb: number, c = 0): number {
  return ((4 << 26) | (vrt << 21) | (vra << 16) | (vrb << 11) | (xo << 2) | c) >>> 0;
}
