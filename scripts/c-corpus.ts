// The C differential corpus (test/corpus/c): how its programs are built and how the reference
// tools and dls run them. Shared by scripts/build-c-corpus.ts, which commits the reference
// outputs, and by test/ppu/c-corpus.test.ts and c-corpus-live.test.ts.

import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { exitStatusOf } from '../host/cli/commands/run.js';
import { createMachine, parseProgram, type FaultCause, type HaltReason } from '../ppu/index.js';

export const CORPUS_DIR = fileURLToPath(new URL('../test/corpus/c/', import.meta.url));
export const BUILD_DIR = join(CORPUS_DIR, 'build');
export const EXPECTED_FILE = join(CORPUS_DIR, 'expected.json');

export const GCC = 'powerpc-linux-gnu-gcc';
export const OBJDUMP = 'powerpc-linux-gnu-objdump';
export const LD = 'powerpc-linux-gnu-ld';
export const QEMU = 'qemu-ppc';

/** The flags the PPU issue prescribes, in its order. */
export const ISSUE_FLAGS = ['-mcpu=440', '-msoft-float', '-ffreestanding', '-nostdlib', '-static', '-fno-pie', '-no-pie'] as const;
/**
 * Added for reproducible files: no build-id note (Debian's GCC adds one by default, and it would
 * change with the build path), warnings as errors so that a sloppy program cannot slip in.
 */
export const EXTRA_FLAGS = ['-Wl,--build-id=none', '-Wall', '-Wextra', '-Werror', '-Iruntime'] as const;
export const LEVELS = ['-O0', '-O2', '-Os'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Cycle limit for a corpus program under dls. The longest program needs about 30 million cycles;
 * the bound only keeps a program that loops forever (a dls bug) from hanging the tests.
 */
export const MAX_CYCLES = 200_000_000;

/** Runtime sources linked into every program (paths relative to CORPUS_DIR). */
export const RUNTIME = ['runtime/start.S', 'runtime/rt.c'] as const;
const RUNTIME_HEADERS = ['runtime/rt.h'] as const;

/**
 * qemu-ppc's default CPU (a 750) lacks the 440's multiply-halfword instructions that GCC emits
 * for 16x16 products, so the reference runs on qemu's 440 model.
 */
export const QEMU_ARGS = ['-cpu', '440'] as const;

/**
 * Instructions whose qemu-ppc implementation is wrong, so a differential test cannot use them
 * (checked with qemu 7.2): the multiply-accumulate forms without OE and without saturation
 * (maclhw, machhw, macchw, their u and n variants, the only ones GCC emits) never write RT; the
 * signed saturating and overflow forms test for overflow as if they subtracted. Only the unsigned
 * saturating and unsigned overflow-recording forms are right. dls implements all of them per the
 * 440 manual; test/ppu/semantics.test.ts pins them instead. The build script refuses binaries
 * that contain a broken one.
 */
export function qemuBroken(mnemonic: string): boolean {
  return /^n?mac[chl]hw/.test(mnemonic) && !/^mac[chl]hw(su|suo|uo)\.?$/.test(mnemonic);
}

export interface CorpusEntry {
  /** `<program>-O2` etc.; also the ELF's base name under build/. */
  id: string;
  program: string;
  level: Level;
}

export interface Expected {
  stdout: string;
  /** Exit status as a shell reports it: the program's, or 128 + signal number. */
  exitCode: number;
  /** For programs that end on a fatal signal: its name (SIGSEGV, ...). */
  signal?: string;
}

export interface ExpectedFile {
  generatedBy: string;
  tools: { gcc: string; ld: string; qemu: string };
  flags: string[];
  qemuArgs: string[];
  /** sourceDigest() of each program when its binaries were built. */
  sources: Record<string, string>;
  results: Record<string, Expected>;
}

/**
 * Digest of everything a program's binaries are built from: its source, the runtime and the
 * flags. The committed reference records it, so a test can tell a stale binary without a
 * compiler.
 */
export function sourceDigest(program: string): string {
  const h = createHash('sha256');
  for (const f of [...RUNTIME, ...RUNTIME_HEADERS, `${program}.c`]) {
    h.update(`${f}\0`);
    h.update(readFileSync(join(CORPUS_DIR, f)));
    h.update('\0');
  }
  h.update([...ISSUE_FLAGS, ...LEVELS, ...EXTRA_FLAGS].join(' '));
  return h.digest('hex').slice(0, 32);
}

/**
 * The fatal signal a program declares it ends with (a line `expect-signal: SIGxxx` in its
 * source), or null for programs that exit normally.
 */
export function expectedSignal(program: string): string | null {
  const m = /expect-signal:\s*(SIG[A-Z]+)/.exec(readFileSync(join(CORPUS_DIR, `${program}.c`), 'utf8'));
  return m ? m[1]! : null;
}

export function listPrograms(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.c'))
    .map((f) => f.slice(0, -2))
    .sort();
}

export function entries(programs = listPrograms()): CorpusEntry[] {
  return programs.flatMap((program) => LEVELS.map((level) => ({ id: `${program}${level}`, program, level })));
}

export function hasTool(cmd: string): boolean {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

export function toolVersion(cmd: string): string {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return (r.stdout ?? '').split('\n')[0]!.trim();
}

function gccArgs(program: string, level: Level, outFile: string): string[] {
  return [...ISSUE_FLAGS, level, ...EXTRA_FLAGS, '-o', outFile, ...RUNTIME, `${program}.c`, '-lgcc'];
}

/** Compile one program at one level into `outFile` (absolute). Throws with GCC's message. */
export function compile(program: string, level: Level, outFile: string): void {
  const args = gccArgs(program, level, outFile);
  const r = spawnSync(GCC, args, { cwd: CORPUS_DIR, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${GCC} ${args.join(' ')} failed:\n${r.stderr}${r.error ?? ''}`);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: CORPUS_DIR, encoding: 'utf8' }, (err, _out, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stderr}${err.message}`));
      else resolve();
    });
  });
}

