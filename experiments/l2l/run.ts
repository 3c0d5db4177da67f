// Running one L2L experiment into its run directory: the outer loop (an optimizer from
// host/optimizers) over the fitness of Theta (host/l2l), evaluations on a pool of workers, a
// transfer point and a checkpoint after every outer iteration, and at the end the summary on
// test tasks and the output files (outputs.ts). A run stopped at any point (Ctrl-C, a kill)
// continues from its last checkpoint with resumeRun and ends with the same files, byte for
// byte, as a run that was never interrupted.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customAlphabet } from 'nanoid';
import { UserError } from '../../common/errors.js';
import {
  createOptimizer,
  gridSize,
  L2L_THETA,
  restoreOptimizer,
  runOptimizer,
  thetaDimension,
  uniformIndividual,
  type GenerationReport,
  type GridConfig,
  type Individual,
  type Optimizer,
  type OptimizerKind,
  type OptimizerState,
} from '../../host/optimizers/index.js';
import {
  backendRef,
  baselineRows,
  createEpisodeRunner,
  drawTaskSet,
  evaluateTheta,
  greedyActions,
  jobsFor,
  L2lOptimizee,
  RunAborted,
  runnerEvaluator,
  softwareInnerLoop,
  summarise,
  tasksPerGeneration,
  testSet,
  type EpisodeResult,
  type EpisodeRunner,
  type FitnessSetup,
  type Progress,
  type TestSet,
  type ThetaEvaluation,
} from '../../host/l2l/index.js';
import { discountedValueIteration, stateCells, type MazeTask } from '../../host/tasks/index.js';
import { innerLoop } from './backends.js';
import { CONFIG_FORMAT, resolveExperimentConfig, type ExperimentConfig } from './config.js';
import { writeOutputs } from './outputs.js';
import {
  CHECKPOINT_FORMAT,
  canonicalJson,
  thetaPoint,
  type Checkpoint,
  type GenerationRecord,
  type InitialRecord,
  type PolicyFigure,
  type Results,
  type RunSummary,
  type SummaryRow,
  type TransferPoint,
} from './records.js';

export const RUN_FILE_FORMAT = 'dls-l2l-run';

/** Facts about a run that are not results (they differ between a run and its resumption). */
export interface RunMeta {
  readonly id: string;
  readonly created: string;
  readonly dlsVersion: string;
  readonly gitCommit: string | null;
  readonly node: string;
  readonly command: readonly string[];
}

/** config.json: the resolved config and the facts about the run. */
export interface RunFile {
  readonly format: typeof RUN_FILE_FORMAT;
  readonly version: 1;
  readonly config: ExperimentConfig;
  readonly meta: RunMeta;
}

/** How the caller stops a run: a request (finish the generation, then stop) or an abort (now). */
export interface RunControl {
  stopRequested(): boolean;
  readonly signal: AbortSignal;
}

export interface RunParams {
  readonly dir: string;
  readonly workers: number;
  readonly progress: Progress;
  readonly control?: RunControl;
}

export type RunOutcome =
  | { readonly status: 'finished'; readonly dir: string; readonly results: Results; readonly wallSeconds: number }
  | { readonly status: 'stopped'; readonly dir: string; readonly generationsDone: number };

const repoRoot = new URL('../../', import.meta.url);

function dlsVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('package.json', repoRoot), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: new URL('.', repoRoot), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

const shortId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 6);

