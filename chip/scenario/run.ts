// Running a resolved scenario on a DlsSystem (chip + PPU): host playback, the PPU program released
// at its start cycle, snapshots at their cycles, membrane recording, and the traces the VCD file
// shows (spikes, rate counters, PPU bus accesses). The run is a pure function of the resolved
// scenario: same scenario, same bits.

import type { HaltInfo } from '../../ppu/index.js';
import { BUS } from '../bus.js';
import type { BusAccess, ChipSnapshot, ChipStats } from '../chip.js';
import { N_NEURONS, RATE_COUNTER_MAX } from '../constants.js';
import { DlsSystem, MAILBOX_END } from '../system.js';
import type { ModelVariant } from '../model.js';
import { MAILBOX_BASE } from '../../ppu/index.js';
import type { ResolvedScenario, PpuPlan } from './resolve.js';
import type { SnapshotField } from './schema.js';

export interface SnapshotOut {
  cycle: number;
  weights?: number[][];
  addresses?: number[][];
  causal?: number[][];
  anticausal?: number[][];
  causalVolts?: number[][];
  anticausalVolts?: number[][];
  membrane?: number[];
  excCurrent?: number[];
  inhCurrent?: number[];
  refractory?: boolean[];
  rateCounters?: number[];
}

export interface PpuOutcome {
  /** Chip cycle of the reset release. */
  start: number;
  /** null: still running at the end. */
  halt: HaltInfo | null;
  pc: number;
  /** Chip cycle at the end of the run. */
  cycle: number;
  mailbox: { offset: number; bytes: number[] } | null;
}

export interface ScenarioRun {
  scenario: ResolvedScenario;
  /** Output spikes in time order. */
  spikes: { cycle: number; neuron: number }[];
  membrane: { neurons: number[]; cycles: number[]; values: number[][] } | null;
  snapshots: SnapshotOut[];
  /** Rate counter values after each change (spikes, PPU reads with clear-on-read, writes). */
  rateTrace: { cycle: number; neuron: number; value: number }[];
  /** Every PPU bus access (with the PPU running). */
  busTrace: BusAccess[];
  ppu: PpuOutcome | null;
  stats: ChipStats;
  busErrors: { kind: string; addr: number; cycle: number; reason: string }[];
}

function pick(s: ChipSnapshot, include: readonly SnapshotField[]): SnapshotOut {
  const out: SnapshotOut = { cycle: s.cycle };
  for (const f of include) {
    switch (f) {
      case 'weights': out.weights = s.weights; break;
      case 'addresses': out.addresses = s.addresses; break;
      case 'correlation': out.causal = s.causal; out.anticausal = s.anticausal; break;
      case 'correlationVolts': out.causalVolts = s.causalVolts; out.anticausalVolts = s.anticausalVolts; break;
      case 'membrane': out.membrane = s.membrane; out.excCurrent = s.excCurrent; out.inhCurrent = s.inhCurrent; out.refractory = s.refractory; break;
      case 'rateCounters': out.rateCounters = s.rateCounters; break;
    }
  }
  return out;
}

function loadPpu(sys: DlsSystem, p: PpuPlan): void {
  for (const c of p.program.chunks) {
    const bytes = new Uint8Array(c.memsz);
    bytes.set(c.data.subarray(0, Math.min(c.data.length, c.memsz)));
    sys.loadBytes(bytes, c.addr);
  }
  for (const m of p.mailbox) m.words.forEach((w, k) => sys.writeMailboxWord(m.offset + 4 * k, w));
}

export interface RunScenarioOptions {
  /** Model variant (chip/model.ts); default: the model of docs/chip-model.md. */
  model?: ModelVariant;
  /** Called with the system before anything runs (recorders attach their hooks here). */
  onSystem?: (sys: DlsSystem) => void;
  /** Extra cycles at which the run stops (they change no result) and `onStop` is called. */
  stops?: readonly number[];
  /** Called at the end of every stop (the scenario's own and the extra ones), after its snapshot. */
  onStop?: (sys: DlsSystem, cycle: number) => void;
}

