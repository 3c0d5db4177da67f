// Block compiler: turns a run of instructions (up to and including the next control transfer)
// into one JavaScript function, from the ISA rows' semantic templates and the timing rules of
// docs/timing.md. Field values and addresses become constants, so the generated code checks
// only the registers the instruction really uses.
//
// Names in scope of a semantic template (see ppu/exec/helpers.ts):
//   R            the GPRs (Int32Array)
//   cpu          the core (cr, ca, ov, so, lr, ctr, msr, srr0, ...)
//   PC           the instruction's address; field names (RT, RA, SI, ...) are its field values
//   r            the result that a record form compares with zero (CR0)
//   taken/target what a branch decided
//   helpers      ld8/ld16/ld32/st8/st16/st32, add3, mulhs, mulhu, rotl, MASK, sra, cmpf, crbit,
//                setcrbit, setcrf, crmMask, setOV, trapCond, trap, illegal, align, mfspr, mtspr,
//                setMSR, sc, bswap16, bswap32, zeroBlock, halfprod, mac, dlmzb

import { ALL_INSNS, decodeIndex, extractField, isVecDef, rcOf, type FieldName, type InsnDef } from '../isa/index.js';
import { analyze, type Resources } from './resources.js';

/** Longest block; a cap keeps compile units small and event checks frequent enough. */
export const MAX_BLOCK = 64;

/** Identifiers in templates that stand for instruction fields. */
const FIELD_NAMES = [
  'RT', 'RS', 'RA', 'RB', 'D', 'SI', 'UI', 'SH', 'MB', 'ME', 'BO', 'BI', 'BD', 'LI', 'AA', 'LK', 'BF',
  'BFA', 'BT', 'BA', 'BB', 'TO', 'SPR', 'FXM', 'L', 'E', 'NB', 'OE', 'Rc', 'BH',
] as const;
const FIELD_RE = new RegExp(`\\b(${FIELD_NAMES.join('|')}|PC)\\b`, 'g');

export interface CompiledInsn {
  pc: number;
  word: number;
  def: InsnDef | undefined;
}

/** True for instructions after which a block ends (control flow, MSR, wait, system calls). */
export function endsBlock(d: InsnDef | undefined): boolean {
  if (!d) return true;
  switch (d.timing) {
    case 'branch': case 'rfi': case 'msr': case 'sc': case 'wait': case 'isync': case 'sync':
      return true;
  }
  return false;
}

/** Helpers that also need the issue cycle: `t` goes in as their second argument. */
const TIMED = /\b(ld8|ld16|ld32|st8|st16|st32|zeroBlock|mfspr|mtspr|setMSR|sc)\(/g;

function addTimeArgument(code: string): string {
  let out = '';
  let last = 0;
  for (const m of code.matchAll(TIMED)) {
    const open = m.index! + m[0].length;
    // Find the end of the first argument (top-level comma or the closing parenthesis).
    let depth = 0;
    let i = open;
    for (; i < code.length; i++) {
      const ch = code[i];
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) break;
    }
    const firstArg = code.slice(open, i).trim();
    out += code.slice(last, open) + (firstArg ? `${firstArg}, t` : 't');
    last = i;
  }
  return out + code.slice(last);
}

function substitute(sem: string, d: InsnDef, word: number, pc: number): string {
  return addTimeArgument(sem).replace(FIELD_RE, (name) => {
    if (name === 'PC') return String(pc);
    if (name === 'Rc') return String(rcOf(d, word));
    if (name === 'OE') return String(d.oe ? (word >>> 10) & 1 : 0);
    return String(extractField(word, name as FieldName));
  });
}

function maxOf(lines: string[], expr: string): void {
  lines.push(`if (${expr} > t) t = ${expr};`);
}

/** Scoreboard checks (R1..R3) for an instruction; leaves the issue cycle in `t`. */
function issueTiming(res: Resources, lines: string[]): void {
  lines.push('t = nm;');
  const gpr = new Set([...res.gprReads, ...res.gprWrites.map((w) => w.reg)]);
  for (const r of gpr) maxOf(lines, `rdy[${r}]`);
  for (const f of res.crReads) maxOf(lines, `crRdy[${f}]`);
  for (const s of res.sprReads) maxOf(lines, `sprRdy[${s}]`);
  // R2: one GPR write port; writes already scheduled in the same future cycle push us back.
  const near = res.gprWrites.filter((w) => w.ready <= 5).map((w) => w.ready);
  if (near.length) {
    const cond = [...new Set(near)].map((l) => `ws[(t + ${l}) & 7] === t + ${l}`).join(' || ');
    lines.push(`while (${cond}) t++;`);
  }
}

/** Commit the instruction's writes to the scoreboard and set the next issue bound. */
function commitTiming(res: Resources, lines: string[], costExpr?: string): void {
  for (const w of res.gprWrites) {
    lines.push(`rdy[${w.reg}] = t + ${w.ready};`);
    if (w.ready >= 2 && w.ready - res.cost <= 6) lines.push(`ws[(t + ${w.ready}) & 7] = t + ${w.ready};`);
  }
  for (const c of res.crWrites) lines.push(`crRdy[${c.field}] = t + ${c.latency + 1};`);
  for (const s of res.sprWrites) lines.push(`sprRdy[${s.spr}] = t + ${s.latency + 1};`);
  if (res.done > 0) lines.push(`if (t + ${res.done} > wd) wd = t + ${res.done};`);
  lines.push(`nm = ${costExpr ?? `t + ${res.cost}`};`);
}

