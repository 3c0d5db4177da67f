// Byte-exact agreement with GNU as + ld on the generated corpus (scripts/gen-asm-corpus.ts):
// `dls asm ... --section-start .text=0 --section-start .data=0x2000` must produce the committed
// bytes and symbol values; every line GNU as rejects must be rejected by dls too. Where the GNU
// tools are installed, the corpus is also rebuilt with them and compared live.

import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { assemble } from '../../assembler/index.js';
import { allMnemonics } from '../../assembler/mnemonics.js';
import { main } from '../../host/cli/main.js';
import { builtSections, gnuAssembleCheck, GNU_AS, GNU_LD, gnuBuild, haveTool, type GnuBuild } from '../../scripts/lib/gnu-tools.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const cases = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'expected.json'))).sort();
const tmp = mkdtempSync(join(tmpdir(), 'dls-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Expected extends GnuBuild {
  files: string[];
  sectionStart: Record<string, number>;
}

const expectedOf = (c: string): Expected => JSON.parse(readFileSync(join(CORPUS, c, 'expected.json'), 'utf8'));

/** Symbols GNU ld defines by itself (dls defines some of them only on demand). */
const LINKER_SYMBOLS = /^(_SDA2?_BASE_|__bss_start|_edata|_end|__end|_etext|edata|end|etext|__sbss_start|__sbss_end|__SBSS_END__|__SDATA_START__|_GLOBAL_OFFSET_TABLE_|__(init|fini|preinit)_array_(start|end)|__rela_iplt_(start|end)|__bss_end|__sdata_start)$/;

/** Run `dls asm` in-process and return the built sections. */
async function dlsAsm(c: string, exp: Expected): Promise<GnuBuild> {
  const out = join(tmp, `${c}.elf`);
  const starts = Object.entries(exp.sectionStart).flatMap(([n, a]) => ['--section-start', `${n}=0x${a.toString(16)}`]);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  let status: number;
  try {
    status = await main(['asm', ...exp.files.map((f) => join(CORPUS, c, f)), '-o', out, ...starts]);
  } finally {
    err.mockRestore();
  }
  expect(status, 'dls asm exit status').toBe(0);
  return builtSections(new Uint8Array(readFileSync(out)));
}

function compare(dls: GnuBuild, gnu: GnuBuild): void {
  for (const [name, s] of Object.entries(gnu.sections)) {
    const mine = dls.sections[name];
    expect(mine, `section ${name}`).toBeDefined();
    expect(mine!.addr, `address of ${name}`).toBe(s.addr);
    if (mine!.hex !== s.hex) {
      let i = 0;
      while (mine!.hex[i] === s.hex[i]) i++;
      const w = Math.floor(i / 8) * 8;
      expect(`${name}+0x${(w / 2).toString(16)}: ${mine!.hex.slice(w, w + 32)}`).toBe(`${name}+0x${(w / 2).toString(16)}: ${s.hex.slice(w, w + 32)}`);
    }
  }
  for (const [name, v] of Object.entries(gnu.symbols)) {
    if (name.startsWith('.L') || LINKER_SYMBOLS.test(name)) continue;
    expect(dls.symbols[name], `symbol ${name}`).toBe(v);
  }
}

describe('byte-exact corpus (committed GNU as + ld output)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(3);
  });
  for (const c of cases) {
    it(`${c} matches GNU as + ld`, async () => {
      const exp = expectedOf(c);
      compare(await dlsAsm(c, exp), exp);
    });
  }

  it('rejects every line GNU as rejects', () => {
    const rejected: { dls: string[]; gnu: string }[] = JSON.parse(readFileSync(join(CORPUS, 'rejected.json'), 'utf8'));
    expect(rejected.length).toBeGreaterThan(100);
    const accepted = rejected.filter((r) => {
      try {
        assemble([{ name: 'rejected.s', text: `\t.text\n${r.dls.join('\n')}\n` }]);
        return true;
      } catch {
        return false;
      }
    });
    expect(accepted.map((r) => `${r.dls.join(' | ')}  (GNU as: ${r.gnu})`)).toEqual([]);
  });

  it('covers every mnemonic dls knows', () => {
    const used = new Set<string>();
    for (const c of cases) {
      for (const f of readdirSync(join(CORPUS, c))) {
        if (!f.endsWith('.s') || f.endsWith('.gnu.s')) continue;
        for (const m of readFileSync(join(CORPUS, c, f), 'utf8').matchAll(/^\t([a-z][a-z0-9.]*)[+-]?(?:\s|$)/gm)) used.add(m[1]!);
      }
    }
    expect(allMnemonics().filter((m) => !used.has(m))).toEqual([]);
  });
});

const live = haveTool(GNU_AS) && haveTool(GNU_LD);
describe.skipIf(!live)('live comparison with the installed GNU as + ld', () => {
  for (const c of cases) {
    it(`${c}: GNU as + ld today give the committed bytes, and dls agrees`, async () => {
      const exp = expectedOf(c);
      const files = exp.files.map((f) => {
        const gnu = join(CORPUS, c, f.replace(/\.s$/, '.gnu.s'));
        return { name: f, text: readFileSync(existsSync(gnu) ? gnu : join(CORPUS, c, f), 'utf8') };
      });
      const gnu = gnuBuild(files, exp.sectionStart);
      expect(gnu.sections).toEqual(exp.sections);
      compare(await dlsAsm(c, exp), gnu);
    });
  }
  it('GNU as still rejects the rejected lines', () => {
    const rejected: { dls: string[]; gnu: string }[] = JSON.parse(readFileSync(join(CORPUS, 'rejected.json'), 'utf8'));
    const accepted = rejected.filter((r) => gnuAssembleCheck(`\t.text\n${r.dls.join('\n')}\n`).ok);
    expect(accepted.map((r) => r.dls.join(' | '))).toEqual([]);
  });
});
