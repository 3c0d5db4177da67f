// The linker: symbol resolution across objects (globals shared, locals per object, weak and
// common symbols, archive members pulled in on demand as GNU ld does), section layout for the
// two profiles, relocation, and the symbol table of the result.
//
// Layout (docs/assembler.md):
// - dls: .text at 0 (the interrupt branch table lives at 0x00..0x30), read-only data, then
//   writable data and .bss right after; everything must fit the 16 KiB SRAM.
// - linux-user: a text segment at 0x10000000 (after the ELF headers) and a data segment on the
//   next 64 KiB page, as powerpc-linux-gnu-ld lays out a static executable; runs under qemu-ppc.
// `--section-start NAME=ADDR` places an output section; the sections after it follow it.

import { UserError, type Diagnostic } from '../common/errors.js';
import { readObject, type Archive } from './elfread.js';
import {
  SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, SHT_PROGBITS, STT_FILE, STT_NOTYPE, STT_OBJECT, STT_SECTION,
  type ObjectFile, type Origin, type Section, type Sym,
} from './object.js';
import { applyReloc, relocName } from './relocs.js';
import { displayName, LOCAL_LABEL_MARK } from './symbols.js';
import { editDistance } from './mnemonics.js';

export type Profile = 'dls' | 'linux-user';

export const DLS_MEMORY_SIZE = 0x4000;
export const LINUX_TEXT_BASE = 0x10000000;
const LINUX_PAGE = 0x10000;
/** Room left for the ELF header and up to three program headers in front of .text (linux-user). */
const LINUX_HEADERS = 52 + 3 * 32;

export interface LinkOptions {
  profile?: Profile;
  /** Output section name -> address. */
  sectionStart?: ReadonlyMap<string, number>;
}

export interface OutPiece {
  sec: Section;
  addr: number;
}

export interface OutSection {
  name: string;
  addr: number;
  size: number;
  type: number;
  flags: number;
  align: number;
  /** Contents (empty for NOBITS sections). */
  data: Uint8Array;
  pieces: OutPiece[];
}

export interface OutSymbol {
  name: string;
  value: number;
  size: number;
  type: number;
  binding: 'local' | 'global' | 'weak';
  visibility: number;
  /** Output section, or null for an absolute symbol. */
  section: OutSection | null;
  /** Input object that defined it. */
  object: string;
}

export interface LinkedImage {
  profile: Profile;
  entry: number;
  sections: OutSection[];
  symbols: OutSymbol[];
  /** Archive members that were linked in, as archive(member). */
  members: string[];
  /** Common symbols allocated by the linker (for the map). */
  commons: { name: string; size: number; addr: number; object: string }[];
  warnings: Diagnostic[];
}

interface GlobalEntry {
  sym: Sym;
  obj: ObjectFile;
}

function originNote(o: Origin | undefined, message: string): NonNullable<Diagnostic['notes']>[number] {
  return { message: o?.loc ? message : `${message} (in ${o?.object ?? 'an object'})`, loc: o?.loc, sourceLine: o?.sourceLine };
}

function diag(message: string, o: Origin | undefined, notes: Diagnostic['notes'] = undefined): Diagnostic {
  if (o?.loc) return { message, loc: o.loc, sourceLine: o.sourceLine, notes };
  return { message: o?.object ? `${o.object}: ${message}` : message, notes };
}

/** Output section an input section goes to (null: not part of the image). */
export function outputSectionName(s: Section): string | null {
  if ((s.flags & SHF_ALLOC) === 0) return null;
  const n = s.name;
  // Compiled objects' unwind tables are dropped: nothing in a dls program unwinds the stack
  // (and the 16 KiB of the dls profile are precious). Assembly that writes .eh_frame keeps it.
  if (s.object?.fromElf && (n === '.eh_frame' || n.startsWith('.eh_frame.'))) return null;
  for (const b of ['.text', '.rodata', '.data', '.sdata', '.sbss', '.bss', '.sdata2', '.tdata', '.tbss']) {
    if (n === b || n.startsWith(`${b}.`)) return b;
  }
  return n;
}

