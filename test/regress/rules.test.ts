// The comparison rules behave as docs/regress.md says: spike times within a tolerance in cycles
// (and a missing or extra spike always diverges), analog samples within |a - b| <= abs + rel |a|,
// firing rates compared by an exact test at a confidence (Bonferroni over the neurons tested),
// events exactly; rule sets pick the most specific pattern; a bad rule set is rejected.

import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/random.js';
import { CYCLES_PER_BIO_MS } from '../../chip/index.js';
import {
  DEFAULT_RULES, binomialTest, compareTraces, normalQuantile, ruleSetSchema, rulesFor,
  type RuleSet, type Signal, type SpikeSignal, type Trace,
} from '../../regress/index.js';

function trace(signals: Record<string, Signal>, duration = 100_000): Trace {
  return {
    format: 'dls-trace', version: 1, name: 't', source: { kind: 'model', description: 'synthetic' },
    model: null, fingerprint: null, duration, ppuStart: null, checkpointInterval: null, signals,
  };
}

function spikes(pairs: [number, number][]): SpikeSignal {
  const s = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { type: 'spikes', cycle: s.map((p) => p[0]), neuron: s.map((p) => p[1]) };
}

const cmp = (a: Record<string, Signal>, b: Record<string, Signal>, rules: RuleSet = {}, dur?: number) => compareTraces(trace(a, dur), trace(b, dur), rules);

describe('spike-times rule', () => {
  const golden = spikes([[100, 0], [500, 0], [900, 0], [300, 3], [700, 3]]);
  const shifted = spikes([[100, 0], [503, 0], [900, 0], [300, 3], [698, 3]]);

  it('passes shifts up to the tolerance (within), not beyond; names neuron, spike and cycle', () => {
    const at3 = cmp({ spikes: golden }, { spikes: shifted }, { spikes: { rule: 'spike-times', toleranceCycles: 3 } });
    expect(at3.verdict).toBe('within');
    expect(at3.signals[0]!.summary).toBe('5 vs 5 spikes, 5 paired, largest shift 3 cycles');
    const at2 = cmp({ spikes: golden }, { spikes: shifted }, { spikes: { rule: 'spike-times', toleranceCycles: 2 } });
    expect(at2.verdict).toBe('diverged');
    // The earliest break over all neurons: neuron 0's second spike at 500 (before neuron 3's at 698).
    expect(at2.first).toMatchObject({ signal: 'spikes', cycle: 500, neuron: 0, a: '500', b: '503' });
    expect(at2.first!.detail).toBe('neuron 0, spike 2: cycle 500 (golden) vs 503 (new), shift +3 > 2 cycles');
    // The default (no rule given) is exact spike times.
    expect(DEFAULT_RULES.spikes).toEqual([{ rule: 'spike-times', toleranceCycles: 0 }]);
    expect(cmp({ spikes: golden }, { spikes: shifted }).first).toMatchObject({ cycle: 500, neuron: 0 });
    expect(cmp({ spikes: golden }, { spikes: golden }).verdict).toBe('identical');
  });

  it('diverges on a missing or an extra spike whatever the tolerance', () => {
    const big = { spikes: { rule: 'spike-times' as const, toleranceCycles: 1000 } };
    const missing = cmp({ spikes: golden }, { spikes: spikes([[100, 0], [500, 0], [300, 3], [700, 3]]) }, big);
    expect(missing.first).toMatchObject({ cycle: 900, neuron: 0, a: '900', b: '-' });
    expect(missing.first!.detail).toMatch(/spike missing in the new trace at cycle 900/);
    const extra = cmp({ spikes: golden }, { spikes: spikes([[100, 0], [500, 0], [900, 0], [300, 3], [700, 3], [800, 3]]) }, big);
    expect(extra.first).toMatchObject({ cycle: 800, neuron: 3, b: '800' });
    expect(extra.first!.detail).toMatch(/extra spike in the new trace/);
  });
});

