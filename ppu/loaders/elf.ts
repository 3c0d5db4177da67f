// Reader for static ELF32 big-endian PowerPC executables: loadable segments, entry point and the
// symbol table (for disassembly and reports). Anything else is rejected with a message that says
// what is wrong and where in the file.

import { UserError } from '../../common/errors.js';

export interface ElfSegment {
  vaddr: number;
  /** File bytes; the segment is zero-filled up to memsz. */
  data: Uint8Array;
  memsz: number;
  flags: number; // PF_X 1, PF_W 2, PF_R 4
}

export interface ElfSymbol {
  name: string;
  value: number;
  size: number;
  type: 'func' | 'object' | 'notype' | 'section' | 'file' | 'other';
  global: boolean;
  section: number;
}

export interface ElfSection {
  name: string;
  type: number;
  addr: number;
  offset: number;
  size: number;
  flags: number;
}

export interface ElfImage {
  entry: number;
  segments: ElfSegment[];
  sections: ElfSection[];
  symbols: ElfSymbol[];
}

export const EM_PPC = 20;
const PT_LOAD = 1;
const SHT_SYMTAB = 2;

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

export function readElf(bytes: Uint8Array, file = '<elf>'): ElfImage {
  const fail = (msg: string, offset?: number): never => {
    throw new UserError(`${file}${offset !== undefined ? ` (offset 0x${offset.toString(16)})` : ''}: ${msg}`);
  };
  if (!isElf(bytes)) fail('not an ELF file (bad magic)', 0);
  if (bytes.length < 52) fail(`truncated ELF header (${bytes.length} bytes, need 52)`, 0);
  if (bytes[4] !== 1) fail('not a 32-bit ELF file (EI_CLASS is not ELFCLASS32)', 4);
  if (bytes[5] !== 2) fail('not a big-endian ELF file (EI_DATA is not ELFDATA2MSB)', 5);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => {
    if (o + 2 > bytes.length) fail('field past the end of the file', o);
    return dv.getUint16(o);
  };
  const u32 = (o: number) => {
    if (o + 4 > bytes.length) fail('field past the end of the file', o);
    return dv.getUint32(o);
  };
  const type = u16(16);
  if (type !== 2) fail(`not an executable (e_type ${type}; link with -static -no-pie)`, 16);
  const machine = u16(18);
  if (machine !== EM_PPC) fail(`not a PowerPC executable (e_machine ${machine}, expected ${EM_PPC})`, 18);
  const entry = u32(24);
  const phoff = u32(28);
  const shoff = u32(32);
  const phentsize = u16(42);
  const phnum = u16(44);
  const shentsize = u16(46);
  const shnum = u16(48);
  const shstrndx = u16(50);

  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    if (u32(o) !== PT_LOAD) continue;
    const offset = u32(o + 4);
    const vaddr = u32(o + 8);
    const filesz = u32(o + 16);
    const memsz = u32(o + 20);
    const flags = u32(o + 24);
    if (offset + filesz > bytes.length) fail(`segment ${i} extends past the end of the file`, o);
    if (memsz < filesz) fail(`segment ${i} has memsz < filesz`, o);
    segments.push({ vaddr, data: bytes.slice(offset, offset + filesz), memsz, flags });
  }
  if (segments.length === 0) fail('no loadable segments');

  const sections: ElfSection[] = [];
  if (shoff !== 0 && shnum > 0) {
    if (shoff + shnum * shentsize > bytes.length) fail('section header table past the end of the file', shoff);
    const raw = [];
    for (let i = 0; i < shnum; i++) {
      const o = shoff + i * shentsize;
      raw.push({
        nameOff: u32(o), type: u32(o + 4), flags: u32(o + 8), addr: u32(o + 12),
        offset: u32(o + 16), size: u32(o + 20), link: u32(o + 24),
      });
    }
    const strtab = raw[shstrndx];
    const str = (tab: { offset: number; size: number } | undefined, off: number): string => {
      if (!tab) return '';
      let s = '';
      for (let p = tab.offset + off; p < bytes.length && p < tab.offset + tab.size && bytes[p] !== 0; p++) {
        s += String.fromCharCode(bytes[p]!);
      }
      return s;
    };
    for (const s of raw) {
      sections.push({ name: str(strtab, s.nameOff), type: s.type, addr: s.addr, offset: s.offset, size: s.size, flags: s.flags });
    }
    const symbols: ElfSymbol[] = [];
    for (const s of raw) {
      if (s.type !== SHT_SYMTAB) continue;
      const names = raw[s.link];
      for (let o = s.offset + 16; o + 16 <= s.offset + s.size; o += 16) {
        const info = bytes[o + 12]!;
        const t = info & 15;
        symbols.push({
          name: str(names, u32(o)),
          value: u32(o + 4),
          size: u32(o + 8),
          type: t === 0 ? 'notype' : t === 1 ? 'object' : t === 2 ? 'func' : t === 3 ? 'section' : t === 4 ? 'file' : 'other',
          global: info >> 4 !== 0,
          section: u16(o + 14),
        });
      }
    }
    return { entry, segments, sections, symbols };
  }
  return { entry, segments, sections, symbols: [] };
}
