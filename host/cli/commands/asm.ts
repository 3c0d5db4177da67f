// `dls asm FILE... -o OUT`: assemble GNU-as-syntax sources, link them (with any .o objects and
// .a archives given, such as libgcc.a) and write an ELF executable, a flat binary or a hex
// memory image.

import { chmodSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatDiagnostic, UserError } from '../../../common/errors.js';
import { assemble, isArchive, isElfRelocatable, type BinaryFile, type SourceFile } from '../../../assembler/index.js';
import { parseIntOption, readInput } from '../options.js';

const collect = (v: string, prev: string[]) => [...prev, v];

/** Parse NAME=ADDR pairs of --section-start. */
export function parseSectionStarts(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UserError(`--section-start expects NAME=ADDR (like .data=0x2000), not '${v}'`);
    const name = v.slice(0, eq);
    m.set(name, parseIntOption(`--section-start ${name}`, v.slice(eq + 1)));
  }
  return m;
}

export function register(program: Command, setStatus: (code: number) => void): void {
  program
    .command('asm')
    .description('assemble and link PowerPC/FXV assembly (GNU as syntax) into an ELF executable, flat binary or hex memory image')
    .argument('<files...>', 'assembly sources (.s), relocatable objects (.o) and archives (.a)')
    .requiredOption('-o, --output <file>', 'output file')
    .option('--format <fmt>', 'elf | bin | mem', 'elf')
    .option('--section-start <name=addr>', 'place an output section at an address (repeatable)', collect, [] as string[])
    .option('--profile <name>', 'memory layout: dls | linux-user', 'dls')
    .option('--map <file>', 'write a linker map')
    .option('-I, --include <dir>', 'directory searched by .include and .incbin (repeatable)', collect, [] as string[])
    .action((files: string[], o: Record<string, unknown>) => {
      const format = o.format as string;
      if (!['elf', 'bin', 'mem'].includes(format)) throw new UserError(`--format must be elf, bin or mem, not '${format}'`);
      const profile = o.profile as string;
      if (profile !== 'dls' && profile !== 'linux-user') throw new UserError(`--profile must be dls or linux-user, not '${profile}'`);
      const sectionStart = parseSectionStarts(o.sectionStart as string[]);
      const sources: SourceFile[] = [];
      const objects: BinaryFile[] = [];
      for (const f of files) {
        const bytes = readInput(f);
        if (isArchive(bytes) || isElfRelocatable(bytes)) objects.push({ name: f, bytes });
        else sources.push({ name: f, text: new TextDecoder().decode(bytes) });
      }
      const r = assemble(sources, { profile, sectionStart, objects, includeDirs: o.include as string[] });
      for (const w of r.warnings) process.stderr.write(`${formatDiagnostic(w).replace(': error: ', ': warning: ')}\n`);
      for (const m of r.messages) process.stdout.write(`${m}\n`);
      const out = o.output as string;
      if (format === 'elf') {
        writeFileSync(out, r.elf);
        chmodSync(out, 0o755);
      } else if (format === 'bin') {
        writeFileSync(out, r.bin);
        if (r.binAddress !== 0) process.stderr.write(`dls asm: note: the flat binary starts at address 0x${r.binAddress.toString(16)} (load it with --load-address 0x${r.binAddress.toString(16)})\n`);
      } else {
        writeFileSync(out, r.mem);
      }
      if (o.map) writeFileSync(o.map as string, r.map);
      setStatus(0);
    });
}
