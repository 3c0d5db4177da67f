// `dls regress` on the command line: the project suite checked against its committed goldens (the
// CI check), a model variant failing with exit status 1 and the first divergence in the JSON
// report, record / --update with its review summary, diff of two traces (with a rules file, and a
// bad one located), import and show, and `dls chip --trace` giving the suite's golden trace.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../host/cli/main.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOLDEN = join(REPO, 'regress', 'suite', 'golden');
const dir = mkdtempSync(join(tmpdir(), 'dls-regress-cli-'));

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

interface JsonReport {
  format: string;
  status: string;
  entries: { entry: string; status: string; sameModel: boolean; first: { signal: string; cycle: number | null } | null }[];
}

describe('dls regress check', () => {
  it('the project suite passes against regress/suite/golden (what CI runs)', async () => {
    const json = join(dir, 'suite.json');
    expect(await main(['regress', 'check', '--json', json])).toBe(0);
    expect(out).toMatch(/^dls regress check: suite dls, model default \[[0-9a-f]{16}\]\n/);
    expect(out).toMatch(/\nPASS: 12 entries: 12 identical, 0 within tolerance, 0 diverged\n$/);
    const { readFileSync } = await import('node:fs');
    const r = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    expect(r.format).toBe('dls-regress-report');
    expect(r.status).toBe('pass');
    expect(r.entries).toHaveLength(12);
    for (const e of r.entries) expect([e.entry, e.status, e.sameModel]).toEqual([e.entry, 'identical', true]);
  });

  it('a variant fails with status 1; the JSON report names the first divergence', async () => {
    expect(await main(['regress', 'check', '--only', 'plasticity', '--set', 'ppuTiming.latency.load=3', '--json', '-'])).toBe(1);
    const r = JSON.parse(out) as JsonReport;
    expect(r.status).toBe('fail');
    expect(r.entries[0]).toMatchObject({ entry: 'plasticity', status: 'diverged', sameModel: false, first: { signal: 'ppu.counts', cycle: 5390 } });
    expect(err).toMatch(/^DIVERGED {9}plasticity \([\d.]+ s\): first divergence ppu\.counts at cycle 5390/);
  });

  it('bad options are located errors (status 2)', async () => {
    expect(await main(['regress', 'check', '--only', 'nonesuch'])).toBe(2);
    expect(err).toMatch(/--only: suite dls has no entry nonesuch \(entries: poisson, plasticity/);
    err = '';
    expect(await main(['regress', 'check', '--set', 'neuron.tauMemScale'])).toBe(2);
    expect(err).toMatch(/expected PART=NAME@VERSION or PART\.PARAM=VALUE/);
  });
});

describe('dls regress record --update', () => {
  it('records a suite, refuses to overwrite, and re-records with a review summary of what changed', async () => {
    const sdir = join(dir, 'mini');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sdir);
    writeFileSync(join(sdir, 'suite.json'), JSON.stringify({
      format: 'dls-regress-suite', version: 1, name: 'mini',
      entries: [
        { name: 'step', scenario: join(REPO, 'test', 'chip', 'brian2', 'step-current.json') },
        { name: 'refractory', scenario: join(REPO, 'test', 'chip', 'brian2', 'refractory.json') },
      ],
    }));
    expect(await main(['regress', 'record', sdir])).toBe(0);
    expect(out).toBe(`recorded 2 golden traces in ${sdir}/golden\n`);
    out = '';
    err = '';
    expect(await main(['regress', 'record', sdir])).toBe(2);
    expect(err).toMatch(/golden traces exist for step, refractory: use --update/);
    out = '';
    expect(await main(['regress', 'record', sdir, '--update'])).toBe(0);
    expect(out).toBe([
      'dls regress record --update: model default: neuron: lif-exact@1; correlation: nn-symmetric@1; ppuTiming: nux-rtl@1; mismatch: from-config@1; router: fpga-bypass@1',
      '  unchanged  step',
      '  unchanged  refractory',
      '0 changed, 0 new, 2 unchanged',
      '',
    ].join('\n'));
    out = '';
    expect(await main(['regress', 'record', sdir, '--update', '--only', 'step', '--set', 'neuron.tauMemScale=1.01'])).toBe(0);
    expect(out).toMatch(/^dls regress record --update: model default\+neuron\.tauMemScale=1\.01: neuron: lif-exact@1 \{tauMemScale=1\.01\};/);
    expect(out).toContain('  CHANGED    step: re-recorded (the old golden\'s model: default: neuron: lif-exact@1;');
    expect(out).toMatch(/\n {6}spikes: from cycle 271 \(2\.76531 ms bio\): neuron 29, spike 1: cycle 272 \(golden\) vs 271 \(new\), shift -1 > 0 cycles\n/);
    expect(out).toMatch(/\n1 changed, 0 new, 0 unchanged\n$/);
    // The default model now diverges from the re-recorded golden; check --update puts it back.
    out = '';
    expect(await main(['regress', 'check', sdir])).toBe(1);
    expect(out).toMatch(/DIVERGED {9}step .*first divergence spikes at cycle 271/);
    expect(out).toMatch(/identical {8}refractory/);
    out = '';
    expect(await main(['regress', 'check', sdir, '--update'])).toBe(0);
    expect(out).toMatch(/CHANGED {4}step: re-recorded \(the old golden's model: default\+neuron\.tauMemScale=1\.01/);
    out = '';
    expect(await main(['regress', 'check', sdir])).toBe(0);
    expect(out).toMatch(/\nPASS: 2 entries: 2 identical/);
  });
});

describe('dls regress diff, import, show; dls chip --trace', () => {
  const poissonGolden = join(GOLDEN, 'poisson.trace.json.gz');

  it('diff --suite replays the entry with each trace\'s model and names the first instruction that differs', async () => {
    const v = join(dir, 'plasticity-load3.trace.json');
    expect(await main(['chip', join(REPO, 'examples', 'chip', 'plasticity.json'), '--out', join(dir, 'plasticity-out'), '--set', 'ppuTiming.latency.load=3', '--trace', v])).toBe(0);
    const html = join(dir, 'diff.html');
    out = '';
    expect(await main(['regress', 'diff', join(GOLDEN, 'plasticity.trace.json.gz'), v, '--suite', '--html', html])).toBe(1);
    expect(out).toMatch(/\nfirst instruction that differs \(#\d+, issue cycle\): golden cycle \d+ pc 0x[0-9a-f]+ \S.*\| new cycle \d+ pc 0x[0-9a-f]+ /);
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<p class="first-instruction">First instruction that differs between the golden model and the new one: #\d+/);
    expect(page).toMatch(/<h4>instructions, golden model \(replayed\)<\/h4><table class="insns">/);
    expect(page).not.toMatch(/id="instructions-note"/);
    // Without a PPU program there is nothing to replay; the report says so.
    const p = join(dir, 'poisson-tau.trace.json');
    expect(await main(['chip', join(REPO, 'examples', 'chip', 'poisson.json'), '--out', join(dir, 'poisson-out'), '--set', 'neuron.tauMemScale=1.01', '--trace', p])).toBe(0);
    out = '';
    expect(await main(['regress', 'diff', poissonGolden, p, '--suite', '--html', html])).toBe(1);
    expect(out).toMatch(/\nno instruction view: entry poisson runs no PPU program/);
    expect(readFileSync(html, 'utf8')).toMatch(/<p class="note" id="instructions-note">entry poisson runs no PPU program/);
  });

  it('dls chip --trace writes the same signals as the golden trace of the suite entry', async () => {
    const t = join(dir, 'chip-poisson.trace.json.gz');
    expect(await main(['chip', join(REPO, 'examples', 'chip', 'poisson.json'), '--out', join(dir, 'chip-out'), '--trace', t])).toBe(0);
    out = '';
    expect(await main(['regress', 'diff', poissonGolden, t])).toBe(0);
    expect(out).toMatch(/: identical\n/);
    expect(out).not.toMatch(/DIVERGED|within tolerance/);
    // and with a variant: the model line is printed and the diff fails, naming the first divergence
    out = '';
    const v = join(dir, 'chip-poisson-tau.trace.json');
    expect(await main(['chip', join(REPO, 'examples', 'chip', 'poisson.json'), '--out', join(dir, 'chip-out2'), '--set', 'neuron.tauMemScale=1.01', '--trace', v])).toBe(0);
    expect(out).toMatch(/^model default\+neuron\.tauMemScale=1\.01: neuron: lif-exact@1 \{tauMemScale=1\.01\}/);
    out = '';
    expect(await main(['regress', 'diff', poissonGolden, v])).toBe(1);
    expect(out).toMatch(/\nfirst divergence: membrane at cycle 60 \(0\.612245 ms bio\)\n$/);
    expect(out).toMatch(/DIVERGED {9}spikes \[spike times within 0 cycles\]: cycle 575/);
    // a rules file can accept it
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ spikes: { rule: 'rates' }, membrane: { rule: 'ignore' }, 'snapshot.*': { rule: 'ignore' } }));
    out = '';
    expect(await main(['regress', 'diff', poissonGolden, v, '--rules', rules, '--json', '-'])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ verdict: 'within', first: null });
    // a bad rules file is located
    writeFileSync(rules, '{\n  "spikes": { "rule": "spike-times", "toleranceCycles": -2 }\n}\n');
    err = '';
    expect(await main(['regress', 'diff', poissonGolden, v, '--rules', rules])).toBe(2);
    expect(err).toMatch(/rules\.json:2:\d+: error: .*toleranceCycles.*must be an integer in 0\.\./s);
  });

  it('import of dls chip output files, then show and diff against the model trace', async () => {
    const chipOut = join(dir, 'chip-out');
    const t = join(dir, 'imported.trace.json');
    out = '';
    expect(await main(['regress', 'import', '--spikes', join(chipOut, 'spikes.csv'), '--membrane', join(chipOut, 'membrane.csv'), '--name', 'scope', '--duration', '29400', '--out', t])).toBe(0);
    expect(out).toMatch(/imported\.trace\.json: \d+ spikes, \d+ samples of 4 channels, 29400 cycles\n$/);
    out = '';
    expect(await main(['regress', 'show', t])).toBe(0);
    expect(out).toMatch(/^scope: dls-trace version 1, 29400 cycles/);
    expect(out).toContain('model: none (an external recording)');
    // The CSV's spikes are the model's; its membrane has 6 decimals of mV (1 nV): within 1e-6 V.
    const rules = join(dir, 'rec-rules.json');
    writeFileSync(rules, JSON.stringify({ 'snapshot.*': { rule: 'ignore' } }));
    out = '';
    const code = await main(['regress', 'diff', poissonGolden, t, '--rules', rules]);
    expect(out).toMatch(/identical {8}spikes/);
    expect(out).toMatch(/(identical|within tolerance) +membrane/);
    // the golden has snapshot signals the recording lacks: reported as missing
    expect(out).toMatch(/DIVERGED {9}snapshot\.causal \[-\]: whole run: signal only in the golden trace/);
    expect(code).toBe(1);
    err = '';
    expect(await main(['regress', 'import', '--out', t])).toBe(2);
    expect(err).toMatch(/nothing to import/);
  });
});

describe('dls regress: bad input is for the user to fix, never an internal error', () => {
  it('a rule that does not fit the signal it matches, and an output file in a missing directory', async () => {
    const g = join(GOLDEN, 'poisson.trace.json.gz');
    const rules = join(dir, 'analog-everywhere.json');
    writeFileSync(rules, '{ "*": { "rule": "analog" } }');
    expect(await main(['regress', 'diff', g, g, '--rules', rules])).toBe(2);
    expect(err).toMatch(/rule "analog" applies to sample signals, but it matched signal spikes \(spikes\)/);
    expect(err).not.toMatch(/internal error/);
    err = '';
    const missing = join(dir, 'no-such-dir', 'report.json');
    expect(await main(['regress', 'diff', g, g, '--json', missing])).toBe(2);
    expect(err).toContain(`cannot open ${missing}: no such file or directory`);
    expect(err).not.toMatch(/internal error/);
  });
});
