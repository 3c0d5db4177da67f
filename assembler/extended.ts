// Extended mnemonics as data: each row names a base instruction of the ISA table, the operands
// it is written with, and how those operands map onto the base fields (toBase) and back
// (fromBase, for the disassembler). GNU as (powerpc-linux-gnu-as -m440) is the reference for
// which mnemonics exist, their operand ranges and their encodings; scripts/gen-asm-corpus.ts
// checks every row against it.
//
// Rows flagged `disasm: false` are accepted by the assembler but never chosen by the
// disassembler (it prints the base instruction or a preferred alias instead). Among the rows of
// one base instruction the disassembler takes the first that reproduces the word exactly.

import { BASE_FORMS, baseForm, fieldsOf, type Form, type HintKind, type OperandSpec } from './forms.js';
import type { FieldName } from '../ppu/isa/index.js';

type Fields = Partial<Record<FieldName, number>>;

interface ExtRow {
  name: string;
  base: string;
  ops: OperandSpec[];
  to: (v: readonly number[]) => Fields;
  from: (f: Readonly<Record<string, number>>) => number[];
  /** Accept the record (.) suffix when the base row has one (default: yes). */
  rc?: boolean;
  oe?: boolean;
  hint?: HintKind;
  disasm?: boolean;
  /** The row takes over the base row's name (GNU as gives that name this meaning). */
  replaces?: boolean;
  /** Extra check on the base field values. */
  validate?: (f: Readonly<Record<string, number>>) => string | undefined;
}

// --- operand spec helpers ----------------------------------------------------------------------
const G = (name: string): OperandSpec => ({ name, kind: 'gpr', min: 0, max: 31 });
const CRF = (name = 'BF'): OperandSpec => ({ name, kind: 'crf', min: 0, max: 7, optional: true, dflt: 0 });
const CRB = (name: string): OperandSpec => ({ name, kind: 'crbit', min: 0, max: 31 });
const IMM = (name: string, min: number, max: number, extra: Partial<OperandSpec> = {}): OperandSpec => ({ name, kind: 'imm', min, max, ...extra });
const I16 = (name: string, min: number, max: number, signed: boolean): OperandSpec => ({ name, kind: 'imm16', min, max, signed });
const DISP: OperandSpec = { name: 'D', kind: 'disp', min: -0x8000, max: 0x7fff, signed: true };
const TGT = (bits: 14 | 24 = 14): OperandSpec => ({ name: 'target', kind: 'target', min: bits === 14 ? -0x8000 : -0x2000000, max: bits === 14 ? 0x7ffc : 0x1fffffc, bits });
const MASK: OperandSpec = { name: 'mask', kind: 'mask', min: -0x80000000, max: 0xffffffff };

const rows: ExtRow[] = [];
const row = (r: ExtRow) => rows.push(r);

