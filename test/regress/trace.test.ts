// The dls-trace format: a recorded trace written (plain and gzip) and read back is the same trace;
// damaged or foreign documents are rejected naming every problem; external recordings (CSV and
// the dls-recording JSON form) import with located errors; the recorder's checkpoints do not
// change the run (record.ts relies on it).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { CYCLES_PER_BIO_MS, defaultModel } from '../../chip/index.js';
import {
  MEMBRANE_QUANTUM, PROJECT_SUITE, compareTraces, decodeTrace, describeTrace, encodeTrace, findEntry, importRecording,
  loadSuite, membraneFromCsv, readTrace, recordingFromJson, runEntry, spikesFromCsv, traceText, writeTrace, type Suite,
} from '../../regress/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dls-regress-trace-'));
const suite = loadSuite(PROJECT_SUITE);

function userError(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('trace files', () => {
  const t = runEntry(suite, findEntry(suite, 'plasticity'), defaultModel()).trace;

  it('round-trip: written and read back (plain and gzip), the same trace', () => {
    expect(Object.keys(t.signals)).toEqual(expect.arrayContaining(['spikes', 'membrane', 'synapse', 'ppu.counts', 'ppu.regs', 'ppu.mem', 'ppu.halt', 'results']));
    for (const name of ['p.trace.json', 'p.trace.json.gz']) {
      const f = join(dir, name);
      writeTrace(t, f);
      const back = readTrace(f);
      expect(back).toEqual(t);
      expect(compareTraces(t, back, {}).verdict).toBe('identical');
    }
    // gzip is recognised by its magic bytes, whatever the name
    writeFileSync(join(dir, 'gz-named-json.json'), gzipSync(traceText(t)));
    expect(readTrace(join(dir, 'gz-named-json.json'))).toEqual(t);
    // the file is canonical: same trace, same bytes
    expect(traceText(readTrace(join(dir, 'p.trace.json')))).toBe(readFileSync(join(dir, 'p.trace.json'), 'utf8'));
  });

  it('stores cycles as deltas and analog values as integer quanta', () => {
    const e = encodeTrace(t) as { signals: Record<string, { cycle?: number[]; values?: number[][]; quantum?: number }> };
    const m = t.signals.membrane!;
    if (m.type !== 'samples') throw new Error('membrane is not samples');
    expect(e.signals.membrane!.quantum).toBe(MEMBRANE_QUANTUM);
    expect(e.signals.membrane!.values!.flat().every(Number.isInteger)).toBe(true);
    expect(e.signals.membrane!.cycle!.slice(0, 3)).toEqual([m.cycle[0], m.cycle[1]! - m.cycle[0]!, m.cycle[2]! - m.cycle[1]!]);
  });

  it('describes itself (dls regress show)', () => {
    const d = describeTrace(t);
    expect(d).toMatch(/^plasticity: dls-trace version 1, 19600 cycles \(200 ms biological\)\n/);
    expect(d).toContain('model: default [');
    expect(d).toContain('  ppuTiming: nux-rtl@1');
    expect(d).toMatch(/ {2}spikes: \d+ spikes\n/);
  });

  it('rejects foreign, newer and damaged documents, naming every problem', () => {
    expect(userError(() => decodeTrace({ format: 'other' }, 'x.json')).message).toBe('error: x.json: not a dls trace (format "other", expected "dls-trace")');
    expect(userError(() => decodeTrace({ format: 'dls-trace', version: 2 }, 'x.json')).message).toContain('trace version 2 is not supported (this dls reads version 1)');
    const bad = JSON.parse(traceText(t)) as Record<string, any>;
    bad.duration = -1;
    bad.signals.spikes.neuron.pop();
    bad.signals.membrane.values[0] = 'no';
    const e = userError(() => decodeTrace(bad, 'bad.json'));
    expect(e.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^bad\.json: signals\.spikes: cycle and neuron have different lengths \(\d+, \d+\)$/),
      'bad.json: signals.membrane.values[0]: must be a list of integers',
      expect.stringMatching(/^bad\.json: signals\.membrane\.values\[0\]: has 0 samples, cycle has \d+$/),
      'bad.json: duration: must be a non-negative integer',
    ]);
    // Spikes the comparison could not pair: a neuron outside the chip, time running backwards
    // (cycles are stored as deltas, so a negative delta).
    const odd = JSON.parse(traceText(t)) as Record<string, any>;
    odd.signals.spikes.neuron[0] = 77;
    odd.signals.spikes.cycle[1] = -odd.signals.spikes.cycle[0] - 1;
    expect(userError(() => decodeTrace(odd, 'odd.json')).diagnostics.map((d) => d.message)).toEqual([
      'odd.json: signals.spikes.neuron[0]: must be an integer in 0..31, got 77',
      expect.stringMatching(/^odd\.json: signals\.spikes\.cycle\[1\]: cycles must not decrease \(\d+ then -1\)$/),
    ]);
    writeFileSync(join(dir, 'not.json'), '{ "format": ');
    expect(userError(() => readTrace(join(dir, 'not.json'))).message).toMatch(/not\.json: not JSON/);
    expect(userError(() => readTrace(join(dir, 'absent.json'))).message).toMatch(/cannot read trace .*absent\.json: no such file/);
  });
});

