// The chip's parts one by one: neurons driven by current and by events, the synapse array and
// drivers, correlation sensors, rate counters, the router, recording.

import { describe, expect, it } from 'vitest';
import {
  ADC_MAX,
  CLOCK_HZ,
  CORR_SATURATION,
  Chip,
  INJECTION_LATENCY,
  NEURON_PARAMS,
  SHARED_PARAMS,
  type ChipConfigInput,
} from '../../chip/index.js';

const rows = (...r: number[]) => r.reduce((m, x) => (m | (1 << x)) >>> 0, 0);
const fill = (v: number) => Array.from({ length: 32 }, () => new Array<number>(32).fill(v));

function chipWith(cfg: ChipConfigInput): Chip {
  return new Chip(cfg);
}

describe('neurons', () => {
  it('spike at the analytic cycles under a constant current, with refractoriness', () => {
    const chip = chipWith({ neurons: [{ offsetCurrent: 300, refractory: 200 }] });
    const p = chip.effectiveParameters()[0]!;
    const tau = p.tauMem * CLOCK_HZ;
    const vinf = p.leak + (p.offsetCurrent / CLOCK_HZ) * tau;
    const first = Math.ceil(tau * Math.log((vinf - p.leak) / (vinf - p.threshold)));
    const climb = Math.ceil(tau * Math.log((vinf - p.reset) / (vinf - p.threshold)));
    chip.advanceTo(20_000);
    const s = chip.spikeList().filter((x) => x.neuron === 0).map((x) => x.cycle);
    expect(s[0]).toBe(first);
    for (let i = 1; i < s.length; i++) expect(s[i]! - s[i - 1]!).toBe(p.refractoryCycles + climb);
    expect(p.refractoryCycles).toBe(196); // code 200: 2 us = 196 cycles
    // the other neurons have no current and stay silent
    expect(chip.spikeList().every((x) => x.neuron === 0)).toBe(true);
  });

  it('holds V at the reset potential while refractory and keeps integrating the synaptic current', () => {
    const chip = chipWith({
      neurons: [{ gainExc: 1023, refractory: 500 }],
      weights: fill(63),
      addresses: fill(0),
    });
    // enough input to fire, then more input while refractory
    chip.playback([
      { cycle: 100, address: 0, rows: rows(0, 1, 2) },
      { cycle: 101, address: 0, rows: rows(3, 4, 5) },
    ]);
    chip.advanceTo(99);
    chip.recordMembrane([0], 1);
    chip.advanceTo(3000);
    const s = chip.spikeList().filter((x) => x.neuron === 0);
    expect(s.length).toBeGreaterThanOrEqual(1);
    const spike = s[0]!.cycle;
    const R = chip.effectiveParameters()[0]!.refractoryCycles;
    const reset = chip.effectiveParameters()[0]!.reset;
    const rec = chip.membraneRecord();
    for (let k = 0; k < rec.cycles.length; k++) {
      const c = rec.cycles[k]!;
      if (c >= spike && c <= spike + R) expect(rec.values[k]).toBe(reset);
    }
    // after the refractory time V rises again from the reset potential: the current is still there
    const after = rec.values[rec.cycles.indexOf(spike + R + 50)]!;
    expect(after).toBeGreaterThan(reset + 0.01);
  });

  it('starts at rest and stays there without input', () => {
    const chip = chipWith({});
    chip.advanceTo(1_000_000);
    const snap = chip.snapshot();
    snap.membrane.forEach((v, n) => expect(v).toBeCloseTo(chip.effectiveParameters()[n]!.leak, 12));
    expect(chip.spikes.count).toBe(0);
  });
});

