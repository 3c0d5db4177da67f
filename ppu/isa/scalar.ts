// The scalar instructions of the PPU: Power ISA 2.06 Base, Embedded and Wait categories as GCC
// emits them for `-mcpu=440 -msoft-float` integer code, plus the 440's legacy multiply-accumulate
// and dlmzb instructions (only enabled by the linux-user profile).
//
// Each row is one instruction: encoding, operands, semantics (a JavaScript template run by the
// code generator, see ppu/exec/codegen.ts for the names in scope), timing class and the registers
// it reads and writes. Everything else (decoder, executor, assembler, disassembler, docs/isa.md)
// is derived from these rows.

import type { Category, Form, InsnDef, TimingClass } from './types.js';

type Extra = Partial<Pick<InsnDef, 'oe' | 'rc' | 'lk' | 'aa' | 'fixed' | 'xer' | 'privileged' | 'reads' | 'writes'>>;

function def(
  mnemonic: string, category: Category, form: Form, opcd: number, xo: number | undefined,
  operands: string, timing: TimingClass, io: string, sem: string, doc: string, extra: Extra = {},
): InsnDef {
  // io: "writes<reads", e.g. "RT<RA,RB"; either side may be empty.
  const [w, r] = io.split('<');
  const list = (s: string | undefined) => (s ? s.split(',').filter(Boolean) : []);
  return {
    mnemonic, category, form, opcd, xo,
    operands: operands ? operands.split(',') : [],
    sem, timing, doc,
    writes: [...list(w), ...(extra.writes ?? [])],
    reads: [...list(r), ...(extra.reads ?? [])],
    ...(extra.oe ? { oe: true } : {}),
    ...(extra.rc ? { rc: extra.rc } : {}),
    ...(extra.lk ? { lk: true } : {}),
    ...(extra.aa ? { aa: true } : {}),
    ...(extra.fixed ? { fixed: extra.fixed } : {}),
    ...(extra.xer ? { xer: true } : {}),
    ...(extra.privileged ? { privileged: true } : {}),
  };
}

const OE_RC: Extra = { oe: true, rc: 'opt' };
const RC: Extra = { rc: 'opt' };