export function runScenario(sc: ResolvedScenario, opts: RunScenarioOptions = {}): ScenarioRun {
  const sys = new DlsSystem({ chip: sc.chip, model: opts.model });
  const chip = sys.chip;
  const traced = sc.record.vcd;
  const rateTrace: ScenarioRun['rateTrace'] = [];
  const busTrace: BusAccess[] = [];
  if (traced) {
    chip.onSpike = (cycle, n) => rateTrace.push({ cycle, neuron: n, value: chip.rateCounters[n]! });
    chip.onBusAccess = (a) => {
      busTrace.push(a);
      // Counter values after the access: a read has happened (and cleared, with clear-on-read),
      // a write is about to set the written value.
      if ((a.kind === 'busRead' || a.kind === 'busWrite') && a.addr >= BUS.RATE && a.addr < BUS.RATE + 4 * N_NEURONS) {
        const n = (a.addr - BUS.RATE) >>> 2;
        const value = a.kind === 'busRead' ? chip.rateCounters[n]! : (a.value! & RATE_COUNTER_MAX);
        rateTrace.push({ cycle: a.cycle, neuron: n, value });
      }
    };
  }
  chip.playback(sc.events);
  const m = sc.record.membrane;
  if (m) chip.recordMembrane(m.neurons, m.period, m.start);
  if (sc.ppu) loadPpu(sys, sc.ppu);

  const stops = new Set<number>([sc.duration, ...sc.record.snapshots.map((s) => s.cycle)]);
  if (sc.ppu) stops.add(sc.ppu.start);
  for (const c of opts.stops ?? []) if (c >= 0 && c <= sc.duration) stops.add(c);
  opts.onSystem?.(sys);
  const snaps = new Map(sc.record.snapshots.map((s) => [s.cycle, s.include]));
  const snapshots: SnapshotOut[] = [];
  let ppuStarted = false;
  for (const stop of [...stops].sort((a, b) => a - b)) {
    sys.runUntil(stop);
    // Released at the end of its cycle: the PPU's first instruction belongs to the next cycles.
    if (sc.ppu && stop === sc.ppu.start && !ppuStarted) {
      sys.startPpu();
      if (sc.ppu.program.entry !== 0) sys.ppu.pc = sc.ppu.program.entry >>> 0;
      ppuStarted = true;
    }
    const include = snaps.get(stop);
    if (include) snapshots.push(pick(chip.snapshot(), include));
    opts.onStop?.(sys, stop);
  }

  let ppu: PpuOutcome | null = null;
  if (sc.ppu) {
    const rm = sc.ppu.readMailbox;
    ppu = {
      start: sc.ppu.start,
      halt: sys.ppuHalt,
      pc: sys.ppu.pc >>> 0,
      cycle: chip.cycle,
      mailbox: rm ? { offset: rm.offset, bytes: Array.from(sys.readMailbox(rm.offset, Math.min(rm.length, MAILBOX_END - MAILBOX_BASE - rm.offset))) } : null,
    };
  }
  let membrane: ScenarioRun['membrane'] = null;
  if (m) {
    const rec = chip.membraneRecord();
    const w = rec.neurons.length;
    const cycles: number[] = [];
    const values: number[][] = rec.neurons.map(() => []);
    for (let k = 0; k < rec.cycles.length; k++) {
      const c = rec.cycles[k]!;
      if (c > m.stop) break;
      cycles.push(c);
      for (let i = 0; i < w; i++) values[i]!.push(rec.values[k * w + i]!);
    }
    membrane = { neurons: rec.neurons, cycles, values };
  }
  return {
    scenario: sc,
    spikes: chip.spikeList(),
    membrane,
    snapshots,
    rateTrace,
    busTrace,
    ppu,
    stats: { ...chip.stats },
    busErrors: chip.busErrorLog.map((e) => ({ ...e })),
  };
}
