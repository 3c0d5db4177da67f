// The linker: symbol resolution across files, weak and common symbols, archives of ELF objects,
// layouts of the two profiles, --section-start, and its error messages.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { assemble, readArchive, type AssembleResult } from '../../assembler/index.js';
import { createMachine, parseProgram } from '../../ppu/index.js';
import { GNU_AS, haveTool } from '../../scripts/lib/gnu-tools.js';

const src = (name: string, text: string) => ({ name, text });
const words = (r: AssembleResult, section: string) => {
  const s = r.image.sections.find((x) => x.name === section)!;
  const dv = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
  return Array.from({ length: s.size / 4 }, (_, i) => dv.getUint32(4 * i));
};
const sym = (r: AssembleResult, name: string) => r.symbols.find((y) => y.name === name)?.value;

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('symbol resolution', () => {
  it('resolves globals across files and keeps locals per file', () => {
    const r = assemble([
      src('a.s', '\t.globl _start\n_start:\tbl f\nlocal:\tb local\n\t.data\n\t.long g, local\n'),
      src('b.s', '\t.globl f, g\nf:\tblr\nlocal:\tnop\n\t.data\ng:\t.long local\n'),
    ]);
    expect(sym(r, 'f')).toBe(8);
    expect(words(r, '.text')).toEqual([0x48000009, 0x48000000, 0x4e800020, 0x60000000]);
    // a.s's .data: g (in b.s's data, placed after a.s's), a.s's local; then b.s's: its own local.
    expect(words(r, '.data')).toEqual([0x18, 4, 0xc]);
    expect(r.symbols.filter((y) => y.name === 'local').map((y) => y.value).sort((a, b) => a - b)).toEqual([4, 12]);
  });

  it('prefers a strong definition over a weak one, and leaves undefined weak symbols at 0', () => {
    const r = assemble([
      src('a.s', '\t.weak f\nf:\tli 3, 1\n\tblr\n\t.weak nothere\n\t.data\n\t.long f, nothere\n'),
      src('b.s', '\t.globl f\nf:\tli 3, 2\n\tblr\n'),
    ]);
    expect(sym(r, 'f')).toBe(8);
    expect(words(r, '.data')).toEqual([8, 0]);
  });

  it('merges common symbols and places them in .bss', () => {
    const r = assemble([
      src('a.s', '\t.comm buf, 8, 4\n\t.data\n\t.long buf\n'),
      src('b.s', '\t.comm buf, 32, 16\n\t.lcomm mine, 4\n\t.data\n\t.long mine\n'),
    ]);
    const bss = r.image.sections.find((s) => s.name === '.bss')!;
    expect(bss.size).toBeGreaterThanOrEqual(36);
    expect(sym(r, 'buf')! % 16).toBe(0);
    expect(words(r, '.data')).toEqual([sym(r, 'buf'), sym(r, 'mine')]);
  });

  it('names both places of a duplicate definition', () => {
    const e = errorOf(() => assemble([src('a.s', '\t.globl f\nf:\tblr\n'), src('b.s', '\tnop\n\t.globl f\nf:\tblr\n')]));
    expect(e.diagnostics).toHaveLength(1);
    const d = e.diagnostics[0]!;
    expect(d.message).toBe("symbol 'f' is defined twice");
    expect(d.loc).toEqual({ file: 'b.s', line: 3, col: 1 });
    expect(d.notes![0]!.loc).toEqual({ file: 'a.s', line: 2, col: 1 });
  });

  it('reports undefined symbols at their references, with a suggestion', () => {
    const e = errorOf(() => assemble([src('a.s', '\t.globl _start\n_start:\tbl prnt\n\tbl prnt\n'), src('b.s', '\t.globl print\nprint:\tblr\n')]));
    const d = e.diagnostics[0]!;
    expect(d.message).toBe("undefined symbol 'prnt'");
    expect(d.loc).toEqual({ file: 'a.s', line: 2, col: 12 });
    expect(d.notes!.map((n) => [n.message, n.loc?.file, n.loc?.line])).toEqual([
      ["'prnt' is also used here", 'a.s', 3],
      ["did you mean 'print', defined here?", 'b.s', 2],
    ]);
    expect(e.message).toContain('a.s:2:12: error: undefined symbol \'prnt\'\n  _start:\tbl prnt\n');
  });

  it('reports branches that cannot reach their target', () => {
    const e = errorOf(() => assemble([src('a.s', '\tbeq far\n'), src('b.s', '\t.globl far\n\t.space 0x9000\nfar:\tblr\n')], { profile: 'linux-user' }));
    expect(e.diagnostics[0]!.message).toMatch(/R_PPC_REL14 to far does not fit: 36868 is not in -32768\.\.32764/);
    expect(e.diagnostics[0]!.loc?.file).toBe('a.s');
  });
});

