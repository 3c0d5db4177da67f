// The vector unit's timing memo (ppu/vector/memo.ts) answers repeated stretches of vector work
// from recordings instead of running the cycle-level model. It must not change anything a program
// can observe. Random programs run as loops whose iterations repeat (replays), with one iteration
// that takes a different path half-way (a miss after a replayed prefix: the model is brought up to
// date from the log), on one core shared by all programs (recordings of earlier programs are
// matched by later ones), and are compared with a fresh core without the memo: registers, vector
// state, memory, the bus log and the cycle count. A second pass checks every replayed call
// against the model itself (verify mode).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUX_TIMING, Ppu, RecordingPort, type PpuTimingParams } from '../../ppu/index.js';
import { ProgramBuilder, WAIT } from './program-builder.js';

type Insn = { m: string; v: number[]; cond?: number };

const vreg = fc.integer({ min: 1, max: 4 });
const cond = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }));

const vectorInsn: fc.Arbitrary<Insn> = fc.oneof(
  fc.record({
    m: fc.constantFrom('fxvaddhm', 'fxvsubbfs', 'fxvmulbfs', 'fxvmabm', 'fxvsel', 'fxvpckbu'),
    v: fc.tuple(vreg, vreg, vreg), cond,
  }),
  fc.record({ m: fc.constantFrom('fxvmatachm', 'fxvaddtachm'), v: fc.tuple(vreg, vreg), cond }),
  fc.record({ m: fc.constantFrom('fxvaddachm', 'fxvaddacbfs'), v: fc.tuple(vreg, vreg), cond }),
  fc.record({ m: fc.constantFrom('fxvmtach', 'fxvcmph', 'fxvcmpb'), v: fc.tuple(vreg), cond }),
  fc.record({ m: fc.constant('fxvshh'), v: fc.tuple(vreg, vreg, fc.integer({ min: -4, max: 4 })) }),
  fc.record({ m: fc.constant('fxvsplatb'), v: fc.tuple(vreg, fc.constantFrom(4, 5)) }),
  fc.record({ m: fc.constantFrom('fxvlax', 'fxvstax'), v: fc.tuple(vreg, fc.constant(0), fc.constantFrom(8, 9)), cond }),
  fc.record({ m: fc.constantFrom('fxvinx', 'fxvoutx'), v: fc.tuple(vreg, fc.constant(0), fc.constant(13)), cond }),
).map((r) => ({ m: r.m, v: [...r.v], cond: 'cond' in r ? r.cond : undefined }));

const scalarInsn: fc.Arbitrary<Insn> = fc.oneof(
  fc.constant({ m: 'ori', v: [0, 0, 0] }),
  fc.record({ m: fc.constant('stw'), v: fc.tuple(fc.constantFrom(4, 5), fc.integer({ min: 0, max: 7 }).map((k) => 0x100 + 4 * k), fc.constant(0)) }),
  fc.record({ m: fc.constant('lwz'), v: fc.tuple(fc.constant(5), fc.integer({ min: 0, max: 7 }).map((k) => 0x200 + 4 * k), fc.constant(0)) }),
  fc.record({ m: fc.constant('mfspr'), v: fc.tuple(fc.integer({ min: 14, max: 19 }), fc.constant(284)) }),
  fc.constant({ m: 'sync', v: [0] }),
).map((r) => ({ m: r.m, v: [...r.v] }));

const part = (max: number) => fc.array(fc.oneof({ weight: 3, arbitrary: vectorInsn }, { weight: 2, arbitrary: scalarInsn }), { minLength: 1, maxLength: max });

/**
 * A loop of 8 iterations: prefix, in iteration `odd` only a detour, suffix, and a sync per
 * iteration or only after the loop (then the whole loop is one stretch of vector work, long
 * enough that op records have been reused when a later iteration misses).
 */
const loopProgram = fc.record({
  prefix: part(14), detour: part(6), suffix: part(14), odd: fc.integer({ min: 1, max: 7 }), syncEach: fc.boolean(),
});
type LoopProgram = { prefix: Insn[]; detour: Insn[]; suffix: Insn[]; odd: number; syncEach: boolean };

function words(p: LoopProgram): number[] {
  const b = new ProgramBuilder();
  const emit = (list: Insn[]) => { for (const { m, v, cond: c } of list) b.op(m, v, c ? { cond: c } : {}); };
  b.li(8, 0x100).li(9, 0x200).li(13, 0x40).li(4, 0x1234).li(5, -77).li(20, 0).li(21, 8).op('mtspr', [9, 21]);
  b.label('loop');
  emit(p.prefix.filter((x) => p.syncEach || x.m !== 'sync'));
  b.op('cmpi', [0, 0, 20, p.odd]).bc(4, 2, 'skip'); // bne: the detour only in iteration `odd`
  emit(p.detour.filter((x) => p.syncEach || x.m !== 'sync'));
  b.label('skip');
  emit(p.suffix.filter((x) => p.syncEach || x.m !== 'sync'));
  if (p.syncEach) b.op('sync', [0]);
  b.op('addi', [20, 20, 1]).bdnz('loop');
  b.op('sync', [0]).op('mfspr', [22, 284]).word(WAIT);
  return b.assemble();
}

