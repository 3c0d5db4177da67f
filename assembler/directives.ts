// Directives, GNU as spelling: sections, symbols, data, alignment, macros, repetition,
// conditionals, includes. Each handler takes the statement's cursor after the directive name
// and returns the index of the last statement it consumed (block directives such as .macro
// and .rept consume their bodies).

import { emitDataValue } from './data.js';
import { AsmError, Cursor, DEFER, evaluate, isAbs, parseExpr, readEscape } from './expr.js';
import { ExitMacro, readWord, substitute, type FileAssembler, type Macro } from './file.js';
import { editDistance } from './mnemonics.js';
import { bytesOf, formatNum } from './num.js';
import {
  SHF_ALLOC, SHF_EXECINSTR, SHF_GROUP, SHF_MERGE, SHF_STRINGS, SHF_TLS, SHF_WRITE,
  SHT_NOBITS, SHT_NOTE, SHT_PROGBITS, STT_FUNC, STT_NOTYPE, STT_OBJECT, STT_TLS, type Section,
} from './object.js';
import type { Stmt } from './source.js';

type Handler = (fa: FileAssembler, st: Stmt, cur: Cursor, name: string, stmts: readonly Stmt[], i: number) => number | void;

const handlers = new Map<string, Handler>();
const on = (names: string, h: Handler) => {
  for (const n of names.split(/\s+/)) handlers.set(n, h);
};

/** Run directive `name`; undefined if there is no such directive. */
export function directive(fa: FileAssembler, name: string, st: Stmt, cur: Cursor, stmts: readonly Stmt[], i: number): number | undefined {
  const h = handlers.get(name) ?? (name.startsWith('.cfi_') ? ignore : undefined);
  if (!h) return undefined;
  const r = h(fa, st, cur, name, stmts, i);
  return r ?? i;
}

export function nearestDirective(name: string): string | undefined {
  let best: string | undefined;
  let d = Infinity;
  for (const k of handlers.keys()) {
    const e = editDistance(name, k);
    if (e < d) {
      d = e;
      best = k;
    }
  }
  return d <= 2 ? best : undefined;
}

const CONDITIONALS = new Set([
  '.if', '.ifdef', '.ifndef', '.ifnotdef', '.ifc', '.ifnc', '.ifeq', '.ifne', '.ifgt', '.ifge', '.iflt', '.ifle',
  '.ifb', '.ifnb', '.ifeqs', '.ifnes', '.else', '.elseif', '.endif',
]);

export function isConditionalDirective(name: string): boolean {
  return CONDITIONALS.has(name);
}

const ignore: Handler = () => undefined;

// --- helpers ---------------------------------------------------------------------------------

/** Comma-separated list of items, each parsed by `item` (an empty list is allowed). */
function list(cur: Cursor, item: () => void): void {
  if (cur.eof()) return;
  for (;;) {
    item();
    cur.ws();
    if (cur.i >= cur.s.length) return;
    cur.expect(',');
  }
}

function symbolName(cur: Cursor, what = 'a symbol name'): { name: string; col: number } {
  cur.ws();
  const col = cur.i;
  if (cur.s[cur.i] === '"') {
    const bytes = stringBytes(cur);
    return { name: String.fromCharCode(...bytes), col };
  }
  const name = cur.ident();
  if (!name) throw new AsmError(`expected ${what}`, col);
  return { name, col };
}

/** A "string" with C-like escapes, as bytes. */
export function stringBytes(cur: Cursor): number[] {
  cur.ws();
  const s = cur.s;
  const col = cur.i;
  if (s[cur.i] !== '"') throw new AsmError(`expected a string in double quotes`, col);
  const out: number[] = [];
  let i = cur.i + 1;
  for (;;) {
    if (i >= s.length) throw new AsmError('string without closing quote', col);
    const c = s[i]!;
    if (c === '"') break;
    if (c === '\\') {
      const [code, n] = readEscape(s, i + 1);
      out.push(code);
      i += 1 + n;
      continue;
    }
    const code = s.charCodeAt(i);
    if (code < 0x80) out.push(code);
    else out.push(...new TextEncoder().encode(c));
    i++;
  }
  cur.i = i + 1;
  return out;
}

