// The relocatable object model shared by the assembler (which produces one object per source
// file), the ELF/archive reader (libgcc.a members and other .o files) and the linker.
//
// It follows ELF closely on purpose: sections with flags and alignment, symbols with binding and
// type, and RELA relocations with R_PPC_* types, so that objects read from real ELF files and
// objects assembled by dls go through exactly the same linker code.

import type { SourceLocation } from '../common/errors.js';

// ELF section flags and types the linker cares about.
export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHF_MERGE = 0x10;
export const SHF_STRINGS = 0x20;
export const SHF_GROUP = 0x200;
export const SHF_TLS = 0x400;

export const SHT_PROGBITS = 1;
export const SHT_NOBITS = 8;
export const SHT_NOTE = 7;

export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;
export const STT_TLS = 6;

export type Binding = 'local' | 'global' | 'weak';

/** Where a thing came from, for messages: an assembly source position or an object file. */
export interface Origin {
  /** Source position (assembled files). */
  loc?: SourceLocation;
  /** The source line text, for the caret display. */
  sourceLine?: string;
  /** Object or archive member name (files read from ELF). */
  object?: string;
}

export class Section {
  /** Bytes (PROGBITS); NOBITS sections only track `size`. */
  data: Uint8Array;
  size = 0;
  align = 1;
  readonly relocs: Reloc[] = [];
  /** Index of the section within its object (for messages and stable ordering). */
  index = 0;

  constructor(
    readonly name: string,
    public type: number,
    public flags: number,
    public entsize = 0,
    readonly object?: ObjectFile,
  ) {
    this.data = new Uint8Array(type === SHT_NOBITS ? 0 : 64);
  }

  get nobits(): boolean {
    return this.type === SHT_NOBITS;
  }

  get code(): boolean {
    return (this.flags & SHF_EXECINSTR) !== 0;
  }

  /** Make room for `n` more bytes and return the offset where they go. */
  reserve(n: number): number {
    const off = this.size;
    const need = off + n;
    if (!this.nobits && need > this.data.length) {
      let cap = this.data.length * 2;
      while (cap < need) cap *= 2;
      const d = new Uint8Array(cap);
      d.set(this.data.subarray(0, off));
      this.data = d;
    }
    this.size = need;
    return off;
  }

  putWord(off: number, w: number): void {
    const d = this.data;
    d[off] = w >>> 24;
    d[off + 1] = (w >>> 16) & 0xff;
    d[off + 2] = (w >>> 8) & 0xff;
    d[off + 3] = w & 0xff;
  }

  getWord(off: number): number {
    const d = this.data;
    return ((d[off]! << 24) | (d[off + 1]! << 16) | (d[off + 2]! << 8) | d[off + 3]!) >>> 0;
  }

  /** The section's bytes (exactly `size` of them; zeros for NOBITS). */
  bytes(): Uint8Array {
    return this.nobits ? new Uint8Array(this.size) : this.data.subarray(0, this.size);
  }
}

export class Sym {
  /** Defining section; null for absolute, undefined and common symbols. */
  section: Section | null = null;
  /** Offset within the section, or the absolute value. */
  value = 0;
  defined = false;
  binding: Binding = 'local';
  type = STT_NOTYPE;
  size = 0;
  /** Common symbol (`.comm`): size in `size`, alignment here. */
  common = 0;
  /** ELF st_other visibility bits (kept so hidden symbols stay hidden). */
  visibility = 0;
  /** Where it is defined, and where it is first used (for undefined-symbol messages). */
  def?: Origin;
  ref?: Origin;

  constructor(readonly name: string) {}
}

export interface Reloc {
  offset: number;
  type: number;
  /** The symbol the relocation refers to; a section-relative relocation uses the section. */
  target: Sym | Section;
  addend: number;
  origin?: Origin;
}

export class ObjectFile {
  readonly sections: Section[] = [];
  readonly symbols: Sym[] = [];
  /** Read from an ELF file (compiler output) rather than assembled by dls. */
  fromElf = false;
  /**
   * Floating-point ABI (GNU attribute Tag_GNU_Power_ABI_FP, low two bits): 0 unknown, 1 hard
   * float, 2 soft float, 3 single-precision hard float. The linker refuses to mix them, as GNU ld.
   */
  fpAbi = 0;
  /** Where the attribute was set (for messages). */
  fpAbiOrigin?: Origin;

  constructor(readonly name: string) {}

  addSection(s: Section): Section {
    s.index = this.sections.length;
    this.sections.push(s);
    return s;
  }
}

export function sectionFlagsString(flags: number): string {
  return `${flags & SHF_ALLOC ? 'a' : ''}${flags & SHF_WRITE ? 'w' : ''}${flags & SHF_EXECINSTR ? 'x' : ''}${flags & SHF_MERGE ? 'M' : ''}${flags & SHF_STRINGS ? 'S' : ''}`;
}