describe('analog rule', () => {
  const samples = (values: number[][]): Signal => ({ type: 'samples', unit: 'V', quantum: 1e-9, channels: ['n0', 'n1'], cycle: [0, 10, 20], values });
  const g = samples([[0.6, 0.7, 0.8], [0.5, 0.5, 0.5]]);

  it('absolute tolerance: |a - b| <= abs', () => {
    const n = samples([[0.6, 0.7, 0.8], [0.5, 0.5004, 0.5006]]);
    expect(cmp({ m: g }, { m: n }, { m: { rule: 'analog', abs: 6.5e-4, rel: 0 } }).verdict).toBe('within');
    const d = cmp({ m: g }, { m: n }, { m: { rule: 'analog', abs: 5.5e-4, rel: 0 } });
    expect(d.verdict).toBe('diverged');
    expect(d.first).toMatchObject({ signal: 'm', cycle: 20, channel: 'n1' });
    expect(d.first!.detail).toMatch(/^n1 at cycle 20 .*\|difference\| 6\.000e-4 > allowed 5\.500e-4$/);
  });

  it('relative tolerance: |a - b| <= rel |a| (the golden value)', () => {
    // 1% of 0.8 is 0.008: a change of 0.0079 passes, 0.0081 does not.
    const ok = samples([[0.6, 0.7, 0.8079], [0.5, 0.5, 0.5]]);
    const bad = samples([[0.6, 0.7, 0.8081], [0.5, 0.5, 0.5]]);
    expect(cmp({ m: g }, { m: ok }, { m: { rule: 'analog', abs: 0, rel: 0.01 } }).verdict).toBe('within');
    expect(cmp({ m: g }, { m: bad }, { m: { rule: 'analog', abs: 0, rel: 0.01 } }).first).toMatchObject({ cycle: 20, channel: 'n0' });
    // abs and rel add up
    expect(cmp({ m: g }, { m: bad }, { m: { rule: 'analog', abs: 2e-4, rel: 0.01 } }).verdict).toBe('within');
  });

  it('a tolerance written in decimal holds at its boundary (the rounding of the subtraction is not held against it)', () => {
    // The stored 1.1 minus 1.0 is 0.10000000000000009 (1.1 has no exact binary form).
    const one = (v: number): Signal => ({ type: 'samples', unit: 'V', quantum: 1e-9, channels: ['n0'], cycle: [0], values: [[v]] });
    expect(cmp({ m: one(1.0) }, { m: one(1.1) }, { m: { rule: 'analog', abs: 0.1, rel: 0 } }).verdict).toBe('within');
    expect(cmp({ m: one(1.0) }, { m: one(1.1000001) }, { m: { rule: 'analog', abs: 0.1, rel: 0 } }).verdict).toBe('diverged');
    expect(cmp({ m: one(2.0) }, { m: one(2.2) }, { m: { rule: 'analog', abs: 0, rel: 0.1 } }).verdict).toBe('within');
    expect(cmp({ m: one(2.0) }, { m: one(2.2000001) }, { m: { rule: 'analog', abs: 0, rel: 0.1 } }).verdict).toBe('diverged');
    // A zero tolerance, and the exact rule, still demand equal values.
    expect(cmp({ m: one(0.6) }, { m: one(0.6 + 1.3e-16) }, { m: { rule: 'analog', abs: 0, rel: 0 } }).verdict).toBe('diverged');
    expect(cmp({ m: one(0.6) }, { m: one(0.6 + 1.3e-16) }, { m: { rule: 'exact' } }).verdict).toBe('diverged');
    // The forgiveness never exceeds the tolerance: large values do not swallow a small one.
    expect(cmp({ m: one(1e12) }, { m: one(1e12 + 4e-4) }, { m: { rule: 'analog', abs: 1e-6, rel: 0 } }).verdict).toBe('diverged');
  });

  it('different sample times or counts diverge at the first such sample', () => {
    const later: Signal = { type: 'samples', unit: 'V', quantum: 1e-9, channels: ['n0', 'n1'], cycle: [0, 11, 20], values: [[0.6, 0.7, 0.8], [0.5, 0.5, 0.5]] };
    expect(cmp({ m: g }, { m: later }, { m: { rule: 'analog', abs: 1, rel: 1 } }).first).toMatchObject({ cycle: 10 });
    const shorter: Signal = { type: 'samples', unit: 'V', quantum: 1e-9, channels: ['n0', 'n1'], cycle: [0, 10], values: [[0.6, 0.7], [0.5, 0.5]] };
    expect(cmp({ m: g }, { m: shorter }, { m: { rule: 'analog', abs: 1, rel: 1 } }).first).toMatchObject({ cycle: 20 });
  });
});

