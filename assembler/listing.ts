// Disassembly of whole programs (ELF executables, flat binaries, hex memory images) into
// assembly source that `dls asm` turns back into the same bytes: sections with their flags,
// symbols as labels (with .globl/.weak/.type/.size), branch targets as labels, data as
// .long/.byte, and a header comment giving the command that reassembles it at the same
// addresses.

import { UserError } from '../common/errors.js';
import { isElf, parseHexImage, readElf, type ElfSymbol } from '../ppu/index.js';
import { branchTarget, disassembleWord } from './disasm.js';

export type InputFormat = 'elf' | 'bin' | 'mem';

export interface DisassembleInput {
  bytes: Uint8Array;
  name: string;
  format?: InputFormat;
  /** Load address of a flat binary (default 0). */
  loadAddress?: number;
}

interface Region {
  name: string;
  addr: number;
  size: number;
  /** Contents; undefined for NOBITS sections. */
  data?: Uint8Array;
  code: boolean;
  flags: string;
}

const VALID_NAME = /^[A-Za-z_.$][A-Za-z0-9_.$]*$/;
const hex = (v: number) => `0x${(v >>> 0).toString(16)}`;

function regionsOf(input: DisassembleInput): { regions: Region[]; symbols: ElfSymbol[]; entry: number; format: InputFormat } {
  const bytes = input.bytes;
  const format: InputFormat = input.format ?? (isElf(bytes) ? 'elf' : /\.(mem|hex)$/i.test(input.name) ? 'mem' : 'bin');
  if (format === 'elf') {
    const img = readElf(bytes, input.name);
    const regions: Region[] = [];
    for (const s of img.sections) {
      if (!(s.flags & 2) || s.size === 0) continue; // SHF_ALLOC
      const nobits = s.type === 8;
      regions.push({
        name: s.name, addr: s.addr, size: s.size,
        data: nobits ? undefined : bytes.subarray(s.offset, s.offset + s.size),
        code: (s.flags & 4) !== 0,
        flags: `a${s.flags & 1 ? 'w' : ''}${s.flags & 4 ? 'x' : ''}`,
      });
    }
    if (!regions.length) throw new UserError(`${input.name}: the ELF file has no section headers for loadable sections`);
    return { regions: regions.sort((a, b) => a.addr - b.addr), symbols: img.symbols, entry: img.entry, format };
  }
  const chunks = format === 'mem'
    ? parseHexImage(new TextDecoder().decode(bytes), input.name, input.loadAddress ?? 0)
    : [{ addr: input.loadAddress ?? 0, data: bytes }];
  return {
    regions: chunks.map((c, i) => ({ name: i === 0 ? '.text' : `.text.${i}`, addr: c.addr, size: c.data.length, data: c.data, code: true, flags: 'ax' })),
    symbols: [], entry: chunks[0]?.addr ?? 0, format,
  };
}

