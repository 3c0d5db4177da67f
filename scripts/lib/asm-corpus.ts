// The byte-exact corpus: assembly snippets generated from the ISA table and the extended
// mnemonic table (every mnemonic with every suffix, operands at and beyond their limits, every
// branch form with + and - hints), plus hand-written cases for data directives, expressions,
// relocation operators and linking. scripts/gen-asm-corpus.ts runs GNU as + ld on them.
//
// A snippet is written twice: the dls text and the GNU text. They are the same except for
// instructions GNU as does not know (FXV, and `wait`, which -m440 rejects): the GNU text has the
// word from the ISA table's encoder as `.long`.

import { encode } from '../../ppu/isa/index.js';
import { allMnemonics, lookupMnemonic } from '../../assembler/mnemonics.js';
import type { Form, OperandSpec } from '../../assembler/forms.js';

export interface Snippet {
  dls: string[];
  gnu: string[];
  /** The mnemonic the snippet exercises (for coverage). */
  mnemonic: string;
}

interface Sample {
  text: string;
  /** Numeric value(s) for dls-only encodings. */
  values: number[];
  /** Lines before and after the instruction (labels for branch targets). */
  before?: string[];
  after?: string[];
}

const s = (text: string, ...values: number[]): Sample => ({ text, values });

function midGpr(k: number): number {
  return [3, 4, 5, 6, 7][k] ?? 3;
}

function samples(spec: OperandSpec, k: number, aa: boolean, dlsOnly: boolean): { mid: Sample; extremes: Sample[] } {
  const num = (v: number) => s(String(v), v);
  switch (spec.kind) {
    case 'gpr': {
      const m = midGpr(k);
      return { mid: num(m), extremes: [num(0), num(31), s(`%r${(m + 9) % 32}`, (m + 9) % 32)] };
    }
    case 'crf':
      return { mid: s('cr1', 1), extremes: [s('cr0', 0), s('cr7', 7), num(5), num(8)] };
    case 'crbit':
      return { mid: s('4*cr1+gt', 5), extremes: [num(0), num(31), s('eq', 2), s('4*cr7+so', 31), num(32)] };
    case 'vr': {
      const m = [1, 2, 3][k] ?? 1;
      return { mid: s(`v${m}`, m), extremes: [num(0), s('v31', 31), s(`%v${m + 10}`, m + 10)] };
    }
    case 'cond':
      return { mid: s('gt', 1), extremes: [num(0), num(3), s('lt', 2), s('eq', 3)] };
    case 'imm': {
      // BO: the valid encodings, some invalid ones, and the limits.
      if (spec.name === 'BO') return { mid: num(12), extremes: [num(4), num(20), num(16), num(0), num(13), num(6), num(21), num(31), num(32)] };
      const ext = [num(spec.min), num(spec.max)];
      if (!dlsOnly) ext.push(num(spec.min - 1), num(spec.max + 1));
      const m = spec.min <= 1 && spec.max >= 1 ? 1 : spec.min;
      return { mid: num(m), extremes: ext };
    }
    case 'imm16':
      return { mid: num(1), extremes: [num(spec.min), num(spec.max), num(spec.min - 1), num(spec.max + 1), s('0x7f00@l', 0x7f00), num(-1)] };
    case 'disp':
      return {
        mid: s('8(1)', 8, 1),
        extremes: [s(`${spec.min}(1)`, spec.min, 1), s(`${spec.max}(31)`, spec.max, 31), s(`${spec.min - 1}(1)`, 0, 1), s(`${spec.max + 1}(1)`, 0, 1), s('0(0)', 0, 0), s('-4(%r1)', -4, 1)],
      };
    case 'mask':
      return { mid: s('0xff', 24, 31), extremes: [s('0xff00000f', 28, 7), s('-1', 0, 31), s('0x0ff0', 20, 27), s('0x80000000', 0, 0), num(0), s('0x0f0f', 0, 0)] };
    case 'target': {
      const max = spec.max;
      const min = spec.min;
      if (aa) {
        return { mid: s('0x100', 0x100), extremes: [num(max), num(min), num(max + 4), s('0x102', 0x102), s('-0x100', -0x100)] };
      }
      return {
        mid: { text: '1f', values: [0], after: ['1:'] },
        extremes: [
          { text: '1b', values: [0], before: ['1:'] },
          s(`.+${max}`, max), s(`.-${-min}`, min), s(`.+${max + 4}`, 0), s('.+2', 0),
        ],
      };
    }
  }
}

