// `dls chip` and `dls calibrate` on the command line: byte-identical output directories for the
// same seed, bad scenarios and options rejected (status 2, located messages, nothing written), and
// a calibration file from `dls calibrate` that `dls chip --calibration` runs with.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../host/cli/main.js';
import { parseCalibration } from '../../chip/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const POISSON = join(REPO, 'examples', 'chip', 'poisson.json');

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'dls-cli-chip-'));

function files(d: string): Map<string, Buffer> {
  return new Map(readdirSync(d).sort().map((f) => [f, readFileSync(join(d, f))]));
}

describe('dls chip', () => {
  it('writes byte-identical files for the same seed and options', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    expect(await main(['chip', POISSON, '--out', a, '--seed', '7', '--mismatch'])).toBe(0);
    expect(out).toMatch(/^poisson: 300 ms biological \(29400 cycles\), \d+ input events, \d+ spikes \(mean [\d.]+ Hz\)\nwrote /);
    expect(await main(['chip', POISSON, '--out', b, '--seed', '7', '--mismatch'])).toBe(0);
    const fa = files(a);
    const fb = files(b);
    expect([...fa.keys()]).toEqual(['membrane.csv', 'plot.svg', 'snapshots.json', 'spikes.csv', 'spikes.json', 'summary.json', 'trace.vcd']);
    for (const [k, v] of fa) expect(fb.get(k)!.equals(v), k).toBe(true);
    // and in a separate process, through bin/dls.js
    const p = join(dir, 'p');
    execFileSync(process.execPath, [join(REPO, 'bin', 'dls.js'), 'chip', POISSON, '--out', p, '--seed', '7', '--mismatch'], { stdio: 'ignore' });
    for (const [k, v] of files(p)) expect(v.equals(fa.get(k)!), `${k} (other process)`).toBe(true);
    const c = join(dir, 'c');
    expect(await main(['chip', POISSON, '--out', c, '--seed', '8', '--mismatch'])).toBe(0);
    expect(files(c).get('spikes.csv')!.equals(fa.get('spikes.csv')!)).toBe(false);
  });

  it('rejects a bad scenario before anything runs (status 2, located messages, no output)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "format": "dls-scenario",\n  "version": 1,\n  "duration": -5,\n  "chip": { "neurons": [{ "threshold": "2 V" }] }\n}\n');
    const target = join(dir, 'never');
    expect(await main(['chip', bad, '--out', target])).toBe(2);
    expect(err).toContain(`${bad}:4:15: error: duration: must be positive (got -5)`);
    expect(existsSync(target)).toBe(false);
    err = '';
    writeFileSync(bad, '{ "format": "dls-scenario", "version": 1, "duration": 5, "chip": { "neurons": [{ "threshold": "2 V" }] } }');
    expect(await main(['chip', bad, '--out', target])).toBe(2);
    expect(err).toMatch(/error: chip\.neurons\[0\]\.threshold: "2 V" is outside the reachable range: 0 mV\.\.1200 mV/);
    expect(existsSync(target)).toBe(false);
    err = '';
    expect(await main(['chip', POISSON, '--seed', 'x'])).toBe(2);
    expect(err).toContain("--seed must be a non-negative integer (decimal or 0x hex), not 'x'");
    err = '';
    expect(await main(['chip', join(dir, 'missing.json')])).toBe(2);
    expect(err).toMatch(/cannot read scenario .*missing\.json: no such file/);
  });
});

describe('dls calibrate', () => {
  it('writes a calibration file that dls chip --calibration uses', async () => {
    const file = join(dir, 'calib.json');
    expect(await main(['calibrate', '--seed', '12', '--out', file])).toBe(0);
    expect(out).toMatch(/^chip seed 12 \(mismatch, mismatch scale 1\): \d+ measurement runs/);
    expect(out).toMatch(/\nthreshold +[\d.]+ mV +[\d.]+ % +\d+\/32 +[\d.]+ mV +[\d.]+ % +32\/32\n/);
    expect(out).toMatch(/\ntauMem +[\d.]+ ms +[\d.]+ % +\d+\/32 +[\d.]+ ms +[\d.]+ % +32\/32\n/);
    const cal = parseCalibration(readFileSync(file, 'utf8'), file);
    expect(cal.chip.seed).toBe(12);
    const sc = join(dir, 'cal-sc.json');
    writeFileSync(sc, JSON.stringify({ format: 'dls-scenario', version: 1, duration: 50, chip: { neuronDefaults: { threshold: '820 mV' } } }));
    const o = join(dir, 'cal-out');
    expect(await main(['chip', sc, '--out', o, '--calibration', file])).toBe(0);
    const summary = JSON.parse(readFileSync(join(o, 'summary.json'), 'utf8'));
    expect(summary.chipIdentity).toMatchObject({ mode: 'mismatch', seed: 12 });
    expect(summary.chip.neurons.map((n: { threshold: number }) => n.threshold)).toEqual(cal.file.neurons.map((n) => n.threshold.code));
    expect(summary.conversions[0]).toMatchObject({ field: 'chip.neuronDefaults.threshold', value: '820 mV', via: 'calibration' });
    // without --out the file goes to stdout
    out = '';
    expect(await main(['calibrate', '--seed', '12'])).toBe(0);
    expect(out).toBe(readFileSync(file, 'utf8'));
  });

  it('rejects bad options and targets', async () => {
    expect(await main(['calibrate', '--mismatch-scale', 'big'])).toBe(2);
    expect(err).toContain("--mismatch-scale must be a number in 0..10, not 'big'");
    err = '';
    const t = join(dir, 'targets.json');
    writeFileSync(t, '{\n  "format": "dls-calibration-targets",\n  "version": 1,\n  "tauMem": "1 ms"\n}\n');
    expect(await main(['calibrate', '--targets', t])).toBe(2);
    expect(err).toContain(`${t}:4:13: error: tauMem: must be in 4 ms..200 ms (got "1 ms")`);
  });
});