describe('importing recordings', () => {
  it('spikes CSV (any documented time column) and membrane CSV (mV or V)', () => {
    const s = spikesFromCsv('s.csv', '# from the scope\nneuron,time_ms\n3,1.5\n1,0.5\n\n2,1.5\n');
    expect(s).toEqual({ type: 'spikes', cycle: [49, 147, 147], neuron: [1, 2, 3] });
    expect(spikesFromCsv('s.csv', 'time_chip_s,neuron\n1e-6,4\n').cycle).toEqual([98]);
    expect(spikesFromCsv('s.csv', 'cycle,neuron,extra\n7,4,x\n').cycle).toEqual([7]);
    const m = membraneFromCsv('m.csv', 'time_ms,v0_mV,v5_V\n0,600,0.6\n0.5,601.5,0.7\n');
    expect(m.channels).toEqual(['n0', 'n5']);
    expect(m.cycle).toEqual([0, 49]);
    expect(m.values[0]![1]).toBeCloseTo(0.6015, 12);
    expect(m.values[1]![1]).toBeCloseTo(0.7, 12);
  });

  it('a bad CSV gives every problem at file:line:col with the line', () => {
    const e = userError(() => spikesFromCsv('spk.csv', 'neuron,time_ms\n1,0.5\n40,1\n2,abc\n3\n'));
    expect(e.message).toBe([
      'spk.csv:5:1: error: 1 fields, the header has 2',
      '  3',
      '  ^',
      'spk.csv:3:1: error: neuron must be an integer in 0..31 (got 40)',
      '  40,1',
      '  ^',
      'spk.csv:4:3: error: time_ms: not a number ("abc")',
      '  2,abc',
      '    ^',
    ].join('\n'));
    expect(userError(() => spikesFromCsv('x.csv', 'neuron,when\n1,2\n')).message).toMatch(/^x\.csv:1:1: error: no time column \(one of cycle, time_ms/);
    expect(userError(() => membraneFromCsv('m.csv', 'cycle,v0_mV\n10,1\n5,2\n')).message).toMatch(/^m\.csv:3:1: error: sample times must increase \(cycle 5 after 10\)/);
  });

  it('a dls-recording JSON document; a bad one is located in the JSON', () => {
    const r = recordingFromJson('r.json', JSON.stringify({
      format: 'dls-recording', version: 1, name: 'chip 7', time: 'ms', duration: 2,
      spikes: [[3, 1], [0, 0.5]], membrane: { neurons: [0], t: [0, 1], v: [[0.6, 0.61]] },
    }));
    expect(r.spikes).toEqual({ type: 'spikes', cycle: [49, 98], neuron: [0, 3] });
    expect(r.membrane!.cycle).toEqual([0, 98]);
    expect(r.duration).toBe(2 * CYCLES_PER_BIO_MS);
    const text = '{\n  "format": "dls-recording",\n  "version": 1,\n  "spikes": [[3, 1], [99, 2]]\n}\n';
    const e = userError(() => recordingFromJson('bad.json', text));
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]!.message).toBe('spikes[1]: must be [neuron 0..31, time >= 0]');
    expect(e.diagnostics[0]!.loc).toMatchObject({ file: 'bad.json', line: 4 });
    expect(e.message).toMatch(/^bad\.json:4:\d+: error: spikes\[1\]: must be \[neuron 0\.\.31, time >= 0\]/);
  });

  it('importRecording: a trace of source kind "recording" without a model, written and read back', () => {
    const sp = join(dir, 'spikes.csv');
    const mb = join(dir, 'membrane.csv');
    writeFileSync(sp, 'neuron,cycle\n0,100\n1,150\n');
    writeFileSync(mb, 'cycle,v0_mV\n0,600\n50,610\n');
    const t = importRecording({ spikes: sp, membrane: mb, name: 'hw' });
    expect(t).toMatchObject({ name: 'hw', model: null, fingerprint: null, duration: 150, source: { kind: 'recording', files: [sp, mb] } });
    writeTrace(t, join(dir, 'hw.trace.json'));
    expect(readTrace(join(dir, 'hw.trace.json'))).toEqual(t);
    expect(() => importRecording({})).toThrow(/nothing to import/);
  });
});

describe('recorder', () => {
  it('checkpoints do not change the run: other intervals, the same spikes, synapse accesses and results', () => {
    const entry = findEntry(suite, 'plasticity');
    const coarse = runEntry({ ...suite, checkpointInterval: 10_000 } as Suite, entry).trace;
    const fine = runEntry({ ...suite, checkpointInterval: 977 } as Suite, entry).trace;
    expect(fine.checkpointInterval).toBe(977);
    for (const s of ['spikes', 'membrane', 'synapse', 'ppu.halt', 'results', 'snapshot.weights']) {
      expect(fine.signals[s], s).toEqual(coarse.signals[s]);
    }
    const counts = (x: typeof fine) => x.signals['ppu.counts']!;
    expect((counts(fine) as { columns: unknown[][] }).columns[0]!.length).toBeGreaterThan((counts(coarse) as { columns: unknown[][] }).columns[0]!.length);
  });
});
