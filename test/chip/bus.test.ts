// The PPU's view of the chip: the synapse I/O map of fxvinx/fxvoutx and the scalar bus registers.

import { describe, expect, it } from 'vitest';
import {
  BUS,
  CAPMEM_COLS,
  Chip,
  NEURON_PARAMS,
  SHARED_COL,
  SHARED_PARAMS,
  VEC,
  VEC_BUFFER_ENABLE,
  VEC_TEST,
  capmemAddress,
  driverAddress,
  vecAddress,
} from '../../chip/index.js';

const bytes = (f: (i: number) => number) => Uint8Array.from({ length: 16 }, (_, i) => f(i));

describe('synapse I/O bus (fxvinx / fxvoutx)', () => {
  it('reads and writes weights by half row; masked bytes only; the upper two bits are dropped', () => {
    const chip = new Chip();
    chip.vecWrite(vecAddress(VEC.WEIGHTS, 5, 1), bytes((i) => 0xc0 | (i + 1)), 0xffff, 10);
    chip.vecWrite(vecAddress(VEC.WEIGHTS, 5, 0), bytes(() => 33), 0x8001, 11);
    const w = chip.snapshot().weights[5]!;
    expect(w.slice(16)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(w.slice(0, 16)).toEqual([33, ...new Array(14).fill(0), 33]);
    const out = new Uint8Array(16);
    chip.vecRead(vecAddress(VEC.WEIGHTS, 5, 1), out, 12);
    expect([...out]).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    // buffer-enable and test bits in the address are accepted and ignored
    chip.vecRead(vecAddress(VEC.WEIGHTS, 5, 1) | VEC_BUFFER_ENABLE | VEC_TEST, out, 13);
    expect(out[15]).toBe(16);
    expect(chip.stats.busErrors).toBe(0);
  });

  it('address writes re-route events', () => {
    const chip = new Chip({ weights: Array.from({ length: 32 }, () => new Array<number>(32).fill(30)) });
    chip.vecWrite(vecAddress(VEC.ADDRESSES, 0, 0), bytes((i) => (i === 3 ? 44 : 0)), 0xffff, 5);
    const out = new Uint8Array(16);
    chip.vecRead(vecAddress(VEC.ADDRESSES, 0, 0), out, 6);
    expect(out[3]).toBe(44);
    chip.playback([{ cycle: 10, address: 44, rows: 1 }]);
    chip.advanceTo(10);
    const exc = chip.snapshot().excCurrent;
    expect(exc.map((x, n) => (x > 0 ? n : -1)).filter((n) => n >= 0)).toEqual([3]);
  });

  it('correlation is read-only; the reset regions read zero; unmapped addresses are bus errors', () => {
    const chip = new Chip();
    const out = new Uint8Array(16).fill(9);
    chip.vecRead(VEC.CAUSAL_RESET, out, 1);
    expect([...out]).toEqual(new Array(16).fill(0));
    chip.vecWrite(VEC.CAUSAL, bytes(() => 1), 0xffff, 2);
    chip.vecWrite(VEC.ANTICAUSAL, bytes(() => 1), 0xffff, 3);
    chip.vecRead(64, out, 4); // vector 64: row 32 does not exist
    chip.vecRead(0x2000, out, 5); // no region there
    chip.vecWrite(0x10000, out, 0xffff, 6);
    expect(chip.stats.busErrors).toBe(5);
    expect(chip.busErrorLog.map((e) => [e.kind, e.addr, e.cycle])).toEqual([
      ['vecWrite', VEC.CAUSAL, 2], ['vecWrite', VEC.ANTICAUSAL, 3], ['vecRead', 64, 4], ['vecRead', 0x2000, 5], ['vecWrite', 0x10000, 6],
    ]);
  });
});

describe('scalar bus', () => {
  it('configures synapse drivers: bits 1..0 mode, 12..8 pulse length', () => {
    const chip = new Chip();
    chip.busWrite(driverAddress(7), 2 | (13 << 8), 4, 1);
    expect(chip.driver(7)).toEqual({ mode: 'inhibitory', pulseLength: 13 });
    expect(chip.busRead(driverAddress(7), 4, 2)).toBe(2 | (13 << 8));
    chip.busWrite(driverAddress(7), 3, 4, 3);
    expect(chip.driver(7).mode).toBe('disabled');
    expect(chip.busRead(BUS.DRIVER, 4, 4)).toBe(1 | (31 << 8)); // default: excitatory, full pulse
  });

  it('reads and writes the capacitive memory; a threshold write takes effect at its cycle', () => {
    const chip = new Chip({ neurons: [{ offsetCurrent: 300 }] });
    expect(chip.busRead(capmemAddress(NEURON_PARAMS.offsetCurrent.row, 0), 4, 0)).toBe(300);
    expect(chip.busRead(capmemAddress(SHARED_PARAMS.reset.row, SHARED_COL), 4, 0)).toBe(450);
    chip.advanceTo(10_000);
    const before = chip.spikes.count;
    expect(before).toBeGreaterThan(3);
    chip.busWrite(capmemAddress(NEURON_PARAMS.threshold.row, 0), 1023, 4, 10_000);
    expect(chip.getCapmem(NEURON_PARAMS.threshold.row, 0)).toBe(1023);
    chip.advanceTo(50_000);
    expect(chip.spikes.count).toBe(before);
    // only 10 bits are kept; the reserved rows store values without effect
    chip.busWrite(capmemAddress(20, 3), 0xfffff, 4, 50_001);
    expect(chip.busRead(capmemAddress(20, 3), 4, 50_002)).toBe(1023);
  });

  it('returns the addressed bytes of a register for byte and halfword reads; narrow writes are errors', () => {
    const chip = new Chip();
    chip.busWrite(driverAddress(0), 0x00001f02, 4, 1);
    expect(chip.busRead(driverAddress(0) + 2, 1, 2)).toBe(0x1f);
    expect(chip.busRead(driverAddress(0) + 3, 1, 2)).toBe(0x02);
    expect(chip.busRead(driverAddress(0) + 2, 2, 2)).toBe(0x1f02);
    expect(chip.busRead(driverAddress(0), 2, 2)).toBe(0);
    chip.busWrite(driverAddress(0), 0, 1, 3);
    expect(chip.driver(0).mode).toBe('inhibitory');
    expect(chip.stats.busErrors).toBe(1);
  });

  it('unmapped addresses read 0 and are counted', () => {
    const chip = new Chip();
    expect(chip.busRead(0xf0000080, 4, 1)).toBe(0); // between drivers and injection
    expect(chip.busRead(capmemAddress(0, 0) + 4 * CAPMEM_COLS, 4, 1)).toBe(0); // column 33
    chip.busWrite(0xf8000088, 1, 4, 2);
    chip.busWrite(0x80000000, 1, 4, 2);
    expect(chip.stats.busErrors).toBe(4);
  });

  it('counts accesses stamped before the current cycle and performs them now', () => {
    const chip = new Chip();
    chip.advanceTo(1000);
    chip.busWrite(driverAddress(1), 0, 4, 900);
    expect(chip.stats.lateAccesses).toBe(1);
    expect(chip.driver(1).mode).toBe('disabled');
    expect(chip.cycle).toBe(1000);
  });

  it('injection is write-only: the row mask becomes an event with the address of the register', () => {
    const chip = new Chip({ weights: Array.from({ length: 32 }, () => new Array<number>(32).fill(5)) });
    chip.busWrite(BUS.INJECT + 4 * 63, 0x80000000, 4, 100);
    expect(chip.pendingEvents()).toEqual([{ cycle: 104, address: 63, rows: 0x80000000 }]);
  });
});
