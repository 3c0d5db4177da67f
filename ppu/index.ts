// The PPU's public face: the core, its profiles and memories, program loaders, the chip port.
export { Ppu, PROFILES, DLS_MEMORY_SIZE, MAILBOX_BASE, type HaltInfo, type HaltReason, type Profile, type PpuOptions } from './core.js';
export { Sram } from './memory.js';
export { RecordingPort, BUS_BASE, type ChipPort, type PortAccess } from './io.js';
export { VECTORS, ESR, MSR, signalFor, type FaultCause, type InterruptKind } from './exceptions.js';
export { SPR, SPR_NAMES, TCR, TSR } from './spr.js';
export { createMachine, parseProgram, guessFormat, type Program, type ProgramFormat, type MachineOptions } from './program.js';
export { readElf, isElf, type ElfImage, type ElfSymbol } from './loaders/elf.js';
export { parseHexImage, formatHexImage } from './loaders/image.js';
export { formatInsn } from './isa/format.js';
export { VecState } from './vector/semantics.js';
export { NUX_TIMING, timingKey, type PpuTimingParams, type LatencyTable, type VectorTimingParams } from './timing-params.js';
