// Calibrates the 5 chips of the calibration test (test/chip/calibration.test.ts) and prints the
// spread of every parameter before and after as Markdown, for docs/calibration.md.
//
//   node --import tsx scripts/calibration-report.ts

import { Rng } from '../common/random.js';
import { CALIBRATED_PARAMS, calibrate, PARAM_INFO, type SpreadStats } from '../chip/index.js';

const rng = Rng.stream(2024, 'test/calibration/chips');
const seeds = Array.from({ length: 5 }, () => rng.nextU32());
const rows = new Map<string, { before: SpreadStats[]; after: SpreadStats[] }>();
for (const seed of seeds) {
  const f = calibrate({ seed }).calibration.file;
  for (const p of CALIBRATED_PARAMS) {
    const r = rows.get(p) ?? { before: [], after: [] };
    r.before.push(f.report.before[p]);
    r.after.push(f.report.after[p]);
    rows.set(p, r);
  }
}
const show = (p: string, x: number) => (PARAM_INFO[p as keyof typeof PARAM_INFO].unit === 'V' ? `${(x * 1e3).toFixed(2)} mV` : `${x.toFixed(3)} ms`);
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
console.log(`chips (seeds): ${seeds.join(', ')}\n`);
console.log('| parameter | before: sd (mean over chips) | before: worst error | before: neurons within 5 % | after: sd | after: worst error | after: within 5 % |');
console.log('|---|---|---|---|---|---|---|');
for (const [p, r] of rows) {
  const meanSd = (s: SpreadStats[]) => s.reduce((a, b) => a + b.sd, 0) / s.length;
  const worst = (s: SpreadStats[]) => Math.max(...s.map((x) => x.worstRelativeError));
  const within = (s: SpreadStats[]) => `${s.reduce((a, b) => a + b.within5Percent, 0)}/${32 * s.length}`;
  console.log(`| ${p} | ${show(p, meanSd(r.before))} | ${pct(worst(r.before))} | ${within(r.before)} | ${show(p, meanSd(r.after))} | ${pct(worst(r.after))} | ${within(r.after)} |`);
}
