// The FXV unit as the scalar pipeline sees it: issue (with the queue's hold rule), the moment
// each instruction's effects happen, and when the unit is empty (for sync and wait).
//
// The scalar core calls holdUntil/issue from generated code, catchUp before scalar memory
// accesses (vector and scalar memory accesses are not ordered: an access happens at the cycle
// the pipeline model gives it), and emptyAt for sync. Timing lives in pipeline.ts
// (docs/vector-timing.md); this file decodes what the timing model needs and carries out the
// effects in the steps the model schedules.

import { faultFor } from '../exceptions.js';
import { decode, extractField, isVecDef, type VecInsnDef } from '../isa/index.js';
import type { ChipPort } from '../io.js';
import type { Sram } from '../memory.js';
import * as P from './pipeline.js';
import { VecPipeline, type VecTimingOp } from './pipeline.js';
import { timingClassOf, VecTimingMemo, type MemoOp } from './memo.js';
import { executeVecCode, vecOpCode, VecState, writeMask, type VecOperands } from './semantics.js';

// Local copies: module-level constants are read in the hot paths below.
const STEP_EXEC = P.STEP_EXEC;
const STEP_MEM = P.STEP_MEM;
const STEP_BUS = P.STEP_BUS;
const STEP_WRITEBACK = P.STEP_WRITEBACK;
const KIND_NONE = P.KIND_NONE;
const KIND_LOAD = P.KIND_LOAD;
const KIND_STORE = P.KIND_STORE;
const UNIT_LS = P.UNIT_LS;

export interface VecHost {
  readonly dmem: Sram;
  readonly port: ChipPort | null;
  /** A store changed words first..last (word indices into dmem): invalidate compiled code there. */
  codeWritten(first: number, last: number): void;
}

/** A vector instruction in flight, with what was read at issue and what its timing needs. */
export interface VecOpInFlight extends MemoOp {
  def: VecInsnDef;
  pc: number;
  word: number;
  vrt: number;
  vra: number;
  vrb: number;
  cond: number;
  gpr: number;
  /** Effective address of lax/stax/inx/outx (checked at issue). */
  ea: number;
  issue: number;
  /** Bytes in transit (memory/bus data) and the lanes the condition enables. */
  readonly data: Uint8Array;
  mask: number;
  /** Operands for executeVecCode (register forms) and the operation code (-1: a transfer). */
  readonly operands: VecOperands;
  code: number;
  /** fxvlax/fxvstax: all 16 bytes move whatever the condition says. */
  memoryForm: boolean;
}

/** What an instruction word decodes to: fixed for the word, so computed once per word. */
interface Decoded {
  def: VecInsnDef;
  vrt: number;
  vra: number;
  vrb: number;
  cond: number;
  shift: number;
  unit: number;
  srcA: number;
  srcB: number;
  dest: number;
  writesVcr: boolean;
  readsVcr: boolean;
  kind: number;
  timingClass: number;
  code: number;
  memoryForm: boolean;
}

const UNIT_ID = { valu: P.UNIT_VALU, cmp: P.UNIT_CMP, ls: P.UNIT_LS, bus: P.UNIT_BUS, perm: P.UNIT_PERM } as const;

/**
 * Register-file traffic of each operation, as the unit's decoder sees it: which registers are
 * read through the port (first, second), whether VRT is written, and whether the condition field
 * makes the instruction wait for the VCR (compare, pack/unpack, shift, splat, lax and stax ignore it).
 */
function classify(op: Decoded): void {
  const { vrt, vra, vrb } = op;
  const conditional = op.cond !== 0;
  op.srcA = op.srcB = op.dest = -1;
  op.writesVcr = false;
  op.readsVcr = false;
  op.kind = KIND_NONE;
  switch (op.def.vec.op) {
    case 'add': case 'sub': case 'mul': case 'ma':
      op.srcA = vra; op.srcB = vrb; op.dest = vrt; op.readsVcr = conditional;
      break;
    case 'matac': case 'multac': case 'addtac':
      op.srcA = vra; op.srcB = vrb; op.readsVcr = conditional;
      break;
    case 'addac':
      op.srcA = vra; op.dest = vrt; op.readsVcr = conditional;
      break;
    case 'addactac': case 'mtac':
      op.srcA = vra; op.readsVcr = conditional;
      break;
    case 'cmp':
      op.srcA = vra; op.writesVcr = true;
      break;
    case 'splat':
      op.dest = vrt;
      break;
    case 'sel':
      op.srcA = vra; op.srcB = vrb; op.dest = vrt; op.readsVcr = conditional;
      break;
    case 'sh':
      op.srcA = vra; op.dest = vrt;
      break;
    case 'pcku': case 'pckl': case 'upckl': case 'upckr':
      op.srcA = vra; op.srcB = vrb; op.dest = vrt;
      break;
    case 'lax':
      op.dest = vrt; op.kind = KIND_LOAD;
      break;
    case 'stax':
      op.srcA = vrt; op.kind = KIND_STORE;
      break;
    case 'inx':
      op.dest = vrt; op.kind = KIND_LOAD; op.readsVcr = conditional;
      break;
    case 'outx':
      op.srcA = vrt; op.kind = KIND_STORE; op.readsVcr = conditional;
      break;
  }
}

