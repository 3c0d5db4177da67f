// record / check / diff over a suite (docs/regress.md, "dls regress"): run every entry against a
// model variant, compare with the golden traces under the suite's rules, and for the report
// replay the entries that diverged with the per-instruction view.

import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../common/errors.js';
import { describeModel, modelFingerprint, modelFromDocument, type ModelVariant } from '../chip/index.js';
import { compareTraces, type TraceComparison, type Verdict } from './compare.js';
import { firstInstructionDifference, replayEntry, rowsAround, traceModel, type FirstInstructionDifference, type InsnRow, type Replay } from './replay.js';
import type { RuleSet } from './rules.js';
import { entryRules, findEntry, goldenPath, runEntry, type Suite, type SuiteEntry } from './suite.js';
import { readTrace, writeTrace, type Trace } from './trace.js';

export type EntryStatus = Verdict | 'no-golden' | 'error';

export interface InstructionView {
  /** Per divergence cycle: the new model's instructions around it. */
  now: Map<number, InsnRow[]>;
  /** The same windows replayed on the golden trace's model (when it can be built and reproduces the golden trace). */
  golden: Map<number, InsnRow[]> | null;
  /** Why there is no golden side, if there is none. */
  goldenNote: string | null;
  /** The first instruction at which the two replays differ. */
  first: FirstInstructionDifference | null;
  /** The instructions around it on both sides (without register writes). */
  firstWindow: { golden: InsnRow[]; now: InsnRow[] } | null;
}

export interface EntryCheck {
  entry: string;
  status: EntryStatus;
  seconds: number;
  comparison: TraceComparison | null;
  error: string | null;
  /** The golden trace's model (one line) and whether it is the model checked now. */
  goldenModel: string | null;
  sameModel: boolean | null;
  // (not in the JSON report)
  golden?: Trace;
  now?: Trace;
  rules?: RuleSet;
  instructions?: InstructionView;
}

export interface CheckResult {
  suite: string;
  model: string;
  modelName: string;
  fingerprint: string;
  status: 'pass' | 'fail';
  entries: EntryCheck[];
}

export interface CheckOptions {
  only?: readonly string[];
  /** Replay diverged entries for the instruction view (the HTML report needs it). */
  instructions?: boolean;
  /** Called after each entry (progress). */
  progress?: (e: EntryCheck) => void;
}

function selected(suite: Suite, only: readonly string[] | undefined): SuiteEntry[] {
  if (!only || only.length === 0) return suite.entries;
  const set = new Set(only);
  const out = suite.entries.filter((e) => set.has(e.name));
  const unknown = [...set].filter((n) => !suite.entries.some((e) => e.name === n));
  if (unknown.length) throw new UserError(`--only: suite ${suite.name} has no entr${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')} (entries: ${suite.entries.map((e) => e.name).join(', ')})`);
  return out;
}

function modelLine(t: Trace): string | null {
  if (!t.model) return null;
  try {
    const m = modelFromDocument(t.model, undefined, 'trace model');
    return `${m.name}: ${describeModel(m)}`;
  } catch {
    return `(a model this dls cannot read; fingerprint ${t.fingerprint})`;
  }
}

/** Compare one entry's new trace with its golden one. */
export function checkEntry(suite: Suite, entry: SuiteEntry, model: ModelVariant, opts: CheckOptions = {}): EntryCheck {
  const t0 = performance.now();
  const file = goldenPath(suite, entry);
  const base: EntryCheck = { entry: entry.name, status: 'error', seconds: 0, comparison: null, error: null, goldenModel: null, sameModel: null };
  try {
    if (!existsSync(file)) {
      return { ...base, status: 'no-golden', error: `no golden trace (${file}); record it with dls regress record`, seconds: (performance.now() - t0) / 1000 };
    }
    const golden = readTrace(file);
    const now = runEntry(suite, entry, model).trace;
    const rules = entryRules(suite, entry);
    const comparison = compareTraces(golden, now, rules);
    const out: EntryCheck = {
      ...base, status: comparison.verdict, comparison, golden, now, rules,
      goldenModel: modelLine(golden), sameModel: golden.fingerprint === now.fingerprint,
    };
    if (opts.instructions && comparison.verdict === 'diverged' && now.ppuStart !== null) out.instructions = instructionView(suite, entry, model, golden, comparison);
    out.seconds = (performance.now() - t0) / 1000;
    return out;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { ...base, status: 'error', error: e.message, seconds: (performance.now() - t0) / 1000 };
  }
}

/** The cycles of the signals' first divergences (the centres of the instruction windows). */
function divergenceCycles(c: TraceComparison): number[] {
  return c.signals.map((s) => s.divergence?.cycle).filter((x): x is number => typeof x === 'number');
}

function instructionView(suite: Suite, entry: SuiteEntry, model: ModelVariant, golden: Trace, c: TraceComparison): InstructionView {
  const centres = divergenceCycles(c);
  return viewOf(suite, entry, replayEntry(suite, entry, model, centres), golden, centres);
}

