// The PPU core: architectural state, the block runner, interrupts, timers and system calls.
// Instructions run as compiled blocks (exec/codegen.ts); everything that is not per-instruction
// (interrupt entry, the decrementer and fixed-interval timer, wait, the branch cache, sc) lives
// here. Cycle numbers count from reset (cycle 0); the time base equals the cycle number unless
// software writes it.

import { BranchCache } from './branch-cache.js';
import { faultFor, interruptClass, MSR, PpuFault, VECTORS, type FaultCause, type InterruptKind } from './exceptions.js';
import { collectBlock, generateBlock, MAX_BLOCK } from './exec/codegen.js';
import { createHelpers, HELPER_NAMES, type Helpers } from './exec/helpers.js';
import { MSR_SLOT } from './exec/resources.js';
import type { Category } from './isa/index.js';
import type { ChipPort } from './io.js';
import { Sram } from './memory.js';
import { FIT_PERIODS, PVR_VALUE, SPR, TCR, TSR } from './spr.js';
import { VectorUnit } from './vector/unit.js';
import { NUX_TIMING, timingKey, type PpuTimingParams } from './timing-params.js';

export interface Profile {
  readonly name: 'dls' | 'linux-user';
  readonly categories: ReadonlySet<Category>;
  /** Misaligned scalar accesses are done byte by byte (else: alignment interrupt). */
  readonly misaligned: boolean;
  /** Addresses with the top bit set go to the chip's scalar bus. */
  readonly bus: boolean;
  /** `sc` performs Linux system calls (exit, write). */
  readonly linuxSyscalls: boolean;
  /** SPR 268/269 read 0, as measured on the core's RTL (284/285 read the time base). */
  readonly legacyTbZero: boolean;
  /** Interrupts go to the branch table at address 0 (else they end the program like a signal). */
  readonly vectors: boolean;
}

export const PROFILES: Readonly<Record<'dls' | 'linux-user', Profile>> = {
  dls: {
    name: 'dls',
    categories: new Set<Category>(['base', 'embedded', 'wait', 'fxv']),
    misaligned: false, bus: true, linuxSyscalls: false, legacyTbZero: true, vectors: true,
  },
  'linux-user': {
    name: 'linux-user',
    // The 440 has no wait instruction (qemu-ppc -cpu 440 raises SIGILL for it).
    categories: new Set<Category>(['base', 'embedded', 'lma', 'lmv']),
    misaligned: true, bus: false, linuxSyscalls: true, legacyTbZero: false, vectors: false,
  },
};

export const DLS_MEMORY_SIZE = 16 * 1024;
export const MAILBOX_BASE = 0x3000;

export type HaltReason = 'wait' | 'exit' | 'trap' | 'limit';

export interface HaltInfo {
  reason: HaltReason;
  /** Cycle count at the halt (the time base without software writes). */
  cycle: number;
  exitCode?: number;
  /** For 'trap': the faulting instruction, its word and why. */
  pc?: number;
  word?: number;
  cause?: FaultCause;
}

export interface PpuOptions {
  profile?: 'dls' | 'linux-user' | Profile;
  /** Separate instruction and data memories of the same size (the core's test benches). */
  splitMemory?: boolean;
  memoryBase?: number;
  memorySize?: number;
  port?: ChipPort | null;
  /** Output of the linux-user `write` system call. */
  write?: (fd: number, bytes: Uint8Array) => void;
  /** Cycle-model parameters (default: the measured model, NUX_TIMING). */
  timing?: PpuTimingParams;
}

type BlockFn = (cpu: Ppu) => void;
type BlockFactory = (...helpers: unknown[]) => BlockFn;

const PAGE_BITS = 12;
const PAGE_WORDS = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_WORDS - 1;

interface BlockPage {
  fns: (BlockFn | undefined)[];
  /** Single-instruction blocks, used near events (they check for events themselves). */
  singles: (BlockFn | undefined)[];
  /** Per block start: cycles the block can take at most, or -1 if it checks events itself. */
  bounds: Float64Array;
}

