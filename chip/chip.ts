// The chip around the PPU: neurons, synapse drivers and array, correlation sensors, rate
// counters, the capacitive memory, event playback and injection, the FPGA router's bypass mode,
// spike and membrane recording, and the PPU's two buses (ChipPort).
//
// Time advances lazily: advanceTo(cycle) handles every event up to and including that cycle, in
// the order docs/chip-model.md ("Events") fixes, and nothing else. The hot path (event delivery,
// spikes, bus accesses) works on typed arrays and allocates nothing.

import { UserError, type Diagnostic } from '../common/errors.js';
import { Rng } from '../common/random.js';
import type { ChipPort } from '../ppu/index.js';
import { BUS, CAPMEM_END, CAPMEM_STRIDE, DRIVER_PULSE_SHIFT, VEC, VEC_BUFFER_ENABLE, VEC_TEST } from './bus.js';
import {
  checkChipInput,
  formatPath,
  normalise,
  type ChipConfig,
  type ChipConfigInput,
  type ConfigIssue,
  type DriverMode,
  type RouterConfig,
} from './config.js';
import {
  ADC_MAX,
  ADDRESS_MAX,
  CAPMEM_COLS,
  CAPMEM_ROWS,
  CLOCK_HZ,
  CODE_MAX,
  CORR_SATURATION,
  N_NEURONS,
  N_ROWS,
  N_SYNAPSES,
  PULSE_MAX,
  RATE_COUNTER_MAX,
  SHARED_COL,
  WEIGHT_MAX,
} from './constants.js';
import { EventHeap, Playback, SpikeRecord, type SpikeEvent } from './events.js';
import { drawPattern, idealPattern, type FixedPattern } from './mismatch.js';
import { createPairing, type Pairing } from './correlation.js';
import { DEFAULT_CHIP_MODEL, type ChipModelParams } from './model-params.js';
import { EV_CHECK, EV_REFRACTORY_END, EV_SPIKE, Neurons } from './neurons.js';
import {
  NEURON_PARAM_NAMES,
  NEURON_PARAMS,
  SHARED_PARAM_NAMES,
  SHARED_PARAMS,
  refractoryCycles,
  type NeuronCodes,
  type SharedCodes,
} from './transfer.js';

const MODE_CODE: Record<DriverMode, number> = { disabled: 0, excitatory: 1, inhibitory: 2 };
const MODE_NAME: readonly DriverMode[] = ['disabled', 'excitatory', 'inhibitory', 'disabled'];
const ADC_SCALE = ADC_MAX / CORR_SATURATION;
const BUS_ERROR_LOG = 16;

export interface BusAccess {
  kind: 'busRead' | 'busWrite' | 'vecRead' | 'vecWrite';
  addr: number;
  /** Cycle at which the chip performed the access. */
  cycle: number;
  /** Scalar value read or written. */
  value?: number;
  size?: number;
  /** Vector data read or written (a copy). */
  data?: number[];
  /** Byte mask of a vector write. */
  mask?: number;
}

export interface BusError {
  kind: BusAccess['kind'];
  addr: number;
  cycle: number;
  reason: string;
}

export interface ChipStats {
  /** Accesses to unmapped addresses or with an unsupported size. */
  busErrors: number;
  /** Accesses stamped earlier than the chip's current cycle (performed at the current cycle). */
  lateAccesses: number;
  /** Events delivered to the synapse drivers. */
  deliveries: number;
}

/** Physical parameters in force for one neuron (after mismatch), chip time. For diagnostics. */
export interface EffectiveNeuron {
  leak: number;
  threshold: number;
  reset: number;
  /** Seconds, chip time. */
  tauMem: number;
  tauExc: number;
  tauInh: number;
  /** V/s per weight unit at full pulse length. */
  gainExc: number;
  gainInh: number;
  /** V/s. */
  offsetCurrent: number;
  /** Whole cycles. */
  refractoryCycles: number;
}

export interface ChipSnapshot {
  cycle: number;
  /** Membrane voltage (V) of every neuron at `cycle`. */
  membrane: number[];
  /** Synaptic currents over C_m (V/s) at `cycle`. */
  excCurrent: number[];
  inhCurrent: number[];
  refractory: boolean[];
  /** weights[row][column] */
  weights: number[][];
  addresses: number[][];
  /** Digitised correlation as the PPU reads it, [row][column]. */
  causal: number[][];
  anticausal: number[][];
  /** Analog accumulators (V). */
  causalVolts: number[][];
  anticausalVolts: number[][];
  rateCounters: number[];
  spikeCount: number;
}

export interface MembraneRecord {
  neurons: number[];
  /** Sample cycles. */
  cycles: Float64Array;
  /** values[k * neurons.length + i]: V of neurons[i] at cycles[k]. */
  values: Float64Array;
}

function issuesError(issues: ConfigIssue[], source: string): UserError {
  return new UserError(issues.map((i): Diagnostic => ({ message: `${source}: ${i.message}` })));
}

function checkInt(name: string, v: number, lo: number, hi: number): void {
  if (!Number.isInteger(v) || v < lo || v > hi) throw new UserError(`${name}: must be an integer in ${lo}..${hi} (got ${v})`);
}

export class Chip implements ChipPort {
  /** The configuration the chip was created with (normalised). */
  readonly initialConfig: ChipConfig;
  readonly pattern: FixedPattern;
  readonly neurons = new Neurons();
  /** Capacitive memory codes, [row * 33 + column]. */
  readonly capmem = new Uint16Array(CAPMEM_ROWS * CAPMEM_COLS);