// --- arithmetic and moves ------------------------------------------------------------------------
row({ name: 'nop', base: 'ori', ops: [], to: () => ({ RA: 0, RS: 0, UI: 0 }), from: () => [] });
row({ name: 'li', base: 'addi', ops: [G('RT'), I16('SI', -0x8000, 0x7fff, true)], to: (v) => ({ RT: v[0], RA: 0, SI: v[1] }), from: (f) => [f.RT!, f.SI!] });
row({ name: 'la', base: 'addi', ops: [G('RT'), DISP], to: (v) => ({ RT: v[0], SI: v[1], RA: v[2] }), from: (f) => [f.RT!, f.SI!, f.RA!], disasm: false });
row({ name: 'lis', base: 'addis', ops: [G('RT'), I16('SI', -0x8000, 0xffff, true)], to: (v) => ({ RT: v[0], RA: 0, SI: v[1] }), from: (f) => [f.RT!, f.SI!] });
// subi & co. negate their immediate, so their ranges are the negated ranges of the base field.
row({ name: 'subi', base: 'addi', ops: [G('RT'), G('RA'), IMM('SI', -0x7fff, 0x8000)], to: (v) => ({ RT: v[0], RA: v[1], SI: -v[2]! }), from: (f) => [f.RT!, f.RA!, -f.SI!], disasm: false });
row({ name: 'subis', base: 'addis', ops: [G('RT'), G('RA'), IMM('SI', -0xffff, 0x8000)], to: (v) => ({ RT: v[0], RA: v[1], SI: -v[2]! }), from: (f) => [f.RT!, f.RA!, -f.SI!], disasm: false });
row({ name: 'subic', base: 'addic', ops: [G('RT'), G('RA'), IMM('SI', -0x7fff, 0x8000)], to: (v) => ({ RT: v[0], RA: v[1], SI: -v[2]! }), from: (f) => [f.RT!, f.RA!, -f.SI!], disasm: false });
row({ name: 'subic.', base: 'addic.', ops: [G('RT'), G('RA'), IMM('SI', -0x7fff, 0x8000)], to: (v) => ({ RT: v[0], RA: v[1], SI: -v[2]! }), from: (f) => [f.RT!, f.RA!, -f.SI!], disasm: false });
// sub RT,RA,RB is subf RT,RB,RA.
row({ name: 'sub', base: 'subf', ops: [G('RT'), G('RA'), G('RB')], to: (v) => ({ RT: v[0], RA: v[2], RB: v[1] }), from: (f) => [f.RT!, f.RB!, f.RA!], disasm: false });
row({ name: 'subc', base: 'subfc', ops: [G('RT'), G('RA'), G('RB')], to: (v) => ({ RT: v[0], RA: v[2], RB: v[1] }), from: (f) => [f.RT!, f.RB!, f.RA!], disasm: false });
row({ name: 'mr', base: 'or', ops: [G('RA'), G('RS')], to: (v) => ({ RA: v[0], RS: v[1], RB: v[1] }), from: (f) => [f.RA!, f.RS!] });
row({ name: 'not', base: 'nor', ops: [G('RA'), G('RS')], to: (v) => ({ RA: v[0], RS: v[1], RB: v[1] }), from: (f) => [f.RA!, f.RS!] });

// --- rotates and shifts --------------------------------------------------------------------------
// Ranges and the modulo-32 wrap-arounds are what GNU as 2.40 accepts and produces.
const R = (name: string, ops: OperandSpec[], to: ExtRow['to'], from: ExtRow['from'], disasm = true, base = 'rlwinm') =>
  row({ name, base, ops: [G('RA'), G('RS'), ...ops], to, from, disasm });
const n31 = IMM('n', 0, 31);
const n32 = IMM('n', 0, 32);
const b31 = IMM('b', 0, 31);
R('rotlwi', [n31], (v) => ({ RA: v[0], RS: v[1], SH: v[2], MB: 0, ME: 31 }), (f) => [f.RA!, f.RS!, f.SH!]);
R('slwi', [n31], (v) => ({ RA: v[0], RS: v[1], SH: v[2], MB: 0, ME: 31 - v[2]! }), (f) => [f.RA!, f.RS!, f.SH!]);
R('srwi', [n31], (v) => ({ RA: v[0], RS: v[1], SH: (32 - v[2]!) & 31, MB: v[2], ME: 31 }), (f) => [f.RA!, f.RS!, f.MB!]);
R('clrlwi', [n31], (v) => ({ RA: v[0], RS: v[1], SH: 0, MB: v[2], ME: 31 }), (f) => [f.RA!, f.RS!, f.MB!]);
R('clrrwi', [n31], (v) => ({ RA: v[0], RS: v[1], SH: 0, MB: 0, ME: 31 - v[2]! }), (f) => [f.RA!, f.RS!, 31 - f.ME!]);
R('extlwi', [n32, b31], (v) => ({ RA: v[0], RS: v[1], SH: v[3], MB: 0, ME: (v[2]! - 1) & 31 }), (f) => [f.RA!, f.RS!, f.ME! + 1, f.SH!]);
R('extrwi', [n31, b31], (v) => ({ RA: v[0], RS: v[1], SH: (v[3]! + v[2]!) & 31, MB: (32 - v[2]!) & 31, ME: 31 }), (f) => [f.RA!, f.RS!, 32 - f.MB!, (f.SH! - (32 - f.MB!)) & 31]);
R('clrlslwi', [IMM('b', 0, 31), IMM('n', 0, 31)], (v) => ({ RA: v[0], RS: v[1], SH: v[3], MB: (v[2]! - v[3]!) & 31, ME: 31 - v[3]! }), (f) => [f.RA!, f.RS!, (f.MB! + f.SH!) & 31, f.SH!]);
R('rotrwi', [n31], (v) => ({ RA: v[0], RS: v[1], SH: (32 - v[2]!) & 31, MB: 0, ME: 31 }), (f) => [f.RA!, f.RS!, (32 - f.SH!) & 31], false);
R('inslwi', [n32, b31], (v) => ({ RA: v[0], RS: v[1], SH: (32 - v[3]!) & 31, MB: v[3], ME: (v[3]! + v[2]! - 1) & 31 }), (f) => [f.RA!, f.RS!, ((f.ME! - f.MB!) & 31) + 1, f.MB!], true, 'rlwimi');
R('insrwi', [n32, b31], (v) => ({ RA: v[0], RS: v[1], SH: (32 - v[3]! - v[2]!) & 31, MB: v[3], ME: (v[3]! + v[2]! - 1) & 31 }), (f) => [f.RA!, f.RS!, ((f.ME! - f.MB!) & 31) + 1, f.MB!], true, 'rlwimi');
R('rotlw', [G('RB')], (v) => ({ RA: v[0], RS: v[1], RB: v[2], MB: 0, ME: 31 }), (f) => [f.RA!, f.RS!, f.RB!], true, 'rlwnm');

