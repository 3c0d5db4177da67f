// Programs as the PPU's loaders see them: static ELF executables, flat binaries and hex memory
// images, placed into memory according to the profile.

import { UserError } from '../common/errors.js';
import { DLS_MEMORY_SIZE, Ppu, type PpuOptions } from './core.js';
import { MSR } from './exceptions.js';
import { isElf, readElf, type ElfSymbol } from './loaders/elf.js';
import { parseHexImage, type MemoryChunk } from './loaders/image.js';

export type ProgramFormat = 'elf' | 'bin' | 'mem';

export interface Program {
  format: ProgramFormat;
  entry: number;
  /** Code (and, for ELF, data) to place in memory. */
  chunks: (MemoryChunk & { exec: boolean; memsz: number })[];
  symbols: ElfSymbol[];
}

export function guessFormat(file: string, bytes: Uint8Array): ProgramFormat {
  if (isElf(bytes)) return 'elf';
  if (/\.(mem|hex)$/i.test(file)) return 'mem';
  return 'bin';
}

export function parseProgram(bytes: Uint8Array, file: string, format?: ProgramFormat, loadAddress = 0): Program {
  const fmt = format ?? guessFormat(file, bytes);
  if (fmt === 'elf') {
    const elf = readElf(bytes, file);
    return {
      format: fmt, entry: elf.entry, symbols: elf.symbols,
      chunks: elf.segments.map((s) => ({ addr: s.vaddr, data: s.data, exec: (s.flags & 1) !== 0, memsz: s.memsz })),
    };
  }
  if (fmt === 'mem') {
    const chunks = parseHexImage(new TextDecoder().decode(bytes), file, loadAddress);
    return { format: fmt, entry: chunks[0]?.addr ?? loadAddress, symbols: [], chunks: chunks.map((c) => ({ ...c, exec: true, memsz: c.data.length })) };
  }
  return { format: fmt, entry: loadAddress, symbols: [], chunks: [{ addr: loadAddress, data: bytes, exec: true, memsz: bytes.length }] };
}

/**
 * Stack given to linux-user programs: 8 MiB, Linux's default stack limit and what qemu-ppc gives
 * a guest, so that programs that recurse deeply under qemu do so under dls too.
 */
export const LINUX_STACK_SIZE = 8 << 20;
const LINUX_MAX_WINDOW = 256 << 20;
const PAGE = 0x10000;

/**
 * The linux-user memory window: the program's segments and a stack, as one block of memory.
 * The stack sits directly below the lowest segment when there is room (the usual case: static
 * executables start at 0x10000000), so a stack overflow runs off the bottom of the window and
 * faults like a guard page; otherwise it goes above the highest segment.
 */
export function linuxLayout(lo: number, hi: number): { base: number; size: number; stackTop: number } {
  const loPage = lo - (lo % PAGE);
  const hiPage = Math.ceil(hi / PAGE) * PAGE;
  if (loPage >= LINUX_STACK_SIZE) {
    const base = loPage - LINUX_STACK_SIZE;
    return { base, size: hiPage - base, stackTop: loPage };
  }
  return { base: loPage, size: hiPage + PAGE + LINUX_STACK_SIZE - loPage, stackTop: hiPage + PAGE + LINUX_STACK_SIZE };
}

export interface MachineOptions extends Omit<PpuOptions, 'memoryBase' | 'memorySize'> {
  /** Raw data file contents and where to put them. */
  data?: { bytes: Uint8Array; addr: number };
}

/** A core with the program loaded and ready to run at its entry point. */
export function createMachine(program: Program, opts: MachineOptions = {}): Ppu {
  const profile = opts.profile ?? 'dls';
  const linux = (typeof profile === 'string' ? profile : profile.name) === 'linux-user';
  let cpu: Ppu;
  let stackTop = 0;
  if (linux) {
    if (opts.splitMemory) throw new UserError('--split-memory applies to the dls profile only');
    const lo = Math.min(...program.chunks.map((c) => c.addr));
    const hi = Math.max(...program.chunks.map((c) => c.addr + c.memsz));
    const win = linuxLayout(lo, hi);
    if (win.size > LINUX_MAX_WINDOW || win.base + win.size > 2 ** 32) {
      throw new UserError(`the program's segments span 0x${lo.toString(16)}..0x${hi.toString(16)}, more than dls maps for one program (${LINUX_MAX_WINDOW >> 20} MiB with the stack, below 4 GiB)`);
    }
    stackTop = win.stackTop;
    cpu = new Ppu({ ...opts, profile, memoryBase: win.base, memorySize: win.size });
  } else {
    cpu = new Ppu({ ...opts, profile, memorySize: DLS_MEMORY_SIZE });
  }
  for (const c of program.chunks) {
    // With separate memories, code goes to instruction memory and data to data memory.
    const mem = cpu.imem !== cpu.dmem && !c.exec ? cpu.dmem : cpu.imem;
    if (!mem.contains(c.addr, c.memsz)) {
      throw new UserError(
        `program bytes at 0x${c.addr.toString(16)}..0x${(c.addr + c.memsz).toString(16)} do not fit in the ${mem.size / 1024} KiB memory at 0x${mem.base.toString(16)}`,
      );
    }
    mem.load(c.addr, c.data);
  }
  if (opts.data) {
    if (!cpu.dmem.contains(opts.data.addr, opts.data.bytes.length)) {
      throw new UserError(`data file (${opts.data.bytes.length} bytes at 0x${opts.data.addr.toString(16)}) does not fit in data memory`);
    }
    cpu.dmem.load(opts.data.addr, opts.data.bytes);
  }
  cpu.pc = program.entry >>> 0;
  if (linux) {
    // Linux runs programs in problem state: privileged instructions and SPRs raise the program
    // interrupt (SIGILL), as under qemu-ppc.
    cpu.setMsr(MSR.PR, 0);
    // A minimal process stack: argc = 0, argv = NULL, envp = NULL, auxv = AT_NULL.
    const sp = stackTop - 64;
    for (let i = 0; i < 5; i++) cpu.dmem.writeWord(sp + 4 * i, 0);
    cpu.gpr[1] = sp;
  }
  return cpu;
}
