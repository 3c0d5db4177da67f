// Assembler syntax details: expressions, symbols, macros, includes, sections, and the
// disassembly of individual words.

import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { assemble, assembleObject, disassembleWord } from '../../assembler/index.js';
import { binop } from '../../assembler/num.js';

function data(text: string, includes: ({ name: string; text: string } | { name: string; bytes: Uint8Array })[] = []): string {
  const r = assemble([{ name: 'x.s', text: `\t.data\n${text}\n` }], { includes, fileSystem: false });
  return Buffer.from(r.image.sections.find((s) => s.name === '.data')!.data).toString('hex');
}
function text(src: string): number[] {
  const r = assemble([{ name: 'x.s', text: `${src}\n` }]);
  const t = r.image.sections.find((s) => s.name === '.text')!;
  const dv = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  return Array.from({ length: t.size / 4 }, (_, i) => dv.getUint32(4 * i));
}
function errors(src: string): string[] {
  try {
    assemble([{ name: 'x.s', text: `${src}\n` }]);
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics.map((d) => `${d.loc?.line}:${d.loc?.col}: ${d.message}`);
    throw e;
  }
  return [];
}

describe('expressions', () => {
  it('computes in 64 bits like GNU as', () => {
    expect(binop('<<', 1, 40)).toBe(2 ** 40);
    expect(binop('*', 0x100000000, 0x100000000)).toBe(0);
    expect(binop('>>', -1, 60)).toBe(15);
    expect(binop('+', 9007199254740991, 1)).toBe(9007199254740992n);
    expect(binop('&', 0xffffffff, 0xff00)).toBe(0xff00);
    expect(binop('|', 0x80000000, 1)).toBe(0x80000001);
    expect(binop('/', -7, 2)).toBe(-3);
    // Division is signed: 0xffffffffffffffff is -1 (GNU as gives 0 here too).
    expect(data('\t.quad 1 << 63, (1 << 32) + 5, 0xffffffffffffffff / 3, 0x8000000000000000 >> 62')).toBe('8000000000000000' + '0000000100000005' + '0000000000000000' + '0000000000000002');
  });

  it('follows GNU as precedence: * and << bind tighter than & |, then + -, then comparisons, &&, ||', () => {
    expect(data('\t.long 1 + 2 & 3, 8 >> 1 + 1, 2 == 1 + 1, 1 || 0 && 0, 6 ! 1 + 0')).toBe(
      [3, 5, -1, 1, 6 | ~1].map((v) => (v >>> 0).toString(16).padStart(8, '0')).join(''),
    );
  });

  it('reads character constants, binary and octal numbers, and the location counter', () => {
    expect(data("\t.byte 'a, 'b', '\\n, '\\\\, 0b101, 010, 0x1F\nhere:\t.byte . - here")).toBe('6162' + '0a5c' + '05081f' + '00');
  });

  it('evaluates forward references at the end of the file', () => {
    expect(data('\t.long later - first, size\nfirst:\t.long 0\nlater:\nsize = later - first')).toBe('00000004' + '00000004' + '00000000');
  });

  it('lets .set redefine a symbol; later uses see the new value', () => {
    expect(data('\t.set v, 1\n\t.long v\n\t.set v, v + 1\n\t.long v')).toBe('0000000100000002');
  });

  it('applies @l, @h and @ha to absolute values (signed fields sign-extend)', () => {
    expect(text('\taddi 3, 3, 0x12348765@l\n\tlis 3, 0x12348765@ha\n\tori 3, 3, 0x12348765@l\n\tli 3, (0x10000 + 4)@h')).toEqual([
      0x38638765, 0x3c601235, 0x60638765, 0x38600001,
    ]);
  });
});

describe('labels and symbols', () => {
  it('numeric local labels refer to the nearest definition in the given direction', () => {
    expect(text('1:\tb 1f\n1:\tb 1b\n\tb 1b\n1:')).toEqual([0x48000004, 0x48000000, 0x4bfffffc]);
  });

  it('records .type, .size and binding in the symbol table', () => {
    const r = assemble([{ name: 'x.s', text: '\t.globl f\n\t.type f, @function\nf:\tnop\n\tblr\n\t.size f, . - f\n\t.data\n\t.weak w\n\t.type w, %object\nw:\t.long 0\n\t.size w, 4\n' }]);
    expect(r.symbols.find((s) => s.name === 'f')).toMatchObject({ value: 0, size: 8, type: 2, binding: 'global' });
    expect(r.symbols.find((s) => s.name === 'w')).toMatchObject({ size: 4, type: 1, binding: 'weak' });
  });

  it('keeps .L symbols and numeric local labels out of the symbol table', () => {
    const r = assemble([{ name: 'x.s', text: '.Lhidden:\tnop\n1:\tnop\nshown:\tnop\n' }]);
    expect(r.symbols.map((s) => s.name)).toEqual(['shown']);
  });
});