/** Generated block functions shared by all cores in this process, by profile, size, pc and words. */
const BLOCK_CACHE = new Map<string, { factory: BlockFactory; bound: number }>();
const BLOCK_CACHE_LIMIT = 50_000;

export class Ppu {
  readonly profile: Profile;
  readonly imem: Sram;
  readonly dmem: Sram;
  port: ChipPort | null;
  readonly vec: VectorUnit;
  /** Cycle-model parameters in force (setTiming changes them). */
  timing: PpuTimingParams = NUX_TIMING;
  private timingId = '';
  private readonly writeOut: (fd: number, bytes: Uint8Array) => void;

  // --- architectural state
  readonly gpr = new Int32Array(32);
  cr = 0;
  ca = 0;
  ov = 0;
  so = 0;
  /** XER bits 25..31 (byte count of dlmzb / string instructions). */
  xerBytes = 0;
  lr = 0;
  ctr = 0;
  msr = 0;
  srr0 = 0;
  srr1 = 0;
  csrr0 = 0;
  csrr1 = 0;
  mcsrr0 = 0;
  mcsrr1 = 0;
  dear = 0;
  esr = 0;
  ivpr = 0;
  usprg0 = 0;
  readonly sprg = new Int32Array(8);
  tcr = 0;
  tsr = 0;
  decar = 0;
  /** lwarx reservation address, or -1. */
  resv = -1;
  pc = 0;

  // --- timers (evaluated lazily from the cycle number)
  private decSetCycle = 0;
  private decSetValue = 0;
  private decNext = Infinity;
  private fitNext = Infinity;
  private decFiredAt = -Infinity;
  private fitFiredAt = -Infinity;
  private tbOffset = 0;

  // --- timing state (docs/timing.md)
  /** Issue cycle of the last instruction. */
  t = 0;
  /** Earliest issue cycle of the next instruction. */
  nm = 3;
  /** Cycle by which all pending scalar writes are done (for sync). */
  wd = 0;
  /** Next cycle at which the block code must stop (timer interrupt, cycle limit, code change). */
  evt = Infinity;
  /** Candidate issue cycle of the instruction at which the block stopped for an event. */
  tNext = 0;
  readonly rdy = new Float64Array(32);
  readonly crRdy = new Float64Array(8);
  readonly sprRdy = new Float64Array(MSR_SLOT + 1);
  readonly ws = new Float64Array(8).fill(-1);
  /** Issue cycles of the last four instructions, i1 the most recent (branch-cache lookups). */
  i1 = -10;
  i2 = -10;
  i3 = -10;
  i4 = -10;
  /** Issue cycle of the last instruction that wrote a register (sync waits for it). */
  lw = -10;
  /** Instructions since the last redirect target (0: the next instruction is one). */
  d = 0;
  /** RF cycle of the last redirect; its target issues 4 cycles later at the earliest. */
  rcyc = -1;
  readonly bc: BranchCache;

  // --- run state
  icount = 0;
  halted: HaltInfo | null = null;
  sleeping = false;
  private sleepFrom = 0;
  private waitPc = 0;
  private limit = Infinity;
  private eventExit = false;
  private codeChanged = false;
  private blockPc = 0;
  /**
   * Compiled blocks by start word, in pages of 4096 words allocated where code runs (a linux-user
   * window spans megabytes, most of it stack; one flat array that size would be a slow
   * dictionary-mode array).
   */
  private pages: (BlockPage | undefined)[];
  /** Instructions per compiled block; 1 gives a precise per-instruction view (tracing). */
  private maxBlock = MAX_BLOCK;
  /** Called after every block (with maxBlock 1: after every instruction). */
  private afterBlock: ((cpu: Ppu, pc: number) => void) | null = null;
  private readonly helpers: Helpers;
  private readonly helperValues: unknown[];