describe('rates rule', () => {
  // Poisson trains of seeded streams: 32 neurons at `hz` (biological) for 10 s biological.
  const DURATION = 10_000 * CYCLES_PER_BIO_MS;
  function poisson(seed: number, hz: (n: number) => number): SpikeSignal {
    const rng = Rng.stream(seed, 'rates-test');
    const pairs: [number, number][] = [];
    for (let n = 0; n < 32; n++) {
      const perCycle = hz(n) / 1000 / CYCLES_PER_BIO_MS;
      let t = 0;
      for (;;) {
        t += -Math.log(1 - rng.uniform()) / perCycle;
        if (t > DURATION) break;
        pairs.push([Math.floor(t), n]);
      }
    }
    return spikes(pairs);
  }
  const rule = { rule: 'rates' as const, confidence: 0.99, minRelDifference: 0, per: 'neuron' as const };

  it('two samples of the same rates pass; spike times differ, so the exact rule fails', () => {
    const a = poisson(1, () => 20);
    const b = poisson(2, () => 20);
    const c = cmp({ spikes: a }, { spikes: b }, { spikes: rule }, DURATION);
    expect(c.verdict).toBe('within');
    expect(c.signals[0]!.rates).toHaveLength(32);
    expect(c.signals[0]!.rates!.every((r) => !r.significant)).toBe(true);
    expect(cmp({ spikes: a }, { spikes: b }, {}, DURATION).verdict).toBe('diverged');
  });

  it('a neuron at double rate is flagged with its counts, rates and p-value; minRelDifference can excuse it', () => {
    const a = poisson(1, () => 20);
    const b = poisson(2, (n) => (n === 7 ? 40 : 20));
    const c = cmp({ spikes: a }, { spikes: b }, { spikes: rule }, DURATION);
    expect(c.verdict).toBe('diverged');
    const s = c.signals[0]!;
    expect(s.rates!.filter((r) => r.significant).map((r) => r.neuron)).toEqual([7]);
    const r7 = s.rates!.find((r) => r.neuron === 7)!;
    expect(r7.rateB / r7.rateA).toBeGreaterThan(1.6);
    expect(r7.low).toBeGreaterThan(0); // the confidence interval of the difference excludes 0
    expect(c.first).toMatchObject({ signal: 'spikes', cycle: null, neuron: 7 });
    expect(c.first!.detail).toMatch(/^1 of 32 firing rates differ; neuron 7: /);
    // The relative difference is |rb - ra| / max(ra, rb): 0.5 for 20 vs 40 Hz, below a minimum of 0.6.
    expect(cmp({ spikes: a }, { spikes: b }, { spikes: { ...rule, minRelDifference: 0.6 } }, DURATION).verdict).toBe('within');
  });

  it('population rates: one test over all neurons', () => {
    const a = poisson(1, () => 20);
    const b = poisson(2, () => 21);
    const pop = cmp({ spikes: a }, { spikes: b }, { spikes: { ...rule, per: 'population' } }, DURATION);
    // 5% more spikes over ~6400 is significant for the population, not for single neurons.
    expect(pop.signals[0]!.rates).toHaveLength(1);
    expect(pop.verdict).toBe('diverged');
    expect(cmp({ spikes: a }, { spikes: b }, { spikes: rule }, DURATION).verdict).toBe('within');
  });

  it('exact binomial test and normal quantile', () => {
    // P(X <= 2 or X >= 8) for Bin(10, 0.5) = 2 * (1 + 10 + 45) / 1024
    expect(binomialTest(2, 10, 0.5)).toBeCloseTo(112 / 1024, 12);
    expect(binomialTest(5, 10, 0.5)).toBeCloseTo(1, 12);
    expect(binomialTest(0, 0, 0.3)).toBe(1);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829304, 8);
  });
});

describe('rule sets', () => {
  it('exact name, then the longest pattern, then the type default', () => {
    const set: RuleSet = { '*': { rule: 'ignore' }, 'snapshot.*': { rule: 'exact' }, 'snapshot.weights': { rule: 'ignore' } };
    expect(rulesFor(set, 'snapshot.weights', 'events')).toEqual([{ rule: 'ignore' }]);
    expect(rulesFor(set, 'snapshot.causal', 'events')).toEqual([{ rule: 'exact' }]);
    expect(rulesFor(set, 'spikes', 'spikes')).toEqual([{ rule: 'ignore' }]);
    expect(rulesFor({}, 'membrane', 'samples')).toEqual(DEFAULT_RULES.samples);
  });

  it('events are compared exactly: the first differing row and field', () => {
    const ev = (v: number[]): Signal => ({ type: 'events', fields: ['cycle', 'addr', 'value'], columns: [[10, 20, 30], [1, 2, 3], v] });
    const c = cmp({ 'ppu.mem': ev([5, 6, 7]) }, { 'ppu.mem': ev([5, 9, 7]) });
    expect(c.first).toMatchObject({ signal: 'ppu.mem', cycle: 20, row: 1 });
    expect(c.first!.detail).toMatch(/^event 2: value differs/);
    // a signal only one side has
    expect(cmp({ a: ev([1, 2, 3]) }, {}).signals[0]).toMatchObject({ type: 'missing', verdict: 'diverged' });
  });

  it('defaults fill in, bad rules are rejected', () => {
    expect(ruleSetSchema.parse({ spikes: { rule: 'spike-times' } })).toEqual({ spikes: { rule: 'spike-times', toleranceCycles: 0 } });
    expect(ruleSetSchema.parse({ m: { rule: 'analog', rel: 0.01 } })).toEqual({ m: { rule: 'analog', abs: 0, rel: 0.01 } });
    expect(ruleSetSchema.safeParse({ spikes: { rule: 'spike-times', toleranceCycles: -1 } }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ spikes: { rule: 'fuzzy' } }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ spikes: { rule: 'rates', confidence: 0.2 } }).success).toBe(false);
  });
});
