// The host controller's API (host/controller.ts, docs/host.md) used as the document shows it: a
// DSL program loaded with DlsSystem.load, a chip configured through its config, spikes played back
// by the host, run control, and the results read back from the mailbox and the spike record.

import { describe, expect, it } from 'vitest';
import { DlsSystem, MAILBOX_BASE, parseChipConfig, type ChipConfigInput, type Program } from '../../host/controller.js';
import { compileDslProgram } from '../../host/programs.js';

// The example of docs/host.md: the program counts neuron 0's spikes over a window the host sets.
const COUNT_DSL = `
mailbox {
  status: i32 @ 0x000,   // 1 while counting, 2 when done
  window: i32 @ 0x004,   // cycles to count for (host)
  count: i32 @ 0x008,    // spikes of neuron 0 in the window (PPU)
}

fn main() {
  mailbox.status = 1;
  reset_rates();
  wait(mailbox.window);
  mailbox.count = rate(0);
  mailbox.status = 2;
}
`;

// Neuron 0 listens to synapse row 0 (excitatory driver) at address 1 with the largest weight.
const grid = (corner: number, rest: number): number[][] =>
  Array.from({ length: 32 }, (_, r) => Array.from({ length: 32 }, (_, n) => (r === 0 && n === 0 ? corner : rest)));
const config: ChipConfigInput = {
  drivers: Array.from({ length: 32 }, (_, r) => ({ mode: r === 0 ? 'excitatory' as const : 'disabled' as const })),
  weights: grid(63, 0),
  addresses: grid(1, 63),
  rateCounters: { enable: 1 },
};

function countSpikes(playback: number): { count: number; status: number; spikes: number[]; halt: string | undefined } {
  const sys = new DlsSystem({ chip: parseChipConfig(config, 'example') });
  sys.load(compileDslProgram('count.dsl', COUNT_DSL));
  sys.writeMailboxWord(4, 20_000);
  // Host playback: `playback` spikes on address 1 into row 0, 100 cycles apart (one does not
  // make the neuron fire; a train does).
  sys.chip.playback(Array.from({ length: playback }, (_, i) => ({ cycle: 1000 + 100 * i, address: 1, rows: 1 })));
  sys.startPpu();
  const r = sys.runUntilHalt(100_000);
  return {
    count: sys.readMailboxWord(8),
    status: sys.readMailboxWord(0),
    spikes: sys.spikes().filter((s) => s.neuron === 0).map((s) => s.cycle),
    halt: r.halt?.reason,
  };
}

describe('the host controller (docs/host.md example)', () => {
  it('a DSL program counts the spikes the host plays back; the mailbox and the spike record agree', () => {
    const r = countSpikes(30);
    expect(r.halt).toBe('wait');
    expect(r.status).toBe(2);
    expect(r.count).toBeGreaterThan(0);
    // Every spike of neuron 0 fell inside the counting window, so the counter saw all of them.
    expect(r.count).toBe(r.spikes.length);
    const quiet = countSpikes(0);
    expect(quiet).toMatchObject({ count: 0, status: 2, spikes: [] });
  });

  it('load places every segment, zeroes .bss, and refuses programs the PPU cannot start', () => {
    const sys = new DlsSystem();
    sys.writeMailboxWord(0, 0xdeadbeef);
    const prog: Program = {
      format: 'elf', entry: 0, symbols: [],
      chunks: [
        { addr: 0, data: Uint8Array.of(0x7c, 0, 0, 0x7c), exec: true, memsz: 4 },
        { addr: MAILBOX_BASE, data: Uint8Array.of(1, 2), exec: false, memsz: 8 },
      ],
    };
    sys.load(prog);
    expect(Array.from(sys.readMailbox(0, 8))).toEqual([1, 2, 0, 0, 0, 0, 0, 0]);
    expect(() => sys.load({ ...prog, entry: 0x100 })).toThrow(/entry is 0x100, but the PPU starts at address 0/);
    expect(() => sys.load({ ...prog, chunks: [{ addr: 0x3ffc, data: new Uint8Array(8), exec: false, memsz: 8 }] })).toThrow(/0x3ffc\.\.0x4004 do not fit in the PPU's 16 KiB SRAM/);
  });
});