  constructor(opts: PpuOptions = {}) {
    const p = opts.profile ?? 'dls';
    this.profile = typeof p === 'string' ? PROFILES[p] : p;
    const base = opts.memoryBase ?? 0;
    const size = opts.memorySize ?? DLS_MEMORY_SIZE;
    this.imem = new Sram(base, size);
    this.dmem = opts.splitMemory ? new Sram(base, size) : this.imem;
    this.port = opts.port ?? null;
    this.writeOut = opts.write ?? (() => {});
    this.vec = new VectorUnit(this);
    this.bc = new BranchCache(base, size / 4);
    this.pages = [];
    this.helpers = createHelpers(this);
    this.helperValues = HELPER_NAMES.map((k) => (this.helpers as Record<string, unknown>)[k]);
    if (opts.timing) this.setTiming(opts.timing);
    this.reset();
  }

  /** Use other cycle-model parameters from now on (compiled code is dropped if they differ). */
  setTiming(timing: PpuTimingParams): void {
    const id = timingKey(timing);
    this.timing = timing;
    this.vec.pipeline.configure(timing.vector);
    if (id !== this.timingId) {
      this.timingId = id;
      this.invalidateCode();
      // The timing memo recorded the old delays' answers.
      this.vec.memo.forget();
    }
  }

  /**
   * Reset the core (memory contents stay; the host loads programs separately). With `keepCode`,
   * compiled code survives when the host has not changed any instruction word it covers (a host
   * that reloads the same program into many runs keeps the engine's optimised code).
   */
  reset(keepCode = false): void {
    this.gpr.fill(0);
    this.cr = this.ca = this.ov = this.so = this.xerBytes = 0;
    this.lr = this.ctr = this.msr = 0;
    this.srr0 = this.srr1 = this.csrr0 = this.csrr1 = this.mcsrr0 = this.mcsrr1 = 0;
    this.dear = this.esr = this.ivpr = this.usprg0 = 0;
    this.sprg.fill(0);
    this.tcr = this.tsr = this.decar = 0;
    this.resv = -1;
    this.pc = 0;
    this.decSetCycle = 0;
    this.decSetValue = 0;
    this.decNext = Infinity;
    this.fitNext = Infinity;
    this.decFiredAt = -Infinity;
    this.fitFiredAt = -Infinity;
    this.tbOffset = 0;
    this.t = 0;
    this.nm = 3; // the first instruction issues in cycle 3
    this.wd = 0;
    this.rdy.fill(0);
    this.crRdy.fill(0);
    this.sprRdy.fill(0);
    this.ws.fill(-1);
    this.i1 = this.i2 = this.i3 = this.i4 = this.lw = -10;
    this.d = 0;
    this.rcyc = -1;
    this.bc.reset();
    this.vec.reset();
    this.icount = 0;
    this.halted = null;
    this.sleeping = false;
    if (!keepCode || this.imem.codeDirty) this.invalidateCode();
  }

  /** Current cycle: the issue cycle of the most recent instruction. */
  get cycle(): number {
    return this.t;
  }

  // --- running -------------------------------------------------------------------------------

