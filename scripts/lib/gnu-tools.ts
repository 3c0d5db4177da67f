// Running the real GNU tools for PowerPC (powerpc-linux-gnu-as/ld/gcc) in a temporary directory:
// used by the scripts that generate reference outputs and by the live comparisons in the tests.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readElf } from '../../ppu/index.js';

export const GNU_AS = 'powerpc-linux-gnu-as';
export const GNU_LD = 'powerpc-linux-gnu-ld';
export const GNU_GCC = 'powerpc-linux-gnu-gcc';
export const AS_FLAGS = ['-mbig', '-a32', '-m440'];

export function haveTool(tool: string): boolean {
  const r = spawnSync(tool, ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

export interface GnuLine {
  line: number;
  kind: 'Error' | 'Warning';
  message: string;
}

/** Messages of `as` for a file, by line. */
export function parseAsMessages(stderr: string, file: string): GnuLine[] {
  const out: GnuLine[] = [];
  const re = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+): (Error|Warning): (.*)$`, 'gm');
  for (let m = re.exec(stderr); m; m = re.exec(stderr)) out.push({ line: Number(m[1]), kind: m[2] as 'Error' | 'Warning', message: m[3]! });
  return out;
}

/** Assemble one file with GNU as; returns its messages (and whether it produced an object). */
export function gnuAssembleCheck(text: string): { ok: boolean; messages: GnuLine[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dls-gnu-'));
  try {
    writeFileSync(join(dir, 'in.s'), text);
    const r = spawnSync(GNU_AS, [...AS_FLAGS, 'in.s', '-o', 'in.o'], { cwd: dir, encoding: 'utf8' });
    return { ok: r.status === 0, messages: parseAsMessages(r.stderr, 'in.s') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BuiltSection {
  addr: number;
  hex: string;
}

export interface GnuBuild {
  sections: Record<string, BuiltSection>;
  symbols: Record<string, number>;
}

/** Assemble files with GNU as and link them with ld at the given section addresses. */
export function gnuBuild(files: { name: string; text: string }[], sectionStart: Record<string, number>): GnuBuild {
  const dir = mkdtempSync(join(tmpdir(), 'dls-gnu-'));
  try {
    const objs: string[] = [];
    for (const f of files) {
      writeFileSync(join(dir, f.name), f.text);
      const o = f.name.replace(/\.s$/, '.o');
      const r = spawnSync(GNU_AS, [...AS_FLAGS, f.name, '-o', o], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${GNU_AS} ${f.name} failed:\n${r.stderr}`);
      objs.push(o);
    }
    const starts = Object.entries(sectionStart).flatMap(([n, a]) => ['--section-start', `${n}=0x${a.toString(16)}`]);
    execFileSync(GNU_LD, ['-static', '-e', '0', ...starts, '-o', 'out.elf', ...objs], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    return builtSections(new Uint8Array(readFileSync(join(dir, 'out.elf'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loadable section contents and named symbols of an executable. */
export function builtSections(elf: Uint8Array): GnuBuild {
  const img = readElf(elf);
  const sections: Record<string, BuiltSection> = {};
  for (const s of img.sections) {
    if (!(s.flags & 2) || s.size === 0 || s.type === 8) continue; // allocated, with contents
    sections[s.name] = { addr: s.addr, hex: Buffer.from(elf.subarray(s.offset, s.offset + s.size)).toString('hex') };
  }
  const symbols: Record<string, number> = {};
  for (const y of img.symbols) {
    if (y.name && y.type !== 'section' && y.type !== 'file') symbols[y.name] = y.value;
  }
  return { sections, symbols };
}
