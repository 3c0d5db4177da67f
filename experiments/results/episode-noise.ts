// Measures the part of a Theta's fitness noise that comes from the learner itself, with each inner
// loop: for the initial and the final
// Theta of every finished run of a group, the chip's inner loop and the software learner each
// learn the first TASKS test tasks REPEATS times, with the same environment stream and a fresh
// agent seed per repeat (experiments/l2l/episode-noise.ts). Deterministic: same seed, same table.
//
//   npx tsx experiments/results/episode-noise.ts [GROUP_DIR] [OUT_DIR] [--tasks N] [--repeats N] [--seed N]
//   (defaults: runs/results/chip-full, docs/results/chip-full, 10 tasks, 8 repeats, seed 1)
//
// Writes OUT_DIR/episode-noise.{md,csv}. Per run: 160 chip and 160 software episodes, about 30 s
// of CPU here (12 runs: 6 minutes).

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../common/errors.js';
import { mean, meanCi95, type MeanWithCi } from '../../host/l2l/index.js';
import { episodeNoise, readRunFile, thetaOfRun } from '../l2l/index.js';

function args(): ReturnType<typeof parse> {
  try {
    return parse();
  } catch (e) {
    process.stderr.write(`dls: ${(e as Error).message}\n`);
    process.exit(2);
  }
}
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { tasks: { type: 'string', default: '10' }, repeats: { type: 'string', default: '8' }, seed: { type: 'string', default: '1' } },
  });
}
const { values, positionals } = args();
const groupDir = positionals[0] ?? 'runs/results/chip-full';
const outDir = positionals[1] ?? 'docs/results/chip-full';
const int = (name: string, v: string, min: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`dls: --${name} must be an integer >= ${min}, got '${v}'\n`);
    process.exit(2);
  }
  return n;
};
const tasks = int('tasks', values.tasks, 1);
const repeats = int('repeats', values.repeats, 2);
const seed = int('seed', values.seed, 0);
if (!existsSync(groupDir)) {
  process.stderr.write(`dls: no runs under ${groupDir}\n`);
  process.exit(2);
}

const ORDER = ['es', 'ce', 'sa'];
interface Row { optimizer: string; seed: number; which: string; chip: number; software: number; chipMean: number; softwareMean: number }

async function main(): Promise<void> {
  const rows: Row[] = [];
  const dirs = readdirSync(groupDir)
    .filter((d) => !d.endsWith('.lock') && existsSync(join(groupDir, d, 'summary.json')))
    .map((d) => ({ d, config: readRunFile(join(groupDir, d)).config }))
    .filter((r) => r.config.backend.name === 'chip')
    .sort((a, b) => ORDER.indexOf(a.config.optimizer.kind) - ORDER.indexOf(b.config.optimizer.kind) || a.config.seed - b.config.seed);
  for (const { d, config } of dirs) {
    for (const which of ['initial', 'final']) {
      const theta = thetaOfRun(join(groupDir, d), which).theta;
      const common = { family: config.family, testSeed: config.testSeed, steps: config.steps, tasks, repeats, seed, theta };
      const chip = await episodeNoise({ ...common, backend: 'chip', backendOptions: config.backend.options });
      const software = await episodeNoise({ ...common, backend: 'software', backendOptions: {} });
      rows.push({ optimizer: config.optimizer.kind, seed: config.seed, which, chip: chip.sd, software: software.sd, chipMean: chip.mean, softwareMean: software.mean });
      process.stderr.write(`${d} ${which}: sd chip ${chip.sd.toFixed(3)}, software ${software.sd.toFixed(3)}\n`);
    }
  }
  if (rows.length === 0) {
    process.stderr.write(`dls: no finished chip runs under ${groupDir}\n`);
    process.exit(2);
  }

  const f3 = (x: number): string => x.toFixed(3);
  const ci = (m: MeanWithCi): string => `${f3(m.mean)} [${f3(m.lower)}, ${f3(m.upper)}]`;
  const chipSd = meanCi95(rows.map((r) => r.chip));
  const swSd = meanCi95(rows.map((r) => r.software));
  const diff = meanCi95(rows.map((r) => r.chip - r.software));
  const ratio = mean(rows.map((r) => r.chip)) / mean(rows.map((r) => r.software));
  const md = [
    `Learner noise, group \`${groupDir.split('/').pop()}\`: the initial and final Theta of ${rows.length / 2} chip runs; each Theta learns the first ${tasks} test tasks ${repeats} times with each inner loop (same environment stream, a fresh agent seed per repeat; seed ${seed}), ${dirs[0]!.config.steps} steps.`,
    '',
    'sd: root mean square over the tasks of the sample standard deviation of the normalised score over the repeats.',
    '',
    '| optimizer | seed | Theta | sd, chip | sd, software | mean score, chip | mean score, software |',
    '|---|---:|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.optimizer.toUpperCase()} | ${r.seed} | ${r.which} | ${f3(r.chip)} | ${f3(r.software)} | ${f3(r.chipMean)} | ${f3(r.softwareMean)} |`),
    '',
    `Over the ${rows.length} Thetas (95% CI, t): sd chip ${ci(chipSd)}, software ${ci(swSd)}; chip - software ${ci(diff)}; ratio of the means ${ratio.toFixed(2)}.`,
  ];
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'episode-noise.md'), `${md.join('\n')}\n`);
  writeFileSync(
    join(outDir, 'episode-noise.csv'),
    `optimizer,seed,theta,sd_chip,sd_software,mean_chip,mean_software\n${rows.map((r) => [r.optimizer, r.seed, r.which, r.chip.toFixed(4), r.software.toFixed(4), r.chipMean.toFixed(4), r.softwareMean.toFixed(4)].join(',')).join('\n')}\n`,
  );
  process.stdout.write(`${md.join('\n')}\n`);
}

try {
  await main();
} catch (e) {
  // A run directory that is not what it should be: its message names the file.
  if (!(e instanceof UserError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