function run(cpu: Ppu, program: number[], seedBytes: number[]) {
  const port = new RecordingPort();
  cpu.port = port;
  // The shared core's memory still holds the previous program: clear what a program can reach.
  for (let a = 0; a < 0x400; a += 4) cpu.imem.writeWord(a, 0);
  program.forEach((w, i) => cpu.imem.writeWord(4 * i, w));
  cpu.reset(true);
  cpu.vec.state.vr.set(seedBytes.slice(0, 5 * 16), 16);
  for (let i = 0; i < 64; i++) cpu.dmem.writeWord(0x100 + 4 * i, (seedBytes[i & 31]! * 0x01010101) ^ (i << 4));
  const halt = cpu.run(2_000_000);
  return {
    halt: halt.reason,
    cycle: halt.cycle,
    gpr: [...cpu.gpr],
    vr: [...cpu.vec.state.vr],
    acc: [...cpu.vec.state.acc],
    vcr: [...cpu.vec.state.vcr],
    mem: Array.from({ length: 64 }, (_, i) => cpu.dmem.readWord(0x100 + 4 * i)),
    bus: port.log.map((a) => JSON.stringify(a)),
  };
}

const seeds = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 80, maxLength: 80 });

describe('vector timing memo: replaying recorded timing changes nothing observable', () => {
  for (const verify of [false, true]) {
    it(`looped random programs on one shared core match a core without the memo${verify ? ' (every replay checked against the model)' : ''}`, () => {
      const shared = new Ppu();
      shared.vec.memo.verify = verify;
      fc.assert(
        fc.property(loopProgram, seeds, (p, bytes) => {
          const program = words(p);
          const plain = new Ppu();
          plain.vec.memo.enabled = false;
          const want = run(plain, program, bytes);
          expect(want.halt).toBe('wait');
          expect(plain.vec.memo.stats.replayed).toBe(0);
          // Twice on the shared core: the second run finds the first one's recordings.
          expect(run(shared, program, bytes)).toEqual(want);
          expect(run(shared, program, bytes)).toEqual(want);
          // The detour one iteration later: the recordings match up to there, then miss.
          const later = words({ ...p, odd: p.odd === 7 ? 1 : p.odd + 1 });
          const plainLater = new Ppu();
          plainLater.vec.memo.enabled = false;
          expect(run(shared, later, bytes)).toEqual(run(plainLater, later, bytes));
        }),
        { seed: verify ? 0x3e30 : 0x3e31, numRuns: verify ? 150 : 300 },
      );
      const s = shared.vec.memo.stats;
      // The memo did replay, missed after replayed prefixes, and brought the model up to date
      // through stand-ins for reused op records (every path was exercised; verify mode keeps the
      // model up to date all along, so it needs none).
      expect(s.replayed).toBeGreaterThan(s.live);
      expect(s.misses).toBeGreaterThan(100);
      if (!verify) expect(s.standIns).toBeGreaterThan(0);
    });
  }
});

describe('vector timing memo and model variants', () => {
  it('a core whose vector delays change (setTiming) forgets its recordings and times as a fresh core with the new delays', () => {
    const program = words({
      prefix: [{ m: 'fxvaddhm', v: [1, 2, 3] }, { m: 'fxvlax', v: [2, 0, 8] }, { m: 'fxvmulbfs', v: [3, 1, 2] }],
      detour: [{ m: 'fxvinx', v: [4, 0, 13] }],
      suffix: [{ m: 'fxvstax', v: [3, 0, 9] }, { m: 'fxvmtach', v: [1] }],
      odd: 3, syncEach: true,
    });
    const bytes = Array.from({ length: 80 }, (_, i) => (i * 37) & 255);
    const slower: PpuTimingParams = { ...NUX_TIMING, vector: { ...NUX_TIMING.vector, valuDepth: NUX_TIMING.vector.valuDepth + 1, serialLatency: 2 } };
    const shared = new Ppu();
    const before = run(shared, program, bytes);
    expect(shared.vec.memo.stats.replayed).toBeGreaterThan(0);
    shared.setTiming(slower);
    const after = run(shared, program, bytes);
    const fresh = new Ppu({ timing: slower });
    expect(after).toEqual(run(fresh, program, bytes));
    // The delays are visible in the cycle count, so a stale replay would have shown.
    expect(after.cycle).toBeGreaterThan(before.cycle);
  });
});
