// Scenario files and the outputs of `dls chip` (docs/scenarios.md): units and codes, input
// generators, located errors before anything runs, byte-identical outputs for the same seed, the
// VCD trace read back against the spikes and membrane files, a PPU program alongside, and
// scenarios that load a calibration.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { parseJsonSource } from '../../common/json-source.js';
import { parseVcd } from '../../common/vcd.js';
import {
  ADC_MAX,
  calibrate,
  Chip,
  cycleToNs,
  loadScenario,
  resolveScenario,
  runScenario,
  scenarioOutputs,
  valueToCode,
  VEC,
  type ResolvedScenario,
} from '../../chip/index.js';
import { loadReference } from './helpers/scenario.js';
import { assembleProgram } from '../../host/programs.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES = join(REPO, 'examples', 'chip');

function doc(extra: Record<string, unknown>): Record<string, unknown> {
  return { format: 'dls-scenario', version: 1, duration: 100, ...extra };
}

function resolveText(text: string, file = 'sc.json', opts = {}): ResolvedScenario {
  const src = parseJsonSource(text, file);
  return resolveScenario(src.value, opts, src);
}

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('scenario: values, codes and units', () => {
  it('turns physical values into the codes of the ideal transfer functions', () => {
    const sc = resolveScenario(doc({
      chip: {
        neuronDefaults: { threshold: '820 mV', leak: '0.6 V', tauMem: '10 ms', tauExc: '5 ms', refractory: '2 ms', gainExc: '0.3 mV/ms', offsetCurrent: '10 mV/ms' },
        neurons: [{ threshold: 700 }, { tauMem: '980 cycles' }],
        shared: { reset: '530 mV', corrTauCausal: '20 ms' },
      },
    }));
    const n = sc.chip.neurons;
    expect(n[2]!.threshold).toBe(valueToCode('threshold', 0.82).code);
    expect(n[2]!.threshold).toBe(699);
    expect(n[0]!.threshold).toBe(700);
    expect(n[2]!.leak).toBe(valueToCode('leak', 0.6).code); // 511.5: the lower of two equally near codes
    expect(n[2]!.leak).toBe(511);
    expect(n[2]!.tauMem).toBe(255);
    expect(n[1]!.tauMem).toBe(255); // 980 cycles = 10 us chip
    expect(n[2]!.tauExc).toBe(255);
    expect(n[2]!.refractory).toBe(200);
    expect(n[2]!.gainExc).toBe(300);
    expect(n[2]!.offsetCurrent).toBe(100);
    expect(sc.chip.shared.reset).toBe(452);
    expect(sc.chip.shared.corrTauCausal).toBe(127);
    expect(sc.conversions.find((c) => c.field === 'chip.neuronDefaults.threshold')?.codes).toEqual(new Array(31).fill(699));
  });

  it('reads times in biological ms, with units, or in cycles', () => {
    expect(resolveScenario(doc({ duration: 1.5 })).duration).toBe(147);
    expect(resolveScenario(doc({ duration: '1 s' })).duration).toBe(98_000);
    expect(resolveScenario(doc({ duration: '12345 cycles' })).duration).toBe(12_345);
    const sc = resolveScenario(doc({
      chip: {
        router: { enabled: true, interval: '1 ms', delay: 100, rows: Array.from({ length: 32 }, (_, n) => (n < 2 ? [24, 25] : 0)) },
        rateCounters: { enable: [0, 3] },
        synapses: [{ rows: [1, 2], neurons: [5], weight: 9, address: 4 }],
      },
    }));
    expect(sc.chip.router).toMatchObject({ enabled: true, interval: 98, delay: 100 });
    expect(sc.chip.router.rows[1]).toBe((1 << 24) | (1 << 25));
    expect(sc.chip.rateCounters.enable).toBe(0b1001);
    expect(sc.chip.weights[2]![5]).toBe(9);
    expect(sc.chip.addresses[1]![5]).toBe(4);
    expect(sc.chip.weights[0]![5]).toBe(0);
  });

  it('generates inputs: spike lists, seeded Poisson trains, regular trains, raw events', () => {
    const base = {
      duration: '2 s',
      inputs: [
        { kind: 'spikes', address: 3, rows: [0, 1], times: [1, '2.5 ms', '300 cycles'] },
        { kind: 'poisson', address: 1, rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], rate: '50 Hz' },
        { kind: 'regular', address: 2, rows: 'all', interval: '10 ms', start: 5, stop: 50 },
        { kind: 'events', events: [[7, 4, 5]] },
      ],
    };
    const a = resolveScenario(doc({ ...base, seed: 1 }));
    const spikes = a.events.filter((e) => e.address === 3);
    expect(spikes.map((e) => e.cycle)).toEqual([98, 245, 300]);
    expect(spikes[0]!.rows).toBe(3);
    expect(a.events.filter((e) => e.address === 2).map((e) => e.cycle)).toEqual([490, 1470, 2450, 3430, 4410]);
    expect(a.events.filter((e) => e.address === 2)[0]!.rows).toBe(0xffffffff);
    expect(a.events.find((e) => e.address === 4)).toEqual({ cycle: 7, address: 4, rows: 5 });
    const poisson = a.events.filter((e) => e.address === 1);
    // 10 rows x 50 Hz x 2 s = 1000 expected; 4 sigma = 126
    expect(Math.abs(poisson.length - 1000)).toBeLessThan(126);
    for (const r of [2, 11]) {
      const n = poisson.filter((e) => e.rows === 1 << r).length;
      expect(Math.abs(n - 100)).toBeLessThan(40);
    }
    // sorted by cycle
    for (let i = 1; i < a.events.length; i++) expect(a.events[i]!.cycle).toBeGreaterThanOrEqual(a.events[i - 1]!.cycle);
    // same seed, same trains; another seed, others; the CLI's seed overrides the file's
    expect(resolveScenario(doc({ ...base, seed: 1 })).events).toEqual(a.events);
    const b = resolveScenario(doc({ ...base, seed: 2 }));
    expect(b.events.filter((e) => e.address === 1)).not.toEqual(poisson);
    expect(resolveScenario(doc({ ...base, seed: 2 }), { seed: 1 }).events).toEqual(a.events);
    // an input with a seed of its own does not follow the scenario seed
    const own = (seed: number) => resolveScenario(doc({ seed, inputs: [{ kind: 'poisson', address: 1, rows: [0], rate: 100, seed: 9 }] })).events;
    expect(own(1)).toEqual(own(2));
    expect(own(1).length).toBeGreaterThan(0);
  });

  it('takes the chip identity from the chip section, the calibration or the seed, and --mismatch', () => {
    expect(resolveScenario(doc({ seed: 4 })).chip).toMatchObject({ mode: 'ideal', seed: 4 });
    expect(resolveScenario(doc({ seed: 4 }), { mismatch: true }).chip).toMatchObject({ mode: 'mismatch', seed: 4 });
    expect(resolveScenario(doc({ seed: 4, chip: { seed: 8, mode: 'mismatch' } })).chip).toMatchObject({ mode: 'mismatch', seed: 8 });
  });
});