  // --- synapse array, [row * 32 + column]
  readonly weights = new Uint8Array(N_SYNAPSES);
  readonly addresses = new Uint8Array(N_SYNAPSES);
  /** [row * 64 + address]: columns of the row whose synapse has that address. */
  private readonly addrMask = new Uint32Array(N_ROWS * (ADDRESS_MAX + 1));
  readonly driverMode = new Uint8Array(N_ROWS);
  readonly driverPulse = new Uint8Array(N_ROWS);
  private enabledRows = 0;

  // --- correlation sensors, [row * 32 + column]
  /** Accumulators (V). */
  readonly causal = new Float64Array(N_SYNAPSES);
  readonly anticausal = new Float64Array(N_SYNAPSES);
  /** Latest presynaptic spike cycle per synapse, -1 if none. */
  private readonly lastPre = new Float64Array(N_SYNAPSES).fill(-1);
  /** Latest spike cycle per neuron, -1 if none. */
  private readonly lastPost = new Float64Array(N_NEURONS).fill(-1);
  private readonly ampC = new Float64Array(N_SYNAPSES);
  private readonly ampA = new Float64Array(N_SYNAPSES);
  private readonly rateC = new Float64Array(N_SYNAPSES);
  private readonly rateA = new Float64Array(N_SYNAPSES);

  // --- rate counters
  readonly rateCounters = new Uint16Array(N_NEURONS);
  rateEnable = 0xffffffff;
  rateClearOnRead = false;

  // --- router (bypass mode)
  private router: RouterConfig;
  private readonly routerRows = new Uint32Array(N_NEURONS);
  private firedMask = 0;
  private flushAt = Infinity;

  // --- events
  private readonly playbackQ = new Playback();
  private readonly heap = new EventHeap();
  private readonly jumpExc = new Float64Array(N_NEURONS);
  private readonly jumpInh = new Float64Array(N_NEURONS);
  private readonly noise: Rng[] | null;
  private readonly synJitter: number;
  private readonly thrJitter: number;

  // --- recording
  readonly spikes = new SpikeRecord();
  /** Called for every spike (after it is recorded). */
  onSpike: ((cycle: number, neuron: number) => void) | null = null;
  /** Called for every bus access (for traces); costs nothing when null. */
  onBusAccess: ((a: BusAccess) => void) | null = null;
  private sampleNeurons: number[] = [];
  private samplePeriod = 0;
  private sampleNext = Infinity;
  private sampleCycles = new Float64Array(0);
  private sampleValues = new Float64Array(0);
  private sampleCount = 0;

  readonly stats: ChipStats = { busErrors: 0, lateAccesses: 0, deliveries: 0 };
  readonly busErrorLog: BusError[] = [];

  /** All events up to and including this cycle have been handled. */
  private now = 0;

  // --- model variant (chip/model-params.ts; the defaults are the model of docs/chip-model.md)
  readonly model: ChipModelParams;
  /** Pairing scheme other than the inline nearest-neighbour one, or null. */
  private readonly pairs: Pairing | null;
  private readonly injectionLatency: number;

  constructor(config: ChipConfigInput | ChipConfig = {}, source = 'chip config', model: ChipModelParams = DEFAULT_CHIP_MODEL) {
    const r = checkChipInput(config);
    if (!r.ok) throw issuesError(r.issues, source);
    const id = model.mismatch.identity;
    const cfg = id ? { ...normalise(r.input), mode: id.mode, seed: id.seed, mismatch: { scale: id.scale } } : normalise(r.input);
    this.initialConfig = cfg;
    this.model = model;
    this.injectionLatency = model.router.injectionLatency;
    this.pairs = createPairing(model.correlation.pairing, {
      causal: this.causal, anticausal: this.anticausal, lastPre: this.lastPre, lastPost: this.lastPost,
      ampC: this.ampC, ampA: this.ampA, rateC: this.rateC, rateA: this.rateA,
    });
    this.pattern = cfg.mode === 'mismatch' ? drawPattern(cfg.seed, cfg.mismatch.scale, model.mismatch.sigma) : idealPattern();
    this.noise = cfg.noise ? Array.from({ length: N_NEURONS }, (_, n) => Rng.stream(cfg.noise!.seed, `noise/neuron/${n}`)) : null;
    this.synJitter = cfg.noise?.synapticJitter ?? 0;
    this.thrJitter = cfg.noise?.thresholdJitter ?? 0;
    this.router = { ...cfg.router, rows: [...cfg.router.rows] };

    for (let n = 0; n < N_NEURONS; n++) this.writeNeuronCodes(n, cfg.neurons[n]!);
    for (const k of SHARED_PARAM_NAMES) this.capmem[SHARED_PARAMS[k].row * CAPMEM_COLS + SHARED_COL] = cfg.shared[k];
    for (let r = 0; r < N_ROWS; r++) {
      this.driverMode[r] = MODE_CODE[cfg.drivers[r]!.mode];
      this.driverPulse[r] = cfg.drivers[r]!.pulseLength;
      for (let c = 0; c < N_NEURONS; c++) {
        this.weights[r * N_NEURONS + c] = cfg.weights[r]![c]!;
        this.addresses[r * N_NEURONS + c] = cfg.addresses[r]![c]!;
      }
    }
    this.rebuildAddrMask();
    this.updateEnabledRows();
    this.rateEnable = cfg.rateCounters.enable >>> 0;
    this.rateClearOnRead = cfg.rateCounters.clearOnRead;
    this.applyRouterRows();
    this.applyCorrelationParams();

    // Initial state: at rest, not refractory; thresholds drawn once if noisy.
    const nr = this.neurons;
    for (let n = 0; n < N_NEURONS; n++) {
      this.applyNeuronParams(n);
      nr.refrEnd[n] = -Infinity;
      if (this.noise) nr.thetaEff[n] = nr.threshold[n]! + this.thrJitter * this.noise[n]!.normal();
      nr.anchor(n, 0, nr.leak[n]!, 0, 0);
      nr.predict(n);
    }
  }

