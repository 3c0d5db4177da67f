// Writing a trace during a run: a recorder attaches to a DlsSystem's hooks (spikes, every PPU bus
// access) and, at checkpoints the driver of the run calls, records the PPU's progress (cycle and
// instruction counts), the registers and the SRAM words that changed since the previous checkpoint.
// Membrane samples come from the chip's own recording (recordMembrane), snapshots from the
// scenario. docs/regress.md lists the signals.
//
// Checkpoints do not change the run: stopping a system at extra cycles gives the same results
// (docs/conventions.md, "Determinism"), which test/regress/record.test.ts checks.

import { BUS, VEC, type BusAccess, type DlsSystem, type ModelVariant, modelFingerprint, modelToDocument } from '../chip/index.js';
import type { SnapshotOut } from '../chip/index.js';
import { quantise, TRACE_FORMAT, TRACE_VERSION, type EventSignal, type SampleSignal, type Signal, type Trace, type TraceSource } from './trace.js';

/** Membrane samples are stored in units of 1 nV (far below any tolerance that makes sense). */
export const MEMBRANE_QUANTUM = 1e-9;
/** Default cycles between PPU checkpoints. */
export const DEFAULT_CHECKPOINT_INTERVAL = 10_000;

const hex2 = (b: number) => b.toString(16).padStart(2, '0');
export const hexBytes = (a: ArrayLike<number>) => Array.from(a as number[], hex2).join('');

class Events {
  readonly columns: (number | string)[][];
  constructor(readonly fields: string[]) {
    this.columns = fields.map(() => []);
  }
  push(...row: (number | string)[]): void {
    for (let i = 0; i < row.length; i++) this.columns[i]!.push(row[i]!);
  }
  get length(): number {
    return this.columns[0]!.length;
  }
  signal(): EventSignal {
    return { type: 'events', fields: this.fields, columns: this.columns };
  }
}

/** Name of a synapse I/O region of a vector access (docs/chip-model.md, "PPU buses"). */
function vecRegion(addr: number): string {
  const base = addr & 0xf000;
  for (const [k, v] of Object.entries(VEC)) if (v === base) return k.toLowerCase();
  return `0x${base.toString(16)}`;
}

export interface RecorderOptions {
  /** Record PPU checkpoints (registers, memory, counts); default true. */
  ppu?: boolean;
}

export class TraceRecorder {
  private readonly spikeCycle: number[] = [];
  private readonly spikeNeuron: number[] = [];
  private readonly bus = new Events(['cycle', 'op', 'addr', 'value']);
  private readonly synapse = new Events(['cycle', 'op', 'region', 'half', 'mask', 'data']);
  private readonly counts = new Events(['cycle', 'ppuCycle', 'instructions', 'pc']);
  private readonly regs = new Events(['cycle', 'reg', 'value']);
  private readonly mem = new Events(['cycle', 'addr', 'value']);
  private readonly halt = new Events(['cycle', 'reason', 'pc', 'instructions']);
  private readonly snaps = new Map<string, Events>();
  private readonly results = new Events(['cycle', 'key', 'value']);
  private samples: SampleSignal | null = null;
  private lastRegs = new Map<string, number | string>();
  private lastMem: Int32Array | null = null;
  private lastCount = -1;
  private haltSeen = false;

  constructor(readonly sys: DlsSystem, private readonly opts: RecorderOptions = {}) {
    const chip = sys.chip;
    const prevSpike = chip.onSpike;
    chip.onSpike = (cycle, n) => {
      this.spikeCycle.push(cycle);
      this.spikeNeuron.push(n);
      prevSpike?.(cycle, n);
    };
    const prevBus = chip.onBusAccess;
    chip.onBusAccess = (a: BusAccess) => {
      this.access(a);
      prevBus?.(a);
    };
  }

  private access(a: BusAccess): void {
    if (a.kind === 'busRead' || a.kind === 'busWrite') {
      this.bus.push(a.cycle, a.kind === 'busRead' ? 'r' : 'w', a.addr >>> 0, (a.value ?? 0) >>> 0);
    } else {
      const idx = a.addr & 0xfff;
      this.synapse.push(a.cycle, a.kind === 'vecRead' ? 'r' : 'w', vecRegion(a.addr), idx, a.mask ?? 0xffff, hexBytes(a.data ?? []));
    }
  }

