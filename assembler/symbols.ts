// Symbols as the assembler sees them while assembling one file: labels, equated symbols
// (`x = expr`, .set, .equ), common symbols and references to symbols defined elsewhere.

import type { Node, Val } from './expr.js';
import { Sym } from './object.js';
import type { Stmt } from './source.js';

export class AsmSym extends Sym {
  /** Equated symbol: its value, once known. */
  equ?: Val;
  /** Equated symbol whose expression could not be evaluated yet (forward reference). */
  equNode?: Node;
  equStmt?: Stmt;
  isEqu = false;
  /** Guard against `a = b` / `b = a` cycles. */
  evaluating = false;
  /** `.size` expression, evaluated at the end of the file. */
  sizeNode?: Node;
  sizeStmt?: Stmt;
  /** The first statement that referred to the symbol (for undefined-symbol messages). */
  refStmt?: Stmt;
  refCol = 0;
  defStmt?: Stmt;
  defCol = 0;
  /** Declared with .local (a following .comm then allocates locally). */
  declaredLocal = false;
}

/** Numeric local labels (`1:`, `1b`, `1f`) get unique names that never reach the symbol table. */
export const LOCAL_LABEL_MARK = '\u0002';

export function localLabelName(digits: string, instance: number): string {
  return `.L${digits}${LOCAL_LABEL_MARK}${instance}`;
}

/** How to show a symbol name in a message (numeric local labels as `1b`/`1f`). */
export function displayName(name: string): string {
  const i = name.indexOf(LOCAL_LABEL_MARK);
  if (i < 0) return name;
  return `local label ${name.slice(2, i)}`;
}
