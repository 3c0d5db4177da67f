// Cycle-level timing of the FXV vector unit (nux-timing.md section 7; docs/vector-timing.md).
//
// Structure, as in the core's RTL: an instruction issued in cycle t enters a 4-entry FIFO at the
// end of cycle t+2. The FIFO head leaves (in order) into the reservation station of its unit once
// the station has a free entry and no WAW/WAR hazard on its destination (and no compare<->VCR
// hazard) stands; RAW hazards are waited out inside the station. Each station runs one
// instruction at a time through IDLE -> read operand A -> read operand B -> start, and retires
// results in order; every register-file read and write goes through one shared port whose
// arbiter uses a rotating request mask. The scalar side may issue a vector instruction only while
// the FIFO holds fewer than 2 entries.
//
// The model is simulated cycle by cycle but lazily: nothing runs until the scalar side asks
// (holdUntil, catchUp, emptyAt, issue), and idle stretches are skipped. Instruction effects are
// handed to `perform` at the cycle the model gives them (see the STEP_* constants).

/** Station ids; the bit of each unit in the arbiter's request mask is its id. */
export const UNIT_VALU = 0;
export const UNIT_CMP = 1;
export const UNIT_LS = 2;
export const UNIT_BUS = 3;
export const UNIT_PERM = 4;
const NUM_UNITS = 5;

/** Reservation-station entries per unit (indexed by unit id). */
const STATION_SIZE = [4, 2, 2, 16, 2] as const;
/** Fixed arbitration order among the unmasked requesters: VALU, compare, permute, load/store, bus. */
const PRIORITY = [UNIT_VALU, UNIT_CMP, UNIT_PERM, UNIT_LS, UNIT_BUS] as const;

/** FIFO depth, and the occupancy from which the scalar side holds vector instructions. */
const FIFO_DEPTH = 4;
const FIFO_HOLD = 2;
/** Issue -> FIFO: the entry is written at the end of cycle issue + FIFO_DELAY. */
const FIFO_DELAY = 2;
/** VALU: multiplier (4) + adder (1) stages + output register; result_avail this many cycles after start. */
const VALU_DEPTH = 6;
/** Words per vector on the serial bus; the slave answers one cycle after each request. */
const SERIAL_WORDS = 4;
const SERIAL_LATENCY = 1;
/**
 * Parallel (synapse) bus slave of the reference testbench: accepts a request in the cycle it is
 * made and answers one cycle later; it accepts a read at most every PBUS_READ_INTERVAL cycles.
 * The interval is not in the RTL: it is inferred from the measured fxvinx throughput (4 cycles per
 * instruction; without it the unit would sustain 2.5) and affects nothing else that was measured.
 */
const PBUS_LATENCY = 1;
const PBUS_READ_INTERVAL = 4;

/** The effect steps handed to `perform`. */
/** The instruction has read its last operand (or starts, if it reads none): register effects. */
export const STEP_EXEC = 0;
/** Serial bus word `word` answered (fxvlax: memory sampled; fxvstax: memory written). */
export const STEP_MEM = 1;
/** Parallel bus request accepted (fxvinx: data read; fxvoutx: data written). */
export const STEP_BUS = 2;
/** Result written to the register file through the port (fxvlax, fxvinx). */
export const STEP_WRITEBACK = 3;

/** LS and bus operation kinds. */
export const KIND_NONE = 0;
export const KIND_LOAD = 1; // fxvlax, fxvinx
export const KIND_STORE = 2; // fxvstax, fxvoutx

/** What the timing model needs of an instruction in flight (filled in by the unit at issue). */
export interface VecTimingOp {
  unit: number;
  /** First register read through the port (-1: none). */
  srcA: number;
  /** Second register read (-1: none). */
  srcB: number;
  /** Register written at retirement (-1: none). */
  dest: number;
  writesVcr: boolean;
  readsVcr: boolean;
  kind: number;
}

export type PerformFn<Op> = (op: Op, step: number, cycle: number, word: number) => void;

// Station execute states and retire states.
const EX_IDLE = 0;
const EX_REQ_A = 1;
const EX_REQ_B = 2;
const EX_START = 3;

// Load/store controller states.
const LS_IDLE = 0;
const LS_LOADING = 1;
const LS_LOAD_COMPLETE = 2;
const LS_STORING = 3;