describe('scenario: bad input is rejected before anything runs', () => {
  it('lists every field problem at once with its path, the allowed range and file:line:col', () => {
    const text = `{
  "format": "dls-scenario",
  "version": 1,
  "duration": "100 ms",
  "chip": {
    "neuronDefaults": { "tauMem": "10 us" },
    "neurons": [{ "leak": 1024 }],
    "drivers": [{ "mode": "excitory" }],
    "weights": [[1, 2]],
    "router": { "interval": 0 }
  },
  "inputs": [
    { "kind": "spikes", "address": 70, "rows": [0, 40], "times": [1, 2] },
    { "kind": "poison", "address": 1 }
  ],
  "record": { "membrane": { "neurons": [0], "interval": "0.1 mV" } },
  "colour": "blue"
}`;
    const e = errorOf(() => resolveText(text));
    const d = e.diagnostics.map((x) => `${x.loc?.line}:${x.loc?.col} ${x.message}`);
    expect(d).toEqual(expect.arrayContaining([
      expect.stringMatching(/^6:35 chip\.neuronDefaults\.tauMem: unit "us" is not a time unit; use ms, s, cycles/),
      expect.stringMatching(/^7:27 chip\.neurons\[0\]\.leak: must be a code 0\.\.1023 or a voltage with a unit, e\.g\. "820 mV".*\(got 1024\)/),
      expect.stringMatching(/^8:27 chip\.drivers\[0\]\.mode: must be "excitatory", "inhibitory" or "disabled" \(got "excitory"\)/),
      expect.stringMatching(/^9:17 chip\.weights\[0\]: must be an array of exactly 32 entries \(got an array of 2\)/),
      expect.stringMatching(/^9:16 chip\.weights: must be an array of exactly 32 entries \(got an array of 1\)/),
      expect.stringMatching(/^10:29 chip\.router\.interval: must be a number of cycles 1\.\.16777216/),
      expect.stringMatching(/^13:36 inputs\[0\]\.address: must be an integer in 0\.\.63 \(got 70\)/),
      expect.stringMatching(/^13:52 inputs\[0\]\.rows\[1\]: must be an integer in 0\.\.31 \(got 40\)/),
      expect.stringMatching(/^14:15 inputs\[1\]\.kind: must be one of "spikes", "poisson", "regular", "events"/),
      expect.stringMatching(/^16:57 record\.membrane\.interval: unit "mV" is not a time unit/),
      expect.stringMatching(/^1:1 \(top level\): unknown field\(s\) "colour"/),
    ]));
    expect(d.length).toBe(11);
    expect(e.message).toContain('sc.json:13:36: error: inputs[0].address');
    expect(e.message).toMatch(/sc\.json:13:36: error: inputs\[0\]\.address: .*\n {6}\{ "kind": "spikes", "address": 70,.*\n {37}\^/);
  });

  it('checks what needs several fields: reachable values, times within the duration, files', () => {
    const text = JSON.stringify(doc({
      duration: '100 ms',
      chip: { neuronDefaults: { threshold: '1500 mV' }, neurons: [{ tauMem: '1 ms' }] },
      inputs: [{ kind: 'spikes', address: 1, rows: [0], times: [50, 150] }, { kind: 'regular', address: 1, rows: [0], rate: 10 , interval: 5 }],
      record: { snapshots: { at: [200] }, membrane: { neurons: [1, 1], interval: 1 } },
      ppu: { program: 'nope.elf', mailbox: [{ offset: 2, words: [1] }] },
    }), null, 2);
    const e = errorOf(() => resolveText(text, 'dir/sc.json'));
    const m = e.diagnostics.map((x) => x.message);
    expect(m).toEqual(expect.arrayContaining([
      'chip.neuronDefaults.threshold: "1500 mV" is outside the reachable range for every neuron: 0 mV..1200 mV (codes 0..1023, ideal transfer function)',
      'chip.neurons[0].tauMem: "1 ms" is outside the reachable range: 2.5 ms..2560 ms (codes 0..1023, ideal transfer function)',
      'inputs[0].times[1]: 150 is after the scenario\'s duration (100 ms)',
      'inputs[1]: give exactly one of "rate" and "interval"',
      'record.snapshots.at[0]: 200 is after the scenario\'s duration (100 ms)',
      'record.membrane.neurons[1]: neuron 1 is listed twice',
      'ppu.program: cannot read dir/nope.elf: no such file',
      'ppu.mailbox[0].offset: must be a multiple of 4 (got 2)',
    ]));
    expect(m.length).toBe(8);
    for (const d of e.diagnostics) expect(d.loc?.file).toBe('dir/sc.json');
  });

  it('asks for an assembler for assembly source, and takes one when given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-sc-asm-'));
    writeFileSync(join(dir, 'p.s'), 'wait\n');
    writeFileSync(join(dir, 'sc.json'), JSON.stringify(doc({ ppu: { program: 'p.s' } })));
    expect(() => loadScenario(join(dir, 'sc.json'))).toThrow(/ppu\.program: .*p\.s is assembly source, and no assembler was given/);
    const sc = loadScenario(join(dir, 'sc.json'), {
      assemble: (file, text) => {
        expect(text).toBe('wait\n');
        return { format: 'bin', entry: 0, symbols: [], chunks: [{ addr: 0, data: new Uint8Array([0x7c, 0, 0, 0x7c]), exec: true, memsz: 4 }] };
      },
    });
    const run = runScenario(sc);
    expect(run.ppu?.halt?.reason).toBe('wait');
  });
});

