// Regression suites (docs/regress.md, "Suites"): a folder with a manifest (suite.json) that lists
// programs and scenarios, per-signal comparison rules, and the golden traces in golden/. Running an
// entry against a model variant gives its trace; the same code path records goldens, checks them
// and replays entries with a per-instruction view for reports.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { intIn as int, strictObject as obj } from '../common/schema-fields.js';
import { UserError } from '../common/errors.js';
import { parseJsonSource, type JsonSource } from '../common/json-source.js';
import {
  CYCLES_PER_BIO_MS, N_NEURONS, SNAPSHOT_FIELDS, defaultModel, loadScenario, problemsError, runScenario, zodProblems,
  type DlsSystem, type ModelVariant, type ResolvedScenario, type RunResult, type ScenarioRun,
} from '../chip/index.js';
import { assembleProgram, compileDslProgram } from '../host/programs.js';
import { mdpTask, generateRandomMdpTask, type Mdp, type Task } from '../host/tasks/index.js';
import { chipBackendOptions, runChipEpisode } from '../experiments/l2l/chip-backend.js';
import { compileInnerLoopProgram } from '../experiments/l2l/program.js';
import { checkpointCycles, DEFAULT_CHECKPOINT_INTERVAL, hexBytes, TraceRecorder } from './record.js';
import type { Trace } from './trace.js';
import { ruleSetSchema, type RuleSet } from './rules.js';

export const SUITE_FORMAT = 'dls-regress-suite';
export const SUITE_VERSION = 1;
/** The project's own suite (regress/suite), relative to this module. */
export const PROJECT_SUITE = fileURLToPath(new URL('./suite', import.meta.url));

const membraneSchema = obj({
  neurons: z.array(int(0, N_NEURONS - 1), { error: 'must be a list of neurons' }).min(1, { error: 'must list at least one neuron' }),
  period: int(1, 1 << 24),
  start: int(0, 2 ** 40).optional(),
});

const snapshotsSchema = obj({
  at: z.array(int(0, 2 ** 40), { error: 'must be a list of cycles' }).min(1, { error: 'must list at least one cycle' }),
  include: z.array(z.enum(SNAPSHOT_FIELDS, { error: `must be one of ${SNAPSHOT_FIELDS.map((f) => `"${f}"`).join(', ')}` })).optional(),
});

const l2lSchema = obj({
  task: z.union([
    obj({ mdp: z.record(z.string(), z.unknown()), seed: int(0, 0xffffffff).optional() }),
    obj({ random: obj({ seed: int(0, 0xffffffff), states: int(1, 31), actions: int(1, 32) }) }),
  ], { error: 'must be { "mdp": {...} } or { "random": { "seed", "states", "actions" } }' }),
  theta: z.record(z.string(), z.number({ error: 'must be a number' })),
  seeds: obj({ environment: int(0, 0xffffffff), agent: int(0, 0xffffffff) }),
  steps: int(1, 6400),
  options: z.record(z.string(), z.unknown()).optional(),
});

const entrySchema = obj({
  name: z.string({ error: 'must be a string' }).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'must be a name of letters, digits, "_", "." and "-"' }),
  description: z.string({ error: 'must be a string' }).optional(),
  scenario: z.string({ error: 'must be a scenario file (relative to the suite)' }).optional(),
  seed: int(0, 0xffffffff).optional(),
  l2l: l2lSchema.optional(),
  membrane: membraneSchema.optional(),
  /** Snapshots (scenario entries) in addition to the scenario's own, at cycles. */
  snapshots: snapshotsSchema.optional(),
  checkpointInterval: int(100, 1 << 24).optional(),
  rules: ruleSetSchema.optional(),
});

const suiteSchema = obj({
  format: z.literal(SUITE_FORMAT, { error: `must be "${SUITE_FORMAT}"` }),
  version: z.literal(SUITE_VERSION, { error: `must be ${SUITE_VERSION}` }),
  name: z.string({ error: 'must be a string' }),
  description: z.string({ error: 'must be a string' }).optional(),
  checkpointInterval: int(100, 1 << 24).optional(),
  rules: ruleSetSchema.optional(),
  entries: z.array(entrySchema, { error: 'must be a list of entries' }).min(1, { error: 'must list at least one entry' }),
});

export type SuiteEntry = z.infer<typeof entrySchema>;

export interface Suite {
  name: string;
  description: string;
  dir: string;
  file: string;
  checkpointInterval: number;
  rules: RuleSet;
  entries: SuiteEntry[];
}

