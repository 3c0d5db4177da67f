// Writes docs/assembler-mnemonics.md from the assembler's tables.
//
//   node --import tsx scripts/gen-asm-docs.ts

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mnemonicsDoc } from './lib/asm-docs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(ROOT, 'docs', 'assembler-mnemonics.md'), mnemonicsDoc());
