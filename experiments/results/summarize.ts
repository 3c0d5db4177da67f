// Aggregates the runs of experiments/results/run.sh into what docs/results.md reports: for each
// group of runs (inner-loop backend x settings), per optimizer over the seeds, the mean episode
// reward and normalised score on the 50 test tasks of the initial and the optimized Theta, the
// baselines, ES against SA, and the transfer and fitness curves averaged over seeds.
//
//   npx tsx experiments/results/summarize.ts [RUNS_ROOT] [OUT_DIR]
//   (defaults: runs/results, docs/results)
//
// Writes OUT_DIR/<group>/{tables.md, per-run.csv, transfer.svg, fitness.svg} and, for mazes, each
// run's policy figure as policy-<optimizer>-s<seed>.svg. Reads the runs' own files (results.json,
// summary.json, evaluate-*-50.json), so it can be re-run at will. The one thing it computes
// itself is the software learner with a chip run's Thetas (the "same Theta" rows): those are re-run
// here with the current learner (100 software episodes per run, about a second) instead of read
// from the run, so a fix to the software learner needs no hour-long chip run again, and a group
// never mixes two versions of it.

import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { figure, linePlot, renderSvg, type Series } from '../../common/plot/index.js';
import { mean, meanCi95, type MeanWithCi } from '../../host/l2l/index.js';
import { studentTQuantile } from '../../host/l2l/stats.js';
import { evaluateOnTestTasks, readRunFile, thetaOfRun } from '../l2l/index.js';
import type { Results, RunSummary } from '../l2l/records.js';

const TEST_TASKS = 50;
const OPTIMIZERS = ['es', 'ce', 'sa'] as const;

/** Per-task rewards and scores of one policy on the 50 test tasks. */
interface TaskValues { rewards: number[]; scores: number[] }

interface RunData {
  dir: string;
  results: Results;
  /** Test-set rows by key: random, optimal, initial, optimized, software-initial, software-optimized. */
  rows: Map<string, TaskValues>;
  taskIndices: number[];
}

