// Reading relocatable inputs for the linker: ELF32 big-endian PowerPC relocatable objects (.o)
// and `ar` archives of them (libgcc.a), into the same object model the assembler produces.

import { UserError } from '../common/errors.js';
import {
  ObjectFile, Section, Sym, SHT_NOBITS, SHT_NOTE, SHT_PROGBITS, STT_SECTION,
  type Binding,
} from './object.js';
import { isSupportedReloc, relocName } from './relocs.js';

const SHT_SYMTAB = 2;
const SHT_RELA = 4;
const SHT_REL = 9;
const SHT_INIT_ARRAY = 14;
const SHT_FINI_ARRAY = 15;
const SHT_PREINIT_ARRAY = 16;
const SHT_GNU_ATTRIBUTES = 0x6ffffff5;
const SHN_UNDEF = 0;
const SHN_ABS = 0xfff1;
const SHN_COMMON = 0xfff2;

export function isArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && new TextDecoder().decode(bytes.subarray(0, 8)) === '!<arch>\n';
}

export function isElfRelocatable(bytes: Uint8Array): boolean {
  return bytes.length >= 18 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46 && bytes[16] === 0 && bytes[17] === 1;
}

export function readObject(bytes: Uint8Array, name: string): ObjectFile {
  const fail = (msg: string): never => {
    throw new UserError(`${name}: ${msg}`);
  };
  if (bytes.length < 52 || bytes[0] !== 0x7f || bytes[1] !== 0x45) fail('not an ELF file');
  if (bytes[4] !== 1 || bytes[5] !== 2) fail('not a 32-bit big-endian ELF file');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => (o + 2 <= bytes.length ? dv.getUint16(o) : fail(`truncated at offset 0x${o.toString(16)}`));
  const u32 = (o: number) => (o + 4 <= bytes.length ? dv.getUint32(o) : fail(`truncated at offset 0x${o.toString(16)}`));
  if (u16(16) !== 1) fail(`not a relocatable object (e_type ${u16(16)})`);
  if (u16(18) !== 20) fail(`not a PowerPC object (e_machine ${u16(18)})`);
  const shoff = u32(32);
  const shentsize = u16(46);
  const shnum = u16(48);
  const shstrndx = u16(50);
  const sh: { name: number; type: number; flags: number; offset: number; size: number; link: number; info: number; align: number; entsize: number }[] = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    sh.push({
      name: u32(o), type: u32(o + 4), flags: u32(o + 8), offset: u32(o + 16), size: u32(o + 20),
      link: u32(o + 24), info: u32(o + 28), align: u32(o + 32), entsize: u32(o + 36),
    });
  }
  const str = (tab: number, off: number): string => {
    const t = sh[tab];
    if (!t) return '';
    let s = '';
    for (let p = t.offset + off; p < t.offset + t.size && bytes[p] !== 0; p++) s += String.fromCharCode(bytes[p]!);
    return s;
  };
  const obj = new ObjectFile(name);
  obj.fromElf = true;
  const secs: (Section | undefined)[] = [];
  sh.forEach((h, i) => {
    const allocatable = h.type === SHT_PROGBITS || h.type === SHT_NOBITS || h.type === SHT_NOTE
      || h.type === SHT_INIT_ARRAY || h.type === SHT_FINI_ARRAY || h.type === SHT_PREINIT_ARRAY;
    if (!allocatable || i === 0) return;
    const s = new Section(str(shstrndx, h.name), h.type === SHT_NOBITS ? SHT_NOBITS : h.type === SHT_NOTE ? SHT_NOTE : SHT_PROGBITS, h.flags, h.entsize, obj);
    s.align = Math.max(1, h.align);
    if (h.type === SHT_NOBITS) s.size = h.size;
    else {
      if (h.offset + h.size > bytes.length) fail(`section ${s.name} extends past the end of the file`);
      s.data = bytes.slice(h.offset, h.offset + h.size);
      s.size = h.size;
    }
    obj.addSection(s);
    secs[i] = s;
  });
  const syms: Sym[] = [];
  const symtabIdx = sh.findIndex((h) => h.type === SHT_SYMTAB);
  if (symtabIdx >= 0) {
    const t = sh[symtabIdx]!;
    for (let o = t.offset, k = 0; o + 16 <= t.offset + t.size; o += 16, k++) {
      const s = new Sym(str(t.link, u32(o)));
      const info = bytes[o + 12]!;
      const shndx = u16(o + 14);
      s.value = u32(o + 4);
      s.size = u32(o + 8);
      s.type = info & 15;
      s.visibility = bytes[o + 13]! & 3;
      const bind = info >> 4;
      s.binding = (bind === 0 ? 'local' : bind === 2 ? 'weak' : 'global') as Binding;
      s.def = { object: name };
      s.ref = { object: name };
      if (shndx === SHN_UNDEF) s.defined = false;
      else if (shndx === SHN_ABS) {
        s.defined = true;
        s.section = null;
      } else if (shndx === SHN_COMMON) {
        s.common = Math.max(1, s.value);
        s.value = 0;
      } else {
        s.defined = true;
        s.section = secs[shndx] ?? null;
        if (!s.section) {
          // A symbol in a section dls does not load (debug info, say): keep it out of the way.
          s.defined = false;
          s.binding = 'local';
        }
      }
      syms.push(s);
      if (k > 0 && s.type !== STT_SECTION) obj.symbols.push(s);
    }
  }
  const attrs = sh.find((h) => h.type === SHT_GNU_ATTRIBUTES);
  if (attrs) {
    obj.fpAbi = fpAbiOf(bytes.subarray(attrs.offset, attrs.offset + attrs.size));
    obj.fpAbiOrigin = { object: name };
  }
  sh.forEach((h) => {
    if (h.type === SHT_REL) fail('REL relocations are not used on PowerPC (expected RELA)');
    if (h.type !== SHT_RELA) return;
    const target = secs[h.info];
    if (!target) return; // relocations of sections that are not loaded (debug info)
    for (let o = h.offset; o + 12 <= h.offset + h.size; o += 12) {
      const info = u32(o + 4);
      const type = info & 0xff;
      const sym = syms[info >>> 8];
      if (!isSupportedReloc(type)) fail(`relocation ${relocName(type)} in ${target.name} is not supported by the dls linker (a static image has no GOT, PLT or TLS)`);
      if (!sym) fail(`relocation refers to symbol ${info >>> 8}, which does not exist`);
      const t = sym.type === STT_SECTION && sym.section ? sym.section : sym;
      target.relocs.push({ offset: u32(o), type, target: t, addend: dv.getInt32(o + 8), origin: { object: `${name}(${target.name}+0x${u32(o).toString(16)})` } });
    }
  });
  return obj;
}