/** Records for instructions in flight; at most 4 + 2 + 26 exist at once, so a small pool suffices. */
const POOL_SIZE = 64;

function newRecord(): VecOpInFlight {
  return {
    def: undefined as unknown as VecInsnDef, pc: 0, word: 0, vrt: 0, vra: 0, vrb: 0, cond: 0, gpr: 0,
    ea: 0, issue: 0, data: new Uint8Array(16), mask: 0,
    unit: 0, srcA: -1, srcB: -1, dest: -1, writesVcr: false, readsVcr: false, kind: 0, timingClass: 0, segIndex: 0,
    code: -1, memoryForm: false,
    operands: { vrt: 0, vra: 0, vrb: 0, cond: 0, gpr: 0, shift: 0 },
  };
}

function decodeWord(word: number): Decoded | null {
  const def = decode(word);
  if (!def || !isVecDef(def)) return null;
  const d: Decoded = {
    def,
    vrt: extractField(word, 'VRT'),
    vra: extractField(word, 'VRA'),
    vrb: extractField(word, 'VRB'),
    cond: extractField(word, 'C'),
    shift: extractField(word, 'VSH'),
    unit: UNIT_ID[def.vec.unit],
    srcA: -1, srcB: -1, dest: -1, writesVcr: false, readsVcr: false, kind: KIND_NONE, timingClass: 0,
    code: vecOpCode(def), memoryForm: def.vec.op === 'lax' || def.vec.op === 'stax',
  };
  classify(d);
  d.timingClass = timingClassOf(d);
  return d;
}

export class VectorUnit {
  readonly state = new VecState();
  readonly pipeline: VecPipeline<VecOpInFlight>;
  /** The pipeline's answers, memoised (memo.ts); every call goes through it. */
  readonly memo: VecTimingMemo<VecOpInFlight>;
  /** True while instructions are in flight (the scalar side then calls catchUp before memory accesses). */
  busy = false;
  private readonly pool: VecOpInFlight[] = Array.from({ length: POOL_SIZE }, newRecord);
  /** Decoded vector instruction words (a program uses few distinct ones). */
  private readonly decoded = new Map<number, Decoded>();
  private poolNext = 0;

  constructor(private readonly host: VecHost) {
    this.pipeline = new VecPipeline<VecOpInFlight>((op, step, cycle, word) => this.memo.onEffect(op, step, cycle, word));
    this.memo = new VecTimingMemo(this.pipeline, (op, step, cycle, word) => this.perform(op, step, cycle, word));
  }

  reset(): void {
    this.state.reset();
    this.memo.reset();
    this.busy = false;
  }

  /** Earliest cycle >= t at which a vector instruction may issue (queue occupancy rule). */
  holdUntil(t: number): number {
    return this.memo.holdUntil(t);
  }

