// Plain one-instruction formatting from the ISA rows: base mnemonic with suffixes and operands as
// GNU as reads them. Used for traces and reports inside the PPU; the assembler's disassembler
// adds extended mnemonics and labels on top.

import { decode, rcOf } from './decode.js';
import { extractField, type FieldName } from './fields.js';
import { isVecDef } from './fxv.js';

const hex = (v: number) => `0x${(v >>> 0).toString(16)}`;

export function formatInsn(word: number, pc = 0): string {
  const d = decode(word);
  if (!d) return `.long ${hex(word)}`;
  let m = d.mnemonic;
  if (d.oe && word & 0x400) m += 'o';
  if (d.rc === 'opt' && rcOf(d, word)) m += '.';
  if (d.lk && word & 1) m += 'l';
  if (d.aa && word & 2) m += 'a';
  const ops = d.operands.map((op) => {
    if (op === 'D(RA)') return `${extractField(word, 'D')}(r${extractField(word, 'RA')})`;
    if (op === 'target') {
      const disp = extractField(word, d.form === 'I' ? 'LI' : 'BD');
      return hex(word & 2 ? disp : pc + disp);
    }
    const v = extractField(word, op as FieldName);
    if (op === 'RT' || op === 'RS' || op === 'RA' || op === 'RB') return `r${v}`;
    if (op === 'VRT' || op === 'VRA' || op === 'VRB') return `v${v}`;
    return String(v);
  });
  if (isVecDef(d)) {
    const c = extractField(word, 'C');
    if (c) ops.push(['', 'gt', 'lt', 'eq'][c]!);
  }
  return ops.length ? `${m} ${ops.join(',')}` : m;
}