  /**
   * Run until the program halts (wait with no wake-up source, exit, unhandled trap) or the cycle
   * count reaches `maxCycles` (absolute). A run stopped by the limit can be continued.
   */
  run(maxCycles = Infinity): HaltInfo {
    this.limit = maxCycles;
    this.halted = null;
    this.computeEvt();
    const ibase = this.imem.base;
    const nwords = this.imem.size >>> 2;
    while (this.halted === null) {
      if (this.sleeping) {
        this.handleSleep();
        continue;
      }
      const idx = (this.pc - ibase) >>> 2;
      if (idx >= nwords || (this.pc & 3) !== 0) {
        this.fault(faultFor('instruction-storage'), this.pc, Math.max(this.nm, this.t + 1));
        continue;
      }
      const page = this.pages[idx >>> PAGE_BITS];
      const slot = idx & PAGE_MASK;
      let fn = page?.fns[slot] ?? this.compile(this.pc, false);
      const bound = this.pages[idx >>> PAGE_BITS]!.bounds[slot]!;
      if (bound >= 0 && this.nm + bound >= this.evt) fn = this.pages[idx >>> PAGE_BITS]!.singles[slot] ?? this.compile(this.pc, true);
      this.eventExit = false;
      this.blockPc = this.pc;
      fn(this);
      if (this.eventExit) this.handleEvent(this.tNext);
      else if (this.afterBlock) this.afterBlock(this, this.blockPc);
    }
    return this.halted;
  }

  /**
   * Run one instruction per block and call `hook` after each (for --trace). Results and cycle
   * counts are the same as with long blocks; only speed differs.
   */
  setStepHook(hook: ((cpu: Ppu, pc: number) => void) | null, blockSize = hook ? 1 : MAX_BLOCK): void {
    this.afterBlock = hook;
    this.maxBlock = blockSize;
    this.invalidateCode();
  }

  private compile(pc: number, single: boolean): BlockFn {
    const imem = this.imem;
    const insns = collectBlock(
      pc,
      (a) => (imem.contains(a, 4) ? imem.readWord(a) : undefined),
      (d) => this.profile.categories.has(d.category),
      single ? 1 : this.maxBlock,
      (a) => this.bc.mayHold(a),
    );
    // Machines running the same code share the generated function source (compiling it is the
    // expensive part); each instantiates it with its own helpers.
    const key = `${this.profile.name}|${this.timingId}|${single ? 1 : this.maxBlock}|${pc}|${insns.map((x) => (x.cachedAddress ? `${x.word}*` : x.word)).join(',')}`;
    let entry = BLOCK_CACHE.get(key);
    if (!entry) {
      const { source, bound } = generateBlock(insns, single, this.timing.latency);
      const factory = new Function(...HELPER_NAMES, `return function block(cpu) {\n${source}\n};`) as BlockFactory;
      entry = { factory, bound };
      if (BLOCK_CACHE.size >= BLOCK_CACHE_LIMIT) BLOCK_CACHE.clear();
      BLOCK_CACHE.set(key, entry);
    }
    const fn = entry.factory(...this.helperValues);
    const first = (pc - imem.base) >>> 2;
    let page = this.pages[first >>> PAGE_BITS];
    if (!page) {
      page = { fns: new Array(PAGE_WORDS).fill(undefined), singles: new Array(PAGE_WORDS).fill(undefined), bounds: new Float64Array(PAGE_WORDS) };
      this.pages[first >>> PAGE_BITS] = page;
    }
    if (single) page.singles[first & PAGE_MASK] = fn;
    else {
      page.fns[first & PAGE_MASK] = fn;
      page.bounds[first & PAGE_MASK] = entry.bound;
    }
    for (let i = 0; i < insns.length; i++) imem.codeMarks[first + i] = 1;
    return fn;
  }

  /** A store hit words that compiled code covers: drop all compiled blocks. */
  codeWritten(_first: number, _last: number): void {
    this.invalidateCode();
    this.codeChanged = true;
    this.evt = -Infinity; // leave the running block after this instruction
  }

  invalidateCode(): void {
    this.imem.codeDirty = false;
    // Clear the code marks of the compiled pages only (the memory window can span megabytes).
    const marks = this.imem.codeMarks;
    this.pages.forEach((page, i) => {
      if (page) marks.fill(0, i << PAGE_BITS, (i + 1) << PAGE_BITS);
    });
    this.pages = [];
  }

  /** Called by generated code when it stops before an instruction because of an event. */
  markEventExit(): void {
    this.eventExit = true;
  }

