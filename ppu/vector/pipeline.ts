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

  constructor(readonly id: number, readonly size: number) {
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

  /** Optional per-cycle trace (tests and debugging): what moved in the cycle. */
  trace: ((cycle: number, what: string) => void) | null = null;

  constructor(private readonly perform: PerformFn<Op>) {
    this.st = STATION_SIZE.map((n, id) => new Station<Op>(id, n));
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
    while (this.fifoCount >= FIFO_HOLD) this.step();
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
    while (!this.empty()) this.step();
    return this.now - 2;
  }

  /** pipe_empty: nothing on its way into the FIFO, FIFO and all stations empty. */
  private empty(): boolean {
    if (this.fifoCount > 0) return false;
    if (this.transitCount > 0 && this.transitAt[this.transitHead]! <= this.now) return false;
    const st = this.st;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      if (s.ins !== s.ret || s.ins !== s.exe) return false;
    }
    return true;
  }

  /** Simulate up to (not including) cycle t, skipping idle cycles. */
  private runTo(t: number): void {
    while (this.now < t) {
      if (this.inFlight === 0 && this.quiet()) {
        this.now = t;
        return;
      }
      if (this.transitCount > 0 && this.inFlight === this.transitCount && this.quiet()) {
        // Only instructions on their way into an otherwise idle unit: skip to their arrival.
        const first = this.transitAt[this.transitHead]!;
        if (first > this.now) {
          this.now = Math.min(first, t);
          continue;
        }
      }
      this.step();
    }
  }

  /** No controller activity left: idle cycles change nothing. */
  private quiet(): boolean {
    return (
      this.fifoCount === 0 &&
      this.poppedPrev === null &&
      this.readPrev < 0 &&
      this.lsState === LS_IDLE &&
      !this.lsActive &&
      !this.plsActive &&
      !this.plsOut &&
      this.plsRespCount === 0 &&
      this.cmpOut === null &&
      this.permD === null &&
      this.permOut === null &&
      this.valuPipe[(this.valuTail + VALU_DEPTH - 1) % VALU_DEPTH] === null &&
      this.valuIdle()
    );
  }

  private valuIdle(): boolean {
    const p = this.valuPipe;
    for (let i = 0; i < VALU_DEPTH; i++) if (p[i] !== null) return false;
    return true;
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
    const valuOut = this.valuPipe[this.valuTail]!;
    const lsComplete = this.lsActive && this.lsResp === SERIAL_WORDS;
    avail[UNIT_VALU] = valuOut !== null ? 1 : 0;
    avail[UNIT_CMP] = this.cmpOut !== null ? 1 : 0;
    avail[UNIT_PERM] = this.permOut !== null ? 1 : 0;
    avail[UNIT_LS] = this.lsState === LS_LOAD_COMPLETE || (this.lsState === LS_STORING && lsComplete) ? 1 : 0;
    avail[UNIT_BUS] = this.plsOut ? 1 : 0;
    ready[UNIT_VALU] = 1;
    ready[UNIT_CMP] = 1;
    ready[UNIT_PERM] = 1;
    ready[UNIT_LS] = this.lsState === LS_IDLE ? 1 : 0;
    // Bus unit: ready while idle, or when the slave accepts the pending request (SCmdAccept).
    ready[UNIT_BUS] = !this.plsActive || this.plsAccepts(c) ? 1 : 0;

    // --- station requests for the register-file port (retirement before operand reads)
    let anyReq = false;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      const head = s.ins !== s.ret ? s.ops[s.ret % s.size]! : null;
      const r = s.retWait || (avail[u] === 1 && head !== null && head.dest >= 0);
      useRet[u] = r ? 1 : 0;
      let q = r;
      if (!r) q = s.ex === EX_REQ_B || (s.ex === EX_REQ_A && ready[u] === 1);
      req[u] = q ? 1 : 0;
      if (q) anyReq = true;
    }

    // --- arbitration: first unmasked requester in priority order, else the VALU by default
    let winner = UNIT_VALU;
    if (anyReq) {
      const m = this.mask;
      for (let k = 0; k < NUM_UNITS; k++) {
        const u = PRIORITY[k]!;
        if ((m >> u) & 1 && req[u]) {
          winner = u;
          break;
        }
      }
    }
    const granted = req[winner] === 1 ? winner : -1;
    let portWrite = -1; // register written through the port this cycle
    let portRead = -1;
    let portRef = -1;
    let writer: Op | null = null;
    if (granted >= 0) {
      const s = st[granted]!;
      if (useRet[granted]) {
        writer = s.ops[s.ret % s.size]!;
        portWrite = writer.dest;
        portRef = granted * 16 + (s.ret % s.size);
      } else {
        const op = s.ops[s.exe % s.size]!;
        portRead = s.ex === EX_REQ_A ? op.srcA : op.srcB;
      }
    }
    for (let u = 0; u < NUM_UNITS; u++) stall[u] = useRet[u] === 1 && granted !== u ? 1 : 0;

    const wbVcr = this.cmpOut !== null;

    // --- FIFO head: may it leave into its station?
    let popped: Op | null = null;
    if (this.fifoCount > 0) {
      const op = this.fifo[this.fifoHead]!;
      const s = st[op.unit]!;
      let ok = s.ins - s.ret < s.size;
      if (ok && op.dest >= 0) {
        const d = op.dest;
        const prev = this.poppedPrev;
        if (this.srcPending[d]) ok = false; // WAW
        else if (this.readlock[d] > 0 || (prev !== null && (prev.srcA === d || prev.srcB === d))) ok = false; // WAR
      }
      if (ok && op.writesVcr && (!this.vcrValid || this.vcrReadlock > 0)) ok = false;
      if (ok) popped = op;
    }

    // --- station execute machines: starts in this cycle (before register updates)
    let vcrReads = 0;

    // ===== register updates =====
    if (this.trace !== null) {
      const t: string[] = [];
      if (popped) t.push(`pop u${popped.unit}`);
      if (granted >= 0) t.push(`port ${useRet[granted] ? 'W' : 'R'} u${granted} v${useRet[granted] ? portWrite : portRead}`);
      for (let u = 0; u < NUM_UNITS; u++) if (st[u]!.ex === EX_START && ready[u] && !stall[u]) t.push(`start u${u}`);
      t.push(`fifo ${this.fifoCount} mask ${this.mask.toString(2)}`);
      this.trace(c, t.join(', '));
    }

    // Effects of the port operation.
    if (writer !== null) this.perform(writer, STEP_WRITEBACK, c, 0);

    // Unit controllers see this cycle's control_valid registers and stalls.
    this.clockValu(stall[UNIT_VALU] === 1);
    this.cmpOut = st[UNIT_CMP]!.ctl;
    if (stall[UNIT_PERM] === 0) {
      this.permOut = this.permD;
      this.permD = st[UNIT_PERM]!.ctl;
    }
    this.clockLs(c, st[UNIT_LS]!.ctl);
    this.clockPls(c, st[UNIT_BUS]!.ctl, stall[UNIT_BUS] === 1);

    // Stations.
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = st[u]!;
      const n = s.size;
      const ack = granted === u;
      const exAck = ack && useRet[u] === 0;
      const retAck = ack && useRet[u] === 1;
      const stalled = stall[u] === 1;
      // Execute machine.
      let start: Op | null = null;
      switch (s.ex) {
        case EX_IDLE:
          if (s.ins !== s.exe && ready[u] && !stalled) {
            const e = s.exe % n;
            const op = s.ops[e]!;
            if ((op.srcA < 0 || s.okA[e]) && (op.srcB < 0 || s.okB[e]) && (!op.readsVcr || s.okVcr[e])) {
              s.ex = op.srcA >= 0 ? EX_REQ_A : EX_START;
            }
          }
          break;
        case EX_REQ_A:
          if (exAck) {
            const op = s.ops[s.exe % n]!;
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
            this.perform(s.ops[s.exe % n]!, STEP_EXEC, c, 0);
          }
          break;
        case EX_START:
          if (ready[u] && !stalled) {
            start = s.ops[s.exe % n]!;
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
      if ((portRef >= 0 || wbVcr) && s.ins !== s.ret) {
        for (let k = s.ret; k !== s.ins; k++) {
          const e = k % n;
          if (portRef >= 0) {
            if (!s.okA[e] && s.refA[e] === portRef) s.okA[e] = 1;
            if (!s.okB[e] && s.refB[e] === portRef) s.okB[e] = 1;
          }
          if (wbVcr) s.okVcr[e] = 1;
        }
      }
      // Retire machine.
      if (s.ins !== s.ret) {
        const e = s.ret % n;
        const head = s.ops[e]!;
        if (s.retWait) {
          if (retAck) {
            s.retWait = false;
            this.retire(s, e);
          }
        } else if (avail[u]) {
          if (head.dest < 0) this.retire(s, e);
          else if (retAck) this.retire(s, e);
          else s.retWait = true;
        }
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
      const e = s.ins % s.size;
      s.ops[e] = popped;
      // Operand availability at insertion, counting a write-back happening in this cycle.
      if (popped.srcA >= 0) {
        const r = popped.srcA;
        s.okA[e] = !this.srcPending[r] || this.srcRef[r] === portRef ? 1 : 0;
        s.refA[e] = this.srcRef[r];
      }
      if (popped.srcB >= 0) {
        const r = popped.srcB;
        s.okB[e] = !this.srcPending[r] || this.srcRef[r] === portRef ? 1 : 0;
        s.refB[e] = this.srcRef[r];
      }
      s.okVcr[e] = this.vcrValid || wbVcr ? 1 : 0;
      s.ins++;
      if (popped.dest >= 0) {
        this.srcPending[popped.dest] = 1;
        this.srcRef[popped.dest] = popped.unit * 16 + e;
      }
      if (popped.readsVcr) this.vcrReadlock++;
      this.fifo[this.fifoHead] = null;
      this.fifoHead = (this.fifoHead + 1) % FIFO_DEPTH;
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
      this.fifo[(this.fifoHead + this.fifoCount) % FIFO_DEPTH] = op;
      this.fifoCount++;
    }

    this.now = c + 1;
  }

  /** Does the parallel-bus slave accept the pending request in cycle c? */
  private plsAccepts(c: number): boolean {
    return this.plsOp!.kind !== KIND_LOAD || c >= this.plsNextRead;
  }

  private retire(s: Station<Op>, e: number): void {
    s.ops[e] = null;
    s.ret++;
    this.inFlight--;
  }

  /** VALU multiply-add pipeline: a shift register of VALU_DEPTH stages, frozen while stalled. */
  private clockValu(stalled: boolean): void {
    if (stalled) return;
    // The oldest stage drops out and the station's control_valid enters.
    this.valuPipe[this.valuTail] = this.st[UNIT_VALU]!.ctl;
    this.valuTail = (this.valuTail + 1) % VALU_DEPTH;
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