/**
 * Generate the body of a block function for the instructions `insns` (consecutive addresses).
 * The function receives the core and runs the block, or part of it when an event is due or an
 * instruction faults, leaving the core's pc at the next instruction to run.
 */
export function generateBlock(insns: CompiledInsn[]): string {
  const out: string[] = [];
  out.push('const R = cpu.gpr, rdy = cpu.rdy, crRdy = cpu.crRdy, sprRdy = cpu.sprRdy, ws = cpu.ws, V = cpu.vec;');
  out.push('let t = cpu.t, nm = cpu.nm, wd = cpu.wd, k = 0, r = 0, taken = false, target = 0;');
  const n = insns.length;
  for (let i = 0; i < n; i++) out.push(`let T${i} = 0;`);

  // Bookkeeping when leaving after `count` instructions with the next pc in `pcExpr`.
  const exit = (count: number, pcExpr: string): string => {
    const s = [`cpu.t = t; cpu.nm = nm; cpu.wd = wd; cpu.pc = ${pcExpr}; cpu.icount += ${count};`];
    const first = Math.max(0, count - 4);
    for (let j = first; j < count; j++) s.push(`cpu.pushIssue(T${j});`);
    return s.join(' ');
  };

  out.push('try {');
  for (let i = 0; i < n; i++) {
    const { pc, word, def: d } = insns[i]!;
    const lines: string[] = [`// ${pc.toString(16)}: ${word.toString(16).padStart(8, '0')} ${d ? d.mnemonic : '(illegal)'}`, `k = ${i};`];
    const eventCheck = `if (t >= cpu.evt) { cpu.tNext = t; cpu.markEventExit(); ${exit(i, String(pc))} cpu.dAdvance(${i}); return; }`;
    if (!d) {
      // Illegal instruction (or one the profile does not have): fault when it would issue.
      lines.push('t = nm;', eventCheck, 'illegal();');
      out.push(...lines);
      break;
    }
    const res = analyze(d, word);
    const priv = d.privileged ? 'if (cpu.msr & 0x4000) priv();' : '';
    if (d.timing === 'vector') {
      issueTiming(res, lines);
      lines.push('t = V.holdUntil(t);', eventCheck, `T${i} = t;`);
      if (isVecDef(d) && (d.vec.op === 'lax' || d.vec.op === 'stax')) lines.push('if (V.busy) V.catchUp(t);');
      lines.push(`V.issue(t, ${pc}, ${word}, ${readGprExpr(d, word, 'RA0')}, ${readGprExpr(d, word, 'RB')});`);
      commitTiming(res, lines);
      out.push(...lines);
      continue;
    }
    issueTiming(res, lines);
    if (d.timing === 'div') lines.push('if (t < 31) t = 31;');
    lines.push(eventCheck, `T${i} = t;`, priv);
    const memory = ['load', 'loadu', 'store', 'storeu', 'lmw', 'stmw'].includes(d.timing);
    if (memory) lines.push('if (V.busy) V.catchUp(t);');
    const sem = substitute(d.sem, d, word, pc);
    const isBranch = d.timing === 'branch' || d.timing === 'rfi';
    lines.push(`{ ${sem} }`);
    if (rcOf(d, word) && d.mnemonic !== 'stwcx.' && d.mnemonic !== 'dlmzb') lines.push('cr0(r);');
    if (isBranch) {
      commitTiming(res, lines, 'nm');
      const tm4 = i >= 4 ? `T${i - 4}` : `cpu.issueBack(${3 - i})`;
      lines.push(`nm = cpu.branch(${pc}, taken, target, t, ${i}, ${tm4});`);
      lines.push(exit(i + 1, `taken ? target : ${(pc + 4) >>> 0}`));
      lines.push('return;');
      out.push(...lines);
      break;
    }
    switch (d.timing) {
      case 'sync':
        commitTiming(res, lines, `cpu.syncDone(t, wd)`);
        break;
      case 'wait':
        commitTiming(res, lines, `cpu.waitDone(t, wd, ${pc})`);
        break;
      case 'sc':
        commitTiming(res, lines);
        break;
      default:
        commitTiming(res, lines);
    }
    out.push(...lines);
    if (i === n - 1) {
      out.push(exit(n, String((pc + 4) >>> 0)), `cpu.dAdvance(${n});`);
    }
  }
  out.push('} catch (e) { cpu.t = t; cpu.nm = nm; cpu.wd = wd; cpu.blockFault(e, k, t); }');
  return out.join('\n');
}

function readGprExpr(d: InsnDef, word: number, which: 'RA0' | 'RB'): string {
  if (!d.operands.includes(which === 'RA0' ? 'RA' : 'RB')) return '0';
  const r = extractField(word, which === 'RA0' ? 'RA' : 'RB');
  if (which === 'RA0' && r === 0) return '0';
  return `R[${r}]`;
}

/** Decode the instructions of a block starting at `pc` using a word fetch function. */
export function collectBlock(
  pc: number,
  fetch: (addr: number) => number | undefined,
  allowed: (d: InsnDef) => boolean,
  max = MAX_BLOCK,
): CompiledInsn[] {
  const insns: CompiledInsn[] = [];
  for (let a = pc; insns.length < max; a = (a + 4) >>> 0) {
    const word = fetch(a);
    if (word === undefined) break;
    const i = decodeIndex(word);
    const d = i >= 0 ? ALL_INSNS[i] : undefined;
    const ok = d && allowed(d) ? d : undefined;
    insns.push({ pc: a, word, def: ok });
    if (endsBlock(ok)) break;
  }
  return insns;
}
