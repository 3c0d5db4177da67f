// Generates docs/assembler-mnemonics.md from the assembler's tables: every base instruction with
// its operand syntax and suffixes, every extended mnemonic with an example and the base
// instruction it stands for, and the FXV instructions. test/assembler/docs.test.ts keeps the
// committed file in step with the tables.

import { EXT_FORMS, SHADOWED_BASE } from '../../assembler/extended.js';
import { BASE_FORMS, type Form, type OperandSpec } from '../../assembler/forms.js';
import { lookupMnemonic } from '../../assembler/mnemonics.js';
import { ALL_INSNS, isVecDef } from '../../ppu/isa/index.js';

const fmtRange = (o: OperandSpec) => {
  if (o.kind === 'gpr' || o.kind === 'vr' || o.kind === 'crf' || o.kind === 'crbit' || o.kind === 'target' || o.kind === 'mask') return '';
  if (o.kind === 'cond') return ' (0..3, gt lt eq)';
  return ` (${o.min}..${o.max})`;
};

function opText(o: OperandSpec): string {
  let t: string;
  switch (o.kind) {
    case 'disp': t = 'D(RA)'; break;
    case 'target': t = 'target'; break;
    case 'mask': t = 'mask'; break;
    default: t = o.name;
  }
  t += fmtRange(o);
  return o.optional ? `[${t}]` : t;
}

function sample(o: OperandSpec, k: number): { text: string; values: number[] } {
  switch (o.kind) {
    case 'gpr': return { text: `r${3 + k}`, values: [3 + k] };
    case 'vr': return { text: `v${1 + k}`, values: [1 + k] };
    case 'crf': return { text: 'cr1', values: [1] };
    case 'crbit': return { text: `${4 * k + 2}`, values: [4 * k + 2] };
    case 'cond': return { text: 'gt', values: [1] };
    case 'imm': case 'imm16': {
      const v = o.name === 'SPR' ? 268 : Math.max(o.min, Math.min(o.max, [5, 8, 3, 2][k] ?? 1));
      return { text: String(v), values: [v] };
    }
    case 'disp': return { text: '8(r1)', values: [8, 1] };
    case 'target': return { text: 'L', values: [64] };
    case 'mask': return { text: '0xff00', values: [16, 23] };
  }
}

function baseText(form: Form, fields: number[]): string {
  const base = BASE_FORMS.get(form.def.mnemonic)!;
  const parts: string[] = [];
  let k = 0;
  for (const o of base.ops) {
    const v = fields[k]!;
    if (o.kind === 'disp') { parts.push(`${v}(r${fields[k + 1]})`); k += 2; continue; }
    k++;
    if (o.kind === 'cond' && v === 0) continue;
    parts.push(o.kind === 'gpr' ? `r${v}` : o.kind === 'vr' ? `v${v}` : o.kind === 'crf' ? `cr${v}` : o.kind === 'target' ? 'L' : String(v));
  }
  return `${form.def.mnemonic} ${parts.join(',')}`.trim();
}

function suffixes(name: string, f: Form): string {
  const s: string[] = [];
  if (f.oe) s.push('o');
  if (f.rc) s.push('.');
  if (f.lk) s.push('l');
  if (f.aa && lookupMnemonic(`${name}a`)) s.push('a');
  if (f.hint && f.hint !== 'raw') s.push('+ -');
  if (f.hint === 'raw') s.push('+');
  if (f.def.form === 'FXV') s.push('.gt .lt .eq');
  return s.join(' ');
}

export function mnemonicsDoc(): string {
  const out: string[] = [
    '# Assembler mnemonics',
    '',
    'Generated from the ISA table (`ppu/isa/`) and the extended-mnemonic table (`assembler/extended.ts`)',
    'by `node --import tsx scripts/gen-asm-docs.ts`; do not edit. Syntax and semantics of the',
    'assembler are in [assembler.md](assembler.md).',
    '',
    'Operands in brackets are optional. Suffixes: `o` overflow (OE), `.` record (Rc, CR0), `l` link',
    '(LK), `a` absolute (AA), `+`/`-` branch hints, `.gt .lt .eq` FXV condition.',
    '',
    '## Base instructions',
    '',
    '| mnemonic | operands | suffixes | category | what it does |',
    '|---|---|---|---|---|',
  ];
  for (const d of ALL_INSNS) {
    const f = BASE_FORMS.get(d.mnemonic)!;
    const name = SHADOWED_BASE.has(d.mnemonic) ? `${d.mnemonic} (see note)` : d.mnemonic;
    out.push(`| ${name} | ${f.ops.map(opText).join(', ')} | ${suffixes(d.mnemonic, f)} | ${d.category} | ${d.doc.replace(/\|/g, '\\|')} |`);
  }
  out.push(
    '',
    'Note: GNU as -m440 gives the names `mftb` and `sync` to extended mnemonics (mfspr RT,268/269 and',
    'sync with L = 0). dls does the same, so the ISA rows `mftb` (XO 371) and `sync L` with L = 2, 3 have',
    'no name in assembly; the disassembler prints such words as `.long`.',
    '',
    '## Extended mnemonics',
    '',
    '| mnemonic | operands | example | is |',
    '|---|---|---|---|',
  );
  for (const f of EXT_FORMS) {
    if (f.ops.some((o) => o.kind === 'mask')) {
      out.push(`| ${f.name} | ${f.ops.map(opText).join(', ')} | ${f.name} r3,r4,${f.ops[2]!.kind === 'gpr' ? 'r5' : '4'},0xff00 | ${f.def.mnemonic} with MB,ME of the mask (one run of ones, may wrap) |`);
      continue;
    }
    const samples = f.ops.map((o, k) => sample(o, k));
    const fields = f.toBase(samples.flatMap((s) => s.values));
    out.push(`| ${f.name} | ${f.ops.map(opText).join(', ')} | ${`${f.name} ${samples.map((s) => s.text).join(',')}`.trim()} | ${baseText(f, fields)} |`);
  }
  out.push('', '## FXV (vector unit)', '', '| mnemonic | operands | XO | what it does |', '|---|---|---|---|');
  for (const d of ALL_INSNS.filter(isVecDef)) {
    out.push(`| ${d.mnemonic} | ${BASE_FORMS.get(d.mnemonic)!.ops.map(opText).join(', ')} | ${d.xo} | ${d.doc} |`);
  }
  return `${out.join('\n')}\n`;
}
