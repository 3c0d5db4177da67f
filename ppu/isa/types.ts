import type { FieldName } from './fields.js';

/**
 * ISA categories (Power ISA 2.06 names where one exists). A profile enables a set of them:
 * the HICANN-DLS core (`dls`) has Base, Embedded, Wait and FXV; the `linux-user` profile models a
 * PowerPC 440 as GCC's `-mcpu=440` expects it, which adds the legacy multiply-accumulate (LMA)
 * and legacy move-assist (LMV, dlmzb) instructions.
 */
export type Category = 'base' | 'embedded' | 'wait' | 'lma' | 'lmv' | 'fxv';

/** Instruction formats; they say which field holds the extended opcode. */
export type Form = 'I' | 'B' | 'SC' | 'D' | 'X' | 'XL' | 'XFX' | 'XO' | 'M' | 'FXV';

/**
 * Timing class: how the instruction flows through the pipeline (docs/timing.md).
 * - alu: 1-cycle result (L=1)
 * - load: L=2; loadu: two issue cycles (RT then RA, each L=2)
 * - store: 1 cycle, no write-back; storeu: RA written with L=2
 * - lmw/stmw: 32-RT issue cycles, one register per cycle
 * - mul: pipelined, L=4
 * - div: front end frozen for 32 cycles
 * - branch: resolved in RF, see the branch-cache model
 * - sync: waits for all scalar writes and for the vector unit
 * - msr: context synchronising (mtmsr), 4 cycles
 * - trap: 2 cycles when not trapping
 * - nop: occupies an issue slot, predecoded as writing r0
 * - system: sc/wait/rfi/isync-like instructions with their own handling
 * - vector: issued to the FXV unit's queue
 */
export type TimingClass =
  | 'alu' | 'load' | 'loadu' | 'store' | 'storeu' | 'lmw' | 'stmw' | 'mul' | 'div'
  | 'branch' | 'sync' | 'msr' | 'trap' | 'nop' | 'isync' | 'sc' | 'wait' | 'rfi' | 'vector';

/**
 * A resource the instruction reads or writes, for the scoreboard:
 * - 'RT' 'RS' 'RA' 'RB': the GPR named by that field; 'RA0': RA unless the field is 0
 * - 'crf:BF' 'crf:BFA': the CR field named by a 3-bit field; 'crb:BI' etc.: the field holding a CR bit
 * - 'cr': all CR fields; 'crm': the fields selected by FXM
 * - 'lr' 'ctr' 'msr' 'spr' (the SPR named by the SPR field)
 */
export type Resource = string;

export interface InsnDef {
  /** Base mnemonic as GNU as spells it (without o/./l/a suffixes, which come from flags). */
  readonly mnemonic: string;
  readonly category: Category;
  readonly form: Form;
  readonly opcd: number;
  /** Extended opcode, in the field the form implies (XO10, XO9, or VXO for FXV). */
  readonly xo?: number;
  /**
   * Assembly operands in order. Field names, plus `D(RA)` for a displacement with base register,
   * `target` for a branch target (BD or LI, relative unless AA) and `VSH` for a vector shift.
   */
  readonly operands: readonly string[];
  /** The instruction has an OE bit (o-suffixed form). */
  readonly oe?: boolean;
  /** 'opt': Rc selectable with a '.' suffix; 'set': Rc is 1 and the mnemonic ends with '.'. */
  readonly rc?: 'opt' | 'set';
  /** Branch with LK (l suffix) and AA (a suffix) bits. */
  readonly lk?: boolean;
  readonly aa?: boolean;
  /** Fields whose value is fixed by the instruction (encoded, and required when decoding). */
  readonly fixed?: Readonly<Partial<Record<FieldName, number>>>;
  /** Semantics: a JavaScript template, see ppu/exec/codegen.ts for the names in scope. */
  readonly sem: string;
  readonly timing: TimingClass;
  readonly reads?: readonly Resource[];
  readonly writes?: readonly Resource[];
  /** Writes XER (CA/OV/SO): every following instruction waits until the write is done. */
  readonly xer?: boolean;
  /** Only valid in supervisor state (MSR[PR]=0). */
  readonly privileged?: boolean;
  /** One line for docs/isa.md. */
  readonly doc: string;
}
