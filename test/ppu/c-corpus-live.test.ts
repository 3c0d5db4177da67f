// Live differential test of the C corpus (test/corpus/c): where powerpc-linux-gnu-gcc and
// qemu-ppc are installed (CI installs them), every program is rebuilt at -O0, -O2 and -Os into a
// temporary directory and run under both qemu-ppc and dls; stdout and exit status must agree.
// The committed-reference test (c-corpus.test.ts) runs everywhere; this one keeps the reference
// honest against the real tools and covers binaries that another GCC version produces.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILD_DIR, EXPECTED_FILE, expectedSignal, GCC, hasTool, LD, LEVELS, listPrograms, LiveBuilder, QEMU, runDls,
  runQemuAsync, toolVersion, type ExpectedFile,
} from '../../scripts/c-corpus.js';

const live = hasTool(GCC) && hasTool(QEMU);

describe.skipIf(!live)('C corpus, live: rebuilt with powerpc-linux-gnu-gcc, qemu-ppc against dls', () => {
  const programs = listPrograms();
  const reference = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as ExpectedFile;
  // With the toolchain that made the committed binaries, a rebuild must reproduce them exactly.
  const sameTools = live && toolVersion(GCC) === reference.tools.gcc && toolVersion(LD) === reference.tools.ld;
  let dir = '';
  const builds = new Map<string, Promise<string>>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dls-c-corpus-'));
    const builder = new LiveBuilder(dir);
    // Start every build now; the compilers run while earlier programs are being compared.
    for (const p of programs) for (const l of LEVELS) builds.set(`${p}${l}`, builder.build(p, l));
    for (const b of builds.values()) b.catch(() => {}); // reported by the test that awaits it
  });
  afterAll(async () => {
    await Promise.allSettled(builds.values());
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const program of programs) {
    it(program, async () => {
      for (const level of LEVELS) {
        const id = `${program}${level}`;
        const elf = await builds.get(id)!;
        if (sameTools) {
          expect(readFileSync(elf).equals(readFileSync(join(BUILD_DIR, `${id}.elf`))),
            `${id}: the committed binary differs from a fresh build; run scripts/build-c-corpus.ts`).toBe(true);
        }
        const q = await runQemuAsync(elf);
        expect(q.signal, `${id} under qemu-ppc`).toBe(expectedSignal(program));
        const d = runDls(elf);
        expect(d.reason, `${id} halt`).toBe(q.signal ? 'trap' : 'exit');
        expect(d.stdout, `${id} stdout`).toBe(q.stdout);
        expect(d.exitCode, `${id} exit status`).toBe(q.exitCode);
      }
    });
  }
});