class Station<Op extends VecTimingOp> {
  readonly ops: (Op | null)[];
  /** Operand A/B already available (no pending producer). */
  readonly okA: Uint8Array;
  readonly okB: Uint8Array;
  readonly okVcr: Uint8Array;
  /** Producer (unit * 16 + entry) each operand waits for. */
  readonly refA: Int16Array;
  readonly refB: Int16Array;
  /** Insert, execute and retire counters (entry = counter mod size). */
  ins = 0;
  exe = 0;
  ret = 0;
  ex = EX_IDLE;
  /** Retire state: waiting for the port (RET_REQ). */
  retWait = false;
  /** control_valid register: the instruction handed to the unit's datapath control this cycle. */
  ctl: Op | null = null;

  /** size - 1 (sizes are powers of two). */
  readonly mask: number;

  constructor(readonly id: number, readonly size: number) {
    this.mask = size - 1;
    this.ops = new Array<Op | null>(size).fill(null);
    this.okA = new Uint8Array(size);
    this.okB = new Uint8Array(size);
    this.okVcr = new Uint8Array(size);
    this.refA = new Int16Array(size);
    this.refB = new Int16Array(size);
  }

  reset(): void {
    this.ops.fill(null);
    this.ins = this.exe = this.ret = 0;
    this.ex = EX_IDLE;
    this.retWait = false;
    this.ctl = null;
  }
}

export class VecPipeline<Op extends VecTimingOp> {
  /** Next cycle to simulate: every cycle before it has been simulated. */
  private now = 0;
  /** Instructions in flight (issued and not yet retired). */
  private inFlight = 0;

  // --- issue -> FIFO (ops pushed at the end of cycle pushAt)
  private readonly transit: (Op | null)[] = new Array<Op | null>(4).fill(null);
  private readonly transitAt = new Float64Array(4);
  private transitHead = 0;
  private transitCount = 0;

  // --- FIFO
  private readonly fifo: (Op | null)[] = new Array<Op | null>(FIFO_DEPTH).fill(null);
  private fifoHead = 0;
  private fifoCount = 0;

  // --- register tracking (vrf_src, vrf_readlock) and VCR tracking
  private readonly srcPending = new Uint8Array(32);
  private readonly srcRef = new Int16Array(32);
  private readonly readlock = new Int16Array(32);
  /** The instruction that left the FIFO in the previous cycle (its reads are counted one cycle late). */
  private poppedPrev: Op | null = null;
  /** Register read through the port in the previous cycle (-1: none); counted one cycle late. */
  private readPrev = -1;
  private vcrValid = true;
  private vcrReadlock = 0;

  // --- port arbiter
  private mask = 0x1f;

  // --- stations
  private readonly st: Station<Op>[];

  // --- unit datapath controllers
  private readonly valuPipe: (Op | null)[] = new Array<Op | null>(VALU_DEPTH).fill(null);
  private valuTail = 0; // index of the oldest stage (result_avail)
  private cmpOut: Op | null = null; // result_avail and write_vcr registers
  private permD: Op | null = null;
  private permOut: Op | null = null;
  private lsState = LS_IDLE;
  private lsOp: Op | null = null;
  private lsActive = false;
  private lsReq = 0;
  private lsResp = 0;
  private readonly lsReqAt = new Float64Array(SERIAL_WORDS);
  private plsActive = false;
  private plsOp: Op | null = null;
  /** Answers of the parallel-bus slave not yet taken (due cycles, in order). */
  private readonly plsResp = new Float64Array(4);
  private plsRespHead = 0;
  private plsRespCount = 0;
  private plsOut = false;
  /** Earliest cycle in which the slave accepts another read. */
  private plsNextRead = 0;

  // --- per-cycle scratch (no allocation per cycle)
  private readonly req = new Uint8Array(NUM_UNITS);
  private readonly useRet = new Uint8Array(NUM_UNITS);
  private readonly ready = new Uint8Array(NUM_UNITS);
  private readonly avail = new Uint8Array(NUM_UNITS);
  private readonly stall = new Uint8Array(NUM_UNITS);

