// Round trip: assemble -> disassemble -> assemble gives identical bytes (fast-check, fixed seed).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble, disassemble, disassembleWord } from '../../assembler/index.js';
import { BASE_FORMS } from '../../assembler/forms.js';
import { EXT_FORMS } from '../../assembler/extended.js';
import { lookupMnemonic, allMnemonics } from '../../assembler/mnemonics.js';
import { ALL_INSNS, encode, fieldRange, operandFields, isVecDef } from '../../ppu/isa/index.js';
import type { Form, OperandSpec } from '../../assembler/forms.js';

const SEED = 20240611;

/** Assemble a list of lines at address 0 (dls profile) and return the .text words. */
function words(lines: string[]): number[] {
  const r = assemble([{ name: 'rt.s', text: `\t.text\n${lines.map((l) => `\t${l}`).join('\n')}\n` }], { sectionStart: { '.text': 0 } });
  const t = r.image.sections.find((s) => s.name === '.text')!;
  const dv = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  return Array.from({ length: t.size / 4 }, (_, i) => dv.getUint32(4 * i));
}

/** A random encoded instruction from a base row (fields anywhere in their ranges, any suffixes). */
const rowWord = fc.integer({ min: 0, max: ALL_INSNS.length - 1 }).chain((i) => {
  const d = ALL_INSNS[i]!;
  const fields = d.operands.flatMap((op) => operandFields(d, op));
  return fc.tuple(
    fc.tuple(...fields.map((f) => {
      const r = fieldRange(f);
      return fc.integer({ min: r.min / r.step, max: r.max / r.step }).map((v) => v * r.step);
    })),
    fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 3 }),
  ).map(([vals, oe, rc, lk, aa, cond]) => encode(d, vals as number[], {
    oe: oe && d.oe, rc: rc && d.rc === 'opt', lk: lk && d.lk, aa: aa && d.aa, cond: isVecDef(d) ? cond : undefined,
  }));
});

describe('round trip of single instructions', () => {
  it('every encodable word disassembles to text that assembles to the same word', () => {
    let named = 0;
    let total = 0;
    fc.assert(fc.property(rowWord, fc.integer({ min: 0, max: 0x3ff }), (w, slot) => {
      const pc = slot * 4;
      const text = disassembleWord(w, pc, { unnamed: 'relative' });
      total++;
      if (!text.startsWith('.long')) named++;
      // Place the word at `pc` so PC-relative targets mean the same thing.
      const got = words([`.space ${pc}`, text])[pc / 4];
      expect(`${text} -> 0x${(got! >>> 0).toString(16)}`).toBe(`${text} -> 0x${(w >>> 0).toString(16)}`);
    }), { seed: SEED, numRuns: 3000 });
    // The property must be about instructions, not about .long: most words are printed as such.
    expect(named / total).toBeGreaterThan(0.8);
  });

  it('random words (canonical or not) survive the round trip', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (w) => {
      const text = disassembleWord(w, 0x100, { unnamed: 'relative' });
      const got = words(['.space 0x100', text])[0x40];
      expect(got).toBe(w >>> 0);
    }), { seed: SEED, numRuns: 1500 });
  });
});

/** Text of a random operand for a spec (within the spec's range). */
function operandArb(o: OperandSpec): fc.Arbitrary<string> {
  const int = (min: number, max: number) => fc.integer({ min, max });
  switch (o.kind) {
    case 'gpr': return int(0, 31).chain((n) => fc.constantFrom(`${n}`, `r${n}`, `%r${n}`));
    case 'vr': return int(0, 31).chain((n) => fc.constantFrom(`${n}`, `v${n}`));
    case 'crf': return int(0, 7).chain((n) => fc.constantFrom(`${n}`, `cr${n}`));
    case 'crbit': return int(0, 31).chain((n) => fc.constantFrom(`${n}`, `4*cr${n >> 2}+${['lt', 'gt', 'eq', 'so'][n & 3]}`));
    case 'cond': return fc.constantFrom('0', '1', '2', '3', 'gt', 'lt', 'eq');
    case 'imm': case 'imm16': return int(o.min, o.max).map(String);
    case 'disp': return fc.tuple(int(o.min, o.max), int(1, 31)).map(([d, r]) => `${d}(${r})`);
    case 'mask': return fc.tuple(int(0, 31), int(0, 31)).map(([b, e]) => {
      const ones = (from: number, to: number) => ((0xffffffff >>> from) & ~(to >= 31 ? 0 : 0xffffffff >>> (to + 1))) >>> 0;
      return `0x${(b <= e ? ones(b, e) : (ones(0, e) | ones(b, 31)) >>> 0).toString(16)}`;
    });
    case 'target': return int(-64, 64).map((k) => (k >= 0 ? `.+${4 * k}` : `.-${-4 * k}`));
  }
}

