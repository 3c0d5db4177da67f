// Output formats of a linked image: an ELF32 big-endian PowerPC executable (program headers,
// section headers, .symtab/.strtab/.shstrtab, readable by readelf, objdump and objcopy), a flat
// binary and a hex memory image.

import { formatHexImage } from '../ppu/index.js';
import type { LinkedImage, OutSection } from './link.js';
import { SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS } from './object.js';

const EHDR = 52;
const PHDR = 32;
const SHDR = 40;

interface Segment {
  vaddr: number;
  sections: OutSection[];
  flags: number;
  offset: number;
  filesz: number;
  memsz: number;
  /** The segment also maps the ELF and program headers (linux-user text segment). */
  headers: boolean;
}

class Buf {
  data = new Uint8Array(4096);
  len = 0;
  private ensure(n: number) {
    if (this.len + n <= this.data.length) return;
    let c = this.data.length * 2;
    while (c < this.len + n) c *= 2;
    const d = new Uint8Array(c);
    d.set(this.data.subarray(0, this.len));
    this.data = d;
  }
  at(off: number) {
    if (off > this.len) {
      this.ensure(off - this.len);
      this.len = off;
    }
  }
  u8(v: number) { this.ensure(1); this.data[this.len++] = v & 0xff; }
  u16(v: number) { this.u8(v >>> 8); this.u8(v); }
  u32(v: number) { this.u16(v >>> 16); this.u16(v & 0xffff); }
  bytes(b: Uint8Array) { this.ensure(b.length); this.data.set(b, this.len); this.len += b.length; }
  result() { return this.data.slice(0, this.len); }
}

function segmentsOf(img: LinkedImage): Segment[] {
  const secs = img.sections.filter((s) => s.size > 0).sort((a, b) => a.addr - b.addr);
  const segs: Segment[] = [];
  for (const s of secs) {
    const flags = 4 | (s.flags & SHF_WRITE ? 2 : 0) | (s.flags & SHF_EXECINSTR ? 1 : 0);
    const last = segs[segs.length - 1];
    const lastSec = last?.sections[last.sections.length - 1];
    const writable = (flags & 2) !== 0;
    const gap = lastSec ? s.addr - (lastSec.addr + lastSec.size) : 0;
    const join = last && lastSec && ((last.flags & 2) !== 0) === writable && gap >= 0 && gap < 0x1000
      && !(lastSec.type === SHT_NOBITS && s.type !== SHT_NOBITS);
    if (join) {
      last.sections.push(s);
      last.flags |= flags;
    } else {
      segs.push({ vaddr: s.addr, sections: [s], flags, offset: 0, filesz: 0, memsz: 0, headers: false });
    }
  }
  return segs;
}

