// Writes the differential fixtures of the PPU sampler: task binaries (from the generators) and,
// for each, the episode trace that the independent Python reference
// (scripts/ppu-sampler-reference.py, written from docs/tasks.md) computes from the bytes alone.
// test/host/tasks-ppu-differential.test.ts compares the TypeScript reference with these.
//
//   npx tsx scripts/ppu-sampler-fixtures.ts        (needs /usr/bin/python3)

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeTaskBinary, generateMazeTask, generateRandomMdpTask, type Task } from '../host/tasks/index.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../test/host/fixtures/ppu-sampler/', import.meta.url));
export const REFERENCE_SCRIPT = fileURLToPath(new URL('./ppu-sampler-reference.py', import.meta.url));
/** The agent of the traces: a_t = below(A) from an LCG with this seed (as in the Python script). */
export const AGENT_SEED = 0xa5a5a5a5;

export const PPU_SAMPLER_FIXTURES: { name: string; task: () => Task }[] = [
  { name: 'mdp-6x8-transition', task: () => generateRandomMdpTask({ seed: 2019, index: 0, episodeLength: 500 }) },
  { name: 'mdp-5x3-state-action', task: () => generateRandomMdpTask({ seed: 2019, index: 1, states: 5, actions: 3, rewardShape: 'state-action', episodeLength: 500 }) },
  { name: 'maze-4x4', task: () => generateMazeTask({ seed: 2019, index: 0, width: 4, height: 4, episodeLength: 500 }) },
];

function main(): void {
  for (const f of PPU_SAMPLER_FIXTURES) {
    const bin = `${FIXTURE_DIR}${f.name}.bin`;
    writeFileSync(bin, encodeTaskBinary(f.task()));
    const trace = execFileSync('/usr/bin/python3', [REFERENCE_SCRIPT, bin], { encoding: 'utf8' });
    writeFileSync(`${FIXTURE_DIR}${f.name}.trace.json`, trace);
    process.stdout.write(`wrote ${f.name}.bin and ${f.name}.trace.json\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
