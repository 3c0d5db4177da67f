// The host side of an on-chip outer loop: one emulated chip runs es.dsl, ce.dsl or sa.dsl for the
// whole optimisation; the host only configures it, streams the tasks into the two mailbox slots
// and reads the log back. The system runs in chunks of cycles (DlsSystem.runUntil); between
// chunks the host serves the mailbox: it reads new log entries and fills every slot the PPU has
// freed. A host that serves late (long chunks, or skipping chunks) only makes the PPU sleep
// longer: the results do not change (the inner loop runs on a fixed time grid after a quiet
// period, inner.dsl), which test/l2l/onchip-protocol.test.ts checks.

import { DlsSystem, MAILBOX_BASE, type ChipConfigInput } from '../../../host/controller.js';
import {
  decodeLogEntry,
  DIMENSION_MAX,
  encodeSettings,
  individualsPerGeneration,
  KIND_CODE,
  LOG_WORDS,
  OFF,
  ONCHIP_MAGIC,
  pointToQ16,
  POP_MAX,
  Q16,
  SLOT_BYTES,
  STATUS,
  type LogEntry,
  type OnChipSettings,
  type OnChipTiming,
} from './protocol.js';

/** A task as the host streams it: its binary form (docs/tasks.md) and the agent's seed. */
export interface StreamedTask {
  readonly bytes: Uint8Array;
  readonly agent: number;
}

export interface OnChipRunOptions {
  /** The compiled program (flat binary at address 0) for settings.kind. */
  readonly program: Uint8Array;
  readonly settings: OnChipSettings;
  /** Seed of the PPU's random stream. */
  readonly seed: number;
  readonly dimension: number;
  /** Starting points in the unit box (ES: one, the centre; CE, SA: one per individual), or null: the PPU draws them. */
  readonly initial: readonly (readonly number[])[] | null;
  /** The fixed trace decay lambda as a Q0.7 code. */
  readonly lambdaCode: number;
  readonly timing: OnChipTiming;
  /** The fitness: the inner loop on streamed tasks, or a quadratic the PPU computes. */
  readonly fitness:
    | { readonly kind: 'tasks'; readonly perEvaluation: number; readonly steps: number; readonly task: (n: number) => StreamedTask }
    | { readonly kind: 'quadratic'; readonly target: readonly number[]; readonly scale: number };
  /** The chip (the inner loop's network), or its configuration. */
  readonly chip?: ChipConfigInput;
  /** For messages about traps: the DSL source of a PC. */
  readonly sourceOf?: (pc: number) => string | undefined;
}

/** What a finished or running on-chip run has done so far. */
export interface OnChipProgress {
  readonly generation: number;
  readonly episodes: number;
  readonly tasksWritten: number;
  readonly cycle: number;
}

export class OnChipRun {
  readonly sys: DlsSystem;
  readonly entries: LogEntry[] = [];
  readonly generations: number;
  readonly population: number;
  /** Individuals evaluated per generation (every log entry has this many fitnesses). */
  readonly individuals: number;
  /** Tasks the run consumes (0 with the quadratic). */
  readonly totalTasks: number;
  private tasksWritten = 0;
  private finished = false;
  /** Times the host found a slot free but had not filled it yet (it came late). */
  slotFills = 0;