interface EvaluateFile {
  backend: string;
  rows: { key: string }[];
  tasks: { index: number; optimal: number; random: number; reward: number; score: number; softwareReward?: number; softwareScore?: number }[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The software learner with the run's initial and final Theta on the run's 50 test tasks (rows
 * software-initial and software-optimized), computed now with the current learner.
 */
async function softwareRows(dir: string, taskIndices: number[]): Promise<Map<string, TaskValues>> {
  const { config } = readRunFile(dir);
  const rows = new Map<string, TaskValues>();
  for (const [key, which] of [['software-initial', 'initial'], ['software-optimized', 'final']] as const) {
    const e = await evaluateOnTestTasks({
      family: config.family, testSeed: config.testSeed, steps: config.steps, tasks: TEST_TASKS,
      backend: 'software', backendOptions: {}, workers: 0, theta: thetaOfRun(dir, which), thetaSource: which,
    });
    if (e.tasks.map((t) => t.index).join() !== taskIndices.join()) throw new Error(`${dir}: the software evaluation drew other test tasks than the run`);
    rows.set(key, { rewards: e.tasks.map((t) => t.reward), scores: e.tasks.map((t) => t.score) });
  }
  return rows;
}

/** The run's test rows on 50 tasks: from its summary when it used 50, else from evaluate-*-50.json. */
async function loadRun(dir: string): Promise<RunData | null> {
  const run = loadStoredRun(dir);
  if (!run || run.results.backend === 'software') return run;
  for (const [key, row] of await softwareRows(dir, run.taskIndices)) run.rows.set(key, row);
  return run;
}

function loadStoredRun(dir: string): RunData | null {
  if (!existsSync(join(dir, 'results.json')) || !existsSync(join(dir, 'summary.json'))) return null;
  const results = readJson<Results>(join(dir, 'results.json'));
  const summary = readJson<RunSummary>(join(dir, 'summary.json'));
  const rows = new Map<string, TaskValues>();
  if (summary.taskIndices.length === TEST_TASKS) {
    for (const r of summary.rows) rows.set(r.key, { rewards: [...r.rewards], scores: [...r.scores] });
    return { dir, results, rows, taskIndices: [...summary.taskIndices] };
  }
  const files = { initial: join(dir, `evaluate-initial-${TEST_TASKS}.json`), optimized: join(dir, `evaluate-final-${TEST_TASKS}.json`) };
  if (!existsSync(files.initial) || !existsSync(files.optimized)) return null;
  let taskIndices: number[] = [];
  for (const [key, path] of Object.entries(files)) {
    const e = readJson<EvaluateFile>(path);
    if (e.tasks.length !== TEST_TASKS) throw new Error(`${path}: ${e.tasks.length} tasks, expected ${TEST_TASKS}`);
    const idx = e.tasks.map((t) => t.index);
    if (taskIndices.length && idx.join() !== taskIndices.join()) throw new Error(`${path}: other test tasks than its sibling`);
    taskIndices = idx;
    rows.set(key, { rewards: e.tasks.map((t) => t.reward), scores: e.tasks.map((t) => t.score) });
    if (e.tasks[0]!.softwareReward !== undefined) {
      rows.set(`software-${key}`, { rewards: e.tasks.map((t) => t.softwareReward!), scores: e.tasks.map((t) => t.softwareScore!) });
    }
    rows.set('random', { rewards: e.tasks.map((t) => t.random), scores: e.tasks.map(() => 0) });
    rows.set('optimal', { rewards: e.tasks.map((t) => t.optimal), scores: e.tasks.map(() => 1) });
  }
  return { dir, results, rows, taskIndices };
}

const f1 = (x: number): string => x.toFixed(1);
const f3 = (x: number): string => x.toFixed(3);
/** A mean with its CI; a single run has no CI over seeds, and a degenerate [x, x] would suggest one. */
const ci = (m: MeanWithCi, f: (x: number) => string): string => (m.n < 2 ? `${f(m.mean)} (1 run)` : `${f(m.mean)} [${f(m.lower)}, ${f(m.upper)}]`);

/** Mean over seeds of each seed's mean over the test tasks, CI over seeds (t, n-1 df). */
function overSeeds(runs: RunData[], key: string, field: keyof TaskValues): MeanWithCi | null {
  const xs: number[] = [];
  for (const r of runs) {
    const row = r.rows.get(key);
    if (!row) return null;
    xs.push(mean(row[field]));
  }
  return xs.length ? meanCi95(xs) : null;
}

/** All (seed, task) episodes pooled: CI over the 5 x 50 episodes. */
function pooled(runs: RunData[], key: string, field: keyof TaskValues): MeanWithCi | null {
  const xs: number[] = [];
  for (const r of runs) {
    const row = r.rows.get(key);
    if (!row) return null;
    xs.push(...row[field]);
  }
  return xs.length ? meanCi95(xs) : null;
}

/** Welch's two-sample difference a - b with a 95% CI (Welch-Satterthwaite degrees of freedom). */
function welch(a: number[], b: number[]): { diff: number; lower: number; upper: number; df: number } {
  const ma = meanCi95(a);
  const mb = meanCi95(b);
  const va = ma.sd ** 2 / a.length;
  const vb = mb.sd ** 2 / b.length;
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const t = studentTQuantile(0.975, df);
  const half = t * Math.sqrt(va + vb);
  const diff = ma.mean - mb.mean;
  return { diff, lower: diff - half, upper: diff + half, df };
}

async function summarizeGroup(root: string, group: string, outRoot: string): Promise<void> {
  const groupDir = join(root, group);
  const byOpt = new Map<string, RunData[]>();
  for (const name of readdirSync(groupDir).sort()) {
    const path = join(groupDir, name);
    if (name.endsWith('.lock') || !statSync(path).isDirectory()) continue;
    const run = await loadRun(path);
    if (!run) {
      // Said out loud: a group summarised over fewer seeds than it has runs would mislead.
      process.stderr.write(`summarize: ${path} skipped (not finished, or its 50-task evaluations are missing)\n`);
      continue;
    }
    const list = byOpt.get(run.results.optimizer) ?? [];
    list.push(run);
    byOpt.set(run.results.optimizer, list);
  }
  const opts = OPTIMIZERS.filter((o) => byOpt.has(o));
  if (!opts.length) return;
  for (const o of opts) byOpt.get(o)!.sort((a, b) => a.results.seed - b.results.seed);
  const all = opts.flatMap((o) => byOpt.get(o)!);
  const ref = all[0]!;
  for (const r of all) {
    if (r.taskIndices.join() !== ref.taskIndices.join()) throw new Error(`${r.dir}: other test tasks than ${ref.dir}`);
  }
  const backend = ref.results.backend;
  const out = join(outRoot, group);
  mkdirSync(out, { recursive: true });
  const md: string[] = [];
  const r0 = ref.results;
  md.push(`Group \`${group}\`: ${r0.experiment}, ${backend} inner loop, ${r0.quick ? '`--quick`' : 'full'} settings; ` +
    `seeds ${[...new Set(all.map((r) => r.results.seed))].join(', ')}; ` +
    `${TEST_TASKS} test tasks (family test half, seed ${readJson<RunSummary>(join(ref.dir, 'summary.json')).testSeed}), ${r0.steps} steps each. ` +
    `Training per run: ${opts.map((o) => `${o.toUpperCase()} ${byOpt.get(o)![0]!.results.final.evaluations} evaluations x ${r0.tasksPerEvaluation} tasks`).join(', ')}.`);
  md.push('');
  md.push('Mean over seeds of each run\'s mean over the test tasks; 95% CI over the seeds (t, n-1 degrees of freedom). ' +
    'In brackets after it, the CI of all seed x task episodes pooled.');
  md.push('');
  md.push('| policy | runs | mean reward [95% CI over seeds] | pooled CI | normalised score [95% CI over seeds] | pooled CI |');
  md.push('|---|---:|---|---|---|---|');
  const line = (label: string, runs: RunData[], key: string): void => {
    const r = overSeeds(runs, key, 'rewards');
    const s = overSeeds(runs, key, 'scores');
    const pr = pooled(runs, key, 'rewards');
    const ps = pooled(runs, key, 'scores');
    if (!r || !s || !pr || !ps) return;
    // The baselines are exact per task: one value, whatever the number of runs.
    const exact = key === 'random' || key === 'optimal';
    const cell = (m: MeanWithCi, f: (x: number) => string) => (exact ? f(m.mean) : ci(m, f));
    md.push(`| ${label} | ${exact ? '-' : runs.length} | ${cell(r, f1)} | [${f1(pr.lower)}, ${f1(pr.upper)}] | ${cell(s, f3)} | [${f3(ps.lower)}, ${f3(ps.upper)}] |`);
  };
  line('uniformly random policy (exact expectation)', [ref], 'random');
  line(`optimal ${r0.steps}-step behaviour (exact DP)`, [ref], 'optimal');
  line(`initial Theta (uniform in the unit box), ${backend} inner loop`, all, 'initial');
  for (const o of opts) line(`${o.toUpperCase()}-optimized Theta, ${backend} inner loop`, byOpt.get(o)!, 'optimized');
  if (backend !== 'software') {
    line('initial Theta, software SARSA(lambda) (same Theta)', all, 'software-initial');
    for (const o of opts) line(`${o.toUpperCase()}-optimized Theta, software SARSA(lambda) (same Theta)`, byOpt.get(o)!, 'software-optimized');
  }
  md.push('');

  // ES against SA (and CE against SA): the seed means' difference, Welch CI.
  const seedScores = (o: string): number[] => byOpt.get(o)!.map((r) => mean(r.rows.get('optimized')!.scores));
  // With fewer than 2 runs on a side there is no variation over seeds to compare; what remains is
  // the difference of the two answers on the same test tasks, paired per task (over tasks only).
  md.push('| comparison (normalised score, optimized Theta) | difference [95% CI] |');
  md.push('|---|---|');
  for (const [a, b] of [['es', 'sa'], ['es', 'ce'], ['ce', 'sa']] as const) {
    if (!byOpt.has(a) || !byOpt.has(b)) continue;
    const ra = byOpt.get(a)!;
    const rb = byOpt.get(b)!;
    if (ra.length >= 2 && rb.length >= 2) {
      const w = welch(seedScores(a), seedScores(b));
      md.push(`| ${a.toUpperCase()} - ${b.toUpperCase()} | ${f3(w.diff)} [${f3(w.lower)}, ${f3(w.upper)}] (Welch over seeds, df ${w.df.toFixed(1)}) |`);
    } else {
      const sa = ra.map((r) => r.rows.get('optimized')!.scores);
      const sb = rb.map((r) => r.rows.get('optimized')!.scores);
      const perTask = ref.taskIndices.map((_, i) => mean(sa.map((x) => x[i]!)) - mean(sb.map((x) => x[i]!)));
      const d = meanCi95(perTask);
      md.push(`| ${a.toUpperCase()} - ${b.toUpperCase()} | ${f3(d.mean)} [${f3(d.lower)}, ${f3(d.upper)}] (${ra.length} and ${rb.length} run${rb.length === 1 ? '' : 's'}: paired over the ${perTask.length} test tasks; no variation over seeds in it) |`);
    }
  }
  md.push('');
  // Gain over the run's own starting point, per optimizer (paired by run).
  md.push('| optimizer | score gain over its own initial Theta [95% CI over seeds] |');
  md.push('|---|---|');
  for (const o of opts) {
    const gains = byOpt.get(o)!.map((r) => mean(r.rows.get('optimized')!.scores) - mean(r.rows.get('initial')!.scores));
    md.push(`| ${o.toUpperCase()} | ${ci(meanCi95(gains), f3)} |`);
  }
  md.push('');

  // The transfer curve in numbers: the answer's score on the transfer tasks before training, half
  // way and at the end, and the gains of each half (mean over seeds, CI over seeds).
  const transferTasks = r0.transferBaselines.tasks;
  md.push(`| optimizer | transfer score at 0 tasks learnt | half way | at the end | gain, first half | gain, second half |`);
  md.push('|---|---|---|---|---|---|');
  for (const o of opts) {
    const curves = byOpt.get(o)!.map((r) => [r.results.initial.transfer, ...r.results.generations.map((g) => g.answer.transfer)].map((p) => p.score.mean));
    const at = (f: (c: number[]) => number): MeanWithCi => meanCi95(curves.map(f));
    const half = (c: number[]): number => c[Math.floor((c.length - 1) / 2)]!;
    const last = (c: number[]): number => c[c.length - 1]!;
    md.push(`| ${o.toUpperCase()} | ${ci(at((c) => c[0]!), f3)} | ${ci(at(half), f3)} | ${ci(at(last), f3)} | ` +
      `${ci(at((c) => half(c) - c[0]!), f3)} | ${ci(at((c) => last(c) - half(c)), f3)} |`);
  }
  md.push('');
  md.push(`(Transfer: the outer loop's current answer tested after every generation on the same ${transferTasks} test tasks.)`);
  md.push('');

  // Per-run table (CSV) for anyone who wants the raw numbers.
  // answer_last_changed: the last generation whose answer differs from the one before it (0: the
  // first generation's answer was kept to the end).
  const csv = ['group,optimizer,seed,evaluations,initial_reward,initial_score,optimized_reward,optimized_score,' +
    'software_initial_score,software_optimized_score,answer_last_changed,initial_theta,final_theta'];
  const chipTheta = (th: Record<string, number>): string => `"${Object.entries(th).map(([k, v]) => `${k}=${v}`).join(' ')}"`;
  for (const r of all) {
    const g = (k: string, f: keyof TaskValues): string => (r.rows.get(k) ? mean(r.rows.get(k)![f]).toFixed(4) : '');
    const gens = r.results.generations;
    let lastChange = 0;
    for (let i = 1; i < gens.length; i++) if (gens[i]!.answer.x.join() !== gens[i - 1]!.answer.x.join()) lastChange = i;
    csv.push([group, r.results.optimizer, r.results.seed, r.results.final.evaluations, g('initial', 'rewards'), g('initial', 'scores'),
      g('optimized', 'rewards'), g('optimized', 'scores'), g('software-initial', 'scores'), g('software-optimized', 'scores'), lastChange,
      chipTheta(r.results.initial.chip), chipTheta(r.results.final.answer.chip)].join(','));
  }
  writeFileSync(join(out, 'per-run.csv'), `${csv.join('\n')}\n`);

  // Transfer curves: normalised score of the outer loop's answer on the transfer test tasks
  // against the number of training tasks learnt, averaged over seeds (band: 95% CI over seeds).
  const series: Series[] = [];
  const fitness: Series[] = [];
  for (const o of opts) {
    const runs = byOpt.get(o)!;
    const pts = runs.map((r) => [r.results.initial.transfer, ...r.results.generations.map((g) => g.answer.transfer)]);
    const n = Math.min(...pts.map((p) => p.length));
    const x: number[] = [];
    const y: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    for (let i = 0; i < n; i++) {
      const m = meanCi95(pts.map((p) => p[i]!.score.mean));
      x.push(pts[0]![i]!.tasksLearnt);
      y.push(m.mean);
      lo.push(m.lower);
      hi.push(m.upper);
    }
    series.push({ name: o.toUpperCase(), x, y, lower: lo, upper: hi });
    const gens = Math.min(...runs.map((r) => r.results.generations.length));
    const gx: number[] = [];
    const gy: number[] = [];
    for (let i = 0; i < gens; i++) {
      gx.push(i);
      gy.push(mean(runs.map((r) => r.results.generations[i]!.current.fitness)));
    }
    fitness.push({ name: `${o.toUpperCase()} (current answer)`, x: gx, y: gy });
  }
  const label = `${r0.experiment}, ${backend} inner loop, ${r0.quick ? 'quick' : 'full'} settings`;
  writeFileSync(join(out, 'transfer.svg'), await renderSvg(figure(linePlot(series, {
    title: `Transfer: normalised score on new tasks against training tasks learnt (${label})`,
    caption: `score (R - R_random) / (R_opt - R_random) of the outer loop's answer on ${r0.transferBaselines.tasks} test tasks; mean over seeds (${opts.map((o) => `${o.toUpperCase()} ${byOpt.get(o)!.length}`).join(', ')}), band: 95% CI over seeds`,
    x: { title: 'training tasks learnt by the outer loop' },
    y: { title: 'normalised score on a new task' },
    points: true,
    legend: 'optimizer',
  }))));
  writeFileSync(join(out, 'fitness.svg'), await renderSvg(figure(linePlot(fitness, {
    title: `Training fitness of the current answer per outer iteration (${label})`,
    caption: `mean total reward over ${r0.tasksPerEvaluation} training tasks (new tasks each generation), mean over seeds`,
    x: { title: 'outer iteration (generation)' },
    y: { title: 'fitness (total reward per episode)' },
    points: true,
    legend: 'optimizer',
  }))));
  // Maze runs draw the greedy policy on a new maze before and after L2L; keep each run's figure.
  for (const r of all) {
    const policy = join(r.dir, 'policy.svg');
    if (existsSync(policy)) copyFileSync(policy, join(out, `policy-${r.results.optimizer}-s${r.results.seed}.svg`));
  }
  writeFileSync(join(out, 'tables.md'), `${md.join('\n')}\n`);
  process.stdout.write(`## ${group}\n\n${md.join('\n')}\n\n`);
}

const root = process.argv[2] ?? 'runs/results';
const outRoot = process.argv[3] ?? 'docs/results';
if (!existsSync(root)) {
  process.stderr.write(`dls: no runs under ${root} (run experiments/results/run.sh first)\n`);
  process.exit(2);
}
for (const group of readdirSync(root).sort()) {
  if (existsSync(join(root, group)) && !group.endsWith('.log')) await summarizeGroup(root, group, outRoot);
}