  /**
   * Skip idle cycles (nothing in flight, or only the VALU pipeline moving). Results do not depend
   * on it (a property test runs both ways); false simulates every cycle.
   */
  skipIdle = true;
  /** Optional per-cycle trace (tests and debugging): what moved in the cycle. */
  trace: ((cycle: number, what: string) => void) | null = null;

  constructor(private readonly perform: PerformFn<Op>) {
    this.st = STATION_SIZE.map((n, id) => new Station<Op>(id, n));
    // The VALU, compare and permute controllers are always ready for a new instruction.
    this.ready[UNIT_VALU] = this.ready[UNIT_CMP] = this.ready[UNIT_PERM] = 1;
  }

  reset(): void {
    this.now = 0;
    this.inFlight = 0;
    this.transit.fill(null);
    this.transitHead = this.transitCount = 0;
    this.fifo.fill(null);
    this.fifoHead = this.fifoCount = 0;
    this.srcPending.fill(0);
    this.readlock.fill(0);
    this.poppedPrev = null;
    this.readPrev = -1;
    this.vcrValid = true;
    this.vcrReadlock = 0;
    this.mask = 0x1f;
    for (const s of this.st) s.reset();
    this.valuPipe.fill(null);
    this.valuTail = 0;
    this.cmpOut = this.permD = this.permOut = null;
    this.lsState = LS_IDLE;
    this.lsOp = null;
    this.lsActive = false;
    this.lsReq = this.lsResp = 0;
    this.plsActive = false;
    this.plsOp = null;
    this.plsRespHead = this.plsRespCount = 0;
    this.plsOut = false;
    this.plsNextRead = 0;
  }

  /** True while an instruction is in flight. */
  pending(): boolean {
    return this.inFlight > 0;
  }

  /** Earliest cycle >= t in which a vector instruction may issue: the FIFO holds fewer than 2. */
  holdUntil(t: number): number {
    this.runTo(t);
    while (this.fifoCount >= FIFO_HOLD) this.tick(Infinity);
    return this.now;
  }

  /** A vector instruction issues in cycle t (t >= the last holdUntil result). */
  issue(op: Op, t: number): void {
    // The scalar side never issues into cycles already simulated past t + FIFO_DELAY.
    if (t + FIFO_DELAY < this.now) throw new Error(`vector issue at ${t} after the model reached ${this.now}`);
    const i = (this.transitHead + this.transitCount) & 3;
    this.transit[i] = op;
    this.transitAt[i] = t + FIFO_DELAY;
    this.transitCount++;
    this.inFlight++;
  }

  /**
   * Carry out every effect scheduled before cycle t. Scalar accesses happen at their issue cycle
   * and go first when both sides touch memory in the same cycle (read-before-write RAM).
   */
  advance(t: number): void {
    this.runTo(t);
  }

  /**
   * For `sync`/`wait` issued in cycle t: the next instruction may issue one cycle after the first
   * cycle (>= t+1) in which the unit is empty. Returns that cycle minus 2, so that the scalar
   * side's `emptyAt + 3` is the next issue cycle; an empty unit gives t - 1 (no constraint).
   */
  drain(t: number): number {
    this.runTo(t + 1);
    while (!this.empty()) this.tick(Infinity);
    return this.now - 2;
  }