/** Ordering class of an output section: code, read-only data, data, zero-initialised data. */
function rankOf(name: string, flags: number, type: number): number {
  const fixed: Record<string, number> = {
    '.text': 0, '.rodata': 20, '.sdata2': 25, '.data': 40, '.got2': 55, '.sdata': 60, '.sbss': 80, '.bss': 90,
  };
  if (name in fixed) return fixed[name]!;
  if (type === SHT_NOBITS) return 85;
  if (flags & SHF_EXECINSTR) return 10;
  if (flags & SHF_WRITE) return 50;
  return 30;
}

const alignUp = (v: number, a: number) => Math.ceil(v / a) * a;

export function link(objects: ObjectFile[], archives: Archive[], opts: LinkOptions = {}): LinkedImage {
  const profile = opts.profile ?? 'dls';
  const errors: Diagnostic[] = [];
  const globals = new Map<string, GlobalEntry>();
  const all: ObjectFile[] = [];
  const members: string[] = [];

  const addObject = (obj: ObjectFile) => {
    all.push(obj);
    for (const s of obj.symbols) {
      if (s.binding === 'local') continue;
      const g = globals.get(s.name);
      const defines = s.defined || s.common > 0;
      if (!g) {
        globals.set(s.name, { sym: s, obj });
        continue;
      }
      const gdef = g.sym.defined || g.sym.common > 0;
      if (!defines) {
        // A strong reference keeps an undefined weak entry from being satisfied by nothing.
        if (!gdef && g.sym.binding === 'weak' && s.binding !== 'weak') globals.set(s.name, { sym: s, obj });
        continue;
      }
      if (!gdef) {
        globals.set(s.name, { sym: s, obj });
        continue;
      }
      if (g.sym.common && s.common) {
        g.sym.size = Math.max(g.sym.size, s.size);
        g.sym.common = Math.max(g.sym.common, s.common);
        continue;
      }
      if (s.common) continue;
      if (g.sym.common) {
        globals.set(s.name, { sym: s, obj });
        continue;
      }
      if (s.binding === 'weak') continue;
      if (g.sym.binding === 'weak') {
        globals.set(s.name, { sym: s, obj });
        continue;
      }
      errors.push(diag(`symbol '${s.name}' is defined twice`, s.def ?? { object: obj.name }, [originNote(g.sym.def ?? { object: g.obj.name }, `'${s.name}' was first defined here`)]));
    }
  };
  for (const o of objects) addObject(o);

  // Pull archive members that define needed symbols until nothing changes.
  const loaded = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, g] of globals) {
      if (g.sym.defined || g.sym.common || g.sym.binding === 'weak') continue;
      for (const ar of archives) {
        const m = findMember(ar, name);
        if (m === undefined) continue;
        const key = `${ar.name}(${ar.members[m]!.name})`;
        if (loaded.has(key)) continue;
        loaded.add(key);
        members.push(key);
        addObject(readObject(ar.members[m]!.bytes, key));
        changed = true;
        break;
      }
      if (changed) break;
    }
  }

  // Floating-point ABI: like GNU ld, do not mix hard-float and soft-float objects (libgcc.a's
  // float routines of a hard-float toolchain pass values in FP registers the PPU does not have).
  const FP = ['', 'hard float', 'soft float', 'single-precision hard float'];
  const fpFirst = all.find((o) => o.fpAbi !== 0);
  for (const o of all) {
    if (!fpFirst || o.fpAbi === 0 || o.fpAbi === fpFirst.fpAbi) continue;
    errors.push(diag(`${o.fpAbiOrigin?.loc ? `${o.name} ` : ''}uses ${FP[o.fpAbi]}, but ${fpFirst.name} uses ${FP[fpFirst.fpAbi]}`, o.fpAbiOrigin, [originNote(fpFirst.fpAbiOrigin, `${FP[fpFirst.fpAbi]} was chosen here`)]));
  }

  // --- layout ----------------------------------------------------------------------------
  const outs = new Map<string, OutSection>();
  const order: string[] = [];
  for (const obj of all) {
    for (const s of obj.sections) {
      const name = outputSectionName(s);
      if (!name) continue;
      let o = outs.get(name);
      if (!o) {
        o = { name, addr: 0, size: 0, type: s.type === SHT_NOBITS ? SHT_NOBITS : SHT_PROGBITS, flags: s.flags & 7, align: 1, data: new Uint8Array(0), pieces: [] };
        outs.set(name, o);
        order.push(name);
      } else {
        o.flags |= s.flags & 7;
        if (s.type !== SHT_NOBITS) o.type = SHT_PROGBITS;
      }
      o.align = Math.max(o.align, s.align);
      o.pieces.push({ sec: s, addr: 0 });
    }
  }
  // Common symbols go to the end of .bss.
  const commons: { g: GlobalEntry; addr: number }[] = [];
  for (const g of globals.values()) {
    if (!g.sym.defined && g.sym.common) commons.push({ g, addr: 0 });
  }
  if (commons.length && !outs.has('.bss')) {
    outs.set('.bss', { name: '.bss', addr: 0, size: 0, type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE, align: 1, data: new Uint8Array(0), pieces: [] });
    order.push('.bss');
  }
  const sorted = order
    .map((n, i) => ({ o: outs.get(n)!, i }))
    .sort((a, b) => rankOf(a.o.name, a.o.flags, a.o.type) - rankOf(b.o.name, b.o.flags, b.o.type) || a.i - b.i)
    .map((x) => x.o);

  const starts = opts.sectionStart ?? new Map<string, number>();
  let cursor = profile === 'linux-user' ? LINUX_TEXT_BASE + LINUX_HEADERS : 0;
  let seenWritable = false;
  for (const o of sorted) {
    let size = 0;
    for (const p of o.pieces) {
      size = alignUp(size, p.sec.align);
      p.addr = size; // offset for now
      size += p.sec.size;
    }
    if (o.name === '.bss') {
      for (const c of commons) {
        size = alignUp(size, c.g.sym.common);
        o.align = Math.max(o.align, c.g.sym.common);
        c.addr = size;
        size += c.g.sym.size;
      }
    }
    o.size = size;
    const writable = (o.flags & SHF_WRITE) !== 0;
    let addr: number;
    const given = starts.get(o.name);
    if (given !== undefined) addr = given;
    else {
      if (profile === 'linux-user' && writable && !seenWritable) {
        // Data on its own page, at the same offset within the page as the file position.
        cursor = alignUp(cursor, LINUX_PAGE) + (cursor % LINUX_PAGE);
      }
      addr = alignUp(cursor, o.align);
    }
    if (writable) seenWritable = true;
    o.addr = addr;
    for (const p of o.pieces) p.addr += addr;
    for (const c of commons) if (o.name === '.bss') c.addr += addr;
    cursor = addr + size;
  }
  const warnings: Diagnostic[] = [];
  for (const name of starts.keys()) {
    // GNU ld ignores a start address for a section that does not exist; say so at least.
    if (!outs.has(name)) warnings.push({ message: `--section-start ${name}: the program has no section ${name}` });
  }

  // Overlaps and the dls memory size.
  const placed = sorted.filter((o) => o.size > 0).sort((a, b) => a.addr - b.addr);
  for (let k = 1; k < placed.length; k++) {
    const a = placed[k - 1]!;
    const b = placed[k]!;
    if (b.addr < a.addr + a.size) {
      errors.push({ message: `sections ${a.name} (0x${a.addr.toString(16)}..0x${(a.addr + a.size).toString(16)}) and ${b.name} (0x${b.addr.toString(16)}..0x${(b.addr + b.size).toString(16)}) overlap` });
    }
  }
  if (profile === 'dls') {
    const over = placed.filter((o) => o.addr < 0 || o.addr + o.size > DLS_MEMORY_SIZE);
    if (over.length) {
      const end = Math.max(...placed.map((o) => o.addr + o.size));
      const layout = placed.map((o) => `${o.name} 0x${o.addr.toString(16)}..0x${(o.addr + o.size).toString(16)} (${o.size} bytes)`).join(', ');
      errors.push({ message: `the program does not fit in the 16 KiB memory of the dls profile (it ends at 0x${end.toString(16)}, ${end - DLS_MEMORY_SIZE} bytes too many): ${layout}` });
    }
  }
  for (const o of sorted) {
    if (o.type === SHT_NOBITS) continue;
    o.data = new Uint8Array(o.size);
    for (const p of o.pieces) {
      if (p.sec.nobits) continue;
      const off = p.addr - o.addr;
      o.data.set(p.sec.data.subarray(0, p.sec.size), off);
      // Padding between pieces of code: nops, as GNU ld fills PowerPC text.
      if ((o.flags & SHF_EXECINSTR) !== 0) {
        const next = o.pieces[o.pieces.indexOf(p) + 1];
        const end = off + p.sec.size;
        const nextOff = next ? next.addr - o.addr : end;
        for (let q = end; q + 4 <= nextOff && q % 4 === 0; q += 4) new DataView(o.data.buffer).setUint32(q, 0x60000000);
      }
    }
  }

  // --- symbols -------------------------------------------------------------------------------
  const secOut = new Map<Section, { out: OutSection; addr: number }>();
  for (const o of sorted) for (const p of o.pieces) secOut.set(p.sec, { out: o, addr: p.addr });
  const commonAddr = new Map<Sym, number>();
  for (const c of commons) commonAddr.set(c.g.sym, c.addr);

  // Symbols GNU ld defines for programs that ask for them (crt0 code clearing .bss, say).
  const synthetic = new Map<string, { value: number; section: OutSection | null }>();
  {
    const text = sorted.filter((o) => o.flags & SHF_EXECINSTR);
    const progbits = sorted.filter((o) => o.type !== SHT_NOBITS);
    const nobits = sorted.filter((o) => o.type === SHT_NOBITS);
    const endOf = (l: OutSection[]) => (l.length ? Math.max(...l.map((o) => o.addr + o.size)) : 0);
    const etext = endOf(text);
    const edata = endOf(progbits);
    const end = endOf(sorted);
    const bssStart = nobits.length ? Math.min(...nobits.map((o) => o.addr)) : edata;
    for (const [n, v] of [['_etext', etext], ['etext', etext], ['_edata', edata], ['edata', edata], ['__bss_start', bssStart], ['_end', end], ['end', end]] as const) {
      synthetic.set(n, { value: v, section: null });
    }
    const sdata = outs.get('.sdata');
    synthetic.set('_SDA_BASE_', { value: (sdata?.addr ?? edata) + 0x8000, section: null });
  }

  const symAddr = (s: Sym): number | undefined => {
    if (s.section) {
      const p = secOut.get(s.section);
      return p ? p.addr + s.value : undefined;
    }
    if (s.defined) return s.value;
    if (s.common) return commonAddr.get(s);
    return undefined;
  };

  const undefinedRefs = new Map<string, Origin[]>();
  const resolve = (t: Sym | Section, origin: Origin | undefined): number => {
    if ('relocs' in t) {
      const p = secOut.get(t);
      return p ? p.addr : 0;
    }
    let s: Sym = t;
    if (s.binding !== 'local' || (!s.defined && !s.common)) {
      const g = globals.get(s.name);
      if (g) s = g.sym;
    }
    const a = symAddr(s);
    if (a !== undefined) return a;
    const syn = synthetic.get(s.name);
    if (syn) return syn.value;
    if (s.binding === 'weak') return 0;
    const list = undefinedRefs.get(s.name) ?? [];
    if (list.length < 20) list.push(origin ?? s.ref ?? { object: 'an object' });
    undefinedRefs.set(s.name, list);
    return 0;
  };

  // --- relocation ------------------------------------------------------------------------------
  for (const o of sorted) {
    for (const p of o.pieces) {
      for (const r of p.sec.relocs) {
        const place = p.addr + r.offset;
        const S = resolve(r.target, r.origin);
        if (o.type === SHT_NOBITS) {
          errors.push(diag(`relocation in ${p.sec.name}, which has no contents`, r.origin));
          continue;
        }
        const problem = applyReloc(o.data, place - o.addr, r.type, (S + r.addend) | 0, place);
        if (problem) {
          const what = 'relocs' in r.target ? `${r.target.name}+0x${r.addend.toString(16)}` : displayName(r.target.name);
          const msg = problem.kind === 'overflow'
            ? `${relocName(r.type)} to ${what} does not fit: ${problem.value} is not in ${problem.min}..${problem.max}${r.type === 10 || r.type === 11 || r.type === 2 || r.type === 7 ? ' (the branch target is too far away)' : ''}`
            : `${relocName(r.type)} to ${what}: ${problem.value} is not a multiple of 4`;
          errors.push(diag(msg, r.origin));
        }
      }
    }
  }
  // Undefined symbols that no relocation uses (a .globl without a definition, say) are no error,
  // as in GNU ld: only references count.
  for (const [name, refs] of undefinedRefs) {
    const near = nearestDefined(name, all);
    const notes = refs.slice(1, 4).map((o) => originNote(o, `'${displayName(name)}' is also used here`));
    if (near) notes.push(originNote(near.def, `did you mean '${near.name}', defined here?`));
    errors.push(diag(`undefined symbol '${displayName(name)}'`, refs[0], notes));
  }
  if (errors.length) throw new UserError(errors);

  // --- the result's symbol table ------------------------------------------------------------
  const symbols: OutSymbol[] = [];
  const seenGlobal = new Set<string>();
  for (const obj of all) {
    for (const s of obj.symbols) {
      if (s.type === STT_SECTION || s.type === STT_FILE) continue;
      if (s.name === '' || s.name.includes(LOCAL_LABEL_MARK) || s.name.startsWith('.L')) continue;
      if (s.binding !== 'local') {
        const g = globals.get(s.name);
        if (!g || g.sym !== s || seenGlobal.has(s.name)) continue;
        seenGlobal.add(s.name);
      }
      const a = symAddr(s);
      if (a === undefined) continue;
      const out = s.section ? secOut.get(s.section)?.out ?? null : s.common ? outs.get('.bss') ?? null : null;
      symbols.push({
        name: s.name, value: a >>> 0, size: s.size, type: s.common ? STT_OBJECT : s.type,
        binding: s.binding, visibility: s.visibility, section: out, object: obj.name,
      });
    }
  }
  for (const [name, g] of globals) {
    if (g.sym.defined || g.sym.common) continue;
    const syn = synthetic.get(name);
    if (syn) symbols.push({ name, value: syn.value, size: 0, type: STT_NOTYPE, binding: 'global', visibility: 0, section: null, object: '(linker)' });
  }

  const start = globals.get('_start');
  let entry: number | undefined = start && (start.sym.defined) ? symAddr(start.sym) : undefined;
  if (entry === undefined) {
    const local = symbols.find((s) => s.name === '_start');
    entry = local?.value ?? outs.get('.text')?.addr ?? sorted.find((o) => o.flags & SHF_EXECINSTR)?.addr ?? 0;
  }
  return {
    // Empty output sections are left out unless a symbol is defined in them (as GNU ld does).
    profile, entry: entry >>> 0, sections: sorted.filter((o) => o.size > 0 || symbols.some((y) => y.section === o)), symbols, members,
    commons: commons.map((c) => ({ name: c.g.sym.name, size: c.g.sym.size, addr: c.addr, object: c.g.obj.name })),
    warnings,
  };
}

function findMember(ar: Archive, name: string): number | undefined {
  if (ar.index) return ar.index.get(name);
  // No symbol index: look through the members' symbol tables.
  for (let k = 0; k < ar.members.length; k++) {
    try {
      const o = readObject(ar.members[k]!.bytes, `${ar.name}(${ar.members[k]!.name})`);
      if (o.symbols.some((s) => s.name === name && s.binding !== 'local' && (s.defined || s.common))) return k;
    } catch {
      // not an object: skip
    }
  }
  return undefined;
}

/** The defined symbol (global, or local of any object) closest in spelling to `name`. */
function nearestDefined(name: string, objects: ObjectFile[]): Sym | undefined {
  let best: Sym | undefined;
  let d = Infinity;
  for (const o of objects) {
    for (const s of o.symbols) {
      if ((!s.defined && !s.common) || s.name.startsWith('.L') || s.type === STT_SECTION) continue;
      const e = editDistance(name, s.name);
      if (e < d) {
        d = e;
        best = s;
      }
    }
  }
  return d <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}