/** `<experiment>-<optimizer>-s<seed>-<UTC time>-<random>`: sorts by time, never collides. */
export function runId(config: ExperimentConfig, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${config.experiment}-${config.optimizer.kind}-s${config.seed}-${stamp}-${shortId()}`;
}

/** Writes through a temporary file and a rename, so a kill never leaves half a file. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`${file}: cannot read the ${what}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: the ${what} is not valid JSON (${(e as Error).message})`);
  }
}

/** Reads and re-checks a run's config.json (a hand-edited file gets the same checks as the options). */
export function readRunFile(dir: string): RunFile {
  const file = join(dir, 'config.json');
  const raw = readJson(file, 'run config') as Partial<RunFile>;
  if (!raw || raw.format !== RUN_FILE_FORMAT || raw.version !== 1 || !raw.config || raw.config.format !== CONFIG_FORMAT) {
    throw new UserError(`${file}: not a dls L2L run config (format "${RUN_FILE_FORMAT}", version 1)`);
  }
  const c = raw.config;
  const again = resolveExperimentConfig({
    experiment: c.experiment,
    optimizer: c.optimizer?.kind,
    seed: c.seed,
    quick: c.quick,
    backend: c.backend?.name,
    onChip: c.onChip !== undefined,
    where: file,
    overrides: {
      optimizer: c.optimizer?.settings as Record<string, unknown>,
      backendOptions: c.backend?.options,
      family: c.family?.options as Record<string, unknown>,
      tasksPerEvaluation: c.tasksPerEvaluation,
      steps: c.steps,
      taskSampling: c.taskSampling,
      testSeed: c.testSeed,
      transferTasks: c.transferTasks,
      testTasks: c.testTasks,
      policySteps: c.policySteps,
      ...(c.onChip !== undefined ? { onChip: c.onChip as unknown as Record<string, unknown> } : {}),
    },
  });
  if (JSON.stringify(canonicalJson(again)) !== JSON.stringify(canonicalJson(c))) throw new UserError(`${file}: the config has fields this dls does not know or values it would not set`);
  return raw as RunFile;
}

/** Creates the run directory and its config.json (refuses a directory that already holds a run). */
export function createRunDir(dir: string, config: ExperimentConfig, command: readonly string[]): RunFile {
  if (existsSync(join(dir, 'config.json'))) throw new UserError(`${dir} already holds a run; continue it with --resume ${dir} or choose another --out`);
  mkdirSync(dir, { recursive: true });
  const run: RunFile = {
    format: RUN_FILE_FORMAT,
    version: 1,
    config,
    meta: { id: dir.split(/[\\/]/).filter(Boolean).pop() ?? dir, created: new Date().toISOString(), dlsVersion: dlsVersion(), gitCommit: gitCommit(), node: process.version, command: [...command] },
  };
  writeFileAtomic(join(dir, 'config.json'), `${JSON.stringify(run, null, 2)}\n`);
  return run;
}

export function readCheckpoint(dir: string, config: ExperimentConfig): Checkpoint | null {
  const file = join(dir, 'checkpoint.json');
  if (!existsSync(file)) return null;
  const cp = readJson(file, 'checkpoint') as Checkpoint;
  if (!cp || cp.format !== CHECKPOINT_FORMAT || cp.version !== 1) throw new UserError(`${file}: not a dls L2L checkpoint (format "${CHECKPOINT_FORMAT}", version 1)`);
  if (JSON.stringify(canonicalJson(cp.config)) !== JSON.stringify(canonicalJson(config))) throw new UserError(`${file}: the checkpoint belongs to another config than ${join(dir, 'config.json')}`);
  if (!Array.isArray(cp.records) || !cp.initial) throw new UserError(`${file}: checkpoint without records or initial point`);
  return cp;
}

/** Generations and evaluations a config will take if no stop criterion fires (for the progress bar). */
export function plannedWork(config: ExperimentConfig): { generations: number; evaluations: number } {
  const s = config.optimizer.settings as unknown as Record<string, number | boolean | null | number[]>;
  const n = (k: string) => s[k] as number;
  switch (config.optimizer.kind) {
    case 'es': {
      const per = (s.mirroredSampling ? 2 : 1) * n('populationSize') + 1;
      return { generations: n('nIterations'), evaluations: per * n('nIterations') };
    }
    case 'ce':
    case 'ga':
      return { generations: n('nIterations'), evaluations: n('populationSize') * n('nIterations') };
    case 'sa':
      return { generations: n('nIterations'), evaluations: n('parallelRuns') * n('nIterations') };
    case 'grid': {
      const g = config.optimizer.settings as GridConfig;
      const size = gridSize(g, thetaDimension(L2L_THETA));
      return { generations: g.batchSize ? Math.ceil(size / g.batchSize) : 1, evaluations: size };
    }
  }
}

/** The optimizer's answer after a generation: ES's updated centre, CE's fitted mean, else its current. */
export function answerOf(kind: OptimizerKind, state: OptimizerState, report: GenerationReport): number[] {
  const d = state.data as { centre?: number[]; mean?: number[] | null };
  if (kind === 'es' && Array.isArray(d.centre)) return [...d.centre];
  if (kind === 'ce' && Array.isArray(d.mean)) return d.mean.map((v) => Math.min(1, Math.max(0, v)));
  return [...report.current.x];
}

function fitnessSetup(config: ExperimentConfig): FitnessSetup {
  return { family: config.family, spec: L2L_THETA, tasksPerEvaluation: config.tasksPerEvaluation, steps: config.steps, taskSampling: config.taskSampling };
}

export function transferPoint(tasksLearnt: number, e: ThetaEvaluation): TransferPoint {
  return { tasksLearnt, testTasks: e.rewards.length, reward: e.reward, score: e.score };
}

function chipCyclesOf(results: readonly EpisodeResult[]): number | null {
  let sum = 0;
  for (const r of results) {
    if (r.chipCycles === undefined) return null;
    sum += r.chipCycles;
  }
  return sum;
}

/** Runs in the experiment: the backend's and, for the software baseline, the software learner's. */
export class Runners {
  private software: EpisodeRunner | null = null;

  constructor(
    readonly main: EpisodeRunner,
    private readonly workers: number,
  ) {}

  /** The software learner with default options (the baseline "software Q-learning with the same Theta"). */
  softwareRunner(): EpisodeRunner {
    if (this.main.backend.name === softwareInnerLoop.name && JSON.stringify(this.main.backend.options) === JSON.stringify(softwareInnerLoop.resolveOptions({}))) return this.main;
    this.software ??= createEpisodeRunner(backendRef(softwareInnerLoop, {}), this.workers);
    return this.software;
  }

  async close(): Promise<void> {
    await this.main.close();
    await this.software?.close();
  }
}

interface Counter {
  done: number;
}

export async function summaryPhase(config: ExperimentConfig, runners: Runners, initial: InitialRecord, finalX: readonly number[], label: string, jobOpts: () => { signal?: AbortSignal; onProgress?: (n: number) => void }): Promise<RunSummary> {
  const set = testSet(config.family, config.testSeed, config.testTasks, config.steps);
  const finalTheta = thetaPoint(finalX);
  const base = baselineRows(set);
  const backend = config.backend.name;
  const row = (key: string, text: string, e: ThetaEvaluation, theta?: ReturnType<typeof thetaPoint>): SummaryRow => ({
    key,
    label: text,
    reward: e.reward,
    score: e.score,
    rewards: e.rewards,
    scores: e.scores,
    blockMeans: e.blockMeans,
    ...(theta ? { theta } : {}),
  });
  const initEval = await evaluateTheta(runners.main, initial.theta, set, jobOpts());
  const finalEval = await evaluateTheta(runners.main, finalTheta.theta, set, jobOpts());
  const sw = runners.softwareRunner();
  const swInit = sw === runners.main ? initEval : await evaluateTheta(sw, initial.theta, set, jobOpts());
  const swFinal = sw === runners.main ? finalEval : await evaluateTheta(sw, finalTheta.theta, set, jobOpts());
  const rows: SummaryRow[] = [
    { key: 'random', label: 'uniformly random policy (exact expectation)', ...base.random },
    { key: 'optimal', label: `best ${config.steps}-step behaviour knowing the task (exact, finite-horizon DP)`, ...base.optimal },
    row('initial', `initial Theta, ${backend} inner loop`, initEval, initial),
    row('optimized', `${label}-optimized Theta, ${backend} inner loop`, finalEval, finalTheta),
    row('software-initial', 'initial Theta, software SARSA(lambda)', swInit, initial),
    row('software-optimized', `${label}-optimized Theta, software SARSA(lambda)`, swFinal, finalTheta),
  ];
  let policy: PolicyFigure | null = null;
  if (config.family.kind === 'maze' && config.policySteps !== null) policy = await policyFigure(config, runners.main, initial.theta, finalTheta.theta, label, jobOpts);
  return { testSeed: config.testSeed, steps: config.steps, taskIndices: set.tasks.map((t) => t.index), rows, policy };
}

/** Greedy policies on the first test maze after policySteps steps, before and after L2L, and the optimum. */
async function policyFigure(
  config: ExperimentConfig,
  runner: EpisodeRunner,
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
  label: string,
  jobOpts: () => { signal?: AbortSignal },
): Promise<PolicyFigure> {
  const steps = config.policySteps!;
  const [t] = drawTaskSet(config.family, config.testSeed, 'test', 1, steps);
  const task = t!.task as MazeTask;
  const results = await runner.run([...jobsFor(before, [t!], steps), ...jobsFor(after, [t!], steps)], jobOpts());
  const policyOf = (r: EpisodeResult) => {
    if (!r.finalQ) throw new UserError(`backend '${config.backend.name}' does not report its final Q-values, so the maze policy cannot be drawn (set "policySteps": null in --config)`);
    // A row with all actions equal carries no preference: drawn as no arrow.
    return greedyActions(r.finalQ).map((a) => (a.length === task.mdp.actions ? [] : a));
  };
  // A discount close to 1 makes the greedy policy take shortest paths to the goal; all actions
  // within 1e-9 of the best are drawn.
  const vi = discountedValueIteration(task.mdp, 0.95, { epsilon: 1e-10 });
  const optimal = vi.q.map((row) => {
    const m = Math.max(...row);
    return row.flatMap((v, a) => (v >= m - 1e-9 ? [a] : []));
  });
  const m = task.maze;
  return {
    maze: { width: m.width, height: m.height, walls: [...m.walls], goal: m.goal },
    stateCells: stateCells(m),
    steps,
    taskIndex: t!.index,
    panels: [
      { label: `before L2L (initial Theta, ${steps} steps)`, actions: policyOf(results[0]!) },
      { label: `after L2L (${label}-optimized Theta, ${steps} steps)`, actions: policyOf(results[1]!) },
      { label: 'optimal (discounted value iteration)', actions: optimal },
    ],
  };
}

export function resultsOf(config: ExperimentConfig, cp: Checkpoint, summary: RunSummary, transferSet: TestSet): Results {
  const base = baselineRows(transferSet);
  const last = cp.records[cp.records.length - 1]!;
  const state = cp.optimizer.data as { bestSoFar: { x: number[]; fitness: number; generation: number } };
  return canonicalJson({
    format: 'dls-l2l-results',
    version: 1,
    experiment: config.experiment,
    optimizer: config.optimizer.kind,
    seed: config.seed,
    backend: config.backend.name,
    quick: config.quick,
    tasksPerEvaluation: config.tasksPerEvaluation,
    steps: config.steps,
    initial: cp.initial,
    generations: cp.records,
    transferBaselines: { tasks: transferSet.tasks.length, optimal: base.optimal.reward.mean, random: base.random.reward.mean },
    final: {
      generations: cp.records.length,
      evaluations: last.totalEvaluations,
      answer: { x: last.answer.x, theta: last.answer.theta, chip: last.answer.chip },
      bestEver: { ...thetaPoint(state.bestSoFar.x), fitness: state.bestSoFar.fitness, generation: state.bestSoFar.generation },
    },
    summary,
  } satisfies Results);
}

/** Episodes of the transfer points and the summary (for the progress bar). */
export function extraEpisodes(config: ExperimentConfig, generations: number): number {
  const softwareRows = config.backend.name === softwareInnerLoop.name ? 0 : 2;
  return (generations + 1) * config.transferTasks + (2 + softwareRows) * config.testTasks + (config.policySteps !== null && config.family.kind === 'maze' ? 2 : 0);
}

/**
 * Runs (or continues) the experiment in `dir`, which must hold config.json (createRunDir). Returns
 * when finished, or when stopped through `control` (the last checkpoint is then on disk).
 */
export async function runInDir(params: RunParams): Promise<RunOutcome> {
  const { dir, workers, progress } = params;
  const t0 = performance.now();
  const { config } = readRunFile(dir);
  // The outer loop on the chip: experiments/l2l/onchip/run.ts (loaded only for such runs).
  if (config.onChip) return (await import('./onchip/run.js')).runOnChipInDir(params, config);
  const loop = await innerLoop(config.backend.name, `${join(dir, 'config.json')}: backend`);
  const ref = backendRef(loop, config.backend.options);
  const setup = fitnessSetup(config);
  const dimension = thetaDimension(L2L_THETA);
  const problem = { dimension, createIndividual: uniformIndividual(dimension) };
  const signal = params.control?.signal;
  const counter: Counter = { done: 0 };
  /** Episodes a resumed run had done before this session (the progress bar counts from there). */
  let doneBefore = 0;
  let base = 0;
  /** What the episodes being run are for (shown next to the progress bar). */
  let phase = '';
  const jobOpts = () => {
    base = counter.done;
    return {
      ...(signal ? { signal } : {}),
      onProgress: (n: number) => {
        counter.done = base + n;
        progress.update(counter.done, phase);
      },
    };
  };

  const planned = plannedWork(config);
  const totalEpisodes = planned.evaluations * config.tasksPerEvaluation + extraEpisodes(config, planned.generations);
  let cp = readCheckpoint(dir, config);
  const runners = new Runners(createEpisodeRunner(ref, workers), workers);
  try {
    const transferSet: TestSet = testSet(config.family, config.testSeed, config.transferTasks, config.steps);
    let optimizer: Optimizer;
    if (cp) {
      optimizer = restoreOptimizer(cp.optimizer, join(dir, 'checkpoint.json'));
      counter.done = cp.records.reduce((a, r) => a + r.evaluations * config.tasksPerEvaluation + config.transferTasks, config.transferTasks);
      doneBefore = counter.done;
      progress.start(totalEpisodes, counter.done);
      progress.log(
        cp.records.length === 0
          ? `resuming ${dir} before generation 1 of ${planned.generations}`
          : `resuming ${dir} after generation ${cp.records.length} of ${planned.generations}${cp.finished ? ' (all done: redoing the summary and the files)' : ''}`,
      );
    } else {
      optimizer = createOptimizer(config.optimizer.kind, config.optimizer.settings, problem, config.seed, `${join(dir, 'config.json')}: optimizer`);
      progress.start(totalEpisodes, 0);
      phase = 'initial Theta on test tasks';
      const x0 = optimizer.ask()[0]!.x;
      const p0 = thetaPoint(x0);
      const e0 = await evaluateTheta(runners.main, p0.theta, transferSet, jobOpts());
      const initial: InitialRecord = { ...p0, transfer: transferPoint(0, e0) };
      cp = canonicalJson({ format: CHECKPOINT_FORMAT, version: 1, config, initial, records: [], optimizer: optimizer.getState(), finished: optimizer.done() } satisfies Checkpoint);
      writeFileAtomic(join(dir, 'checkpoint.json'), `${JSON.stringify(cp)}\n`);
      progress.log(initialLine(e0));
    }

    let records = [...cp.records];
    let lastGen: { individuals: readonly Individual[]; results: readonly EpisodeResult[]; fitness: readonly number[] } | null = null;
    const evaluate = runnerEvaluator(setup, runners.main, {
      jobOptions: () => {
        phase = `generation ${optimizer.generation + 1}/${planned.generations}`;
        return jobOpts();
      },
      onResults: (individuals, results, fitness) => (lastGen = { individuals, results, fitness }),
    });
    const optimizee = new L2lOptimizee(setup, runners.main);
    const kindLabel = config.optimizer.kind.toUpperCase();
    const outcome = await runOptimizer(optimizer, optimizee, {
      seed: config.seed,
      evaluate,
      shouldStop: () => params.control?.stopRequested() ?? false,
      onGeneration: async (report, state) => {
        const gen = lastGen!;
        const prevLearnt = records.length ? records[records.length - 1]!.answer.transfer.tasksLearnt : 0;
        const learnt = prevLearnt + tasksPerGeneration(setup, gen.individuals.length);
        const ax = answerOf(config.optimizer.kind, state, report);
        const ap = thetaPoint(ax);
        phase = `generation ${report.generation + 1}/${planned.generations}: answer on test tasks`;
        const te = await evaluateTheta(runners.main, ap.theta, transferSet, jobOpts());
        const prevTotal = records.length ? records[records.length - 1]!.totalEvaluations : 0;
        const rec: GenerationRecord = canonicalJson({
          generation: report.generation,
          evaluations: report.evaluations,
          totalEvaluations: prevTotal + report.evaluations,
          fitness: summarise(gen.fitness),
          fitnesses: [...gen.fitness],
          chipCycles: chipCyclesOf(gen.results),
          best: { ...thetaPoint(report.best.x), id: report.best.id, fitness: report.best.fitness },
          current: { ...thetaPoint(report.current.x), fitness: report.current.fitness },
          answer: { ...ap, transfer: transferPoint(learnt, te) },
          extra: report.extra,
        } satisfies GenerationRecord);
        records = [...records, rec];
        cp = canonicalJson({ ...cp!, records, optimizer: state, finished: optimizer.done() });
        writeFileAtomic(join(dir, 'checkpoint.json'), `${JSON.stringify(cp)}\n`);
        progress.log(generationLine(rec, planned.generations, config.optimizer.kind, ''));
      },
    });
    if (outcome.stopped) return { status: 'stopped', dir, generationsDone: records.length };
    if (records.length === 0) throw new Error('the optimizer finished without a generation');
    phase = 'summary on test tasks';
    return await finishRun({ dir, workers, t0, config, cp, runners, transferSet, label: kindLabel, jobOpts, timing: { episodesThisSession: counter.done - doneBefore } });
  } catch (e) {
    if (e instanceof RunAborted) return { status: 'stopped', dir, generationsDone: cp?.records.length ?? 0 };
    throw e;
  } finally {
    progress.stop();
    await runners.close();
  }
}

/** The log line of the initial Theta's test (both drivers). */
export function initialLine(e0: ThetaEvaluation): string {
  return `initial Theta: test reward ${fmt(e0.reward.mean)} +- ${fmt(e0.reward.ci95)} on ${e0.rewards.length} test tasks (score ${e0.score.mean.toFixed(3)})`;
}

/** The log line of a finished generation (both drivers; `where` says where the generation ran). */
export function generationLine(rec: GenerationRecord, generations: number, kind: OptimizerKind, where: string): string {
  const f = rec.fitness;
  const t = rec.answer.transfer;
  return `generation ${rec.generation + 1}/${generations}${where}: fitness mean ${fmt(f.mean)} (min ${fmt(f.min)}, max ${fmt(f.max)}), ${kind === 'es' ? 'centre' : 'current'} ${fmt(rec.current.fitness)}; answer on test tasks ${fmt(t.reward.mean)} +- ${fmt(t.reward.ci95)} (score ${t.score.mean.toFixed(3)})`;
}

/**
 * The end of a finished run, the same for both drivers: the summary on the test tasks, results.json
 * (with `extend` for what only one driver knows), the figures and tables, and timing.json (the
 * session's wall time and `timing`'s fields).
 */
export async function finishRun(a: {
  dir: string;
  workers: number;
  t0: number;
  config: ExperimentConfig;
  cp: Checkpoint;
  runners: Runners;
  transferSet: TestSet;
  label: string;
  jobOpts: () => { signal?: AbortSignal; onProgress?: (n: number) => void };
  timing: Record<string, unknown>;
  extend?: (results: Results) => Results;
}): Promise<RunOutcome> {
  const records = a.cp.records;
  const summary = await summaryPhase(a.config, a.runners, a.cp.initial, records[records.length - 1]!.answer.x, a.label, a.jobOpts);
  const base = resultsOf(a.config, a.cp, summary, a.transferSet);
  const results = a.extend ? a.extend(base) : base;
  await writeOutputs(a.dir, results);
  const wallSeconds = (performance.now() - a.t0) / 1000;
  writeFileAtomic(join(a.dir, 'timing.json'), `${JSON.stringify({ wallSeconds, workers: a.workers, ...a.timing, finished: new Date().toISOString() }, null, 2)}\n`);
  return { status: 'finished', dir: a.dir, results, wallSeconds };
}

export function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3);
}
