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
// (holdUntil, advance, drain), and cycles in which provably nothing but the VALU pipeline moves are
// skipped. Instruction effects are handed to `perform` at the cycle the model gives them (STEP_*).

/** Station ids; the bit of each unit in the arbiter's request mask is 1 << id. */
export const UNIT_VALU = 0;
export const UNIT_CMP = 1;
export const UNIT_LS = 2;
export const UNIT_BUS = 3;
export const UNIT_PERM = 4;
const NUM_UNITS = 5;
const ALL_UNITS = 0x1f;

/** Reservation-station entries per unit (indexed by unit id; powers of two). */
const STATION_SIZE = [4, 2, 2, 16, 2] as const;

/** FIFO depth (a power of two), and the occupancy from which the scalar side holds vector instructions. */
const FIFO_DEPTH = 4;
const FIFO_HOLD = 2;
/** Issue -> FIFO: the entry is written at the end of cycle issue + FIFO_DELAY. */
const FIFO_DELAY = 2;
/**
 * No wait of the scalar side for the unit can last this long (the longest real ones are a few
 * hundred cycles); reaching it means the model itself is stuck, which is a bug in dls.
 */
const STUCK_CYCLES = 100_000;
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

// The effect steps handed to `perform`.
/** The instruction has read its last operand (or starts, if it reads none): register effects. */
export const STEP_EXEC = 0;
/** Serial bus word `word` answered (fxvlax: memory sampled; fxvstax: memory written). */
export const STEP_MEM = 1;
/** Parallel bus request accepted (fxvinx: data read; fxvoutx: data written). */
export const STEP_BUS = 2;
/** Result written to the register file through the port (fxvlax, fxvinx). */
export const STEP_WRITEBACK = 3;

// Load/store and bus operation kinds.
export const KIND_NONE = 0;
export const KIND_LOAD = 1; // fxvlax, fxvinx
export const KIND_STORE = 2; // fxvstax, fxvoutx

/** What the timing model needs of an instruction in flight (filled in by the unit at issue). */
export interface VecTimingOp {
  /** Station (UNIT_*). */
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

// Station execute states.
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
  /** Operand A/B/VCR available (no pending producer). */
  readonly okA: Uint8Array;
  readonly okB: Uint8Array;
  readonly okVcr: Uint8Array;
  /** Producer (unit * 16 + entry) an operand waits for, -1 if none. */
  readonly refA: Int16Array;
  readonly refB: Int16Array;
  /** size - 1. */
  readonly mask: number;
  /** Insert, execute and retire counters (entry = counter & mask). */
  ins = 0;
  exe = 0;
  ret = 0;
  ex = EX_IDLE;
  /** Retire machine waiting for the port (the RTL's RET_REQ). */
  retWait = false;
  /** control_valid register: the instruction handed to the unit's controller this cycle. */
  ctl: Op | null = null;

  constructor(readonly size: number) {
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

  operandsReady(e: number): boolean {
    const op = this.ops[e]!;
    return (op.srcA < 0 || this.okA[e] === 1) && (op.srcB < 0 || this.okB[e] === 1) && (!op.readsVcr || this.okVcr[e] === 1);
  }
}

export class VecPipeline<Op extends VecTimingOp> {
  /**
   * Skip idle cycles (nothing in flight, or only the VALU pipeline moving). Results do not depend
   * on it (a property test runs both ways); false simulates every cycle.
   */
  skipIdle = true;
  /** Optional per-cycle trace (tests and debugging): what moved in the cycle. */
  trace: ((cycle: number, what: string) => void) | null = null;

  /** Next cycle to simulate: every cycle before it has been simulated. */
  private now = 0;
  /** Instructions in flight (issued and not yet retired). */
  private inFlight = 0;

  // --- issue -> FIFO
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
  /** Register read through the port in the previous cycle (-1: none); released one cycle late. */
  private readPrev = -1;
  private vcrValid = true;
  private vcrReadlock = 0;

  // --- port arbiter: request mask rotating over the units
  private mask = ALL_UNITS;

  // --- stations and the set of non-empty ones (bit per unit)
  private readonly st: Station<Op>[];
  private occupied = 0;