/**
 * The instruction view of `dls regress diff --suite`: both traces are model traces of one entry
 * of `suite` (the golden's source names it); the entry is replayed with each trace's own model.
 * The new side is shown only if its replay reproduces the new trace, the golden side likewise.
 * Returns why not when there is nothing to show.
 */
export function diffInstructionView(suite: Suite, golden: Trace, now: Trace, c: TraceComparison): InstructionView | { reason: string } {
  // A trace written by `dls chip --trace` names no entry: the golden's is replayed, and the check
  // below makes sure it is the run the new trace came from.
  const name = now.source.entry ?? golden.source.entry;
  if (name === undefined) return { reason: 'neither trace names a suite entry (the golden trace must be recorded by dls regress)' };
  if (golden.source.entry !== undefined && golden.source.entry !== name) return { reason: `the traces are of different suite entries (golden: ${golden.source.entry}, new: ${name})` };
  const entry = findEntry(suite, name);
  if (now.ppuStart === null) return { reason: `entry ${name} runs no PPU program (no instructions to show)` };
  const m = traceModel(now, 'new');
  if ('reason' in m) return m;
  const centres = divergenceCycles(c);
  const replay = replayEntry(suite, entry, m.model, centres);
  if (compareTraces(now, replay.trace, {}).verdict !== 'identical') {
    return { reason: `replaying entry ${name} of suite ${suite.name} with the new trace's model does not reproduce the new trace (another suite version, or the model's code changed)` };
  }
  return viewOf(suite, entry, replay, golden, centres);
}

function viewOf(suite: Suite, entry: SuiteEntry, now: Replay, golden: Trace, centres: readonly number[]): InstructionView {
  let gold: Replay | null = null;
  let note: string | null = null;
  const gm = traceModel(golden);
  if ('reason' in gm) note = gm.reason;
  else {
    gold = replayEntry(suite, entry, gm.model, centres);
    // The golden side is shown only if this dls still produces the golden trace with its model.
    if (compareTraces(golden, gold.trace, {}).verdict !== 'identical') {
      note = "replaying the golden trace's model with this dls does not reproduce the golden trace (the model's code changed, not only its parameters): only the new side is shown";
      gold = null;
    }
  }
  const first = gold ? firstInstructionDifference(gold, now) : null;
  const firstWindow = gold && first ? { golden: rowsAround(gold, first.index), now: rowsAround(now, first.index) } : null;
  return { now: now.windows, golden: gold ? gold.windows : null, goldenNote: note, first, firstWindow };
}

export function checkSuite(suite: Suite, model: ModelVariant, opts: CheckOptions = {}): CheckResult {
  const entries: EntryCheck[] = [];
  for (const e of selected(suite, opts.only)) {
    const r = checkEntry(suite, e, model, opts);
    entries.push(r);
    opts.progress?.(r);
  }
  return {
    suite: suite.name, model: describeModel(model), modelName: model.name, fingerprint: modelFingerprint(model),
    status: entries.every((e) => e.status === 'identical' || e.status === 'within') ? 'pass' : 'fail',
    entries,
  };
}

// --- recording -----------------------------------------------------------------------------

export interface RecordChange {
  entry: string;
  /** new: no golden before; unchanged: identical; changed: differs (see comparison). */
  change: 'new' | 'unchanged' | 'changed';
  comparison: TraceComparison | null;
  oldModel: string | null;
  /** The old golden was recorded with the same model (fingerprint). */
  sameModel: boolean | null;
  file: string;
}

/**
 * Record golden traces. Without `update`, existing goldens are left alone and reported as an
 * error; with it, they are re-recorded and each change is summarised (what diverged, and where).
 */
export function recordSuite(suite: Suite, model: ModelVariant, opts: { only?: readonly string[]; update?: boolean; progress?: (c: RecordChange) => void } = {}): RecordChange[] {
  const out: RecordChange[] = [];
  const entries = selected(suite, opts.only);
  if (!opts.update) {
    const existing = entries.filter((e) => existsSync(goldenPath(suite, e)));
    if (existing.length) {
      throw new UserError(`golden traces exist for ${existing.map((e) => e.name).join(', ')}: use --update to re-record them (it shows what changed)`);
    }
  }
  for (const e of entries) {
    const file = goldenPath(suite, e);
    const now = runEntry(suite, e, model).trace;
    let change: RecordChange['change'] = 'new';
    let comparison: TraceComparison | null = null;
    let oldModel: string | null = null;
    let sameModel: boolean | null = null;
    if (existsSync(file)) {
      const old = readTrace(file);
      oldModel = modelLine(old);
      sameModel = old.fingerprint === now.fingerprint;
      comparison = compareTraces(old, now, { '*': { rule: 'exact' } });
      change = comparison.verdict === 'identical' && old.fingerprint === now.fingerprint ? 'unchanged' : 'changed';
    }
    if (change !== 'unchanged') {
      mkdirSync(dirname(file), { recursive: true });
      writeTrace(now, file);
    }
    const c = { entry: e.name, change, comparison, oldModel, sameModel, file };
    out.push(c);
    opts.progress?.(c);
  }
  return out;
}