  /** Cycle up to which the chip has run. */
  get cycle(): number {
    return this.now;
  }

  // =========================================================================================
  // Time
  // =========================================================================================

  /** Handle every event up to and including `cycle` (a cycle before the current one is a no-op). */
  advanceTo(cycle: number): void {
    if (!(cycle >= this.now)) {
      if (Number.isNaN(cycle)) throw new UserError('advance target: must be a cycle number (got NaN)');
      return;
    }
    if (!Number.isInteger(cycle)) throw new UserError(`advance target: must be an integer cycle (got ${cycle})`);
    const nr = this.neurons;
    const next = nr.next;
    for (;;) {
      const nn = nr.earliest();
      const tn = next[nn]!;
      const tf = this.flushAt;
      const tp = this.playbackQ.nextCycle();
      const tq = this.heap.topCycle();
      const ts = this.sampleNext;
      const te = Math.min(tf, tn, tp, tq, ts);
      if (te > cycle) break;
      if (tf === te) this.flushRouter(tf);
      else if (tn === te) {
        const k = nr.kind[nn];
        if (k === EV_CHECK) {
          if (nr.check(nn, tn)) this.spike(nn, tn);
        } else if (k === EV_SPIKE) this.spike(nn, tn);
        else this.refractoryEnd(nn, tn);
      } else if (tp === te) {
        const q = this.playbackQ;
        const i = q.cursor++;
        this.deliver(tp, q.address[i]!, q.rows[i]!);
      } else if (tq === te) {
        this.heap.pop();
        this.deliver(this.heap.popCycle, this.heap.popAddress, this.heap.popRows);
      } else this.sample(ts);
    }
    this.now = cycle;
  }

  /** Advance by `cycles`. */
  run(cycles: number): void {
    this.advanceTo(this.now + cycles);
  }

  /** A bus access at `cycle`: catch up; accesses from the past happen now (and are counted). */
  private sync(cycle: number): number {
    if (cycle < this.now) {
      this.stats.lateAccesses++;
      return this.now;
    }
    this.advanceTo(cycle);
    return cycle;
  }

  // =========================================================================================
  // Events
  // =========================================================================================

  private spike(n: number, s: number): void {
    const nr = this.neurons;
    nr.evaluate(n, s);
    nr.anchor(n, s, nr.reset[n]!, nr.a, nr.b);
    nr.refrEnd[n] = s + nr.refractory[n]!;
    nr.setNext(n, nr.refrEnd[n]!);
    nr.kind[n] = EV_REFRACTORY_END;
    if (this.noise) nr.thetaEff[n] = nr.threshold[n]! + this.thrJitter * this.noise[n]!.normal();

    this.spikes.push(s, n);
    const bit = 1 << n;
    if (this.rateEnable & bit && this.rateCounters[n]! < RATE_COUNTER_MAX) this.rateCounters[n]!++;
    if (this.router.enabled) {
      this.firedMask |= bit;
      if (this.flushAt === Infinity) this.flushAt = (Math.floor(s / this.router.interval) + 1) * this.router.interval;
    }
    // Causal pairing: this spike with the latest presynaptic spike of each synapse in column n.
    const lastPre = this.lastPre;
    if (this.pairs !== null) this.pairs.post(n, s);
    else for (let r = 0, i = n; r < N_ROWS; r++, i += N_NEURONS) {
      const tp = lastPre[i]!;
      if (tp < 0) continue;
      const acc = this.causal[i]! + this.ampC[i]! * Math.exp(-(s - tp) * this.rateC[i]!);
      this.causal[i] = acc < CORR_SATURATION ? acc : CORR_SATURATION;
    }
    this.lastPost[n] = s;
    if (this.onSpike) this.onSpike(s, n);
  }

  private refractoryEnd(n: number, e: number): void {
    const nr = this.neurons;
    nr.evaluate(n, e);
    nr.anchor(n, e, nr.reset[n]!, nr.a, nr.b);
    nr.refrEnd[n] = -Infinity;
    nr.predict(n);
  }

  /** An event (address, rows) reaches the synapse drivers at cycle c. */
  private deliver(c: number, address: number, rows: number): void {
    this.stats.deliveries++;
    let sel = (rows & this.enabledRows) >>> 0;
    if (sel === 0) return;
    const jE = this.jumpExc;
    const jI = this.jumpInh;
    const eff = this.pattern.efficacy;
    let touched = 0;
    while (sel !== 0) {
      const r = 31 - Math.clz32(sel);
      sel ^= 1 << r;
      let cols = this.addrMask[r * (ADDRESS_MAX + 1) + address]!;
      if (cols === 0) continue;
      const exc = this.driverMode[r] === 1;
      const pf = (this.driverPulse[r]! + 1) / (PULSE_MAX + 1);
      while (cols !== 0) {
        const n = 31 - Math.clz32(cols);
        cols ^= 1 << n;
        const i = r * N_NEURONS + n;
        // Anticausal pairing: this presynaptic spike with the neuron's latest spike.
        const tpost = this.lastPost[n]!;
        if (this.pairs !== null) this.pairs.pre(i, n, c);
        else if (tpost >= 0) {
          const acc = this.anticausal[i]! + this.ampA[i]! * Math.exp(-(c - tpost) * this.rateA[i]!);
          this.anticausal[i] = acc < CORR_SATURATION ? acc : CORR_SATURATION;
        }
        this.lastPre[i] = c;
        const w = this.weights[i]!;
        if (w === 0) continue;
        const q = w * pf * eff[i]!;
        if (exc) jE[n] += q;
        else jI[n] += q;
        touched |= 1 << n;
      }
    }
    const nr = this.neurons;
    while (touched !== 0) {
      const n = 31 - Math.clz32(touched);
      touched ^= 1 << n;
      let f = 1;
      if (this.noise && this.synJitter > 0) {
        f = 1 + this.synJitter * this.noise[n]!.normal();
        if (f < 0) f = 0;
      }
      nr.evaluate(n, c);
      nr.anchor(n, c, nr.v, nr.a + f * jE[n]! * nr.gainExc[n]!, nr.b + f * jI[n]! * nr.gainInh[n]!);
      jE[n] = 0;
      jI[n] = 0;
      if (!nr.isRefractory(n)) nr.predict(n);
    }
  }

