// The run-time support every program gets: the interrupt branch table at address 0, start-up
// (stack, .bss, timers), the periodic-rule dispatch on the decrementer and the fixed-interval
// timer, wait() while rules are active, and halt (docs/dsl.md, sections 5 and 7).
//
// Rules on the decrementer: one rule and no wait() uses the decrementer's auto-reload (no
// software on the timing path); otherwise a deadline scheduler keeps one deadline per rule (and
// one for a pending wait), runs what is due and programs the decrementer for the nearest
// deadline. Deadlines advance by exactly one period, so rules do not drift; a rule that overruns
// skips the periods it missed.

import type { AsmLine } from './emit.js';
import { MAILBOX_BASE, TSR_DIS } from './lower.js';

const TSR_FIS = 0x04000000;
const TCR_DIE = 0x04000000;
const TCR_FIE = 0x00800000;
const TCR_ARE = 0x00400000;
const FIT_INDEX: Record<number, number> = { 9: 0, 13: 1, 17: 2, 21: 3 };

export interface RuleEntry {
  name: string;
  symbol: string;
  cycles?: number;
  fitExp?: number;
}

export interface RuntimeSpec {
  hasMain: boolean;
  rules: RuleEntry[];
  usesWait: boolean;
  /** Caller-saved registers the rules (and what they call) may change. */
  clobberG: Set<number>;
  clobberV: Set<number>;
  usesCtr: boolean;
  usesXer: boolean;
  hasBss: boolean;
}

function li32(r: string, v: number): string[] {
  const x = v | 0;
  if (x >= -32768 && x <= 32767) return [`li ${r}, ${x}`];
  const hi = (x >>> 16) & 0xffff;
  const lo = x & 0xffff;
  return lo ? [`lis ${r}, ${hi}`, `ori ${r}, ${r}, ${lo}`] : [`lis ${r}, ${hi}`];
}

export interface RuntimeOut {
  head: AsmLine[];
  tail: AsmLine[];
  /** Words of .bss the runtime needs (deadlines). */
  bss: { sym: string; size: number }[];
  /** Stack bytes an interrupt entry needs. */
  isrFrame: number;
  mode: 'none' | 'reload' | 'scheduler';
}