  private handleEvent(tc: number): void {
    if (this.codeChanged) {
      this.codeChanged = false;
      this.computeEvt();
      return;
    }
    this.syncTimers(tc);
    const kind = this.pendingInterrupt();
    if (kind) {
      // The interrupt is recognised when the timer fires, not when the next instruction would
      // issue: its handler starts 9 cycles after the event (or 5 after that instruction's slot
      // when it became pending earlier, e.g. by setting MSR[EE]).
      const fired = kind === 'decrementer' ? this.decFiredAt : this.fitFiredAt;
      this.interrupt(kind, this.pc, Math.max(fired, tc - 4));
      return;
    }
    if (tc >= this.limit) {
      this.halted = { reason: 'limit', cycle: tc };
      return;
    }
    this.computeEvt();
  }

  private handleSleep(): void {
    this.syncTimers(this.sleepFrom);
    let wake = Infinity;
    if (this.tcr & TCR.DIE) wake = Math.min(wake, this.tsr & TSR.DIS ? this.sleepFrom : this.decNext);
    if (this.tcr & TCR.FIE) wake = Math.min(wake, this.tsr & TSR.FIS ? this.sleepFrom : this.fitNext);
    if (wake === Infinity) {
      this.halted = { reason: 'wait', cycle: this.sleepFrom, exitCode: 0 };
      return;
    }
    wake = Math.max(wake, this.sleepFrom);
    if (wake >= this.limit) {
      this.halted = { reason: 'limit', cycle: this.limit };
      return;
    }
    this.sleeping = false;
    this.syncTimers(wake);
    const kind = this.pendingInterrupt();
    if (kind) {
      // Taken on wake-up; SRR0 points at the wait itself.
      this.interrupt(kind, this.waitPc, wake);
      return;
    }
    this.redirectTo(this.pc, wake + this.timing.wakeUp);
  }

  /** The next instruction (at pc) issues at `issue` after a fetch redirect. */
  private redirectTo(pc: number, issue: number): void {
    this.pc = pc;
    this.nm = Math.max(this.nm, issue);
    this.rcyc = issue - 4;
    this.d = 0;
    this.computeEvt();
  }

  // --- generated-code callbacks ---------------------------------------------------------------

  dAdvance(n: number): void {
    this.d += n;
  }

  /**
   * Resolve a branch issued in cycle t (block position i): branch-cache prediction, update and
   * the cost of a redirect. Returns the earliest issue cycle of the next instruction.
   */
  branch(pc: number, taken: boolean, target: number, t: number, i: number, tMinus4: number): number {
    const db = this.d + i;
    let pred = -1;
    if (db > 0) {
      // The lookup for this fetch happened in cycle L (docs/timing.md, "branch cache").
      const L = db <= 3 ? this.rcyc + db : tMinus4;
      pred = this.bc.predict(pc, L);
    }
    const redirect = taken ? pred !== target : pred !== -1;
    const unrelated = taken ? 0 : this.unrelatedTarget(pc, pred);
    this.bc.update(pc, taken, target, unrelated, t + 1);
    if (redirect) {
      this.rcyc = t + 1;
      this.d = 0;
      return t + this.timing.branchRedirect;
    }
    this.d = db + 1;
    return t + 1;
  }

  /**
   * A non-branch at block position i, issued in cycle t, whose address the branch cache holds
   * (self-modifying code overwrote a branch). If its fetch was predicted taken, the fetch path
   * followed the stored target: in RF the branch unit sees a predicted-taken non-branch, updates
   * the entry as not taken and refetches pc + 4 (nux-timing.md 2.2). `nm` is the next issue cycle
   * otherwise; returns the next issue cycle.
   */
  nonBranch(pc: number, t: number, i: number, tMinus4: number, nm: number): number {
    const db = this.d + i;
    const pred = db > 0 ? this.bc.predict(pc, db <= 3 ? this.rcyc + db : tMinus4) : -1;
    if (pred === -1) {
      this.d = db + 1;
      return nm;
    }
    this.bc.update(pc, false, 0, this.unrelatedTarget(pc, pred), t + 1);
    this.rcyc = t + 1;
    this.d = 0;
    return Math.max(nm, t + this.timing.branchRedirect);
  }

