// The on-chip vs host-side outer loop comparison of docs/results.md ("On-chip outer loop"): for
// every optimizer and seed, one run with the outer loop on the chip (--on-chip) and one with the
// host-side optimizer, both with the same settings, the same inner loop
// (experiments/l2l/onchip/episode.dsl through the chip backend), the same training tasks and the
// same starting points. Then the statistics: per optimizer and side, the final answer's test
// reward (mean over seeds, 95% CI), and the paired difference chip - host per seed.
//
//   node --import tsx scripts/onchip-comparison.ts run --side chip|host [--seeds 1-5] [--optimizers es,ce,sa] [--out DIR] [--workers N]
//   node --import tsx scripts/onchip-comparison.ts analyse [--out DIR]
//
// Settings (stated in docs/results.md): the --quick outer loop (ES 6 directions = 13
// evaluations, CE 12 samples, SA 12 runs; 10 generations; 5 tasks per evaluation), 500-step MDP
// episodes instead of 2000 (emulation time), 8 transfer tasks, 30 summary test tasks. A run that
// is already finished in DIR is skipped; a stopped one is resumed.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  comparisonPanels,
  createRunDir,
  innerLoop,
  onChipBackendOptions,
  resolveExperimentConfig,
  runInDir,
  svgOf,
  type Results,
} from '../experiments/l2l/index.js';
import { createProgress, meanCi95, type MeanWithCi } from '../host/l2l/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const out = opt('out', 'runs/onchip-comparison');
const experiment = opt('experiment', 'mdp-l2l');
const seedsArg = opt('seeds', '1-5');
const seeds = seedsArg.includes('-') ? (([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => a! + i))(seedsArg.split('-').map(Number)) : seedsArg.split(',').map(Number);
const optimizers = opt('optimizers', 'es,ce,sa').split(',');
const steps = Number(opt('steps', '500'));
const EPISODE = 'experiments/l2l/onchip/episode.dsl';

const overrides = { steps, transferTasks: 8, testTasks: 30, backendOptions: { program: EPISODE } };

function dirOf(side: string, kind: string, seed: number): string {
  return join(out, `${experiment}-${kind}-${side}-s${seed}`);
}

async function runOne(side: 'chip' | 'host', kind: string, seed: number, workers: number): Promise<void> {
  const dir = dirOf(side, kind, seed);
  if (existsSync(join(dir, 'results.json'))) return;
  if (!existsSync(join(dir, 'config.json'))) {
    const given = resolveExperimentConfig({ experiment, optimizer: kind, seed, quick: true, backend: 'chip', onChip: side === 'chip', overrides });
    const loop = await innerLoop('chip');
    const options = loop.resolveOptions(side === 'chip' ? onChipBackendOptions({}) : given.backend.options);
    createRunDir(dir, { ...given, backend: { name: 'chip', options } }, ['scripts/onchip-comparison.ts', 'run', '--side', side]);
  }
  process.stderr.write(`${dir}\n`);
  const r = await runInDir({ dir, workers, progress: createProgress() });
  if (r.status !== 'finished') throw new Error(`${dir}: ${r.status}`);
}

function readResults(dir: string): Results | null {
  const f = join(dir, 'results.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Results) : null;
}

const fmtCi = (m: MeanWithCi, d = 1) => `${m.mean.toFixed(d)} [${m.lower.toFixed(d)}, ${m.upper.toFixed(d)}]`;

async function analyse(): Promise<void> {
  const rows: string[] = [];
  const json: Record<string, unknown> = {};
  const all: Results[] = [];
  rows.push('| optimizer | seeds | host: test reward | chip: test reward | chip - host (paired) | host: score | chip: score | host: final fitness | chip: final fitness | chip - host fitness (paired) |');
  rows.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const kind of optimizers) {
    const pairs: { seed: number; host: Results; chip: Results }[] = [];
    for (const seed of seeds) {
      const host = readResults(dirOf('host', kind, seed));
      const chip = readResults(dirOf('chip', kind, seed));
      if (host && chip) pairs.push({ seed, host, chip });
    }
    if (pairs.length < 2) continue;
    all.push(...pairs.flatMap((p) => [p.host, p.chip]));
    const reward = (r: Results, key = 'optimized') => r.summary.rows.find((x) => x.key === key)!.reward.mean;
    const score = (r: Results) => r.summary.rows.find((x) => x.key === 'optimized')!.score.mean;
    const fitness = (r: Results) => r.generations[r.generations.length - 1]!.current.fitness;
    const h = meanCi95(pairs.map((p) => reward(p.host)));
    const c = meanCi95(pairs.map((p) => reward(p.chip)));
    const d = meanCi95(pairs.map((p) => reward(p.chip) - reward(p.host)));
    const hs = meanCi95(pairs.map((p) => score(p.host)));
    const cs = meanCi95(pairs.map((p) => score(p.chip)));
    const hf = meanCi95(pairs.map((p) => fitness(p.host)));
    const cf = meanCi95(pairs.map((p) => fitness(p.chip)));
    const df = meanCi95(pairs.map((p) => fitness(p.chip) - fitness(p.host)));
    const init = meanCi95(pairs.map((p) => reward(p.host, 'initial')));
    rows.push(`| ${kind.toUpperCase()} | ${pairs.map((p) => p.seed).join(' ')} | ${fmtCi(h)} | ${fmtCi(c)} | ${fmtCi(d)} | ${fmtCi(hs, 3)} | ${fmtCi(cs, 3)} | ${fmtCi(hf, 2)} | ${fmtCi(cf, 2)} | ${fmtCi(df, 2)} |`);
    json[kind] = {
      seeds: pairs.map((p) => p.seed),
      initialReward: init,
      host: { reward: h, score: hs, finalFitness: hf, perSeed: pairs.map((p) => ({ seed: p.seed, reward: reward(p.host), score: score(p.host), fitness: fitness(p.host), theta: p.host.final.answer.chip })) },
      chip: { reward: c, score: cs, finalFitness: cf, perSeed: pairs.map((p) => ({ seed: p.seed, reward: reward(p.chip), score: score(p.chip), fitness: fitness(p.chip), theta: p.chip.final.answer.chip, onChip: p.chip.onChip })) },
      pairedRewardDifference: d,
      pairedFitnessDifference: df,
    };
  }
  mkdirSync(out, { recursive: true });
  const md = `${rows.join('\n')}\n`;
  writeFileSync(join(out, 'comparison.md'), md);
  writeFileSync(join(out, 'comparison.json'), `${JSON.stringify({ experiment, steps, seeds, overrides, optimizers: json }, null, 2)}\n`);
  if (all.length) writeFileSync(join(out, 'comparison.svg'), await svgOf(comparisonPanels(all)));
  process.stdout.write(md);
}

if (args[0] === 'run') {
  const side = opt('side', 'chip') as 'chip' | 'host';
  const workers = Number(opt('workers', '1'));
  for (const seed of seeds) for (const kind of optimizers) await runOne(side, kind, seed, workers);
} else if (args[0] === 'analyse') {
  await analyse();
} else {
  process.stderr.write('usage: onchip-comparison.ts run --side chip|host [--seeds 1-5] [--optimizers es,ce,sa] [--out DIR] | analyse\n');
  process.exitCode = 2;
}
