// `dls calibrate`: measure the neurons of one emulated chip like a hardware user (spikes, rate
// counters, membrane recordings) and write a calibration file that scenarios and experiments load
// (docs/calibration.md).

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../../common/errors.js';
import { CALIBRATED_PARAMS, calibrate, defaultTargets, loadTargetsFile, PARAM_INFO } from '../../../chip/index.js';
import { parseIntOption } from '../options.js';

export function register(program: Command): void {
  program
    .command('calibrate')
    .description('calibrate the neurons of an emulated chip (mismatch mode) to targets; writes a calibration file')
    .option('--seed <n>', 'which chip: the seed of its fixed-pattern mismatch', '0')
    .option('--targets <file>', 'targets file (docs/calibration.md); default: the built-in targets')
    .option('--out <file>', 'write the calibration here (default: print it to stdout)')
    .option('--mismatch-scale <x>', 'scale of the mismatch sigmas (1 = the documented chip)', '1')
    .option('--ideal', 'calibrate an ideal chip (no mismatch; for comparison)')
    .action((o: { seed: string; targets?: string; out?: string; mismatchScale: string; ideal?: boolean }) => {
      const seed = parseIntOption('--seed', o.seed);
      if (seed > 0xffffffff) throw new UserError(`--seed must be at most 4294967295, not ${seed}`);
      const scale = Number(o.mismatchScale);
      if (o.mismatchScale.trim() === '' || !(scale >= 0 && scale <= 10)) throw new UserError(`--mismatch-scale must be a number in 0..10, not '${o.mismatchScale}'`);
      const targets = o.targets ? loadTargetsFile(o.targets) : defaultTargets();
      const r = calibrate({ seed, mode: o.ideal ? 'ideal' : 'mismatch', mismatchScale: scale, targets });
      const text = r.calibration.toJson();
      const f = r.calibration.file;
      if (!o.out) {
        process.stdout.write(text);
        return;
      }
      writeFileSync(o.out, text);
      const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
      const lines = [
        `chip seed ${seed} (${f.chip.mode}, mismatch scale ${scale}): ${r.runs} measurement runs, ${r.cycles} cycles`,
        `${'parameter'.padEnd(11)} ${'before: sd'.padStart(12)} ${'worst'.padStart(9)} ${'in 5%'.padStart(6)}   ${'after: sd'.padStart(12)} ${'worst'.padStart(9)} ${'in 5%'.padStart(6)}`,
      ];
      for (const p of CALIBRATED_PARAMS) {
        const b = f.report.before[p];
        const a = f.report.after[p];
        const u = PARAM_INFO[p].unit === 'V' ? 'mV' : 'ms';
        const sd = (x: number) => `${(PARAM_INFO[p].unit === 'V' ? x * 1e3 : x).toFixed(3)} ${u}`;
        lines.push(`${p.padEnd(11)} ${sd(b.sd).padStart(12)} ${pct(b.worstRelativeError).padStart(9)} ${`${b.within5Percent}/32`.padStart(6)}   ${sd(a.sd).padStart(12)} ${pct(a.worstRelativeError).padStart(9)} ${`${a.within5Percent}/32`.padStart(6)}`);
      }
      lines.push('(reset has one code shared by all neurons: only its mean can be calibrated)');
      for (const w of r.warnings) lines.push(`warning: ${w}`);
      lines.push(`wrote ${o.out}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