/** Instruction snippets for every mnemonic of the table. */
export function instructionSnippets(): Snippet[] {
  const out: Snippet[] = [];
  const names = allMnemonics().sort();
  for (const name of names) {
    const mn = lookupMnemonic(name)!;
    for (const form of mn.forms) {
      // GNU as does not know FXV, and -m440 rejects wait: the GNU text has .long for them.
      const dlsOnly = form.def.category === 'fxv' || form.def.category === 'wait';
      const primary = name === form.name;
      const specs = form.ops;
      const sets = specs.map((sp, k) => samples(sp, k, mn.aa, dlsOnly));
      // With a condition suffix (.gt .lt .eq) the condition operand is left out.
      if (mn.cond !== undefined && specs[specs.length - 1]?.kind === 'cond') {
        const c = sets[sets.length - 1]!;
        c.mid = s('', mn.cond);
        c.extremes = [];
      }
      const tuples: Sample[][] = [sets.map((x) => x.mid)];
      if (primary) {
        sets.forEach((set, k) => {
          for (const e of set.extremes) {
            const t = sets.map((x) => x.mid);
            t[k] = e;
            tuples.push(t);
          }
        });
      }
      for (const t of tuples) out.push(snippet(name, form, t, mn.cond, dlsOnly));
      // Optional operands left out.
      if (specs.some((o) => o.optional)) {
        const t = sets.map((x) => x.mid).filter((_, k) => !specs[k]!.optional);
        out.push(snippet(name, form, t, mn.cond, dlsOnly, true));
      }
      // Branch hints.
      if (form.hint && (primary || name === `${form.name}l` || name === `${form.name}a`)) {
        for (const h of ['+', '-']) {
          const variants: Sample[][] = [sets.map((x) => x.mid)];
          if (form.hint === 'target') {
            const ti = specs.findIndex((o) => o.kind === 'target');
            const back = sets.map((x) => x.mid);
            back[ti] = mn.aa ? s('-0x100', -0x100) : { text: '1b', values: [0], before: ['1:'] };
            variants.push(back);
          }
          for (const t of variants) out.push(snippet(name + h, form, t, mn.cond, dlsOnly));
        }
      }
    }
  }
  return out;
}

function snippet(name: string, form: Form, t: Sample[], cond: number | undefined, dlsOnly: boolean, omitted = false): Snippet {
  const ops = t.map((x) => x.text).filter((x) => x !== '').join(', ');
  const insn = ops ? `\t${name} ${ops}` : `\t${name}`;
  const before = t.flatMap((x) => x.before ?? []);
  const after = t.flatMap((x) => x.after ?? []);
  let gnuInsn = insn;
  if (dlsOnly) {
    // Field values straight from the samples (FXV and wait rows have no extended forms).
    const values = t.flatMap((x) => x.values);
    const fields = form.fields;
    let c = cond;
    let vals = values;
    if (fields[fields.length - 1] === 'C') {
      if (!omitted && values.length === fields.length) {
        c = values[values.length - 1];
        vals = values.slice(0, -1);
      }
    } else if (omitted) {
      vals = form.ops.map((o, k) => (o.optional ? o.dflt ?? 0 : values[k - form.ops.slice(0, k).filter((p) => p.optional).length]!));
    }
    const w = encode(form.def, vals, { cond: c });
    gnuInsn = `\t.long 0x${w.toString(16).padStart(8, '0')}\t# ${insn.trim()}`;
  }
  return { dls: [...before, insn, ...after], gnu: [...before, gnuInsn, ...after], mnemonic: name };
}