  private flushRouter(b: number): void {
    const fired = this.firedMask;
    this.firedMask = 0;
    this.flushAt = Infinity;
    let rows = 0;
    for (let m = fired; m !== 0; ) {
      const n = 31 - Math.clz32(m);
      m ^= 1 << n;
      rows |= this.routerRows[n]!;
    }
    if (rows !== 0) this.heap.push(b + this.router.delay + this.model.router.extraDelay, this.router.address, rows >>> 0);
  }

  private sample(t: number): void {
    const nr = this.neurons;
    const k = this.sampleCount++;
    const w = this.sampleNeurons.length;
    if (k === this.sampleCycles.length) {
      const c = new Float64Array(Math.max(256, k * 2)); c.set(this.sampleCycles); this.sampleCycles = c;
      const v = new Float64Array(c.length * w); v.set(this.sampleValues); this.sampleValues = v;
    }
    this.sampleCycles[k] = t;
    for (let i = 0; i < w; i++) {
      nr.evaluate(this.sampleNeurons[i]!, t);
      this.sampleValues[k * w + i] = nr.v;
    }
    this.sampleNext = t + this.samplePeriod;
  }

  /** Queue host (FPGA) playback events; each must lie at or after the current cycle. */
  playback(events: readonly SpikeEvent[]): void {
    const issues: ConfigIssue[] = [];
    events.forEach((e, i) => {
      const bad = (f: string, msg: string, v: unknown) => issues.push({ path: ['events', i, f], message: `${formatPath(['events', i, f])}: ${msg} (got ${String(v)})` });
      if (!Number.isInteger(e.cycle) || e.cycle < this.now) bad('cycle', `must be an integer cycle >= ${this.now} (the chip's current cycle)`, e.cycle);
      if (!Number.isInteger(e.address) || e.address < 0 || e.address > ADDRESS_MAX) bad('address', `must be an integer in 0..${ADDRESS_MAX}`, e.address);
      if (!Number.isInteger(e.rows) || e.rows < 0 || e.rows > 0xffffffff) bad('rows', 'must be a 32-bit row mask (integer in 0..4294967295)', e.rows);
    });
    if (issues.length) throw issuesError(issues, 'playback');
    this.playbackQ.add(events);
  }

  /** Schedule an event as the PPU's injection would (delivered at `cycle`). */
  inject(cycle: number, address: number, rows: number): void {
    checkInt('inject cycle', cycle, this.now, Number.MAX_SAFE_INTEGER);
    checkInt('inject address', address, 0, ADDRESS_MAX);
    checkInt('inject rows', rows, 0, 0xffffffff);
    this.heap.push(cycle, address, rows);
  }

  /** Events waiting to be delivered (playback and scheduled), in delivery order. */
  pendingEvents(): SpikeEvent[] {
    const q = this.playbackQ;
    const out: SpikeEvent[] = [];
    for (let i = q.cursor; i < q.count; i++) out.push({ cycle: q.cycle[i]!, address: q.address[i]!, rows: q.rows[i]! });
    return [...out, ...this.heap.list()].sort((x, y) => x.cycle - y.cycle);
  }

  // =========================================================================================
  // Configuration at run time (acts at the current cycle)
  // =========================================================================================

  /**
   * Apply a partial configuration at the current cycle, validated like the constructor's
   * (mode, seed, mismatch and noise belong to the chip's creation and are rejected here).
   */
  configure(input: ChipConfigInput, source = 'chip config'): void {
    const r = checkChipInput(input);
    if (!r.ok) throw issuesError(r.issues, source);
    const c = r.input;
    const fixed = (['mode', 'seed', 'mismatch', 'noise'] as const).filter((k) => c[k] !== undefined);
    if (fixed.length) {
      throw issuesError(fixed.map((k) => ({ path: [k], message: `${k}: can only be set when the chip is created` })), source);
    }
    if (c.neuronDefaults || c.neurons) {
      for (let n = 0; n < N_NEURONS; n++) {
        const codes = { ...c.neuronDefaults, ...c.neurons?.[n] };
        for (const k of NEURON_PARAM_NAMES) if (codes[k] !== undefined) this.setCapmem(NEURON_PARAMS[k].row, n, codes[k]!);
      }
    }
    if (c.shared) for (const k of SHARED_PARAM_NAMES) if (c.shared[k] !== undefined) this.setCapmem(SHARED_PARAMS[k].row, SHARED_COL, c.shared[k]!);
    if (c.driverDefaults || c.drivers) {
      for (let r = 0; r < N_ROWS; r++) {
        const d = { ...c.driverDefaults, ...c.drivers?.[r] };
        this.setDriver(r, d.mode ?? MODE_NAME[this.driverMode[r]!]!, d.pulseLength ?? this.driverPulse[r]!);
      }
    }
    if (c.weights) c.weights.forEach((row, r) => row.forEach((w, n) => this.setWeight(r, n, w)));
    if (c.addresses) c.addresses.forEach((row, r) => row.forEach((a, n) => this.setAddress(r, n, a)));
    if (c.rateCounters?.enable !== undefined) this.rateEnable = c.rateCounters.enable >>> 0;
    if (c.rateCounters?.clearOnRead !== undefined) this.rateClearOnRead = c.rateCounters.clearOnRead;
    if (c.router) {
      const wasEnabled = this.router.enabled;
      this.router = { ...this.router, ...Object.fromEntries(Object.entries(c.router).filter(([, v]) => v !== undefined)) } as RouterConfig;
      this.router.rows = [...this.router.rows];
      this.applyRouterRows();
      if (!this.router.enabled || !wasEnabled) {
        this.firedMask = 0;
        this.flushAt = Infinity;
      } else if (this.flushAt !== Infinity) {
        this.flushAt = (Math.floor(this.now / this.router.interval) + 1) * this.router.interval;
      }
    }
  }

