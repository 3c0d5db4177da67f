// Data directives' values (.byte .short .long .quad and friends): written now when they are
// known, as relocations when they refer to addresses, or at the end of the file when they use
// symbols defined later.

import {
  AsmError, applyModifier, DEFER, evaluate, isAbs, parseOperandExpr,
  type Modifier, type Node, type Val,
} from './expr.js';
import type { FileAssembler } from './file.js';
import { bytesOf, fitsBytes, formatNum, low32 } from './num.js';
import type { Cursor } from './expr.js';
import type { Section } from './object.js';
import { R_PPC } from './relocs.js';
import type { Stmt } from './source.js';

export interface PendingData {
  sec: Section;
  off: number;
  size: number;
  node: Node;
  mod?: Modifier;
  st: Stmt;
  col: number;
}

/** Parse one value of a data directive and emit `size` bytes for it. */
export function emitDataValue(fa: FileAssembler, st: Stmt, cur: Cursor, size: number): void {
  cur.ws();
  const col = cur.i;
  const { node, mod } = parseOperandExpr(cur, fa);
  const sec = fa.cur;
  const off = sec.reserve(size);
  const v = evaluate(node, fa);
  if (v === DEFER) {
    fa.pendingData.push({ sec, off, size, node, mod, st, col });
    return;
  }
  writeData(fa, sec, off, size, v, mod, st, col);
}

export function writeData(fa: FileAssembler, sec: Section, off: number, size: number, v: Val, mod: Modifier | undefined, st: Stmt, col: number): void {
  if (v.reg) throw new AsmError('a register name is not a data value', col);
  if (isAbs(v)) {
    let n = v.n;
    if (mod) n = applyModifier(mod, low32(n), false);
    else if (!fitsBytes(n, size)) {
      const t = new Uint8Array(8);
      bytesOf(n, size, t, 0);
      fa.warn(st, col, `value ${formatNum(n)} truncated to ${size} byte${size > 1 ? 's' : ''}`);
    }
    if (sec.nobits) {
      if (n !== 0 && n !== 0n) throw new AsmError(`cannot store non-zero data in ${sec.name} (a section without contents)`, col);
      return;
    }
    bytesOf(n, size, sec.data, off);
    return;
  }
  if (sec.nobits) throw new AsmError(`cannot store an address in ${sec.name} (a section without contents)`, col);
  if (mod && size !== 2) throw new AsmError(`@${mod} of an address is a 16-bit value; store it with .short (not a ${size}-byte value)`, col);
  let type: number;
  const pcrel = v.minus !== null;
  if (pcrel && v.minus !== sec) throw new AsmError('the subtracted symbol must be in the section the value is stored in', col);
  if (size === 4 && !mod) type = pcrel ? R_PPC.REL32 : R_PPC.ADDR32;
  else if (size === 2) {
    if (!mod) type = pcrel ? R_PPC.REL16 : R_PPC.ADDR16;
    else if (mod === 'l') type = pcrel ? R_PPC.REL16_LO : R_PPC.ADDR16_LO;
    else if (mod === 'h') type = pcrel ? R_PPC.REL16_HI : R_PPC.ADDR16_HI;
    else type = pcrel ? R_PPC.REL16_HA : R_PPC.ADDR16_HA;
  } else {
    throw new AsmError(`an address does not fit in a ${size}-byte value (use .long)`, col);
  }
  addReloc(fa, sec, off, type, v, pcrel ? off : 0, st, col);
}

/** Record a relocation for value `v` at `off` (addend adjusted for PC-relative types). */
export function addReloc(fa: FileAssembler, sec: Section, off: number, type: number, v: Val, placeOff: number, st: Stmt, col: number): void {
  if (typeof v.n === 'bigint') throw new AsmError('relocation addend does not fit in 32 bits', col);
  const target = v.base!;
  const addend = v.n + (v.minus ? placeOff : 0);
  sec.relocs.push({ offset: off, type, target, addend: addend | 0, origin: { loc: fa.loc(st, col), sourceLine: st.src } });
}

export function finishPendingData(fa: FileAssembler): void {
  for (const p of fa.pendingData) {
    fa.stmt = p.st;
    try {
      const v = evaluate(p.node, fa);
      if (v === DEFER) throw new Error('unresolved data value at the end of the file');
      writeData(fa, p.sec, p.off, p.size, v, p.mod, p.st, p.col);
    } catch (e) {
      if (e instanceof AsmError) fa.report(p.st, e);
      else throw e;
    }
  }
}