function emitBytes(fa: FileAssembler, bytes: ArrayLike<number>, col: number): void {
  const sec = fa.cur;
  if (sec.nobits) {
    for (let k = 0; k < bytes.length; k++) {
      if (bytes[k] !== 0) throw new AsmError(`cannot store non-zero data in ${sec.name} (a section without contents)`, col);
    }
    sec.reserve(bytes.length);
    return;
  }
  const off = sec.reserve(bytes.length);
  sec.data.set(bytes as ArrayLike<number>, off);
}

/** Largest amount of padding or fill one directive may produce (far beyond any PPU memory). */
const MAX_FILL = 64 << 20;
/** Largest section dls builds (the linux-user profile maps at most 256 MiB). */
const MAX_SECTION = 256 << 20;

function fill(fa: FileAssembler, count: number, byte: number, col: number): void {
  if (count < 0) throw new AsmError(`negative size ${count}`, col);
  const sec = fa.cur;
  if (count > MAX_FILL || sec.size + count > MAX_SECTION) throw new AsmError(`size ${count} is too large`, col);
  if (sec.nobits && byte !== 0) throw new AsmError(`cannot fill ${sec.name} with a non-zero value`, col);
  const off = sec.reserve(count);
  if (!sec.nobits && byte !== 0) sec.data.fill(byte & 0xff, off, off + count);
}

/** Align the current section to 2^p bytes. In code, whole words of padding are nops (as GNU as). */
export function alignTo(fa: FileAssembler, bytes: number, fillValue: number | undefined, fillSize: number, max: number | undefined, col: number): void {
  if (bytes <= 0 || (bytes & (bytes - 1)) !== 0) throw new AsmError(`alignment ${bytes} is not a power of 2`, col);
  const sec = fa.cur;
  const pad = (bytes - (sec.size % bytes)) % bytes;
  if (max !== undefined && pad > max) return;
  if (pad > MAX_FILL) throw new AsmError(`alignment to ${bytes} bytes needs ${pad} bytes of padding, too many`, col);
  if (bytes > sec.align) sec.align = bytes;
  if (pad === 0) return;
  const off = sec.reserve(pad);
  if (sec.nobits) return;
  if (fillValue === undefined) {
    if (sec.code && pad % 4 === 0 && off % 4 === 0) for (let k = 0; k < pad; k += 4) sec.putWord(off + k, 0x60000000);
    return;
  }
  const tmp = new Uint8Array(8);
  bytesOf(fillValue, fillSize, tmp, 0);
  for (let k = 0; k < pad; k++) sec.data[off + k] = tmp[(k + (fillSize - (pad % fillSize))) % fillSize]!;
}

function optionalExpr(fa: FileAssembler, cur: Cursor, what: string): number | undefined {
  cur.ws();
  if (cur.i >= cur.s.length || cur.s[cur.i] === ',') return undefined;
  return fa.absolute(cur, what);
}

function parseAlign(fa: FileAssembler, cur: Cursor, name: string): void {
  cur.ws();
  const col = cur.i;
  const pow2 = name.startsWith('.p2align') || name === '.align';
  const fillSize = name.endsWith('w') ? 2 : name.endsWith('l') ? 4 : 1;
  const n = fa.absolute(cur, 'the alignment');
  let fillValue: number | undefined;
  let max: number | undefined;
  if (cur.eat(',')) {
    fillValue = optionalExpr(fa, cur, 'the fill value');
    if (cur.eat(',')) max = optionalExpr(fa, cur, 'the maximum padding');
  }
  fa.expectEnd(cur);
  if (pow2 && (n < 0 || n > 30)) throw new AsmError(`alignment 2^${n} is out of range (0..30)`, col);
  alignTo(fa, pow2 ? 2 ** n : n, fillValue, fillSize, max, col);
}