  /** What a not-taken update stores as target: the fetch lookup address of the RF cycle, + 4. */
  private unrelatedTarget(pc: number, pred: number): number {
    let a = pred !== -1 ? pred : (pc + 4) >>> 0;
    for (let k = 0; k < 4; k++) {
      const p = this.bc.predict(a, Infinity);
      a = p !== -1 ? p : (a + 4) >>> 0;
    }
    return (a + 4) >>> 0;
  }

  /** sync: the next instruction issues once all scalar writes are done and the vector unit is empty. */
  syncDone(t: number, wd: number): number {
    return Math.max(t + 2, wd, this.vec.emptyAt(t) + 3);
  }

  /** wait: drain like sync, then sleep until a timer wakes the core (or halt). */
  waitDone(t: number, wd: number, pc: number): number {
    const drained = this.syncDone(t, wd);
    this.sleeping = true;
    this.sleepFrom = drained;
    this.waitPc = pc;
    return drained;
  }

  /** A fault thrown inside block code at block position k, issued in cycle t. */
  blockFault(e: unknown, k: number, t: number): void {
    if (!(e instanceof PpuFault)) throw e;
    this.icount += k;
    this.d += k;
    const pc = (this.blockPc + 4 * k) >>> 0;
    this.pc = pc;
    this.fault(e, pc, t);
  }

  private fault(e: PpuFault, pc: number, t: number): void {
    if (e.dear !== undefined) this.dear = e.dear | 0;
    this.esr = e.esr;
    this.interrupt(e.kind, pc, t, e.cause);
  }

  // --- interrupts ----------------------------------------------------------------------------

  private pendingInterrupt(): InterruptKind | null {
    if (!(this.msr & MSR.EE)) return null;
    if (this.tsr & TSR.DIS && this.tcr & TCR.DIE) return 'decrementer';
    if (this.tsr & TSR.FIS && this.tcr & TCR.FIE) return 'fit';
    return null;
  }

  /**
   * Enter an interrupt recognised in cycle t for the instruction at `pc` (which has not run).
   * The handler's first instruction issues 9 cycles later (nux-timing.md section 6).
   */
  private interrupt(kind: InterruptKind, pc: number, t: number, cause?: FaultCause): void {
    const vector = VECTORS[kind];
    const why: FaultCause = cause ?? (kind === 'fit' ? 'fit' : 'decrementer');
    if (!this.profile.vectors || !this.handles(vector)) {
      this.pc = pc;
      this.t = Math.max(this.t, t);
      this.halted = {
        reason: 'trap', cycle: t, pc, cause: why,
        word: this.imem.contains(pc, 4) ? this.imem.readWord(pc) : 0,
      };
      return;
    }
    const cls = interruptClass(kind);
    const keep = cls === 'base' ? MSR.CE | MSR.ME | MSR.DE : cls === 'critical' ? MSR.ME : 0;
    if (cls === 'base') {
      this.srr0 = pc | 0;
      this.srr1 = this.msr;
    } else if (cls === 'critical') {
      this.csrr0 = pc | 0;
      this.csrr1 = this.msr;
    } else {
      this.mcsrr0 = pc | 0;
      this.mcsrr1 = this.msr;
    }
    this.msr &= keep;
    this.sprRdy[MSR_SLOT] = 0;
    this.redirectTo(vector, t + this.timing.interruptEntry);
  }

  /** An interrupt is handled when the program put a branch (b/ba) into its vector slot. */
  private handles(vector: number): boolean {
    if (!this.imem.contains(vector, 4)) return false;
    const w = this.imem.readWord(vector);
    return w >>> 26 === 18 && (w & 1) === 0;
  }