/** Assembly source for a whole program. */
export function disassemble(input: DisassembleInput): string {
  const { regions, symbols, entry, format } = regionsOf(input);
  // Labels: the program's own symbols (valid names, unique), then branch targets.
  const labels = new Map<number, string[]>();
  const used = new Set<string>();
  const symInfo = new Map<string, ElfSymbol>();
  const absolute: ElfSymbol[] = [];
  const inRegion = (a: number) => regions.some((r) => a >= r.addr && a <= r.addr + r.size);
  for (const y of symbols) {
    if (!y.name || y.type === 'section' || y.type === 'file' || !VALID_NAME.test(y.name)) continue;
    if (used.has(y.name)) continue; // a second local of the same name: its address gets a generated label
    if (y.section === 0xfff1 || !inRegion(y.value)) {
      if (y.section === 0xfff1) {
        used.add(y.name);
        absolute.push(y);
      }
      continue;
    }
    used.add(y.name);
    symInfo.set(y.name, y);
    const l = labels.get(y.value) ?? [];
    l.push(y.name);
    labels.set(y.value, l);
  }
  for (const r of regions) {
    if (!r.code || !r.data) continue;
    const dv = new DataView(r.data.buffer, r.data.byteOffset, r.data.byteLength);
    for (let i = 0; i + 4 <= r.size; i += 4) {
      const t = branchTarget(dv.getUint32(i), r.addr + i);
      if (t === undefined || labels.has(t) || !inRegion(t)) continue;
      let n = `.L_${t.toString(16).padStart(4, '0')}`;
      while (used.has(n)) n += '_';
      used.add(n);
      labels.set(t, [n]);
    }
  }
  const nameAt = (a: number) => labels.get(a)?.[0];

  const out: string[] = [];
  const starts = regions.map((r) => `--section-start ${r.name}=${hex(r.addr)}`).join(' ');
  const end = Math.max(...regions.map((r) => r.addr + r.size));
  const profile = end > 0x4000 ? ' --profile linux-user' : '';
  out.push(`# Disassembly of ${input.name} (${format}) by dls disasm.`);
  out.push(`# Reassemble with: dls asm FILE.s -o OUT${format === 'elf' ? '' : ` --format ${format}`} ${starts}${profile}`);
  const startSym = symInfo.get('_start');
  if (format === 'elf' && !(startSym && startSym.value === entry) && entry !== regions.find((r) => r.name === '.text')?.addr) {
    out.push(`# Note: the entry point is ${hex(entry)}.`);
  }
  for (const y of absolute) out.push(`${y.name} = ${hex(y.value)}`);
  for (const r of regions) {
    out.push('');
    out.push(`\t.section ${r.name}, "${r.flags}", @${r.data ? 'progbits' : 'nobits'}`);
    // A label at the end of a region belongs to the next region when one starts there.
    const endTaken = regions.some((q) => q !== r && q.addr === r.addr + r.size);
    emitRegion(r, out, labels, symInfo, nameAt, endTaken);
  }
  return `${out.join('\n')}\n`;
}

function labelLines(names: string[] | undefined, symInfo: Map<string, ElfSymbol>, out: string[]): void {
  for (const n of names ?? []) {
    const y = symInfo.get(n);
    if (y) {
      if (y.global) out.push(`\t.globl ${n}`);
      if (y.type === 'func') out.push(`\t.type ${n}, @function`);
      else if (y.type === 'object') out.push(`\t.type ${n}, @object`);
      if (y.size) out.push(`\t.size ${n}, ${y.size}`);
    }
    out.push(`${n}:`);
  }
}

function emitRegion(r: Region, out: string[], labels: Map<number, string[]>, symInfo: Map<string, ElfSymbol>, nameAt: (a: number) => string | undefined, endTaken: boolean): void {
  const labelAt = (off: number) => (off === r.size && endTaken ? undefined : labels.get(r.addr + off));
  // Labels that fall inside a unit (a word, a run of bytes) are set relative to `.`.
  const inner = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) {
      for (const n of labelAt(k) ?? []) out.push(`\t.set ${n}, . + ${k - from}`);
    }
  };
  if (!r.data) {
    let off = 0;
    const cuts = [...labels.keys()].filter((a) => a > r.addr && a < r.addr + r.size).sort((a, b) => a - b).map((a) => a - r.addr);
    labelLines(labelAt(0), symInfo, out);
    for (const c of [...cuts, r.size]) {
      if (c > off) out.push(`\t.zero ${c - off}`);
      off = c;
      if (c < r.size) labelLines(labelAt(c), symInfo, out);
    }
    labelLines(labelAt(r.size), symInfo, out);
    return;
  }
  const data = r.data;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let off = 0;
  const pendingWords: string[] = [];
  const flushWords = () => {
    if (pendingWords.length) out.push(`\t.long ${pendingWords.join(', ')}`);
    pendingWords.length = 0;
  };
  while (off < r.size) {
    const lab = labelAt(off);
    if (lab) {
      flushWords();
      labelLines(lab, symInfo, out);
    }
    const aligned = (r.addr + off) % 4 === 0;
    if (aligned && off + 4 <= r.size) {
      const w = dv.getUint32(off);
      if ([1, 2, 3].some((k) => labelAt(off + k))) flushWords();
      inner(off, off + 4);
      if (r.code) {
        out.push(`\t${disassembleWord(w, r.addr + off, { symbols: nameAt, unnamed: 'relative' })}`);
      } else {
        pendingWords.push(`0x${w.toString(16).padStart(8, '0')}`);
        if (pendingWords.length === 4) flushWords();
      }
      off += 4;
      continue;
    }
    flushWords();
    out.push(`\t.byte 0x${data[off]!.toString(16).padStart(2, '0')}`);
    off++;
  }
  flushWords();
  labelLines(labelAt(r.size), symInfo, out);
}
