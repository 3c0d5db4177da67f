// Shared by scripts/gen-gcc-corpus.ts and test/assembler/gcc.test.ts: compile C programs with the
// stock cross GCC, build GCC's own binary, assemble GCC's assembly with dls, and run programs
// under the PPU's linux-user profile exactly as `dls run --profile linux-user` does.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { assemble, type BinaryFile } from '../../assembler/index.js';
import { createMachine, parseProgram } from '../../ppu/index.js';
import { exitStatusOf } from '../../host/cli/commands/run.js';
import { GNU_GCC, haveTool } from './gnu-tools.js';

export const OPT_LEVELS = ['-O0', '-O2', '-Os'] as const;
export const GCC_FLAGS = ['-mcpu=440', '-msoft-float', '-ffreestanding', '-fno-pie'];
/** Cycle limit for one run (the programs finish far below it). */
export const MAX_CYCLES = 200_000_000;

export interface RunResult {
  stdout: string;
  exit: number;
  halt: string;
}

/** Run an ELF under the linux-user profile (as `dls run --profile linux-user`). */
export function runLinuxUser(elf: Uint8Array, name: string): RunResult {
  const chunks: Uint8Array[] = [];
  const cpu = createMachine(parseProgram(elf, name), { profile: 'linux-user', write: (fd, b) => { if (fd === 1) chunks.push(b.slice()); } });
  const h = cpu.run(MAX_CYCLES);
  return { stdout: Buffer.concat(chunks).toString('latin1'), exit: exitStatusOf(h), halt: h.reason };
}

export function haveGcc(): boolean {
  return haveTool(GNU_GCC);
}

let libgcc: BinaryFile | null | undefined;
/** libgcc.a of the installed cross compiler, if there is one. */
export function libgccArchive(): BinaryFile | undefined {
  if (libgcc === undefined) {
    libgcc = null;
    if (haveGcc()) {
      const path = execFileSync(GNU_GCC, ['-print-libgcc-file-name'], { encoding: 'utf8' }).trim();
      if (existsSync(path)) libgcc = { name: path, bytes: new Uint8Array(readFileSync(path)) };
    }
  }
  return libgcc ?? undefined;
}

/** `gcc -S` of one C file; returns the assembly text. */
export function gccAssembly(cFile: string, opt: string, includeDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-gcc-'));
  try {
    const out = join(dir, `${basename(cFile, '.c')}.s`);
    // Compiled from its own directory so that the line markers of inline assembly name the file
    // by its base name, not by a path of this machine.
    execFileSync(GNU_GCC, [opt, ...GCC_FLAGS, `-I${includeDir}`, '-S', basename(cFile), '-o', out], { cwd: dirname(cFile), stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GCC's own static binary of the given sources (C and assembly), linked with libgcc. */
export function gccBinary(sources: string[], opt: string, includeDir: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'dls-gcc-'));
  try {
    const out = join(dir, 'prog.elf');
    execFileSync(GNU_GCC, [opt, ...GCC_FLAGS, `-I${includeDir}`, '-nostdlib', '-static', '-Wl,-z,noexecstack', '-o', out, ...sources, '-lgcc'], { stdio: ['ignore', 'ignore', 'pipe'] });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run an ELF under qemu-ppc (when installed), for a cross-check of the reference. */
export function runQemu(elf: Uint8Array): RunResult | undefined {
  if (!haveTool('qemu-ppc')) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'dls-qemu-'));
  try {
    const f = join(dir, 'prog.elf');
    writeFileSync(f, elf);
    chmodSync(f, 0o755); // qemu-ppc runs only executable files
    const r = spawnSync('qemu-ppc', [f], { encoding: 'latin1', timeout: 60_000 });
    return { stdout: r.stdout, exit: r.status ?? -1, halt: 'exit' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Assemble and link GCC's assembly with dls (profile linux-user). */
export function dlsBuild(asm: { name: string; text: string }[], withLibgcc: boolean): Uint8Array {
  const lib = withLibgcc ? libgccArchive() : undefined;
  if (withLibgcc && !lib) throw new Error('libgcc.a is not available');
  return assemble(asm, { profile: 'linux-user', objects: lib ? [lib] : [], fileSystem: false }).elf;
}