  // --- unit controllers
  /**
   * VALU multiply-add pipeline, a shift register frozen while the VALU station stalls: `valuTime`
   * counts the cycles it advanced; an instruction entering at valuTime T leaves at T + VALU_DEPTH.
   */
  private valuTime = 0;
  private readonly valuOps: (Op | null)[] = new Array<Op | null>(8).fill(null);
  private readonly valuExit = new Float64Array(8);
  private valuHead = 0;
  private valuCount = 0;
  /** Compare: result_avail and write_vcr registers. */
  private cmpOut: Op | null = null;
  /** Permute: valid_d and result_avail registers. */
  private permD: Op | null = null;
  private permOut: Op | null = null;
  /** Load/store controller and serial bus master. */
  private lsState = LS_IDLE;
  private lsOp: Op | null = null;
  private lsActive = false;
  private lsReq = 0;
  private lsResp = 0;
  private readonly lsReqAt = new Float64Array(SERIAL_WORDS);
  /** Parallel bus controller: request pending acceptance, slave answers not yet taken. */
  private plsActive = false;
  private plsOp: Op | null = null;
  private readonly plsResp = new Float64Array(4);
  private plsRespHead = 0;
  private plsRespCount = 0;
  private plsOut = false;
  private plsNextRead = 0;

  // --- per-cycle scratch (no allocation per cycle)
  private readonly ready = new Uint8Array(NUM_UNITS);
  private readonly avail = new Uint8Array(NUM_UNITS);

  // Delays that a model variant may change (ppu/timing-params.ts); the defaults are the constants above.
  private valuDepth = VALU_DEPTH;
  private serialLatency = SERIAL_LATENCY;
  private pbusLatency = PBUS_LATENCY;
  private pbusReadInterval = PBUS_READ_INTERVAL;

  /** Set the variant delays (between runs: the unit must be empty). */
  configure(p: { valuDepth: number; serialLatency: number; pbusLatency: number; pbusReadInterval: number }): void {
    this.valuDepth = p.valuDepth;
    this.serialLatency = p.serialLatency;
    this.pbusLatency = p.pbusLatency;
    this.pbusReadInterval = p.pbusReadInterval;
  }

