// `dls compile` and `dls run FILE.dsl` as a user runs them: outputs, sizes, traps reported at the
// DSL source, programs that use the chip running on the PPU and the chip, errors with status 2.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../host/cli/main.js';
import { parseProgram } from '../../ppu/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'dls-dsl-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function dls(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const status = await main(args);
    return { status, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const SUM = `mailbox { result: i32 @ 0 }
fn main() {
  var s = 0;
  for i in 1..11 { s += i * i; }
  mailbox.result = s;
}
`;

describe('dls compile', () => {
  it('prints assembly with the source lines as comments', async () => {
    const f = file('sum.dsl', SUM);
    const r = await dls('compile', f);
    expect(r.status).toBe(0);
    expect(r.out).toContain('fn_main:');
    expect(r.out).toMatch(/# 4: for i in 1\.\.11 \{ s \+= i \* i; \}/);
  });

  it('writes .s, .elf, .bin and .mem files and reports sizes', async () => {
    const f = file('sum2.dsl', SUM);
    for (const ext of ['s', 'elf', 'bin', 'mem']) {
      const out = join(tmp, `sum.${ext}`);
      const r = await dls('compile', f, '-o', out, '--sizes');
      expect(r.status, r.err).toBe(0);
      expect(r.err).toMatch(/^code \d+ bytes, data \d+ bytes, stack \d+ bytes; 12288 bytes below the mailbox/);
      const bytes = readFileSync(out);
      if (ext === 'elf') expect(parseProgram(new Uint8Array(bytes), out).entry).toBe(0);
      else expect(bytes.length).toBeGreaterThan(0);
    }
  });

  it('reports errors located, with status 2', async () => {
    const f = file('bad.dsl', 'fn main() {\n  let x: i8 = 300;\n  y = 1;\n}\n');
    const r = await dls('compile', f);
    expect(r.status).toBe(2);
    expect(r.err).toContain('bad.dsl:2:15: error: 300 does not fit i8 (-128 ..= 127)');
    expect(r.err).toContain("bad.dsl:3:3: error: unknown name 'y'");
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('follows imports relative to the importing file and reports errors in them', async () => {
    file('lib.dsl', 'const K: i32 = 7;\nfn twice(x: i32) -> i32 { return 2 * x; }\n');
    const f = file('use.dsl', 'import "lib.dsl";\nmailbox { out: i32 @ 0 }\nfn main() { mailbox.out = twice(K); }\n');
    const dump = join(tmp, 'use.bin');
    const r = await dls('run', f, '--dump-data', dump);
    expect(r.status, r.err).toBe(0);
    expect(readFileSync(dump).readInt32BE(0x3000)).toBe(14);
    file('badlib.dsl', 'fn broken() -> i32 { return true; }\n');
    const g = file('usebad.dsl', 'import "badlib.dsl";\nimport "missing.dsl";\nfn main() { }\n');
    const bad = await dls('compile', g);
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/badlib\.dsl:1:29: error: the returned value should be i32, but this is bool/);
    expect(bad.err).toMatch(/usebad\.dsl:2:8: error: cannot read imported file 'missing\.dsl'/);
  });

  it('rejects an output name it does not know', async () => {
    const r = await dls('compile', file('sum3.dsl', SUM), '-o', join(tmp, 'x.exe'));
    expect(r.status).toBe(2);
    expect(r.err).toContain('-o: the output name must end in .s, .elf, .bin or .mem');
  });
});

describe('dls run FILE.dsl', () => {
  it('compiles and runs, the mailbox holds the result', async () => {
    const f = file('sum4.dsl', SUM);
    const dump = join(tmp, 'mem.bin');
    const report = join(tmp, 'report.json');
    const r = await dls('run', f, '--dump-data', dump, '--report', report);
    expect(r.status, r.err).toBe(0);
    const mem = readFileSync(dump);
    expect(mem.readInt32BE(0x3000)).toBe(385);
    expect(JSON.parse(readFileSync(report, 'utf8')).haltReason).toBe('wait');
  });

  it('reports a trap at the DSL source line, with a caret', async () => {
    const f = file('trap.dsl', 'var a: [i32; 8];\nfn get(i: i32) -> i32 { return a[i]; }\nfn main() {\n  var s = 0;\n  for i in 0..10 { s += get(i); }\n}\n');
    const report = join(tmp, 'trap.json');
    const r = await dls('run', f, '--report', report);
    expect(r.status).toBe(133); // 128 + SIGTRAP
    expect(r.err).toContain("trap.dsl:2:34: trap: the program stopped: index out of range: 'a' has 8 elements");
    expect(r.err).toContain('fn get(i: i32) -> i32 { return a[i]; }');
    expect(r.err.split('\n')[2]).toMatch(/^\s+\^$/);
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    expect(rep.source).toMatchObject({ line: 2, col: 34 });
  });

  it('runs a program that uses the chip on the PPU and the chip model', async () => {
    const f = file('chip.dsl', `mailbox { w: i32 @ 0, c: i32 @ 4 }
fn main() {
  weights[3] = row_splat(17 as i8);
  mailbox.w = weights[3][5] as i32;
  inject(1 << 3, 0);
  wait(1us);
  mailbox.c = rate(0);
}
`);
    const cfg = file('chip.json', JSON.stringify({ neuronDefaults: { gainExc: 1023 }, weights: Array.from({ length: 32 }, () => new Array(32).fill(0)) }));
    const dump = join(tmp, 'chip-mem.bin');
    const r = await dls('run', f, '--chip', cfg, '--dump-data', dump);
    expect(r.status, r.err).toBe(0);
    expect(readFileSync(dump).readInt32BE(0x3000)).toBe(17);
  });

  it('asks for a cycle limit for a program with rules and no main', async () => {
    const f = file('rules.dsl', 'var n: i32;\nrule r every 1000 cycles { n += 1; }\n');
    const r = await dls('run', f);
    expect(r.status).toBe(2);
    expect(r.err).toContain('has rules and no main, so it runs until it is stopped: give --max-cycles');
    const dump = join(tmp, 'rules.bin');
    const ok = await dls('run', f, '--max-cycles', '10500', '--dump-data', dump);
    expect(ok.status).toBe(124);
  });

  it('stops at a cycle limit with status 124', async () => {
    const f = file('loop.dsl', 'fn main() { var x = 0; while true { x += 1; } }\n');
    const r = await dls('run', f, '--max-cycles', '5000');
    expect(r.status).toBe(124);
    expect(r.err).toContain('cycle limit 5000 reached');
  });
});
