import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import {
  answerOf,
  createRunDir,
  evaluateOnTestTasks,
  plannedWork,
  readOverrides,
  readRunFile,
  resolveExperimentConfig,
  runInDir,
  type Checkpoint,
  type ExperimentOverrides,
  type Results,
} from '../../experiments/l2l/index.js';
import { silentProgress } from '../../host/l2l/index.js';
import { createOptimizer, uniformIndividual } from '../../host/optimizers/index.js';

const root = mkdtempSync(join(tmpdir(), 'dls-l2l-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const small: ExperimentOverrides = { tasksPerEvaluation: 2, steps: 300, transferTasks: 3, testTasks: 4, optimizer: { populationSize: 2, nIterations: 3 } };
const OUTPUTS = ['results.json', 'results.csv', 'summary.json', 'summary.md', 'fitness.svg', 'transfer.svg', 'learning.svg'];

function config(o: Partial<{ experiment: string; optimizer: string; seed: number; overrides: ExperimentOverrides }> = {}) {
  return resolveExperimentConfig({ experiment: o.experiment ?? 'mdp-l2l', optimizer: o.optimizer ?? 'es', seed: o.seed ?? 3, quick: false, backend: 'software', overrides: o.overrides ?? small });
}

async function run(name: string, cfg = config(), workers = 0, control?: { stopRequested(): boolean; signal: AbortSignal }) {
  const dir = join(root, name);
  if (!existsSync(join(dir, 'config.json'))) createRunDir(dir, cfg, ['test']);
  const r = await runInDir({ dir, workers, progress: silentProgress, ...(control ? { control } : {}) });
  return { dir, r };
}

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

describe('experiment settings', () => {
  it('full settings are the reference\'s; --quick scales them down and says so', () => {
    const full = resolveExperimentConfig({ experiment: 'mdp-l2l', optimizer: 'es', seed: 1, quick: false, backend: 'software' });
    expect(full.optimizer.settings).toMatchObject({ populationSize: 25, learningRate: 0.5, learningRateDecay: 0.95, noiseStd: 0.1, nIterations: 30 });
    expect(plannedWork(full)).toEqual({ generations: 30, evaluations: 51 * 30 });
    expect(full).toMatchObject({ tasksPerEvaluation: 20, steps: 2000, testTasks: 50, quick: false, family: { kind: 'mdp', options: { states: 6, actions: 8 } } });
    const ce = resolveExperimentConfig({ experiment: 'mdp-l2l', optimizer: 'ce', seed: 1, quick: false, backend: 'software' });
    expect(ce.optimizer.settings).toMatchObject({ populationSize: 50, rho: 0.2 });
    const sa = resolveExperimentConfig({ experiment: 'maze-l2l', optimizer: 'sa', seed: 1, quick: false, backend: 'software' });
    expect(sa.optimizer.settings).toMatchObject({ parallelRuns: 50, noisyStep: 0.03, coolingSchedule: 'quadratic-additive' });
    expect(sa).toMatchObject({ steps: 1000, policySteps: 1000, family: { kind: 'maze', options: { width: 3, height: 3 } } });
    const quick = resolveExperimentConfig({ experiment: 'mdp-l2l', optimizer: 'es', seed: 1, quick: true, backend: 'software' });
    expect(quick.quick).toBe(true);
    expect(plannedWork(quick).evaluations * quick.tasksPerEvaluation).toBeLessThan(1000);
    expect(quick.steps).toBe(2000);
  });

  it('bad settings are user errors naming the setting', () => {
    expect(() => config({ optimizer: 'pso' })).toThrow(/--optimizer: must be one of/);
    expect(() => config({ overrides: { optimizer: { populationSize: -1 } } })).toThrow(/es.populationSize: must be an integer/);
    expect(() => config({ overrides: { family: { colours: 3 } } })).toThrow(/unknown mdp option colours/);
    expect(() => resolveExperimentConfig({ experiment: 'pong', optimizer: 'es', seed: 1, quick: false, backend: 'software' })).toThrow(/unknown experiment 'pong'/);
    const f = join(root, 'bad.json');
    writeFileSync(f, '{\n  "steps": 0,\n  "tasksPerEvaluation": 2\n}\n');
    try {
      readOverrides(f);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toMatch(/bad\.json:2:12: error: .*steps/);
    }
    writeFileSync(f, '{"tasks": 2}');
    expect(() => readOverrides(f)).toThrow(/tasks/);
  });
});

describe('a run', () => {
  it('writes its files and gives the same bytes for 0, 1 and 2 workers', async () => {
    const a = await run('w0', config(), 0);
    const b = await run('w1', config(), 1);
    const c = await run('w2', config(), 2);
    expect(a.r.status).toBe('finished');
    for (const f of OUTPUTS) {
      expect(read(b.dir, f)).toBe(read(a.dir, f));
      expect(read(c.dir, f)).toBe(read(a.dir, f));
    }
    const results = JSON.parse(read(a.dir, 'results.json')) as Results;
    expect(results.generations).toHaveLength(3);
    expect(results.generations.map((g) => g.evaluations)).toEqual([5, 5, 5]);
    // Transfer x axis: K new training tasks per generation (tasks drawn per generation).
    expect([results.initial.transfer.tasksLearnt, ...results.generations.map((g) => g.answer.transfer.tasksLearnt)]).toEqual([0, 2, 4, 6]);
    for (const g of results.generations) {
      expect(g.fitnesses).toHaveLength(5);
      expect(g.fitness.min).toBe(Math.min(...g.fitnesses));
      expect(g.fitness.q1).toBeLessThanOrEqual(g.fitness.median);
      expect(g.best.fitness).toBe(g.fitness.max);
      expect(g.current.fitness).toBe(g.fitnesses[0]); // ES: the centre is individual 0
      expect(g.answer.transfer.testTasks).toBe(3);
      expect(g.answer.chip.lambda).toBe(64);
    }
    // The summary: exact baselines and learners on 4 test tasks.
    const keys = results.summary.rows.map((r) => r.key);
    expect(keys).toEqual(['random', 'optimal', 'initial', 'optimized', 'software-initial', 'software-optimized']);
    const row = (k: string) => results.summary.rows.find((r) => r.key === k)!;
    expect(row('random').score.mean).toBe(0);
    expect(row('optimal').score.mean).toBe(1);
    expect(row('optimized').rewards).toHaveLength(4);
    expect(row('optimized').theta!.x).toEqual(results.final.answer.x);
    // Software backend: the software rows are the same episodes.
    expect(row('software-optimized').rewards).toEqual(row('optimized').rewards);
    expect(results.summary.policy).toBeNull();
    const csv = read(a.dir, 'results.csv').trim().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[0]).toMatch(/^generation,evaluations,total_evaluations,fitness_mean,fitness_sd,fitness_min,fitness_q1,fitness_median,fitness_q3,fitness_max,/);
    expect(csv[0]).toMatch(/best_gamma_chip,.*best_gamma_x,.*current_fitness,.*test_reward_mean/);
    expect(csv[1]!.split(',')).toHaveLength(csv[0]!.split(',').length);
    expect(read(a.dir, 'summary.md')).toMatch(/\| ES-optimized Theta, software inner loop \| -?\d+\.\d\d \| \[/);
    for (const f of ['fitness.svg', 'transfer.svg', 'learning.svg']) expect(read(a.dir, f)).toMatch(/^<svg[^]*<\/svg>\n$/);
    // The checkpoint records every generation and is marked finished.
    const cp = JSON.parse(read(a.dir, 'checkpoint.json')) as Checkpoint;
    expect(cp.records).toHaveLength(3);
    expect(cp.finished).toBe(true);
    expect(readRunFile(a.dir).config).toEqual(config());
  });

  it('resuming a finished run rewrites the same files', async () => {
    const dir = join(root, 'w0');
    const before = OUTPUTS.map((f) => read(dir, f));
    rmSync(join(dir, 'results.json'));
    const r = await runInDir({ dir, workers: 0, progress: silentProgress });
    expect(r.status).toBe('finished');
    expect(OUTPUTS.map((f) => read(dir, f))).toEqual(before);
  });

  it('a backend other than the default software learner: the software rows are the software learner with the same Theta', async () => {
    const cfg = config({ seed: 12, overrides: { ...small, backendOptions: { selection: 'epsilon-greedy', epsilon: 0.3 } } });
    const { dir } = await run('eps', cfg, 0);
    const results = JSON.parse(read(dir, 'results.json')) as Results;
    const row = (k: string) => results.summary.rows.find((r) => r.key === k)!;
    expect(row('software-optimized').rewards).not.toEqual(row('optimized').rewards);
    const plain = resolveExperimentConfig({ experiment: 'mdp-l2l', optimizer: 'es', seed: 12, quick: false, backend: 'software', overrides: small });
    const ref = await evaluateOnTestTasks({
      family: plain.family,
      testSeed: plain.testSeed,
      steps: plain.steps,
      tasks: 4,
      backend: 'software',
      backendOptions: {},
      workers: 0,
      theta: row('optimized').theta!,
      thetaSource: 'test',
    });
    expect(ref.tasks.map((t) => t.reward)).toEqual(row('software-optimized').rewards);
    expect(readRunFile(dir).config.backend).toEqual({ name: 'software', options: { selection: 'epsilon-greedy', epsilon: 0.3 } });
  });

  it('per-individual task sampling: each evaluation learns its own tasks', async () => {
    const cfg = config({ seed: 13, overrides: { ...small, taskSampling: 'per-individual' } });
    const { dir } = await run('per-individual', cfg, 0);
    const results = JSON.parse(read(dir, 'results.json')) as Results;
    expect(results.generations.map((g) => g.answer.transfer.tasksLearnt)).toEqual([10, 20, 30]);
  });

  it('a different seed gives different results', async () => {
    const a = await run('seed5', config({ seed: 5 }));
    const b = JSON.parse(read(join(root, 'w0'), 'results.json')) as Results;
    const c = JSON.parse(read(a.dir, 'results.json')) as Results;
    expect(c.generations[0]!.fitnesses).not.toEqual(b.generations[0]!.fitnesses);
  });

  it('stopped after a generation, then resumed (on another number of workers), ends with the bytes of an uninterrupted run', async () => {
    for (const optimizer of ['es', 'ce', 'sa']) {
      const overrides = { ...small, optimizer: optimizer === 'sa' ? { parallelRuns: 3, nIterations: 4 } : optimizer === 'ce' ? { populationSize: 10, nIterations: 4 } : { populationSize: 2, nIterations: 4 } };
      const cfg = config({ optimizer, overrides });
      const straight = await run(`straight-${optimizer}`, cfg, 0);
      let checks = 0;
      const ac = new AbortController();
      // shouldStop is asked before each generation: stop before the third.
      const stopped = await run(`stopped-${optimizer}`, cfg, 0, { stopRequested: () => ++checks > 2, signal: ac.signal });
      expect(stopped.r).toMatchObject({ status: 'stopped', generationsDone: 2 });
      expect(existsSync(join(stopped.dir, 'results.json'))).toBe(false);
      const cp = JSON.parse(read(stopped.dir, 'checkpoint.json')) as Checkpoint;
      expect(cp.records).toHaveLength(2);
      const resumed = await run(`stopped-${optimizer}`, cfg, 2);
      expect(resumed.r.status).toBe('finished');
      for (const f of OUTPUTS) expect(read(resumed.dir, f)).toBe(read(straight.dir, f));
      // timing.json counts the episodes of the session that finished the run: all of them
      // for the straight run, those after the checkpoint for the resumed one.
      const episodes = (dir: string) => (JSON.parse(read(dir, 'timing.json')) as { episodesThisSession: number }).episodesThisSession;
      const before = cfg.transferTasks + cp.records.reduce((a, r) => a + r.evaluations * cfg.tasksPerEvaluation + cfg.transferTasks, 0);
      expect(episodes(resumed.dir)).toBe(episodes(straight.dir) - before);
    }
  });

  it('abandoned mid-generation (abort), resumes from the last checkpoint with the same result', async () => {
    const cfg = config({ seed: 8 });
    const straight = await run('straight-abort', cfg, 0);
    const ac = new AbortController();
    let armed = false;
    const dir = join(root, 'aborted');
    createRunDir(dir, cfg, ['test']);
    // After the first generation's checkpoint, abort as soon as one episode of the second is done.
    const progress = {
      ...silentProgress,
      log: (line: string) => {
        if (/^generation 1\//.test(line)) armed = true;
      },
      update: () => {
        if (armed) ac.abort();
      },
    };
    const r = await runInDir({ dir, workers: 0, progress, control: { stopRequested: () => false, signal: ac.signal } });
    expect(r.status).toBe('stopped');
    const cp = JSON.parse(read(dir, 'checkpoint.json')) as Checkpoint;
    expect(cp.records).toHaveLength(1);
    await runInDir({ dir, workers: 1, progress: silentProgress });
    for (const f of OUTPUTS) expect(read(dir, f)).toBe(read(straight.dir, f));
  });

  it('refuses to start over an existing run and checks a checkpoint against its config', async () => {
    expect(() => createRunDir(join(root, 'w0'), config(), [])).toThrow(/already holds a run; continue it with --resume/);
    const dir = join(root, 'mismatch');
    createRunDir(dir, config({ seed: 4 }), []);
    writeFileSync(join(dir, 'checkpoint.json'), read(join(root, 'w0'), 'checkpoint.json'));
    await expect(runInDir({ dir, workers: 0, progress: silentProgress })).rejects.toThrow(/belongs to another config/);
    const edited = join(root, 'edited');
    createRunDir(edited, config(), []);
    const f = join(edited, 'config.json');
    writeFileSync(f, read(edited, 'config.json').replace('"steps": 300', '"steps": -3'));
    expect(() => readRunFile(edited)).toThrow(UserError);
  });

  it('mazes: the greedy policy on a new maze before and after L2L, and the optimum', async () => {
    const cfg = config({ experiment: 'maze-l2l', overrides: { ...small, steps: 200, policySteps: 300 } });
    const { dir } = await run('maze', cfg, 0);
    const results = JSON.parse(read(dir, 'results.json')) as Results;
    const p = results.summary.policy!;
    expect(p.panels.map((x) => x.label)).toEqual(['before L2L (initial Theta, 300 steps)', 'after L2L (ES-optimized Theta, 300 steps)', 'optimal (discounted value iteration)']);
    expect(p.stateCells.length).toBe(p.panels[0]!.actions.length);
    for (const panel of p.panels) for (const a of panel.actions) for (const x of a) expect([0, 1, 2, 3]).toContain(x);
    // Every state of the optimum has a best action, and following it reaches the goal.
    for (const a of p.panels[2]!.actions) expect(a.length).toBeGreaterThan(0);
    const svg = read(dir, 'policy.svg');
    expect(svg).toMatch(/<svg/);
    expect(svg).toContain('G');
    expect(svg).toMatch(/[\u2190-\u2193]/);
  });
});

describe('the answer of an optimizer after a generation', () => {
  it('ES: the updated centre (not the evaluated one); SA: its current answer', () => {
    const problem = { dimension: 7, createIndividual: uniformIndividual(7) };
    const es = createOptimizer('es', { populationSize: 2, nIterations: 3 }, problem, 1);
    const pop = es.ask();
    const report = es.tell(pop.map((p, i) => ({ id: p.id, fitness: i })));
    const state = es.getState();
    expect(answerOf('es', state, report)).toEqual((state.data as { centre: number[] }).centre);
    expect(answerOf('es', state, report)).not.toEqual(report.current.x);
    expect(es.ask()[0]!.x).toEqual(answerOf('es', state, report));
    const sa = createOptimizer('sa', { parallelRuns: 2, nIterations: 3 }, problem, 1);
    const sp = sa.ask();
    const sr = sa.tell(sp.map((p, i) => ({ id: p.id, fitness: i })));
    expect(answerOf('sa', sa.getState(), sr)).toEqual(sr.current.x);
  });
});