/** Ones from IBM bit `from` to bit `to` (inclusive). */
function ones(from: number, to: number): number {
  return ((0xffffffff >>> from) & ~(to >= 31 ? 0 : 0xffffffff >>> (to + 1))) >>> 0;
}

export function maskOf(mb: number, me: number): number {
  return mb <= me ? ones(mb, me) : (ones(0, me) | ones(mb, 31)) >>> 0;
}

/** Every mask rlwinm can express, with the MB, ME GNU as chooses for it (first found). */
const MASKS = new Map<number, [number, number]>();
for (let mb = 0; mb < 32; mb++) {
  for (let me = 0; me < 32; me++) {
    const m = maskOf(mb, me);
    if (!MASKS.has(m)) MASKS.set(m, [mb, me]);
  }
}

/** MB, ME of a 32-bit mask that is one run of ones (possibly wrapping around), if it is one. */
export function maskBounds(mask: number): [number, number] | undefined {
  return MASKS.get(mask >>> 0);
}

// The four-operand forms with a mask instead of MB,ME (GCC writes `rlwinm 4,4,0,0xff`). The
// mask operand is converted by the assembler (see instructions.ts), giving MB and ME.
row({ name: 'rlwinm', base: 'rlwinm', ops: [G('RA'), G('RS'), IMM('SH', 0, 31), MASK], to: (v) => ({ RA: v[0], RS: v[1], SH: v[2], MB: v[3], ME: v[4] }), from: () => [], disasm: false });
row({ name: 'rlwnm', base: 'rlwnm', ops: [G('RA'), G('RS'), G('RB'), MASK], to: (v) => ({ RA: v[0], RS: v[1], RB: v[2], MB: v[3], ME: v[4] }), from: () => [], disasm: false });
row({ name: 'rlwimi', base: 'rlwimi', ops: [G('RA'), G('RS'), IMM('SH', 0, 31), MASK], to: (v) => ({ RA: v[0], RS: v[1], SH: v[2], MB: v[3], ME: v[4] }), from: () => [], disasm: false });

// --- compares ------------------------------------------------------------------------------------
row({ name: 'cmpw', base: 'cmp', ops: [CRF(), G('RA'), G('RB')], to: (v) => ({ BF: v[0], L: 0, RA: v[1], RB: v[2] }), from: (f) => [f.BF!, f.RA!, f.RB!] });
row({ name: 'cmplw', base: 'cmpl', ops: [CRF(), G('RA'), G('RB')], to: (v) => ({ BF: v[0], L: 0, RA: v[1], RB: v[2] }), from: (f) => [f.BF!, f.RA!, f.RB!] });
row({ name: 'cmpwi', base: 'cmpi', ops: [CRF(), G('RA'), I16('SI', -0x8000, 0x7fff, true)], to: (v) => ({ BF: v[0], L: 0, RA: v[1], SI: v[2] }), from: (f) => [f.BF!, f.RA!, f.SI!] });
row({ name: 'cmplwi', base: 'cmpli', ops: [CRF(), G('RA'), I16('UI', -0x8000, 0xffff, false)], to: (v) => ({ BF: v[0], L: 0, RA: v[1], UI: v[2] }), from: (f) => [f.BF!, f.RA!, f.UI!] });