export function runtime(spec: RuntimeSpec): RuntimeOut {
  const head: AsmLine[] = [];
  const tail: AsmLine[] = [];
  const I = (into: AsmLine[], ...xs: string[]) => xs.forEach((t) => into.push({ text: `\t${t}`, insn: true }));
  const C = (into: AsmLine[], t: string) => into.push({ text: t });
  const every = spec.rules.filter((r) => r.cycles !== undefined);
  const fit = spec.rules.filter((r) => r.fitExp !== undefined);
  const anyRules = spec.rules.length > 0;
  const mode: RuntimeOut['mode'] = !anyRules ? 'none' : every.length === 1 && !spec.usesWait ? 'reload' : every.length || spec.usesWait ? 'scheduler' : 'none';
  const decIsr = mode !== 'none';
  const bss: { sym: string; size: number }[] = [];

  C(head, '\t.text');
  C(head, '\t.globl _start');
  C(head, '# Interrupt branch table: unhandled slots hold no branch, so a fault stops the program.');
  C(head, '_start:');
  I(head, 'b __dls_start');
  for (let a = 0x04; a <= 0x28; a += 4) I(head, '.long 0');
  I(head, fit.length ? 'b __dls_fit' : '.long 0');
  I(head, decIsr ? 'b __dls_dec' : '.long 0');

  C(head, '__dls_start:');
  I(head, `li r1, ${MAILBOX_BASE}`);
  if (spec.hasBss) {
    C(head, '# Clear .bss (the SRAM keeps old contents across a reset).');
    I(head, 'li r3, __dls_bss_start@l', 'li r4, __dls_bss_end@l', 'li r0, 0', 'b 2f');
    C(head, '1:');
    I(head, 'stw r0, 0(r3)', 'addi r3, r3, 4');
    C(head, '2:');
    I(head, 'cmplw cr7, r3, r4', 'blt cr7, 1b');
  }
  // Timers.
  let tcr = 0;
  if (fit.length) tcr |= TCR_FIE | (FIT_INDEX[fit[0]!.fitExp!]! << 24);
  if (decIsr || spec.usesWait) tcr |= TCR_DIE;
  if (mode === 'reload') {
    tcr |= TCR_ARE;
    const p = every[0]!.cycles!;
    C(head, `# Rule '${every[0]!.name}' every ${p} cycles: decrementer with auto-reload.`);
    I(head, ...li32('r3', p), 'mtdecar r3', 'mtdec r3');
  } else if (mode === 'scheduler') {
    C(head, '# Deadline scheduler: one deadline per rule, the decrementer set to the nearest.');
    I(head, 'mfspr r4, 284');
    let min = Infinity;
    every.forEach((r, k) => {
      bss.push({ sym: `__dls_next_${k}`, size: 4 });
      I(head, ...li32('r5', r.cycles!), 'add r5, r4, r5', `stw r5, __dls_next_${k}@l(0)`);
      min = Math.min(min, r.cycles!);
    });
    if (spec.usesWait) bss.push({ sym: '__dls_wait_until', size: 4 }, { sym: '__dls_waiting', size: 4 });
    if (min < Infinity) I(head, ...li32('r3', min), 'mtdec r3');
  }
  if (tcr) I(head, ...li32('r3', tcr), 'mttcr r3');
  if (anyRules) I(head, 'wrteei 1');
  if (spec.hasMain) {
    I(head, 'bl fn_main');
  } else if (anyRules) {
    C(head, '# No main: the rules run until the host stops the program.');
    C(head, '__dls_idle:');
    I(head, 'wait', 'b __dls_idle');
  }
  C(head, '__dls_halt:');
  C(head, '# Stop: timers off, interrupts off, wait with nothing to wake the core.');
  I(head, 'wrteei 0', 'li r0, 0', 'mttcr r0', 'wait', 'b __dls_halt');

  // --- interrupt entry and exit -----------------------------------------------------------------
  const saveG = new Set<number>([0, 3, 4, 5, 6, ...spec.clobberG]);
  const gList = [...saveG].sort((a, b) => a - b);
  const vList = [...spec.clobberV].sort((a, b) => a - b);
  let off = 16;
  const vOff = new Map<number, number>();
  for (const v of vList) {
    vOff.set(v, off);
    off += 16;
  }
  const gOff = new Map<number, number>();
  for (const g of gList) {
    gOff.set(g, off);
    off += 4;
  }
  const lrOff = off;
  const crOff = off + 4;
  const ctrOff = off + 8;
  const xerOff = off + 12;
  off += 16;
  const frame = Math.ceil(off / 16) * 16;
  const enter = (into: AsmLine[]) => {
    I(into, `stwu r1, -${frame}(r1)`);
    for (const g of gList) I(into, `stw r${g}, ${gOff.get(g)}(r1)`);
    I(into, 'mflr r0', `stw r0, ${lrOff}(r1)`, 'mfcr r0', `stw r0, ${crOff}(r1)`);
    if (spec.usesCtr) I(into, 'mfctr r0', `stw r0, ${ctrOff}(r1)`);
    if (spec.usesXer) I(into, 'mfxer r0', `stw r0, ${xerOff}(r1)`);
    for (const v of vList) I(into, `addi r0, r1, ${vOff.get(v)}`, `fxvstax v${v}, 0, r0`);
  };
  const leave = (into: AsmLine[]) => {
    for (const v of vList) I(into, `addi r0, r1, ${vOff.get(v)}`, `fxvlax v${v}, 0, r0`);
    if (vList.length) I(into, 'sync');
    if (spec.usesXer) I(into, `lwz r0, ${xerOff}(r1)`, 'mtxer r0');
    if (spec.usesCtr) I(into, `lwz r0, ${ctrOff}(r1)`, 'mtctr r0');
    I(into, `lwz r0, ${crOff}(r1)`, 'mtcr r0', `lwz r0, ${lrOff}(r1)`, 'mtlr r0');
    for (const g of gList) I(into, `lwz r${g}, ${gOff.get(g)}(r1)`);
    I(into, `addi r1, r1, ${frame}`, 'rfi');
  };

  if (decIsr) {
    C(tail, '# Decrementer interrupt: periodic rules.');
    C(tail, '__dls_dec:');
    enter(tail);
    I(tail, ...li32('r0', TSR_DIS), 'mttsr r0');
    if (mode === 'reload') {
      I(tail, `bl ${every[0]!.symbol}`);
    } else {
      every.forEach((r, k) => {
        C(tail, `# rule '${r.name}' every ${r.cycles} cycles`);
        I(tail, 'mfspr r3, 284', `lwz r4, __dls_next_${k}@l(0)`, 'subf r5, r4, r3', 'cmpwi cr7, r5, 0', `blt cr7, .Ldls_skip${k}`);
        I(tail, ...li32('r5', r.cycles!), 'add r4, r4, r5', 'subf r0, r4, r3', 'cmpwi cr7, r0, 0', `blt cr7, .Ldls_ok${k}`, 'add r4, r3, r5');
        C(tail, `.Ldls_ok${k}:`);
        I(tail, `stw r4, __dls_next_${k}@l(0)`, `bl ${r.symbol}`);
        C(tail, `.Ldls_skip${k}:`);
      });
      C(tail, '# Program the decrementer for the nearest deadline.');
      I(tail, 'mfspr r3, 284', 'lis r4, 0x7fff', 'ori r4, r4, 0xffff');
      every.forEach((_r, k) => {
        I(tail, `lwz r5, __dls_next_${k}@l(0)`, 'subf r5, r3, r5', 'cmpw cr7, r5, r4', `bge cr7, .Ldls_m${k}`, 'mr r4, r5');
        C(tail, `.Ldls_m${k}:`);
      });
      if (spec.usesWait) {
        // A wait deadline that has passed is done: forget it (main sees the time when it resumes),
        // else the decrementer would fire again at once, forever.
        I(tail, 'lwz r5, __dls_waiting@l(0)', 'cmpwi cr7, r5, 0', 'beq cr7, .Ldls_nw', 'lwz r5, __dls_wait_until@l(0)', 'subf r5, r3, r5', 'cmpwi cr7, r5, 0', 'bgt cr7, .Ldls_wt');
        I(tail, 'li r0, 0', 'stw r0, __dls_waiting@l(0)', 'b .Ldls_nw');
        C(tail, '.Ldls_wt:');
        I(tail, 'cmpw cr7, r5, r4', 'bge cr7, .Ldls_nw', 'mr r4, r5');
        C(tail, '.Ldls_nw:');
      }
      I(tail, 'lis r5, 0x7fff', 'ori r5, r5, 0xffff', 'cmpw cr7, r4, r5', 'bne cr7, .Ldls_set', 'li r4, 0', 'b .Ldls_go');
      C(tail, '.Ldls_set:');
      I(tail, 'cmpwi cr7, r4, 1', 'bge cr7, .Ldls_go', 'li r4, 1');
      C(tail, '.Ldls_go:');
      I(tail, 'mtdec r4');
      if (spec.usesWait) {
        C(tail, "# Interrupted in wait()'s sleep: resume after the wait instruction, so it checks the time.");
        I(tail, 'mfsrr0 r3', 'li r4, __dls_wait_insn@l', 'cmpw cr7, r3, r4', 'bne cr7, .Ldls_nofix', 'addi r3, r3, 4', 'mtsrr0 r3');
        C(tail, '.Ldls_nofix:');
      }
    }
    leave(tail);
  }
  if (fit.length) {
    C(tail, '# Fixed-interval timer interrupt.');
    C(tail, '__dls_fit:');
    enter(tail);
    I(tail, ...li32('r0', TSR_FIS), 'mttsr r0');
    for (const r of fit) I(tail, `bl ${r.symbol}`);
    leave(tail);
  }
  if (spec.usesWait && mode === 'scheduler') {
    C(tail, '# wait(r3 cycles) while rules run: sleep until the deadline; interrupts keep coming.');
    C(tail, '__dls_wait:');
    I(tail, 'mfspr r4, 284', 'add r4, r4, r3', 'wrteei 0', 'stw r4, __dls_wait_until@l(0)', 'li r5, 1', 'stw r5, __dls_waiting@l(0)');
    I(tail, 'mfspr r5, 22', 'mfspr r6, 284', 'subf r6, r6, r4', 'cmpwi cr7, r6, 1', 'bge cr7, 1f', 'li r6, 1');
    C(tail, '1:');
    I(tail, 'cmplwi cr7, r5, 0', 'beq cr7, 2f', 'cmplw cr7, r6, r5', 'bge cr7, 3f');
    C(tail, '2:');
    I(tail, 'mtdec r6');
    C(tail, '3:');
    I(tail, 'wrteei 1');
    C(tail, '.Ldls_wloop:');
    I(tail, 'mfspr r5, 284', 'subf r5, r4, r5', 'cmpwi cr7, r5, 0', 'bge cr7, .Ldls_wdone');
    C(tail, '__dls_wait_insn:');
    I(tail, 'wait', 'b .Ldls_wloop');
    C(tail, '.Ldls_wdone:');
    I(tail, 'li r5, 0', 'stw r5, __dls_waiting@l(0)', 'blr');
  }
  return { head, tail, bss, isrFrame: decIsr || fit.length ? frame : 0, mode };
}
