import { describe, expect, it } from 'vitest';
import { Ppu } from '../../ppu/index.js';
import { BY_MNEMONIC, encode } from '../../ppu/isa/index.js';

const e = (m: string, ...v: number[]) => encode(BY_MNEMONIC.get(m)!, v);

describe('PPU smoke', () => {
  it('runs a counted loop to wait and stores the sum', () => {
    const p = new Ppu();
    const prog = [
      e('addi', 3, 0, 0), e('addi', 4, 0, 10), e('mtspr', 9, 4),
      e('add', 3, 3, 4), e('addi', 4, 4, -1), e('bc', 16, 0, -8),
      e('stw', 3, 0x100, 0), 0x7c00007c,
    ];
    prog.forEach((w, i) => p.imem.writeWord(i * 4, w));
    const h = p.run(1e6);
    expect(h.reason).toBe('wait');
    expect(p.dmem.readWord(0x100)).toBe(55);
    expect(p.icount).toBe(3 + 3 * 10 + 2);
  });
});