/** Tag_GNU_Power_ABI_FP (low two bits) from a .gnu.attributes section, 0 if absent. */
function fpAbiOf(b: Uint8Array): number {
  if (b[0] !== 0x41 /* 'A' */) return 0;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 1;
  const uleb = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const x = b[p++] ?? 0;
      v |= (x & 0x7f) << shift;
      shift += 7;
      if (!(x & 0x80) || p >= b.length) return v;
    }
  };
  while (p + 4 <= b.length) {
    const len = dv.getUint32(p);
    const end = p + len;
    let q = p + 4;
    let vendor = '';
    while (q < b.length && b[q] !== 0) vendor += String.fromCharCode(b[q++]!);
    q++;
    if (vendor === 'gnu') {
      while (q + 5 <= end) {
        const subTag = b[q]!;
        const subLen = dv.getUint32(q + 1);
        if (subTag === 1) { // file attributes
          p = q + 5;
          while (p < q + subLen) {
            const tag = uleb();
            const value = uleb();
            if (tag === 4) return value & 3;
            if (tag !== 8 && tag !== 12) break; // only the integer Power tags are understood
          }
        }
        q += subLen;
      }
    }
    if (len === 0) break;
    p = end;
  }
  return 0;
}

export interface ArchiveMember {
  name: string;
  bytes: Uint8Array;
}

export interface Archive {
  name: string;
  members: ArchiveMember[];
  /** Symbol -> index into members, from the archive's symbol table (when it has one). */
  index: Map<string, number> | undefined;
}

export function readArchive(bytes: Uint8Array, name: string): Archive {
  if (!isArchive(bytes)) throw new UserError(`${name}: not an ar archive`);
  const td = new TextDecoder('latin1');
  const members: ArchiveMember[] = [];
  const offsets = new Map<number, number>(); // header offset -> member index
  let symtab: Uint8Array | undefined;
  let longNames = '';
  let p = 8;
  while (p + 60 <= bytes.length) {
    const h = td.decode(bytes.subarray(p, p + 60));
    if (h.slice(58, 60) !== '`\n') throw new UserError(`${name}: bad archive member header at offset ${p}`);
    const rawName = h.slice(0, 16).trimEnd();
    const size = parseInt(h.slice(48, 58).trim(), 10);
    const data = bytes.subarray(p + 60, p + 60 + size);
    if (rawName === '/') symtab = data;
    else if (rawName === '//') longNames = td.decode(data);
    else {
      let mname = rawName;
      if (/^\/\d+$/.test(rawName)) {
        const off = parseInt(rawName.slice(1), 10);
        mname = longNames.slice(off, longNames.indexOf('\n', off)).replace(/\/$/, '');
      } else mname = rawName.replace(/\/$/, '');
      offsets.set(p, members.length);
      members.push({ name: mname, bytes: data });
    }
    p += 60 + size + (size & 1);
  }
  let index: Map<string, number> | undefined;
  if (symtab && symtab.length >= 4) {
    index = new Map();
    const dv = new DataView(symtab.buffer, symtab.byteOffset, symtab.byteLength);
    const n = dv.getUint32(0);
    let s = 4 + 4 * n;
    for (let k = 0; k < n; k++) {
      let e = s;
      while (e < symtab.length && symtab[e] !== 0) e++;
      const sym = td.decode(symtab.subarray(s, e));
      const m = offsets.get(dv.getUint32(4 + 4 * k));
      if (m !== undefined && !index.has(sym)) index.set(sym, m);
      s = e + 1;
    }
  }
  return { name, members, index };
}