  /** Write a capmem cell at the current cycle (host view of the PPU's capmem window). */
  setCapmem(row: number, col: number, code: number): void {
    checkInt('capmem row', row, 0, CAPMEM_ROWS - 1);
    checkInt('capmem column', col, 0, CAPMEM_COLS - 1);
    checkInt('capmem code', code, 0, CODE_MAX);
    this.writeCapmem(row, col, code);
  }

  getCapmem(row: number, col: number): number {
    checkInt('capmem row', row, 0, CAPMEM_ROWS - 1);
    checkInt('capmem column', col, 0, CAPMEM_COLS - 1);
    return this.capmem[row * CAPMEM_COLS + col]!;
  }

  setWeight(row: number, col: number, w: number): void {
    checkInt('weight row', row, 0, N_ROWS - 1);
    checkInt('weight column', col, 0, N_NEURONS - 1);
    checkInt('weight', w, 0, WEIGHT_MAX);
    this.weights[row * N_NEURONS + col] = w;
  }

  setAddress(row: number, col: number, a: number): void {
    checkInt('address row', row, 0, N_ROWS - 1);
    checkInt('address column', col, 0, N_NEURONS - 1);
    checkInt('address', a, 0, ADDRESS_MAX);
    this.writeAddress(row * N_NEURONS + col, a);
  }

  setDriver(row: number, mode: DriverMode, pulseLength: number): void {
    checkInt('driver row', row, 0, N_ROWS - 1);
    if (!(mode in MODE_CODE)) throw new UserError(`driver mode: must be "excitatory", "inhibitory" or "disabled" (got ${String(mode)})`);
    checkInt('driver pulse length', pulseLength, 0, PULSE_MAX);
    this.driverMode[row] = MODE_CODE[mode];
    this.driverPulse[row] = pulseLength;
    this.updateEnabledRows();
  }

  driver(row: number): { mode: DriverMode; pulseLength: number } {
    return { mode: MODE_NAME[this.driverMode[row]!]!, pulseLength: this.driverPulse[row]! };
  }

  routerConfig(): RouterConfig {
    return { ...this.router, rows: [...this.router.rows] };
  }

  /** The configuration in force now (codes, array, drivers, router, counters). */
  currentConfig(): ChipConfig {
    const cfg = this.initialConfig;
    const codesOf = (n: number) => Object.fromEntries(NEURON_PARAM_NAMES.map((k) => [k, this.capmem[NEURON_PARAMS[k].row * CAPMEM_COLS + n]!])) as NeuronCodes;
    return {
      mode: cfg.mode,
      seed: cfg.seed,
      mismatch: { ...cfg.mismatch },
      noise: cfg.noise ? { ...cfg.noise } : null,
      neurons: Array.from({ length: N_NEURONS }, (_, n) => codesOf(n)),
      shared: Object.fromEntries(SHARED_PARAM_NAMES.map((k) => [k, this.capmem[SHARED_PARAMS[k].row * CAPMEM_COLS + SHARED_COL]!])) as SharedCodes,
      drivers: Array.from({ length: N_ROWS }, (_, r) => this.driver(r)),
      weights: this.matrix(this.weights),
      addresses: this.matrix(this.addresses),
      rateCounters: { enable: this.rateEnable >>> 0, clearOnRead: this.rateClearOnRead },
      router: this.routerConfig(),
    };
  }

  // --- internals of configuration

  private writeNeuronCodes(n: number, codes: NeuronCodes): void {
    for (const k of NEURON_PARAM_NAMES) this.capmem[NEURON_PARAMS[k].row * CAPMEM_COLS + n] = codes[k];
  }

  private writeCapmem(row: number, col: number, code: number): void {
    const i = row * CAPMEM_COLS + col;
    if (this.capmem[i] === code) return;
    this.capmem[i] = code;
    if (col === SHARED_COL) {
      if (row === SHARED_PARAMS.reset.row) for (let n = 0; n < N_NEURONS; n++) this.reparameterise(n);
      else if (row >= 1 && row <= 4) this.applyCorrelationParams();
    } else if (row <= 8) this.reparameterise(col);
  }

  /** New parameters for neuron n from the current cycle on: V, a, b continue from their values now. */
  private reparameterise(n: number): void {
    const nr = this.neurons;
    nr.reanchor(n, this.now);
    this.applyNeuronParams(n);
    if (nr.isRefractory(n)) nr.V0[n] = nr.reset[n]!;
    nr.predict(n);
  }

