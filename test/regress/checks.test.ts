// The deliberate model changes of the issue: a one-cycle change of one PPU latency, a 1% change of
// the membrane time constant and a different correlation pairing each fail the check, and the report
// names the first divergence (signal and cycle), which the test confirms from the traces themselves.
// (The unchanged model against the committed goldens, the check CI runs, is in cli.test.ts.)

import { describe, expect, it } from 'vitest';
import { applySettings, defaultModel, modelFingerprint } from '../../chip/index.js';
import {
  PROJECT_SUITE, checkJson, checkSuite, compareTraces, loadSuite, readTrace, terminalSummary,
  type CheckResult, type SampleSignal, type SpikeSignal,
} from '../../regress/index.js';

const suite = loadSuite(PROJECT_SUITE);
const variant = (...settings: string[]) => applySettings(defaultModel(), settings);

function entry(r: CheckResult, name: string) {
  const e = r.entries.find((x) => x.entry === name);
  if (!e) throw new Error(`no entry ${name}`);
  return e;
}

describe('deliberate model changes fail the check and name the first divergence', () => {
  it('PPU load latency 2 -> 3 cycles: the PPU cycle count diverges first', () => {
    const r = checkSuite(suite, variant('ppuTiming.latency.load=3'), { only: ['plasticity', 'brian2-step-current'] });
    expect(r.status).toBe('fail');
    // No PPU program, nothing to change.
    expect(entry(r, 'brian2-step-current').status).toBe('identical');
    const e = entry(r, 'plasticity');
    expect(e.status).toBe('diverged');
    const f = e.comparison!.first!;
    expect(f.signal).toBe('ppu.counts');
    expect(f.cycle).toBe(5390);
    expect(f.detail).toMatch(/ppuCycle differs: cycle=5390 ppuCycle=5390 .*\(golden\) vs cycle=5390 ppuCycle=5391/);
    // Independently: the first checkpoint where the PPU's cycle counts differ.
    const ga = e.golden!.signals['ppu.counts']!;
    const gb = e.now!.signals['ppu.counts']!;
    if (ga.type !== 'events' || gb.type !== 'events') throw new Error('ppu.counts is not events');
    const k = ga.columns[1]!.findIndex((v, i) => v !== gb.columns[1]![i]);
    expect(ga.columns[0]![k]).toBe(5390);
    // Everything else that diverges does so later, and the summary names the divergence.
    for (const s of e.comparison!.signals) if (s.divergence?.cycle != null) expect(s.divergence.cycle).toBeGreaterThanOrEqual(5390);
    expect(terminalSummary(r)).toContain('DIVERGED         plasticity');
    expect(terminalSummary(r)).toContain('first divergence ppu.counts at cycle 5390 (55 ms bio)');
    const j = checkJson(r) as { status: string; entries: { entry: string; status: string; first: { signal: string; cycle: number } | null }[] };
    expect(j.status).toBe('fail');
    expect(j.entries.find((x) => x.entry === 'plasticity')!.first).toMatchObject({ signal: 'ppu.counts', cycle: 5390 });
  });

  it('membrane time constant +1%: the membrane samples diverge first, spikes a cycle early', () => {
    const r = checkSuite(suite, variant('neuron.tauMemScale=1.01'), { only: ['poisson'] });
    expect(r.status).toBe('fail');
    const e = entry(r, 'poisson');
    const f = e.comparison!.first!;
    expect(f).toMatchObject({ signal: 'membrane', cycle: 60, channel: 'n24' });
    // Independently: every sample before cycle 60 within 1e-6 V, one at cycle 60 beyond it.
    const a = e.golden!.signals.membrane as SampleSignal;
    const b = e.now!.signals.membrane as SampleSignal;
    const k60 = a.cycle.indexOf(60);
    for (let c = 0; c < a.channels.length; c++) {
      for (let k = 0; k < k60; k++) expect(Math.abs(a.values[c]![k]! - b.values[c]![k]!)).toBeLessThanOrEqual(1e-6);
    }
    const n24 = a.channels.indexOf('n24');
    expect(Math.abs(a.values[n24]![k60]! - b.values[n24]![k60]!)).toBeGreaterThan(1e-6);
    const spikes = e.comparison!.signals.find((s) => s.signal === 'spikes')!;
    expect(spikes.verdict).toBe('diverged');
    expect(spikes.divergence).toMatchObject({ cycle: 575, neuron: 24, a: '576', b: '575' });
    const sa = e.golden!.signals.spikes as SpikeSignal;
    expect(sa.cycle[sa.neuron.indexOf(24)]).toBe(576);
  });

  it('correlation pairing all-to-all: the correlation snapshot diverges first', () => {
    const r = checkSuite(suite, variant('correlation=all-to-all@1'), { only: ['plasticity', 'brian2-stdp-pairs'] });
    expect(r.status).toBe('fail');
    const p = entry(r, 'plasticity');
    expect(p.status).toBe('diverged');
    expect(p.comparison!.first).toMatchObject({ signal: 'snapshot.causal', cycle: 5390 });
    const s = entry(r, 'brian2-stdp-pairs');
    expect(s.status).toBe('diverged');
    expect(s.comparison!.first!.signal).toMatch(/^snapshot\.(causal|anticausal)$/);
    expect(s.comparison!.first!.cycle).toBe(37300);
    // The spike times of the pairing protocol do not depend on the sensors.
    expect(s.comparison!.signals.find((x) => x.signal === 'spikes')!.verdict).toBe('identical');
  });

  it('a firing-rate statistic does not flag a 1% time-constant change the spike-time rule does', () => {
    const e = checkSuite(suite, variant('neuron.tauMemScale=1.01'), { only: ['poisson'] }).entries[0]!;
    const c = compareTraces(e.golden!, e.now!, {
      spikes: { rule: 'rates', confidence: 0.99, minRelDifference: 0, per: 'neuron' },
      membrane: { rule: 'ignore' },
      'snapshot.*': { rule: 'ignore' },
    });
    expect(c.verdict).toBe('within');
    expect(c.signals.find((s) => s.signal === 'spikes')!.verdict).toBe('within');
    expect(c.signals.find((s) => s.signal === 'spikes')!.summary).toMatch(/rate tests? at 99% confidence \(Bonferroni\), 0 significant/);
  });

  it('the golden traces on disk are what readTrace gives the check', () => {
    const g = readTrace(`${suite.dir}/golden/poisson.trace.json.gz`);
    expect(g.fingerprint).not.toBeNull();
    expect(g.source).toMatchObject({ kind: 'model', entry: 'poisson' });
    expect(Object.keys(g.signals)).toEqual(expect.arrayContaining(['spikes', 'membrane']));
  });
});

describe('model fingerprints', () => {
  it('are 16 hex digits, equal for equal variants and different for each change', () => {
    const vs = [defaultModel(), variant('ppuTiming.latency.load=3'), variant('neuron.tauMemScale=1.01'), variant('correlation=all-to-all@1'), variant('router.extraDelay=1'), variant('mismatch.identity.seed=3')];
    const fps = vs.map(modelFingerprint);
    for (const f of fps) expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(fps).size).toBe(fps.length);
    expect(modelFingerprint(variant('neuron.tauMemScale=1'))).toBe(fps[0]);
  });
});
