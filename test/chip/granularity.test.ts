// The result does not depend on how often the analog state is advanced: stopping the chip at
// arbitrary intermediate cycles gives the same spikes and the same state, bit for bit, in ideal,
// mismatch and noise modes, with the router, and with a PPU program touching the chip.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Chip, DlsSystem, capmemAddress, injectAddress, rateCounterAddress, NEURON_PARAMS, type ChipConfig } from '../../chip/index.js';
import { Asm, BLT, WAIT } from './helpers/ppu-asm.js';
import { loadScenario, type Scenario } from './helpers/scenario.js';

function fingerprint(chip: Chip): string {
  return JSON.stringify({ spikes: chip.spikeList(), snap: chip.snapshot(), rec: chip.membraneRecord(), anchors: [...chip.neurons.V0, ...chip.neurons.A0, ...chip.neurons.B0, ...chip.neurons.t0] },
    (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
}

function run(sc: Scenario, cfg: ChipConfig, stops: readonly number[]): string {
  const chip = new Chip(cfg);
  chip.playback(sc.events.map(([cycle, address, rows]) => ({ cycle, address, rows })));
  chip.recordMembrane([0, 7, 31], 97, 0);
  for (const s of stops) chip.advanceTo(s);
  chip.advanceTo(sc.duration);
  return fingerprint(chip);
}

const variants: [string, string, (c: ChipConfig) => ChipConfig][] = [
  ['ideal', 'exc-inh-input', (c) => c],
  ['mismatch', 'exc-inh-input', (c) => ({ ...c, mode: 'mismatch', seed: 11 })],
  ['mismatch + noise', 'exc-inh-input', (c) => ({ ...c, mode: 'mismatch', seed: 12, noise: { seed: 5, synapticJitter: 0.2, thresholdJitter: 0.01 } })],
  ['router', 'recurrent-router', (c) => c],
];

describe('advance granularity', () => {
  for (const [name, scenario, tweak] of variants) {
    it(`${name}: random intermediate stops give identical spikes and state`, () => {
      const sc = loadScenario(scenario);
      const cfg = tweak(sc.chip);
      const once = run(sc, cfg, []);
      expect(JSON.parse(once).spikes.length).toBeGreaterThan(100);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: sc.duration }), { minLength: 1, maxLength: 300 }), (stops) => {
          stops.sort((a, b) => a - b);
          expect(run(sc, cfg, stops)).toBe(once);
        }),
        { seed: 7, numRuns: 4 },
      );
      // and advancing every single cycle for a stretch
      const every = Array.from({ length: 3000 }, (_, i) => 5000 + i);
      expect(run(sc, cfg, every)).toBe(once);
    });
  }

  it('a PPU program that injects spikes, reads rate counters and rewrites capmem gives the same result in any run pieces', () => {
    // loop: inject an event (address 0, rows 0..3), read neuron 0's counter into the mailbox,
    // toggle neuron 1's threshold code, wait 500 cycles by polling the time base; 40 times.
    const a = new Asm()
      .li32(10, injectAddress(0))
      .li32(11, rateCounterAddress(0))
      .li32(12, capmemAddress(NEURON_PARAMS.threshold.row, 1))
      .i('addi', [13, 0, 0x0f])
      .i('addi', [14, 0, 0x3000])
      .i('addi', [15, 0, 40])
      .i('addi', [16, 0, 650])
      .label('loop')
      .i('stw', [13, 0, 10])
      .i('lwz', [17, 0, 11])
      .i('stw', [17, 0, 14])
      .i('addi', [14, 14, 4])
      .i('xori', [16, 16, 650 ^ 760])
      .i('stw', [16, 0, 12])
      .i('mfspr', [18, 284])
      .i('addi', [18, 18, 500])
      .label('poll')
      .i('mfspr', [19, 284])
      .i('cmp', [0, 0, 19, 18])
      .bc(...BLT, 'poll')
      .i('addi', [15, 15, -1])
      .i('cmpi', [0, 0, 15, 0])
      .bc(4, 2, 'loop') // bne
      .word(WAIT);
    const make = () => {
      const sys = new DlsSystem({
        chip: {
          mode: 'mismatch',
          seed: 3,
          neuronDefaults: { offsetCurrent: 180, gainExc: 700 },
          weights: Array.from({ length: 32 }, () => new Array<number>(32).fill(40)),
        },
      });
      sys.chip.playback(Array.from({ length: 50 }, (_, k) => ({ cycle: 300 + 397 * k, address: 0, rows: 0xf0 })));
      sys.loadProgram(a.words());
      sys.startPpu();
      return sys;
    };
    const end = 30_000;
    const ref = make();
    ref.runUntil(end);
    expect(ref.ppuHalt?.reason).toBe('wait');
    expect(ref.readMailboxWord(4 * 39)).toBeGreaterThan(0);
    for (const piece of [1, 13, 250, 4999]) {
      const sys = make();
      while (sys.cycle < end) sys.runUntil(Math.min(end, sys.cycle + piece));
      expect(fingerprint(sys.chip)).toBe(fingerprint(ref.chip));
      expect(sys.readMailbox(0, 160)).toEqual(ref.readMailbox(0, 160));
    }
  });
});