describe('scenario: runs and outputs', () => {
  const poisson = join(EXAMPLES, 'poisson.json');

  it('same seed and options: byte-identical files; another seed or --mismatch: other spikes', async () => {
    const a = await scenarioOutputs(runScenario(loadScenario(poisson, { seed: 5 })));
    const b = await scenarioOutputs(runScenario(loadScenario(poisson, { seed: 5 })));
    expect([...a.keys()].sort()).toEqual(['membrane.csv', 'plot.svg', 'snapshots.json', 'spikes.csv', 'spikes.json', 'summary.json', 'trace.vcd']);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
    const c = await scenarioOutputs(runScenario(loadScenario(poisson, { seed: 6 })));
    expect(c.get('spikes.json')).not.toBe(a.get('spikes.json'));
    const m = await scenarioOutputs(runScenario(loadScenario(poisson, { seed: 5, mismatch: true })));
    expect(m.get('spikes.json')).not.toBe(a.get('spikes.json'));
    expect(JSON.parse(m.get('summary.json')!).chipIdentity).toMatchObject({ mode: 'mismatch', seed: 5 });
  });

  it('writes consistent spikes, membrane traces, snapshots, VCD, SVG and summary', async () => {
    const sc = loadScenario(poisson, { seed: 5, mismatch: true });
    const run = runScenario(sc);
    const out = await scenarioOutputs(run);
    const spikes = JSON.parse(out.get('spikes.json')!) as { spikes: [number, number, number][]; count: number };
    expect(spikes.count).toBe(run.spikes.length);
    expect(spikes.count).toBeGreaterThan(100);
    const csv = out.get('spikes.csv')!.trim().split('\n');
    expect(csv[0]).toBe('neuron,time_ms,cycle');
    expect(csv.slice(1).map((l) => l.split(',').map(Number))).toEqual(spikes.spikes);
    for (const [, ms, cycle] of spikes.spikes) expect(ms).toBe(cycle / 98);
    // not all neurons alike (mismatch)
    expect(new Set(spikes.spikes.map((s) => s[0])).size).toBeGreaterThan(1);

    const mem = out.get('membrane.csv')!.trim().split('\n');
    expect(mem[0]).toBe('cycle,time_ms,time_chip_us,v0_mV,v8_mV,v16_mV,v24_mV');
    expect(mem.length - 1).toBe(Math.floor(sc.duration / 10) + 1); // every 0.1 ms = 10 cycles (rounded from 9.8)
    const rows = mem.slice(1).map((l) => l.split(',').map(Number));
    for (const r of rows.slice(0, 50)) {
      expect(r[1]).toBeCloseTo(r[0]! / 98, 12);
      expect(r[2]).toBeCloseTo(r[0]! / 98, 9);
    }

    const vcd = parseVcd(out.get('trace.vcd')!);
    expect(vcd.timescale).toEqual({ magnitude: 1, unit: 'ns' });
    for (let n = 0; n < 32; n++) {
      const mine = spikes.spikes.filter((s) => s[0] === n).map((s) => s[2]);
      const rising = vcd.changes.get(vcd.lookup(`chip.spikes.n${n}`)!.id)!.filter((c) => c.value === 1).map((c) => Math.round((c.time * 98e6) / 1e9));
      expect(rising, `neuron ${n}`).toEqual(mine);
      for (const c of mine) expect(vcd.valueAt(`chip.spikes.n${n}`, cycleToNs(c + 1))).toBe(0);
      // the rate counter at the end is the spike count (counters are enabled, never cleared)
      expect(vcd.valueAt(`chip.rate.n${n}`, vcd.endTime)).toBe(Math.min(1023, mine.length));
    }
    for (const r of rows.filter((_, k) => k % 97 === 0)) {
      const v = vcd.valueAt('chip.membrane.v16', cycleToNs(r[0]!)) as number;
      expect(Math.abs(v * 1e3 - r[5]!)).toBeLessThan(1e-5);
    }
    // host events: the strobe is high in their cycles and the address shows the cycle's last event
    const lastInCycle = new Map(sc.events.map((e) => [e.cycle, e]));
    for (const [c, e] of lastInCycle) {
      expect(vcd.valueAt('chip.input.strobe', cycleToNs(c))).toBe(1);
      expect(vcd.valueAt('chip.input.address', cycleToNs(c))).toBe(e.address);
      expect(vcd.valueAt('chip.input.rows', cycleToNs(c))).toBe(e.rows);
      if (!lastInCycle.has(c + 1)) expect(vcd.valueAt('chip.input.strobe', cycleToNs(c + 1))).toBe(0);
    }
    expect(lastInCycle.size).toBeGreaterThan(100);

    const snaps = JSON.parse(out.get('snapshots.json')!);
    expect(snaps.snapshots.map((s: { cycle: number }) => s.cycle)).toEqual([9800, 29400]);
    expect(snaps.snapshots[1].weights[0].slice(6, 10)).toEqual([28, 28, 34, 34]);
    expect(snaps.snapshots[1].rateCounters.reduce((a: number, b: number) => a + b, 0)).toBe(run.spikes.length);
    expect(snaps.snapshots[1].causal.length).toBe(32);

    const svg = out.get('plot.svg')!;
    expect(svg).toContain('biological ms');
    expect(svg).toContain('µs chip time');
    expect(svg).toContain('mismatch chip, seed 5');
    expect((svg.match(/aria-roledescription="tick"/g) ?? []).length).toBe(run.spikes.length);

    const summary = JSON.parse(out.get('summary.json')!);
    expect(summary.spikes.total).toBe(run.spikes.length);
    expect(summary.spikes.perNeuron.reduce((a: number, b: number) => a + b, 0)).toBe(run.spikes.length);
    expect(summary.spikes.rateHz[0]).toBeCloseTo(summary.spikes.perNeuron[0] / 0.3, 9);
    expect(summary.chip.neurons[0].threshold).toBe(699);
    expect(summary.files).toContain('trace.vcd');
  });

  it('runs the Brian2 scenario files as they are and gives their reference spikes', () => {
    const sc = loadScenario(join(REPO, 'test', 'chip', 'brian2', 'refractory.json'));
    const run = runScenario(sc);
    const ref = loadReference('refractory');
    const mine = run.spikes.map((s) => [s.cycle, s.neuron]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(mine).toEqual(ref.spikes);
  });
});

describe('scenario: a PPU program alongside', () => {
  it('adds the causal correlation it reads to the weights, as the bus trace shows', async () => {
    const sc = loadScenario(join(EXAMPLES, 'plasticity.json'), { assemble: assembleProgram });
    expect(sc.ppu?.format).toBe('asm');
    const run = runScenario(sc);
    expect(run.ppu?.halt?.reason).toBe('wait');
    const reads = run.busTrace.filter((a) => a.kind === 'vecRead' && (a.addr & 0xf000) === VEC.CAUSAL);
    const resets = run.busTrace.filter((a) => a.kind === 'vecWrite' && (a.addr & 0xf000) === VEC.CAUSAL_RESET);
    expect(reads.length).toBe(6);
    expect(resets.length).toBe(6);
    const expected = new Array<number>(32).fill(5);
    for (const r of reads) r.data!.forEach((v, i) => (expected[16 * (r.addr & 1) + i] = (expected[16 * (r.addr & 1) + i]! + v) & 63));
    const last = run.snapshots[run.snapshots.length - 1]!;
    expect(last.weights![0]).toEqual(expected);
    // the rule changed something, with correlation read from the sensors (not zero)
    expect(reads.some((r) => r.data!.some((v) => v > 0 && v <= ADC_MAX))).toBe(true);
    expect(expected.every((w) => w > 5)).toBe(true);
    // the PPU logged its update times (PPU cycles) into the mailbox, one period apart
    const words = [0, 4, 8].map((o) => new DataView(new Uint8Array(run.ppu!.mailbox!.bytes).buffer).getUint32(o));
    expect(words[0]).toBeGreaterThanOrEqual(5880);
    expect(words[1]! - words[0]!).toBeGreaterThanOrEqual(5880 - 20);
    // the VCD shows the PPU's vector bus accesses
    const vcd = parseVcd((await scenarioOutputs(run)).get('trace.vcd')!);
    const vec = run.busTrace.filter((a) => a.kind.startsWith('vec'));
    expect(vec.length).toBe(24);
    const lastVec = new Map(vec.map((a) => [a.cycle, a]));
    for (const [c, a] of lastVec) {
      expect(vcd.valueAt('ppu.vec.strobe', cycleToNs(c))).toBe(1);
      expect(vcd.valueAt('ppu.vec.addr', cycleToNs(c))).toBe(a.addr);
      expect(vcd.valueAt('ppu.vec.write', cycleToNs(c))).toBe(a.kind === 'vecWrite' ? 1 : 0);
    }
    expect(vcd.valueAt('ppu.running', vcd.endTime)).toBe(0);
  });
});

describe('scenario: calibration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dls-sc-cal-'));
  const seed = 31;
  let calText = '';
  beforeAll(() => {
    calText = calibrate({ seed }).calibration.toJson();
    writeFileSync(join(dir, 'calib.json'), calText);
  });

  it('converts physical values with the calibration and runs the calibrated chip', () => {
    const base = {
      calibration: 'calib.json',
      chip: { neuronDefaults: { threshold: '820 mV', tauMem: '12 ms' }, shared: { reset: '530 mV' } },
    };
    writeFileSync(join(dir, 'sc.json'), JSON.stringify(doc(base)));
    const sc = loadScenario(join(dir, 'sc.json'));
    const cal = JSON.parse(calText);
    expect(sc.chip).toMatchObject({ mode: 'mismatch', seed });
    expect(sc.calibration).toEqual({ file: 'calib.json', chip: { mode: 'mismatch', seed, mismatchScale: 1 } });
    expect(sc.chip.neurons.map((n) => n.threshold)).toEqual(cal.neurons.map((n: { threshold: { code: number } }) => n.threshold.code));
    // parameters the scenario does not set come from the calibration too
    expect(sc.chip.neurons.map((n) => n.leak)).toEqual(cal.neurons.map((n: { leak: { code: number } }) => n.leak.code));
    expect(sc.chip.shared.reset).toBe(cal.shared.reset);
    expect(sc.conversions.find((c) => c.field === 'chip.neuronDefaults.tauMem')?.via).toBe('calibration');
    const eff = new Chip(sc.chip).effectiveParameters();
    for (const e of eff) {
      expect(Math.abs(e.threshold - 0.82)).toBeLessThan(0.002);
      expect(Math.abs(e.tauMem * 1e6 - 12) / 12).toBeLessThan(0.01);
    }
  });

  it('refuses a calibration of another chip', () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify(doc({ calibration: 'calib.json', chip: { seed: seed + 1 } })));
    expect(() => loadScenario(join(dir, 'other.json'))).toThrow(/calibration: measured on chip seed 31 \(mismatch, mismatch scale 1\), but this run uses chip seed 32/);
    writeFileSync(join(dir, 'ideal.json'), JSON.stringify(doc({ chip: { mode: 'ideal' } })));
    expect(() => loadScenario(join(dir, 'ideal.json'), { calibration: join(dir, 'calib.json') })).toThrow(/--calibration .*calib\.json: measured on chip seed 31 \(mismatch.*this run uses chip seed 31 \(ideal/);
    // a scenario that does not fix the chip runs the calibrated one
    writeFileSync(join(dir, 'plain.json'), JSON.stringify(doc({ seed: 3 })));
    expect(loadScenario(join(dir, 'plain.json'), { calibration: join(dir, 'calib.json') }).chip).toMatchObject({ mode: 'mismatch', seed });
    writeFileSync(join(dir, 'missing.json'), JSON.stringify(doc({ calibration: 'nope.json' })));
    expect(() => loadScenario(join(dir, 'missing.json'))).toThrow(/cannot read calibration file .*nope\.json: no such file/);
  });

  it('reports unreachable values with the calibrated range', () => {
    writeFileSync(join(dir, 'far.json'), JSON.stringify(doc({ calibration: 'calib.json', chip: { neurons: [{ tauMem: '1 ms' }] } })));
    const e = errorOf(() => loadScenario(join(dir, 'far.json')));
    expect(e.diagnostics[0]!.message).toMatch(/^chip\.neurons\[0\]\.tauMem: "1 ms" is outside the reachable range: [\d.]+ ms\.\.[\d.]+ ms with this neuron's calibration$/);
    expect(readFileSync(join(dir, 'far.json'), 'utf8')).toContain('1 ms');
  });
});
