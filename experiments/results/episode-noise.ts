// Measures the part of a Theta's fitness noise that comes from the learner itself, with each inner
// loop: for the initial and the final Theta of every finished chip run of a group, the chip's
// inner loop and the software learner each learn the first TASKS test tasks REPEATS times, with
// the same environment stream and a fresh agent seed per repeat (experiments/l2l/episode-noise.ts).
// Deterministic: same seed, same table, whatever the number of workers.
//
//   npx tsx experiments/results/episode-noise.ts [GROUP_DIR] [OUT_DIR] [--tasks N] [--repeats N] [--seed N] [--workers N]
//   (defaults: runs/results/chip-full, docs/results/chip-full, 10 tasks, 8 repeats, seed 1, 0 workers)
//
// Writes OUT_DIR/episode-noise.{md,csv}. Per run: 160 chip and 160 software episodes, about 30 s
// of CPU here.

import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../common/errors.js';
import { parseIntOption } from '../../host/cli/options.js';
import { backendRef, createEpisodeRunner, meanCi95, type EpisodeRunner, type MeanWithCi } from '../../host/l2l/index.js';
import { episodeNoise, innerLoop, readRunFile, thetaOfRun, type ExperimentConfig } from '../l2l/index.js';

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        tasks: { type: 'string', default: '10' },
        repeats: { type: 'string', default: '8' },
        seed: { type: 'string', default: '1' },
        workers: { type: 'string', default: '0' },
      },
    });
  } catch (e) {
    throw new UserError((e as Error).message);
  }
}

/** A non-negative integer option that must be at least `min`. */
function intOption(name: string, value: string, min: number): number {
  const n = parseIntOption(`--${name}`, value);
  if (n < min) throw new UserError(`--${name} must be at least ${min}, not ${n}`);
  return n;
}

const ORDER = ['es', 'ce', 'sa'];
interface Row { optimizer: string; seed: number; which: string; chip: number; software: number; chipMean: number; softwareMean: number }

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (positionals.length > 2) throw new UserError(`at most two arguments (GROUP_DIR OUT_DIR), got ${positionals.length}`);
  const groupDir = positionals[0] ?? 'runs/results/chip-full';
  const outDir = positionals[1] ?? 'docs/results/chip-full';
  const tasks = intOption('tasks', values.tasks, 1);
  const repeats = intOption('repeats', values.repeats, 2);
  const seed = intOption('seed', values.seed, 0);
  const workers = intOption('workers', values.workers, 0);
  if (!existsSync(groupDir) || !statSync(groupDir).isDirectory()) throw new UserError(`${groupDir}: not a directory of runs`);

  const runs: { d: string; config: ExperimentConfig }[] = readdirSync(groupDir)
    .filter((d) => !d.endsWith('.lock') && existsSync(join(groupDir, d, 'summary.json')))
    .map((d) => ({ d, config: readRunFile(join(groupDir, d)).config }))
    .filter((r) => r.config.backend.name === 'chip')
    .sort((a, b) => ORDER.indexOf(a.config.optimizer.kind) - ORDER.indexOf(b.config.optimizer.kind) || a.config.seed - b.config.seed);
  if (runs.length === 0) throw new UserError(`no finished chip runs under ${groupDir}`);
  const steps = runs[0]!.config.steps;
  const other = runs.find((r) => r.config.steps !== steps);
  if (other) throw new UserError(`${join(groupDir, other.d)}: ${other.config.steps}-step episodes, the other runs ${steps}; measure one setting at a time`);

  // One runner (and worker pool) per backend and options, shared by all Thetas.
  const runners = new Map<string, EpisodeRunner>();
  const runnerFor = async (name: string, options: Readonly<Record<string, unknown>>): Promise<EpisodeRunner> => {
    const key = `${name} ${JSON.stringify(options)}`;
    let r = runners.get(key);
    if (!r) runners.set(key, (r = createEpisodeRunner(backendRef(await innerLoop(name), options), workers)));
    return r;
  };
  const rows: Row[] = [];
  try {
    for (const { d, config } of runs) {
      for (const which of ['initial', 'final']) {
        const theta = thetaOfRun(join(groupDir, d), which).theta;
        const p = { family: config.family, testSeed: config.testSeed, steps, tasks, repeats, seed, theta };
        const chip = await episodeNoise(p, await runnerFor('chip', config.backend.options));
        const software = await episodeNoise(p, await runnerFor('software', {}));
        rows.push({ optimizer: config.optimizer.kind, seed: config.seed, which, chip: chip.sd, software: software.sd, chipMean: chip.mean, softwareMean: software.mean });
        process.stderr.write(`${d} ${which}: sd chip ${chip.sd.toFixed(3)}, software ${software.sd.toFixed(3)}\n`);
      }
    }
  } finally {
    for (const r of runners.values()) await r.close();
  }

  // A run's two Thetas share its optimizer and seed, and every Theta learns the same tasks, so the
  // Thetas are not independent samples; the intervals are over the runs (each run: the mean of
  // its two Thetas). The choice of the tasks is not in them.
  const perRun = (f: (r: Row) => number): number[] => runs.map((_, k) => (f(rows[2 * k]!) + f(rows[2 * k + 1]!)) / 2);
  const f3 = (x: number): string => x.toFixed(3);
  const ci = (m: MeanWithCi): string => `${f3(m.mean)} [${f3(m.lower)}, ${f3(m.upper)}]`;
  const lower = rows.filter((r) => r.chip < r.software).length;
  const md = [
    `Learner noise, group \`${basename(groupDir)}\`: the initial and final Theta of ${runs.length} chip runs; each Theta learns the first ${tasks} test tasks ${repeats} times with each inner loop (same environment stream, a fresh agent seed per repeat; seed ${seed}), ${steps} steps.`,
    '',
    'sd: root mean square over the tasks of the sample standard deviation of the normalised score over the repeats.',
    '',
    '| optimizer | seed | Theta | sd, chip | sd, software | mean score, chip | mean score, software |',
    '|---|---:|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.optimizer.toUpperCase()} | ${r.seed} | ${r.which} | ${f3(r.chip)} | ${f3(r.software)} | ${f3(r.chipMean)} | ${f3(r.softwareMean)} |`),
    '',
    `Over the ${runs.length} runs (each the mean of its two Thetas; 95% CI, t): sd chip ${ci(meanCi95(perRun((r) => r.chip)))}, software ${ci(meanCi95(perRun((r) => r.software)))}; chip - software ${ci(meanCi95(perRun((r) => r.chip - r.software)))}. The chip's sd is the lower for ${lower} of the ${rows.length} Thetas.`,
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
  // Bad arguments, or a run directory that is not what it should be (the message names the file).
  if (!(e instanceof UserError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
