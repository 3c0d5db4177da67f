// Conformance scripts in the spirit of the WebAssembly spec tests (test/dsl/conformance/*.dslt):
//
//   module { ...DSL declarations... }
//   assert_return f(0.5, 0.25) => 0.75          the call's result, on the PPU and in the evaluator
//   assert_trap get(40) => "out of range"        both trap, with this in the message
//   assert_compile_error "expected fx8" { ... }  the module does not compile, with this message
//   run                                           run the module's main
//   assert_global name => value                   after run: a global's value (PPU and evaluator)
//   assert_mailbox field => value                 after run: a mailbox field
//   assert_ppu_range name => lo .. hi             after run: a time-dependent global, PPU only
//   time_dependent name                           a global that depends on interrupt timing: not compared
//
// Arguments and expected values are DSL constant expressions typed by the function's signature.
// The harness passes arguments through global variables, so nothing is folded at compile time:
// the compiled code computes every result at run time.

import { UserError } from '../../../common/errors.js';
import { compile, decodeValue, encodeValue, Evaluator, showValue, typeName, MAILBOX_BASE, type CompileResult, type Type, type Value } from '../../../assembler/dsl/index.js';
import { checkSource } from '../../../assembler/dsl/index.js';
import { sizeOf } from '../../../assembler/dsl/types.js';
import { createMachine, parseProgram, type HaltInfo } from '../../../ppu/index.js';
import { FakeChip } from './fake-chip.js';

export type Command =
  | { k: 'module'; text: string; line: number }
  | { k: 'assert_return'; call: string; expected: string; line: number }
  | { k: 'assert_trap'; call: string; message: string; line: number }
  | { k: 'assert_compile_error'; message: string; text: string; line: number }
  | { k: 'run'; line: number }
  | { k: 'assert_global'; name: string; expected: string; line: number }
  | { k: 'assert_mailbox'; name: string; expected: string; line: number }
  /** A time-dependent global: checked on the PPU only (the evaluator's clock is virtual). */
  | { k: 'assert_ppu_range'; name: string; lo: number; hi: number; line: number }
  /** A global whose value depends on when interrupts came: not compared after run. */
  | { k: 'time_dependent'; name: string; line: number };

/** Text from `{` at text[start] to the matching `}` (comments and strings respected). */
function braced(text: string, start: number): { body: string; end: number } {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      continue;
    }
    if (c === '"') {
      i = text.indexOf('"', i + 1);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { body: text.slice(start + 1, i), end: i + 1 };
  }
  throw new Error('unbalanced braces in conformance script');
}

export function parseScript(text: string): Command[] {
  const out: Command[] = [];
  let i = 0;
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  while (i < text.length) {
    const rest = text.slice(i);
    const ws = /^(\s+|\/\/[^\n]*)/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const line = lineAt(i);
    let m: RegExpExecArray | null;
    if ((m = /^module\s*\{/.exec(rest))) {
      const b = braced(text, i + m[0].length - 1);
      // Keep the module's line numbers: pad with the lines before its first line.
      out.push({ k: 'module', text: '\n'.repeat(line - 1) + ' '.repeat(0) + b.body, line });
      i = b.end;
    } else if ((m = /^assert_compile_error\s+"([^"]*)"\s*\{/.exec(rest))) {
      const b = braced(text, i + m[0].length - 1);
      out.push({ k: 'assert_compile_error', message: m[1]!, text: '\n'.repeat(line - 1) + b.body, line });
      i = b.end;
    } else if ((m = /^assert_return\s+([^\n]*?)\s*=>\s*([^\n]*?)\s*(?:\/\/[^\n]*)?(\n|$)/.exec(rest))) {
      out.push({ k: 'assert_return', call: m[1]!, expected: m[2]!, line });
      i += m[0].length;
    } else if ((m = /^assert_trap\s+([^\n]*?)\s*=>\s*"([^"]*)"[^\n]*(\n|$)/.exec(rest))) {
      out.push({ k: 'assert_trap', call: m[1]!, message: m[2]!, line });
      i += m[0].length;
    } else if ((m = /^assert_global\s+(\w+)\s*=>\s*([^\n]*?)\s*(?:\/\/[^\n]*)?(\n|$)/.exec(rest))) {
      out.push({ k: 'assert_global', name: m[1]!, expected: m[2]!, line });
      i += m[0].length;
    } else if ((m = /^assert_mailbox\s+(\w+)\s*=>\s*([^\n]*?)\s*(?:\/\/[^\n]*)?(\n|$)/.exec(rest))) {
      out.push({ k: 'assert_mailbox', name: m[1]!, expected: m[2]!, line });
      i += m[0].length;
    } else if ((m = /^assert_ppu_range\s+(\w+)\s*=>\s*(-?\d+)\s*\.\.\s*(-?\d+)[^\n]*(\n|$)/.exec(rest))) {
      out.push({ k: 'assert_ppu_range', name: m[1]!, lo: Number(m[2]), hi: Number(m[3]), line });
      i += m[0].length;
    } else if ((m = /^time_dependent\s+(\w+)[^\n]*(\n|$)/.exec(rest))) {
      out.push({ k: 'time_dependent', name: m[1]!, line });
      i += m[0].length;
    } else if ((m = /^run\b[^\n]*(\n|$)/.exec(rest))) {
      out.push({ k: 'run', line });
      i += m[0].length;
    } else {
      throw new Error(`conformance script line ${line}: cannot parse '${rest.split('\n')[0]}'`);
    }
  }
  return out;
}