/**
 * Builds programs into a directory for the live test: the runtime is compiled once per level and
 * linked with each program, which gives the same bytes as compile()'s single command (GCC
 * compiles every source on its own line anyway) for a third of the compiler runs. At most as
 * many compilers run at once as the machine has processors.
 */
export class LiveBuilder {
  private readonly runtime = new Map<Level, Promise<string[]>>();
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private readonly slots = Math.max(1, availableParallelism());

  constructor(private readonly dir: string) {}

  private async limited(cmd: string, args: string[]): Promise<void> {
    if (this.running >= this.slots) await new Promise<void>((r) => this.queue.push(r));
    this.running++;
    try {
      await run(cmd, args);
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }

  private runtimeObjects(level: Level): Promise<string[]> {
    let p = this.runtime.get(level);
    if (!p) {
      p = Promise.all(RUNTIME.map(async (src) => {
        const obj = join(this.dir, `${src.replace(/^runtime\//, '').replace(/\.\w+$/, '')}${level}.o`);
        await this.limited(GCC, [...ISSUE_FLAGS, level, ...EXTRA_FLAGS, '-c', '-o', obj, src]);
        return obj;
      }));
      this.runtime.set(level, p);
    }
    return p;
  }

  /** Build program at level; resolves to the ELF's path. */
  async build(program: string, level: Level): Promise<string> {
    const objs = await this.runtimeObjects(level);
    const elf = join(this.dir, `${program}${level}.elf`);
    await this.limited(GCC, [...ISSUE_FLAGS, level, ...EXTRA_FLAGS, '-o', elf, ...objs, `${program}.c`, '-lgcc']);
    return elf;
  }
}

export interface ToolRun {
  stdout: string;
  /** Exit status, or 128 + signal number when the program died of a signal. */
  exitCode: number;
  /** The signal that ended the program (qemu-ppc re-raises the guest's fatal signal). */
  signal: string | null;
  stderr: string;
}

const SIGNALS: Record<string, number> = { SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGSEGV: 11, SIGKILL: 9, SIGTERM: 15 };

/** Run an ELF under qemu-ppc; a program that runs longer than `timeoutMs` is an error. */
export function runQemu(elf: string, timeoutMs = 60_000): ToolRun {
  // stdout as latin1: bytes map 1:1 to characters, whatever the program writes.
  const r = spawnSync(QEMU, [...QEMU_ARGS, elf], { encoding: 'latin1', timeout: timeoutMs });
  if (r.error) throw new Error(`${QEMU} ${elf}: ${r.error.message}`);
  const exitCode = r.status ?? 128 + (SIGNALS[r.signal ?? ''] ?? 0);
  return { stdout: r.stdout, exitCode, signal: r.signal, stderr: r.stderr };
}

/** runQemu() without blocking the event loop. */
export function runQemuAsync(elf: string, timeoutMs = 60_000): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(QEMU, [...QEMU_ARGS, elf], { encoding: 'latin1', timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number' && !child.signalCode) {
        reject(new Error(`${QEMU} ${elf}: ${err.message}`));
        return;
      }
      const signal = child.signalCode;
      const exitCode = child.exitCode ?? 128 + (SIGNALS[signal ?? ''] ?? 0);
      resolve({ stdout, exitCode, signal, stderr });
    });
  });
}

