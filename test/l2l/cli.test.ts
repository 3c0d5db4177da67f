// The experiment command line as a user runs it: child processes, killed and interrupted runs
// resumed to the same bytes, evaluation on test tasks, plots across runs.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkpoint, EvaluationReport, Results } from '../../experiments/l2l/index.js';
import { DLS_BIN, runDls } from '../helpers/run-dls.js';

const bin = DLS_BIN;
const root = mkdtempSync(join(tmpdir(), 'dls-l2l-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dls = (args: string[], cwd = root) => runDls(args, cwd);
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const OUTPUTS = ['results.json', 'results.csv', 'summary.json', 'summary.md', 'fitness.svg', 'transfer.svg', 'learning.svg'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Long enough (8 generations of 21 x 10 episodes of 2000 steps) to be interrupted in the middle.
const config = join(root, 'config.json');
const base = ['experiment', 'mdp-l2l', '--backend', 'software', '--seed', '6', '--config', config];
let straight = '';

function records(dir: string): number {
  try {
    return (JSON.parse(read(dir, 'checkpoint.json')) as Checkpoint).records.length;
  } catch {
    return -1; // not written yet
  }
}

/** Starts a run, waits until its checkpoint holds `after` generations, then sends `signal`. */
async function interrupt(dir: string, signal: NodeJS.Signals, after: number, workers: string) {
  const child = spawn(process.execPath, [bin, ...base, '--out', dir, '--workers', workers], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && records(dir) < after) await sleep(5);
  if (done) throw new Error(`the run finished before it could be interrupted (make it longer): ${stderr}`);
  child.kill(signal);
  return { code: await exited, stderr: () => stderr };
}

beforeAll(async () => {
  writeFileSync(config, JSON.stringify({ tasksPerEvaluation: 10, steps: 2000, transferTasks: 5, testTasks: 5, optimizer: { populationSize: 10, nIterations: 8 } }));
  straight = join(root, 'straight');
  const r = await dls([...base, '--out', straight, '--workers', '1']);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/\| ES-optimized Theta, software inner loop \|/);
});

describe('dls experiment', () => {
  it('a run killed (SIGKILL) after a checkpoint and resumed ends with the bytes of an uninterrupted run', async () => {
    const dir = join(root, 'killed');
    const k = await interrupt(dir, 'SIGKILL', 2, '0');
    expect(k.code).toBeNull();
    expect(existsSync(join(dir, 'results.json'))).toBe(false);
    const left = records(dir);
    expect(left).toBeGreaterThanOrEqual(2);
    expect(left).toBeLessThan(8);
    const r = await dls(['experiment', 'mdp-l2l', '--resume', dir, '--workers', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`resuming .* after generation ${left} of 8`));
    for (const f of OUTPUTS) expect(read(dir, f), f).toBe(read(straight, f));
  });

  it('Ctrl-C stops after the generation with a checkpoint and a message; --resume finishes the same run', async () => {
    const dir = join(root, 'interrupted');
    const k = await interrupt(dir, 'SIGINT', 1, '2');
    expect(k.code).toBe(130);
    expect(k.stderr()).toMatch(/Ctrl-C: stopping after the current generation/);
    expect(k.stderr()).toMatch(/stopped after \d+ generations?; checkpoint: .*checkpoint\.json\ncontinue with: dls experiment mdp-l2l --resume /);
    expect(records(dir)).toBeLessThan(8);
    const r = await dls(['experiment', 'mdp-l2l', '--resume', dir, '--workers', '0']);
    expect(r.status, r.stderr).toBe(0);
    for (const f of OUTPUTS) expect(read(dir, f), f).toBe(read(straight, f));
  });

  it('--resume takes its settings from the run and says so; bad options are located errors', async () => {
    let r = await dls(['experiment', 'mdp-l2l', '--resume', straight, '--seed', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--resume takes every setting from .*config\.json; drop --seed/);
    r = await dls(['experiment', 'maze-l2l', '--resume', straight]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/that is a mdp-l2l run, not maze-l2l/);
    r = await dls(['experiment', 'mdp-l2l', '--backend', 'abacus', '--out', join(root, 'never')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown inner-loop backend 'abacus' \(available: software/);
    expect(existsSync(join(root, 'never'))).toBe(false);
    r = await dls(['experiment', 'mdp-l2l', '--optimizer', 'pso']);
    expect(r.status).toBe(2);
    r = await dls(['experiment', 'mdp-l2l', '--out', straight, '--backend', 'software']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already holds a run/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('evaluate: a run\'s Theta on fresh test tasks with confidence intervals and scores; the same episodes as the run\'s summary', async () => {
    const r = await dls(['experiment', 'evaluate', straight, '--tasks', '4', '--workers', '0']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\| uniformly random policy \(exact expectation\) \| -?\d+\.\d\d \| \[-?\d+\.\d\d, -?\d+\.\d\d\] \| 0 \|/);
    expect(r.stdout).toMatch(/\| Theta \(final of the run\), software inner loop \| -?\d+\.\d\d \| \[.*\] \| -?\d\.\d{3} \| \[/);
    const rep = JSON.parse(read(straight, 'evaluation-final-4.json')) as EvaluationReport;
    const results = JSON.parse(read(straight, 'results.json')) as Results;
    const optimized = results.summary.rows.find((x) => x.key === 'optimized')!;
    expect(rep.tasks.map((t) => t.reward)).toEqual(optimized.rewards.slice(0, 4));
    expect(rep.tasks.map((t) => t.index)).toEqual(results.summary.taskIndices.slice(0, 4));
    for (const t of rep.tasks) expect(t.score).toBeCloseTo((t.reward - t.random) / (t.optimal - t.random), 12);
    expect(rep.rows.find((x) => x.key === 'theta')!.reward.n).toBe(4);
  });

  it('evaluate: a Theta file; a bad one is reported with the parameter', async () => {
    const good = join(root, 'theta.json');
    writeFileSync(good, JSON.stringify({ gamma: 0.9, eta: 0.2, lambda: 0.5, weightLower: 0.1, weightUpper: 0.9, initialWeight: 0.8, inhibitoryWeight: 0.5, rescaleFrequency: 0.05 }));
    let r = await dls(['experiment', 'evaluate', '--theta', good, '--experiment', 'maze-l2l', '--tasks', '3', '--backend', 'software', '--workers', '0', '--json', join(root, 'ev.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/3 tasks of the maze family's test half/);
    expect(r.stdout).toMatch(/gamma=115 eta=26 lambda=64 weightLower=6 weightUpper=57 initialWeight=50 inhibitoryWeight=32 rescaleFrequency=100/);
    const bad = join(root, 'bad-theta.json');
    writeFileSync(bad, JSON.stringify({ gamma: 2, eta: 0.2 }));
    r = await dls(['experiment', 'evaluate', '--theta', bad, '--tasks', '3', '--backend', 'software']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad-theta\.json: theta\.gamma: must be a number in \[0, 1\], got 2/);
    expect(r.stderr).toMatch(/theta\.weightLower/);
    r = await dls(['experiment', 'evaluate', '--theta', 'final', '--tasks', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs a run dir/);
  });

  it('plot: redraws a run\'s figures; compares several runs (ES vs CE)', async () => {
    const ce = join(root, 'ce');
    const small = join(root, 'small.json');
    writeFileSync(small, JSON.stringify({ tasksPerEvaluation: 2, steps: 300, transferTasks: 3, testTasks: 3, optimizer: { populationSize: 10, nIterations: 3 } }));
    let r = await dls(['experiment', 'mdp-l2l', '--optimizer', 'ce', '--backend', 'software', '--config', small, '--out', ce, '--workers', '0']);
    expect(r.status, r.stderr).toBe(0);
    const redraw = join(root, 'redraw');
    r = await dls(['experiment', 'plot', straight, '--out', redraw]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['fitness.svg', 'transfer.svg', 'learning.svg']) expect(read(redraw, f)).toBe(read(straight, f));
    const cmp = join(root, 'cmp');
    r = await dls(['experiment', 'plot', straight, ce, '--out', cmp]);
    expect(r.status, r.stderr).toBe(0);
    expect(read(cmp, 'comparison.svg')).toMatch(/<svg/);
    expect(r.stdout).toMatch(/\| ES \| 1 \| 6 \| -?\d+\.\d\d \|/);
    expect(r.stdout).toMatch(/\| CE \| 1 \| 1 \|/);
    const table = JSON.parse(read(cmp, 'comparison.json')) as { table: { name: string }[] };
    expect(table.table.map((t) => t.name)).toEqual(['ES', 'CE']);
  });

  it('npm start runs the quick MDP experiment with ES into runs/<id>/', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; scripts: { start: string } };
    expect(pkg.scripts.start).toBe('node bin/dls.js experiment mdp-l2l --optimizer es --quick');
    const cwd = mkdtempSync(join(root, 'start-'));
    // The same command on the software backend (the chip backend is the default once registered).
    const r = await dls([...pkg.scripts.start.split(' ').slice(2), '--backend', 'software', '--workers', '2'], cwd);
    expect(r.status, r.stderr).toBe(0);
    const runs = readdirSync(join(cwd, 'runs'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(/^mdp-l2l-es-s1-\d{8}T\d{6}Z-[0-9a-z]{6}$/);
    const cfg = JSON.parse(read(join(cwd, 'runs', runs[0]!), 'config.json')) as { config: { quick: boolean; backend: unknown }; meta: { id: string; dlsVersion: string } };
    expect(cfg.config.quick).toBe(true);
    expect(cfg.config.backend).toEqual({ name: 'software', options: { algorithm: 'sarsa', selection: 'greedy', epsilon: 0.1, epsilonDecay: 1, temperature: 0.05 } });
    expect(cfg.meta.dlsVersion).toBe(pkg.version);
    expect(cfg.meta.id).toBe(runs[0]);
  });
});