  private applyNeuronParams(n: number): void {
    const p = this.pattern;
    const m = this.model.neuron; // (factors of 1 leave every bit as it is)
    const code = (row: number) => this.capmem[row * CAPMEM_COLS + n]!;
    const P = NEURON_PARAMS;
    const resetCode = this.capmem[SHARED_PARAMS.reset.row * CAPMEM_COLS + SHARED_COL]!;
    this.neurons.setParams(n, {
      leak: P.leak.toValue(code(P.leak.row)) * p.leakGain[n]! + p.leakOffset[n]!,
      threshold: P.threshold.toValue(code(P.threshold.row)) * p.thresholdGain[n]! + p.thresholdOffset[n]!,
      reset: SHARED_PARAMS.reset.toValue(resetCode) * p.resetGain[n]! + p.resetOffset[n]!,
      tauMem: P.tauMem.toValue(code(P.tauMem.row)) * p.tauMem[n]! * CLOCK_HZ * m.tauMemScale,
      tauExc: P.tauExc.toValue(code(P.tauExc.row)) * p.tauExc[n]! * CLOCK_HZ * m.tauExcScale,
      tauInh: P.tauInh.toValue(code(P.tauInh.row)) * p.tauInh[n]! * CLOCK_HZ * m.tauInhScale,
      gainExc: (P.gainExc.toValue(code(P.gainExc.row)) * p.gainExc[n]!) / CLOCK_HZ,
      gainInh: (P.gainInh.toValue(code(P.gainInh.row)) * p.gainInh[n]!) / CLOCK_HZ,
      offset: (P.offsetCurrent.toValue(code(P.offsetCurrent.row)) * p.offsetCurrent[n]!) / CLOCK_HZ,
      refractory: refractoryCycles(P.refractory.toValue(code(P.refractory.row)) * p.refractory[n]! * m.refractoryScale),
    });
  }

  private applyCorrelationParams(): void {
    const S = SHARED_PARAMS;
    const code = (row: number) => this.capmem[row * CAPMEM_COLS + SHARED_COL]!;
    const aC = S.corrAmpCausal.toValue(code(S.corrAmpCausal.row));
    const aA = S.corrAmpAnticausal.toValue(code(S.corrAmpAnticausal.row));
    const tC = S.corrTauCausal.toValue(code(S.corrTauCausal.row)) * CLOCK_HZ;
    const tA = S.corrTauAnticausal.toValue(code(S.corrTauAnticausal.row)) * CLOCK_HZ;
    const p = this.pattern;
    for (let i = 0; i < N_SYNAPSES; i++) {
      this.ampC[i] = aC * p.corrAmpCausal[i]!;
      this.ampA[i] = aA * p.corrAmpAnticausal[i]!;
      this.rateC[i] = 1 / (tC * p.corrTauCausal[i]!);
      this.rateA[i] = 1 / (tA * p.corrTauAnticausal[i]!);
    }
  }

  private writeAddress(i: number, a: number): void {
    const row = (i / N_NEURONS) | 0;
    const bit = 1 << (i % N_NEURONS);
    const old = this.addresses[i]!;
    this.addrMask[row * (ADDRESS_MAX + 1) + old] = (this.addrMask[row * (ADDRESS_MAX + 1) + old]! & ~bit) >>> 0;
    this.addresses[i] = a;
    this.addrMask[row * (ADDRESS_MAX + 1) + a] = (this.addrMask[row * (ADDRESS_MAX + 1) + a]! | bit) >>> 0;
  }

  private rebuildAddrMask(): void {
    this.addrMask.fill(0);
    for (let i = 0; i < N_SYNAPSES; i++) {
      const row = (i / N_NEURONS) | 0;
      const k = row * (ADDRESS_MAX + 1) + this.addresses[i]!;
      this.addrMask[k] = (this.addrMask[k]! | (1 << (i % N_NEURONS))) >>> 0;
    }
  }

  private updateEnabledRows(): void {
    let m = 0;
    for (let r = 0; r < N_ROWS; r++) if (this.driverMode[r] === 1 || this.driverMode[r] === 2) m |= 1 << r;
    this.enabledRows = m >>> 0;
  }

  private applyRouterRows(): void {
    for (let n = 0; n < N_NEURONS; n++) this.routerRows[n] = this.router.rows[n]! >>> 0;
  }

  private matrix(a: Uint8Array): number[][] {
    return Array.from({ length: N_ROWS }, (_, r) => Array.from(a.subarray(r * N_NEURONS, (r + 1) * N_NEURONS)));
  }

  // =========================================================================================
  // Readouts (host view; at the current cycle)
  // =========================================================================================

  /** Digitised correlation of synapse i as the ADC gives it. */
  private digitise(volts: number, offset: number): number {
    const v = Math.round(volts * ADC_SCALE + offset);
    return v <= 0 ? 0 : v > ADC_MAX ? ADC_MAX : v; // (<= so that -0 reads as 0)
  }

  causalCode(row: number, col: number): number {
    const i = row * N_NEURONS + col;
    return this.digitise(this.causal[i]!, this.pattern.adcOffsetCausal[i]!);
  }

  anticausalCode(row: number, col: number): number {
    const i = row * N_NEURONS + col;
    return this.digitise(this.anticausal[i]!, this.pattern.adcOffsetAnticausal[i]!);
  }

  /** Membrane voltage of neuron n at the current cycle. */
  membrane(n: number): number {
    this.neurons.evaluate(n, this.now);
    return this.neurons.v;
  }