describe('synapse drivers and array', () => {
  function jumpFrom(cfg: ChipConfigInput, address: number, mask: number): { exc: number[]; inh: number[] } {
    const chip = chipWith(cfg);
    chip.playback([{ cycle: 10, address, rows: mask }]);
    chip.advanceTo(10);
    const s = chip.snapshot();
    return { exc: s.excCurrent, inh: s.inhCurrent };
  }

  it('an event reaches exactly the synapses of the selected rows whose address matches', () => {
    const addresses = fill(0);
    addresses[3]![5] = 17;
    addresses[3]![9] = 17;
    addresses[4]![9] = 17;
    addresses[6]![1] = 17; // row 6 not selected
    const weights = fill(10);
    const j = jumpFrom({ weights, addresses }, 17, rows(3, 4));
    const gain = NEURON_PARAMS.gainExc.toValue(300);
    expect(j.exc[5]).toBeCloseTo(10 * gain, 9);
    expect(j.exc[9]).toBeCloseTo(20 * gain, 9); // two rows reach neuron 9
    expect(j.exc.filter((x) => x !== 0).length).toBe(2);
    expect(j.inh.every((x) => x === 0)).toBe(true);
  });

  it('inhibitory rows feed the inhibitory current; disabled rows ignore events', () => {
    const drivers = Array.from({ length: 32 }, (_, r) => ({ mode: r === 1 ? 'inhibitory' : r === 2 ? 'disabled' : 'excitatory' } as const));
    const j = jumpFrom({ drivers, weights: fill(20), addresses: fill(7), neuronDefaults: { gainInh: 500 } }, 7, rows(1, 2));
    expect(j.exc.every((x) => x === 0)).toBe(true);
    expect(j.inh[0]).toBeCloseTo(20 * 500, 9);
  });

  it('the jump scales with the weight and with the pulse length (P + 1) / 32', () => {
    const weights = fill(0);
    weights[0]![0] = 1;
    weights[0]![1] = 63;
    const short = jumpFrom({ weights, addresses: fill(0), driverDefaults: { pulseLength: 7 } }, 0, rows(0));
    const full = jumpFrom({ weights, addresses: fill(0) }, 0, rows(0));
    expect(full.exc[1]! / full.exc[0]!).toBeCloseTo(63, 12);
    expect(short.exc[0]! / full.exc[0]!).toBeCloseTo(8 / 32, 12);
  });

  it('an inhibitory event lowers V, an excitatory one raises it', () => {
    const drivers = Array.from({ length: 32 }, (_, r) => ({ mode: r === 0 ? 'excitatory' : 'inhibitory' } as const));
    const chip = chipWith({ drivers, weights: fill(30), addresses: fill(0) });
    chip.playback([
      { cycle: 10, address: 0, rows: rows(0) },
      { cycle: 5000, address: 0, rows: rows(1) },
    ]);
    const rest = chip.membrane(0);
    chip.advanceTo(500);
    expect(chip.membrane(0)).toBeGreaterThan(rest + 0.005);
    chip.advanceTo(5500);
    expect(chip.membrane(0)).toBeLessThan(rest - 0.005);
  });
});

