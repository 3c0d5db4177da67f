// experiments/results/summarize.ts, the tool behind docs/results.md, on small software runs: the
// tables it writes per group, the Welch comparison over seeds when each optimizer has several
// runs, and, with one run per optimizer, no pretend CI over seeds (the comparison is then paired
// over the test tasks and says so).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunDir, resolveExperimentConfig, runInDir } from '../../experiments/l2l/index.js';
import { silentProgress } from '../../host/l2l/index.js';

const SCRIPT = fileURLToPath(new URL('../../experiments/results/summarize.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'dls-summarize-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Each run: 2 generations on one 100-step task per evaluation, tested on 50 tasks (the number
// the summary requires).
async function run(group: string, optimizer: string, seed: number, backend = 'software'): Promise<void> {
  const dir = join(root, 'runs', group, `mdp-l2l-${optimizer}-s${seed}`);
  const opt = optimizer === 'sa' ? { parallelRuns: 2, nIterations: 2 } : { populationSize: 1, nIterations: 2 };
  const config = resolveExperimentConfig({
    experiment: 'mdp-l2l', optimizer, seed, quick: false, backend,
    overrides: { tasksPerEvaluation: 1, steps: 100, transferTasks: 2, testTasks: 50, optimizer: opt },
  });
  createRunDir(dir, config, ['test']);
  const r = await runInDir({ dir, workers: 0, progress: silentProgress });
  expect(r.status).toBe('finished');
}

let out: string;
/** The chip run's own software rows (mean score), before they are spoilt. */
const storedSoftware = new Map<string, number>();
beforeAll(async () => {
  for (const seed of [1, 2]) for (const o of ['es', 'sa']) await run('software-full', o, seed);
  // A group with one run per optimizer (copies of seed 1's runs).
  for (const o of ['es', 'sa']) cpSync(join(root, 'runs', 'software-full', `mdp-l2l-${o}-s1`), join(root, 'runs', 'one-run', `mdp-l2l-${o}-s1`), { recursive: true });
  // A chip run whose stored software rows are spoilt: the summary must compute its own.
  await run('chip-small', 'es', 1, 'chip');
  const summaryFile = join(root, 'runs', 'chip-small', 'mdp-l2l-es-s1', 'summary.json');
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as { rows: { key: string; rewards: number[]; scores: number[] }[] };
  for (const row of summary.rows) {
    if (!row.key.startsWith('software-')) continue;
    storedSoftware.set(row.key, row.scores.reduce((a, x) => a + x, 0) / row.scores.length);
    row.scores = row.scores.map(() => -5);
  }
  writeFileSync(summaryFile, JSON.stringify(summary));
  out = join(root, 'docs');
  const p = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, join(root, 'runs'), out], { encoding: 'utf8' });
  expect(p.status, p.stderr).toBe(0);
}, 120_000);

const table = (group: string) => readFileSync(join(out, group, 'tables.md'), 'utf8');

describe('experiments/results/summarize.ts', () => {
  it('with two seeds per optimizer: CIs over seeds, and ES - SA by Welch over seeds', () => {
    const t = table('software-full');
    expect(t).toMatch(/seeds 1, 2; 50 test tasks/);
    expect(t).toMatch(/\| ES-optimized Theta, software inner loop \| 2 \| -?\d+\.\d \[-?\d+\.\d, -?\d+\.\d\] \|/);
    expect(t).toMatch(/\| ES - SA \| -?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\] \(Welch over seeds, df \d+\.\d\) \|/);
    expect(t).not.toMatch(/\(1 run\)/);
    const csv = readFileSync(join(out, 'software-full', 'per-run.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(5);
  });

  it('with one run per optimizer: no CI over seeds, and the comparison is paired over the test tasks', () => {
    const t = table('one-run');
    expect(t).toMatch(/\| ES-optimized Theta, software inner loop \| 1 \| -?\d+\.\d \(1 run\) \|/);
    expect(t).toMatch(/\| ES - SA \| -?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\] \(1 and 1 run: paired over the 50 test tasks; no variation over seeds in it\) \|/);
    expect(t).not.toMatch(/Welch/);
    // The exact baselines carry no CI over seeds either way.
    expect(t).toMatch(/\| uniformly random policy \(exact expectation\) \| - \| -?\d+\.\d \| \[/);
  });

  it('runs the software learner itself with a chip run\'s Thetas, with the current learner, not the values stored in the run', () => {
    // The run computed its software rows itself, with the same learner, when it finished; the
    // summary's own computation must give the same numbers (same tasks, Thetas and seeds), even
    // though the stored ones were spoilt.
    const csv = readFileSync(join(out, 'chip-small', 'per-run.csv'), 'utf8').trim().split('\n');
    const header = csv[0]!.split(',');
    const cells = csv[1]!.split(',');
    expect([...storedSoftware.keys()].sort()).toEqual(['software-initial', 'software-optimized']);
    for (const [column, key] of [['software_initial_score', 'software-initial'], ['software_optimized_score', 'software-optimized']] as const) {
      expect(Number(cells[header.indexOf(column)]), column).toBeCloseTo(storedSoftware.get(key)!, 4);
    }
    expect(table('chip-small')).toMatch(/\| ES-optimized Theta, software SARSA\(lambda\) \(same Theta\) \| 1 \| -?\d+\.\d \(1 run\) \|/);
  });

  it('draws the transfer and fitness figures', () => {
    for (const f of ['transfer.svg', 'fitness.svg']) expect(readFileSync(join(out, 'one-run', f), 'utf8')).toMatch(/^<svg/);
  });
});
