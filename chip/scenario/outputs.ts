// The files `dls chip` writes for a run: spikes (JSON, CSV), membrane traces (CSV), snapshots
// (JSON), a VCD trace, the raster/voltage figure (SVG) and a summary (JSON). Each is a pure
// function of the run, so the same scenario, seed and options give byte-identical files.
// docs/scenarios.md describes every file.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VcdWriter } from '../../common/vcd.js';
import { CLOCK_HZ, CYCLES_PER_BIO_MS, N_NEURONS } from '../constants.js';
import { stringifyCompact } from '../json-file.js';
import { scenarioFigure } from './figure.js';
import type { ScenarioRun } from './run.js';

export const OUTPUT_FORMAT_VERSION = 1;
const TIME_NOTE = 'biological ms (1 ms biological = 1 us chip time = 98 cycles of the 98 MHz clock)';

const ms = (cycle: number) => cycle / CYCLES_PER_BIO_MS;

export function spikesJson(run: ScenarioRun): string {
  return stringifyCompact({
    format: 'dls-spikes',
    version: OUTPUT_FORMAT_VERSION,
    scenario: run.scenario.name,
    time: TIME_NOTE,
    columns: ['neuron', 'time_ms', 'cycle'],
    count: run.spikes.length,
    spikes: run.spikes.map((s) => [s.neuron, ms(s.cycle), s.cycle]),
  });
}

export function spikesCsv(run: ScenarioRun): string {
  return `neuron,time_ms,cycle\n${run.spikes.map((s) => `${s.neuron},${ms(s.cycle)},${s.cycle}\n`).join('')}`;
}

