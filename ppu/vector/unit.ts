// The FXV unit as the scalar pipeline sees it: issue (with the queue's hold rule), the moment
// each instruction's effects happen, and when the unit is empty (for sync and wait).
//
// The scalar core calls holdUntil/issue from generated code, catchUp before scalar memory
// accesses (vector and scalar memory accesses are not ordered: an access happens at the cycle
// the pipeline model gives it), and emptyAt for sync.

import { faultFor } from '../exceptions.js';
import { decode, extractField, isVecDef, type VecInsnDef } from '../isa/index.js';
import type { ChipPort } from '../io.js';
import type { Sram } from '../memory.js';
import { VecPipeline, type VecTiming } from './pipeline.js';
import { executeVec, transferIn, VecState, writeMask } from './semantics.js';

export interface VecHost {
  readonly dmem: Sram;
  readonly port: ChipPort | null;
  /** A store changed words first..last (word indices into dmem): invalidate compiled code there. */
  codeWritten(first: number, last: number): void;
}

/** A vector instruction in flight, with what was read at issue. */
export interface VecOpInFlight {
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
}

export class VectorUnit {
  readonly state = new VecState();
  readonly pipeline: VecPipeline;
  /** True while instructions are in flight (the scalar side then calls catchUp before memory accesses). */
  busy = false;
  private readonly buf = new Uint8Array(16);

  constructor(
    private readonly host: VecHost,
    timing?: Partial<VecTiming>,
  ) {
    this.pipeline = new VecPipeline((op, cycle) => this.perform(op, cycle), timing);
  }

  reset(): void {
    this.state.reset();
    this.pipeline.reset();
    this.busy = false;
  }

  /** Earliest cycle >= t at which a vector instruction may issue (queue occupancy rule). */
  holdUntil(t: number): number {
    return this.pipeline.holdUntil(t);
  }

  issue(t: number, pc: number, word: number, ra: number, rb: number): void {
    const d = decode(word);
    if (!d || !isVecDef(d)) throw faultFor('illegal-instruction');
    const op: VecOpInFlight = {
      def: d, pc, word,
      vrt: extractField(word, 'VRT'),
      vra: extractField(word, 'VRA'),
      vrb: extractField(word, 'VRB'),
      cond: extractField(word, 'C'),
      gpr: ra,
      ea: (ra + rb) >>> 0,
      issue: t,
    };
    const kind = d.vec.op;
    if (kind === 'lax' || kind === 'stax') {
      if (op.ea & 15) throw faultFor('alignment', op.ea, kind === 'stax');
      if (!this.host.dmem.contains(op.ea, 16)) throw faultFor('data-storage', op.ea, kind === 'stax');
    } else if ((kind === 'inx' || kind === 'outx') && !this.host.port) {
      throw faultFor('data-storage', op.ea, kind === 'outx');
    }
    this.pipeline.issue(op, t);
    this.busy = this.pipeline.pending();
  }

  /** Carry out everything the pipeline schedules up to and including cycle t. */
  catchUp(t: number): void {
    this.pipeline.advance(t);
    this.busy = this.pipeline.pending();
  }

  /** Cycle in which the last instruction in flight completes (t if the unit is empty). */
  emptyAt(t: number): number {
    const e = this.pipeline.drain(t);
    this.busy = false;
    return e;
  }

  /** The effect of one instruction, at the cycle the pipeline gives it. */
  private perform(op: VecOpInFlight, cycle: number): void {
    const s = this.state;
    switch (op.def.vec.op) {
      case 'lax': {
        const m = this.host.dmem;
        for (let i = 0; i < 16; i++) this.buf[i] = m.readByte(op.ea + i);
        transferIn(s, op.vrt, this.buf, op.cond);
        return;
      }
      case 'stax': {
        const m = this.host.dmem;
        const src = s.reg(op.vrt);
        const mask = writeMask(s, op.cond);
        for (let i = 0; i < 16; i++) if (mask & (1 << i)) m.writeByte(op.ea + i, src[i]!);
        const w = (op.ea - m.base) >>> 2;
        if (m.codeMarks[w] || m.codeMarks[w + 1] || m.codeMarks[w + 2] || m.codeMarks[w + 3]) this.host.codeWritten(w, w + 3);
        return;
      }
      case 'inx':
        this.host.port!.vecRead(op.ea, this.buf, cycle);
        transferIn(s, op.vrt, this.buf, op.cond);
        return;
      case 'outx':
        this.host.port!.vecWrite(op.ea, s.reg(op.vrt).slice(), writeMask(s, op.cond), cycle);
        return;
      default:
        executeVec(s, op.def, {
          vrt: op.vrt, vra: op.vra, vrb: op.vrb, cond: op.cond, gpr: op.gpr,
          shift: extractField(op.word, 'VSH'),
        });
    }
  }
}
