// Live differential test of the C corpus (test/corpus/c): where powerpc-linux-gnu-gcc and
// qemu-ppc are installed (CI installs them), every program is rebuilt at -O0, -O2 and -Os into a
// temporary directory and run under both qemu-ppc and dls; stdout and exit status must agree.
// The committed-reference test (c-corpus.test.ts) runs everywhere; this one keeps the reference
// honest against the real tools and catches binaries a different GCC version produces.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAsync, expectedSignal, GCC, hasTool, LEVELS, listPrograms, QEMU, runDls, runQemuAsync } from '../../scripts/c-corpus.js';

const live = hasTool(GCC) && hasTool(QEMU);

describe.skipIf(!live)('C corpus, live: rebuilt with powerpc-linux-gnu-gcc, qemu-ppc against dls', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dls-c-corpus-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  for (const program of listPrograms()) {
    it(program, async () => {
      const elfs = LEVELS.map((level) => join(dir, `${program}${level}.elf`));
      await Promise.all(LEVELS.map((level, i) => compileAsync(program, level, elfs[i]!)));
      for (const [i, level] of LEVELS.entries()) {
        const id = `${program}${level}`;
        const q = await runQemuAsync(elfs[i]!);
        expect(q.signal, `${id} under qemu-ppc`).toBe(expectedSignal(program));
        const d = runDls(elfs[i]!);
        expect(d.reason, `${id} halt`).toBe(q.signal ? 'trap' : 'exit');
        expect(d.stdout, `${id} stdout`).toBe(q.stdout);
        expect(d.exitCode, `${id} exit status`).toBe(q.exitCode);
      }
    });
  }
});