describe('correlation sensors', () => {
  const tauC = (code: number) => SHARED_PARAMS.corrTauCausal.toValue(code) * CLOCK_HZ;
  const amp = (code: number) => SHARED_PARAMS.corrAmpCausal.toValue(code);

  /** Row 0: address 1, weight 0 (no effect on V). Rows 1..3: address 0, strong (forces a spike). */
  function pairChip(shared: ChipConfigInput['shared'] = {}): Chip {
    const w = fill(0);
    const a = fill(1);
    for (const r of [1, 2, 3]) {
      w[r] = new Array<number>(32).fill(63);
      a[r] = new Array<number>(32).fill(0);
    }
    return chipWith({ weights: w, addresses: a, neuronDefaults: { gainExc: 1023 }, shared });
  }

  function postTimes(chip: Chip, n: number): number[] {
    return chip.spikeList().filter((s) => s.neuron === n).map((s) => s.cycle);
  }

  it('causal: pre before post adds A exp(-dt/tau); anticausal: post before pre', () => {
    const chip = pairChip({ corrAmpCausal: 200, corrTauCausal: 100, corrAmpAnticausal: 150, corrTauAnticausal: 80 });
    chip.playback([
      { cycle: 1000, address: 1, rows: rows(0) }, // pre
      { cycle: 1500, address: 0, rows: rows(1, 2, 3) }, // forces a post spike shortly after
    ]);
    chip.advanceTo(5000);
    const post = postTimes(chip, 0)[0]!;
    expect(post).toBeGreaterThan(1500);
    expect(chip.causal[0]).toBeCloseTo(amp(200) * Math.exp(-(post - 1000) / tauC(100)), 14);
    expect(chip.anticausal[0]).toBe(0);
    chip.playback([{ cycle: 6000, address: 1, rows: rows(0) }]);
    chip.advanceTo(6000);
    const tauA = SHARED_PARAMS.corrTauAnticausal.toValue(80) * CLOCK_HZ;
    expect(chip.anticausal[0]).toBeCloseTo(SHARED_PARAMS.corrAmpAnticausal.toValue(150) * Math.exp(-(6000 - post) / tauA), 14);
    expect(chip.causalCode(0, 0)).toBe(Math.round((chip.causal[0]! * ADC_MAX) / CORR_SATURATION));
  });

  it('pairs nearest neighbours: only the latest pre counts, but it counts for every later post', () => {
    const chip = pairChip({ corrAmpCausal: 100, corrTauCausal: 100 });
    chip.playback([
      { cycle: 1000, address: 1, rows: rows(0) },
      { cycle: 1200, address: 1, rows: rows(0) }, // the latest pre
      { cycle: 1500, address: 0, rows: rows(1, 2, 3) },
      { cycle: 4000, address: 0, rows: rows(1, 2, 3) },
    ]);
    chip.advanceTo(8000);
    const posts = postTimes(chip, 0);
    expect(posts.length).toBeGreaterThanOrEqual(2); // the strong input may fire it more than once
    const expected = posts.reduce((s, p) => s + amp(100) * Math.exp(-(p - 1200) / tauC(100)), 0);
    expect(chip.causal[0]).toBeCloseTo(expected, 14);
  });

  it('a pre and a post in the same cycle pair anticausally with delay 0', () => {
    const chip = pairChip({ corrAmpAnticausal: 100 });
    chip.playback([{ cycle: 1500, address: 0, rows: rows(1, 2, 3) }]);
    chip.advanceTo(4000);
    const post = postTimes(chip, 0)[0]!;
    const c2 = pairChip({ corrAmpAnticausal: 100 });
    c2.playback([
      { cycle: 1500, address: 0, rows: rows(1, 2, 3) },
      { cycle: post, address: 1, rows: rows(0) },
    ]);
    c2.advanceTo(4000);
    expect(postTimes(c2, 0)[0]).toBe(post);
    expect(c2.anticausal[0]).toBeCloseTo(SHARED_PARAMS.corrAmpAnticausal.toValue(100), 15);
    expect(c2.causal[0]).toBe(0);
  });

  it('saturates at the ADC range (code 255) and resets per half row through the bus mask', () => {
    const chip = pairChip({ corrAmpCausal: 1023, corrTauCausal: 20 });
    const ev = [];
    for (let k = 0; k < 10; k++) {
      ev.push({ cycle: 1000 + 3000 * k, address: 1, rows: rows(0) });
      ev.push({ cycle: 1010 + 3000 * k, address: 0, rows: rows(1, 2, 3) });
    }
    chip.playback(ev);
    chip.advanceTo(40_000);
    expect(chip.causal[0]).toBe(CORR_SATURATION);
    const out = new Uint8Array(16);
    chip.vecRead(0x8000, out, 40_001);
    expect([...out]).toEqual(new Array(16).fill(255));
    chip.vecWrite(0x9000, new Uint8Array(16), 0b101, 40_002); // reset columns 0 and 2 only
    chip.vecRead(0x8000, out, 40_003);
    expect(out[0]).toBe(0);
    expect(out[1]).toBe(255);
    expect(out[2]).toBe(0);
    chip.vecRead(0x8001, out, 40_004); // the other half row is untouched
    expect(out[0]).toBe(255);
  });

  it('digitises with a per-synapse offset in mismatch mode', () => {
    const chip = new Chip({ mode: 'mismatch', seed: 7 });
    const offs = Array.from({ length: 64 }, (_, i) => chip.pattern.adcOffsetCausal[i]!);
    expect(new Set(offs).size).toBe(64);
    // accumulators are 0: the code is the rounded positive part of the offset
    for (let i = 0; i < 64; i++) expect(chip.causalCode(i >> 5, i & 31)).toBe(Math.max(0, Math.round(offs[i]!)));
  });
});