// --- arithmetic -----------------------------------------------------------------------------
// add3(x, y, carryIn, OE, setCA) adds with the XER side effects; subtraction is ~a + b + 1.
const arith: InsnDef[] = [
  def('add', 'base', 'XO', 31, 266, 'RT,RA,RB', 'alu', 'RT<RA,RB', 'r = add3(R[RA], R[RB], 0, OE, 0); R[RT] = r;', 'RT = RA + RB', OE_RC),
  def('addc', 'base', 'XO', 31, 10, 'RT,RA,RB', 'alu', 'RT<RA,RB', 'r = add3(R[RA], R[RB], 0, OE, 1); R[RT] = r;', 'RT = RA + RB, CA = carry', { ...OE_RC, xer: true }),
  def('adde', 'base', 'XO', 31, 138, 'RT,RA,RB', 'alu', 'RT<RA,RB', 'r = add3(R[RA], R[RB], cpu.ca, OE, 1); R[RT] = r;', 'RT = RA + RB + CA', { ...OE_RC, xer: true }),
  def('addme', 'base', 'XO', 31, 234, 'RT,RA', 'alu', 'RT<RA', 'r = add3(R[RA], -1, cpu.ca, OE, 1); R[RT] = r;', 'RT = RA + CA - 1', { ...OE_RC, xer: true, fixed: { RB: 0 } }),
  def('addze', 'base', 'XO', 31, 202, 'RT,RA', 'alu', 'RT<RA', 'r = add3(R[RA], 0, cpu.ca, OE, 1); R[RT] = r;', 'RT = RA + CA', { ...OE_RC, xer: true, fixed: { RB: 0 } }),
  def('subf', 'base', 'XO', 31, 40, 'RT,RA,RB', 'alu', 'RT<RA,RB', 'r = add3(~R[RA], R[RB], 1, OE, 0); R[RT] = r;', 'RT = RB - RA', OE_RC),
  def('subfc', 'base', 'XO', 31, 8, 'RT,RA,RB', 'alu', 'RT<RA,RB', 'r = add3(~R[RA], R[RB], 1, OE, 1); R[RT] = r;', 'RT = RB - RA, CA = carry', { ...OE_RC, xer: true }),
  def('subfe', 'base', 'XO', 31, 136, 'RT,RA,RB', 'alu', 'RT<RA,RB', 'r = add3(~R[RA], R[RB], cpu.ca, OE, 1); R[RT] = r;', 'RT = ~RA + RB + CA', { ...OE_RC, xer: true }),
  def('subfme', 'base', 'XO', 31, 232, 'RT,RA', 'alu', 'RT<RA', 'r = add3(~R[RA], -1, cpu.ca, OE, 1); R[RT] = r;', 'RT = ~RA + CA - 1', { ...OE_RC, xer: true, fixed: { RB: 0 } }),
  def('subfze', 'base', 'XO', 31, 200, 'RT,RA', 'alu', 'RT<RA', 'r = add3(~R[RA], 0, cpu.ca, OE, 1); R[RT] = r;', 'RT = ~RA + CA', { ...OE_RC, xer: true, fixed: { RB: 0 } }),
  def('neg', 'base', 'XO', 31, 104, 'RT,RA', 'alu', 'RT<RA', 'r = add3(~R[RA], 0, 1, OE, 0); R[RT] = r;', 'RT = -RA', { ...OE_RC, fixed: { RB: 0 } }),
  def('addi', 'base', 'D', 14, undefined, 'RT,RA,SI', 'alu', 'RT<RA0', 'R[RT] = ((RA ? R[RA] : 0) + SI) | 0;', 'RT = (RA|0) + SI'),
  def('addis', 'base', 'D', 15, undefined, 'RT,RA,SI', 'alu', 'RT<RA0', 'R[RT] = ((RA ? R[RA] : 0) + (SI << 16)) | 0;', 'RT = (RA|0) + (SI << 16)'),
  def('addic', 'base', 'D', 12, undefined, 'RT,RA,SI', 'alu', 'RT<RA', 'R[RT] = add3(R[RA], SI, 0, 0, 1);', 'RT = RA + SI, CA = carry', { xer: true }),
  def('addic.', 'base', 'D', 13, undefined, 'RT,RA,SI', 'alu', 'RT<RA', 'r = add3(R[RA], SI, 0, 0, 1); R[RT] = r;', 'RT = RA + SI, CA = carry, CR0', { xer: true, rc: 'set' }),
  def('subfic', 'base', 'D', 8, undefined, 'RT,RA,SI', 'alu', 'RT<RA', 'R[RT] = add3(~R[RA], SI, 1, 0, 1);', 'RT = SI - RA, CA = carry', { xer: true }),
  def('mulli', 'base', 'D', 7, undefined, 'RT,RA,SI', 'mul', 'RT<RA', 'R[RT] = Math.imul(R[RA], SI);', 'RT = low 32 bits of RA * SI'),
  def('mullw', 'base', 'XO', 31, 235, 'RT,RA,RB', 'mul', 'RT<RA,RB', 'const a = R[RA], b = R[RB]; r = Math.imul(a, b); if (OE) setOV(mulhs(a, b) !== (r >> 31)); R[RT] = r;', 'RT = low 32 bits of RA * RB', OE_RC),
  def('mulhw', 'base', 'XO', 31, 75, 'RT,RA,RB', 'mul', 'RT<RA,RB', 'r = mulhs(R[RA], R[RB]); R[RT] = r;', 'RT = high 32 bits of signed RA * RB', RC),
  def('mulhwu', 'base', 'XO', 31, 11, 'RT,RA,RB', 'mul', 'RT<RA,RB', 'r = mulhu(R[RA], R[RB]); R[RT] = r;', 'RT = high 32 bits of unsigned RA * RB', RC),
  // The ISA leaves the quotient undefined for a zero divisor and for 0x80000000 / -1; dls does
  // what qemu does (divides by 1 instead), so that differential tests agree.
  def('divw', 'base', 'XO', 31, 491, 'RT,RA,RB', 'div', 'RT<RA,RB', 'const a = R[RA], b = R[RB]; const bad = b === 0 || (a === -2147483648 && b === -1); r = bad ? a : (a / b) | 0; if (OE) setOV(bad); R[RT] = r;', 'RT = RA / RB (signed)', OE_RC),
  def('divwu', 'base', 'XO', 31, 459, 'RT,RA,RB', 'div', 'RT<RA,RB', 'const a = R[RA] >>> 0, b = R[RB] >>> 0; r = b === 0 ? a | 0 : (a / b) | 0; if (OE) setOV(b === 0); R[RT] = r;', 'RT = RA / RB (unsigned)', OE_RC),
];

