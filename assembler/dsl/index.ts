// The plasticity language's public face: compile a DSL program to PPU assembly and a loadable
// program, check it, or evaluate it with the reference interpreter. docs/dsl.md is the
// specification.
//
//   const r = compile(text, { file: 'rule.dsl' });
//   r.asm            readable assembly with the source lines as comments
//   r.program        the assembled program (ELF, flat binary, symbols)
//   r.lineAt(pc)     the DSL source location of an instruction (traps)

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, type Diagnostic } from '../../common/errors.js';
import { assemble, type AssembleResult } from '../index.js';
import type { Decl, FnDecl, Loc, SourceUnit } from './ast.js';
import { checkProgram, type CheckedProgram } from './check.js';
import { Diags } from './diag.js';
import { FunctionEmitter, type AsmLine, type FrameInfo } from './emit.js';
import { FX, type MFunc, type MInst } from './mir.js';
import { optimise } from './opt.js';
import { parse } from './parser.js';
import { allocate } from './regalloc.js';
import { runtime } from './runtime.js';
import { schedule } from './sched.js';
import { insertSyncs, protectVcr, usesVectorMemory } from './sync.js';
import { ProgramLowering, MAILBOX_BASE } from './lower.js';

export { Evaluator, EvalTrap, EvalLimit, MAILBOX_BYTES, type EvalOptions, type EvalResult } from './eval.js';
export type { CheckedProgram } from './check.js';
export { typeName, type Type } from './types.js';
export { encodeValue, decodeValue, showValue, type Value } from './value.js';
export { MAILBOX_BASE } from './lower.js';

export const STD_DIR = fileURLToPath(new URL('./std/', import.meta.url));

export interface CompileOptions {
  /** File name for messages and for resolving imports (default '<input>'). */
  file?: string;
  /** Read an imported file (default: the file system). */
  readFile?: (path: string) => string | undefined;
  /** Leave out the standard library. */
  noStd?: boolean;
  /** Optimisations (inlining, loop-invariant code motion, scheduling); default true. */
  optimize?: boolean;
  /** Functions never to inline (benchmarks measure them as calls). */
  noInline?: string[];
}

export interface LineEntry {
  pc: number;
  loc: Loc;
  trap?: string;
}

export interface ProgramSizes {
  code: number;
  data: number;
  /** Deepest stack use (bytes), if the call graph has no recursion. */
  stack: number | null;
  /** Bytes available below the mailbox. */
  available: number;
}

export interface CompileResult {
  asm: string;
  program: AssembleResult;
  diagnostics: Diagnostic[];
  lineTable: LineEntry[];
  checked: CheckedProgram;
  sizes: ProgramSizes;
  /** The program touches the chip (synapse bus, rate counters, spike injection, capmem). */
  usesChip: boolean;
  /** The instruction at pc: its source location, what a trap there means, and the source line. */
  lineAt(pc: number): { loc: Loc; trap?: string; sourceLine?: string } | undefined;
}

/** Parse and check a program (with its imports and the standard library). */
export function checkSource(text: string, opts: CompileOptions = {}): { checked: CheckedProgram; diags: Diags } {
  const diags = new Diags();
  const file = opts.file ?? '<input>';
  const read = opts.readFile ?? ((p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));
  const units: SourceUnit[] = [];
  const seen = new Set<string>();
  const load = (name: string, src: string, std: boolean) => {
    seen.add(normalize(name));
    const decls = parse(name, src, diags);
    units.push({ file: name, text: src, decls, std });
    for (const d of decls) {
      if (d.k !== 'import') continue;
      const path = normalize(join(dirname(name), d.path));
      if (seen.has(path)) continue;
      const t = read(path);
      if (t === undefined) {
        diags.error(d.loc, `cannot read imported file '${d.path}' (looked for ${path})`);
        continue;
      }
      load(path, t, std);
    }
  };
  load(file, text, false);
  if (!opts.noStd) {
    for (const f of readdirSync(STD_DIR).filter((x) => x.endsWith('.dsl')).sort()) {
      const p = join(STD_DIR, f);
      load(`std/${f}`, readFileSync(p, 'utf8'), true);
    }
  }
  const checked = checkProgram(units, diags);
  return { checked, diags };
}

