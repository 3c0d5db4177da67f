// The exception model: interrupt kinds, their vectors (the branch table at the start of memory
// that the reference lists), save/restore register pairs and the ESR bits that say why.

export type InterruptKind =
  | 'machine-check' | 'critical-input' | 'data-storage' | 'instruction-storage' | 'external'
  | 'alignment' | 'program' | 'system-call' | 'doorbell' | 'critical-doorbell' | 'fit' | 'decrementer';

/** Byte address of each interrupt's slot in the branch table (reset is at 0). */
export const VECTORS: Readonly<Record<InterruptKind, number>> = {
  'machine-check': 0x04,
  'critical-input': 0x08,
  'data-storage': 0x0c,
  'instruction-storage': 0x10,
  external: 0x14,
  alignment: 0x18,
  program: 0x1c,
  'system-call': 0x20,
  doorbell: 0x24,
  'critical-doorbell': 0x28,
  fit: 0x2c,
  decrementer: 0x30,
};

/** Which save/restore pair an interrupt uses: SRR0/1, CSRR0/1 (critical) or MCSRR0/1. */
export function interruptClass(kind: InterruptKind): 'base' | 'critical' | 'machine-check' {
  if (kind === 'machine-check') return 'machine-check';
  if (kind === 'critical-input' || kind === 'critical-doorbell') return 'critical';
  return 'base';
}

export const MSR = {
  WE: 0x40000,
  CE: 0x20000,
  EE: 0x8000,
  PR: 0x4000,
  ME: 0x1000,
  DE: 0x200,
  IS: 0x20,
  DS: 0x10,
} as const;

/** Exception syndrome register bits (Book E). */
export const ESR = {
  PIL: 0x08000000, // illegal instruction
  PPR: 0x04000000, // privileged instruction
  PTR: 0x02000000, // trap
  ST: 0x00800000, // the access was a store
} as const;

/** Why a program stopped or was interrupted, as --report states it. */
export type FaultCause =
  | 'illegal-instruction' | 'privileged-instruction' | 'trap' | 'alignment'
  | 'data-storage' | 'instruction-storage' | 'decrementer' | 'fit';

/**
 * Thrown by the semantic helpers; the block runner turns it into an interrupt. Carries what the
 * handler needs: the cause, the interrupt kind and the data address for storage/alignment faults.
 */
export class PpuFault {
  constructor(
    readonly cause: FaultCause,
    readonly kind: InterruptKind,
    readonly esr: number,
    readonly dear?: number,
  ) {}
}

export function faultFor(cause: FaultCause, ea?: number, store = false): PpuFault {
  switch (cause) {
    case 'illegal-instruction': return new PpuFault(cause, 'program', ESR.PIL);
    case 'privileged-instruction': return new PpuFault(cause, 'program', ESR.PPR);
    case 'trap': return new PpuFault(cause, 'program', ESR.PTR);
    case 'alignment': return new PpuFault(cause, 'alignment', store ? ESR.ST : 0, ea);
    case 'data-storage': return new PpuFault(cause, 'data-storage', store ? ESR.ST : 0, ea);
    case 'instruction-storage': return new PpuFault(cause, 'instruction-storage', 0);
    case 'decrementer': return new PpuFault(cause, 'decrementer', 0);
    case 'fit': return new PpuFault(cause, 'fit', 0);
  }
}

/** Linux signal a fault becomes in the linux-user profile (exit status 128 + signal, as a shell reports). */
export function signalFor(cause: FaultCause): number {
  switch (cause) {
    case 'illegal-instruction': case 'privileged-instruction': return 4; // SIGILL
    case 'trap': return 5; // SIGTRAP
    case 'alignment': return 7; // SIGBUS
    default: return 11; // SIGSEGV
  }
}
