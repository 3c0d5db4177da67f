// `dls experiment mdp-l2l|maze-l2l --on-chip` as a user runs it (child processes, tiny settings):
// it prints the SRAM map, everything fits in 16 KiB, it reports cycles per inner step and per
// outer iteration, and it writes the same output files as the host-side run, so that
// `dls experiment plot` puts both side by side.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../experiments/l2l/index.js';
import { runDls, type DlsResult } from '../helpers/run-dls.js';

const root = mkdtempSync(join(tmpdir(), 'dls-onchip-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dls = (args: string[]) => runDls(args, root);
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const OUTPUTS = ['checkpoint.json', 'config.json', 'fitness.svg', 'learning.svg', 'results.csv', 'results.json', 'summary.json', 'summary.md', 'timing.json', 'transfer.svg'];

// Two generations of 3 ES individuals on one 20-step task each: seconds, not minutes.
const config = join(root, 'config.json');
const onChip = join(root, 'onchip');
const host = join(root, 'host');
let onChipRun: DlsResult;

beforeAll(async () => {
  writeFileSync(config, JSON.stringify({ tasksPerEvaluation: 1, steps: 20, transferTasks: 2, testTasks: 2, optimizer: { populationSize: 1, nIterations: 2 } }));
  const common = ['experiment', 'mdp-l2l', '--optimizer', 'es', '--quick', '--seed', '3', '--workers', '1', '--config', config];
  onChipRun = await dls([...common, '--on-chip', '--out', onChip]);
  expect(onChipRun.status, onChipRun.stderr).toBe(0);
  const h = await dls([...common, '--backend', 'chip', '--out', host]);
  expect(h.status, h.stderr).toBe(0);
});

/** The regions of a printed memory map: [start, end, bytes, name]. */
function regions(map: string): { start: number; end: number; bytes: number; name: string }[] {
  return [...map.matchAll(/^ {2}0x([0-9a-f]{4})\.\.0x([0-9a-f]{4}) +(\d+) B {2}(.+)$/gm)].map((m) => ({ start: parseInt(m[1]!, 16), end: parseInt(m[2]!, 16), bytes: Number(m[3]), name: m[4]! }));
}

describe('dls experiment mdp-l2l --on-chip', () => {
  it('prints the SRAM map, and everything (code, data, stack, mailbox) fits in 16 KiB without overlap', () => {
    const map = read(onChip, 'memory-map.txt');
    expect(onChipRun.stderr).toContain(map);
    expect(map).toMatch(/^SRAM map of experiments\/l2l\/onchip\/es\.dsl \(16 KiB: 0x0000\.\.0x3fff\)/);
    const r = regions(map);
    const names = r.map((x) => x.name);
    expect(names[0]).toMatch(/^code \(\d+ functions\)$/);
    for (const name of ['free', 'stack (deepest use)', 'mailbox: task slot 0 (starting points before the run)', 'mailbox: task slot 1', 'mailbox: log entry 0', 'mailbox: log entry 1']) expect(names).toContain(name);
    // In order from 0 to 16 KiB: nothing overlaps, nothing is left out but alignment padding.
    let at = 0;
    for (const x of r) {
      expect(x.start).toBeGreaterThanOrEqual(at);
      expect(x.start - at).toBeLessThan(16);
      expect(x.bytes).toBe(x.end - x.start + 1);
      at = x.end + 1;
    }
    expect(at).toBe(16384);
    const totals = map.match(/code (\d+) B, data (\d+) B, stack (\d+) B, free (\d+) B below the mailbox; mailbox 4096 B/)!;
    const [code, data, stack, free] = totals.slice(1).map(Number) as [number, number, number, number];
    expect(code + data + stack + free + 4096).toBe(16384);
    expect(free).toBeGreaterThanOrEqual(0);
    const results = JSON.parse(read(onChip, 'results.json')) as Results;
    expect(results.onChip!.memory).toEqual({ code, data, stack, free, mailbox: 4096 });
  });

  it('reports cycles per inner step and per outer iteration', () => {
    const summary = read(onChip, 'summary.md');
    const step = summary.match(/Inner step: (\d+) cycles on the step grid \(network phase (\d+); the longest step took (\d+) cycles\)/)!;
    expect(step).not.toBeNull();
    // The longest step's work fits its grid slot (no step ran late).
    expect(Number(step[3])).toBeLessThanOrEqual(Number(step[1]));
    const outer = summary.match(/Outer iteration: (\d+) cycles on average/)!;
    // 3 individuals x 1 task: 3 episodes of 100000 quiet cycles and 20 steps of 4000 cycles;
    // loading tasks and the optimizer's own work add less than a tenth.
    const episodes = 3 * (100_000 + 20 * 4000);
    expect(Number(outer[1])).toBeGreaterThanOrEqual(episodes);
    expect(Number(outer[1])).toBeLessThan(1.1 * episodes);
    const results = JSON.parse(read(onChip, 'results.json')) as Results;
    expect(results.onChip!.stepCyclesMax).toBe(Number(step[3]));
    expect(results.onChip!.gridSkips).toBe(0);
  });

  it('writes the files of the host-side run (plus its memory map), with the same record structure', () => {
    const files = (d: string) => readdirSync(d).sort();
    expect(files(host)).toEqual(OUTPUTS);
    expect(files(onChip)).toEqual([...OUTPUTS, 'memory-map.txt'].sort());
    const a = JSON.parse(read(onChip, 'results.json')) as Results & Record<string, unknown>;
    const b = JSON.parse(read(host, 'results.json')) as Results & Record<string, unknown>;
    expect(Object.keys(a).filter((k) => k !== 'onChip').sort()).toEqual(Object.keys(b).sort());
    expect(read(onChip, 'results.csv').split('\n')[0]).toBe(read(host, 'results.csv').split('\n')[0]);
    // The same starting point and the same test tasks: the initial Theta scores alike.
    expect(a.summary).toBeDefined();
    const initialRow = (md: string) => md.split('\n').find((l) => l.startsWith('| initial Theta, chip inner loop |'));
    expect(initialRow(read(onChip, 'summary.md'))).toBe(initialRow(read(host, 'summary.md')));
  });

  it('plots the two runs side by side', async () => {
    const out = join(root, 'plots');
    const r = await dls(['experiment', 'plot', onChip, host, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).some((f) => f.endsWith('.svg'))).toBe(true);
  });

  it('refuses an optimizer the PPU does not run, before writing anything', async () => {
    const r = await dls(['experiment', 'mdp-l2l', '--on-chip', '--optimizer', 'ga', '--quick', '--out', join(root, 'ga')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--on-chip: the PPU runs es, ce, sa; 'ga' runs on the host only/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dls experiment maze-l2l --on-chip', () => {
  it('runs SA on the chip on mazes and writes the maze run\'s files (with the policy figure)', async () => {
    const maze = join(root, 'maze.json');
    writeFileSync(maze, JSON.stringify({ tasksPerEvaluation: 1, steps: 20, transferTasks: 2, testTasks: 2, optimizer: { parallelRuns: 3, nIterations: 2 } }));
    const dir = join(root, 'maze');
    const r = await dls(['experiment', 'maze-l2l', '--on-chip', '--optimizer', 'sa', '--quick', '--seed', '2', '--workers', '1', '--config', maze, '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('SRAM map of experiments/l2l/onchip/sa.dsl (16 KiB: 0x0000..0x3fff)');
    expect(readdirSync(dir).sort()).toEqual([...OUTPUTS, 'memory-map.txt', 'policy.svg'].sort());
    const results = JSON.parse(read(dir, 'results.json')) as Results;
    expect(results.generations).toHaveLength(2);
    expect(results.generations.every((g) => g.evaluations === 3)).toBe(true);
    expect(results.onChip!.program).toBe('experiments/l2l/onchip/sa.dsl');
  });
});