/** Load a suite from its folder (suite.json inside) or its manifest file; every problem reported. */
export function loadSuite(where: string): Suite {
  const file = existsSync(join(where, 'suite.json')) ? join(where, 'suite.json') : where;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read suite ${where}: ${c === 'ENOENT' ? 'no such file (a suite is a folder with suite.json, or the manifest itself)' : c === 'EISDIR' ? 'a folder without suite.json' : (e as Error).message}`);
  }
  const src: JsonSource = parseJsonSource(text, file);
  const r = suiteSchema.safeParse(src.value);
  if (!r.success) throw problemsError(zodProblems(r.error, src.value), src, file);
  const doc = r.data;
  const problems: { path: (string | number)[]; message: string }[] = [];
  const names = new Set<string>();
  doc.entries.forEach((e, i) => {
    if (names.has(e.name)) problems.push({ path: ['entries', i, 'name'], message: `entry ${JSON.stringify(e.name)} appears twice` });
    names.add(e.name);
    if ((e.scenario === undefined) === (e.l2l === undefined)) problems.push({ path: ['entries', i], message: 'needs exactly one of "scenario" (a scenario file) and "l2l" (an inner-loop episode)' });
    if (e.scenario && !existsSync(resolve(dirname(file), e.scenario))) problems.push({ path: ['entries', i, 'scenario'], message: `no such file: ${e.scenario} (relative to the suite)` });
    if (e.snapshots && !e.scenario) problems.push({ path: ['entries', i, 'snapshots'], message: 'snapshots are for scenario entries' });
  });
  if (problems.length) throw problemsError(problems, src, file);
  return {
    name: doc.name, description: doc.description ?? '', dir: dirname(resolve(file)), file,
    checkpointInterval: doc.checkpointInterval ?? DEFAULT_CHECKPOINT_INTERVAL, rules: doc.rules ?? {}, entries: doc.entries,
  };
}

export function goldenPath(suite: Suite, entry: SuiteEntry): string {
  return join(suite.dir, 'golden', `${entry.name}.trace.json.gz`);
}

export function findEntry(suite: Suite, name: string): SuiteEntry {
  const e = suite.entries.find((x) => x.name === name);
  if (!e) throw new UserError(`suite ${suite.name} has no entry ${JSON.stringify(name)} (entries: ${suite.entries.map((x) => x.name).join(', ')})`);
  return e;
}

/** Rules of an entry: the suite's, then the entry's on top (by signal pattern). */
export function entryRules(suite: Suite, entry: SuiteEntry): RuleSet {
  return { ...suite.rules, ...(entry.rules ?? {}) };
}

export interface RunHooks {
  /** Called with the system before anything runs (after the recorder is attached). */
  onSystem?: (sys: DlsSystem) => void;
}

/** What the replay and the report need to know about an entry's run besides its trace. */
export interface EntryRun {
  trace: Trace;
  /** Chip cycle of the PPU's cycle 0, or null without a program. */
  ppuStart: number | null;
}

/** Run one entry against a model variant and return its trace. */
export function runEntry(suite: Suite, entry: SuiteEntry, model: ModelVariant = defaultModel(), hooks: RunHooks = {}): EntryRun {
  const interval = entry.checkpointInterval ?? suite.checkpointInterval;
  if (entry.scenario) return runScenarioEntry(suite, entry, model, interval, hooks);
  return runL2lEntry(suite, entry, model, interval, hooks);
}

const scenarioCache = new Map<string, ResolvedScenario>();

function scenarioOf(suite: Suite, entry: SuiteEntry): ResolvedScenario {
  const file = resolve(suite.dir, entry.scenario!);
  const key = `${file}|${entry.seed ?? ''}`;
  let sc = scenarioCache.get(key);
  if (!sc) {
    sc = loadScenario(file, { seed: entry.seed, assemble: assembleProgram, compileDsl: compileDslProgram });
    scenarioCache.set(key, sc);
  }
  return sc;
}

function runScenarioEntry(suite: Suite, entry: SuiteEntry, model: ModelVariant, interval: number, hooks: RunHooks): EntryRun {
  const base = scenarioOf(suite, entry);
  const m = entry.membrane;
  // No VCD hooks (the trace has the same information); the entry may add recordings.
  const sc: ResolvedScenario = {
    ...base,
    record: {
      ...base.record, vcd: false, plot: false,
      membrane: m ? { neurons: m.neurons, period: m.period, start: m.start ?? 0, stop: base.duration } : base.record.membrane,
      snapshots: [
        ...base.record.snapshots,
        ...(entry.snapshots?.at ?? []).filter((c) => c <= base.duration).map((cycle) => ({ cycle, include: entry.snapshots!.include ?? ['weights', 'correlation', 'rateCounters'] })),
      ].sort((a, b) => a.cycle - b.cycle),
    },
  };
  const { trace } = traceScenario(sc, model, { name: entry.name, description: entry.description ?? `scenario ${entry.scenario}`, entry: entry.name }, interval, hooks);
  return { trace, ppuStart: sc.ppu ? sc.ppu.start : null };
}

/** Run a resolved scenario with a trace recorder attached: its usual results and its trace. */
export function traceScenario(sc: ResolvedScenario, model: ModelVariant = defaultModel(), info: { name: string; description: string; entry?: string }, interval = DEFAULT_CHECKPOINT_INTERVAL, hooks: RunHooks = {}): { run: ScenarioRun; trace: Trace } {
  let rec: TraceRecorder | null = null;
  const stops = sc.ppu ? checkpointCycles(sc.ppu.start, sc.duration, interval) : [];
  const run = runScenario(sc, {
    model,
    stops,
    onSystem: (sys) => {
      rec = new TraceRecorder(sys);
      hooks.onSystem?.(sys);
    },
    onStop: () => rec!.checkpoint(),
  });
  const r = rec as TraceRecorder | null;
  if (!r) throw new Error('runScenario did not call onSystem');
  if (run.membrane) r.setMembrane(run.membrane);
  for (const s of run.snapshots) r.addSnapshot(s);
  if (run.ppu?.mailbox) r.addResult(run.ppu.cycle, `mailbox@${run.ppu.mailbox.offset}`, hexBytes(run.ppu.mailbox.bytes));
  const trace = r.finish({
    name: info.name,
    source: { kind: 'model', description: info.description, ...(info.entry ? { entry: info.entry } : {}) },
    model, duration: sc.duration, ppuStart: sc.ppu ? sc.ppu.start : null, checkpointInterval: sc.ppu ? interval : null,
  });
  return { run, trace };
}

function l2lTask(spec: NonNullable<SuiteEntry['l2l']>): Task {
  const t = spec.task;
  if ('random' in t) return generateRandomMdpTask({ seed: t.random.seed, states: t.random.states, actions: t.random.actions });
  return mdpTask(t.mdp as unknown as Mdp, { length: spec.steps, seed: t.seed ?? 0 });
}

function runL2lEntry(suite: Suite, entry: SuiteEntry, model: ModelVariant, interval: number, hooks: RunHooks): EntryRun {
  const spec = entry.l2l!;
  const program = compileInnerLoopProgram();
  const options = chipBackendOptions({ ...(spec.options ?? {}), program });
  let rec: TraceRecorder | null = null;
  const drive = (sys: DlsSystem, maxCycles: number): RunResult => {
    // Run in checkpoint-sized pieces (the same results as one piece) and record the PPU at each end.
    const limit = sys.cycle + maxCycles;
    for (;;) {
      const next = Math.min(limit, (Math.floor(sys.cycle / interval) + 1) * interval);
      const r = sys.runUntilHalt(next - sys.cycle);
      rec!.checkpoint();
      if (r.halt || sys.cycle >= limit) return r;
    }
  };
  const result = runChipEpisode(options, new Uint8Array(Buffer.from(program, 'base64')), spec.theta, l2lTask(spec), spec.seeds, spec.steps, {
    model,
    drive,
    onSystem: (sys) => {
      rec = new TraceRecorder(sys);
      if (entry.membrane) sys.chip.recordMembrane(entry.membrane.neurons, entry.membrane.period, entry.membrane.start ?? 0);
      hooks.onSystem?.(sys);
    },
  });
  const r = rec as TraceRecorder | null;
  if (!r) throw new Error('runChipEpisode did not call onSystem');
  const end = result.chipCycles ?? r.sys.cycle;
  if (entry.membrane) {
    const mr = r.sys.chip.membraneRecord();
    const w = mr.neurons.length;
    r.setMembrane({ neurons: mr.neurons, cycles: mr.cycles, values: mr.neurons.map((_, i) => Array.from({ length: mr.cycles.length }, (_, k) => mr.values[k * w + i]!)) });
  }
  r.addResult(end, 'totalReward', result.totalReward);
  r.addResult(end, 'steps', result.steps);
  r.addResult(end, 'blockRewards', result.blockRewards.join(','));
  result.finalQ?.forEach((row, s) => r.addResult(end, `Q[${s}]`, row.join(',')));
  const trace = r.finish({
    name: entry.name,
    source: { kind: 'model', description: entry.description ?? `L2L inner loop, ${spec.steps} steps`, entry: entry.name },
    model, duration: end, ppuStart: 0, checkpointInterval: interval,
  });
  return { trace, ppuStart: 0 };
}

/** Biological ms of a cycle count (for messages). */
export function bioMs(cycles: number): string {
  return `${Number((cycles / CYCLES_PER_BIO_MS).toPrecision(6))} ms`;
}
