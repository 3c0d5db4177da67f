// Regenerates bench/programs/dsl/kernels.O2.s: GCC's assembly of the scalar benchmark kernels
// (bench/dsl.ts compares the DSL compiler's code with it). Needs powerpc-linux-gnu-gcc.
//   npx tsx scripts/gen-dsl-bench.ts

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../bench/programs/dsl/', import.meta.url));
const out = execFileSync('powerpc-linux-gnu-gcc', ['-O2', '-mcpu=440', '-msoft-float', '-ffreestanding', '-fno-pie', '-fno-common', '-S', '-o', '-', `${dir}kernels.c`], { encoding: 'utf8' });
writeFileSync(`${dir}kernels.O2.s`, out);
process.stdout.write(`wrote ${dir}kernels.O2.s (${out.split('\n').length} lines)\n`);
