// `dls run FILE`: load a program into the PPU and run it until wait, exit, an unhandled trap or a
// cycle limit. The program's write() output goes to stdout/stderr; the exit status is the
// program's (docs/cli.md lists the statuses).

import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatDiagnostic, UserError } from '../../../common/errors.js';
import type { CompileResult } from '../../../assembler/dsl/index.js';
import { DlsSystem, parseChipConfig } from '../../../chip/index.js';
import { compileFile } from './compile.js';
import {
  createMachine, MAILBOX_BASE, parseProgram, signalFor,
  type HaltInfo, type Ppu, type ProgramFormat,
} from '../../../ppu/index.js';
import { parseIntOption, readInput } from '../options.js';
import { disassembleWord } from '../../../assembler/index.js';

export interface RunReport {
  haltReason: HaltInfo['reason'];
  exitCode: number;
  cycles: number;
  instructions: number;
  trap?: { pc: string; word: string; cause: string };
}

/** Exit status of `dls run` for a halt (also used by tests). */
export function exitStatusOf(h: HaltInfo): number {
  switch (h.reason) {
    case 'exit': return h.exitCode ?? 0;
    case 'wait': return 0;
    case 'trap': return 128 + signalFor(h.cause!);
    case 'limit': return 124;
  }
}

export function reportOf(cpu: Ppu, h: HaltInfo): RunReport {
  const r: RunReport = { haltReason: h.reason, exitCode: exitStatusOf(h), cycles: h.cycle, instructions: cpu.icount };
  if (h.reason === 'trap') {
    r.trap = { pc: `0x${(h.pc ?? 0).toString(16)}`, word: `0x${(h.word ?? 0).toString(16).padStart(8, '0')}`, cause: h.cause! };
  }
  return r;
}

/** Registers as a flat record, to print what an instruction changed. */
function snapshot(cpu: Ppu): Record<string, number> {
  const s: Record<string, number> = {};
  for (let i = 0; i < 32; i++) s[`r${i}`] = cpu.gpr[i]!;
  s.cr = cpu.cr;
  s.xer = cpu.xer();
  s.lr = cpu.lr;
  s.ctr = cpu.ctr;
  s.msr = cpu.msr;
  s.srr0 = cpu.srr0;
  s.srr1 = cpu.srr1;
  return s;
}

export function register(program: Command, setStatus: (code: number) => void): void {
  program
    .command('run')
    .description('run a PPU program (ELF, flat binary or hex memory image) until wait, exit, a trap or a cycle limit')
    .argument('<file>', 'program file')
    .option('--format <fmt>', 'elf | bin | mem (default: from the file)')
    .option('--profile <name>', 'dls | linux-user', 'dls')
    .option('--split-memory', 'separate 16 KiB instruction and data memories (dls profile)')
    .option('--load-address <addr>', 'where a flat binary or hex image goes', '0')
    .option('--data <file>', 'raw binary loaded into data memory')
    .option('--data-address <addr>', 'where --data goes (default: the mailbox 0x3000, or 0 with --split-memory)')
    .option('--max-cycles <n>', 'stop after this many cycles')
    .option('--dump-data <file>', 'write the data memory image here at the end')
    .option('--report <file>', 'write a JSON report (halt reason, exit code, cycles, instructions, trap)')
    .option('--trace', 'print one line per instruction: cycle, pc, word, disassembly, changed registers')
    .option('--chip <file>', 'chip configuration (JSON, docs/chip-model.md) for DSL programs that use the chip')
    .action((file: string, o: Record<string, string | boolean | undefined>) => {
      if (/\.dsl$/i.test(file)) {
        runDsl(file, o, setStatus);
        return;
      }
      if (o.chip) throw new UserError('--chip applies to DSL programs (.dsl) only');
      const format = o.format as ProgramFormat | undefined;
      if (format && !['elf', 'bin', 'mem'].includes(format)) throw new UserError(`--format must be elf, bin or mem, not '${format}'`);
      const profile = o.profile as string;
      if (profile !== 'dls' && profile !== 'linux-user') throw new UserError(`--profile must be dls or linux-user, not '${profile}'`);
      const bytes = readInput(file);
      const prog = parseProgram(bytes, file, format, parseIntOption('--load-address', o.loadAddress as string));
      const split = Boolean(o.splitMemory);
      const data = o.data
        ? {
          bytes: readInput(o.data as string),
          addr: o.dataAddress !== undefined ? parseIntOption('--data-address', o.dataAddress as string) : split ? 0 : MAILBOX_BASE,
        }
        : undefined;
      const cpu = createMachine(prog, {
        profile, splitMemory: split, data,
        write: (fd, b) => (fd === 2 ? process.stderr : process.stdout).write(b),
      });
      const maxCycles = o.maxCycles !== undefined ? parseIntOption('--max-cycles', o.maxCycles as string) : Infinity;
      if (o.trace) {
        const names = new Map(prog.symbols.filter((s) => s.name && (s.type === 'func' || s.type === 'notype')).map((s) => [s.value >>> 0, s.name]));
        const symbolAt = (addr: number) => names.get(addr >>> 0);
        let before = snapshot(cpu);
        let count = cpu.icount;
        cpu.setStepHook((c, pc) => {
          if (c.icount === count) return; // interrupted before it ran
          count = c.icount;
          const after = snapshot(c);
          const changes = Object.keys(after)
            .filter((k) => after[k] !== before[k])
            .map((k) => `${k}=0x${(after[k]! >>> 0).toString(16)}`);
          const word = c.imem.readWord(pc);
          process.stdout.write(
            `${String(c.t).padStart(8)} ${pc.toString(16).padStart(8, '0')} ${word.toString(16).padStart(8, '0')}  ${disassembleWord(word, pc, symbolAt).padEnd(28)} ${changes.join(' ')}\n`,
          );
          before = after;
        });
      }
      const halt = cpu.run(maxCycles);
      if (o.dumpData) writeFileSync(o.dumpData as string, cpu.dmem.bytes());
      const report = reportOf(cpu, halt);
      if (o.report) writeFileSync(o.report as string, `${JSON.stringify(report, null, 2)}\n`);
      if (halt.reason === 'trap') {
        process.stderr.write(`dls: unhandled ${report.trap!.cause} at pc ${report.trap!.pc} (word ${report.trap!.word}), cycle ${halt.cycle}\n`);
      } else if (halt.reason === 'limit') {
        process.stderr.write(`dls: cycle limit ${maxCycles} reached at pc 0x${cpu.pc.toString(16)}\n`);
      }
      setStatus(report.exitCode);
    });
}

