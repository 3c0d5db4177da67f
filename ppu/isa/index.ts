// The ISA as data: every instruction once (ppu/isa/scalar.ts, ppu/isa/fxv.ts). Decoder, executor,
// assembler, disassembler and docs/isa.md are all derived from these rows.
export * from './types.js';
export * from './fields.js';
export { SCALAR_INSNS } from './scalar.js';
export { FXV_INSNS, isVecDef, type VecInsnDef, type VecSem, type VecOp, type VecUnit, type Lanes } from './fxv.js';
export { ALL_INSNS, decode, decodeFor, decodeIndex, isCanonical, operandFields, rcOf } from './decode.js';
export { encode, EncodeError, fieldRange, opcodeBits, type EncodeOptions } from './encode.js';

import { ALL_INSNS } from './decode.js';
import type { InsnDef } from './types.js';

/** Instruction rows by base mnemonic. */
export const BY_MNEMONIC: ReadonlyMap<string, InsnDef> = new Map(ALL_INSNS.map((d) => [d.mnemonic, d]));