  constructor(private readonly o: OnChipRunOptions) {
    const { params, generations, population } = encodeSettings(o.settings);
    this.generations = generations;
    this.population = population;
    this.individuals = individualsPerGeneration(o.settings);
    if (!(o.dimension >= 1 && o.dimension <= DIMENSION_MAX)) throw new Error(`on-chip run: dimension ${o.dimension} outside 1..${DIMENSION_MAX}`);
    const f = o.fitness;
    this.totalTasks = f.kind === 'tasks' ? generations * f.perEvaluation : 0;
    const sys = new DlsSystem(o.chip ? { chip: o.chip } : {});
    this.sys = sys;
    sys.loadBytes(o.program, 0);
    const w = (off: number, v: number) => sys.writeMailboxWord(off, v >>> 0);
    w(OFF.magic, ONCHIP_MAGIC);
    w(OFF.status, STATUS.before);
    w(OFF.optimizer, KIND_CODE[o.settings.kind]);
    w(OFF.mode, f.kind === 'tasks' ? 0 : 1);
    w(OFF.seed, o.seed);
    w(OFF.generations, generations);
    w(OFF.population, population);
    w(OFF.tasksPerEvaluation, f.kind === 'tasks' ? f.perEvaluation : 0);
    w(OFF.steps, f.kind === 'tasks' ? f.steps : 0);
    w(OFF.dimension, o.dimension);
    w(OFF.initMode, o.initial ? 1 : 0);
    sys.writeMailbox(OFF.lambda, Uint8Array.of(o.lambdaCode & 0xff, 0, 0, 0));
    params.forEach((v, i) => w(OFF.params + 4 * i, v));
    const t = o.timing;
    w(OFF.injectCount, t.injectCount);
    w(OFF.injectInterval, t.injectInterval);
    w(OFF.settle, t.settle);
    w(OFF.stepCycles, t.stepCycles);
    w(OFF.restCycles, t.restCycles);
    w(OFF.pollCycles, t.pollCycles);
    if (f.kind === 'quadratic') {
      w(OFF.quadScale, f.scale);
      pointToQ16(f.target).forEach((v, k) => w(OFF.quadTarget + 4 * k, v));
    }
    for (const off of [OFF.slotSeq, OFF.slotSeq + 4, OFF.slotAgent, OFF.slotAgent + 4, OFF.tasksReleased, OFF.logWritten, OFF.logRead, OFF.generation, OFF.episodes, OFF.overruns, OFF.busyMax]) w(off, 0);
    if (o.initial) {
      if (o.initial.length > POP_MAX) throw new Error(`on-chip run: ${o.initial.length} starting points, the PPU holds ${POP_MAX}`);
      o.initial.forEach((x, i) => {
        if (x.length !== o.dimension) throw new Error(`on-chip run: starting point ${i} has ${x.length} values, dimension is ${o.dimension}`);
        pointToQ16(x).forEach((v, k) => w(OFF.init + 4 * (i * o.dimension + k), v));
      });
    }
    // The step grid is aligned to the chip's clock from cycle 0: start the PPU there.
    if (sys.cycle !== 0) throw new Error('on-chip run: the chip must start at cycle 0');
    sys.startPpu();
  }

  get done(): boolean {
    return this.finished;
  }

  get status(): number {
    return this.sys.readMailboxWord(OFF.status) | 0;
  }

  progress(): OnChipProgress {
    return { generation: this.sys.readMailboxWord(OFF.generation) | 0, episodes: this.sys.readMailboxWord(OFF.episodes) | 0, tasksWritten: this.tasksWritten, cycle: this.sys.cycle };
  }

  /**
   * Runs the chip for `cycles` more cycles, then (unless `serve` is false) serves the mailbox.
   * Returns the log entries that arrived. Throws if the program stopped without finishing.
   */
  advance(cycles: number, serve = true): LogEntry[] {
    if (this.finished) return [];
    const r = this.sys.runUntil(this.sys.cycle + cycles);
    if (r.halt) {
      const out = this.serve();
      this.checkEnd(r.halt);
      return out;
    }
    return serve ? this.serve() : [];
  }