// --- sections ----------------------------------------------------------------------------------

on('.text .data .bss', (fa, _st, cur, name) => {
  // A subsection number may follow; dls keeps one subsection per section.
  if (!cur.eof()) fa.absolute(cur, 'the subsection');
  fa.expectEnd(cur);
  fa.switchTo(fa.section(name));
});

function parseSectionDirective(fa: FileAssembler, cur: Cursor): Section {
  cur.ws();
  const col = cur.i;
  let name: string;
  if (cur.s[cur.i] === '"') name = String.fromCharCode(...stringBytes(cur));
  else {
    const m = /^[^\s,]+/.exec(cur.rest());
    if (!m) throw new AsmError('expected a section name', col);
    name = m[0];
    cur.i += name.length;
  }
  let flags: number | undefined;
  let type: number | undefined;
  let entsize = 0;
  if (cur.eat(',')) {
    cur.ws();
    if (cur.s[cur.i] === '"') {
      const fcol = cur.i;
      flags = 0;
      for (const c of String.fromCharCode(...stringBytes(cur))) {
        switch (c) {
          case 'a': flags |= SHF_ALLOC; break;
          case 'w': flags |= SHF_WRITE; break;
          case 'x': flags |= SHF_EXECINSTR; break;
          case 'M': flags |= SHF_MERGE; break;
          case 'S': flags |= SHF_STRINGS; break;
          case 'G': flags |= SHF_GROUP; break;
          case 'T': flags |= SHF_TLS; break;
          case 'e': case 'o': case 'R': case 'd': case '?': break;
          default: throw new AsmError(`unknown section flag '${c}' (known: a w x M S G T)`, fcol);
        }
      }
    }
    if (cur.eat(',')) {
      cur.ws();
      const tcol = cur.i;
      const c = cur.s[cur.i];
      if (c === '@' || c === '%') cur.i++;
      const t = c === '"' ? String.fromCharCode(...stringBytes(cur)) : cur.ident();
      switch (t) {
        case 'progbits': type = SHT_PROGBITS; break;
        case 'nobits': type = SHT_NOBITS; break;
        case 'note': type = SHT_NOTE; break;
        case 'init_array': case 'fini_array': case 'preinit_array': type = SHT_PROGBITS; break;
        default: throw new AsmError(`unknown section type '${t ?? ''}' (use @progbits, @nobits or @note)`, tcol);
      }
      if (cur.eat(',')) {
        const e = optionalExpr(fa, cur, 'the entry size');
        entsize = e ?? 0;
        // Group name and linkage (G flag) are accepted and ignored.
        while (cur.eat(',')) cur.ident();
      }
    }
  }
  fa.expectEnd(cur);
  if (flags !== undefined && type === undefined && /^\.(s?bss|tbss)(\.|$)/.test(name)) type = SHT_NOBITS;
  const existed = fa.sections.has(name);
  const sec = fa.section(name, type, flags, entsize);
  if (existed && flags !== undefined && sec.flags !== flags) {
    fa.warn(fa.stmt, col, `ignoring changed attributes of section ${name}`);
  }
  return sec;
}

on('.section', (fa, _st, cur) => {
  fa.switchTo(parseSectionDirective(fa, cur));
});
on('.pushsection', (fa, _st, cur) => {
  fa.sectionStack.push([fa.cur, fa.prev]);
  fa.switchTo(parseSectionDirective(fa, cur));
});
on('.popsection', (fa, _st, cur) => {
  fa.expectEnd(cur);
  const top = fa.sectionStack.pop();
  if (!top) throw new AsmError('.popsection without .pushsection', 0);
  [fa.cur, fa.prev] = top;
});
on('.previous', (fa, _st, cur) => {
  fa.expectEnd(cur);
  [fa.cur, fa.prev] = [fa.prev, fa.cur];
});

// --- symbols -----------------------------------------------------------------------------------

