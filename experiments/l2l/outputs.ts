// The files of a finished run, all written from results.json's content: results.json,
// results.csv (one row per outer iteration), summary.json and summary.md (the test against the
// baselines), and the SVG figures. Everything is a pure function of the results, so a resumed
// run writes the same bytes.

import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { stringifyCompact } from '../../chip/index.js';
import { freeParams, L2L_THETA } from '../../host/optimizers/index.js';
import { fitnessFigure, learningFigure, policyFigure, svgOf, transferFigure } from './plots.js';
import type { Results, SummaryRow } from './records.js';

const PARAMS = L2L_THETA.params.map((p) => p.name);
const FREE = freeParams(L2L_THETA).map((p) => p.name);

function csvNumber(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** One row per outer iteration; Theta columns in chip units (`_chip`) and normalised (`_x`). */
export function resultsCsv(r: Results): string {
  const header = [
    'generation',
    'evaluations',
    'total_evaluations',
    'fitness_mean',
    'fitness_sd',
    'fitness_min',
    'fitness_q1',
    'fitness_median',
    'fitness_q3',
    'fitness_max',
    'chip_cycles',
    'best_id',
    'best_fitness',
    ...PARAMS.map((p) => `best_${p}_chip`),
    ...FREE.map((p) => `best_${p}_x`),
    'current_fitness',
    ...PARAMS.map((p) => `current_${p}_chip`),
    ...FREE.map((p) => `current_${p}_x`),
    ...PARAMS.map((p) => `answer_${p}_chip`),
    ...FREE.map((p) => `answer_${p}_x`),
    'tasks_learnt',
    'test_reward_mean',
    'test_reward_ci95',
    'test_score_mean',
    'test_score_ci95',
  ];
  const lines = [header.join(',')];
  for (const g of r.generations) {
    const f = g.fitness;
    const t = g.answer.transfer;
    lines.push(
      [
        g.generation,
        g.evaluations,
        g.totalEvaluations,
        f.mean,
        f.sd,
        f.min,
        f.q1,
        f.median,
        f.q3,
        f.max,
        csvNumber(g.chipCycles),
        g.best.id,
        g.best.fitness,
        ...PARAMS.map((p) => g.best.chip[p]),
        ...g.best.x,
        g.current.fitness,
        ...PARAMS.map((p) => g.current.chip[p]),
        ...g.current.x,
        ...PARAMS.map((p) => g.answer.chip[p]),
        ...g.answer.x,
        t.tasksLearnt,
        t.reward.mean,
        t.reward.ci95,
        t.score.mean,
        t.score.ci95,
      ]
        .map((v) => csvNumber(v as number))
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function num(v: number, digits = 2): string {
  return v.toFixed(digits);
}

function rowLine(row: SummaryRow, exact: boolean): string {
  const ci = (m: { lower: number; upper: number }, d: number) => `[${num(m.lower, d)}, ${num(m.upper, d)}]`;
  return `| ${row.label} | ${num(row.reward.mean)} | ${ci(row.reward, 2)} | ${exact && row.key === 'random' ? '0 (by definition)' : exact && row.key === 'optimal' ? '1 (by definition)' : num(row.score.mean, 3)} | ${exact ? '' : ci(row.score, 3)} |`;
}

function thetaTable(r: Results): string {
  const rows = r.summary.rows.filter((x) => x.theta);
  const seen = new Set<string>();
  const lines = ['| Theta | ' + PARAMS.join(' | ') + ' |', '|---|' + PARAMS.map(() => '---:').join('|') + '|'];
  for (const row of rows) {
    const name = row.key.replace(/^software-/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const t = row.theta!;
    lines.push(`| ${name} (chip units) | ${PARAMS.map((p) => String(t.chip[p])).join(' | ')} |`);
    lines.push(`| ${name} (values) | ${PARAMS.map((p) => num(t.theta[p]!, 3)).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** What the chip spent on an on-chip run (outer loop on the PPU). */
function onChipLines(r: Results): string[] {
  const c = r.onChip!;
  const ms = (cycles: number) => `${((cycles / 98e6) * 1000).toFixed(1)} ms chip time`;
  return [
    `Outer loop and inner loop on the chip (${c.program}); the host streamed the tasks.`,
    `SRAM: code ${c.memory.code} B, data ${c.memory.data} B, stack ${c.memory.stack ?? '?'} B, free ${c.memory.free} B below the ${c.memory.mailbox} B mailbox.`,
    `Inner step: ${c.stepCycles} cycles on the step grid (network phase ${c.networkCycles}; the longest step took ${c.stepCyclesMax} cycles${c.gridSkips ? `, ${c.gridSkips} grid points skipped` : ''}); ${c.restCycles} quiet cycles before each episode.`,
    `Outer iteration: ${Math.round(c.generationCycles)} cycles on average (${ms(c.generationCycles)}); the PPU waited ${c.hostWaitCycles} cycles for the host in all.`,
    '',
  ];
}

/** The summary against the baselines as Markdown. */
export function summaryMarkdown(r: Results): string {
  const s = r.summary;
  const n = s.taskIndices.length;
  const out = [
    `# ${r.experiment}: ${r.optimizer.toUpperCase()}${r.onChip ? ' on the chip' : ''}, seed ${r.seed}, ${r.backend} inner loop${r.quick ? ' (quick settings)' : ''}`,
    '',
    ...(r.onChip ? onChipLines(r) : []),
    `${r.final.generations} outer iterations, ${r.final.evaluations} evaluations of ${r.tasksPerEvaluation} training tasks each.`,
    `Test: ${n} tasks of the family's test half (family seed ${s.testSeed}; never used in training), ${s.steps} steps each.`,
    'Reward: mean total reward per episode with its 95% confidence interval over the test tasks;',
    'score: (R - R_random) / (R_opt - R_random) per task, averaged. R_opt and R_random are the exact',
    'expected totals (finite-horizon dynamic programming); a learner\'s R is one episode per task.',
    '',
    '| policy | mean reward | 95% CI | normalised score | 95% CI |',
    '|---|---:|---|---:|---|',
    ...s.rows.map((row) => rowLine(row, row.key === 'random' || row.key === 'optimal')),
    '',
    thetaTable(r),
    '',
  ];
  return out.join('\n');
}

export async function writeOutputs(dir: string, r: Results): Promise<void> {
  writeFileSync(join(dir, 'results.json'), stringifyCompact(r));
  writeFileSync(join(dir, 'results.csv'), resultsCsv(r));
  writeFileSync(join(dir, 'summary.json'), stringifyCompact({ experiment: r.experiment, optimizer: r.optimizer, seed: r.seed, backend: r.backend, ...r.summary }));
  writeFileSync(join(dir, 'summary.md'), summaryMarkdown(r));
  await writePlots(dir, r);
}

/** The run's SVG figures (also what `dls experiment plot RUN_DIR` redraws). */
export async function writePlots(dir: string, r: Results): Promise<string[]> {
  const files: [string, string][] = [
    ['fitness.svg', await svgOf(fitnessFigure(r))],
    ['transfer.svg', await svgOf(transferFigure(r))],
    ['learning.svg', await svgOf(learningFigure(r))],
  ];
  if (r.summary.policy) {
    files.push([
      'policy.svg',
      await svgOf(policyFigure(r.summary.policy), { title: `Greedy policy on a new maze (test task ${r.summary.policy.taskIndex}) after ${r.summary.policy.steps} steps`, columns: 3 }),
    ]);
  }
  for (const [name, svg] of files) writeFileSync(join(dir, name), svg);
  return files.map(([n]) => n);
}
