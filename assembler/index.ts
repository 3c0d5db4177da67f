// The assembler's public face: assemble GNU-as-syntax sources (and link them with relocatable
// objects and archives such as libgcc.a) into an ELF executable, a flat binary or a hex memory
// image; disassemble programs back into assembly that reassembles to the same bytes.
//
// Everything works in memory (no temporary files), so the plasticity DSL can call it directly.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { UserError, type Diagnostic } from '../common/errors.js';
import { isArchive, isElfRelocatable, readArchive, readObject, type Archive } from './elfread.js';
import { flatImage, hexImage, writeElf } from './elfwrite.js';
import { FileAssembler, type IncludeResolver } from './file.js';
import { link, type LinkedImage, type OutSymbol, type Profile } from './link.js';
import { formatMap } from './map.js';
import type { ObjectFile } from './object.js';

export interface SourceFile {
  name: string;
  text: string;
}

export interface BinaryFile {
  name: string;
  bytes: Uint8Array;
}

export interface AssembleOptions {
  /** Memory layout: dls (default) or linux-user. */
  profile?: Profile;
  /** Output section name -> start address. */
  sectionStart?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
  /** Relocatable objects (.o) and archives (.a) to link with the sources. */
  objects?: BinaryFile[];
  /** Directories searched for .include and .incbin after the including file's own directory. */
  includeDirs?: string[];
  /** Let .include and .incbin read the file system (default true). */
  fileSystem?: boolean;
  /** Files for .include (text) and .incbin (text or bytes) that are not assembled by themselves. */
  includes?: (SourceFile | BinaryFile)[];
}

export interface AssembleResult {
  image: LinkedImage;
  entry: number;
  symbols: OutSymbol[];
  /** ELF executable. */
  readonly elf: Uint8Array;
  /** Flat binary from the lowest loaded address (`binAddress`). */
  readonly bin: Uint8Array;
  readonly binAddress: number;
  /** Hex memory image. */
  readonly mem: string;
  /** Linker map (text). */
  readonly map: string;
  warnings: Diagnostic[];
  /** Output of .print directives. */
  messages: string[];
}

function resolverFor(sources: readonly SourceFile[], opts: AssembleOptions): IncludeResolver {
  const byName = new Map<string, SourceFile | BinaryFile>([...sources, ...(opts.includes ?? [])].map((s) => [normalize(s.name), s]));
  const textOf = (f: SourceFile | BinaryFile) => ('text' in f ? f.text : new TextDecoder().decode(f.bytes));
  const bytesOf = (f: SourceFile | BinaryFile) => ('bytes' in f ? f.bytes : new TextEncoder().encode(f.text));
  const candidates = (path: string, from: string) => {
    if (isAbsolute(path)) return [normalize(path)];
    return [normalize(join(dirname(from), path)), normalize(path), ...(opts.includeDirs ?? []).map((d) => normalize(join(d, path)))];
  };
  const fsOk = opts.fileSystem ?? true;
  return {
    text(path, from) {
      for (const c of candidates(path, from)) {
        const s = byName.get(c);
        if (s) return { name: s.name, text: textOf(s) };
        if (fsOk && existsSync(c)) return { name: c, text: readFileSync(c, 'utf8') };
      }
      return undefined;
    },
    binary(path, from) {
      for (const c of candidates(path, from)) {
        const s = byName.get(c);
        if (s) return { name: s.name, bytes: bytesOf(s) };
        if (fsOk && existsSync(c)) return { name: c, bytes: new Uint8Array(readFileSync(c)) };
      }
      return undefined;
    },
  };
}

/** Assemble one source into a relocatable object (no linking). Throws UserError listing every problem. */
export function assembleObject(source: SourceFile, opts: AssembleOptions = {}, resolver?: IncludeResolver): { object: ObjectFile; warnings: Diagnostic[]; messages: string[] } {
  const fa = new FileAssembler(source.name, resolver ?? resolverFor([source], opts));
  fa.assembleText(source.text);
  if (fa.diags.length) throw new UserError(fa.diags);
  return { object: fa.obj, warnings: fa.warnings, messages: fa.messages };
}

/** Diagnostics in source order: by file (in the order given), line, column. */
function sortDiagnostics(diags: Diagnostic[], sources: readonly SourceFile[]): Diagnostic[] {
  const fileRank = new Map(sources.map((s, i) => [s.name, i]));
  return diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.loc ? fileRank.get(a.d.loc.file) ?? sources.length : sources.length + 1;
      const fb = b.d.loc ? fileRank.get(b.d.loc.file) ?? sources.length : sources.length + 1;
      return fa - fb || (a.d.loc?.line ?? 0) - (b.d.loc?.line ?? 0) || (a.d.loc?.col ?? 0) - (b.d.loc?.col ?? 0) || a.i - b.i;
    })
    .map((x) => x.d);
}

/** Assemble and link. Every problem in every file is reported in one UserError. */
export function assemble(sources: readonly SourceFile[], opts: AssembleOptions = {}): AssembleResult {
  const resolver = resolverFor(sources, opts);
  const objects: ObjectFile[] = [];
  const diags: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const messages: string[] = [];
  for (const src of sources) {
    const fa = new FileAssembler(src.name, resolver);
    fa.assembleText(src.text);
    diags.push(...fa.diags);
    warnings.push(...fa.warnings);
    messages.push(...fa.messages);
    objects.push(fa.obj);
  }
  const archives: Archive[] = [];
  for (const f of opts.objects ?? []) {
    if (isArchive(f.bytes)) archives.push(readArchive(f.bytes, f.name));
    else if (isElfRelocatable(f.bytes)) objects.push(readObject(f.bytes, f.name));
    else throw new UserError(`${f.name}: not a relocatable ELF object or an ar archive`);
  }
  const starts = opts.sectionStart instanceof Map ? opts.sectionStart : new Map(Object.entries(opts.sectionStart ?? {}));
  if (diags.length) {
    // Still link, to report undefined symbols along with the other errors.
    try {
      link(objects, archives, { profile: opts.profile ?? 'dls', sectionStart: starts as ReadonlyMap<string, number> });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      diags.push(...e.diagnostics.filter((d) => d.message.startsWith('undefined symbol')));
    }
    throw new UserError(sortDiagnostics(diags, sources));
  }
  const image = link(objects, archives, { profile: opts.profile ?? 'dls', sectionStart: starts as ReadonlyMap<string, number> });
  let elf: Uint8Array | undefined;
  let flat: { addr: number; data: Uint8Array } | undefined;
  let mem: string | undefined;
  let map: string | undefined;
  return {
    image,
    entry: image.entry,
    symbols: image.symbols,
    get elf() { return (elf ??= writeElf(image)); },
    get bin() { return (flat ??= flatImage(image)).data; },
    get binAddress() { return (flat ??= flatImage(image)).addr; },
    get mem() { return (mem ??= hexImage(image)); },
    get map() { return (map ??= formatMap(image)); },
    warnings: [...warnings, ...image.warnings],
    messages,
  };
}

export { link, type LinkedImage, type OutSymbol, type Profile } from './link.js';
export { writeElf, flatImage, hexImage } from './elfwrite.js';
export { readArchive, readObject, isArchive, isElfRelocatable } from './elfread.js';
export { formatMap } from './map.js';
export { disassembleWord, branchTarget, type WordOptions, type SymbolLookup } from './disasm.js';
export { disassemble, type DisassembleInput, type InputFormat } from './listing.js';
export { allMnemonics, lookupMnemonic } from './mnemonics.js';
export { EXT_FORMS } from './extended.js';
export { BASE_FORMS } from './forms.js';
