// Differential test of the PPU sampler: the TypeScript reference (host/tasks/ppu-reference.ts)
// against an independent Python implementation written from docs/tasks.md
// (scripts/ppu-sampler-reference.py). Committed traces are checked everywhere; the script is
// also run live when /usr/bin/python3 is installed. Regenerate with
// `npx tsx scripts/ppu-sampler-fixtures.ts`.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Lcg, decodeTaskBinary, encodeTaskBinary, runPpuEpisode } from '../../host/tasks/index.js';
import { AGENT_SEED, FIXTURE_DIR, PPU_SAMPLER_FIXTURES, REFERENCE_SCRIPT } from '../../scripts/ppu-sampler-fixtures.js';

interface Trace {
  states: number[];
  actions: number[];
  rewardsQ: number[];
  totalQ: number;
  finalLcgState: number;
}

function tsTrace(bytes: Uint8Array): Trace {
  const task = decodeTaskBinary(bytes);
  const agent = new Lcg(AGENT_SEED);
  const t = runPpuEpisode(task, () => agent.below(task.A));
  return { states: [...t.states], actions: [...t.actions], rewardsQ: [...t.rewardsQ], totalQ: t.totalQ, finalLcgState: t.finalLcgState };
}

const python = '/usr/bin/python3';

describe('PPU sampler against the independent Python reference', () => {
  for (const f of PPU_SAMPLER_FIXTURES) {
    const bin = `${FIXTURE_DIR}${f.name}.bin`;
    const bytes = new Uint8Array(readFileSync(bin));

    it(`${f.name}: the generator and encoder still produce the committed bytes`, () => {
      expect(encodeTaskBinary(f.task())).toEqual(bytes);
    });

    it(`${f.name}: same states, actions, rewards and final LCG state as the committed trace`, () => {
      const expected = JSON.parse(readFileSync(`${FIXTURE_DIR}${f.name}.trace.json`, 'utf8')) as Trace;
      expect(expected.states.length).toBe(501);
      expect(tsTrace(bytes)).toEqual(expected);
    });

    it.skipIf(!existsSync(python))(`${f.name}: live run of the Python reference agrees`, () => {
      const live = JSON.parse(execFileSync(python, [REFERENCE_SCRIPT, bin], { encoding: 'utf8' })) as Trace;
      expect(tsTrace(bytes)).toEqual(live);
    });
  }
});