export interface RunOutcome {
  halt: HaltInfo;
  /** Bytes of a global (or mailbox field) on the PPU after the run. */
  ppuBytes(sym: string, size: number): Uint8Array;
  ppuMailbox: Uint8Array;
  evalGlobals: Map<string, { type: Type; value: Value }>;
  evalMailbox: Uint8Array;
  evalEnd: string;
  evalTrap?: string;
  trapMessage?: string;
  ppuChip: FakeChip;
  evalChip: FakeChip;
  compiled: CompileResult;
}

/** Compile and run a program on the PPU (with a fake chip) and in the evaluator (with another). */
export function runBoth(text: string, file: string, maxCycles = 20_000_000): RunOutcome {
  const compiled = compile(text, { file });
  const ppuChip = new FakeChip();
  const cpu = createMachine(parseProgram(compiled.program.elf, `${file}.elf`), { port: ppuChip });
  const halt = cpu.run(maxCycles);
  let trapMessage: string | undefined;
  if (halt.reason === 'trap') {
    const at = compiled.lineAt(halt.pc ?? -1);
    trapMessage = at ? `${at.trap ?? halt.cause} at ${at.loc.file}:${at.loc.line}:${at.loc.col}` : `${halt.cause} at pc 0x${(halt.pc ?? 0).toString(16)} (no source location)`;
  }
  const evalChip = new FakeChip();
  const ev = new Evaluator(compiled.checked, { port: evalChip, maxSteps: 20_000_000 });
  const res = ev.run();
  const evalGlobals = new Map<string, { type: Type; value: Value }>();
  for (const g of compiled.checked.globals) evalGlobals.set(g.name, { type: g.ty!, value: ev.globals.get(g)! });
  return {
    halt,
    ppuBytes: (sym, size) => {
      const s = compiled.program.symbols.find((x) => x.name === sym);
      if (!s) throw new Error(`no symbol ${sym}`);
      return cpu.dmem.read(s.value, size);
    },
    ppuMailbox: cpu.dmem.read(MAILBOX_BASE, 0x1000),
    evalGlobals,
    evalMailbox: ev.mailbox,
    evalEnd: res.end,
    evalTrap: res.trap ? `${res.trap.message} at ${res.trap.loc.file}:${res.trap.loc.line}:${res.trap.loc.col}` : undefined,
    trapMessage,
    ppuChip,
    evalChip,
    compiled,
  };
}

/** The folded value of a constant expression of type t, checked in the context of a module. */
export function constValue(moduleText: string, t: Type, expr: string): Value {
  const src = `${moduleText}\nconst __x: ${typeName(t)} = ${expr};\n`;
  const { checked, diags } = checkSource(src, { file: 'expected' });
  if (diags.count) throw new UserError(diags.list);
  const c = checked.consts.find((x) => x.name === '__x')!;
  return c.folded as Value;
}

export function bytesOf(t: Type, v: Value): Uint8Array {
  const b = new Uint8Array(sizeOf(t));
  encodeValue(t, v, b, 0);
  return b;
}

export function show(t: Type, bytes: Uint8Array): string {
  return showValue(t, decodeValue(t, bytes, 0));
}

/** Split `f(a, b)` into the name and the argument texts (commas inside brackets respected). */
export function splitCall(call: string): { name: string; args: string[] } {
  const m = /^(\w+)\s*\(([\s\S]*)\)\s*$/.exec(call.trim());
  if (!m) throw new Error(`not a call: ${call}`);
  const args: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of m[2]!) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === ',' && depth === 0) {
      args.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) args.push(cur.trim());
  return { name: m[1]!, args };
}