  /** pipe_empty: nothing on its way into the FIFO, FIFO and all stations empty. */
  private empty(): boolean {
    if (this.fifoCount > 0) return false;
    if (this.transitCount > 0 && this.transitAt[this.transitHead]! <= this.now) return false;
    const st = this.st;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      if (s.ins !== s.ret) return false;
    }
    return true;
  }

  /** Simulate up to (not including) cycle t. */
  private runTo(t: number): void {
    while (this.now < t) {
      if (this.skipIdle && this.inFlight === 0 && this.quiet()) {
        // Nothing in flight and every controller idle: idle cycles change nothing.
        this.now = t;
        return;
      }
      this.tick(t);
    }
  }

  /** Advance by one cycle, or over a span of cycles in which only the VALU pipeline moves. */
  private tick(limit: number): void {
    const span = this.skipIdle ? this.idleSpan(limit) : 0;
    if (span > 0) {
      this.valuTail = (this.valuTail + span) % VALU_DEPTH;
      this.now += span;
    } else {
      this.step();
    }
  }

  /** No controller activity left: idle cycles change nothing. */
  private quiet(): boolean {
    if (
      this.fifoCount !== 0 || this.transitCount !== 0 || this.poppedPrev !== null || this.readPrev >= 0 ||
      this.lsState !== LS_IDLE || this.lsActive || this.plsActive || this.plsOut || this.plsRespCount !== 0 ||
      this.cmpOut !== null || this.permD !== null || this.permOut !== null
    ) return false;
    const p = this.valuPipe;
    for (let i = 0; i < VALU_DEPTH; i++) if (p[i] !== null) return false;
    for (let u = 0; u < NUM_UNITS; u++) if (this.st[u]!.ctl !== null) return false;
    return true;
  }

  /**
   * Number of cycles from now (< limit) in which no port request, no FIFO move, no station or
   * controller transition and no bus event can happen: only the VALU pipeline shifts, with empty
   * input. Such a span ends at the next event (an instruction arriving at the FIFO, a VALU result,
   * a bus slave answer or acceptance). 0 if the current cycle is not idle.
   */
  private idleSpan(limit: number): number {
    const c = this.now;
    if (
      this.poppedPrev !== null || this.readPrev >= 0 || this.cmpOut !== null || this.permD !== null ||
      this.permOut !== null || this.plsOut || this.lsActive || this.lsState !== LS_IDLE
    ) return 0;
    let end = limit;
    // VALU: the first stage holding an instruction reaches the output after k cycles.
    const p = this.valuPipe;
    let k = 0;
    while (k < VALU_DEPTH && p[(this.valuTail + k) % VALU_DEPTH] === null) k++;
    if (k === 0) return 0;
    if (k < VALU_DEPTH && c + k < end) end = c + k;
    // Parallel bus: a pending request is accepted, or an answer arrives.
    let busReady = true;
    if (this.plsActive) {
      if (this.plsAccepts(c)) return 0;
      busReady = false;
      if (this.plsNextRead < end) end = this.plsNextRead;
    }
    if (this.plsRespCount > 0 && this.plsResp[this.plsRespHead]! < end) end = this.plsResp[this.plsRespHead]!;
    if (this.transitCount > 0 && this.transitAt[this.transitHead]! < end) end = this.transitAt[this.transitHead]!;
    // Stations: nothing handed to a unit, nothing to read, nothing able to start.
    const st = this.st;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      if (s.ctl !== null) return 0;
      if (s.ins === s.ret) continue;
      if (s.retWait) return 0; // a result waiting for the port
      const ready = u !== UNIT_BUS || busReady;
      switch (s.ex) {
        case EX_REQ_B:
          return 0;
        case EX_REQ_A:
        case EX_START:
          if (ready) return 0;
          break;
        case EX_IDLE:
          if (s.ins !== s.exe && ready && this.operandsReady(s, s.exe & s.mask)) return 0;
          break;
      }
    }
    if (this.fifoCount > 0 && this.headMayLeave() !== null) return 0;
    return end === Infinity ? 0 : end - c;
  }

  private operandsReady(s: Station<Op>, e: number): boolean {
    const op = s.ops[e]!;
    return (op.srcA < 0 || s.okA[e] === 1) && (op.srcB < 0 || s.okB[e] === 1) && (!op.readsVcr || s.okVcr[e] === 1);
  }

  /** The FIFO head, if its station has room and no WAW, WAR or VCR hazard holds it. */
  private headMayLeave(): Op | null {
    const op = this.fifo[this.fifoHead]!;
    const s = this.st[op.unit]!;
    if (s.ins - s.ret >= s.size) return null;
    const d = op.dest;
    if (d >= 0) {
      if (this.srcPending[d]) return null; // WAW
      const prev = this.poppedPrev; // its reads are counted in readlock one cycle late
      if (this.readlock[d] > 0 || (prev !== null && (prev.srcA === d || prev.srcB === d))) return null; // WAR
    }
    if (op.writesVcr && (!this.vcrValid || this.vcrReadlock > 0)) return null;
    return op;
  }

  /** One clock cycle: combinational outputs from the registers, then the register updates. */
  private step(): void {
    const c = this.now;
    const st = this.st;
    const req = this.req;
    const useRet = this.useRet;
    const ready = this.ready;
    const avail = this.avail;
    const stall = this.stall;

    // --- unit controller outputs (result_avail, ready)
    const lsComplete = this.lsActive && this.lsResp === SERIAL_WORDS;
    avail[UNIT_VALU] = this.valuPipe[this.valuTail] !== null ? 1 : 0;
    avail[UNIT_CMP] = this.cmpOut !== null ? 1 : 0;
    avail[UNIT_PERM] = this.permOut !== null ? 1 : 0;
    avail[UNIT_LS] = this.lsState === LS_LOAD_COMPLETE || (this.lsState === LS_STORING && lsComplete) ? 1 : 0;
    avail[UNIT_BUS] = this.plsOut ? 1 : 0;
    ready[UNIT_LS] = this.lsState === LS_IDLE ? 1 : 0;
    // Bus unit: ready while idle, or when the slave accepts the pending request (SCmdAccept).
    ready[UNIT_BUS] = !this.plsActive || this.plsAccepts(c) ? 1 : 0;

    // --- station requests for the register-file port (retirement before operand reads)
    let anyReq = false;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      useRet[u] = 0;
      req[u] = 0;
      if (s.ins === s.ret) continue;
      if (s.retWait || (avail[u] === 1 && s.ops[s.ret & s.mask]!.dest >= 0)) {
        useRet[u] = 1;
        req[u] = 1;
        anyReq = true;
      } else if (s.ex === EX_REQ_B || (s.ex === EX_REQ_A && ready[u] === 1)) {
        req[u] = 1;
        anyReq = true;
      }
    }

    // --- arbitration: first unmasked requester in priority order, else the VALU by default
    let granted = -1;
    let portWrite = -1; // register written through the port this cycle
    let portRead = -1; // register read through the port this cycle
    let portRef = -1; // station entry whose result is written
    let writer: Op | null = null;
    if (anyReq) {
      const m = this.mask;
      let winner = UNIT_VALU;
      for (let k = 0; k < NUM_UNITS; k++) {
        const u = PRIORITY[k]!;
        if ((m >> u) & 1 && req[u]) {
          winner = u;
          break;
        }
      }
      if (req[winner]) {
        granted = winner;
        const s = st[winner]!;
        if (useRet[winner]) {
          const e = s.ret & s.mask;
          writer = s.ops[e]!;
          portWrite = writer.dest;
          portRef = winner * 16 + e;
        } else {
          const op = s.ops[s.exe & s.mask]!;
          portRead = s.ex === EX_REQ_A ? op.srcA : op.srcB;
        }
      }
    }
    for (let u = 0; u < NUM_UNITS; u++) stall[u] = useRet[u] === 1 && granted !== u ? 1 : 0;

    const wbVcr = this.cmpOut !== null;
    const popped = this.fifoCount > 0 ? this.headMayLeave() : null;

    if (this.trace !== null) this.traceCycle(c, popped, granted, portWrite, portRead);

    // ===== register updates =====

    // Effects of the port operation.
    if (writer !== null) this.perform(writer, STEP_WRITEBACK, c, 0);

    // Unit controllers see this cycle's control_valid registers and stalls.
    if (stall[UNIT_VALU] === 0) {
      // VALU pipeline: the oldest stage drops out and the station's control_valid enters.
      this.valuPipe[this.valuTail] = st[UNIT_VALU]!.ctl;
      this.valuTail = (this.valuTail + 1) % VALU_DEPTH;
    }
    this.cmpOut = st[UNIT_CMP]!.ctl;
    if (stall[UNIT_PERM] === 0) {
      this.permOut = this.permD;
      this.permD = st[UNIT_PERM]!.ctl;
    }
    if (this.lsActive || this.lsState !== LS_IDLE || st[UNIT_LS]!.ctl !== null) this.clockLs(c, st[UNIT_LS]!.ctl);
    if (this.plsActive || this.plsOut || this.plsRespCount > 0 || st[UNIT_BUS]!.ctl !== null) {
      this.clockPls(c, st[UNIT_BUS]!.ctl, stall[UNIT_BUS] === 1);
    }

    // Stations.
    let vcrReads = 0;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      if (s.ins === s.ret) {
        s.ctl = null;
        continue;
      }
      const m = s.mask;
      const stalled = stall[u] === 1;
      const exAck = granted === u && useRet[u] === 0;
      const retAck = granted === u && useRet[u] === 1;
      // Execute machine.
      let start: Op | null = null;
      switch (s.ex) {
        case EX_IDLE:
          if (s.ins !== s.exe && ready[u] && !stalled && this.operandsReady(s, s.exe & m)) {
            s.ex = s.ops[s.exe & m]!.srcA >= 0 ? EX_REQ_A : EX_START;
          }
          break;
        case EX_REQ_A:
          if (exAck) {
            const op = s.ops[s.exe & m]!;
            if (op.srcB >= 0) s.ex = EX_REQ_B;
            else {
              s.ex = EX_START;
              this.perform(op, STEP_EXEC, c, 0);
            }
          }
          break;
        case EX_REQ_B:
          if (exAck) {
            s.ex = EX_START;
            this.perform(s.ops[s.exe & m]!, STEP_EXEC, c, 0);
          }
          break;
        case EX_START:
          if (ready[u] && !stalled) {
            start = s.ops[s.exe & m]!;
            if (start.srcA < 0) this.perform(start, STEP_EXEC, c, 0);
            if (start.readsVcr) vcrReads++;
            s.exe++;
            s.ex = EX_IDLE;
          }
          break;
      }
      if (!stalled) s.ctl = start;
      // Listen on the port for producers and on the compare unit for the VCR (the execute
      // machine above saw the operand flags of the start of the cycle).
      if (portRef >= 0 || wbVcr) {
        for (let k = s.ret; k !== s.ins; k++) {
          const e = k & m;
          if (portRef >= 0) {
            if (s.refA[e] === portRef) s.okA[e] = 1;
            if (s.refB[e] === portRef) s.okB[e] = 1;
          }
          if (wbVcr) s.okVcr[e] = 1;
        }
      }
      // Retire machine.
      if (s.retWait) {
        if (retAck) {
          s.retWait = false;
          this.retire(s);
        }
      } else if (avail[u]) {
        if (s.ops[s.ret & m]!.dest < 0 || retAck) this.retire(s);
        else s.retWait = true;
      }
    }

    // Register tracking.
    const prev = this.poppedPrev;
    if (prev !== null) {
      if (prev.srcA >= 0) this.readlock[prev.srcA]++;
      if (prev.srcB >= 0) this.readlock[prev.srcB]++;
    }
    if (this.readPrev >= 0) this.readlock[this.readPrev]--;
    this.readPrev = portRead;
    this.poppedPrev = popped;

    if (popped !== null) {
      const s = st[popped.unit]!;
      const e = s.ins & s.mask;
      s.ops[e] = popped;
      // Operand availability at insertion, counting a write-back happening in this cycle.
      s.refA[e] = s.refB[e] = -1;
      if (popped.srcA >= 0) {
        const r = popped.srcA;
        const pending = this.srcPending[r] === 1 && this.srcRef[r] !== portRef;
        s.okA[e] = pending ? 0 : 1;
        if (pending) s.refA[e] = this.srcRef[r];
      }
      if (popped.srcB >= 0) {
        const r = popped.srcB;
        const pending = this.srcPending[r] === 1 && this.srcRef[r] !== portRef;
        s.okB[e] = pending ? 0 : 1;
        if (pending) s.refB[e] = this.srcRef[r];
      }
      s.okVcr[e] = this.vcrValid || wbVcr ? 1 : 0;
      s.ins++;
      if (popped.dest >= 0) {
        this.srcPending[popped.dest] = 1;
        this.srcRef[popped.dest] = popped.unit * 16 + e;
      }
      if (popped.readsVcr) this.vcrReadlock++;
      this.fifo[this.fifoHead] = null;
      this.fifoHead = (this.fifoHead + 1) & (FIFO_DEPTH - 1);
      this.fifoCount--;
    }
    if (portWrite >= 0) this.srcPending[portWrite] = 0;
    if (popped !== null && popped.writesVcr) this.vcrValid = false;
    else if (wbVcr) this.vcrValid = true;
    this.vcrReadlock -= vcrReads;

    if (anyReq) this.mask = this.mask & 0x10 ? this.mask & (this.mask - 1) : 0x1f;

    // Issue -> FIFO.
    if (this.transitCount > 0 && this.transitAt[this.transitHead]! === c) {
      const op = this.transit[this.transitHead]!;
      this.transit[this.transitHead] = null;
      this.transitHead = (this.transitHead + 1) & 3;
      this.transitCount--;
      this.fifo[(this.fifoHead + this.fifoCount) & (FIFO_DEPTH - 1)] = op;
      this.fifoCount++;
    }

    this.now = c + 1;
  }

  private traceCycle(c: number, popped: Op | null, granted: number, portWrite: number, portRead: number): void {
    const t: string[] = [];
    if (popped) t.push(`pop u${popped.unit}`);
    if (granted >= 0) t.push(portWrite >= 0 ? `port W u${granted} v${portWrite}` : `port R u${granted} v${portRead}`);
    for (let u = 0; u < NUM_UNITS; u++) {
      if (this.st[u]!.ex === EX_START && this.ready[u] && !this.stall[u]) t.push(`start u${u}`);
    }
    t.push(`fifo ${this.fifoCount} mask ${this.mask.toString(2)}`);
    this.trace!(c, t.join(', '));
  }

  /** Does the parallel-bus slave accept the pending request in cycle c? */
  private plsAccepts(c: number): boolean {
    return this.plsOp!.kind !== KIND_LOAD || c >= this.plsNextRead;
  }

  private retire(s: Station<Op>): void {
    s.ops[s.ret & s.mask] = null;
    s.ret++;
    this.inFlight--;
  }

  /** Load/store controller and serial bus master (4 word requests, one per cycle). */
  private clockLs(c: number, valid: Op | null): void {
    const complete = this.lsActive && this.lsResp === SERIAL_WORDS;
    // Serial bus: requests and answers in this cycle.
    let newOp = false;
    switch (this.lsState) {
      case LS_IDLE:
        if (valid !== null) {
          this.lsState = valid.kind === KIND_STORE ? LS_STORING : LS_LOADING;
          newOp = true;
        }
        break;
      case LS_LOADING:
        if (complete) this.lsState = LS_LOAD_COMPLETE;
        break;
      case LS_LOAD_COMPLETE:
        this.lsState = LS_IDLE;
        break;
      case LS_STORING:
        if (complete) this.lsState = LS_IDLE;
        break;
    }
    if (this.lsActive && !newOp) {
      const op = this.lsOp!;
      if (this.lsResp < SERIAL_WORDS && this.lsReqAt[this.lsResp]! + SERIAL_LATENCY === c && this.lsResp < this.lsReq) {
        this.perform(op, STEP_MEM, c, this.lsResp);
        this.lsResp++;
      }
      if (this.lsReq < SERIAL_WORDS) this.lsReqAt[this.lsReq++] = c;
      if (complete) {
        this.lsActive = false;
        this.lsOp = null;
      }
    }
    if (newOp) {
      this.lsActive = true;
      this.lsOp = valid;
      this.lsReq = 0;
      this.lsResp = 0;
    }
  }

  /** Parallel bus controller: one request at a time, answered PBUS_LATENCY cycles after acceptance. */
  private clockPls(c: number, valid: Op | null, stalled: boolean): void {
    // Answer register: set from the slave's oldest answer, cleared when the station takes it. The
    // slave holds an answer until it is taken, so a second one waits behind the first.
    if (this.plsOut) {
      if (!stalled) this.plsOut = false;
    } else if (this.plsRespCount > 0 && this.plsResp[this.plsRespHead]! <= c) {
      this.plsOut = true;
      this.plsRespHead = (this.plsRespHead + 1) & 3;
      this.plsRespCount--;
    }
    if (this.plsActive) {
      if (!this.plsAccepts(c)) return;
      if (this.plsOp!.kind === KIND_LOAD) this.plsNextRead = c + PBUS_READ_INTERVAL;
      this.perform(this.plsOp!, STEP_BUS, c, 0);
      this.plsResp[(this.plsRespHead + this.plsRespCount) & 3] = c + PBUS_LATENCY;
      this.plsRespCount++;
      this.plsActive = false;
      this.plsOp = null;
    } else if (valid !== null && !stalled) {
      this.plsActive = true;
      this.plsOp = valid;
    }
  }
}
