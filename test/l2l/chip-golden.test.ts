// The on-chip inner loop gives exactly the recorded results (test/l2l/golden/chip-episodes.json,
// from scripts/gen-l2l-chip-golden.ts): total and block rewards, chip cycles and final Q-values of
// episodes on different tasks, Theta, chip modes and injection timings. Any change to PPU timing,
// the vector unit, the analog core or the program that moves a single bit shows up here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, runGoldenCase, type GoldenResult } from '../helpers/l2l-chip-golden.js';

const golden = JSON.parse(readFileSync(new URL('./golden/chip-episodes.json', import.meta.url), 'utf8')) as Record<string, GoldenResult>;

describe('golden on-chip episodes', () => {
  it('has a recorded result for every case', () => {
    expect(Object.keys(golden).sort()).toEqual(GOLDEN_CASES.map((c) => c.name).sort());
  });
  for (const c of GOLDEN_CASES) {
    it(c.name, async () => {
      expect(await runGoldenCase(c)).toEqual(golden[c.name]);
    });
  }
});
