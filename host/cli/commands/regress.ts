// `dls regress`: regression testing of chip models (docs/regress.md). `record` writes golden traces
// of a suite, `check` runs a model variant against them (terminal summary, --json for CI, --html
// report with the first divergence per signal plotted and the instructions there), `diff`
// compares two trace files, `import` turns external recordings into traces, `show` describes one.
//
// Like `dls experiment`, this reaches into a module above host/ (regress/ runs the L2L inner loop
// of experiments/); it is imported when a regress subcommand runs.

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../../common/errors.js';
import { describeModel, resolveModelOptions } from '../../../chip/index.js';
import { parseJsonSource } from '../../../common/json-source.js';
import { problemsError, zodProblems } from '../../../chip/index.js';
import { parseIntOption } from '../options.js';

const load = () => import('../../../regress/index.js');

const collect = (v: string, prev: string[]) => [...prev, v];
const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

function modelOf(o: { model?: string; set: string[] }) {
  return resolveModelOptions(o.model, o.set);
}

function out(file: string | undefined, text: string): void {
  if (!file) return;
  if (file === '-') process.stdout.write(text);
  else writeFileSync(file, text);
}

export function register(program: Command, setStatus: (code: number) => void): void {
  const cmd = program
    .command('regress')
    .description('regression testing of chip models: golden traces of a suite, checks of model variants, trace diffs, imports (docs/regress.md)');

  const modelOptions = (c: Command) => c
    .option('--model <file>', 'model variant (a dls-model JSON file; default: the model of docs/chip-model.md)')
    .option('--set <part.param=value>', 'change a part or parameter of the model, e.g. neuron.tauMemScale=1.01, ppuTiming.latency.load=3, correlation=all-to-all@1 (repeatable)', collect, [] as string[])
    .option('--only <entries>', 'comma-separated entry names (default: all)');

  modelOptions(cmd
    .command('record')
    .description('run every entry of a suite and write its golden trace (golden/<entry>.trace.json.gz)')
    .argument('[suite]', 'suite folder or manifest (default: the project suite regress/suite)')
    .option('--update', 're-record existing golden traces and summarise what changed'))
    .action(async (suiteArg: string | undefined, o: { model?: string; set: string[]; only?: string; update?: boolean }) => {
      const r = await load();
      const model = modelOf(o);
      const suite = r.loadSuite(suiteArg ?? r.PROJECT_SUITE);
      const changes = r.recordSuite(suite, model, {
        only: list(o.only), update: o.update,
        progress: (c) => process.stderr.write(`${c.change.padEnd(9)} ${c.entry}\n`),
      });
      process.stdout.write(o.update ? r.updateSummary(changes, `${model.name}: ${describeModel(model)}`) : `recorded ${changes.length} golden traces in ${suite.dir}/golden\n`);
    });

  modelOptions(cmd
    .command('check')
    .description('run a model variant on every entry of a suite and compare with the golden traces (exit 1 if any diverges)')
    .argument('[suite]', 'suite folder or manifest (default: the project suite regress/suite)')
    .option('--json <file>', 'write the JSON report here (- for stdout)')
    .option('--html <file>', 'write the HTML report here (divergences plotted, instructions replayed)')
    .option('--update', 're-record the golden traces with this model and summarise what changed (instead of failing)'))
    .action(async (suiteArg: string | undefined, o: { model?: string; set: string[]; only?: string; json?: string; html?: string; update?: boolean }) => {
      const r = await load();
      const model = modelOf(o);
      const suite = r.loadSuite(suiteArg ?? r.PROJECT_SUITE);
      if (o.update) {
        const changes = r.recordSuite(suite, model, { only: list(o.only), update: true });
        process.stdout.write(r.updateSummary(changes, `${model.name}: ${describeModel(model)}`));
        return;
      }
      const res = r.checkSuite(suite, model, {
        only: list(o.only), instructions: o.html !== undefined,
        progress: (e) => process.stderr.write(`${r.entryLine(e)}\n`),
      });
      if (o.json !== '-') process.stdout.write(r.terminalSummary(res));
      out(o.json, `${JSON.stringify(r.checkJson(res), null, 2)}\n`);
      if (o.html) writeFileSync(o.html, await r.checkHtml(res));
      if (res.status !== 'pass') setStatus(1);
    });

  cmd
    .command('diff')
    .description('compare two trace files signal by signal (exit 1 if they diverge)')
    .argument('<golden>', 'the reference trace')
    .argument('<new>', 'the trace to check')
    .option('--rules <file>', 'rules per signal (JSON: { "signal or pattern*": { "rule": ... } }; default: docs/regress.md)')
    .option('--json <file>', 'write the JSON report here (- for stdout)')
    .option('--html <file>', 'write the HTML report here')
    .option('--suite [suite]', 'replay the traces\' suite entry with each trace\'s model for the instruction view (default suite: regress/suite)')
    .action(async (a: string, b: string, o: { rules?: string; json?: string; html?: string; suite?: string | true }) => {
      const r = await load();
      let rules = {};
      if (o.rules) {
        const { readFileSync } = await import('node:fs');
        let text: string;
        try {
          text = readFileSync(o.rules, 'utf8');
        } catch (e) {
          throw new UserError(`--rules: cannot read ${o.rules}: ${(e as Error).message}`);
        }
        const src = parseJsonSource(text, o.rules);
        const p = r.ruleSetSchema.safeParse(src.value);
        if (!p.success) throw problemsError(zodProblems(p.error, src.value), src, o.rules);
        rules = p.data;
      }
      const ta = r.readTrace(a);
      const tb = r.readTrace(b);
      const c = r.compareTraces(ta, tb, rules);
      // Instructions only where the traces diverge (an identical pair has nothing to show).
      const view = o.suite !== undefined && c.verdict === 'diverged' ? r.diffInstructionView(r.loadSuite(o.suite === true ? r.PROJECT_SUITE : o.suite), ta, tb, c) : undefined;
      if (o.json !== '-') process.stdout.write(r.diffSummary(a, b, c, view));
      out(o.json, `${JSON.stringify({ ...r.comparisonJson(c), ...(view && 'first' in view && view.first ? { firstInstruction: view.first } : {}) }, null, 2)}\n`);
      if (o.html) {
        const e = {
          entry: tb.name, status: c.verdict, seconds: 0, comparison: c, error: null, goldenModel: null, sameModel: ta.fingerprint === tb.fingerprint, golden: ta, now: tb, rules,
          ...(view && !('reason' in view) ? { instructions: view } : {}),
        };
        writeFileSync(o.html, await r.diffHtml(a, b, e, view && 'reason' in view ? view.reason : undefined));
      }
      if (c.verdict === 'diverged') setStatus(1);
    });

  cmd
    .command('import')
    .description('turn an external recording (spikes and membrane samples as CSV, or a dls-recording JSON) into a trace')
    .option('--spikes <csv>', 'spikes: columns neuron and a time column (cycle, time_ms, time_chip_us, time_s, time_chip_s)')
    .option('--membrane <csv>', 'membrane samples: a time column and v<N>_mV (or v<N>_V) columns')
    .option('--json <file>', 'a dls-recording JSON document (docs/regress.md)')
    .option('--name <name>', 'trace name')
    .option('--duration <cycles>', 'run length in cycles (default: the recording\'s, else its last spike or sample)')
    .requiredOption('--out <file>', 'trace file to write (.trace.json, or .gz for gzip)')
    .action(async (o: { spikes?: string; membrane?: string; json?: string; name?: string; duration?: string; out: string }) => {
      const r = await load();
      const t = r.importRecording({ spikes: o.spikes, membrane: o.membrane, json: o.json, name: o.name, duration: o.duration !== undefined ? parseIntOption('--duration', o.duration) : undefined });
      r.writeTrace(t, o.out);
      const m = t.signals.membrane;
      process.stdout.write(`${o.out}: ${(t.signals.spikes as { cycle: number[] }).cycle.length} spikes${m && m.type === 'samples' ? `, ${m.cycle.length} samples of ${m.channels.length} channels` : ''}, ${t.duration} cycles\n`);
    });

  cmd
    .command('show')
    .description('describe a trace file: source, model, signals')
    .argument('<trace>', 'trace file')
    .action(async (file: string) => {
      const r = await load();
      process.stdout.write(r.describeTrace(r.readTrace(file)));
    });
}
