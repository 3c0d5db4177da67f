// Same seed, same bits: mismatch (the chip's identity) and temporal noise are seeded, separate
// streams.

import { describe, expect, it } from 'vitest';
import { Chip, MISMATCH_SIGMA, type ChipConfigInput } from '../../chip/index.js';
import { loadScenario } from './helpers/scenario.js';

const sc = loadScenario('exc-inh-input');

function output(cfg: ChipConfigInput): string {
  const chip = new Chip({ ...sc.chip, ...cfg });
  chip.playback(sc.events.map(([cycle, address, rows]) => ({ cycle, address, rows })));
  chip.recordMembrane([2, 3], 50, 0);
  chip.advanceTo(sc.duration);
  return JSON.stringify({ spikes: chip.spikeList(), snap: chip.snapshot(), rec: Array.from(chip.membraneRecord().values) });
}

describe('determinism', () => {
  it('mismatch mode: same seed, byte-identical outputs; another seed, another chip', () => {
    const a = output({ mode: 'mismatch', seed: 99 });
    expect(output({ mode: 'mismatch', seed: 99 })).toBe(a);
    expect(output({ mode: 'mismatch', seed: 100 })).not.toBe(a);
    expect(output({ mode: 'ideal' })).not.toBe(a);
  });

  it('noise: same noise seed, byte-identical; another noise seed, other spikes on the same chip', () => {
    const noise = { seed: 1, synapticJitter: 0.1, thresholdJitter: 0.005 };
    const a = output({ mode: 'mismatch', seed: 5, noise });
    expect(output({ mode: 'mismatch', seed: 5, noise })).toBe(a);
    expect(output({ mode: 'mismatch', seed: 5, noise: { ...noise, seed: 2 } })).not.toBe(a);
    // the noise stream does not touch the fixed pattern
    const p1 = new Chip({ mode: 'mismatch', seed: 5, noise }).effectiveParameters();
    const p2 = new Chip({ mode: 'mismatch', seed: 5, noise: { ...noise, seed: 77 } }).effectiveParameters();
    expect(p2).toEqual(p1);
  });

  it('ideal mode ignores the seed', () => {
    expect(output({ mode: 'ideal', seed: 1 })).toBe(output({ mode: 'ideal', seed: 2 }));
  });

  it('the fixed pattern has the documented spread', () => {
    const taus: number[] = [];
    const thresholds: number[] = [];
    for (let seed = 0; seed < 8; seed++) {
      const chip = new Chip({ mode: 'mismatch', seed });
      for (const p of chip.effectiveParameters()) {
        taus.push(p.tauMem / 1e-5 - 1); // ideal: 10 us
        thresholds.push(p.threshold - (1.2 * 700) / 1023);
      }
    }
    const sd = (x: number[]) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);
    // 256 samples: the sample sigma is within 15% of the documented one
    expect(sd(taus)).toBeGreaterThan(0.85 * MISMATCH_SIGMA.relative);
    expect(sd(taus)).toBeLessThan(1.15 * MISMATCH_SIGMA.relative);
    const vSigma = Math.hypot(MISMATCH_SIGMA.voltageGain * ((1.2 * 700) / 1023), MISMATCH_SIGMA.voltageOffset);
    expect(sd(thresholds)).toBeGreaterThan(0.85 * vSigma);
    expect(sd(thresholds)).toBeLessThan(1.15 * vSigma);
  });

  it('a scale of 0 gives the ideal chip', () => {
    const ideal = new Chip({}).effectiveParameters();
    expect(new Chip({ mode: 'mismatch', seed: 3, mismatch: { scale: 0 } }).effectiveParameters()).toEqual(ideal);
  });
});
