// Differential tests of the PPU's linux-user profile against qemu-ppc on the C corpus
// (test/corpus/c): every program at -O0, -O2 and -Os must print the same bytes and exit with the
// same status under dls as under qemu-ppc. This file checks the committed binaries against the
// committed reference (expected.json, written by scripts/build-c-corpus.ts from real qemu-ppc
// runs) and `dls run` end to end; c-corpus-live.test.ts rebuilds the programs and compares the
// two emulators directly where the tools are installed.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUILD_DIR, entries, EXPECTED_FILE, expectedSignal, listPrograms, runDls, sourceDigest, type ExpectedFile,
} from '../../scripts/c-corpus.js';

const reference = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as ExpectedFile;
const programs = listPrograms();
const all = entries(programs);

/**
 * Let the worker's event loop turn between tests: the runs are synchronous, and vitest's RPC to
 * the main process times out if its messages wait behind a minute of back-to-back runs.
 */
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

describe('C corpus: the committed reference', () => {
  it('has at least 30 programs, each built at every level with a qemu-ppc result', () => {
    expect(programs.length).toBeGreaterThanOrEqual(30);
    for (const e of all) {
      expect(existsSync(join(BUILD_DIR, `${e.id}.elf`)), `${e.id}.elf is committed`).toBe(true);
      expect(reference.results[e.id], `${e.id} has a reference`).toBeDefined();
    }
    // No reference for a program that no longer exists.
    expect(Object.keys(reference.results).sort()).toEqual(all.map((e) => e.id).sort());
  });

  it('was built from the current sources, runtime and flags', () => {
    for (const p of programs) {
      expect(reference.sources[p], `${p}.c changed since its binaries were built: run scripts/build-c-corpus.ts`).toBe(sourceDigest(p));
    }
  });

  it('records the fatal signal exactly for the programs whose source expects one', () => {
    for (const e of all) expect(reference.results[e.id]!.signal ?? null, e.id).toBe(expectedSignal(e.program));
  });

  it('exit statuses vary between programs', () => {
    const codes = new Set(all.map((e) => reference.results[e.id]!.exitCode));
    expect(codes.size).toBeGreaterThanOrEqual(programs.length / 2);
  });
});

describe('C corpus: dls (linux-user) against the committed qemu-ppc output', () => {
  for (const e of all) {
    it(e.id, async () => {
      await yieldToEventLoop();
      const want = reference.results[e.id]!;
      const got = runDls(join(BUILD_DIR, `${e.id}.elf`));
      // A program ends by exit, or by the fault its source declares (qemu's fatal signal).
      expect(got.reason).toBe(want.signal ? 'trap' : 'exit');
      expect(got.stdout).toBe(want.stdout);
      expect(got.exitCode).toBe(want.exitCode);
      expect(got.stderr).toBe('');
    });
  }
});

describe('dls run --profile linux-user (the CLI end to end)', () => {
  const bin = fileURLToPath(new URL('../../bin/dls.js', import.meta.url));
  for (const id of ['hanoi-O2', 'printf-Os', 'arith64-O0', 'asmflags-O2', 'crash_null-O2']) {
    it(id, () => {
      const want = reference.results[id]!;
      const r = spawnSync(process.execPath, [bin, 'run', '--profile', 'linux-user', join(BUILD_DIR, `${id}.elf`)], {
        encoding: 'latin1',
      });
      if (want.signal) expect(r.stderr).toMatch(/^dls: unhandled /);
      else expect(r.stderr).toBe('');
      expect(r.stdout).toBe(want.stdout);
      expect(r.status).toBe(want.exitCode);
    });
  }
});