on('.globl .global', (fa, _st, cur) => list(cur, () => {
  const { name, col } = symbolName(cur);
  const s = fa.symbol(name);
  if (s.binding === 'local' || s.binding === 'global') s.binding = 'global';
  else throw new AsmError(`'${name}' is already declared weak`, col);
}));
on('.weak', (fa, _st, cur) => list(cur, () => {
  fa.symbol(symbolName(cur).name).binding = 'weak';
}));
on('.local', (fa, _st, cur) => list(cur, () => {
  const s = fa.symbol(symbolName(cur).name);
  s.binding = 'local';
  s.declaredLocal = true;
}));
on('.hidden .internal .protected', (fa, _st, cur, name) => list(cur, () => {
  fa.symbol(symbolName(cur).name).visibility = name === '.hidden' ? 2 : name === '.internal' ? 1 : 3;
}));

on('.type', (fa, _st, cur) => {
  const { name } = symbolName(cur);
  cur.expect(',');
  cur.ws();
  const tcol = cur.i;
  const c = cur.s[cur.i];
  if (c === '@' || c === '%' || c === '#') cur.i++;
  const t = c === '"' ? String.fromCharCode(...stringBytes(cur)) : cur.ident();
  fa.expectEnd(cur);
  const s = fa.symbol(name);
  switch (t) {
    case 'function': case 'STT_FUNC': case 'gnu_indirect_function': s.type = STT_FUNC; break;
    case 'object': case 'STT_OBJECT': case 'common': s.type = STT_OBJECT; break;
    case 'tls_object': case 'STT_TLS': s.type = STT_TLS; break;
    case 'notype': case 'STT_NOTYPE': s.type = STT_NOTYPE; break;
    default: throw new AsmError(`unknown symbol type '${t ?? ''}' (use @function, @object or @notype)`, tcol);
  }
});

on('.size', (fa, st, cur) => {
  const { name } = symbolName(cur);
  cur.expect(',');
  const node = parseExpr(cur, fa);
  fa.expectEnd(cur);
  const s = fa.symbol(name);
  s.sizeNode = node;
  s.sizeStmt = st;
});

on('.set .equ', (fa, st, cur) => {
  const { name, col } = symbolName(cur);
  cur.expect(',');
  const node = parseExpr(cur, fa);
  fa.expectEnd(cur);
  fa.assign(name, node, st, col);
});
on('.equiv', (fa, st, cur) => {
  const { name, col } = symbolName(cur);
  cur.expect(',');
  const node = parseExpr(cur, fa);
  fa.expectEnd(cur);
  fa.assign(name, node, st, col, true);
});

on('.comm .lcomm', (fa, st, cur, dname) => {
  const { name, col } = symbolName(cur);
  cur.expect(',');
  const size = fa.absolute(cur, 'the size');
  let align: number | undefined;
  if (cur.eat(',')) align = fa.absolute(cur, 'the alignment');
  fa.expectEnd(cur);
  if (size < 0) throw new AsmError(`negative size ${size}`, col);
  if (align === undefined) {
    // GNU as (ELF): the largest power of two not above the size, at most 16 (8 for .lcomm).
    align = 1;
    while (align * 2 <= size && align < (dname === '.comm' ? 16 : 8)) align *= 2;
  }
  if (align <= 0 || (align & (align - 1)) !== 0) throw new AsmError(`alignment ${align} is not a power of 2`, col);
  const s = fa.symbol(name);
  if (s.defined || s.isEqu) throw new AsmError(`symbol '${name}' is already defined`, col, fa.previousDefinition(s));
  // `.local x` followed by `.comm x,...` is a local common symbol: it goes to .bss like .lcomm.
  if (dname === '.lcomm' || s.declaredLocal) {
    const bss = fa.section('.bss');
    const saved = fa.cur;
    fa.cur = bss;
    alignTo(fa, align, undefined, 1, undefined, col);
    fa.defineLabel(name, st, col);
    bss.reserve(size);
    fa.cur = saved;
    s.type = s.type || STT_OBJECT;
    s.size = size;
    return;
  }
  if (s.common) {
    s.size = Math.max(s.size, size);
    s.common = Math.max(s.common, align);
    return;
  }
  s.common = align;
  s.size = size;
  s.type = STT_OBJECT;
  if (s.binding === 'local') s.binding = 'global';
  s.defStmt = st;
  s.defCol = col;
  s.def = { loc: fa.loc(st, col), sourceLine: st.src };
});