describe('layout', () => {
  it('dls profile: .text at 0, data right after, --section-start moves sections and those after them', () => {
    const text = '\t.globl _start\n_start:\tnop\n\t.section .rodata\n\t.long 1\n\t.data\n\t.long 2\n\t.bss\n\t.space 4\n';
    const r = assemble([src('a.s', text)]);
    const at = (n: string) => r.image.sections.find((s) => s.name === n)!.addr;
    expect([at('.text'), at('.rodata'), at('.data'), at('.bss')]).toEqual([0, 4, 8, 12]);
    const m = assemble([src('a.s', text)], { sectionStart: { '.data': 0x2000 } });
    const at2 = (n: string) => m.image.sections.find((s) => s.name === n)!.addr;
    expect([at2('.text'), at2('.rodata'), at2('.data'), at2('.bss')]).toEqual([0, 4, 0x2000, 0x2004]);
  });

  it('dls profile: a program that does not fit 16 KiB is refused with the layout', () => {
    const e = errorOf(() => assemble([src('a.s', '\tnop\n\t.data\n\t.space 0x4000\n')]));
    expect(e.message).toContain('does not fit in the 16 KiB memory of the dls profile');
    expect(e.message).toContain('.data 0x4..0x4004');
  });

  it('warns about --section-start for a section the program does not have', () => {
    const r = assemble([src('a.s', '\tnop\n')], { sectionStart: { '.dta': 0x100 } });
    expect(r.warnings.map((w) => w.message)).toEqual(['--section-start .dta: the program has no section .dta']);
  });

  it('linux-user profile: text at 0x10000000, data on its own 64 KiB page, entry _start', () => {
    const r = assemble([src('a.s', '\tnop\n\t.globl _start\n_start:\tli 3, 7\n\tli 0, 1\n\tsc\n\t.data\nd:\t.long 1\n')], { profile: 'linux-user' });
    const text = r.image.sections.find((s) => s.name === '.text')!;
    const data = r.image.sections.find((s) => s.name === '.data')!;
    expect(text.addr).toBeGreaterThan(0x10000000);
    expect(text.addr).toBeLessThan(0x10000100);
    expect(Math.floor(data.addr / 0x10000)).toBe(0x1001);
    expect(r.entry).toBe(text.addr + 4);
    const cpu = createMachine(parseProgram(r.elf, 'a.elf'), { profile: 'linux-user' });
    expect(cpu.run(1000)).toMatchObject({ reason: 'exit', exitCode: 7 });
  });

  it('reports overlapping sections', () => {
    const e = errorOf(() => assemble([src('a.s', '\t.space 64\n\t.data\n\t.long 1\n')], { sectionStart: { '.data': 0x10 } }));
    expect(e.message).toContain('sections .text (0x0..0x40) and .data (0x10..0x14) overlap');
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'dls-linker-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!haveTool(GNU_AS) || !haveTool('powerpc-linux-gnu-ar'))('relocatable objects and archives (made with GNU as and ar)', () => {
  it('links ELF objects from an archive, pulling only the members that are needed, and applies their relocations', () => {
    const files: Record<string, string> = {
      'one.s': '\t.globl one\none:\tlis 3, tab@ha\n\tlwz 3, tab@l(3)\n\tb two\n\t.data\ntab:\t.long 0x11\n',
      'two.s': '\t.globl two\ntwo:\tblr\n',
      'unused.s': '\t.globl unused\nunused:\tbl missing_everywhere\n',
    };
    for (const [f, t] of Object.entries(files)) {
      writeFileSync(join(tmp, f), t);
      execFileSync(GNU_AS, ['-mbig', '-a32', '-m440', f, '-o', f.replace('.s', '.o')], { cwd: tmp });
    }
    execFileSync('powerpc-linux-gnu-ar', ['rcs', 'lib.a', 'one.o', 'two.o', 'unused.o'], { cwd: tmp });
    const lib = { name: 'lib.a', bytes: new Uint8Array(readFileSync(join(tmp, 'lib.a'))) };
    expect(readArchive(lib.bytes, 'lib.a').members.map((m) => m.name)).toEqual(['one.o', 'two.o', 'unused.o']);
    const r = assemble([src('main.s', '\t.globl _start\n_start:\tbl one\n\tli 0, 1\n\tsc\n')], { profile: 'linux-user', objects: [lib] });
    expect(r.image.members).toEqual(['lib.a(one.o)', 'lib.a(two.o)']);
    const cpu = createMachine(parseProgram(r.elf, 'a.elf'), { profile: 'linux-user' });
    expect(cpu.run(1000)).toMatchObject({ reason: 'exit', exitCode: 0x11 });
    expect(r.map).toContain('lib.a(one.o)');
  });
});