describe('rate counters', () => {
  it('count enabled neurons, saturate at 1023, clear on read when configured', () => {
    const chip = chipWith({
      neurons: [{ offsetCurrent: 1023, refractory: 0 }, { offsetCurrent: 1023 }, { offsetCurrent: 1023 }],
      rateCounters: { enable: 0b101 },
    });
    const T = 400_000;
    chip.advanceTo(T);
    const spikes0 = chip.spikeList().filter((s) => s.neuron === 0).length;
    const spikes2 = chip.spikeList().filter((s) => s.neuron === 2).length;
    expect(spikes0).toBeGreaterThan(1023); // refractory of one cycle: fast
    expect(spikes2).toBeLessThan(1023);
    expect(chip.busRead(0xf8000000, 4, T)).toBe(1023);
    expect(chip.busRead(0xf8000004, 4, T)).toBe(0); // not enabled
    expect(chip.busRead(0xf8000008, 4, T)).toBe(spikes2);
    expect(chip.busRead(0xf8000008, 4, T + 1)).toBe(spikes2); // no clear-on-read yet
    chip.busWrite(0xf8000084, 1, 4, T + 2);
    expect(chip.busRead(0xf8000084, 4, T + 2)).toBe(1);
    expect(chip.busRead(0xf8000008, 4, T + 3)).toBe(spikes2);
    expect(chip.busRead(0xf8000008, 4, T + 4)).toBe(0);
    chip.busWrite(0xf8000080, 0xffffffff, 4, T + 5);
    expect(chip.busRead(0xf8000080, 4, T + 5) >>> 0).toBe(0xffffffff);
    chip.busWrite(0xf8000004, 7, 4, T + 6);
    expect(chip.busRead(0xf8000004, 4, T + 6)).toBe(7);
  });
});

describe('events', () => {
  it('the PPU injects through the bus: the row mask written to 0xF0000100 + 4a arrives 4 cycles later', () => {
    const chip = chipWith({ weights: fill(40), addresses: fill(9) });
    chip.busWrite(0xf0000100 + 4 * 9, rows(2), 4, 1000);
    chip.advanceTo(1000 + INJECTION_LATENCY - 1);
    expect(chip.snapshot().excCurrent[0]).toBe(0);
    chip.advanceTo(1000 + INJECTION_LATENCY);
    expect(chip.snapshot().excCurrent[0]).toBeGreaterThan(0);
    expect(chip.busRead(0xf0000100 + 4 * 9, 4, 1100)).toBe(0);
  });

  it('plays host events in cycle order, stable for equal cycles, and rejects events in the past', () => {
    const chip = chipWith({ weights: fill(1), addresses: fill(0) });
    chip.playback([
      { cycle: 300, address: 0, rows: 1 },
      { cycle: 100, address: 0, rows: 2 },
      { cycle: 300, address: 0, rows: 4 },
    ]);
    expect(chip.pendingEvents().map((e) => [e.cycle, e.rows])).toEqual([[100, 2], [300, 1], [300, 4]]);
    chip.advanceTo(200);
    expect(chip.pendingEvents().length).toBe(2);
    expect(() => chip.playback([{ cycle: 150, address: 0, rows: 1 }])).toThrow(/events\[0\]\.cycle: must be an integer cycle >= 200/);
  });

  it('the router sends one event per window to the rows mapped to the neurons that fired', () => {
    const routerRows = new Array<number>(32).fill(0);
    routerRows[0] = rows(10);
    routerRows[1] = rows(11);
    const addresses = fill(5);
    addresses[10] = new Array<number>(32).fill(50);
    addresses[11] = new Array<number>(32).fill(50);
    const chip = chipWith({
      neurons: [{ offsetCurrent: 400 }, { offsetCurrent: 390 }],
      weights: fill(1),
      addresses,
      router: { enabled: true, interval: 1000, delay: 100, address: 50, rows: routerRows },
    });
    const delivered: { cycle: number; rows: number }[] = [];
    // observe deliveries through the excitatory current of a silent neuron (column 5)
    chip.advanceTo(30_000);
    const spikes = chip.spikeList();
    expect(spikes.length).toBeGreaterThan(4);
    const windows = new Map<number, number>();
    for (const s of spikes) {
      const end = (Math.floor(s.cycle / 1000) + 1) * 1000;
      windows.set(end, (windows.get(end) ?? 0) | routerRows[s.neuron]!);
    }
    // replay the expected router events on a chip without router: same currents at the end
    const ref = chipWith({ neurons: [{ offsetCurrent: 400 }, { offsetCurrent: 390 }], weights: fill(1), addresses });
    for (const [end, r] of windows) if (end + 100 <= 30_000) delivered.push({ cycle: end + 100, rows: r });
    ref.playback(delivered.map((d) => ({ cycle: d.cycle, address: 50, rows: d.rows })));
    ref.advanceTo(30_000);
    expect(ref.spikeList()).toEqual(spikes);
    expect(ref.snapshot().excCurrent).toEqual(chip.snapshot().excCurrent);
    expect(chip.snapshot().excCurrent[5]).toBeGreaterThan(0);
  });

  it('a spike on a window boundary belongs to the window that starts there', () => {
    // a neuron with a known first spike; choose the interval so that the spike is on a boundary
    const probe = chipWith({ neurons: [{ offsetCurrent: 300 }] });
    probe.advanceTo(5000);
    const first = probe.spikeList()[0]!.cycle;
    const routerRows = new Array<number>(32).fill(0);
    routerRows[0] = rows(3);
    const addresses = fill(0);
    addresses[3] = new Array<number>(32).fill(50);
    const chip = chipWith({
      neurons: [{ offsetCurrent: 300 }],
      weights: fill(10),
      addresses,
      router: { enabled: true, interval: first, delay: 0, address: 50, rows: routerRows },
    });
    chip.advanceTo(2 * first - 1);
    expect(chip.snapshot().excCurrent[4]).toBe(0);
    chip.advanceTo(2 * first);
    expect(chip.snapshot().excCurrent[4]).toBeGreaterThan(0);
  });
});

