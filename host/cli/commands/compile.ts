// `dls compile FILE.dsl [-o out.s | out.elf | out.bin | out.mem]`: compile a plasticity-language
// program (docs/dsl.md). Without -o the assembly goes to stdout.

import { chmodSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatDiagnostic, UserError } from '../../../common/errors.js';
import { compile } from '../../../assembler/dsl/index.js';
import { readInput } from '../options.js';

export function compileFile(file: string, optimize = true) {
  const text = new TextDecoder().decode(readInput(file));
  return compile(text, { file, optimize });
}

export function register(program: Command, setStatus: (code: number) => void): void {
  program
    .command('compile')
    .description('compile a plasticity-language program (.dsl) to PPU assembly or a loadable program')
    .argument('<file>', 'DSL source file')
    .option('-o, --output <file>', 'output: .s (assembly), .elf, .bin (flat binary from address 0) or .mem (hex image); default: assembly on stdout')
    .option('--no-optimize', 'no inlining, loop optimisation or scheduling (for reading the code)')
    .option('--sizes', 'print code, data and stack sizes to stderr')
    .action((file: string, o: { output?: string; optimize: boolean; sizes?: boolean }) => {
      const out = o.output;
      if (out && !/\.(s|elf|bin|mem)$/i.test(out)) throw new UserError(`-o: the output name must end in .s, .elf, .bin or .mem (got '${out}')`);
      const r = compileFile(file, o.optimize);
      for (const w of r.diagnostics) process.stderr.write(`${formatDiagnostic(w).replace(': error: ', ': warning: ')}\n`);
      if (o.sizes) {
        const s = r.sizes;
        process.stderr.write(`code ${s.code} bytes, data ${s.data} bytes, stack ${s.stack ?? 'unknown (recursion)'} bytes; ${s.available} bytes below the mailbox\n`);
      }
      if (!out) process.stdout.write(r.asm);
      else if (/\.s$/i.test(out)) writeFileSync(out, r.asm);
      else if (/\.elf$/i.test(out)) {
        writeFileSync(out, r.program.elf);
        chmodSync(out, 0o755);
      } else if (/\.bin$/i.test(out)) writeFileSync(out, r.program.bin);
      else writeFileSync(out, r.program.mem);
      setStatus(0);
    });
}
