// The host's view: a PPU and the chip on one clock, run control, mailbox, snapshots.

import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { DlsSystem, INJECTION_LATENCY, injectAddress, rateCounterAddress } from '../../chip/index.js';
import { Asm, WAIT } from './helpers/ppu-asm.js';

describe('DlsSystem', () => {
  it('runs the chip alone while the PPU is held in reset', () => {
    const sys = new DlsSystem({ chip: { neurons: [{ offsetCurrent: 400 }] } });
    const r = sys.run(50_000);
    expect(r).toEqual({ cycle: 50_000, halt: null });
    expect(sys.spikes().length).toBeGreaterThan(5);
    expect(sys.ppuRunning).toBe(false);
  });

  it('a program reads a rate counter into the mailbox; runUntilHalt stops the chip at the halt', () => {
    const prog = new Asm()
      .li32(3, rateCounterAddress(0))
      .i('lwz', [4, 0, 3])
      .i('stw', [4, 0x3000, 0])
      .word(WAIT)
      .words();
    const sys = new DlsSystem({ chip: { neurons: [{ offsetCurrent: 400 }] } });
    sys.run(40_000);
    const count = sys.chip.rateCounters[0]!;
    expect(count).toBeGreaterThan(3);
    sys.loadProgram(prog);
    sys.startPpu();
    const r = sys.runUntilHalt(10_000);
    expect(r.halt?.reason).toBe('wait');
    expect(r.cycle).toBe(r.halt!.cycle);
    expect(r.cycle).toBeGreaterThan(40_000);
    expect(r.cycle).toBeLessThan(40_100);
    expect(sys.readMailboxWord(0)).toBe(count);
    expect(sys.snapshot().ppu).toMatchObject({ running: false, halt: { reason: 'wait' } });
  });

  it('maps PPU cycles to chip cycles by the cycle of the reset release', () => {
    // inject at once, record the time base (PPU cycles) of the store
    const prog = new Asm()
      .li32(3, injectAddress(2))
      .i('addi', [4, 0, 1])
      .i('mfspr', [5, 284])
      .i('stw', [4, 0, 3])
      .i('stw', [5, 0x3000, 0])
      .word(WAIT)
      .words();
    const sys = new DlsSystem({ chip: { weights: Array.from({ length: 32 }, () => new Array<number>(32).fill(9)), addresses: Array.from({ length: 32 }, () => new Array<number>(32).fill(2)) } });
    const deliveries: number[] = [];
    sys.run(12_345);
    sys.loadProgram(prog);
    sys.startPpu();
    sys.chip.onBusAccess = (a) => deliveries.push(a.cycle);
    sys.runUntilHalt(1000);
    const tb = sys.readMailboxWord(0);
    expect(tb).toBeLessThan(50); // PPU cycles since the release
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toBeGreaterThanOrEqual(12_345 + tb);
    expect(deliveries[0]).toBeLessThan(12_345 + tb + 5);
    expect(sys.ppuCycle(deliveries[0])).toBe(deliveries[0]! - 12_345);
    sys.run(10);
    expect(sys.chip.stats.deliveries).toBe(1);
    expect(sys.chip.snapshot().excCurrent[0]).toBeGreaterThan(0);
    expect(INJECTION_LATENCY).toBe(4);
  });

  it('a trapping program stops the PPU, not the chip', () => {
    const sys = new DlsSystem({ chip: { neurons: [{ offsetCurrent: 400 }] } });
    sys.loadProgram([0x00000000]); // illegal instruction, no handler
    sys.startPpu();
    const r = sys.run(20_000);
    expect(r.halt?.reason).toBe('trap');
    expect(r.cycle).toBe(20_000);
    expect(sys.spikes().length).toBeGreaterThan(0);
    expect(() => sys.runUntilHalt(10)).toThrow(/the PPU is not running/);
  });

  it('checks mailbox accesses and run arguments', () => {
    const sys = new DlsSystem();
    sys.writeMailbox(0xff0, Uint8Array.from([1, 2, 3, 4]));
    expect(sys.readMailboxWord(0xff0)).toBe(0x01020304);
    expect(() => sys.readMailboxWord(0xffe)).toThrow(UserError);
    expect(() => sys.writeMailboxWord(-4, 1)).toThrow(/outside the mailbox/);
    expect(() => sys.run(-1)).toThrow(/non-negative integer/);
    sys.run(100);
    expect(() => sys.runUntil(50)).toThrow(/>= the current cycle 100/);
  });
});