// --- branches ------------------------------------------------------------------------------------
// Conditions: [name, BO (branch if true: 12, if false: 4), CR bit within the field].
// The first eight are the ones the disassembler prints; nl ng un nu are aliases.
const CONDS: [string, number, number][] = [
  ['lt', 12, 0], ['le', 4, 1], ['eq', 12, 2], ['ge', 4, 0], ['gt', 12, 1], ['ne', 4, 2], ['so', 12, 3], ['ns', 4, 3],
  ['nl', 4, 0], ['ng', 4, 1], ['un', 12, 3], ['nu', 4, 3],
];
for (const [i, [c, bo, bit]] of CONDS.entries()) {
  const disasm = i < 8;
  row({ name: `b${c}`, base: 'bc', ops: [CRF('cr'), TGT()], to: (v) => ({ BO: bo, BI: 4 * v[0]! + bit, BD: v[1] }), from: (f) => [f.BI! >> 2, f.BD!], hint: 'target', disasm });
  row({ name: `b${c}lr`, base: 'bclr', ops: [CRF('cr')], to: (v) => ({ BO: bo, BI: 4 * v[0]! + bit, BH: 0 }), from: (f) => [f.BI! >> 2], hint: 'lr', disasm });
  row({ name: `b${c}ctr`, base: 'bcctr', ops: [CRF('cr')], to: (v) => ({ BO: bo, BI: 4 * v[0]! + bit, BH: 0 }), from: (f) => [f.BI! >> 2], hint: 'lr', disasm });
}
// Decrement CTR, branch on CTR (and a CR bit): [name, BO, takes a CR bit].
const CTR: [string, number, boolean][] = [
  ['bdnz', 16, false], ['bdz', 18, false],
  ['bdnzt', 8, true], ['bdnzf', 0, true], ['bdzt', 10, true], ['bdzf', 2, true],
];
for (const [c, bo, withBit] of CTR) {
  if (withBit) {
    row({ name: c, base: 'bc', ops: [CRB('BI'), TGT()], to: (v) => ({ BO: bo, BI: v[0], BD: v[1] }), from: (f) => [f.BI!, f.BD!], hint: 'target' });
    row({ name: `${c}lr`, base: 'bclr', ops: [CRB('BI')], to: (v) => ({ BO: bo, BI: v[0], BH: 0 }), from: (f) => [f.BI!], hint: 'lr' });
  } else {
    row({ name: c, base: 'bc', ops: [TGT()], to: (v) => ({ BO: bo, BI: 0, BD: v[0] }), from: (f) => [f.BD!], hint: 'target' });
    row({ name: `${c}lr`, base: 'bclr', ops: [], to: () => ({ BO: bo, BI: 0, BH: 0 }), from: () => [], hint: 'lr' });
  }
}
// Branch on a CR bit given by number (the disassembler prints the b<cond> forms instead).
for (const [c, bo] of [['bt', 12], ['bf', 4]] as const) {
  row({ name: c, base: 'bc', ops: [CRB('BI'), TGT()], to: (v) => ({ BO: bo, BI: v[0], BD: v[1] }), from: (f) => [f.BI!, f.BD!], hint: 'target', disasm: false });
  row({ name: `${c}lr`, base: 'bclr', ops: [CRB('BI')], to: (v) => ({ BO: bo, BI: v[0], BH: 0 }), from: (f) => [f.BI!], hint: 'lr', disasm: false });
  row({ name: `${c}ctr`, base: 'bcctr', ops: [CRB('BI')], to: (v) => ({ BO: bo, BI: v[0], BH: 0 }), from: (f) => [f.BI!], hint: 'lr', disasm: false });
}
row({ name: 'blr', base: 'bclr', ops: [], to: () => ({ BO: 20, BI: 0, BH: 0 }), from: () => [] });
row({ name: 'bctr', base: 'bcctr', ops: [], to: () => ({ BO: 20, BI: 0, BH: 0 }), from: () => [] });

