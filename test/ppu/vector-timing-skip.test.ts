// The vector timing model skips idle cycles for speed. Skipping must not change anything a
// program can observe: random programs mixing vector instructions of every unit (with register
// and VCR hazards, conditions, memory and synapse-bus traffic) and scalar loads, stores, time-base
// reads and syncs give the same registers, memory, bus log and cycle count either way.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordingPort } from '../../ppu/index.js';
import { ProgramBuilder, WAIT } from './program-builder.js';

type Insn = { m: string; v: number[]; cond?: number };

const vreg = fc.integer({ min: 1, max: 4 }); // few registers: many hazards
const cond = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }));

const vectorInsn: fc.Arbitrary<Insn> = fc.oneof(
  fc.record({
    m: fc.constantFrom('fxvaddhm', 'fxvsubbfs', 'fxvmulhfs', 'fxvmabm', 'fxvsel', 'fxvpckbu', 'fxvupckbr'),
    v: fc.tuple(vreg, vreg, vreg), cond,
  }),
  fc.record({ m: fc.constantFrom('fxvmatachm', 'fxvmultacbfs', 'fxvaddtachm'), v: fc.tuple(vreg, vreg), cond }),
  fc.record({ m: fc.constantFrom('fxvaddachm', 'fxvaddacbfs'), v: fc.tuple(vreg, vreg), cond }),
  fc.record({ m: fc.constantFrom('fxvmtach', 'fxvaddactachm', 'fxvcmph', 'fxvcmpb'), v: fc.tuple(vreg), cond }),
  fc.record({ m: fc.constant('fxvshh'), v: fc.tuple(vreg, vreg, fc.integer({ min: -4, max: 4 })) }),
  fc.record({ m: fc.constant('fxvsplatb'), v: fc.tuple(vreg, fc.constantFrom(4, 5)) }),
  fc.record({ m: fc.constantFrom('fxvlax', 'fxvstax'), v: fc.tuple(vreg, fc.constant(0), fc.constantFrom(8, 9)), cond }),
  fc.record({ m: fc.constantFrom('fxvinx', 'fxvoutx'), v: fc.tuple(vreg, fc.constant(0), fc.constant(13)), cond }),
).map((r) => ({ m: r.m, v: [...r.v], cond: 'cond' in r ? r.cond : undefined }));

const scalarInsn: fc.Arbitrary<Insn> = fc.oneof(
  fc.constant({ m: 'ori', v: [0, 0, 0] }),
  fc.record({ m: fc.constant('stw'), v: fc.tuple(fc.constantFrom(4, 5), fc.integer({ min: 0, max: 7 }).map((k) => 0x100 + 4 * k), fc.constant(0)) }),
  fc.record({ m: fc.constant('lwz'), v: fc.tuple(fc.constant(5), fc.integer({ min: 0, max: 7 }).map((k) => 0x200 + 4 * k), fc.constant(0)) }),
  fc.record({ m: fc.constant('mfspr'), v: fc.tuple(fc.integer({ min: 14, max: 20 }), fc.constant(284)) }),
  fc.constant({ m: 'sync', v: [0] }),
).map((r) => ({ m: r.m, v: [...r.v] }));

const program = fc.array(fc.oneof({ weight: 3, arbitrary: vectorInsn }, { weight: 2, arbitrary: scalarInsn }), {
  minLength: 1, maxLength: 40,
});

function run(insns: Insn[], seedBytes: number[], skipIdle: boolean) {
  const b = new ProgramBuilder();
  b.li(8, 0x100).li(9, 0x200).li(13, 0x40).li(4, 0x1234).li(5, -77);
  for (const { m, v, cond: c } of insns) b.op(m, v, c ? { cond: c } : {});
  b.op('sync', [0]).op('mfspr', [21, 284]).word(WAIT);
  const port = new RecordingPort();
  const cpu = b.load({ port });
  cpu.vec.pipeline.skipIdle = skipIdle;
  cpu.vec.state.vr.set(seedBytes.slice(0, 5 * 16), 16);
  for (let i = 0; i < 32; i++) cpu.dmem.writeWord(0x100 + 4 * i, (seedBytes[i]! * 0x01010101) ^ (i << 4));
  const halt = cpu.run(1_000_000);
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

describe('vector timing: skipping idle cycles changes nothing observable', () => {
  it('random vector/scalar programs give identical results with and without skipping', () => {
    fc.assert(
      fc.property(program, fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 80, maxLength: 80 }), (insns, bytes) => {
        const fast = run(insns, bytes, true);
        const exact = run(insns, bytes, false);
        expect(fast.halt).toBe('wait');
        expect(fast).toEqual(exact);
      }),
      { seed: 0x5eed, numRuns: 600 },
    );
  });
});