// --- data --------------------------------------------------------------------------------------

const DATA_SIZES: Record<string, number> = {
  '.byte': 1, '.short': 2, '.half': 2, '.hword': 2, '.2byte': 2, '.word': 2,
  '.long': 4, '.int': 4, '.4byte': 4, '.quad': 8, '.8byte': 8,
};
for (const [n, size] of Object.entries(DATA_SIZES)) {
  on(n, (fa, st, cur) => list(cur, () => emitDataValue(fa, st, cur, size)));
}

on('.ascii .asciz .string', (fa, _st, cur, name) => list(cur, () => {
  const col = (cur.ws(), cur.i);
  const b = stringBytes(cur);
  if (name !== '.ascii') b.push(0);
  emitBytes(fa, b, col);
}));

on('.float .single .double', (fa, _st, cur, name) => list(cur, () => {
  cur.ws();
  const col = cur.i;
  const m = /^[-+]?(0[fFdD])?([-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|inf|nan))/i.exec(cur.rest());
  if (!m) throw new AsmError('expected a floating-point number', col);
  cur.i += m[0].length;
  const neg = m[0].trimStart().startsWith('-');
  let v = Number(m[2]!.replace(/^inf$/i, 'Infinity').replace(/^nan$/i, 'NaN'));
  if (neg && v > 0) v = -v;
  const size = name === '.double' ? 8 : 4;
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  if (size === 8) dv.setFloat64(0, v);
  else dv.setFloat32(0, v);
  emitBytes(fa, b, col);
}));

on('.uleb128 .sleb128', (fa, _st, cur, name) => list(cur, () => {
  cur.ws();
  const col = cur.i;
  const v = evaluate(parseExpr(cur, fa), fa);
  if (v === DEFER || !isAbs(v)) throw new AsmError(`${name} needs an absolute value known here`, col);
  let x = BigInt(v.n);
  const out: number[] = [];
  if (name === '.uleb128') {
    x = BigInt.asUintN(64, x);
    do {
      let byte = Number(x & 0x7fn);
      x >>= 7n;
      if (x !== 0n) byte |= 0x80;
      out.push(byte);
    } while (x !== 0n);
  } else {
    for (;;) {
      const byte = Number(x & 0x7fn);
      x >>= 7n;
      const done = (x === 0n && (byte & 0x40) === 0) || (x === -1n && (byte & 0x40) !== 0);
      out.push(done ? byte : byte | 0x80);
      if (done) break;
    }
  }
  emitBytes(fa, out, col);
}));

on('.space .skip', (fa, _st, cur) => {
  cur.ws();
  const col = cur.i;
  const n = fa.absolute(cur, 'the size');
  const v = cur.eat(',') ? fa.absolute(cur, 'the fill value') : 0;
  fa.expectEnd(cur);
  fill(fa, n, v, col);
});
on('.zero', (fa, _st, cur) => {
  cur.ws();
  const col = cur.i;
  const n = fa.absolute(cur, 'the size');
  fa.expectEnd(cur);
  fill(fa, n, 0, col);
});
on('.fill', (fa, _st, cur) => {
  cur.ws();
  const col = cur.i;
  const repeat = fa.absolute(cur, 'the repeat count');
  let size = 1;
  let value = 0;
  if (cur.eat(',')) {
    size = optionalExpr(fa, cur, 'the size') ?? 1;
    if (cur.eat(',')) value = fa.absolute(cur, 'the value');
  }
  fa.expectEnd(cur);
  if (repeat < 0) throw new AsmError(`negative repeat count ${repeat}`, col);
  if (size < 0) throw new AsmError(`negative size ${size}`, col);
  if (repeat * Math.min(size, 8) > MAX_FILL) throw new AsmError(`.fill of ${repeat} x ${size} bytes is too large`, col);
  size = Math.min(size, 8);
  // Each repetition is `size` bytes of an 8-byte number whose high 4 bytes are zero.
  const unit = new Uint8Array(size);
  const v8 = new Uint8Array(8);
  bytesOf(value >>> 0, 4, v8, 4);
  unit.set(v8.subarray(8 - size));
  const bytes = new Uint8Array(repeat * size);
  for (let k = 0; k < repeat; k++) bytes.set(unit, k * size);
  emitBytes(fa, bytes, col);
});