  issue(t: number, pc: number, word: number, ra: number, rb: number): void {
    let d = this.decoded.get(word);
    if (d === undefined) {
      d = decodeWord(word) ?? undefined;
      if (d === undefined) throw faultFor('illegal-instruction');
      this.decoded.set(word, d);
    }
    const ea = (ra + rb) >>> 0;
    if (d.kind !== KIND_NONE) {
      if (d.unit === UNIT_LS) {
        const store = d.kind === KIND_STORE;
        if (ea & 15) throw faultFor('alignment', ea, store);
        if (!this.host.dmem.contains(ea, 16)) throw faultFor('data-storage', ea, store);
      } else if (!this.host.port) {
        throw faultFor('data-storage', ea, d.kind === KIND_STORE);
      }
    }
    // Records are reused round-robin; a record is free again long before POOL_SIZE newer
    // instructions have issued (at most 32 are in flight).
    const op = this.pool[this.poolNext]!;
    this.poolNext = (this.poolNext + 1) % POOL_SIZE;
    op.def = d.def;
    op.pc = pc;
    op.word = word;
    op.vrt = d.vrt;
    op.vra = d.vra;
    op.vrb = d.vrb;
    op.cond = d.cond;
    op.gpr = ra;
    op.ea = ea;
    op.issue = t;
    op.mask = 0xffff;
    op.unit = d.unit;
    op.srcA = d.srcA;
    op.srcB = d.srcB;
    op.dest = d.dest;
    op.writesVcr = d.writesVcr;
    op.readsVcr = d.readsVcr;
    op.kind = d.kind;
    op.timingClass = d.timingClass;
    op.code = d.code;
    op.memoryForm = d.memoryForm;
    const o = op.operands;
    o.vrt = d.vrt;
    o.vra = d.vra;
    o.vrb = d.vrb;
    o.cond = d.cond;
    o.gpr = ra;
    o.shift = d.shift;
    this.memo.issue(op, t);
    this.busy = true;
  }

  /** Carry out everything the pipeline schedules before cycle t (scalar accesses in t go first). */
  catchUp(t: number): void {
    this.memo.advance(t);
    this.busy = this.memo.pending();
  }

  /**
   * For sync/wait issued in cycle t: the next instruction may issue at emptyAt(t) + 3 (one cycle
   * after the unit is first seen empty); t - 1 if the unit is already empty.
   */
  emptyAt(t: number): number {
    const e = this.memo.drain(t);
    this.busy = false;
    return e;
  }

  /** One effect step of an instruction, at the cycle the pipeline gives it. */
  // The memory forms (fxvlax/fxvstax) move all 16 bytes whatever their condition field says (the
  // core's load/store unit drives all byte enables); the synapse-bus forms honour the condition.
  private perform(op: VecOpInFlight, step: number, cycle: number, word: number): void {
    const s = this.state;
    switch (step) {
      case STEP_EXEC:
        if (op.kind === KIND_STORE) {
          // fxvstax/fxvoutx: the register is read through the port now; the bus moves this copy later.
          const vr = s.vr;
          const data = op.data;
          for (let i = 0, o = op.vrt * 16; i < 16; i++) data[i] = vr[o + i]!;
          op.mask = op.memoryForm ? 0xffff : writeMask(s, op.cond);
        } else if (op.kind === KIND_LOAD) {
          op.mask = op.memoryForm ? 0xffff : writeMask(s, op.cond);
        } else {
          executeVecCode(s, op.code, op.operands);
        }
        return;
      case STEP_MEM: {
        // One aligned big-endian word of memory (the address is 16-byte aligned: checked at issue).
        const m = this.host.dmem;
        const w = (op.ea + 4 * word - m.base) >>> 2;
        const data = op.data;
        const k = 4 * word;
        if (op.kind === KIND_LOAD) {
          const v = m.words[w]!;
          data[k] = v >>> 24;
          data[k + 1] = (v >>> 16) & 0xff;
          data[k + 2] = (v >>> 8) & 0xff;
          data[k + 3] = v & 0xff;
          return;
        }
        const old = m.words[w]!;
        let v = old;
        for (let i = 0; i < 4; i++) {
          if (op.mask & (1 << (k + i))) {
            const sh = (3 - i) << 3;
            v = (v & ~(0xff << sh)) | (data[k + i]! << sh);
          }
        }
        m.words[w] = v;
        if (m.codeMarks[w]) {
          if (v !== old) m.codeDirty = true;
          this.host.codeWritten(w, w);
        }
        return;
      }
      case STEP_BUS:
        // (the port does not keep `data`: ChipPort.vecWrite)
        if (op.kind === KIND_LOAD) this.host.port!.vecRead(op.ea, op.data, cycle);
        else this.host.port!.vecWrite(op.ea, op.data, op.mask, cycle);
        return;
      case STEP_WRITEBACK: {
        if (op.kind !== KIND_LOAD) return;
        const vr = s.vr;
        const data = op.data;
        const mask = op.mask;
        for (let i = 0, o = op.vrt * 16; i < 16; i++) if (mask & (1 << i)) vr[o + i] = data[i]!;
        return;
      }
    }
  }
}
