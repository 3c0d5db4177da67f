// Replays for reports: an entry is run again with the PPU's per-instruction view (setStepHook with
// one instruction per block: the same results, only slower) to show the instructions around each
// divergence, and, when the golden trace's model can still be built, the golden side is replayed
// too, so the report can name the first instruction whose issue cycle, address or results differ.

import { disassembleWord } from '../assembler/index.js';
import { modelFromDocument, type DlsSystem, type ModelVariant } from '../chip/index.js';
import type { Ppu } from '../ppu/index.js';
import { runEntry, type Suite, type SuiteEntry } from './suite.js';
import type { Trace } from './trace.js';

/** Instructions shown before and after a divergence cycle. */
export const BEFORE = 24;
export const AFTER = 8;

export interface InsnRow {
  /** Position in the run (0 = the first instruction). */
  index: number;
  /** Chip cycle of the issue (PPU cycle + the PPU's start cycle). */
  cycle: number;
  pc: number;
  word: number;
  text: string;
  /** Registers the instruction changed, "r3=0x10 cr=0x20000000". */
  writes: string;
}

export interface Replay {
  /** Per requested centre (chip cycle): the instructions around it. */
  windows: Map<number, InsnRow[]>;
  /** Per instruction up to the last window (for comparing two replays): pc, issue cycle, result hash. */
  pcs: Uint32Array;
  words: Uint32Array;
  cycles: Float64Array;
  results: Uint32Array;
  count: number;
  /** The trace the replay recorded (equals the original run's: replays change nothing). */
  trace: Trace;
}

const REG_NAMES = ['cr', 'lr', 'ctr', 'xer'] as const;

function regs(cpu: Ppu, out: Int32Array): void {
  out.set(cpu.gpr, 0);
  out[32] = cpu.cr;
  out[33] = cpu.lr;
  out[34] = cpu.ctr;
  out[35] = cpu.xer();
}

/** Run an entry with the per-instruction view and collect the instructions around `centres`. */
export function replayEntry(suite: Suite, entry: SuiteEntry, model: ModelVariant, centres: readonly number[]): Replay {
  const sorted = [...new Set(centres)].sort((a, b) => a - b);
  const last = sorted.length ? sorted[sorted.length - 1]! : -1;
  const windows = new Map<number, InsnRow[]>(sorted.map((c) => [c, []]));
  let cap = 1 << 16;
  let pcs = new Uint32Array(cap);
  let words = new Uint32Array(cap);
  let cycles = new Float64Array(cap);
  let results = new Uint32Array(cap);
  let count = 0;
  let stored = 0;
  const ring: InsnRow[] = [];
  let next = 0; // index into sorted: the next centre not yet reached
  const open: { centre: number; left: number }[] = [];
  const before = new Int32Array(36);
  const after = new Int32Array(36);
  let sysRef: DlsSystem | null = null;

  const hook = (cpu: Ppu, pc: number) => {
    regs(cpu, after);
    const cycle = cpu.t - sysRef!.ppuCycle(0); // (ppuCycle(0) is minus the PPU's start cycle)
    // What the instruction changed, as text (for the rows shown) and as a hash (for comparisons).
    let h = 0x811c9dc5;
    const changed: string[] = [];
    for (let r = 0; r < 36; r++) {
      if (after[r] !== before[r]) {
        h = Math.imul(h ^ r, 0x01000193) >>> 0;
        h = Math.imul(h ^ after[r]!, 0x01000193) >>> 0;
        changed.push(`${r < 32 ? `r${r}` : REG_NAMES[r - 32]}=0x${(after[r]! >>> 0).toString(16)}`);
      }
    }
    before.set(after);
    const word = cpu.imem.contains(pc, 4) ? cpu.imem.readWord(pc) >>> 0 : 0;
    if (cycle <= last + 1000) {
      if (stored === cap) {
        cap *= 2;
        const p2 = new Uint32Array(cap); p2.set(pcs); pcs = p2;
        const w2 = new Uint32Array(cap); w2.set(words); words = w2;
        const c2 = new Float64Array(cap); c2.set(cycles); cycles = c2;
        const r2 = new Uint32Array(cap); r2.set(results); results = r2;
      }
      pcs[stored] = pc >>> 0;
      words[stored] = word;
      cycles[stored] = cycle;
      results[stored] = h;
      stored++;
    }
    const row: InsnRow = { index: count, cycle, pc: pc >>> 0, word, text: '', writes: changed.join(' ') };
    count++;
    if (next >= sorted.length && open.length === 0) return;
    while (next < sorted.length && cycle >= sorted[next]!) {
      windows.set(sorted[next]!, [...ring]);
      open.push({ centre: sorted[next]!, left: AFTER });
      next++;
    }
    for (let k = open.length - 1; k >= 0; k--) {
      const o = open[k]!;
      windows.get(o.centre)!.push(row);
      if (--o.left === 0) open.splice(k, 1);
    }
    ring.push(row);
    if (ring.length > BEFORE) ring.shift();
  };
  const run = runEntry(suite, entry, model, {
    onSystem: (sys) => {
      sysRef = sys;
      sys.ppu.setStepHook(hook, 1);
    },
  });
  for (const rows of windows.values()) for (const r of rows) r.text = disassembleWord(r.word, r.pc);
  return { windows, pcs, words, cycles, results, count: stored, trace: run.trace };
}

/** A trace's model, if this dls can still build it (else why not); `which` names the trace. */
export function traceModel(t: Trace, which = 'golden'): { model: ModelVariant } | { reason: string } {
  if (!t.model) return { reason: `the ${which} trace is an external recording (no model to replay)` };
  try {
    return { model: modelFromDocument(t.model, undefined, `${which} trace model`) };
  } catch (e) {
    return { reason: `the ${which} trace's model cannot be built by this dls: ${(e as Error).message.split('\n')[0]}` };
  }
}

export interface FirstInstructionDifference {
  index: number;
  a: { cycle: number; pc: number; text: string } | null;
  b: { cycle: number; pc: number; text: string } | null;
  what: string;
}

/** The first instruction at which two replays differ (issue cycle, address or results). */
export function firstInstructionDifference(a: Replay, b: Replay): FirstInstructionDifference | null {
  const n = Math.min(a.count, b.count);
  for (let i = 0; i < n; i++) {
    if (a.pcs[i] !== b.pcs[i] || a.cycles[i] !== b.cycles[i] || a.results[i] !== b.results[i]) {
      const what = a.pcs[i] !== b.pcs[i] ? 'address (control flow)' : a.cycles[i] !== b.cycles[i] ? 'issue cycle' : 'results (register values)';
      const side = (r: Replay) => ({ cycle: r.cycles[i]!, pc: r.pcs[i]!, text: disassembleWord(r.words[i]!, r.pcs[i]!) });
      return { index: i, a: side(a), b: side(b), what };
    }
  }
  return null;
}

/** The recorded instructions around position `index` of a replay (register writes are not kept for these). */
export function rowsAround(r: Replay, index: number): InsnRow[] {
  const rows: InsnRow[] = [];
  for (let i = Math.max(0, index - BEFORE); i < Math.min(r.count, index + AFTER); i++) {
    rows.push({ index: i, cycle: r.cycles[i]!, pc: r.pcs[i]!, word: r.words[i]!, text: disassembleWord(r.words[i]!, r.pcs[i]!), writes: '' });
  }
  return rows;
}
