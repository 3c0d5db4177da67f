// Resuming an on-chip run (--on-chip --resume): the chip's state is not in the checkpoint, so a
// resumed run replays the chip from the start, checks each replayed generation against the
// checkpoint and then goes on. Stopped after one generation and resumed, it must end with the
// bytes of an uninterrupted run; a checkpoint that the replay contradicts is a located user error.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRunDir, innerLoop, onChipBackendOptions, resolveExperimentConfig, runInDir, type Checkpoint } from '../../experiments/l2l/index.js';
import { silentProgress } from '../../host/l2l/index.js';

const root = mkdtempSync(join(tmpdir(), 'dls-onchip-resume-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OUTPUTS = ['results.json', 'results.csv', 'summary.json', 'summary.md', 'fitness.svg', 'transfer.svg', 'learning.svg'];
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

// Three generations of one mirrored ES pair on one 20-step task each: seconds on the chip. The
// backend runs the on-chip inner loop's program, as `dls experiment --on-chip` sets it up.
const given = resolveExperimentConfig({
  experiment: 'mdp-l2l', optimizer: 'es', seed: 4, quick: true, backend: 'chip', onChip: true,
  overrides: { tasksPerEvaluation: 1, steps: 20, transferTasks: 2, testTasks: 2, optimizer: { populationSize: 1, nIterations: 3 } },
});
const loop = await innerLoop('chip');
const config = { ...given, backend: { name: 'chip', options: loop.resolveOptions(onChipBackendOptions(given.backend.options)) } };

async function run(name: string, control?: { stopRequested(): boolean; signal: AbortSignal }) {
  const dir = join(root, name);
  if (!existsSync(join(dir, 'config.json'))) createRunDir(dir, config, ['test']);
  const r = await runInDir({ dir, workers: 0, progress: silentProgress, ...(control ? { control } : {}) });
  return { dir, r };
}

/** Stop (as Ctrl-C does) once the checkpoint holds a generation; asked after every chip chunk. */
function stopAfterFirstGeneration(dir: string) {
  const file = join(dir, 'checkpoint.json');
  return {
    stopRequested: () => existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as Checkpoint).records.length >= 1,
    signal: new AbortController().signal,
  };
}

describe('dls experiment --on-chip --resume', () => {
  it('stopped after a generation and resumed, ends with the bytes of an uninterrupted run', async () => {
    const straight = await run('straight');
    expect(straight.r.status).toBe('finished');
    const stopped = await run('stopped', stopAfterFirstGeneration(join(root, 'stopped')));
    expect(stopped.r.status).toBe('stopped');
    const done = JSON.parse(read(stopped.dir, 'checkpoint.json')).records.length;
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(3);
    expect(existsSync(join(stopped.dir, 'results.json'))).toBe(false);
    const resumed = await run('stopped');
    expect(resumed.r.status).toBe('finished');
    for (const f of OUTPUTS) expect(read(resumed.dir, f), f).toBe(read(straight.dir, f));
  }, 120_000);

  it('a checkpoint that the replayed chip contradicts is refused, naming the file and generation', async () => {
    const stopped = await run('tampered', stopAfterFirstGeneration(join(root, 'tampered')));
    expect(stopped.r.status).toBe('stopped');
    const file = join(stopped.dir, 'checkpoint.json');
    const cp = JSON.parse(read(stopped.dir, 'checkpoint.json')) as Checkpoint;
    const rec = cp.records[0] as unknown as { fitnesses: number[] };
    rec.fitnesses[0] = rec.fitnesses[0]! + 1;
    writeFileSync(file, JSON.stringify(cp));
    await expect(run('tampered')).rejects.toThrow(/checkpoint\.json: generation 0 replayed on the chip differs from the checkpoint/);
  }, 120_000);
});
