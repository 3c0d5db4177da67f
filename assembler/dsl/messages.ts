// Messages of run-time traps. The compiled code (through the line table) and the reference
// evaluator report the same text, so a conformance test can compare them.

import type { Expr } from './ast.js';
import { laneCount, type Type } from './types.js';

export const ROW_MSG = 'row out of range: the synapse array has rows 0..31';
export const NEURON_MSG = 'neuron out of range: the chip has neurons 0..31';
export const INJECT_MSG = 'event address out of range: addresses are 0..63';
export const CAPROW_MSG = 'capmem row out of range: rows are 0..23';
export const CAPCOL_MSG = 'capmem column out of range: columns are 0..32';

/** The trap message of an out-of-range array index (the compiled code uses the same text). */
export function arrayMsg(e: Expr, len: number): string {
  const what = e.k === 'name' ? `'${e.name}'` : e.k === 'field' ? `'mailbox.${e.name}'` : e.k === 'index' ? `an element of ${arrayName(e.e)}` : 'the array';
  return `index out of range: ${what} has ${len} elements`;
}

function arrayName(e: Expr): string {
  return e.k === 'name' ? `'${e.name}'` : e.k === 'field' ? `'mailbox.${e.name}'` : e.k === 'index' ? `an element of ${arrayName(e.e)}` : 'the array';
}

export function laneMsg(t: Type): string {
  return `index out of range: ${t.k === 'row' ? 'a row has 32 lanes' : `a vector has ${laneCount(t as Type & { k: 'vec' })} lanes`}`;
}

export const STACK_MSG = 'stack overflow: the recursion is too deep for the stack below the mailbox';