/** One row per sample: cycle, biological ms, chip us (the same number: 1 ms bio = 1 us chip), mV per neuron. */
export function membraneCsv(run: ScenarioRun): string | null {
  const m = run.membrane;
  if (!m) return null;
  const head = ['cycle', 'time_ms', 'time_chip_us', ...m.neurons.map((n) => `v${n}_mV`)].join(',');
  const lines = [head];
  for (let k = 0; k < m.cycles.length; k++) {
    const c = m.cycles[k]!;
    const t = ms(c);
    lines.push([c, t, (c / CLOCK_HZ) * 1e6, ...m.values.map((v) => (v[k]! * 1e3).toFixed(6))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function snapshotsJson(run: ScenarioRun): string | null {
  if (!run.scenario.record.snapshots.length) return null;
  return stringifyCompact({
    format: 'dls-snapshots',
    version: OUTPUT_FORMAT_VERSION,
    scenario: run.scenario.name,
    time: TIME_NOTE,
    units: {
      weights: '6-bit codes, [row][column]',
      causal: 'digitised correlation as the PPU reads it (8 bits), [row][column]',
      causalVolts: 'correlation accumulators in volts, [row][column]',
      membrane: 'V',
      excCurrent: 'V/s chip time (synaptic current over C_m)',
      rateCounters: 'counts',
    },
    snapshots: run.snapshots.map((s) => ({ time_ms: ms(s.cycle), ...s })),
  });
}

/** VCD time stamps: nanoseconds of chip time, rounded (one cycle = 10.204 ns). */
export function cycleToNs(cycle: number): number {
  return Math.round((cycle * 1e9) / CLOCK_HZ);
}

export function nsToCycle(ns: number): number {
  return Math.round((ns * CLOCK_HZ) / 1e9);
}

export function traceVcd(run: ScenarioRun): string {
  const sc = run.scenario;
  const w = new VcdWriter({
    timescale: '1 ns',
    version: 'dls chip',
    realDigits: 9,
    comment: [
      `scenario ${sc.name}, chip seed ${sc.chip.seed} (${sc.chip.mode})`,
      'time: ns of chip time, rounded to whole ns; one 98 MHz cycle is 10.204 ns, cycle = round(t_ns x 0.098);',
      'biological time = chip time x 1000 (1 ns chip = 1 us biological).',
      'chip.spikes.nN: 1 during the cycle neuron N fires; chip.membrane.vN: membrane voltage (V) at the recording interval;',
      'chip.rate.nN: rate counter N; chip.input.*: host playback (FPGA) events; ppu.*: the PPU and its bus accesses.',
    ].join('\n'),
  });
  const spike = Array.from({ length: N_NEURONS }, (_, n) => w.addVar(['chip', 'spikes'], `n${n}`, 'wire', 1, 0));
  for (const s of run.spikes) {
    w.change(cycleToNs(s.cycle), spike[s.neuron]!, 1);
    w.change(cycleToNs(s.cycle + 1), spike[s.neuron]!, 0);
  }
  if (run.membrane) {
    const m = run.membrane;
    const vars = m.neurons.map((n) => w.addVar(['chip', 'membrane'], `v${n}`, 'real'));
    for (let k = 0; k < m.cycles.length; k++) {
      const t = cycleToNs(m.cycles[k]!);
      m.values.forEach((v, i) => w.change(t, vars[i]!, v[k]!));
    }
  }
  const rate = Array.from({ length: N_NEURONS }, (_, n) => w.addVar(['chip', 'rate'], `n${n}`, 'wire', 10, 0));
  for (const r of run.rateTrace) w.change(cycleToNs(r.cycle), rate[r.neuron]!, r.value);

  const inAddr = w.addVar(['chip', 'input'], 'address', 'wire', 6);
  const inRows = w.addVar(['chip', 'input'], 'rows', 'wire', 32);
  const inStrobe = w.addVar(['chip', 'input'], 'strobe', 'wire', 1, 0);
  for (const e of sc.events) {
    const t = cycleToNs(e.cycle);
    w.change(t, inAddr, e.address);
    w.change(t, inRows, e.rows >>> 0);
    w.change(t, inStrobe, 1);
    w.change(cycleToNs(e.cycle + 1), inStrobe, 0);
  }
  if (run.ppu) {
    const running = w.addVar(['ppu'], 'running', 'wire', 1, 0);
    w.change(cycleToNs(run.ppu.start), running, 1);
    if (run.ppu.halt) w.change(cycleToNs(run.ppu.halt.cycle), running, 0);
    const addr = w.addVar(['ppu', 'bus'], 'addr', 'wire', 32);
    const data = w.addVar(['ppu', 'bus'], 'data', 'wire', 32);
    const write = w.addVar(['ppu', 'bus'], 'write', 'wire', 1);
    const strobe = w.addVar(['ppu', 'bus'], 'strobe', 'wire', 1, 0);
    const vaddr = w.addVar(['ppu', 'vec'], 'addr', 'wire', 32);
    const vdata = w.addVar(['ppu', 'vec'], 'data', 'wire', 128);
    const vmask = w.addVar(['ppu', 'vec'], 'mask', 'wire', 16);
    const vwrite = w.addVar(['ppu', 'vec'], 'write', 'wire', 1);
    const vstrobe = w.addVar(['ppu', 'vec'], 'strobe', 'wire', 1, 0);
    for (const a of run.busTrace) {
      const t = cycleToNs(a.cycle);
      const t1 = cycleToNs(a.cycle + 1);
      if (a.kind === 'busRead' || a.kind === 'busWrite') {
        w.change(t, addr, a.addr >>> 0);
        w.change(t, data, (a.value ?? 0) >>> 0);
        w.change(t, write, a.kind === 'busWrite' ? 1 : 0);
        w.change(t, strobe, 1);
        w.change(t1, strobe, 0);
      } else {
        let big = 0n;
        for (const b of a.data ?? []) big = (big << 8n) | BigInt(b & 0xff);
        w.change(t, vaddr, a.addr >>> 0);
        w.change(t, vdata, big);
        w.change(t, vmask, a.kind === 'vecWrite' ? (a.mask ?? 0) & 0xffff : 0);
        w.change(t, vwrite, a.kind === 'vecWrite' ? 1 : 0);
        w.change(t, vstrobe, 1);
        w.change(t1, vstrobe, 0);
      }
    }
  }
  return w.toString();
}

export function summaryJson(run: ScenarioRun, files: readonly string[]): string {
  const sc = run.scenario;
  const counts = new Array<number>(N_NEURONS).fill(0);
  for (const s of run.spikes) counts[s.neuron]!++;
  const bioSeconds = sc.duration / CYCLES_PER_BIO_MS / 1000;
  const rates = counts.map((c) => c / bioSeconds);
  return stringifyCompact({
    format: 'dls-chip-run',
    version: OUTPUT_FORMAT_VERSION,
    scenario: { name: sc.name, file: sc.file, description: sc.description },
    seed: sc.seed,
    chipIdentity: { mode: sc.chip.mode, seed: sc.chip.seed, mismatchScale: sc.chip.mismatch.scale, noise: sc.chip.noise },
    calibration: sc.calibration,
    duration: { cycles: sc.duration, biologicalMs: ms(sc.duration), chipUs: (sc.duration / CLOCK_HZ) * 1e6 },
    inputs: sc.inputs,
    inputEvents: sc.events.length,
    spikes: {
      total: run.spikes.length,
      perNeuron: counts,
      rateHz: rates,
      meanRateHz: rates.reduce((a, b) => a + b, 0) / N_NEURONS,
      rateUnit: 'Hz, biological time',
    },
    recording: {
      membrane: sc.record.membrane ? { neurons: sc.record.membrane.neurons, intervalCycles: sc.record.membrane.period, samples: run.membrane?.cycles.length ?? 0 } : null,
      snapshotCycles: sc.record.snapshots.map((s) => s.cycle),
    },
    ppu: run.ppu
      ? {
          program: sc.ppu!.file,
          format: sc.ppu!.format,
          startCycle: run.ppu.start,
          halt: run.ppu.halt ? { ...run.ppu.halt, pcHex: run.ppu.halt.pc !== undefined ? `0x${(run.ppu.halt.pc >>> 0).toString(16)}` : undefined } : null,
          pc: `0x${run.ppu.pc.toString(16)}`,
          busAccesses: run.busTrace.length,
          mailbox: run.ppu.mailbox ? { offset: run.ppu.mailbox.offset, hex: run.ppu.mailbox.bytes.map((b) => b.toString(16).padStart(2, '0')).join('') } : null,
        }
      : null,
    stats: run.stats,
    busErrors: run.busErrors,
    conversions: sc.conversions,
    files,
    chip: sc.chip,
  });
}

/** Every output file of a run, by name. */
export async function scenarioOutputs(run: ScenarioRun): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  out.set('spikes.json', spikesJson(run));
  out.set('spikes.csv', spikesCsv(run));
  const mem = membraneCsv(run);
  if (mem !== null) out.set('membrane.csv', mem);
  const snaps = snapshotsJson(run);
  if (snaps !== null) out.set('snapshots.json', snaps);
  if (run.scenario.record.vcd) out.set('trace.vcd', traceVcd(run));
  if (run.scenario.record.plot) out.set('plot.svg', await scenarioFigure(run));
  out.set('summary.json', summaryJson(run, [...out.keys(), 'summary.json']));
  return out;
}

export async function writeScenarioOutputs(run: ScenarioRun, dir: string): Promise<string[]> {
  const files = await scenarioOutputs(run);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return [...files.keys()];
}