const allForms: { name: string; form: Form }[] = allMnemonics().flatMap((name) => lookupMnemonic(name)!.forms.map((form) => ({ name, form })));

describe('round trip of written instructions', () => {
  it('knows forms for all rows and extended mnemonics', () => {
    expect(BASE_FORMS.size).toBe(ALL_INSNS.length);
    expect(EXT_FORMS.length).toBeGreaterThan(150);
  });

  it('assemble -> disassemble -> assemble gives the same bytes (every mnemonic and form)', () => {
    const arb = fc.integer({ min: 0, max: allForms.length - 1 }).chain((i) => {
      const { name, form } = allForms[i]!;
      const aa = lookupMnemonic(name)!.aa;
      return fc.tuple(fc.constant(name), fc.tuple(...form.ops.map((o) => (o.kind === 'target' && aa ? fc.integer({ min: -64, max: 64 }).map((k) => String(4 * k)) : operandArb(o)))), fc.constantFrom('', '+', '-'));
    });
    let checked = 0;
    fc.assert(fc.property(arb, ([name, ops, hint]) => {
      const form = lookupMnemonic(name)!.forms[0]!;
      const line = `${name}${form.hint && form.hint !== 'raw' ? hint : ''} ${ops.join(', ')}`;
      let first: number;
      try {
        first = words(['.space 0x200', line])[0x80]!;
      } catch {
        return; // an operand combination the assembler rejects (e.g. an invalid BO value)
      }
      checked++;
      const text = disassembleWord(first, 0x200, { unnamed: 'relative' });
      const second = words(['.space 0x200', text])[0x80]!;
      expect(`${line} => ${text} => 0x${second.toString(16)}`).toBe(`${line} => ${text} => 0x${first.toString(16)}`);
    }), { seed: SEED, numRuns: 4000 });
    expect(checked).toBeGreaterThan(3000);
  });
});

describe('round trip of whole programs', () => {
  it('an ELF disassembles to a listing that reassembles to the same sections', () => {
    const line = fc.integer({ min: 0, max: allForms.length - 1 }).chain((i) => {
      const { name, form } = allForms[i]!;
      const aa = lookupMnemonic(name)!.aa;
      return fc.tuple(...form.ops.map((o) => (o.kind === 'target' ? (aa ? fc.constant('0x100') : fc.constantFrom('top', 'bottom', 'mid')) : operandArb(o))))
        .map((ops) => `${name} ${ops.join(', ')}`);
    });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 8 }), (insns, data) => {
      const ok = insns.filter((l) => {
        try {
          assemble([{ name: 'x.s', text: `top:\nmid:\nbottom:\n\t${l}\n` }]);
          return true;
        } catch {
          return false;
        }
      });
      const src = [
        '\t.text', '\t.globl _start', '_start:', 'top:', ...ok.slice(0, ok.length >> 1).map((l) => `\t${l}`),
        'mid:', ...ok.slice(ok.length >> 1).map((l) => `\t${l}`), 'bottom:', '\tblr',
        '\t.data', 'table:', `\t.long ${[...data, 0].join(', ')}`, '\t.byte 1, 2, 3',
        '\t.bss', 'buf:', '\t.space 24',
      ].join('\n');
      const first = assemble([{ name: 'prog.s', text: `${src}\n` }]);
      const listing = disassemble({ bytes: first.elf, name: 'prog.elf' });
      const starts = Object.fromEntries([...listing.matchAll(/--section-start (\S+)=(0x[0-9a-f]+)/g)].map((m) => [m[1]!, Number(m[2])]));
      const second = assemble([{ name: 'listing.s', text: listing }], { sectionStart: starts });
      for (const s of first.image.sections) {
        const t = second.image.sections.find((x) => x.name === s.name)!;
        expect(t.addr).toBe(s.addr);
        expect(t.size).toBe(s.size);
        expect(Buffer.from(t.data).toString('hex')).toBe(Buffer.from(s.data).toString('hex'));
      }
      expect(second.entry).toBe(first.entry);
      for (const y of first.symbols) expect(second.symbols.find((z) => z.name === y.name)?.value).toBe(y.value);
    }), { seed: SEED, numRuns: 60 });
  });
});