  constructor(private readonly perform: PerformFn<Op>) {
    this.st = STATION_SIZE.map((n) => new Station<Op>(n));
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
    this.mask = ALL_UNITS;
    for (const s of this.st) s.reset();
    this.occupied = 0;
    this.valuTime = 0;
    this.valuOps.fill(null);
    this.valuHead = this.valuCount = 0;
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

  /** Next cycle to simulate (every earlier cycle has been simulated). */
  get cycle(): number {
    return this.now;
  }

  /**
   * When the unit is quiet (nothing in flight, every controller idle, no register or VCR lock
   * held), its whole future depends on three things besides the instructions it will get: the
   * arbiter's request mask, whether the VCR is valid, and how many cycles the parallel-bus slave
   * still refuses reads. This returns them packed into one number (the memo of ppu/vector/memo.ts
   * keys its recordings by it), or -1 when the unit is not quiet.
   */
  quietKey(): number {
    if (this.inFlight !== 0 || !this.quiet() || this.vcrReadlock !== 0) return -1;
    for (let r = 0; r < 32; r++) if (this.srcPending[r] !== 0 || this.readlock[r] !== 0) return -1;
    for (let u = 0; u < NUM_UNITS; u++) {
      const s = this.st[u]!;
      if (s.ex !== EX_IDLE || s.retWait || s.ctl !== null) return -1;
    }
    const gap = this.plsNextRead > this.now ? this.plsNextRead - this.now : 0;
    return this.mask | (this.vcrValid ? 32 : 0) | (gap << 6);
  }

  /**
   * Put the unit into the quiet state `key` (a quietKey() result) at cycle `now`. Everything
   * quietKey() does not encode is either fixed in a quiet unit or never observed again (station
   * entry numbers, the VALU's internal time), so the unit then behaves exactly like the one that
   * gave the key.
   */
  restoreQuiet(now: number, key: number): void {
    this.reset();
    this.now = now;
    this.mask = key & ALL_UNITS;
    this.vcrValid = (key & 32) !== 0;
    this.plsNextRead = now + (key >> 6);
  }

  /** Earliest cycle >= t in which a vector instruction may issue: the FIFO holds fewer than 2. */
  holdUntil(t: number): number {
    this.runTo(t);
    const stuck = this.now + STUCK_CYCLES;
    while (this.fifoCount >= FIFO_HOLD) {
      this.tick(stuck);
      if (this.now >= stuck) throw new Error(`vector unit model stuck at cycle ${this.now} (FIFO full)`);
    }
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
    const stuck = this.now + STUCK_CYCLES;
    while (!this.empty()) {
      this.tick(stuck);
      if (this.now >= stuck) throw new Error(`vector unit model stuck at cycle ${this.now} (not draining)`);
    }
    return this.now - 2;
  }

  /** pipe_empty: nothing entering the FIFO this cycle, FIFO and all stations empty. */
  private empty(): boolean {
    if (this.fifoCount > 0 || this.occupied !== 0) return false;
    return !(this.transitCount > 0 && this.transitAt[this.transitHead]! <= this.now);
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

  /**
   * Advance by one cycle, or over a span of cycles in which only the VALU pipeline and the serial
   * bus transfer move.
   */
  private tick(limit: number): void {
    const span = this.skipIdle ? this.idleSpan(limit) : 0;
    if (span > 0) {
      if (this.lsActive) for (let i = 0; i < span; i++) this.clockLs(this.now + i, null);
      this.valuTime += span;
      this.now += span;
    } else {
      this.step();
    }
  }

  /** No controller activity left: idle cycles change nothing. */
  private quiet(): boolean {
    return (
      this.fifoCount === 0 && this.transitCount === 0 && this.occupied === 0 && this.poppedPrev === null &&
      this.readPrev < 0 && this.valuCount === 0 && this.cmpOut === null && this.permD === null &&
      this.permOut === null && this.lsState === LS_IDLE && !this.lsActive && !this.plsActive && !this.plsOut &&
      this.plsRespCount === 0
    );
  }

  /**
   * Number of cycles from now (up to limit) in which no port request, FIFO move, station or
   * controller transition or parallel-bus event can happen: only the VALU pipeline advances (with
   * nothing entering) and a serial bus transfer runs. Such a span ends at the next event (an
   * instruction reaching the FIFO, a VALU result, the end of the transfer, a parallel-bus slave
   * acceptance or answer). 0 if the current cycle is not idle.
   */
  private idleSpan(limit: number): number {
    const c = this.now;
    if (
      this.poppedPrev !== null || this.readPrev >= 0 || this.cmpOut !== null || this.permD !== null ||
      this.permOut !== null || this.plsOut
    ) return 0;
    let end = limit;
    if (this.lsState !== LS_IDLE) {
      // A transfer in progress: the controller's next transition is the cycle after its last answer.
      if (this.lsState === LS_LOAD_COMPLETE || !this.lsActive) return 0;
      const lastReq = this.lsReq < SERIAL_WORDS ? c + (SERIAL_WORDS - 1 - this.lsReq) : this.lsReqAt[SERIAL_WORDS - 1]!;
      const done = lastReq + this.serialLatency + 1;
      if (done <= c) return 0;
      if (done < end) end = done;
    }
    if (this.valuCount > 0) {
      const exit = this.valuExit[this.valuHead]! - this.valuTime + c;
      if (exit <= c) return 0;
      if (exit < end) end = exit;
    }
    let busReady = true;
    if (this.plsActive) {
      if (this.plsAccepts(c)) return 0;
      busReady = false;
      if (this.plsNextRead < end) end = this.plsNextRead;
    }
    if (this.plsRespCount > 0 && this.plsResp[this.plsRespHead]! < end) end = this.plsResp[this.plsRespHead]!;
    if (this.transitCount > 0 && this.transitAt[this.transitHead]! < end) end = this.transitAt[this.transitHead]!;
    // Stations: nothing handed to a controller, no result waiting, nothing able to read or start.
    for (let occ = this.occupied; occ !== 0; occ &= occ - 1) {
      const u = 31 - Math.clz32(occ & -occ);
      const s = this.st[u]!;
      if (s.ctl !== null || s.retWait) return 0;
      const ready = u === UNIT_BUS ? busReady : u !== UNIT_LS || this.lsState === LS_IDLE;
      switch (s.ex) {
        case EX_REQ_B:
          return 0;
        case EX_REQ_A:
        case EX_START:
          if (ready) return 0;
          break;
        case EX_IDLE:
          if (s.ins !== s.exe && ready && s.operandsReady(s.exe & s.mask)) return 0;
          break;
      }
    }
    if (this.fifoCount > 0 && this.headMayLeave() !== null) return 0;
    return end === Infinity ? 0 : end - c;
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

  /** Does the parallel-bus slave accept the pending request in cycle c? */
  private plsAccepts(c: number): boolean {
    return this.plsOp!.kind !== KIND_LOAD || c >= this.plsNextRead;
  }

  /** One clock cycle: combinational outputs from the registers, then the register updates. */
  private step(): void {
    const c = this.now;
    const st = this.st;
    const ready = this.ready;
    const avail = this.avail;

    // --- unit controller outputs (result_avail, ready)
    avail[UNIT_VALU] = this.valuCount > 0 && this.valuExit[this.valuHead] === this.valuTime ? 1 : 0;
    avail[UNIT_CMP] = this.cmpOut !== null ? 1 : 0;
    avail[UNIT_PERM] = this.permOut !== null ? 1 : 0;
    avail[UNIT_LS] =
      this.lsState === LS_LOAD_COMPLETE || (this.lsState === LS_STORING && this.lsActive && this.lsResp === SERIAL_WORDS)
        ? 1 : 0;
    avail[UNIT_BUS] = this.plsOut ? 1 : 0;
    ready[UNIT_LS] = this.lsState === LS_IDLE ? 1 : 0;
    // Bus unit: ready while idle, or when the slave accepts the pending request (SCmdAccept).
    ready[UNIT_BUS] = !this.plsActive || this.plsAccepts(c) ? 1 : 0;

    // --- port requests: a station's retirement goes before its operand reads
    let reqMask = 0;
    let retMask = 0;
    for (let occ = this.occupied; occ !== 0; occ &= occ - 1) {
      const u = 31 - Math.clz32(occ & -occ);
      const s = st[u]!;
      if (s.retWait || (avail[u] === 1 && s.ops[s.ret & s.mask]!.dest >= 0)) {
        retMask |= 1 << u;
        reqMask |= 1 << u;
      } else if (s.ex === EX_REQ_B || (s.ex === EX_REQ_A && ready[u] === 1)) {
        reqMask |= 1 << u;
      }
    }

    // --- arbitration: the first unmasked requester in the order VALU, compare, permute,
    // load/store, bus; with none, the VALU (which only gets the port if it asks for it).
    let granted = -1;
    let portWrite = -1; // register written through the port this cycle
    let portRead = -1; // register read through the port this cycle
    let portRef = -1; // station entry whose result is written
    let writer: Op | null = null;
    if (reqMask !== 0) {
      const cand = reqMask & this.mask;
      const winner =
        cand & (1 << UNIT_VALU) ? UNIT_VALU
          : cand & (1 << UNIT_CMP) ? UNIT_CMP
            : cand & (1 << UNIT_PERM) ? UNIT_PERM
              : cand & (1 << UNIT_LS) ? UNIT_LS
                : cand & (1 << UNIT_BUS) ? UNIT_BUS
                  : UNIT_VALU;
      if (reqMask & (1 << winner)) {
        granted = winner;
        const s = st[winner]!;
        if (retMask & (1 << winner)) {
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
    // A station whose result did not get the port stalls (its unit's pipeline freezes).
    const stallMask = granted >= 0 ? retMask & ~(1 << granted) : retMask;

    const wbVcr = this.cmpOut !== null;
    const popped = this.fifoCount > 0 ? this.headMayLeave() : null;

    if (this.trace !== null) this.traceCycle(c, popped, granted, portWrite, portRead, stallMask);

    // ===== register updates =====

    if (writer !== null) this.perform(writer, STEP_WRITEBACK, c, 0);

    // Unit controllers see this cycle's control_valid registers and stalls.
    if (!(stallMask & (1 << UNIT_VALU))) {
      // The result at the output drops out; the station's control_valid enters.
      if (avail[UNIT_VALU]) {
        this.valuOps[this.valuHead] = null;
        this.valuHead = (this.valuHead + 1) & 7;
        this.valuCount--;
      }
      const v = st[UNIT_VALU]!.ctl;
      if (v !== null) {
        const i = (this.valuHead + this.valuCount) & 7;
        this.valuOps[i] = v;
        this.valuExit[i] = this.valuTime + this.valuDepth;
        this.valuCount++;
      }
      this.valuTime++;
    }
    this.cmpOut = st[UNIT_CMP]!.ctl;
    if (!(stallMask & (1 << UNIT_PERM))) {
      this.permOut = this.permD;
      this.permD = st[UNIT_PERM]!.ctl;
    }
    if (this.lsActive || this.lsState !== LS_IDLE || st[UNIT_LS]!.ctl !== null) this.clockLs(c, st[UNIT_LS]!.ctl);
    if (this.plsActive || this.plsOut || this.plsRespCount > 0 || st[UNIT_BUS]!.ctl !== null) {
      this.clockPls(c, st[UNIT_BUS]!.ctl, (stallMask & (1 << UNIT_BUS)) !== 0);
    }

    // Stations: execute machine, operand wake-up, retire machine.
    let vcrReads = 0;
    for (let occ = this.occupied; occ !== 0; occ &= occ - 1) {
      const u = 31 - Math.clz32(occ & -occ);
      const s = st[u]!;
      const m = s.mask;
      const stalled = (stallMask >> u) & 1;
      const ack = granted === u;
      const retAck = ack && (retMask >> u) & 1;
      let start: Op | null = null;
      switch (s.ex) {
        case EX_IDLE:
          if (s.ins !== s.exe && ready[u] && !stalled && s.operandsReady(s.exe & m)) {
            s.ex = s.ops[s.exe & m]!.srcA >= 0 ? EX_REQ_A : EX_START;
          }
          break;
        case EX_REQ_A:
          if (ack && !retAck) {
            const op = s.ops[s.exe & m]!;
            if (op.srcB >= 0) s.ex = EX_REQ_B;
            else {
              s.ex = EX_START;
              this.perform(op, STEP_EXEC, c, 0);
            }
          }
          break;
        case EX_REQ_B:
          if (ack && !retAck) {
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
      // Wake-up: producers writing through the port, the compare writing the VCR. (The execute
      // machine above saw the flags as they were at the start of the cycle.)
      if (portRef >= 0 || wbVcr) {
        for (let k = s.ret; k !== s.ins; k++) {
          const e = k & m;
          if (s.refA[e] === portRef) s.okA[e] = 1;
          if (s.refB[e] === portRef) s.okB[e] = 1;
          if (wbVcr) s.okVcr[e] = 1;
        }
      }
      // Retire machine.
      if (s.retWait) {
        if (retAck) {
          s.retWait = false;
          this.retire(s, u);
        }
      } else if (avail[u]) {
        if (retAck || s.ops[s.ret & m]!.dest < 0) this.retire(s, u);
        else s.retWait = true;
      }
    }

    // Register tracking: pending writes (WAW), pending reads (WAR), VCR.
    const prev = this.poppedPrev;
    if (prev !== null) {
      if (prev.srcA >= 0) this.readlock[prev.srcA]++;
      if (prev.srcB >= 0) this.readlock[prev.srcB]++;
    }
    if (this.readPrev >= 0) this.readlock[this.readPrev]--;
    this.readPrev = portRead;
    this.poppedPrev = popped;

    if (popped !== null) {
      const u = popped.unit;
      const s = st[u]!;
      const e = s.ins & s.mask;
      s.ops[e] = popped;
      // Operand availability at insertion, counting a write-back happening in this cycle.
      s.refA[e] = s.refB[e] = -1;
      s.okA[e] = s.okB[e] = 1;
      if (popped.srcA >= 0) {
        const r = popped.srcA;
        if (this.srcPending[r] === 1 && this.srcRef[r] !== portRef) {
          s.okA[e] = 0;
          s.refA[e] = this.srcRef[r];
        }
      }
      if (popped.srcB >= 0) {
        const r = popped.srcB;
        if (this.srcPending[r] === 1 && this.srcRef[r] !== portRef) {
          s.okB[e] = 0;
          s.refB[e] = this.srcRef[r];
        }
      }
      s.okVcr[e] = this.vcrValid || wbVcr ? 1 : 0;
      s.ins++;
      this.occupied |= 1 << u;
      if (popped.dest >= 0) {
        this.srcPending[popped.dest] = 1;
        this.srcRef[popped.dest] = u * 16 + e;
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

    // The request mask drops its lowest unit each cycle with a request, and refills once the
    // bus unit's bit (the last) is gone.
    if (reqMask !== 0) this.mask = this.mask & (1 << (NUM_UNITS - 1)) ? this.mask & (this.mask - 1) : ALL_UNITS;

    // Issue -> FIFO.
    if (this.transitCount > 0 && this.transitAt[this.transitHead] === c) {
      const op = this.transit[this.transitHead]!;
      this.transit[this.transitHead] = null;
      this.transitHead = (this.transitHead + 1) & 3;
      this.transitCount--;
      this.fifo[(this.fifoHead + this.fifoCount) & (FIFO_DEPTH - 1)] = op;
      this.fifoCount++;
    }

    this.now = c + 1;
  }

  private retire(s: Station<Op>, u: number): void {
    s.ops[s.ret & s.mask] = null;
    s.ret++;
    this.inFlight--;
    if (s.ret === s.ins) this.occupied &= ~(1 << u);
  }

  /** Load/store controller and serial bus master (4 word requests, one per cycle). */
  private clockLs(c: number, valid: Op | null): void {
    const complete = this.lsActive && this.lsResp === SERIAL_WORDS;
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
    if (newOp) {
      this.lsActive = true;
      this.lsOp = valid;
      this.lsReq = 0;
      this.lsResp = 0;
    } else if (this.lsActive) {
      // The slave accepts a request every cycle and answers each one SERIAL_LATENCY cycles later.
      if (this.lsResp < this.lsReq && this.lsReqAt[this.lsResp]! + this.serialLatency <= c) {
        this.perform(this.lsOp!, STEP_MEM, c, this.lsResp);
        this.lsResp++;
      }
      if (this.lsReq < SERIAL_WORDS) this.lsReqAt[this.lsReq++] = c;
      if (complete) {
        this.lsActive = false;
        this.lsOp = null;
      }
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
      if (this.plsOp!.kind === KIND_LOAD) this.plsNextRead = c + this.pbusReadInterval;
      this.perform(this.plsOp!, STEP_BUS, c, 0);
      this.plsResp[(this.plsRespHead + this.plsRespCount) & 3] = c + this.pbusLatency;
      this.plsRespCount++;
      this.plsActive = false;
      this.plsOp = null;
    } else if (valid !== null && !stalled) {
      this.plsActive = true;
      this.plsOp = valid;
    }
  }

  private traceCycle(c: number, popped: Op | null, granted: number, portWrite: number, portRead: number, stallMask: number): void {
    const t: string[] = [];
    if (popped) t.push(`pop u${popped.unit}`);
    if (granted >= 0) t.push(portWrite >= 0 ? `port W u${granted} v${portWrite}` : `port R u${granted} v${portRead}`);
    for (let u = 0; u < NUM_UNITS; u++) {
      if (this.st[u]!.ex === EX_START && this.ready[u] && !((stallMask >> u) & 1)) t.push(`start u${u}`);
    }
    t.push(`fifo ${this.fifoCount} mask ${this.mask.toString(2)}`);
    this.trace!(c, t.join(', '));
  }
}