  /** Physical parameters in force (mismatch included). Diagnostics only: hardware hides these. */
  effectiveParameters(): EffectiveNeuron[] {
    const nr = this.neurons;
    return Array.from({ length: N_NEURONS }, (_, n) => ({
      leak: nr.leak[n]!,
      threshold: nr.threshold[n]!,
      reset: nr.reset[n]!,
      tauMem: 1 / nr.alpha[n]! / CLOCK_HZ,
      tauExc: 1 / nr.beta[n]! / CLOCK_HZ,
      tauInh: 1 / nr.gamma[n]! / CLOCK_HZ,
      gainExc: nr.gainExc[n]! * CLOCK_HZ,
      gainInh: nr.gainInh[n]! * CLOCK_HZ,
      offsetCurrent: nr.offset[n]! * CLOCK_HZ,
      refractoryCycles: nr.refractory[n]!,
    }));
  }

  /** Spikes recorded so far, as (cycle, neuron) pairs in time order. */
  spikeList(): { cycle: number; neuron: number }[] {
    const out: { cycle: number; neuron: number }[] = [];
    for (let i = 0; i < this.spikes.count; i++) out.push({ cycle: this.spikes.cycles[i]!, neuron: this.spikes.neurons[i]! });
    return out;
  }

  /** Record V of `neurons` every `period` cycles, from `start` (default: the current cycle). */
  recordMembrane(neurons: readonly number[], period: number, start = this.now): void {
    neurons.forEach((n, i) => checkInt(`membrane neurons[${i}]`, n, 0, N_NEURONS - 1));
    checkInt('membrane sample period', period, 1, Number.MAX_SAFE_INTEGER);
    checkInt('membrane sample start', start, this.now, Number.MAX_SAFE_INTEGER);
    this.sampleNeurons = [...neurons];
    this.samplePeriod = period;
    this.sampleNext = neurons.length ? start : Infinity;
    this.sampleCount = 0;
    this.sampleCycles = new Float64Array(0);
    this.sampleValues = new Float64Array(0);
  }

  membraneRecord(): MembraneRecord {
    const w = this.sampleNeurons.length;
    return {
      neurons: [...this.sampleNeurons],
      cycles: this.sampleCycles.slice(0, this.sampleCount),
      values: this.sampleValues.slice(0, this.sampleCount * w),
    };
  }

  snapshot(): ChipSnapshot {
    const nr = this.neurons;
    const membrane: number[] = [];
    const exc: number[] = [];
    const inh: number[] = [];
    const refr: boolean[] = [];
    for (let n = 0; n < N_NEURONS; n++) {
      nr.evaluate(n, this.now);
      membrane.push(nr.v);
      exc.push(nr.a * CLOCK_HZ);
      inh.push(nr.b * CLOCK_HZ);
      refr.push(this.now < nr.refrEnd[n]!);
    }
    const grid = (f: (r: number, c: number) => number) => Array.from({ length: N_ROWS }, (_, r) => Array.from({ length: N_NEURONS }, (_, c) => f(r, c)));
    return {
      cycle: this.now,
      membrane,
      excCurrent: exc,
      inhCurrent: inh,
      refractory: refr,
      weights: this.matrix(this.weights),
      addresses: this.matrix(this.addresses),
      causal: grid((r, c) => this.causalCode(r, c)),
      anticausal: grid((r, c) => this.anticausalCode(r, c)),
      causalVolts: grid((r, c) => this.causal[r * N_NEURONS + c]!),
      anticausalVolts: grid((r, c) => this.anticausal[r * N_NEURONS + c]!),
      rateCounters: Array.from(this.rateCounters),
      spikeCount: this.spikes.count,
    };
  }

  // =========================================================================================
  // ChipPort: the PPU's buses
  // =========================================================================================

  private busError(kind: BusAccess['kind'], addr: number, cycle: number, reason: string): void {
    this.stats.busErrors++;
    if (this.busErrorLog.length < BUS_ERROR_LOG) this.busErrorLog.push({ kind, addr: addr >>> 0, cycle, reason });
  }

  busRead(addr: number, size: 1 | 2 | 4, cycle: number): number {
    const t = this.sync(cycle);
    const a = addr >>> 0;
    const word = this.readRegister((a & ~3) >>> 0, t);
    let v: number;
    if (size === 4) v = word;
    else if (size === 2) v = (word >>> (16 - 8 * (a & 2))) & 0xffff;
    else v = (word >>> (24 - 8 * (a & 3))) & 0xff;
    if (this.onBusAccess) this.onBusAccess({ kind: 'busRead', addr: a, cycle: t, value: v >>> 0, size });
    return v | 0;
  }

  busWrite(addr: number, value: number, size: 1 | 2 | 4, cycle: number): void {
    const t = this.sync(cycle);
    const a = addr >>> 0;
    if (this.onBusAccess) this.onBusAccess({ kind: 'busWrite', addr: a, cycle: t, value: value >>> 0, size });
    if (size !== 4) {
      this.busError('busWrite', a, t, `${size}-byte write (the chip's registers take 32-bit writes)`);
      return;
    }
    this.writeRegister(a, value >>> 0, t);
  }

  private readRegister(a: number, t: number): number {
    if (a >= BUS.RATE && a < BUS.RATE_ENABLE) {
      const n = (a - BUS.RATE) >>> 2;
      const v = this.rateCounters[n]!;
      if (this.rateClearOnRead) this.rateCounters[n] = 0;
      return v;
    }
    if (a === BUS.RATE_ENABLE) return this.rateEnable | 0;
    if (a === BUS.RATE_CONFIG) return this.rateClearOnRead ? 1 : 0;
    if (a >= BUS.DRIVER && a < BUS.DRIVER + 4 * N_ROWS) {
      const r = (a - BUS.DRIVER) >>> 2;
      return this.driverMode[r]! | (this.driverPulse[r]! << DRIVER_PULSE_SHIFT);
    }
    if (a >= BUS.INJECT && a < BUS.INJECT + 4 * (ADDRESS_MAX + 1)) return 0;
    if (a >= BUS.CAPMEM && a < CAPMEM_END) {
      const k = (a - BUS.CAPMEM) >>> 2;
      const row = (k / CAPMEM_STRIDE) | 0;
      const col = k % CAPMEM_STRIDE;
      if (col < CAPMEM_COLS) return this.capmem[row * CAPMEM_COLS + col]!;
    }
    this.busError('busRead', a, t, 'unmapped address');
    return 0;
  }

