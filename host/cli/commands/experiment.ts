// `dls experiment`: the learning-to-learn experiments (mdp-l2l, maze-l2l), evaluation of a Theta
// on test tasks, and figures across runs. docs/experiments.md describes commands and outputs.
//
// The CLI is the one place in host/ that reaches into experiments/ (it is the top of the stack:
// the experiments are built from host/, the command line starts them). The experiment modules
// are imported when a subcommand runs, so other commands do not load them.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../../common/errors.js';
import { createProgress, defaultWorkers } from '../../l2l/index.js';
import { DEFINITIONS, EXPERIMENTS, type ExperimentName } from '../../../experiments/l2l/config.js';
import { parseIntOption } from '../options.js';

const load = () => import('../../../experiments/l2l/index.js');

function workersOption(v: string | undefined): number {
  if (v === undefined) return defaultWorkers();
  const n = parseIntOption('--workers', v);
  if (n > 256) throw new UserError(`--workers must be at most 256, not '${v}'`);
  return n;
}

/** An option's flag from commander's camel-case key (onChip -> on-chip). */
function kebab(k: string): string {
  return k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function seedOption(v: string): number {
  const n = parseIntOption('--seed', v);
  if (n > 0xffffffff) throw new UserError(`--seed must be at most 4294967295, not '${v}'`);
  return n;
}

/** Ctrl-C once: finish the generation, checkpoint, stop. Twice (or SIGTERM): abandon the generation now. */
function stopControl(log: (line: string) => void) {
  const ac = new AbortController();
  let requested = false;
  const onInt = () => {
    if (!requested) {
      requested = true;
      log('Ctrl-C: stopping after the current generation and its checkpoint (Ctrl-C again to abandon the generation now)');
    } else if (!ac.signal.aborted) {
      log('Ctrl-C again: abandoning the current generation; the last checkpoint stays');
      ac.abort();
    }
  };
  const onTerm = () => {
    requested = true;
    ac.abort();
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    control: { stopRequested: () => requested, signal: ac.signal },
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

function registerRun(parent: Command, name: ExperimentName, setStatus: (code: number) => void): void {
  parent
    .command(name)
    .description(`${DEFINITIONS[name].description}; writes runs/<id>/ (config, results, checkpoint, plots)`)
    .option('--optimizer <kind>', 'outer loop: es | ce | sa | ga | grid', 'es')
    .option('--seed <n>', 'run seed (optimizer streams and training tasks)', '1')
    .option('--out <dir>', 'run directory (default: runs/<experiment>-<optimizer>-s<seed>-<time>-<id>)')
    .option('--workers <n>', 'worker threads for the episodes, one inner loop each (0: none; default: one per core)')
    .option('--quick', 'scaled-down settings (about a minute on 2 cores with the chip); recorded in config.json')
    .option('--resume <dir>', 'continue the run in DIR from its last checkpoint (settings come from DIR/config.json)')
    .option('--backend <name>', 'inner loop: chip | software (default: chip when it is available)')
    .option('--config <file>', 'JSON file overriding settings (optimizer, tasksPerEvaluation, steps, taskSampling, testTasks, ...)')
    .option('--on-chip', 'run the outer loop (es | ce | sa) on the chip as a PPU program; the host only streams tasks (docs/onchip.md)')
    .action(async (o: Record<string, string | boolean | undefined>, cmd: Command) => {
      const l2l = await load();
      const workers = workersOption(o.workers as string | undefined);
      let dir: string;
      if (o.resume !== undefined) {
        const given = ['optimizer', 'seed', 'out', 'quick', 'backend', 'config', 'onChip'].filter((k) => cmd.getOptionValueSource(k) === 'cli');
        if (given.length) throw new UserError(`--resume takes every setting from ${join(o.resume as string, 'config.json')}; drop ${given.map((k) => `--${kebab(k)}`).join(', ')}`);
        dir = o.resume as string;
        const run = l2l.readRunFile(dir);
        if (run.config.experiment !== name) throw new UserError(`--resume ${dir}: that is a ${run.config.experiment} run, not ${name}`);
      } else {
        const given = l2l.resolveExperimentConfig({
          experiment: name,
          optimizer: o.optimizer as string,
          seed: seedOption(o.seed as string),
          quick: o.quick === true,
          backend: (o.backend as string | undefined) ?? (o.onChip ? 'chip' : await l2l.defaultBackend()),
          onChip: o.onChip === true,
          ...(o.config !== undefined ? { overrides: l2l.readOverrides(o.config as string), where: o.config as string } : {}),
        });
        // An unknown backend or a bad backend option is an error before anything is written;
        // config.json records the backend's options with their defaults.
        const loop = await l2l.innerLoop(given.backend.name);
        const config = { ...given, backend: { name: given.backend.name, options: loop.resolveOptions(o.onChip ? l2l.onChipBackendOptions(given.backend.options) : given.backend.options) } };
        dir = (o.out as string | undefined) ?? join('runs', l2l.runId(config));
        const flags = Object.entries(o).flatMap(([k, v]) => (v === true ? [`--${kebab(k)}`] : typeof v === 'string' ? [`--${kebab(k)}`, v] : []));
        l2l.createRunDir(dir, config, ['dls', 'experiment', name, ...flags]);
      }
      const run = l2l.readRunFile(dir);
      if (run.config.onChip) process.stderr.write(l2l.onChipMemoryMap(run.config));
      const progress = createProgress();
      const stop = stopControl((line) => progress.log(line));
      process.stderr.write(`dls experiment ${name}: ${dir} (${workers} worker${workers === 1 ? '' : 's'})\n`);
      try {
        const r = await l2l.runInDir({ dir, workers, progress, control: stop.control });
        if (r.status === 'stopped') {
          process.stderr.write(`stopped after ${r.generationsDone} generation${r.generationsDone === 1 ? '' : 's'}; checkpoint: ${join(dir, 'checkpoint.json')}\ncontinue with: dls experiment ${name} --resume ${dir}\n`);
          setStatus(130);
          return;
        }
        process.stdout.write(readFileSync(join(dir, 'summary.md'), 'utf8'));
        process.stderr.write(`finished in ${r.wallSeconds.toFixed(1)} s; results in ${dir}/ (results.json, results.csv, summary.md, summary.json, *.svg)\n`);
      } finally {
        stop.dispose();
      }
    });
}

export function register(program: Command, setStatus: (code: number) => void): void {
  const exp = program.command('experiment').description('learning-to-learn experiments: run, resume, evaluate on test tasks, plot (docs/experiments.md)');
  for (const name of EXPERIMENTS) registerRun(exp, name, setStatus);

  exp
    .command('evaluate')
    .description('evaluate a Theta on fresh test tasks: mean reward with 95% CI and normalised score, against the random and optimal policies')
    .argument('[run-dir]', 'a finished run (its family, episode length and backend are used)')
    .option('--theta <which>', 'initial | final | best (of the run), or a JSON file of parameter values', 'final')
    .option('--experiment <name>', `family of the test tasks without a run dir: ${EXPERIMENTS.join(' | ')}`, 'mdp-l2l')
    .option('--tasks <n>', 'number of test tasks', '50')
    .option('--backend <name>', 'inner loop (default: the run\'s, else chip when available)')
    .option('--workers <n>', 'worker threads (default: one per core)')
    .option('--json <file>', 'write the report as JSON (default with a run dir: RUN_DIR/evaluation-<theta>-<n>.json)')
    .action(async (runDir: string | undefined, o: Record<string, string | undefined>) => {
      const l2l = await load();
      const tasks = parseIntOption('--tasks', o.tasks!);
      if (tasks < 2) throw new UserError(`--tasks must be at least 2 (a confidence interval needs two), not '${o.tasks}'`);
      const workers = workersOption(o.workers);
      const which = o.theta!;
      const isFile = !['initial', 'final', 'best'].includes(which);
      let params;
      if (runDir !== undefined) {
        const { config } = l2l.readRunFile(runDir);
        const backend = o.backend ?? config.backend.name;
        params = {
          family: config.family,
          testSeed: config.testSeed,
          steps: config.steps,
          backend,
          backendOptions: backend === config.backend.name ? config.backend.options : {},
          theta: isFile ? l2l.readThetaFile(which) : l2l.thetaOfRun(runDir, which),
        };
      } else {
        if (!isFile) throw new UserError(`--theta ${which} needs a run dir; without one, give a Theta file`);
        if (!(EXPERIMENTS as readonly string[]).includes(o.experiment!)) throw new UserError(`--experiment must be one of ${EXPERIMENTS.join(', ')}, not '${o.experiment}'`);
        const def = DEFINITIONS[o.experiment as ExperimentName];
        params = { family: def.family, testSeed: l2l.TEST_SEED, steps: def.steps, backend: o.backend ?? (await l2l.defaultBackend()), backendOptions: {}, theta: l2l.readThetaFile(which) };
      }
      const report = await l2l.evaluateOnTestTasks({ ...params, tasks, workers, thetaSource: isFile ? which : `${which} of the run`, progress: createProgress() });
      process.stdout.write(l2l.evaluationMarkdown(report));
      const out = o.json ?? (runDir !== undefined ? join(runDir, `evaluation-${isFile ? 'file' : which}-${tasks}.json`) : undefined);
      if (out) {
        writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
        process.stderr.write(`wrote ${out}\n`);
      }
    });

  exp
    .command('plot')
    .description('redraw a run\'s figures, or compare several runs (ES vs CE vs SA): fitness and transfer curves, a table')
    .argument('<run-dirs...>', 'finished runs')
    .option('--out <dir>', 'where to write (default: the run dir for one run, runs/comparison for several)')
    .action(async (dirs: string[], o: Record<string, string | undefined>) => {
      const l2l = await load();
      const runs = dirs.map((d) => {
        const f = join(d, 'results.json');
        if (!existsSync(f)) throw new UserError(`${d}: no results.json (is the run finished?)`);
        const r = JSON.parse(readFileSync(f, 'utf8')) as import('../../../experiments/l2l/index.js').Results;
        if (r.format !== 'dls-l2l-results') throw new UserError(`${f}: not the results of an L2L run`);
        return r;
      });
      if (runs.length === 1) {
        const out = o.out ?? dirs[0]!;
        mkdirSync(out, { recursive: true });
        const files = await l2l.writePlots(out, runs[0]!);
        process.stderr.write(`wrote ${files.map((f) => join(out, f)).join(', ')}\n`);
        return;
      }
      const out = o.out ?? join('runs', 'comparison');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'comparison.svg'), await l2l.svgOf(l2l.comparisonPanels(runs)));
      const table = l2l.comparisonTable(runs);
      const md = [
        `Runs: ${dirs.join(', ')}`,
        '',
        '| optimizer | runs | seeds | optimized Theta: test reward | 95% CI over runs | score | initial Theta: test reward |',
        '|---|---:|---|---:|---|---:|---:|',
        ...table.map((t) => `| ${t.name} | ${t.runs} | ${t.seeds.join(' ')} | ${t.optimized.mean.toFixed(2)} | [${t.optimized.lower.toFixed(2)}, ${t.optimized.upper.toFixed(2)}] | ${t.score.mean.toFixed(3)} | ${t.initial.mean.toFixed(2)} |`),
        '',
      ].join('\n');
      writeFileSync(join(out, 'comparison.md'), md);
      writeFileSync(join(out, 'comparison.json'), `${JSON.stringify({ runs: dirs, table }, null, 2)}\n`);
      process.stdout.write(md);
      process.stderr.write(`wrote ${join(out, 'comparison.svg')}, comparison.md, comparison.json\n`);
    });
}
