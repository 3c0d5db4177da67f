// Programs for the PPU from any source a user has: ELF executables, flat binaries, hex memory
// images, assembly source (assembled for the dls profile) and plasticity-DSL source. Shared by the
// CLI and users of the host controller (docs/host.md; `DlsSystem.load` places a program). This
// module imports the DSL compiler, so it is for the main thread: worker threads get bytes.

import { assemble } from '../assembler/index.js';
import { compile } from '../assembler/dsl/index.js';
import { parseProgram, type Program, type ProgramFormat } from '../ppu/index.js';

/** Assemble assembly source into a program for the dls profile (errors are located UserErrors). */
export function assembleProgram(file: string, text: string): Program {
  const r = assemble([{ name: file, text }]);
  return parseProgram(r.elf, file, 'elf');
}

/** Compile plasticity-DSL source (docs/dsl.md) into a program for the dls profile. */
export function compileDslProgram(file: string, text: string): Program {
  const r = compile(text, { file });
  return parseProgram(r.program.elf, file, 'elf');
}

export type SourceFormat = ProgramFormat | 'asm';

/** The format a file name suggests, when the content does not decide it (ELF magic wins). */
export function sourceFormatOf(file: string): SourceFormat | undefined {
  if (/\.(s|asm|S)$/.test(file)) return 'asm';
  return undefined;
}

/** A program from file contents: assembly is assembled, binaries are parsed. */
export function programFrom(file: string, bytes: Uint8Array, format?: SourceFormat, loadAddress = 0): Program {
  const fmt = format ?? sourceFormatOf(file);
  if (fmt === 'asm') return assembleProgram(file, new TextDecoder().decode(bytes));
  return parseProgram(bytes, file, fmt, loadAddress);
}
