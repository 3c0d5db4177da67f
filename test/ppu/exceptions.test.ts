// Exceptions are delivered to the program's branch table with the right SRR0/SRR1/ESR/DEAR, and
// reported (PC, word, cause) when the program has no handler for them.

import { describe, expect, it } from 'vitest';
import { ESR, MSR } from '../../ppu/index.js';
import { exitStatusOf } from '../../host/cli/commands/run.js';
import { load } from '../helpers/mini-asm.js';

/** Handlers for every vector that record SRR0, SRR1, ESR, DEAR in r20..r23 and stop. */
function program(body: string): string {
  const slots = [0x04, 0x08, 0x0c, 0x10, 0x14, 0x18, 0x1c, 0x20, 0x24, 0x28, 0x2c, 0x30];
  return `
    b start
    ${slots.map((a) => `.org ${a}; b h${a}`).join('\n')}
    .org 0x40
    ${slots.map((a) => `h${a}: li 24,${a}; b record`).join('\n')}
    record: mfspr 20,26; mfspr 21,27; mfspr 22,62; mfspr 23,61; mfmsr 25; .long 0x7c00007c
    start: ${body}`;
}

function deliver(body: string) {
  const cpu = load(program(body));
  const h = cpu.run(10_000);
  expect(h.reason).toBe('wait');
  return { cpu, vector: cpu.gpr[24]!, srr0: cpu.gpr[20]! >>> 0, srr1: cpu.gpr[21]! >>> 0, esr: cpu.gpr[22]! >>> 0, dear: cpu.gpr[23]! >>> 0, msr: cpu.gpr[25]! >>> 0 };
}

/** Address of `start:` in program(): 12 handlers of 2 words, then `record` (6 words). */
const START = 0x40 + 12 * 8 + 6 * 4;

describe('exception delivery', () => {
  const start = START;

  it('illegal instruction: program interrupt, SRR0 = the instruction, ESR[PIL]', () => {
    const r = deliver('li 3,1; .long 0; li 3,2');
    expect(r.vector).toBe(0x1c);
    expect(r.srr0).toBe(start + 4);
    expect(r.esr).toBe(ESR.PIL);
    expect(r.cpu.gpr[3]).toBe(1);
  });

  it('trap instructions trap only when their condition holds (ESR[PTR])', () => {
    const none = deliver('li 3,5; twi 8,3,9; tw 16,3,3; li 4,1; twi 4,3,5; li 4,2');
    expect(none.vector).toBe(0x1c);
    expect(none.esr).toBe(ESR.PTR);
    expect(none.srr0).toBe(start + 4 * 4);
    expect(none.cpu.gpr[4]).toBe(1);
  });

  it('misaligned load and store: alignment interrupt with DEAR (and ESR[ST] for stores)', () => {
    const ld = deliver('li 3,0x102; lwz 4,0(3)');
    expect(ld.vector).toBe(0x18);
    expect(ld.dear).toBe(0x102);
    expect(ld.esr).toBe(0);
    expect(ld.srr0).toBe(start + 4);
    const st = deliver('li 3,0x101; sth 4,0(3)');
    expect(st.vector).toBe(0x18);
    expect(st.dear).toBe(0x101);
    expect(st.esr).toBe(ESR.ST);
  });

  it('access outside memory: data storage interrupt with DEAR', () => {
    const r = deliver('lis 3,0x0001; lwz 4,0(3)');
    expect(r.vector).toBe(0x0c);
    expect(r.dear).toBe(0x10000);
    const s = deliver('li 3,0x4000; stw 4,0(3)');
    expect(s.vector).toBe(0x0c);
    expect(s.esr).toBe(ESR.ST);
  });

  it('fetch outside memory: instruction storage interrupt with SRR0 = the target', () => {
    const r = deliver('li 3,0x4000; mtctr 3; bctr');
    expect(r.vector).toBe(0x10);
    expect(r.srr0).toBe(0x4000);
  });

  it('privileged instruction in problem state: program interrupt with ESR[PPR]; entry clears PR and EE', () => {
    const r = deliver(`li 3,0; ori 3,3,${MSR.PR | MSR.EE}; mtmsr 3; mfmsr 4`);
    expect(r.vector).toBe(0x1c);
    expect(r.esr).toBe(ESR.PPR);
    expect(r.srr1).toBe(MSR.PR | MSR.EE);
    expect(r.msr & (MSR.PR | MSR.EE)).toBe(0);
  });

  it('mfspr of an SPR the core does not have is an illegal instruction', () => {
    const r = deliver('mfspr 3,1000');
    expect(r.vector).toBe(0x1c);
    expect(r.esr).toBe(ESR.PIL);
  });
});

describe('unhandled exceptions stop the program with a report', () => {
  it('no branch in the vector slot: halt reason trap with pc, word and cause', () => {
    const cpu = load('li 3,1; li 4,0x103; lwz 5,0(4); li 3,2');
    const h = cpu.run(1000);
    expect(h.reason).toBe('trap');
    expect(h.cause).toBe('alignment');
    expect(h.pc).toBe(8);
    expect(h.word! >>> 0).toBe(cpu.imem.readWord(8));
    expect(cpu.gpr[3]).toBe(1);
    expect(exitStatusOf(h)).toBe(128 + 7);
  });

  it('linux-user: exceptions end the program like a signal', () => {
    const cpu = load('li 3,1; .long 0', { profile: 'linux-user', memoryBase: 0, memorySize: 4096 });
    const h = cpu.run(1000);
    expect(h).toMatchObject({ reason: 'trap', cause: 'illegal-instruction', pc: 4 });
    expect(exitStatusOf(h)).toBe(128 + 4);
  });

  it('FXV and LMA instructions are profile-specific', () => {
    // mulchw (PowerPC 440) is illegal on the HICANN-DLS core, FXV is illegal in linux-user.
    const mulchw = 0x10642950;
    const dls = load(`li 4,3; lis 5,5; .long ${mulchw}`);
    expect(dls.run(100)).toMatchObject({ reason: 'trap', cause: 'illegal-instruction' });
    const lin = load(`li 4,3; lis 5,5; .long ${mulchw}; li 0,1; sc`, { profile: 'linux-user', memoryBase: 0, memorySize: 4096 });
    expect(lin.run(100).reason).toBe('exit');
    expect(lin.gpr[3]).toBe(15);
    const fxv = 0x1000_0000 | (461 << 2); // fxvaddbm 0,0,0
    expect(load(`.long ${fxv}`, { profile: 'linux-user', memoryBase: 0, memorySize: 4096 }).run(100).cause).toBe('illegal-instruction');
  });
});