describe('macros, repetition and conditionals', () => {
  it('supports varargs, \\() and nested macros', () => {
    const src = [
      '\t.macro all first, rest:vararg', '\t.byte \\first', '\t.ifnb \\rest', '\tall \\rest', '\t.endif', '\t.endm',
      '\t.macro lbl n', 'l\\n\\()x:\t.byte \\n', '\t.endm',
      '\tall 1, 2, 3', '\tlbl 7', '\t.byte l7x - l7x + 9',
    ].join('\n');
    expect(data(src)).toBe('01020307' + '09');
  });

  it('stops an expansion at .exitm', () => {
    expect(data('\t.macro m\n\t.byte 1\n\t.exitm\n\t.byte 2\n\t.endm\n\tm\n\t.byte 3')).toBe('0103');
  });

  it('reports errors inside a macro with the place it was used', () => {
    try {
      assemble([{ name: 'x.s', text: '\t.macro bad\n\tli 3, 99999\n\t.endm\n\tnop\n\tbad\n' }]);
      throw new Error('no error');
    } catch (e) {
      const d = (e as UserError).diagnostics[0]!;
      expect(d.message).toBe('SI out of range: 99999 is not in -32768..32767');
      expect(d.loc?.line).toBe(2);
      expect(d.notes?.[0]).toMatchObject({ message: "in expansion of macro 'bad'", loc: { file: 'x.s', line: 5 } });
    }
  });

  it('nests .rept and .irp', () => {
    expect(data('\t.rept 2\n\t.irp v, 1, 2\n\t.byte \\v\n\t.endr\n\t.endr')).toBe('01020102');
  });

  it('reports endless macro recursion instead of crashing', () => {
    expect(errors('\t.macro m\n\tm\n\t.endm\n\tm').some((e) => e.includes('nested more than'))).toBe(true);
  });
});

describe('files and sections', () => {
  it('includes sources given in memory and binary files', () => {
    const inc = { name: 'inc/defs.s', text: 'VALUE = 0x42\n\t.macro put\n\t.byte VALUE\n\t.endm\n' };
    const bin = { name: 'blob.bin', bytes: new Uint8Array([0x41, 0x42, 0x43, 0x44]) };
    expect(data('\t.include "inc/defs.s"\n\tput\n\t.incbin "blob.bin", 1, 2', [inc, bin])).toBe('424243');
  });

  it('keeps sections apart and honours .section flags, .previous and .pushsection', () => {
    const r = assemble([{ name: 'x.s', text: '\tnop\n\t.section .mine, "aw", @progbits\n\t.long 1\n\t.previous\n\tnop\n\t.pushsection .rodata\n\t.long 2\n\t.popsection\n\tnop\n' }]);
    const names = r.image.sections.map((s) => s.name);
    expect(names).toEqual(['.text', '.rodata', '.mine']);
    expect(r.image.sections[0]!.size).toBe(12);
  });

  it('accepts the directives GCC writes that carry no bytes', () => {
    const o = assembleObject({ name: 'x.s', text: '\t.file "x.c"\n\t.machine "440"\n\t.ident "GCC"\n\t.cfi_startproc\n\t.cfi_def_cfa_offset 16\n\t.cfi_endproc\n\t.section .note.GNU-stack,"",@progbits\n' });
    expect(o.object.sections.map((s) => s.size)).toEqual([0, 0]);
  });

  it('fills code alignment with nops and data alignment with zeros', () => {
    expect(text('\tli 3, 1\n\t.p2align 4\n\tli 3, 2')).toEqual([0x38600001, 0x60000000, 0x60000000, 0x60000000, 0x38600002]);
    expect(data('\t.byte 1\n\t.align 2\n\t.byte 2\n\t.balign 4, 0xee')).toBe('01000000' + '02eeeeee');
  });
});

describe('disassembleWord', () => {
  it('prints extended mnemonics, hints and targets', () => {
    expect(disassembleWord(0x7c832378)).toBe('mr r3,r4');
    expect(disassembleWord(0x4182fff8, 0x100)).toBe('beq 0xf8');
    expect(disassembleWord(0x41a2fff8, 0x100, { unnamed: 'relative' })).toBe('beq- .-8');
    expect(disassembleWord(0x41a20008, 0x100, { symbols: new Map([[0x108, 'next']]) })).toBe('beq+ next');
    expect(disassembleWord(0x48000008, 0x100, new Map([[0x108, 'next']]))).toBe('b next');
    expect(disassembleWord(0x48000008, 0x100, (a) => (a === 0x108 ? 'fn' : undefined))).toBe('b fn');
    expect(disassembleWord(0x4d9e0020)).toBe('beqlr cr7');
    expect(disassembleWord(0x7c6802a6)).toBe('mflr r3');
    expect(disassembleWord(0x10221f37)).toBe('fxvaddbm v1,v2,v3,eq');
    expect(disassembleWord(0x54632036)).toBe('slwi r3,r3,4');
    expect(disassembleWord(0x54632876)).toBe('rlwinm r3,r3,5,1,27');
  });

  it('prints words that are not instructions, or not written that way by GNU as, as .long', () => {
    expect(disassembleWord(0)).toBe('.long 0x00000000');
    expect(disassembleWord(0x7c6c42e6)).toBe('.long 0x7c6c42e6'); // mftb XO 371: GNU as -m440 writes mfspr 268
    expect(disassembleWord(0x40c00000)).toBe('.long 0x40c00000'); // bc with BO 6 (z bit set)
    expect(disassembleWord(0x84630000)).toBe('.long 0x84630000'); // lwzu r3,0(r3): invalid form
  });
});
