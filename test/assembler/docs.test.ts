// docs/assembler-mnemonics.md is generated from the tables; it must match them.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mnemonicsDoc } from '../../scripts/lib/asm-docs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('assembler documentation', () => {
  it('docs/assembler-mnemonics.md is up to date (node --import tsx scripts/gen-asm-docs.ts)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'assembler-mnemonics.md'), 'utf8')).toBe(mnemonicsDoc());
  });
});
