// `dls chip SCENARIO.json`: run a scenario (docs/scenarios.md) on the emulated chip and write its
// spikes, membrane traces, snapshots, VCD trace, figure and summary to a directory. The scenario
// (and the calibration and program files it names) is checked completely before anything runs.

import { basename } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../../common/errors.js';
import { CYCLES_PER_BIO_MS, describeModel, loadScenario, resolveModelOptions, runScenario, writeScenarioOutputs } from '../../../chip/index.js';
import { assembleProgram, compileDslProgram } from '../../programs.js';
import { parseIntOption } from '../options.js';

export function register(program: Command, setStatus: (code: number) => void): void {
  program
    .command('chip')
    .description('run a chip scenario (JSON) and write spikes, membrane traces, snapshots, a VCD trace, an SVG plot and a summary')
    .argument('<scenario>', 'scenario file (docs/scenarios.md)')
    .option('--out <dir>', 'output directory (default: <scenario name>.out next to the working directory)')
    .option('--seed <n>', "scenario seed: input generators, and the chip's identity unless the scenario or calibration fixes it")
    .option('--mismatch', 'run the chip in mismatch mode')
    .option('--calibration <file>', "calibration file (from dls calibrate); replaces the scenario's")
    .option('--model <file>', 'model variant (dls-model JSON, docs/regress.md); default: the model of docs/chip-model.md')
    .option('--set <part.param=value>', 'change a part or parameter of the model, e.g. neuron.tauMemScale=1.01 (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--trace <file>', 'also write a dls-trace of the run (docs/regress.md; .gz compresses)')
    .action(async (file: string, o: { out?: string; seed?: string; mismatch?: boolean; calibration?: string; model?: string; set: string[]; trace?: string }) => {
      const seed = o.seed !== undefined ? parseIntOption('--seed', o.seed) : undefined;
      if (seed !== undefined && seed > 0xffffffff) throw new UserError(`--seed must be at most 4294967295, not ${seed}`);
      const model = o.model || o.set.length ? resolveModelOptions(o.model, o.set) : undefined;
      const sc = loadScenario(file, { seed, mismatch: o.mismatch, calibration: o.calibration, assemble: assembleProgram, compileDsl: compileDslProgram });
      const dir = o.out ?? `${basename(file).replace(/\.json$/i, '')}.out`;
      let run;
      if (o.trace) {
        // The regression module records the trace (it runs the scenario with its recorder attached).
        const r = await import('../../../regress/index.js');
        const traced = r.traceScenario(sc, model, { name: sc.name, description: `dls chip ${basename(file)}` });
        run = traced.run;
        r.writeTrace(traced.trace, o.trace);
      } else run = runScenario(sc, { model });
      if (model) process.stdout.write(`model ${model.name}: ${describeModel(model)}\n`);
      const files = await writeScenarioOutputs(run, dir);
      const ms = sc.duration / CYCLES_PER_BIO_MS;
      const rate = run.spikes.length / 32 / (ms / 1000);
      process.stdout.write(
        `${sc.name}: ${ms} ms biological (${sc.duration} cycles), ${sc.events.length} input events, ${run.spikes.length} spikes (mean ${rate.toFixed(2)} Hz)\n` +
          `wrote ${files.map((f) => `${dir}/${f}`).join(', ')}\n`,
      );
      if (run.ppu?.halt?.reason === 'trap') {
        const h = run.ppu.halt;
        process.stderr.write(`dls chip: the PPU program trapped (${h.cause}) at pc 0x${(h.pc ?? 0).toString(16)}, cycle ${h.cycle}; the chip ran on to the end\n`);
        setStatus(1);
      }
    });
}
