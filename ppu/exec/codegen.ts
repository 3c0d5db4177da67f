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
import { NUX_TIMING, type LatencyTable } from '../timing-params.js';

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
  /**
   * A non-branch at an address the branch cache holds an entry for (a branch there was
   * overwritten): its fetch may be predicted taken, which the core resolves after it (and the
   * block ends there).
   */
  cachedAddress?: true;
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

/** Templates that may throw a PPU fault (memory access, traps, SPR access, illegal forms). */
const MAY_FAULT = /\b(ld8|ld16|ld32|st8|st16|st32|zeroBlock|align|trap|illegal|mfspr|mtspr)\(/;

/** Cycles a GPR write lands after the next instruction may issue (for the write-port rule R2). */
function writeOverhang(res: Resources): number {
  let o = 0;
  for (const w of res.gprWrites) if (w.ready >= 2) o = Math.max(o, w.ready - res.cost);
  return o;
}

/**
 * Scoreboard checks (R1..R3) for an instruction; leaves the issue cycle in `t`. `portFree` says
 * that no earlier write can collide with this one (R2), which the compiler knows when every
 * instruction that could still have a write in flight is in this block and writes nothing late.
 */
function issueTiming(res: Resources, lines: string[], portFree: boolean): void {
  lines.push('t = nm;');
  const gpr = new Set([...res.gprReads, ...res.gprWrites.map((w) => w.reg)]);
  for (const r of gpr) maxOf(lines, `rdy[${r}]`);
  for (const f of res.crReads) maxOf(lines, `crRdy[${f}]`);
  for (const s of res.sprReads) maxOf(lines, `sprRdy[${s}]`);
  // R2: one GPR write port; writes already scheduled in the same future cycle push us back.
  const near = res.gprWrites.filter((w) => w.ready <= 5).map((w) => w.ready);
  if (near.length && !portFree) {
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
  // sync waits for writes: 1-cycle writers are accounted for through the last one's issue cycle
  // (see syncBound), longer ones through wd.
  if (res.done > 4) lines.push(`if (t + ${res.done} > wd) wd = t + ${res.done};`);
  lines.push(`nm = ${costExpr ?? `t + ${res.cost}`};`);
}

/** Writes anything sync must wait for (a GPR, CR field or SPR). */
function isWriter(res: Resources): boolean {
  return res.gprWrites.length > 0 || res.crWrites.length > 0 || res.sprWrites.length > 0;
}

/** Largest gap (cycles) between one instruction's issue and the next in a bounded block. */
const MAX_GAP = 10;

export interface GeneratedBlock {
  source: string;
  /**
   * Upper bound on the cycles from the block's first possible issue cycle to its last instruction's
   * issue, or -1 when the block checks for events at every instruction itself (it contains
   * instructions with unbounded stalls: vector, sync, wait).
   */
  bound: number;
}

/**
 * Generate the body of a block function for the instructions `insns` (consecutive addresses).
 * The function receives the core and runs the block, or part of it when an event is due or an
 * instruction faults, leaving the core's pc at the next instruction to run.
 *
 * Event checks: a block whose duration is bounded is only entered when no event can fall inside
 * it (the runner checks `nm + bound < evt`, and otherwise runs single-instruction blocks, which
 * always check); blocks with unbounded stalls check before every instruction.
 */
export function generateBlock(insns: CompiledInsn[], forceChecks = false, lat: LatencyTable = NUX_TIMING.latency): GeneratedBlock {
  const n = insns.length;
  const analysed = insns.map((x) => (x.def ? analyze(x.def, x.word, lat) : undefined));
  const divBusy = lat.div - 1; // the divider is busy after reset
  const unbounded = insns.some((x) => !x.def || ['vector', 'sync', 'wait'].includes(x.def.timing));
  const checks = forceChecks || unbounded || n === 1;
  // (a variant with long latencies makes longer gaps possible; for the measured table this is MAX_GAP)
  const gap = Math.max(MAX_GAP, lat.alu + 2, lat.load + 3, lat.loadu + 3, lat.storeu + 2, lat.lmw + 2, lat.mul + 2);
  let bound = 8;
  for (const r of analysed) bound += Math.max(r?.cost ?? 1, gap);
  if (insns.some((x) => x.def?.timing === 'div')) bound += divBusy;

  const out: string[] = [];
  out.push('const R = cpu.gpr, rdy = cpu.rdy, crRdy = cpu.crRdy, sprRdy = cpu.sprRdy, ws = cpu.ws, V = cpu.vec;');
  out.push('let t = cpu.t, nm = cpu.nm, wd = cpu.wd, k = 0, r = 0, taken = false, target = 0;');
  for (let i = 0; i < n; i++) out.push(`let T${i} = 0;`);

  // The issue cycles of the last four instructions, newest first, for the branch-cache lookup.
  const history = (count: number): string => {
    const s: string[] = [];
    if (count >= 4) for (let j = 4; j >= 1; j--) s.push(`cpu.i${j} = T${count - j};`);
    else if (count === 3) s.push('cpu.i4 = cpu.i1; cpu.i3 = T0; cpu.i2 = T1; cpu.i1 = T2;');
    else if (count === 2) s.push('cpu.i4 = cpu.i2; cpu.i3 = cpu.i1; cpu.i2 = T0; cpu.i1 = T1;');
    else if (count === 1) s.push('cpu.i4 = cpu.i3; cpu.i3 = cpu.i2; cpu.i2 = cpu.i1; cpu.i1 = T0;');
    return s.join(' ');
  };
  // The issue cycle of the instruction 4 positions before position `i` (a branch-cache lookup time).
  const issuedFourBefore = (i: number): string => (i >= 4 ? `T${i - 4}` : `cpu.i${4 - i}`);
  // Issue cycle of the last 1-cycle writer before position `i` (for sync), as an expression.
  const lastWriter = (i: number): string => {
    for (let j = i - 1; j >= 0; j--) if (analysed[j] && isWriter(analysed[j]!)) return `T${j}`;
    return 'cpu.lw';
  };
  const exit = (count: number, pcExpr: string): string =>
    `cpu.t = t; cpu.nm = nm; cpu.wd = wd; cpu.lw = ${lastWriter(count)}; cpu.pc = ${pcExpr}; cpu.icount += ${count}; ${history(count)}`;

  out.push('try {');
  for (let i = 0; i < n; i++) {
    const { pc, word, def: d } = insns[i]!;
    const lines: string[] = [`// ${pc.toString(16)}: ${word.toString(16).padStart(8, '0')} ${d ? d.mnemonic : '(illegal)'}`];
    const eventCheck = checks
      ? `if (t >= cpu.evt) { cpu.tNext = t; cpu.markEventExit(); ${exit(i, String(pc))} cpu.dAdvance(${i}); return; }`
      : '';
    if (!d) {
      // Illegal instruction (or one the profile does not have): fault when it would issue.
      lines.push(`k = ${i};`, 't = nm;', eventCheck, 'illegal();');
      out.push(...lines);
      break;
    }
    const res = analysed[i]!;
    // R2 can only bite if an instruction with a late write (overhang) is close enough before us.
    let portFree = i >= 3;
    for (let j = Math.max(0, i - 3); j < i && portFree; j++) {
      const o = analysed[j] ? writeOverhang(analysed[j]!) : 0;
      if (o > 0 && i - j - 1 < o) portFree = false;
    }
    const sem = d.timing === 'vector' ? '' : substitute(d.sem, d, word, pc);
    if (MAY_FAULT.test(sem) || d.privileged || d.timing === 'vector') lines.push(`k = ${i};`);
    const priv = d.privileged ? 'if (cpu.msr & 0x4000) priv();' : '';
    if (d.timing === 'vector') {
      issueTiming(res, lines, portFree);
      lines.push('t = V.holdUntil(t);', eventCheck, `T${i} = t;`);
      if (isVecDef(d) && (d.vec.op === 'lax' || d.vec.op === 'stax')) lines.push('if (V.busy) V.catchUp(t);');
      lines.push(`V.issue(t, ${pc}, ${word}, ${readGprExpr(d, word, 'RA0')}, ${readGprExpr(d, word, 'RB')});`);
      commitTiming(res, lines);
      if (insns[i]!.cachedAddress) {
        lines.push(`nm = cpu.nonBranch(${pc}, t, ${i}, ${issuedFourBefore(i)}, nm);`, exit(i + 1, String((pc + 4) >>> 0)), 'return;');
        out.push(...lines);
        break;
      }
      out.push(...lines);
      if (i === n - 1) out.push(exit(n, String((pc + 4) >>> 0)), `cpu.dAdvance(${n});`);
      continue;
    }
    issueTiming(res, lines, portFree);
    if (d.timing === 'div') lines.push(`if (t < ${divBusy}) t = ${divBusy};`);
    lines.push(eventCheck, `T${i} = t;`, priv);
    const memory = ['load', 'loadu', 'store', 'storeu', 'lmw', 'stmw'].includes(d.timing) || d.mnemonic === 'dcbz';
    if (memory) lines.push('if (V.busy) V.catchUp(t);');
    const isBranch = d.timing === 'branch' || d.timing === 'rfi';
    const tm4 = issuedFourBefore(i);
    lines.push(`{ ${sem} }`);
    if (rcOf(d, word) && d.mnemonic !== 'stwcx.' && d.mnemonic !== 'dlmzb') lines.push('cr0(r);');
    if (isBranch) {
      commitTiming(res, lines, 'nm');
      lines.push(`nm = cpu.branch(${pc}, taken, target, t, ${i}, ${tm4});`);
      lines.push(exit(i + 1, `taken ? target : ${(pc + 4) >>> 0}`));
      lines.push('return;');
      out.push(...lines);
      break;
    }
    const drain = `Math.max(wd, ${lastWriter(i)} + 4)`;
    if (d.timing === 'sync') commitTiming(res, lines, `cpu.syncDone(t, ${drain})`);
    else if (d.timing === 'wait') commitTiming(res, lines, `cpu.waitDone(t, ${drain}, ${pc})`);
    else commitTiming(res, lines);
    if (insns[i]!.cachedAddress && d.timing !== 'wait') {
      // Predicted taken or not, the core goes on at pc + 4; a prediction costs a redirect.
      lines.push(`nm = cpu.nonBranch(${pc}, t, ${i}, ${tm4}, nm);`, exit(i + 1, String((pc + 4) >>> 0)), 'return;');
      out.push(...lines);
      break;
    }
    out.push(...lines);
    if (i === n - 1) out.push(exit(n, String((pc + 4) >>> 0)), `cpu.dAdvance(${n});`);
  }
  out.push('} catch (e) { cpu.t = t; cpu.nm = nm; cpu.wd = wd; cpu.blockFault(e, k, t); }');
  return { source: out.join('\n'), bound: checks ? -1 : bound };
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
  cached: (addr: number) => boolean = () => false,
): CompiledInsn[] {
  const insns: CompiledInsn[] = [];
  for (let a = pc; insns.length < max; a = (a + 4) >>> 0) {
    const word = fetch(a);
    if (word === undefined) break;
    const i = decodeIndex(word);
    const d = i >= 0 ? ALL_INSNS[i] : undefined;
    const ok = d && allowed(d) ? d : undefined;
    const stale = ok !== undefined && ok.timing !== 'branch' && ok.timing !== 'rfi' && ok.timing !== 'wait' && cached(a);
    insns.push(stale ? { pc: a, word, def: ok, cachedAddress: true } : { pc: a, word, def: ok });
    if (stale || endsBlock(ok)) break;
  }
  return insns;
}