export function writeElf(img: LinkedImage): Uint8Array {
  const segs = segmentsOf(img);
  const linux = img.profile === 'linux-user';
  const align = linux ? 0x10000 : 0x10;
  const phoff = EHDR;
  const hdrEnd = EHDR + PHDR * segs.length;

  // File offsets: each segment's offset is congruent to its address modulo the alignment.
  const secOffset = new Map<OutSection, number>();
  let off = hdrEnd;
  segs.forEach((seg, k) => {
    // The first linux-user segment starts at the ELF header, as ld's do.
    if (k === 0 && linux) {
      const base = seg.vaddr - (seg.vaddr % align);
      if (seg.vaddr - base >= hdrEnd) {
        seg.headers = true;
        seg.offset = 0;
        seg.vaddr = base;
        off = 0;
      }
    }
    if (!seg.headers) {
      const want = ((seg.vaddr % align) + align) % align;
      off = off + ((want - (off % align) + align) % align);
      seg.offset = off;
    }
    const start = seg.vaddr;
    let filesz = 0;
    let memsz = 0;
    for (const s of seg.sections) {
      const rel = s.addr - start;
      secOffset.set(s, seg.offset + rel);
      if (s.type !== SHT_NOBITS) filesz = rel + s.size;
      memsz = rel + s.size;
    }
    if (seg.headers) filesz = Math.max(filesz, hdrEnd);
    seg.filesz = filesz;
    seg.memsz = memsz;
    off = seg.offset + filesz;
  });

  // String tables and the symbol table.
  const shstr = new StrTab();
  const strtab = new StrTab();
  const outSecs = img.sections.filter((s) => s.size > 0 || s.pieces.length > 0);
  const secIndex = new Map<OutSection, number>();
  outSecs.forEach((s, i) => secIndex.set(s, i + 1));
  const syms = [...img.symbols].sort((a, b) => (a.binding === 'local' ? 0 : 1) - (b.binding === 'local' ? 0 : 1));
  const firstGlobal = 1 + syms.filter((s) => s.binding === 'local').length;

  const b = new Buf();
  // ELF header
  b.bytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  b.u16(2); // ET_EXEC
  b.u16(20); // EM_PPC
  b.u32(1);
  b.u32(img.entry);
  b.u32(segs.length ? phoff : 0);
  const shoffPos = b.len;
  b.u32(0); // e_shoff, patched below
  b.u32(0); // e_flags
  b.u16(EHDR);
  b.u16(PHDR);
  b.u16(segs.length);
  b.u16(SHDR);
  const nsec = outSecs.length + 4; // null, sections, .symtab, .strtab, .shstrtab
  b.u16(nsec);
  b.u16(nsec - 1);
  // Program headers
  for (const seg of segs) {
    b.u32(1); // PT_LOAD
    b.u32(seg.offset);
    b.u32(seg.vaddr);
    b.u32(seg.vaddr);
    b.u32(seg.filesz);
    b.u32(seg.memsz);
    b.u32(seg.flags);
    b.u32(align);
  }
  // Section contents
  for (const s of outSecs) {
    if (s.type === SHT_NOBITS || s.size === 0) continue;
    b.at(secOffset.get(s)!);
    b.bytes(s.data);
  }
  // .symtab
  b.at(alignUp(b.len, 4));
  const symtabOff = b.len;
  for (let k = 0; k < 16; k++) b.u8(0);
  for (const s of syms) {
    b.u32(strtab.add(s.name));
    b.u32(s.value);
    b.u32(s.size);
    b.u8(((s.binding === 'local' ? 0 : s.binding === 'weak' ? 2 : 1) << 4) | (s.type & 15));
    b.u8(s.visibility);
    b.u16(s.section ? secIndex.get(s.section) ?? 0xfff1 : 0xfff1);
  }
  const symtabSize = b.len - symtabOff;
  const strtabOff = b.len;
  b.bytes(strtab.bytes());
  const names = outSecs.map((s) => shstr.add(s.name));
  const nSymtab = shstr.add('.symtab');
  const nStrtab = shstr.add('.strtab');
  const nShstrtab = shstr.add('.shstrtab');
  const shstrOff = b.len;
  b.bytes(shstr.bytes());
  b.at(alignUp(b.len, 4));
  const shoff = b.len;
  const sh = (name: number, type: number, flags: number, addr: number, offset: number, size: number, link: number, info: number, al: number, entsize: number) => {
    b.u32(name); b.u32(type); b.u32(flags); b.u32(addr); b.u32(offset); b.u32(size); b.u32(link); b.u32(info); b.u32(al); b.u32(entsize);
  };
  sh(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  outSecs.forEach((s, i) => {
    const o = secOffset.get(s) ?? hdrEnd;
    sh(names[i]!, s.type, s.flags, s.addr, o, s.size, 0, 0, s.align, 0);
  });
  sh(nSymtab, 2, 0, 0, symtabOff, symtabSize, nsec - 2, firstGlobal, 4, 16);
  sh(nStrtab, 3, 0, 0, strtabOff, strtab.size, 0, 0, 1, 0);
  sh(nShstrtab, 3, 0, 0, shstrOff, shstr.size, 0, 0, 1, 0);
  const out = b.result();
  new DataView(out.buffer).setUint32(shoffPos, shoff);
  return out;
}

class StrTab {
  private parts: string[] = [''];
  private map = new Map<string, number>([['', 0]]);
  size = 1;
  add(s: string): number {
    const got = this.map.get(s);
    if (got !== undefined) return got;
    const off = this.size;
    this.map.set(s, off);
    this.parts.push(s);
    this.size += new TextEncoder().encode(s).length + 1;
    return off;
  }
  bytes(): Uint8Array {
    const enc = new TextEncoder();
    const out = new Uint8Array(this.size);
    let p = 0;
    for (const s of this.parts) {
      const e = enc.encode(s);
      out.set(e, p);
      p += e.length + 1;
    }
    return out;
  }
}

const alignUp = (v: number, a: number) => Math.ceil(v / a) * a;

/** The image's loadable contents from its lowest to its highest address (gaps zero-filled). */
export function flatImage(img: LinkedImage): { addr: number; data: Uint8Array } {
  const secs = img.sections.filter((s) => s.size > 0 && s.type !== SHT_NOBITS);
  if (!secs.length) return { addr: 0, data: new Uint8Array(0) };
  const lo = Math.min(...secs.map((s) => s.addr));
  const hi = Math.max(...secs.map((s) => s.addr + s.size));
  if (hi - lo > 256 << 20) throw new Error('flat image larger than 256 MiB');
  const data = new Uint8Array(hi - lo);
  for (const s of secs) data.set(s.data, s.addr - lo);
  return { addr: lo, data };
}

/** Hex memory image: the flat image, one word per line (ppu/loaders/image.ts format). */
export function hexImage(img: LinkedImage): string {
  const f = flatImage(img);
  const padded = new Uint8Array(Math.ceil(f.data.length / 4) * 4);
  padded.set(f.data);
  return formatHexImage(padded, f.addr);
}