// --- compare and trap -------------------------------------------------------------------------
const compare: InsnDef[] = [
  def('cmp', 'base', 'X', 31, 0, 'BF,L,RA,RB', 'alu', 'crf:BF<RA,RB', 'cmpf(BF, R[RA], R[RB]);', 'CR[BF] = signed compare RA, RB'),
  def('cmpl', 'base', 'X', 31, 32, 'BF,L,RA,RB', 'alu', 'crf:BF<RA,RB', 'cmpf(BF, R[RA] >>> 0, R[RB] >>> 0);', 'CR[BF] = unsigned compare RA, RB'),
  def('cmpi', 'base', 'D', 11, undefined, 'BF,L,RA,SI', 'alu', 'crf:BF<RA', 'cmpf(BF, R[RA], SI);', 'CR[BF] = signed compare RA, SI'),
  def('cmpli', 'base', 'D', 10, undefined, 'BF,L,RA,UI', 'alu', 'crf:BF<RA', 'cmpf(BF, R[RA] >>> 0, UI);', 'CR[BF] = unsigned compare RA, UI'),
  def('tw', 'base', 'X', 31, 4, 'TO,RA,RB', 'trap', '<RA,RB', 'if (trapCond(TO, R[RA], R[RB])) trap();', 'trap if the TO conditions hold for RA, RB'),
  def('twi', 'base', 'D', 3, undefined, 'TO,RA,SI', 'trap', '<RA', 'if (trapCond(TO, R[RA], SI)) trap();', 'trap if the TO conditions hold for RA, SI'),
];

