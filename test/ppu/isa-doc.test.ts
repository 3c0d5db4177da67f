import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderIsaDoc } from '../../scripts/gen-isa-doc.js';
import { ALL_INSNS, decode, encode, isCanonical } from '../../ppu/isa/index.js';

describe('the ISA table', () => {
  it('docs/isa.md is generated from it and up to date (run scripts/gen-isa-doc.ts)', () => {
    expect(readFileSync(new URL('../../docs/isa.md', import.meta.url), 'utf8')).toBe(renderIsaDoc());
  });

  it('every row encodes to a canonical word that decodes back to the same row', () => {
    for (const d of ALL_INSNS) {
      const values = d.operands.flatMap((op) => (op === 'D(RA)' ? [8, 3] : [op === 'target' ? 8 : 1]));
      const w = encode(d, values);
      expect(decode(w), d.mnemonic).toBe(d);
      expect(isCanonical(w), d.mnemonic).toBe(true);
    }
  });
});

describe('the block compiler', () => {
  it('passes every helper the generated code may call (HELPER_NAMES lists them all)', async () => {
    const { Ppu } = await import('../../ppu/index.js');
    const { createHelpers, HELPER_NAMES } = await import('../../ppu/exec/helpers.js');
    expect([...HELPER_NAMES].sort()).toEqual(Object.keys(createHelpers(new Ppu())).sort());
  });
});