export interface DlsRun {
  stdout: string;
  stderr: string;
  reason: HaltReason;
  /** Exit status as `dls run` reports it: the program's, or 128 + signal after a trap. */
  exitCode: number;
  /** For a trap: why. */
  cause?: FaultCause;
  cycles: number;
  instructions: number;
}

/**
 * Run an ELF as `dls run --profile linux-user FILE` does (createMachine + run), collecting what
 * the program writes to fd 1 and fd 2.
 */
export function runDls(elf: string, maxCycles = MAX_CYCLES): DlsRun {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const cpu = createMachine(parseProgram(readFileSync(elf), elf), {
    profile: 'linux-user',
    write: (fd, b) => (fd === 2 ? err : out).push(Buffer.from(b)),
  });
  const h = cpu.run(maxCycles);
  return {
    stdout: Buffer.concat(out).toString('latin1'),
    stderr: Buffer.concat(err).toString('latin1'),
    reason: h.reason,
    exitCode: exitStatusOf(h),
    ...(h.cause ? { cause: h.cause } : {}),
    cycles: h.cycle,
    instructions: cpu.icount,
  };
}

export interface DisassembledWord {
  word: number;
  /** objdump's mnemonic (it prefers extended mnemonics such as li, mr, blr). */
  mnemonic: string;
}

/** The code words of an ELF as objdump disassembles them for the 440. */
export function disassemble(elf: string): DisassembledWord[] {
  const r = spawnSync(OBJDUMP, ['-d', '-M', '440', elf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${OBJDUMP} -d ${elf} failed:\n${r.stderr}${r.error ?? ''}`);
  const out: DisassembledWord[] = [];
  for (const line of r.stdout.split('\n')) {
    // "10000074:\t7c 08 02 a6 \tmflr    r0"
    const m = /^\s*[0-9a-f]+:\t([0-9a-f]{2}) ([0-9a-f]{2}) ([0-9a-f]{2}) ([0-9a-f]{2}) \t(\S+)/.exec(line);
    if (m) out.push({ word: parseInt(m[1]! + m[2]! + m[3]! + m[4]!, 16) | 0, mnemonic: m[5]! });
  }
  return out;
}

/** objdump mnemonics of an ELF's code with their counts. */
export function mnemonics(elf: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { mnemonic } of disassemble(elf)) counts.set(mnemonic, (counts.get(mnemonic) ?? 0) + 1);
  return counts;
}