/** A trap of a compiled DSL program, with the source location it maps to. */
function dslTrapMessage(r: CompileResult, h: HaltInfo): string {
  const at = r.lineAt(h.pc ?? -1);
  const what = h.cause === 'trap' && at?.trap ? at.trap : `${h.cause} (pc 0x${(h.pc ?? 0).toString(16)})`;
  if (!at) return `dls: the program stopped: ${what}, cycle ${h.cycle}`;
  return formatDiagnostic({ message: `the program stopped: ${what} (cycle ${h.cycle})`, loc: { file: at.loc.file, line: at.loc.line, col: at.loc.col }, sourceLine: at.sourceLine }).replace(': error: ', ': trap: ');
}

/**
 * `dls run FILE.dsl`: compile, then run on the PPU alone, or on a DlsSystem (PPU + chip) when
 * the program touches the chip.
 */
function runDsl(file: string, o: Record<string, string | boolean | undefined>, setStatus: (code: number) => void): void {
  if (o.format || o.profile !== 'dls' || o.splitMemory || o.loadAddress !== '0') {
    throw new UserError('--format, --profile, --split-memory and --load-address do not apply to DSL programs');
  }
  const r = compileFile(file);
  for (const w of r.diagnostics) process.stderr.write(`${formatDiagnostic(w).replace(': error: ', ': warning: ')}\n`);
  if (!r.checked.main && r.checked.rules.length && o.maxCycles === undefined) {
    throw new UserError(`${file} has rules and no main, so it runs until it is stopped: give --max-cycles`);
  }
  const maxCycles = o.maxCycles !== undefined ? parseIntOption('--max-cycles', o.maxCycles as string) : Infinity;
  const dataBytes = o.data ? readInput(o.data as string) : undefined;
  const dataAddr = o.dataAddress !== undefined ? parseIntOption('--data-address', o.dataAddress as string) : MAILBOX_BASE;
  let halt: HaltInfo;
  let cpu: Ppu;
  if (r.usesChip || o.chip) {
    if (o.trace) throw new UserError('--trace is not available for programs that use the chip');
    const config = o.chip ? parseChipConfig(JSON.parse(new TextDecoder().decode(readInput(o.chip as string))), o.chip as string) : {};
    const sys = new DlsSystem({ chip: config });
    sys.loadBytes(r.program.bin, r.program.binAddress);
    if (dataBytes) sys.ppu.dmem.load(dataAddr, dataBytes);
    sys.startPpu();
    const res = sys.runUntilHalt(Number.isFinite(maxCycles) ? maxCycles : 2 ** 52);
    cpu = sys.ppu;
    halt = res.halt ?? { reason: 'limit', cycle: sys.ppuCycle() };
    if (halt.reason !== 'limit') halt = { ...halt, cycle: sys.ppuCycle(halt.cycle) };
  } else {
    const prog = parseProgram(r.program.elf, `${file}.elf`);
    cpu = createMachine(prog, { data: dataBytes ? { bytes: dataBytes, addr: dataAddr } : undefined });
    if (o.trace) {
      cpu.setStepHook((c, pc) => {
        const at = r.lineAt(pc);
        const word = c.imem.readWord(pc);
        process.stdout.write(`${String(c.t).padStart(8)} ${pc.toString(16).padStart(8, '0')}  ${disassembleWord(word, pc).padEnd(28)} ${at ? `${at.loc.line}: ${at.sourceLine?.trim() ?? ''}` : ''}\n`);
      });
    }
    halt = cpu.run(maxCycles);
  }
  if (o.dumpData) writeFileSync(o.dumpData as string, cpu.dmem.bytes());
  const report = reportOf(cpu, halt);
  if (halt.reason === 'trap') {
    const at = r.lineAt(halt.pc ?? -1);
    if (at) (report as RunReport & { source?: unknown }).source = { file: at.loc.file, line: at.loc.line, col: at.loc.col, trap: at.trap };
  }
  if (o.report) writeFileSync(o.report as string, `${JSON.stringify(report, null, 2)}\n`);
  if (halt.reason === 'trap') process.stderr.write(`${dslTrapMessage(r, halt)}\n`);
  else if (halt.reason === 'limit') process.stderr.write(`dls: cycle limit ${maxCycles} reached at pc 0x${cpu.pc.toString(16)}\n`);
  setStatus(report.exitCode);
}