describe('temporal noise', () => {
  it('threshold jitter makes the intervals of a regular neuron vary; without it they are equal', () => {
    const isis = (noise: ChipConfigInput['noise']) => {
      const chip = chipWith({ neurons: [{ offsetCurrent: 300 }], noise });
      chip.advanceTo(200_000);
      const s = chip.spikeList().map((x) => x.cycle);
      return s.slice(1).map((c, i) => c - s[i]!);
    };
    expect(new Set(isis(null)).size).toBe(1);
    const noisy = isis({ seed: 3, thresholdJitter: 0.01 });
    expect(new Set(noisy).size).toBeGreaterThan(10);
  });

  it('synaptic jitter scales each delivered jump by 1 + sigma xi', () => {
    const sigma = 0.2;
    const chip = chipWith({ weights: fill(10), addresses: fill(0), noise: { seed: 8, synapticJitter: sigma } });
    const jumps: number[] = [];
    let prev = 0;
    for (let k = 0; k < 400; k++) {
      const c = 100 + 20_000 * k; // 20000 cycles: the previous current has decayed to nothing
      chip.playback([{ cycle: c, address: 0, rows: rows(0) }]);
      chip.advanceTo(c);
      const a = chip.snapshot().excCurrent[0]!;
      jumps.push(a - prev * Math.exp(-20_000 / 490));
      prev = a;
    }
    const nominal = 10 * NEURON_PARAMS.gainExc.toValue(300);
    const r = jumps.map((j) => j / nominal - 1);
    const mean = r.reduce((s, x) => s + x, 0) / r.length;
    const sd = Math.sqrt(r.reduce((s, x) => s + (x - mean) ** 2, 0) / r.length);
    expect(Math.abs(mean)).toBeLessThan(0.04);
    expect(sd).toBeGreaterThan(0.8 * sigma);
    expect(sd).toBeLessThan(1.2 * sigma);
  });
});

describe('recording', () => {
  it('samples the membrane every period without changing the dynamics', () => {
    const cfg: ChipConfigInput = { neurons: [{ offsetCurrent: 350 }], weights: fill(20), addresses: fill(0) };
    const a = chipWith(cfg);
    const b = chipWith(cfg);
    const ev = [{ cycle: 777, address: 0, rows: rows(0, 1) }];
    a.playback(ev);
    b.playback(ev);
    a.recordMembrane([0, 3], 7, 0);
    a.advanceTo(10_000);
    b.advanceTo(10_000);
    expect(a.spikeList()).toEqual(b.spikeList());
    const rec = a.membraneRecord();
    expect(rec.cycles.length).toBe(Math.floor(10_000 / 7) + 1);
    // spot check against a fresh run stopped at the sample cycle
    for (const k of [0, 111, 500, 1428]) {
      const c = chipWith(cfg);
      c.playback(ev);
      c.advanceTo(rec.cycles[k]!);
      expect(rec.values[2 * k]).toBe(c.membrane(0));
      expect(rec.values[2 * k + 1]).toBe(c.membrane(3));
    }
  });

  it('calls onSpike for every spike in time order', () => {
    const chip = chipWith({ neurons: [{ offsetCurrent: 300 }, { offsetCurrent: 500 }] });
    const seen: [number, number][] = [];
    chip.onSpike = (c, n) => seen.push([c, n]);
    chip.advanceTo(20_000);
    expect(seen).toEqual(chip.spikeList().map((s) => [s.cycle, s.neuron]));
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });
});