on('.org', (fa, _st, cur) => {
  cur.ws();
  const col = cur.i;
  const v = evaluate(parseExpr(cur, fa), fa);
  const fillByte = cur.eat(',') ? fa.absolute(cur, 'the fill value') : 0;
  fa.expectEnd(cur);
  if (v === DEFER) throw new AsmError('.org needs a value known here', col);
  let target: number;
  if (isAbs(v)) target = Number(v.n);
  else if (v.base === fa.cur && v.minus === null) target = Number(v.n);
  else throw new AsmError('.org needs an offset in the current section', col);
  const here = fa.cur.size;
  if (target < here) throw new AsmError(`.org cannot move backwards (to ${formatNum(target)}, already at ${formatNum(here)})`, col);
  fill(fa, target - here, fillByte, col);
});

on('.align .p2align .p2alignw .p2alignl .balign .balignw .balignl', (fa, _st, cur, name) => parseAlign(fa, cur, name));

on('.incbin', (fa, st, cur) => {
  cur.ws();
  const col = cur.i;
  const path = String.fromCharCode(...stringBytes(cur));
  let skip = 0;
  let count: number | undefined;
  if (cur.eat(',')) {
    skip = fa.absolute(cur, 'the number of bytes to skip');
    if (cur.eat(',')) count = fa.absolute(cur, 'the count');
  }
  fa.expectEnd(cur);
  const r = fa.resolver?.binary(path, st.file);
  if (!r) throw new AsmError(`cannot find file '${path}' for .incbin`, col);
  if (skip < 0 || skip > r.bytes.length) throw new AsmError(`skip ${skip} is outside the file (${r.bytes.length} bytes)`, col);
  const end = count === undefined ? r.bytes.length : skip + count;
  if (end > r.bytes.length) throw new AsmError(`the file has only ${r.bytes.length} bytes`, col);
  emitBytes(fa, r.bytes.subarray(skip, end), col);
});

on('.include', (fa, st, cur) => {
  cur.ws();
  const col = cur.i;
  const path = String.fromCharCode(...stringBytes(cur));
  fa.expectEnd(cur);
  fa.includeFile(path, st, col);
});

// --- messages, end -----------------------------------------------------------------------------

on('.err', (_fa, _st, cur) => {
  throw new AsmError('.err encountered', cur.i);
});
on('.error', (_fa, _st, cur) => {
  cur.ws();
  const col = cur.i;
  const msg = cur.eof() ? '.error directive invoked in source file' : String.fromCharCode(...stringBytes(cur));
  throw new AsmError(msg, col);
});
on('.warning', (fa, st, cur) => {
  cur.ws();
  const col = cur.i;
  const msg = cur.eof() ? '.warning directive invoked in source file' : String.fromCharCode(...stringBytes(cur));
  fa.warn(st, col, msg);
});
on('.print', (fa, _st, cur) => {
  fa.messages.push(String.fromCharCode(...stringBytes(cur)));
});
on('.end', (fa) => {
  fa.ended = true;
});