/** Compile a program; throws UserError with every problem found. */
export function compile(text: string, opts: CompileOptions = {}): CompileResult {
  const { checked, diags } = checkSource(text, opts);
  if (diags.count) throw new UserError(diags.sorted());
  const file = opts.file ?? '<input>';
  const optimizeOn = opts.optimize !== false;
  const hasRules = checked.rules.length > 0;
  const pl = new ProgramLowering(checked, { hasRules, inline: optimizeOn, noInline: new Set(opts.noInline ?? []) });
  pl.run();

  const anyVmem = pl.funcs.some((f) => usesVectorMemory(f.mf));
  // Functions that may return with vector memory accesses in flight (themselves or callees).
  const calleesOf = (f: MFunc) => f.blocks.flatMap((b) => b.insts.filter((i) => i.fx & FX.CALL && i.ops[0]?.k === 'sym').map((i) => (i.ops[0] as { s: string }).s));
  const vmem = new Set(pl.funcs.filter((lf) => usesVectorMemory(lf.mf)).map((lf) => lf.mf.name));
  for (let changed = true; changed; ) {
    changed = false;
    for (const lf of pl.funcs) {
      if (!vmem.has(lf.mf.name) && calleesOf(lf.mf).some((c) => vmem.has(c))) {
        vmem.add(lf.mf.name);
        changed = true;
      }
    }
  }
  const callPending = (i: MInst) => {
    const sym = (i.ops[0] as { s?: string } | undefined)?.s ?? '';
    return sym.startsWith('__dls') ? false : vmem.has(sym);
  };
  for (const lf of pl.funcs) {
    const f = lf.mf;
    if (optimizeOn) optimise(f, lf.loops);
    const isMain = lf.decl !== undefined && lf.decl === checked.main;
    insertSyncs(f, !isMain && anyVmem, callPending);
    if (lf.interruptible) protectVcr(f, lf.decl && pl.calledFromRules.has(lf.decl) ? 'restore' : 'enable');
    if (optimizeOn) schedule(f);
    allocate(f);
  }

  const sourceLine = (loc: Loc) => diags.line(loc);
  const emitted = new Map<MFunc, FunctionEmitter>();
  for (const lf of pl.funcs) {
    const e = new FunctionEmitter(lf.mf, sourceLine, file);
    e.emit();
    emitted.set(lf.mf, e);
  }

  // Registers each function may change, including through its callees (for interrupt entry).
  const bySym = new Map<string, MFunc>(pl.funcs.map((lf) => [lf.mf.name, lf.mf]));
  const callees = (f: MFunc): MFunc[] => {
    const out: MFunc[] = [];
    for (const b of f.blocks) for (const i of b.insts) if (i.fx & FX.CALL && i.ops[0]?.k === 'sym') {
      const g = bySym.get(i.ops[0].s);
      if (g) out.push(g);
    }
    return out;
  };
  const clobber = (f: MFunc) => {
    const g = new Set<number>();
    const v = new Set<number>();
    let ctr = false;
    let xer = false;
    const seen = new Set<MFunc>();
    const stack = [f];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      const fr = emitted.get(x)!.frame;
      fr.clobberG.forEach((r) => g.add(r));
      fr.clobberV.forEach((r) => v.add(r));
      ctr ||= fr.usesCtr || callees(x).length > 0;
      xer ||= fr.usesXer;
      stack.push(...callees(x));
    }
    return { g, v, ctr, xer };
  };
  const ruleFuncs = pl.funcs.filter((lf) => lf.rule);
  const cg = new Set<number>();
  const cv = new Set<number>();
  let ctr = false;
  let xer = false;
  for (const lf of ruleFuncs) {
    const c = clobber(lf.mf);
    c.g.forEach((r) => cg.add(r));
    c.v.forEach((r) => cv.add(r));
    ctr ||= c.ctr;
    xer ||= c.xer;
  }

  // Data.
  const data: AsmLine[] = [];
  const items = [...pl.data.values()];
  const rt = runtime({
    hasMain: Boolean(checked.main),
    rules: ruleFuncs.map((lf) => ({ name: lf.rule!.name, symbol: lf.mf.name, cycles: lf.rule!.cycles, fitExp: lf.rule!.fitExp })),
    usesWait: pl.usesWait,
    clobberG: cg, clobberV: cv, usesCtr: ctr, usesXer: xer,
    hasBss: items.some((d) => d.section === '.bss') || hasRules,
  });
  for (const b of rt.bss) items.push({ sym: b.sym, section: '.bss', align: 4, size: b.size });
  for (const sec of ['.rodata', '.data', '.bss'] as const) {
    const list = items.filter((d) => d.section === sec);
    if (!list.length && sec !== '.bss') continue;
    data.push({ text: `\t.section ${sec}` });
    if (sec === '.bss') data.push({ text: '\t.p2align 4' }, { text: '__dls_bss_start:' });
    for (const d of list) {
      data.push({ text: `\t.p2align ${Math.log2(Math.max(1, d.align))}` }, { text: `${d.sym}:` });
      if (d.bytes) {
        for (let k = 0; k < d.bytes.length; k += 16) data.push({ text: `\t.byte ${[...d.bytes.slice(k, k + 16)].join(', ')}` });
      } else data.push({ text: `\t.space ${d.size}` });
    }
    if (sec === '.bss') data.push({ text: '\t.p2align 2' }, { text: '__dls_bss_end:' });
  }
  // The lowest address the stack may reach (recursive functions check it): the end of the data
  // plus room for one interrupt entry.
  {
    const isr = rt.isrFrame;
    data.push({ text: `__dls_stack_limit = __dls_bss_end + ${isr + 64}` });
  }

  const lines: AsmLine[] = [
    { text: `# Compiled from ${file} by the dls plasticity DSL compiler. Do not edit; edit the source.` },
    ...rt.head,
  ];
  for (const lf of pl.funcs) {
    const what = lf.rule ? `rule ${lf.rule.name}` : `fn ${lf.decl!.name}`;
    const where = lf.mf.loc ? ` (${lf.mf.loc.file}:${lf.mf.loc.line})` : '';
    lines.push({ text: '' }, { text: `# ${what}${where}` });
    lines.push(...emitted.get(lf.mf)!.lines);
  }
  lines.push({ text: '' }, ...rt.tail, { text: '' }, ...data);
  const asm = `${lines.map((l) => l.text).join('\n')}\n`;

  let program: AssembleResult;
  try {
    program = assemble([{ name: `${file}.s`, text: asm }], { profile: 'dls', fileSystem: false });
  } catch (e) {
    if (e instanceof UserError && /do(es)? not fit/.test(e.message)) {
      throw new UserError([{ message: `the program does not fit the 16 KiB SRAM: ${e.diagnostics[0]?.message ?? e.message}` }]);
    }
    if (e instanceof UserError) throw new Error(`the DSL compiler produced assembly the assembler rejects (a bug in dls):\n${e.message}`);
    throw e;
  }

  // Line table: .text is the runtime head, then the functions, then the runtime tail, 4 bytes per instruction.
  const lineTable: LineEntry[] = [];
  let pc = 0;
  let inText = true;
  for (const l of lines) {
    if (/^\t\.section/.test(l.text)) inText = false;
    if (!inText || !l.insn) continue;
    if (l.loc) lineTable.push({ pc, loc: l.loc, trap: l.trap });
    pc += 4;
  }
  const sym = (n: string) => program.symbols.find((s) => s.name === n)?.value;
  const codeEnd = pc;
  const mainAddr = checked.main ? sym('fn_main') : undefined;
  if (mainAddr !== undefined) {
    // The line table's addresses must agree with the assembler's.
    let p = 0;
    let found = -1;
    for (const l of lines) {
      if (/^\t\.section/.test(l.text)) break;
      if (l.text === 'fn_main:') {
        found = p;
        break;
      }
      if (l.insn) p += 4;
    }
    if (found !== mainAddr) throw new Error(`DSL compiler: line table out of step with the assembler (fn_main at ${found}, assembler says ${mainAddr})`);
  }

  // Sizes and the stack.
  const sections = program.image.sections.filter((s) => s.size > 0);
  const end = Math.max(0, ...sections.map((s) => s.addr + s.size));
  const dataSize = end - codeEnd;
  const frameOf = (f: MFunc) => emitted.get(f)!.frame.size;
  const depth = (f: MFunc, stack: Set<MFunc>): number | null => {
    if (stack.has(f)) return null;
    stack.add(f);
    let worst = 0;
    for (const c of callees(f)) {
      const d = depth(c, stack);
      if (d === null) {
        stack.delete(f);
        return null;
      }
      worst = Math.max(worst, d);
    }
    stack.delete(f);
    return frameOf(f) + worst;
  };
  let stackNeed: number | null = 0;
  const mainF = pl.funcs.find((lf) => lf.decl === checked.main)?.mf;
  if (mainF) stackNeed = depth(mainF, new Set());
  let ruleDepth: number | null = 0;
  for (const lf of ruleFuncs) {
    const d = depth(lf.mf, new Set());
    ruleDepth = d === null || ruleDepth === null ? null : Math.max(ruleDepth, d);
  }
  const waitFrame = 0;
  const stack = stackNeed === null || ruleDepth === null ? null : stackNeed + (ruleFuncs.length ? rt.isrFrame + ruleDepth : 0) + waitFrame;
  const available = MAILBOX_BASE;
  const sizes: ProgramSizes = { code: codeEnd, data: dataSize, stack, available };
  if (end + (stack ?? 0) > available) {
    const loc = checked.main?.nameLoc ?? checked.rules[0]?.nameLoc;
    throw new UserError([{
      message: `the program does not fit the SRAM below the mailbox: ${codeEnd} bytes of code + ${dataSize} bytes of data${stack !== null ? ` + ${stack} bytes of stack` : ''} = ${end + (stack ?? 0)} bytes, but only ${available} bytes (0x0000..0x${(available - 1).toString(16)}) are available`,
      loc: loc ? { file: loc.file, line: loc.line, col: loc.col } : undefined,
      sourceLine: loc ? diags.line(loc) : undefined,
    }]);
  }

  const lineAt = (pcq: number) => {
    const e = lineTable.find((x) => x.pc === pcq);
    if (!e) return undefined;
    return { loc: e.loc, trap: e.trap, sourceLine: diags.line(e.loc) };
  };
  return { asm, program, diagnostics: diags.warnings, lineTable, checked, sizes, usesChip: pl.usesChip, lineAt };
}

/** All user functions by name (conformance tests call them). */
export function findFunction(p: CheckedProgram, name: string): FnDecl | undefined {
  return p.fns.find((f) => f.name === name && !f.std);
}

export type { Decl };