// --- condition register --------------------------------------------------------------------------
row({ name: 'crset', base: 'creqv', ops: [CRB('BT')], to: (v) => ({ BT: v[0], BA: v[0], BB: v[0] }), from: (f) => [f.BT!] });
row({ name: 'crclr', base: 'crxor', ops: [CRB('BT')], to: (v) => ({ BT: v[0], BA: v[0], BB: v[0] }), from: (f) => [f.BT!] });
row({ name: 'crnot', base: 'crnor', ops: [CRB('BT'), CRB('BA')], to: (v) => ({ BT: v[0], BA: v[1], BB: v[1] }), from: (f) => [f.BT!, f.BA!] });
row({ name: 'crmove', base: 'cror', ops: [CRB('BT'), CRB('BA')], to: (v) => ({ BT: v[0], BA: v[1], BB: v[1] }), from: (f) => [f.BT!, f.BA!] });
row({ name: 'mtcr', base: 'mtcrf', ops: [G('RS')], to: (v) => ({ FXM: 0xff, RS: v[0] }), from: (f) => [f.RS!] });

// --- traps ---------------------------------------------------------------------------------------
const TRAPS: [string, number][] = [
  ['lt', 16], ['le', 20], ['eq', 4], ['ge', 12], ['gt', 8], ['ne', 24], ['llt', 2], ['lle', 6], ['lge', 5], ['lgt', 1], ['u', 31],
  ['nl', 12], ['ng', 20], ['lnl', 5], ['lng', 6],
];
row({ name: 'trap', base: 'tw', ops: [], to: () => ({ TO: 31, RA: 0, RB: 0 }), from: () => [] });
for (const [i, [c, to]] of TRAPS.entries()) {
  const disasm = i < 11;
  row({ name: `tw${c}`, base: 'tw', ops: [G('RA'), G('RB')], to: (v) => ({ TO: to, RA: v[0], RB: v[1] }), from: (f) => [f.RA!, f.RB!], disasm });
  row({ name: `tw${c}i`, base: 'twi', ops: [G('RA'), I16('SI', -0x8000, 0x7fff, true)], to: (v) => ({ TO: to, RA: v[0], SI: v[1] }), from: (f) => [f.RA!, f.SI!], disasm });
}

// --- special purpose registers -------------------------------------------------------------------
// [name, SPR for mt, SPR for mf] (undefined: that direction has no extended mnemonic).
const SPRS: [string, number | undefined, number | undefined][] = [
  ['xer', 1, 1], ['lr', 8, 8], ['ctr', 9, 9], ['dec', 22, 22], ['srr0', 26, 26], ['srr1', 27, 27],
  ['pid', 48, 48], ['decar', 54, undefined], ['csrr0', 58, 58], ['csrr1', 59, 59], ['dear', 61, 61],
  ['esr', 62, 62], ['ivpr', 63, 63], ['usprg0', 256, 256],
  ['sprg0', 272, 272], ['sprg1', 273, 273], ['sprg2', 274, 274], ['sprg3', 275, 275],
  // SPRG4..7 are read through their user-readable numbers 260..263, as GNU as does.
  ['sprg4', 276, 260], ['sprg5', 277, 261], ['sprg6', 278, 262], ['sprg7', 279, 263],
  ['tbl', 284, 268], ['tbu', 285, 269], ['pir', undefined, 286], ['pvr', undefined, 287],
  ['dbsr', 304, 304], ['dbcr0', 308, 308], ['dbcr1', 309, 309], ['dbcr2', 310, 310],
  ['iac1', 312, 312], ['iac2', 313, 313], ['dac1', 316, 316], ['dac2', 317, 317],
  ['tsr', 336, 336], ['tcr', 340, 340],
  ...Array.from({ length: 16 }, (_, i) => [`ivor${i}`, 400 + i, 400 + i] as [string, number, number]),
  ['mcsrr0', 570, 570], ['mcsrr1', 571, 571],
];
// icbt with the cache target omitted (GNU as -m440 accepts both; objdump prints this form for CT 0).
row({ name: 'icbt', base: 'icbt', ops: [G('RA'), G('RB')], to: (v) => ({ CT: 0, RA: v[0], RB: v[1] }), from: (f) => [f.RA!, f.RB!] });