  // --- timers --------------------------------------------------------------------------------

  timeBase(t: number): number {
    return t + this.tbOffset;
  }

  private decAt(t: number): number {
    const e = t - this.decSetCycle;
    if (e < this.decSetValue) return this.decSetValue - e;
    if (this.decSetValue > 0 && this.tcr & TCR.ARE && this.decar > 0) {
      const since = e - this.decSetValue;
      return this.decar - (since % this.decar);
    }
    return 0;
  }

  /** Set the status bits of every timer event up to cycle t. */
  private syncTimers(t: number): void {
    while (this.decNext <= t) {
      this.tsr |= TSR.DIS;
      this.decFiredAt = this.decNext;
      this.decNext = this.tcr & TCR.ARE && this.decar > 0 ? this.decNext + this.decar : Infinity;
    }
    while (this.fitNext <= t) {
      this.tsr |= TSR.FIS;
      this.fitFiredAt = this.fitNext;
      this.fitNext += this.fitPeriod();
    }
  }

  private fitPeriod(): number {
    return FIT_PERIODS[(this.tcr >>> TCR.FP_SHIFT) & 3]!;
  }

  private scheduleFit(t: number): void {
    const p = this.fitPeriod();
    const tb = this.timeBase(t);
    this.fitNext = t + (p - (((tb % p) + p) % p));
  }

  /** Recompute the cycle at which block code must stop next. */
  computeEvt(): void {
    let e = this.limit;
    if (this.msr & MSR.EE) {
      if (this.tcr & TCR.DIE) e = Math.min(e, this.tsr & TSR.DIS ? -Infinity : this.decNext);
      if (this.tcr & TCR.FIE) e = Math.min(e, this.tsr & TSR.FIS ? -Infinity : this.fitNext);
    }
    this.evt = e;
  }

  // --- special purpose registers --------------------------------------------------------------

  xer(): number {
    return ((this.so << 31) | (this.ov << 30) | (this.ca << 29) | (this.xerBytes & 0x7f)) | 0;
  }

  readSpr(n: number, t: number): number {
    switch (n) {
      case SPR.XER: return this.xer();
      case SPR.LR: return this.lr;
      case SPR.CTR: return this.ctr;
      case SPR.DEC: return this.decAt(t) | 0;
      case SPR.SRR0: return this.srr0;
      case SPR.SRR1: return this.srr1;
      case SPR.DECAR: return this.decar | 0;
      case SPR.CSRR0: return this.csrr0;
      case SPR.CSRR1: return this.csrr1;
      case SPR.DEAR: return this.dear;
      case SPR.ESR: return this.esr;
      case SPR.IVPR: return this.ivpr;
      case SPR.USPRG0: return this.usprg0;
      case SPR.TBL_READ: return this.profile.legacyTbZero ? 0 : this.timeBase(t) % 2 ** 32 | 0;
      case SPR.TBU_READ: return this.profile.legacyTbZero ? 0 : Math.floor(this.timeBase(t) / 2 ** 32) | 0;
      case SPR.TBL: return this.timeBase(t) % 2 ** 32 | 0;
      case SPR.TBU: return Math.floor(this.timeBase(t) / 2 ** 32) | 0;
      case SPR.PIR: return 0;
      case SPR.PVR: return PVR_VALUE | 0;
      case SPR.TSR:
        this.syncTimers(t);
        return this.tsr | 0;
      case SPR.TCR: return this.tcr | 0;
      case SPR.MCSRR0: return this.mcsrr0;
      case SPR.MCSRR1: return this.mcsrr1;
    }
    if (n >= SPR.SPRG0 && n <= SPR.SPRG7) return this.sprg[n - SPR.SPRG0]!;
    // SPR 260..263 are the user-readable aliases of SPRG4..SPRG7 (GNU as encodes mfsprg4..7 so).
    if (n >= 260 && n <= 263) return this.sprg[n - 256]!;
    throw faultFor('illegal-instruction');
  }