  /** Record the PPU's progress and what changed in its registers and memory, at the chip's current cycle. */
  checkpoint(): void {
    if (this.opts.ppu === false) return;
    const sys = this.sys;
    const cycle = sys.cycle;
    const h = sys.ppuHalt;
    if (h && !this.haltSeen) {
      this.haltSeen = true;
      this.halt.push(h.cycle, h.reason, (h.pc ?? sys.ppu.pc) >>> 0, sys.ppu.icount);
    }
    if (!sys.ppuRunning && !h) return; // held in reset
    const p = sys.ppu;
    if (p.icount !== this.lastCount) {
      this.lastCount = p.icount;
      this.counts.push(cycle, p.cycle, p.icount, p.pc >>> 0);
    }
    const now = new Map<string, number | string>();
    for (let i = 0; i < 32; i++) now.set(`r${i}`, p.gpr[i]! >>> 0);
    now.set('cr', p.cr >>> 0);
    now.set('lr', p.lr >>> 0);
    now.set('ctr', p.ctr >>> 0);
    now.set('xer', p.xer() >>> 0);
    now.set('msr', p.msr >>> 0);
    const vr = p.vec.state.vr;
    for (let v = 0; v < 32; v++) now.set(`v${v}`, hexBytes(vr.subarray(16 * v, 16 * v + 16)));
    for (const [k, v] of now) if (this.lastRegs.get(k) !== v) this.regs.push(cycle, k, v);
    this.lastRegs = now;
    const words = p.dmem.size >>> 2;
    const base = p.dmem.base;
    const last = this.lastMem ?? new Int32Array(words);
    const cur = new Int32Array(words);
    for (let w = 0; w < words; w++) {
      const v = p.dmem.readWord(base + 4 * w);
      cur[w] = v;
      if (v !== last[w]) this.mem.push(cycle, base + 4 * w, v >>> 0);
    }
    this.lastMem = cur;
  }

  /** Membrane samples recorded by the chip (chip.recordMembrane), as a signal. */
  setMembrane(m: { neurons: number[]; cycles: ArrayLike<number>; values: number[][] }): void {
    const q = MEMBRANE_QUANTUM;
    this.samples = {
      type: 'samples', unit: 'V', quantum: q, channels: m.neurons.map((n) => `n${n}`), cycle: Array.from(m.cycles),
      // (stored quantised in memory too, so a fresh run and its file compare bit for bit)
      values: m.values.map((ch) => ch.map((v) => quantise(v, q) * q)),
    };
  }

  /** Chip state at a scenario's snapshot cycles (weights, correlation codes, rate counters, ...). */
  addSnapshot(s: SnapshotOut): void {
    const ev = (name: string, fields: string[]) => {
      let e = this.snaps.get(name);
      if (!e) this.snaps.set(name, (e = new Events(fields)));
      return e;
    };
    const matrix = (name: string, m: number[][] | undefined) => {
      if (m) m.forEach((row, r) => ev(`snapshot.${name}`, ['cycle', 'row', 'data']).push(s.cycle, r, hexBytes(row)));
    };
    matrix('weights', s.weights);
    matrix('addresses', s.addresses);
    matrix('causal', s.causal);
    matrix('anticausal', s.anticausal);
    if (s.rateCounters) ev('snapshot.rateCounters', ['cycle', 'data']).push(s.cycle, s.rateCounters.join(','));
    if (s.refractory) ev('snapshot.refractory', ['cycle', 'data']).push(s.cycle, s.refractory.map((b) => (b ? 1 : 0)).join(''));
  }

  /** A final result of the run (mailbox contents, an episode's reward), exact. */
  addResult(cycle: number, key: string, value: number | string): void {
    this.results.push(cycle, key, value);
  }

  /** The trace (call after the run). */
  finish(info: { name: string; source: TraceSource; model: ModelVariant | null; duration: number; ppuStart: number | null; checkpointInterval: number | null }): Trace {
    this.checkpoint();
    const signals: Record<string, Signal> = {
      spikes: { type: 'spikes', cycle: this.spikeCycle, neuron: this.spikeNeuron },
    };
    if (this.samples) signals.membrane = this.samples;
    if (info.ppuStart !== null) {
      signals.bus = this.bus.signal();
      signals.synapse = this.synapse.signal();
      signals['ppu.counts'] = this.counts.signal();
      signals['ppu.halt'] = this.halt.signal();
      signals['ppu.regs'] = this.regs.signal();
      signals['ppu.mem'] = this.mem.signal();
    }
    for (const [k, e] of [...this.snaps].sort(([a], [b]) => (a < b ? -1 : 1))) signals[k] = e.signal();
    if (this.results.length) signals.results = this.results.signal();
    return {
      format: TRACE_FORMAT, version: TRACE_VERSION, name: info.name, source: info.source,
      model: info.model ? modelToDocument(info.model) : null,
      fingerprint: info.model ? modelFingerprint(info.model) : null,
      duration: info.duration, ppuStart: info.ppuStart, checkpointInterval: info.checkpointInterval, signals,
    };
  }
}

/** The chip cycles of the checkpoints of a run: multiples of `interval` in (start, end]. */
export function checkpointCycles(start: number, end: number, interval: number): number[] {
  const out: number[] = [];
  for (let c = (Math.floor(start / interval) + 1) * interval; c <= end; c += interval) out.push(c);
  return out;
}

export { BUS };
