// `dls disasm FILE`: print a program (ELF, flat binary or hex memory image) as assembly that
// `dls asm` reassembles to the same bytes, with symbols and branch targets as labels.

import type { Command } from 'commander';
import { UserError } from '../../../common/errors.js';
import { disassemble, type InputFormat } from '../../../assembler/index.js';
import { parseIntOption, readInput } from '../options.js';

export function register(program: Command, setStatus: (code: number) => void): void {
  program
    .command('disasm')
    .description('disassemble a PPU program (ELF, flat binary or hex memory image) into reassemblable assembly')
    .argument('<file>', 'program file')
    .option('--format <fmt>', 'elf | bin | mem (default: from the file)')
    .option('--load-address <addr>', 'address of a flat binary or hex image', '0')
    .option('-o, --output <file>', 'write the assembly here instead of stdout')
    .action(async (file: string, o: Record<string, string | undefined>) => {
      const format = o.format as InputFormat | undefined;
      if (format && !['elf', 'bin', 'mem'].includes(format)) throw new UserError(`--format must be elf, bin or mem, not '${format}'`);
      const text = disassemble({ bytes: readInput(file), name: file, format, loadAddress: parseIntOption('--load-address', o.loadAddress ?? '0') });
      if (o.output) (await import('node:fs')).writeFileSync(o.output, text);
      else process.stdout.write(text);
      setStatus(0);
    });
}