// mftb reads the time base through mfspr 268/269 (what GNU as -m440 emits), not the XO 371 form.
// GNU as -m440 accepts only the two time-base numbers.
row({
  name: 'mftb', base: 'mfspr', ops: [G('RT'), IMM('SPR', 0, 1023, { optional: true, dflt: 268 })], to: (v) => ({ RT: v[0], SPR: v[1] }), from: (f) => [f.RT!, f.SPR!],
  disasm: false, replaces: true, validate: (f) => (f.SPR === 268 || f.SPR === 269 ? undefined : `invalid time base register ${f.SPR} for mftb (use 268 or 269)`),
});
row({ name: 'mftb', base: 'mfspr', ops: [G('RT')], to: (v) => ({ RT: v[0], SPR: 268 }), from: (f) => [f.RT!] });
for (const [name, mt, mf] of SPRS) {
  if (mt !== undefined) row({ name: `mt${name}`, base: 'mtspr', ops: [G('RS')], to: (v) => ({ SPR: mt, RS: v[0] }), from: (f) => [f.RS!] });
  if (mf !== undefined) row({ name: `mf${name}`, base: 'mfspr', ops: [G('RT')], to: (v) => ({ RT: v[0], SPR: mf }), from: (f) => [f.RT!] });
}
row({ name: 'mfsprg', base: 'mfspr', ops: [G('RT'), IMM('n', 0, 7)], to: (v) => ({ RT: v[0], SPR: v[1]! < 4 ? 272 + v[1]! : 256 + v[1]! }), from: (f) => [f.RT!, f.SPR! >= 272 ? f.SPR! - 272 : f.SPR! - 256], disasm: false });
row({ name: 'mtsprg', base: 'mtspr', ops: [IMM('n', 0, 7), G('RS')], to: (v) => ({ SPR: 272 + v[0]!, RS: v[1] }), from: (f) => [f.SPR! - 272, f.RS!], disasm: false });

// --- storage synchronisation ----------------------------------------------------------------------
// GNU as -m440 writes sync without an operand (L = 0); lwsync is L = 1.
row({ name: 'sync', base: 'sync', ops: [], to: () => ({ SL: 0 }), from: () => [], replaces: true });
row({ name: 'msync', base: 'sync', ops: [], to: () => ({ SL: 0 }), from: () => [], disasm: false });
row({ name: 'lwsync', base: 'sync', ops: [], to: () => ({ SL: 1 }), from: () => [] });

// --- building the forms ---------------------------------------------------------------------------

function toForm(r: ExtRow): Form {
  const base = baseForm(r.base);
  const fields = fieldsOf(base.def);
  return {
    name: r.name,
    def: base.def,
    ops: r.ops,
    fields,
    toBase: (v) => {
      const rec = r.to(v);
      return fields.map((f) => {
        const x = rec[f];
        if (x === undefined) throw new Error(`extended mnemonic ${r.name}: no value for field ${f}`);
        return x;
      });
    },
    fromBase: (vals) => {
      const rec: Record<string, number> = {};
      fields.forEach((f, i) => (rec[f] = vals[i]!));
      return r.from(rec);
    },
    ext: true,
    oe: (r.oe ?? true) && base.oe,
    rc: (r.rc ?? true) && base.rc,
    lk: base.lk,
    // Extended branch mnemonics with a target take the absolute (a) suffix like bc does.
    aa: base.aa && r.ops.some((o) => o.kind === 'target'),
    hint: r.hint,
    validate: r.validate ? (vals) => {
      const rec: Record<string, number> = {};
      fields.forEach((f, i) => (rec[f] = vals[i]!));
      return r.validate!(rec) ?? base.validate?.(vals);
    } : base.validate,
    opBits: base.opBits,
  };
}

export interface ExtForm extends Form {
  readonly disasm: boolean;
}

export const EXT_FORMS: readonly ExtForm[] = rows.map((r) => ({ ...toForm(r), disasm: r.disasm ?? true }));

/**
 * Base rows whose name GNU as gives to an extended mnemonic (mftb is mfspr 268; sync takes no
 * operand): they cannot be written by name, and the disassembler prints their other encodings
 * as .long.
 */
export const SHADOWED_BASE: ReadonlySet<string> = new Set(rows.filter((r) => r.replaces && BASE_FORMS.has(r.name)).map((r) => r.name));