// --- logical, shifts, rotates (destination RA, source RS) -----------------------------------
const logical: InsnDef[] = [
  def('and', 'base', 'X', 31, 28, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = R[RS] & R[RB]; R[RA] = r;', 'RA = RS & RB', RC),
  def('andc', 'base', 'X', 31, 60, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = R[RS] & ~R[RB]; R[RA] = r;', 'RA = RS & ~RB', RC),
  def('or', 'base', 'X', 31, 444, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = R[RS] | R[RB]; R[RA] = r;', 'RA = RS | RB', RC),
  def('orc', 'base', 'X', 31, 412, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = R[RS] | ~R[RB]; R[RA] = r;', 'RA = RS | ~RB', RC),
  def('xor', 'base', 'X', 31, 316, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = R[RS] ^ R[RB]; R[RA] = r;', 'RA = RS ^ RB', RC),
  def('nand', 'base', 'X', 31, 476, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = ~(R[RS] & R[RB]); R[RA] = r;', 'RA = ~(RS & RB)', RC),
  def('nor', 'base', 'X', 31, 124, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = ~(R[RS] | R[RB]); R[RA] = r;', 'RA = ~(RS | RB)', RC),
  def('eqv', 'base', 'X', 31, 284, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = ~(R[RS] ^ R[RB]); R[RA] = r;', 'RA = ~(RS ^ RB)', RC),
  def('andi.', 'base', 'D', 28, undefined, 'RA,RS,UI', 'alu', 'RA<RS', 'r = R[RS] & UI; R[RA] = r;', 'RA = RS & UI, CR0', { rc: 'set' }),
  def('andis.', 'base', 'D', 29, undefined, 'RA,RS,UI', 'alu', 'RA<RS', 'r = R[RS] & (UI << 16); R[RA] = r;', 'RA = RS & (UI << 16), CR0', { rc: 'set' }),
  def('ori', 'base', 'D', 24, undefined, 'RA,RS,UI', 'alu', 'RA<RS', 'R[RA] = R[RS] | UI;', 'RA = RS | UI'),
  def('oris', 'base', 'D', 25, undefined, 'RA,RS,UI', 'alu', 'RA<RS', 'R[RA] = R[RS] | (UI << 16);', 'RA = RS | (UI << 16)'),
  def('xori', 'base', 'D', 26, undefined, 'RA,RS,UI', 'alu', 'RA<RS', 'R[RA] = R[RS] ^ UI;', 'RA = RS ^ UI'),
  def('xoris', 'base', 'D', 27, undefined, 'RA,RS,UI', 'alu', 'RA<RS', 'R[RA] = R[RS] ^ (UI << 16);', 'RA = RS ^ (UI << 16)'),
  def('extsb', 'base', 'X', 31, 954, 'RA,RS', 'alu', 'RA<RS', 'r = (R[RS] << 24) >> 24; R[RA] = r;', 'RA = sign-extended low byte of RS', { ...RC, fixed: { RB: 0 } }),
  def('extsh', 'base', 'X', 31, 922, 'RA,RS', 'alu', 'RA<RS', 'r = (R[RS] << 16) >> 16; R[RA] = r;', 'RA = sign-extended low halfword of RS', { ...RC, fixed: { RB: 0 } }),
  def('cntlzw', 'base', 'X', 31, 26, 'RA,RS', 'alu', 'RA<RS', 'r = Math.clz32(R[RS]); R[RA] = r;', 'RA = number of leading zeros of RS', { ...RC, fixed: { RB: 0 } }),
  def('slw', 'base', 'X', 31, 24, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'const n = R[RB] & 63; r = n > 31 ? 0 : R[RS] << n; R[RA] = r;', 'RA = RS << (RB & 63)', RC),
  def('srw', 'base', 'X', 31, 536, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'const n = R[RB] & 63; r = n > 31 ? 0 : (R[RS] >>> n) | 0; R[RA] = r;', 'RA = RS >>> (RB & 63)', RC),
  def('sraw', 'base', 'X', 31, 792, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = sra(R[RS], R[RB] & 63); R[RA] = r;', 'RA = RS >> (RB & 63), CA = shifted-out ones of a negative RS', { ...RC, xer: true }),
  def('srawi', 'base', 'X', 31, 824, 'RA,RS,SH', 'alu', 'RA<RS', 'r = sra(R[RS], SH); R[RA] = r;', 'RA = RS >> SH, CA as sraw', { ...RC, xer: true }),
  def('rlwinm', 'base', 'M', 21, undefined, 'RA,RS,SH,MB,ME', 'alu', 'RA<RS', 'r = rotl(R[RS], SH) & MASK(MB, ME); R[RA] = r;', 'RA = rotl(RS, SH) & mask(MB, ME)', RC),
  def('rlwnm', 'base', 'M', 23, undefined, 'RA,RS,RB,MB,ME', 'alu', 'RA<RS,RB', 'r = rotl(R[RS], R[RB] & 31) & MASK(MB, ME); R[RA] = r;', 'RA = rotl(RS, RB & 31) & mask(MB, ME)', RC),
  def('rlwimi', 'base', 'M', 20, undefined, 'RA,RS,SH,MB,ME', 'alu', 'RA<RS,RA', 'const m = MASK(MB, ME); r = (rotl(R[RS], SH) & m) | (R[RA] & ~m); R[RA] = r;', 'insert rotl(RS, SH) into RA under mask(MB, ME)', RC),
];

// --- loads and stores ------------------------------------------------------------------------
// EA(RA|0 + D) is computed as a signed 32-bit sum; the memory helpers take it modulo 2^32.
const EAD = 'const ea = ((RA ? R[RA] : 0) + D) | 0;';
const EAX = 'const ea = ((RA ? R[RA] : 0) + R[RB]) | 0;';
const EADU = 'const ea = (R[RA] + D) | 0;';
const EAXU = 'const ea = (R[RA] + R[RB]) | 0;';

function loads(m: string, opD: number, xoX: number, load: string, what: string): InsnDef[] {
  return [
    def(m, 'base', 'D', opD, undefined, 'RT,D(RA)', 'load', 'RT<RA0', `${EAD} R[RT] = ${load};`, `RT = ${what} at (RA|0) + D`),
    def(`${m}u`, 'base', 'D', opD + 1, undefined, 'RT,D(RA)', 'loadu', 'RT,RA<RA', `${EADU} const v = ${load}; R[RT] = v; R[RA] = ea;`, `RT = ${what} at RA + D; RA = that address`),
    def(`${m}x`, 'base', 'X', 31, xoX, 'RT,RA,RB', 'load', 'RT<RA0,RB', `${EAX} R[RT] = ${load};`, `RT = ${what} at (RA|0) + RB`),
    def(`${m}ux`, 'base', 'X', 31, xoX + 32, 'RT,RA,RB', 'loadu', 'RT,RA<RA,RB', `${EAXU} const v = ${load}; R[RT] = v; R[RA] = ea;`, `RT = ${what} at RA + RB; RA = that address`),
  ];
}

function stores(m: string, opD: number, xoX: number, store: string, what: string): InsnDef[] {
  return [
    def(m, 'base', 'D', opD, undefined, 'RS,D(RA)', 'store', '<RS,RA0', `${EAD} ${store};`, `store ${what} of RS at (RA|0) + D`),
    def(`${m}u`, 'base', 'D', opD + 1, undefined, 'RS,D(RA)', 'storeu', 'RA<RS,RA', `${EADU} ${store}; R[RA] = ea;`, `store ${what} of RS at RA + D; RA = that address`),
    def(`${m}x`, 'base', 'X', 31, xoX, 'RS,RA,RB', 'store', '<RS,RA0,RB', `${EAX} ${store};`, `store ${what} of RS at (RA|0) + RB`),
    def(`${m}ux`, 'base', 'X', 31, xoX + 32, 'RS,RA,RB', 'storeu', 'RA<RS,RA,RB', `${EAXU} ${store}; R[RA] = ea;`, `store ${what} of RS at RA + RB; RA = that address`),
  ];
}

// lmw/stmw at a misaligned address raise the alignment interrupt on the core; under Linux the
// kernel emulates them (as qemu-ppc does), so the linux-user profile performs them byte-wise like
// other misaligned accesses (alignMultiple). lwarx/stwcx. always need word alignment: neither the
// core nor Linux can emulate a misaligned reservation (Linux and qemu-ppc send SIGBUS).
const memory: InsnDef[] = [
  ...loads('lwz', 32, 23, 'ld32(ea)', 'the word'),
  ...loads('lbz', 34, 87, 'ld8(ea)', 'the zero-extended byte'),
  ...loads('lhz', 40, 279, 'ld16(ea)', 'the zero-extended halfword'),
  ...loads('lha', 42, 343, '(ld16(ea) << 16) >> 16', 'the sign-extended halfword'),
  ...stores('stw', 36, 151, 'st32(ea, R[RS])', 'the word'),
  ...stores('stb', 38, 215, 'st8(ea, R[RS])', 'the low byte'),
  ...stores('sth', 44, 407, 'st16(ea, R[RS])', 'the low halfword'),
  def('lwbrx', 'base', 'X', 31, 534, 'RT,RA,RB', 'load', 'RT<RA0,RB', `${EAX} R[RT] = bswap32(ld32(ea));`, 'RT = byte-reversed word at (RA|0) + RB'),
  def('lhbrx', 'base', 'X', 31, 790, 'RT,RA,RB', 'load', 'RT<RA0,RB', `${EAX} R[RT] = bswap16(ld16(ea));`, 'RT = byte-reversed halfword at (RA|0) + RB'),
  def('stwbrx', 'base', 'X', 31, 662, 'RS,RA,RB', 'store', '<RS,RA0,RB', `${EAX} st32(ea, bswap32(R[RS]));`, 'store RS byte-reversed at (RA|0) + RB'),
  def('sthbrx', 'base', 'X', 31, 918, 'RS,RA,RB', 'store', '<RS,RA0,RB', `${EAX} st16(ea, bswap16(R[RS]));`, 'store low halfword of RS byte-reversed at (RA|0) + RB'),
  def('lmw', 'base', 'D', 46, undefined, 'RT,D(RA)', 'lmw', '<RA0', `${EAD} if (ea & 3) alignMultiple(ea, 0); for (let i = RT, a = ea; i < 32; i++, a = (a + 4) | 0) R[i] = ld32(a);`, 'load RT..r31 from consecutive words'),
  def('stmw', 'base', 'D', 47, undefined, 'RS,D(RA)', 'stmw', '<RA0', `${EAD} if (ea & 3) alignMultiple(ea, 1); for (let i = RS, a = ea; i < 32; i++, a = (a + 4) | 0) st32(a, R[i]);`, 'store RS..r31 to consecutive words'),
  def('lwarx', 'base', 'X', 31, 20, 'RT,RA,RB', 'load', 'RT<RA0,RB', `${EAX} if (ea & 3) align(ea, 0); R[RT] = ld32(ea); cpu.resv = ea >>> 0;`, 'load word and reserve'),
  def('stwcx.', 'base', 'X', 31, 150, 'RS,RA,RB', 'store', 'crf:0<RS,RA0,RB', `${EAX} if (ea & 3) align(ea, 1); const ok = cpu.resv === (ea >>> 0); if (ok) st32(ea, R[RS]); cpu.resv = -1; cpu.cr = (cpu.cr & 0x0fffffff) | (ok ? 0x20000000 : 0) | (cpu.so << 28);`, 'store word if the reservation holds; CR0[EQ] = success', { rc: 'set' }),
  // The PPU has no data cache; these are accepted as no-ops except dcbz, which zeroes its
  // 32-byte block as on the 440.
  def('dcbz', 'base', 'X', 31, 1014, 'RA,RB', 'store', '<RA0,RB', `${EAX} zeroBlock(ea);`, 'zero the 32-byte block containing (RA|0) + RB', { fixed: { RT: 0 } }),
  def('dcbf', 'base', 'X', 31, 86, 'RA,RB', 'nop', '<RA0,RB', '', 'data cache block flush (no-op)', { fixed: { RT: 0 } }),
  def('dcbst', 'base', 'X', 31, 54, 'RA,RB', 'nop', '<RA0,RB', '', 'data cache block store (no-op)', { fixed: { RT: 0 } }),
  def('dcbt', 'base', 'X', 31, 278, 'RA,RB', 'nop', '<RA0,RB', '', 'data cache block touch (no-op)', { fixed: { RT: 0 } }),
  def('dcbtst', 'base', 'X', 31, 246, 'RA,RB', 'nop', '<RA0,RB', '', 'data cache block touch for store (no-op)', { fixed: { RT: 0 } }),
  def('dcbi', 'embedded', 'X', 31, 470, 'RA,RB', 'nop', '<RA0,RB', '', 'data cache block invalidate (no-op)', { fixed: { RT: 0 }, privileged: true }),
  def('dcba', 'base', 'X', 31, 758, 'RA,RB', 'nop', '<RA0,RB', '', 'data cache block allocate (no-op)', { fixed: { RT: 0 } }),
  def('icbi', 'base', 'X', 31, 982, 'RA,RB', 'nop', '<RA0,RB', '', 'instruction cache block invalidate (no-op)', { fixed: { RT: 0 } }),
  def('icbt', 'embedded', 'X', 31, 22, 'CT,RA,RB', 'nop', '<RA0,RB', '', 'instruction cache block touch into cache level CT (no-op)'),
];

// --- branches ---------------------------------------------------------------------------------
// A branch sets `taken` and `target`; the code generator does the rest (branch cache, redirect).
const BCOND = 'const ctrOk = (BO & 4) !== 0 || ((cpu.ctr !== 0) !== ((BO & 2) !== 0)); const condOk = (BO & 16) !== 0 || (((cpu.cr >>> (31 - BI)) & 1) === ((BO >>> 3) & 1));';
const branch: InsnDef[] = [
  def('b', 'base', 'I', 18, undefined, 'target', 'branch', '', 'taken = true; target = AA ? LI >>> 0 : (PC + LI) >>> 0; if (LK) cpu.lr = (PC + 4) | 0;', 'branch to target', { lk: true, aa: true }),
  def('bc', 'base', 'B', 16, undefined, 'BO,BI,target', 'branch', '<', `if ((BO & 4) === 0) cpu.ctr = (cpu.ctr - 1) | 0; ${BCOND} taken = ctrOk && condOk; target = AA ? BD >>> 0 : (PC + BD) >>> 0; if (LK) cpu.lr = (PC + 4) | 0;`, 'branch conditional (BO, BI)', { lk: true, aa: true }),
  def('bclr', 'base', 'XL', 19, 16, 'BO,BI,BH', 'branch', '<', `const dest = (cpu.lr & ~3) >>> 0; if ((BO & 4) === 0) cpu.ctr = (cpu.ctr - 1) | 0; ${BCOND} taken = ctrOk && condOk; target = dest; if (LK) cpu.lr = (PC + 4) | 0;`, 'branch conditional to LR', { lk: true }),
  def('bcctr', 'base', 'XL', 19, 528, 'BO,BI,BH', 'branch', '<', `if ((BO & 4) === 0) illegal(); ${BCOND} taken = condOk; target = (cpu.ctr & ~3) >>> 0; if (LK) cpu.lr = (PC + 4) | 0;`, 'branch conditional to CTR', { lk: true }),
];

// --- condition register -----------------------------------------------------------------------
function crlogic(m: string, xo: number, expr: string, doc: string): InsnDef {
  return def(m, 'base', 'XL', 19, xo, 'BT,BA,BB', 'alu', 'crb:BT<crb:BA,crb:BB',
    `const a = crbit(BA), b = crbit(BB); setcrbit(BT, (${expr}) & 1);`, `CR bit BT = ${doc}`);
}
const cr: InsnDef[] = [
  crlogic('crand', 257, 'a & b', 'BA & BB'),
  crlogic('crandc', 129, 'a & ~b', 'BA & ~BB'),
  crlogic('creqv', 289, '~(a ^ b)', '~(BA ^ BB)'),
  crlogic('crnand', 225, '~(a & b)', '~(BA & BB)'),
  crlogic('crnor', 33, '~(a | b)', '~(BA | BB)'),
  crlogic('cror', 449, 'a | b', 'BA | BB'),
  crlogic('crorc', 417, 'a | ~b', 'BA | ~BB'),
  crlogic('crxor', 193, 'a ^ b', 'BA ^ BB'),
  def('mcrf', 'base', 'XL', 19, 0, 'BF,BFA', 'alu', 'crf:BF<crf:BFA', 'setcrf(BF, (cpu.cr >>> (28 - 4 * BFA)) & 15);', 'CR field BF = CR field BFA'),
  def('mfcr', 'base', 'X', 31, 19, 'RT', 'alu', 'RT<cr', 'R[RT] = cpu.cr;', 'RT = CR'),
  def('mtcrf', 'base', 'XFX', 31, 144, 'FXM,RS', 'alu', 'crm<RS', 'const m = crmMask(FXM); cpu.cr = (cpu.cr & ~m) | (R[RS] & m);', 'CR fields selected by FXM = RS'),
  def('mcrxr', 'embedded', 'X', 31, 512, 'BF', 'alu', 'crf:BF<', 'setcrf(BF, (cpu.so << 3) | (cpu.ov << 2) | (cpu.ca << 1)); cpu.so = 0; cpu.ov = 0; cpu.ca = 0;', 'CR field BF = XER[SO,OV,CA]; clear them', { xer: true }),
];

// --- special purpose registers, MSR, system ---------------------------------------------------
const system: InsnDef[] = [
  def('mfspr', 'base', 'XFX', 31, 339, 'RT,SPR', 'alu', 'RT<spr', 'R[RT] = mfspr(SPR);', 'RT = SPR'),
  def('mtspr', 'base', 'XFX', 31, 467, 'SPR,RS', 'alu', 'spr<RS', 'mtspr(SPR, R[RS]);', 'SPR = RS'),
  // mftb (XO 371) is the Book III-S time-base read; it reads the same SPRs as mfspr.
  def('mftb', 'base', 'XFX', 31, 371, 'RT,SPR', 'alu', 'RT<spr', 'R[RT] = mfspr(SPR);', 'RT = time base register SPR'),
  def('mfmsr', 'embedded', 'X', 31, 83, 'RT', 'alu', 'RT<msr', 'R[RT] = cpu.msr;', 'RT = MSR', { privileged: true }),
  def('mtmsr', 'embedded', 'X', 31, 146, 'RS', 'msr', 'msr<RS', 'setMSR(R[RS]);', 'MSR = RS (context synchronising)', { privileged: true }),
  def('wrtee', 'embedded', 'X', 31, 131, 'RS', 'alu', 'msr<RS', 'setMSR((cpu.msr & ~0x8000) | (R[RS] & 0x8000));', 'MSR[EE] = RS[EE]', { privileged: true }),
  def('wrteei', 'embedded', 'X', 31, 163, 'E', 'alu', 'msr<', 'setMSR((cpu.msr & ~0x8000) | (E ? 0x8000 : 0));', 'MSR[EE] = E', { privileged: true }),
  def('sync', 'base', 'X', 31, 598, 'SL', 'sync', '', '', 'wait for all scalar results and the vector unit (msync)'),
  def('mbar', 'embedded', 'X', 31, 854, 'MO', 'sync', '', '', 'memory barrier (as sync)'),
  def('isync', 'base', 'XL', 19, 150, '', 'isync', '', '', 'instruction synchronise (1 cycle on this core)'),
  def('sc', 'base', 'SC', 17, undefined, 'LEV', 'sc', '', 'sc();', 'system call (no-op on the dls core; Linux system call in linux-user)', { fixed: { Rc: 0 } }),
  def('wait', 'wait', 'X', 31, 62, 'WC', 'wait', '', '', 'stop issuing until an interrupt or timer event'),
  def('rfi', 'embedded', 'XL', 19, 50, '', 'rfi', '', 'taken = true; target = (cpu.srr0 & ~3) >>> 0; setMSR(cpu.srr1);', 'return from interrupt (SRR0, SRR1)', { privileged: true }),
  def('rfci', 'embedded', 'XL', 19, 51, '', 'rfi', '', 'taken = true; target = (cpu.csrr0 & ~3) >>> 0; setMSR(cpu.csrr1);', 'return from critical interrupt (CSRR0, CSRR1)', { privileged: true }),
  def('rfmci', 'embedded', 'XL', 19, 38, '', 'rfi', '', 'taken = true; target = (cpu.mcsrr0 & ~3) >>> 0; setMSR(cpu.mcsrr1);', 'return from machine check (MCSRR0, MCSRR1)', { privileged: true }),
];

// --- PowerPC 440 legacy multiply-accumulate (category LMA) and dlmzb (LMV) ----------------------
// Only the linux-user profile enables them: GCC -mcpu=440 emits mulchw & co. for 16x16 products.
// mac(kind, RT, a, b, OE): kind bits select the operands' halves and the accumulate mode.
function mulhw(m: string, xo: number, sel: string, unsigned: boolean, doc: string): InsnDef {
  return def(m, 'lma', 'X', 4, xo, 'RT,RA,RB', 'mul', 'RT<RA,RB',
    `r = halfprod(R[RA], R[RB], ${sel}, ${unsigned ? 1 : 0}); R[RT] = r;`, doc, RC);
}
function mac(m: string, xo: number, sel: string, mode: string, doc: string): InsnDef {
  return def(m, 'lma', 'XO', 4, xo, 'RT,RA,RB', 'mul', 'RT<RA,RB,RT',
    `r = mac(R[RT], R[RA], R[RB], ${sel}, '${mode}', OE); R[RT] = r;`, doc, OE_RC);
}
const halfSel: Record<string, [string, string]> = {
  c: ['0', 'low halfword of RA times high halfword of RB'],
  h: ['1', 'high halfwords of RA and RB'],
  l: ['2', 'low halfwords of RA and RB'],
};
const lma: InsnDef[] = [];
for (const [k, [sel, what]] of Object.entries(halfSel)) {
  const base = { c: [168, 172], h: [40, 44], l: [424, 428] }[k]!;
  lma.push(mulhw(`mul${k}hw`, base[0]!, sel, false, `RT = signed product of the ${what}`));
  lma.push(mulhw(`mul${k}hwu`, base[0]! - 32, sel, true, `RT = unsigned product of the ${what}`));
  const x = base[1]!;
  lma.push(mac(`mac${k}hw`, x, sel, 's', `RT += signed product of the ${what} (modulo)`));
  lma.push(mac(`mac${k}hws`, x + 64, sel, 'ss', `RT += signed product of the ${what} (saturating)`));
  lma.push(mac(`mac${k}hwu`, x - 32, sel, 'u', `RT += unsigned product of the ${what} (modulo)`));
  lma.push(mac(`mac${k}hwsu`, x + 32, sel, 'us', `RT += unsigned product of the ${what} (saturating)`));
  lma.push(mac(`nmac${k}hw`, x + 2, sel, 'n', `RT -= signed product of the ${what} (modulo)`));
  lma.push(mac(`nmac${k}hws`, x + 66, sel, 'ns', `RT -= signed product of the ${what} (saturating)`));
}
lma.push(def('dlmzb', 'lmv', 'X', 31, 78, 'RA,RS,RB', 'alu', 'RA<RS,RB', 'r = dlmzb(R[RS], R[RB], Rc); R[RA] = r;', 'RA = 1-based index of the leftmost zero byte of RS||RB (8 if none)', { ...RC, xer: true }));

export const SCALAR_INSNS: readonly InsnDef[] = [
  ...arith, ...compare, ...logical, ...memory, ...branch, ...cr, ...system, ...lma,
];