// Accepted and ignored: they carry information dls does not use (debug and unwind tables,
// object attributes, the assembler's target selection).
// .gnu_attribute 4, N records the floating-point ABI (the linker checks that objects agree).
on('.gnu_attribute', (fa, st, cur) => {
  cur.ws();
  const col = cur.i;
  const tag = fa.absolute(cur, 'the attribute tag');
  cur.expect(',');
  const value = fa.absolute(cur, 'the attribute value');
  fa.expectEnd(cur);
  if (tag === 4) {
    fa.obj.fpAbi = value & 3;
    fa.obj.fpAbiOrigin = { loc: fa.loc(st, col), sourceLine: st.src };
  }
});
on('.file .ident .machine .loc .loc_view .abiversion .addrsig .addrsig_sym .nops .lflags .sdata .version', ignore);

// --- macros and repetition ------------------------------------------------------------------

/** Index of the statement closing the block opened at stmts[i] (nesting counted). */
function blockEnd(stmts: readonly Stmt[], i: number, open: Set<string>, close: string, what: string): number {
  let depth = 1;
  for (let j = i + 1; j < stmts.length; j++) {
    const c = new Cursor(stmts[j]!.text);
    c.ws();
    // Skip labels in front of the directive.
    for (;;) {
      const save = c.i;
      const id = c.ident();
      if (id !== undefined && c.s[c.i] === ':') {
        c.i++;
        c.ws();
        continue;
      }
      c.i = save;
      break;
    }
    const w = readWord(c);
    if (!w) continue;
    if (open.has(w)) depth++;
    else if (w === close && --depth === 0) return j;
  }
  throw new AsmError(`${what} without a matching ${close}`, 0);
}

on('.macro', (fa, st, cur, _n, stmts, i) => {
  const { name, col } = symbolName(cur, 'a macro name');
  const params: Macro['params'] = [];
  cur.ws();
  if (cur.s[cur.i] === ',') cur.i++;
  const rest = cur.rest();
  for (const part of rest.split(/\s*,\s*|\s+(?=[A-Za-z_])/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_.$][A-Za-z0-9_.$]*)(?::(req|vararg))?(?:\s*=\s*(.*))?$/.exec(part);
    if (!m) throw new AsmError(`bad macro parameter '${part}'`, cur.i + rest.indexOf(part));
    params.push({ name: m[1]!, dflt: m[3], req: m[2] === 'req', vararg: m[2] === 'vararg' });
  }
  const end = blockEnd(stmts, i, new Set(['.macro']), '.endm', '.macro');
  if (fa.macros.has(name)) throw new AsmError(`macro '${name}' is already defined`, col);
  fa.macros.set(name, { name, params, body: stmts.slice(i + 1, end), def: st });
  return end;
});
on('.endm', () => {
  throw new AsmError('.endm without .macro', 0);
});
on('.exitm', (fa) => {
  if (fa.macroDepth === 0) throw new AsmError('.exitm outside a macro', 0);
  throw new ExitMacro();
});
on('.purgem', (fa, _st, cur) => {
  const { name, col } = symbolName(cur, 'a macro name');
  if (!fa.macros.delete(name)) throw new AsmError(`no macro named '${name}'`, col);
});

const REPEATS = new Set(['.rept', '.irp', '.irpc']);
on('.rept', (fa, _st, cur, _n, stmts, i) => {
  cur.ws();
  const col = cur.i;
  const count = fa.absolute(cur, 'the repeat count');
  fa.expectEnd(cur);
  const end = blockEnd(stmts, i, REPEATS, '.endr', '.rept');
  if (count < 0) throw new AsmError(`negative repeat count ${count}`, col);
  if (count > 1_000_000) throw new AsmError(`repeat count ${count} is too large`, col);
  const body = stmts.slice(i + 1, end);
  fa.nested(() => {
    for (let k = 0; k < count && !fa.ended; k++) fa.run(body);
  });
  return end;
});
on('.irp .irpc', (fa, _st, cur, name, stmts, i) => {
  const { name: param } = symbolName(cur, 'a parameter name');
  cur.ws();
  if (cur.s[cur.i] === ',') cur.i++;
  const rest = cur.rest().trim();
  const end = blockEnd(stmts, i, REPEATS, '.endr', name);
  const values = name === '.irp'
    ? (rest === '' ? [''] : rest.split(/\s*,\s*|\s+/).map((v) => v.trim()))
    : [...rest.replace(/\s+/g, '')];
  const body = stmts.slice(i + 1, end);
  fa.nested(() => {
    for (const v of values) {
      if (fa.ended) break;
      const map = new Map([[param, v]]);
      // \@ counts macro expansions only (as in GNU as); .irp bodies see the current count.
      const id = String(fa.expansions);
      fa.run(body.map((b) => {
        const text = substitute(b.text, map, id);
        return text === b.text ? b : { ...b, text, col: 1, src: text };
      }));
    }
  });
  return end;
});
on('.endr', () => {
  throw new AsmError('.endr without .rept or .irp', 0);
});