  /** Reads new log entries and fills every free slot (the host's whole job). */
  serve(): LogEntry[] {
    const status = this.status;
    if (status < 0) this.refused(status);
    const out: LogEntry[] = [];
    const written = this.sys.readMailboxWord(OFF.logWritten) | 0;
    let read = this.sys.readMailboxWord(OFF.logRead) | 0;
    while (read < written) {
      const base = OFF.log[read % 2]!;
      const words = Array.from({ length: LOG_WORDS }, (_, i) => this.sys.readMailboxWord(base + 4 * i));
      const where = `on-chip log entry ${read} (mailbox 0x${(MAILBOX_BASE + base).toString(16)})`;
      const e = decodeLogEntry(words, this.o.dimension, where);
      if (e.generation !== this.entries.length) throw new Error(`${where}, word 0 (generation): ${e.generation}, expected ${this.entries.length}`);
      if (e.individuals !== this.individuals) throw new Error(`${where}, word 1 (individuals): ${e.individuals}, this run has ${this.individuals} per generation`);
      this.entries.push(e);
      out.push(e);
      read++;
      this.sys.writeMailboxWord(OFF.logRead, read);
    }
    const f = this.o.fitness;
    if (f.kind === 'tasks' && status >= STATUS.running) {
      const released = this.sys.readMailboxWord(OFF.tasksReleased) | 0;
      // Task n goes into slot n % 2 once task n - 2 (the slot's last task) is released.
      while (this.tasksWritten < this.totalTasks && this.tasksWritten <= released + 1) {
        const n = this.tasksWritten;
        const t = f.task(n);
        if (t.bytes.length > SLOT_BYTES) throw new Error(`on-chip run: task ${n} needs ${t.bytes.length} bytes, a slot holds ${SLOT_BYTES}`);
        const slot = n % 2;
        this.sys.writeMailbox(OFF.slots[slot]!, t.bytes);
        this.sys.writeMailboxWord(OFF.slotAgent + 4 * slot, t.agent >>> 0);
        // The sequence word last: it tells the PPU the slot is complete.
        this.sys.writeMailboxWord(OFF.slotSeq + 4 * slot, n + 1);
        this.tasksWritten++;
        this.slotFills++;
      }
    }
    return out;
  }

  private checkEnd(halt: { reason: string; pc?: number; cause?: string }): void {
    const status = this.status;
    if (halt.reason === 'trap') {
      const where = halt.pc !== undefined ? this.o.sourceOf?.(halt.pc) : undefined;
      throw new Error(`the on-chip ${this.o.settings.kind.toUpperCase()} program trapped${halt.cause ? ` (${halt.cause})` : ''} at 0x${(halt.pc ?? 0).toString(16)}${where ? `: ${where}` : ''}`);
    }
    if (status < 0) this.refused(status);
    if (status !== STATUS.done) throw new Error(`the on-chip program stopped (${halt.reason}) with status ${status}`);
    if (this.entries.length !== this.generations) throw new Error(`the on-chip program finished after ${this.entries.length} of ${this.generations} generations`);
    this.finished = true;
  }

  private refused(status: number): never {
    const why = status === STATUS.badMagic ? 'the mailbox layout is not L2LC version 1' : status === STATUS.wrongOptimizer ? `the program is not the ${this.o.settings.kind.toUpperCase()} program` : 'the population or dimension does not fit the program';
    throw new Error(`the on-chip program refused the run: ${why} (status ${status})`);
  }

  /** Runs to the end in chunks of `chunk` cycles. */
  runToEnd(chunk = 1 << 22, maxCycles = Number.MAX_SAFE_INTEGER): LogEntry[] {
    while (!this.finished) {
      if (this.sys.cycle > maxCycles) throw new Error(`the on-chip run did not finish within ${maxCycles} cycles`);
      this.advance(chunk);
    }
    return this.entries;
  }

  /** The same, letting the event loop in between chunks (timers, worker threads' messages). */
  async runToEndAsync(chunk = 1 << 22, maxCycles = Number.MAX_SAFE_INTEGER): Promise<LogEntry[]> {
    while (!this.finished) {
      if (this.sys.cycle > maxCycles) throw new Error(`the on-chip run did not finish within ${maxCycles} cycles`);
      this.advance(chunk);
      await new Promise((r) => setImmediate(r));
    }
    return this.entries;
  }

  /** Cycle at which the program ended (or now, while it runs). */
  get endCycle(): number {
    return this.sys.ppuHalt?.cycle ?? this.sys.cycle;
  }
}

/** The fitness of a raw PPU fitness value in the host's units (mean reward per episode; quadratic: itself). */
export function fitnessValue(raw: number, fitness: OnChipRunOptions['fitness']): number {
  return fitness.kind === 'tasks' ? raw / 128 / fitness.perEvaluation : raw / Q16;
}