/** Hand-written cases: data directives, expressions, relocation operators, directives, linking. */
export const HANDWRITTEN: Record<string, Record<string, string>> = {
  data: {
    'data.s': `# Data directives and expressions, GNU as semantics.
\t.data
bytes:\t.byte 0, 1, -128, 127, 255, 'a, '\\n, 0x7f
halves:\t.short -32768, 32767, 65535, 0x1234
\t.hword 3
\t.2byte 4
\t.word 0x5678
words:\t.long -2147483648, 2147483647, 4294967295, 0x12345678
\t.int 7
\t.4byte 8
\t.quad 0x123456789abcdef0, -1, 1
\t.8byte 0x7fffffffffffffff
strings:\t.ascii "abc", "\\t\\"q\\"\\\\"
\t.asciz "z"
\t.string "octal \\101\\102 hex \\x43"
\t.balign 4
\t.float 1.5, -0.25
\t.double 3.141592653589793
\t.single 2
\t.fill 3, 2, 0x1234
\t.fill 2, 4, -1
\t.fill 1
\t.space 5
\t.space 3, 0xaa
\t.skip 2, 1
\t.zero 3
\t.p2align 3
\t.uleb128 0, 127, 128, 624485
\t.sleb128 -1, 63, -64, 64, -123456
\t.balign 16, 0xee
\t.long 1 + 2 * 3, (1 + 2) * 3, 7 / 2, -7 / 2, 7 % 3, -7 % 3
\t.long 1 << 4, 0x100 >> 4, -1 >> 60, 6 & 3, 6 | 3, 6 ^ 3, 6 ! 3, ~0
\t.long 1 == 1, 1 != 1, 1 <> 2, 1 < 2, 2 < 1, 2 > 1, 1 <= 1, 1 >= 2
\t.long 1 && 2, 0 && 1, 0 || 3, 0 || 0, !0, !5, -(-3), +4
\t.long 3 == 1 + 2, 1 + 2 == 3, 2 * 3 + 1 << 2
\t.long 0b1011, 017, 0X1F, 'A + 1
\t.long words - bytes, . - bytes
sym1 = 0x1234
sym2 = sym1 * 2
\t.set sym3, sym2 + fwdsym
\t.equ sym4, -1
\t.long sym1, sym2, sym3, sym4
fwdsym = 10
\t.long later - bytes
later:
\t.byte 1
\t.align 2
\t.long 0x12345678@l, 0x12348765@l, 0x12345678@h, 0x12348765@ha, 0x1234ffff@ha
\t.short 0x12345678@l, 0x12348765@ha, 0x12345678@h
\t.short 0x7fff@l
\t.text
\tnop
\t.align 4
\t.byte 1
\t.align 2
\t.long 2
\t.p2align 4
\tli 3, 1
`,
  },
  directives: {
    'directives.s': `# Macros, repetition, conditionals, local labels, sections.
\t.macro addthree reg, a, b=2, c:req
\taddi \\reg, \\reg, \\a
\taddi \\reg, \\reg, \\b
\taddi \\reg, \\reg, \\c
\t.endm
\t.macro counted n
\tli 3, \\n
\t.if \\n > 0
\tcounted (\\n - 1)
\t.endif
\t.endm
\t.macro labelled
lab\\@:\tb lab\\@
\t.endm
\t.text
start:
\taddthree 3, 1, c=5
\taddthree 4 7 8 9
\tcounted 3
\tlabelled
\tlabelled
\t.rept 3
\tnop
\t.endr
\t.irp r, 5, 6, 7
\tli \\r, \\r
\t.endr
\t.irpc d, 123
\tli 4, \\d
\t.endr
\t.if 1
\tli 5, 1
\t.elseif 1
\tli 5, 2
\t.else
\tli 5, 3
\t.endif
\t.if 0
\tli 6, 1
\t.elseif 2 > 1
\tli 6, 2
\t.else
\tli 6, 3
\t.endif
\t.ifdef start
\tli 7, 1
\t.endif
\t.ifndef nosuch
\tli 7, 2
\t.endif
\t.ifc abc,abc
\tli 8, 1
\t.endif
\t.ifnc abc,abd
\tli 8, 2
\t.endif
\t.ifeq 0
\tli 9, 1
\t.endif
\t.ifne 0
\tli 9, 2
\t.endif
\t.ifgt 1
\tli 9, 3
\t.endif
\t.iflt -1
\tli 9, 4
\t.endif
\t.ifb
\tli 10, 1
\t.endif
\t.ifnb x
\tli 10, 2
\t.endif
1:\tb 1f
\tb 1b
1:\tb 1b
2:\tbdnz 2b
\tbeq 2f
2:
\tnop; nop ; li 3, 4   # several statements on a line
\tli 4, 5 /* a comment */ ; li 5, 6
/* a comment
   spanning lines */ li 6, 7
\t.section .rodata
ro1:\t.long 1
\t.section .text.second, "ax", @progbits
second:\tnop
\t.pushsection .data
d1:\t.long 0xd1
\t.popsection
\tnop
\t.data
d2:\t.long 0xd2
\t.previous
\tnop
\t.text
\t.org . + 8
\tnop
\t.org 0x400
\tnop
\t.data
\t.long ro1, second, d1, d2
\t.section .sdata, "aw"
sd:\t.long 0x5d
\t.data
\t.long sd
\t.bss
bss1:\t.space 16
\t.lcomm lc1, 8, 8
\t.data
\t.long bss1, lc1
`,
  },
  link: {
    'link_a.s': `# Linking three files: padding between input sections, weak and common symbols.
\t.text
\t.globl _start
_start:
\tbl helper
\tbl weakfn
\tlis 3, shared@ha
\tlwz 3, shared@l(3)
\tlis 4, common_buf@ha
\taddi 4, 4, common_buf@l
\t.byte 1, 2
\t.section .rodata
\t.byte 0xaa
\t.data
\t.byte 0xd1
\t.comm common_buf, 12, 4
\t.weak weakfn
\t.text
\t.p2align 2
weakfn:\tli 3, 1
\tblr
`,
    'link_b.s': `\t.text
\t.p2align 4
\t.globl helper
helper:\tblr
\t.globl weakfn
weakfn:\tli 3, 2
\tblr
\t.section .rodata
\t.p2align 3
\t.long 0xbbbbbbbb
\t.data
\t.p2align 2
\t.globl shared
shared:\t.long 0x5a5a5a5a, common_buf, weakfn
\t.comm common_buf, 20, 8
`,
    'link_c.s': `\t.text
\t.long 0xcccccccc
\t.data
\t.byte 0xc1
\t.align 3
\t.quad 0x0102030405060708
`,
  },
  reloc: {
    'reloc.s': `# Relocation operators against symbols in other sections and files.
\t.text
\t.globl _start
_start:
\tlis 3, dlab@ha
\taddi 3, 3, dlab@l
\tlis 4, dlab@h
\tori 4, 4, dlab@l
\tla 5, dlab@l(3)
\tlwz 6, dlab@l(3)
\tstw 6, dlab+4@l(3)
\tlis 7, (dlab+0x8000)@ha
\taddi 7, 7, (dlab+0x8000)@l
\tlis 8, ext_data@ha
\tlwz 8, ext_data@l(8)
\tli 9, dlab@l
\tli 10, 0x7fff
\tcmplwi 9, dlab@l
\taddis 11, 0, ext_data@ha
\tbl ext_func
\tb ext_func+8
\tbeq ext_near
\tbne+ ext_near
\tbne- ext_near
\tbdnz ext_near
\tbeq- cr3, ext_near+8
\tbeq+ cr3, ext_near-8
\tbla 0x100
\tba ext_abs
\tbl local_func
\tb 1f
\tnop
1:\tblr
local_func:
\tblr
pc_rel:
\tbcl 20, 31, 2f
2:\tmflr 30
\taddis 30, 30, (dlab - 2b)@ha
\taddi 30, 30, (dlab - 2b)@l
\t.data
dlab:\t.long 0
\t.long dlab, dlab + 8, _start, ext_func, ext_data + 4
\t.long ext_func - .
\t.short dlab@l, dlab@h, dlab@ha, ext_data@ha
\t.long local_func
`,
    'reloc_ext.s': `# Definitions for reloc.s (another file).
\t.text
\t.globl ext_func, ext_near
ext_near:
\tnop
ext_func:
\tblr
\t.globl ext_abs
ext_abs = 0x1000
\t.data
\t.globl ext_data
\t.long 0x11111111
ext_data:
\t.long 0xdada
`,
  },
};