  private writeRegister(a: number, v: number, t: number): void {
    if (a >= BUS.RATE && a < BUS.RATE_ENABLE) {
      this.rateCounters[(a - BUS.RATE) >>> 2] = v & RATE_COUNTER_MAX;
      return;
    }
    if (a === BUS.RATE_ENABLE) {
      this.rateEnable = v >>> 0;
      return;
    }
    if (a === BUS.RATE_CONFIG) {
      this.rateClearOnRead = (v & 1) !== 0;
      return;
    }
    if (a >= BUS.DRIVER && a < BUS.DRIVER + 4 * N_ROWS) {
      const r = (a - BUS.DRIVER) >>> 2;
      const m = v & 3;
      this.driverMode[r] = m === 3 ? 0 : m;
      this.driverPulse[r] = (v >>> DRIVER_PULSE_SHIFT) & PULSE_MAX;
      this.updateEnabledRows();
      return;
    }
    if (a >= BUS.INJECT && a < BUS.INJECT + 4 * (ADDRESS_MAX + 1)) {
      this.heap.push(t + this.injectionLatency, (a - BUS.INJECT) >>> 2, v >>> 0);
      return;
    }
    if (a >= BUS.CAPMEM && a < CAPMEM_END) {
      const k = (a - BUS.CAPMEM) >>> 2;
      const row = (k / CAPMEM_STRIDE) | 0;
      const col = k % CAPMEM_STRIDE;
      if (col < CAPMEM_COLS) {
        this.writeCapmem(row, col, v & CODE_MAX);
        return;
      }
    }
    this.busError('busWrite', a, t, 'unmapped address');
  }

  private vtBase = 0;
  private vtFirst = 0;

  /** Decode a synapse I/O address into vtBase (region) and vtFirst (first synapse); false if unmapped. */
  private vecTarget(addr: number): boolean {
    const a = ((addr >>> 0) & ~(VEC_BUFFER_ENABLE | VEC_TEST)) >>> 0;
    if (a > 0xffff) return false;
    const idx = a & 0xfff;
    if (idx >= 2 * N_ROWS) return false;
    this.vtBase = a & 0xf000;
    this.vtFirst = (idx >> 1) * N_NEURONS + (idx & 1) * 16;
    return true;
  }

  vecRead(addr: number, out: Uint8Array, cycle: number): void {
    const t = this.sync(cycle);
    out.fill(0);
    if (!this.vecTarget(addr)) this.busError('vecRead', addr, t, 'unmapped synapse I/O address');
    else {
      const f = this.vtFirst;
      const p = this.pattern;
      switch (this.vtBase) {
        case VEC.WEIGHTS:
          for (let i = 0; i < 16; i++) out[i] = this.weights[f + i]!;
          break;
        case VEC.ADDRESSES:
          for (let i = 0; i < 16; i++) out[i] = this.addresses[f + i]!;
          break;
        case VEC.CAUSAL:
          for (let i = 0; i < 16; i++) out[i] = this.digitise(this.causal[f + i]!, p.adcOffsetCausal[f + i]!);
          break;
        case VEC.ANTICAUSAL:
          for (let i = 0; i < 16; i++) out[i] = this.digitise(this.anticausal[f + i]!, p.adcOffsetAnticausal[f + i]!);
          break;
        case VEC.CAUSAL_RESET:
        case VEC.ANTICAUSAL_RESET:
          break;
        default:
          this.busError('vecRead', addr, t, 'unmapped synapse I/O region');
      }
    }
    if (this.onBusAccess) this.onBusAccess({ kind: 'vecRead', addr: addr >>> 0, cycle: t, data: Array.from(out) });
  }

  vecWrite(addr: number, data: Uint8Array, mask: number, cycle: number): void {
    const t = this.sync(cycle);
    if (this.onBusAccess) this.onBusAccess({ kind: 'vecWrite', addr: addr >>> 0, cycle: t, data: Array.from(data), mask });
    if (!this.vecTarget(addr)) {
      this.busError('vecWrite', addr, t, 'unmapped synapse I/O address');
      return;
    }
    const f = this.vtFirst;
    switch (this.vtBase) {
      case VEC.WEIGHTS:
        for (let i = 0; i < 16; i++) if (mask & (1 << i)) this.weights[f + i] = data[i]! & WEIGHT_MAX;
        return;
      case VEC.ADDRESSES:
        for (let i = 0; i < 16; i++) if (mask & (1 << i)) this.writeAddress(f + i, data[i]! & ADDRESS_MAX);
        return;
      case VEC.CAUSAL_RESET:
        for (let i = 0; i < 16; i++) if (mask & (1 << i)) this.causal[f + i] = 0;
        return;
      case VEC.ANTICAUSAL_RESET:
        for (let i = 0; i < 16; i++) if (mask & (1 << i)) this.anticausal[f + i] = 0;
        return;
      case VEC.CAUSAL:
      case VEC.ANTICAUSAL:
        this.busError('vecWrite', addr, t, 'correlation is read-only (write to the reset region)');
        return;
      default:
        this.busError('vecWrite', addr, t, 'unmapped synapse I/O region');
    }
  }
}