  writeSpr(n: number, v: number, t: number): void {
    v |= 0;
    switch (n) {
      case SPR.XER:
        this.so = (v >>> 31) & 1;
        this.ov = (v >>> 30) & 1;
        this.ca = (v >>> 29) & 1;
        this.xerBytes = v & 0x7f;
        return;
      case SPR.LR: this.lr = v; return;
      case SPR.CTR: this.ctr = v; return;
      case SPR.DEC:
        this.syncTimers(t);
        this.decSetCycle = t;
        this.decSetValue = v >>> 0;
        this.decNext = this.decSetValue > 0 ? t + this.decSetValue : Infinity;
        this.computeEvt();
        return;
      case SPR.SRR0: this.srr0 = v; return;
      case SPR.SRR1: this.srr1 = v; return;
      case SPR.DECAR: this.decar = v >>> 0; return;
      case SPR.CSRR0: this.csrr0 = v; return;
      case SPR.CSRR1: this.csrr1 = v; return;
      case SPR.DEAR: this.dear = v; return;
      case SPR.ESR: this.esr = v; return;
      case SPR.IVPR: this.ivpr = v & ~0xffff; return;
      case SPR.USPRG0: this.usprg0 = v; return;
      case SPR.TBL:
      case SPR.TBU: {
        const tb = this.timeBase(t);
        const lo = tb % 2 ** 32;
        const hi = Math.floor(tb / 2 ** 32);
        const next = n === SPR.TBL ? hi * 2 ** 32 + (v >>> 0) : (v >>> 0) * 2 ** 32 + lo;
        this.tbOffset = next - t;
        this.syncTimers(t);
        this.scheduleFit(t);
        this.computeEvt();
        return;
      }
      case SPR.TSR:
        this.syncTimers(t);
        this.tsr &= ~v;
        this.computeEvt();
        return;
      case SPR.TCR: {
        this.syncTimers(t);
        const fpChanged = ((this.tcr ^ v) >>> TCR.FP_SHIFT) & 3;
        const fitWasOn = this.tcr & TCR.FIE;
        this.tcr = v;
        if (fpChanged || !fitWasOn || this.fitNext === Infinity) this.scheduleFit(t);
        this.computeEvt();
        return;
      }
      case SPR.MCSRR0: this.mcsrr0 = v; return;
      case SPR.MCSRR1: this.mcsrr1 = v; return;
    }
    if (n >= SPR.SPRG0 && n <= SPR.SPRG7) {
      this.sprg[n - SPR.SPRG0] = v;
      return;
    }
    throw faultFor('illegal-instruction');
  }

  setMsr(v: number, _t: number): void {
    this.msr = v | 0;
    this.computeEvt();
  }

  // --- system calls (linux-user profile) --------------------------------------------------------

  systemCall(t: number): void {
    if (!this.profile.linuxSyscalls) return; // sc does nothing on the HICANN-DLS core
    const nr = this.gpr[0]!;
    const r = this.gpr;
    const setResult = (v: number, err: boolean) => {
      r[3] = v;
      this.cr = err ? this.cr | 0x10000000 : this.cr & ~0x10000000;
    };
    switch (nr) {
      case 1: // exit
      case 234: // exit_group
        this.halted = { reason: 'exit', cycle: t, exitCode: r[3]! & 0xff };
        return;
      case 4: { // write(fd, buf, len)
        const fd = r[3]!;
        const buf = r[4]! >>> 0;
        const len = r[5]! >>> 0;
        if (fd !== 1 && fd !== 2) return setResult(9, true); // EBADF
        if (!this.dmem.contains(buf, len)) return setResult(14, true); // EFAULT
        this.writeOut(fd, this.dmem.read(buf, len));
        return setResult(len, false);
      }
      default:
        setResult(38, true); // ENOSYS
    }
  }
}