// --- conditionals ------------------------------------------------------------------------------

function condValue(fa: FileAssembler, cur: Cursor, name: string): boolean {
  const num = (): number => {
    cur.ws();
    const col = cur.i;
    const v = evaluate(parseExpr(cur, fa), fa);
    if (v === DEFER) throw new AsmError(`${name} needs a value known here (it uses a symbol defined later)`, col);
    if (!isAbs(v)) throw new AsmError(`${name} needs an absolute value`, col);
    return Number(v.n);
  };
  const str = (): string => {
    cur.ws();
    if (cur.s[cur.i] === '"') return String.fromCharCode(...stringBytes(cur));
    const m = /^[^,]*/.exec(cur.rest())!;
    cur.i += m[0].length;
    return m[0].trim();
  };
  switch (name) {
    case '.if': case '.ifne': case '.elseif': return num() !== 0;
    case '.ifeq': return num() === 0;
    case '.ifgt': return num() > 0;
    case '.ifge': return num() >= 0;
    case '.iflt': return num() < 0;
    case '.ifle': return num() <= 0;
    case '.ifdef': case '.ifndef': case '.ifnotdef': {
      const { name: s } = symbolName(cur);
      const sym = fa.symbols.get(s);
      const defined = !!sym && (sym.defined || sym.isEqu || sym.common > 0);
      return name === '.ifdef' ? defined : !defined;
    }
    case '.ifc': case '.ifnc': case '.ifeqs': case '.ifnes': {
      const a = str();
      cur.expect(',');
      const b = str();
      return (name === '.ifc' || name === '.ifeqs') ? a === b : a !== b;
    }
    case '.ifb': return cur.rest().trim() === '';
    case '.ifnb': return cur.rest().trim() !== '';
  }
  throw new Error(`condValue: ${name}`);
}

for (const n of CONDITIONALS) {
  if (n === '.else' || n === '.elseif' || n === '.endif') continue;
  on(n, (fa, st, cur, name) => {
    const skipping = fa.conds.length > 0 && !fa.conds[fa.conds.length - 1]!.active;
    if (skipping) {
      fa.pushCond(false, st);
      return;
    }
    const v = condValue(fa, cur, name);
    if (name !== '.ifb' && name !== '.ifnb') fa.expectEnd(cur);
    fa.pushCond(v, st);
  });
}
on('.elseif', (fa, _st, cur) => {
  const top = fa.conds[fa.conds.length - 1];
  if (!top) throw new AsmError('.elseif without .if', 0);
  if (top.sawElse) throw new AsmError('.elseif after .else', 0);
  if (!top.parentActive || top.taken) {
    top.active = false;
    return;
  }
  const v = condValue(fa, cur, '.elseif');
  fa.expectEnd(cur);
  top.active = v;
  top.taken = v;
});
on('.else', (fa, _st, cur) => {
  fa.expectEnd(cur);
  const top = fa.conds[fa.conds.length - 1];
  if (!top) throw new AsmError('.else without .if', 0);
  if (top.sawElse) throw new AsmError('two .else for one .if', 0);
  top.sawElse = true;
  top.active = top.parentActive && !top.taken;
  top.taken = true;
});
on('.endif', (fa, _st, cur) => {
  fa.expectEnd(cur);
  if (!fa.conds.pop()) throw new AsmError('.endif without .if', 0);
});

