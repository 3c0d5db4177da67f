// One PPU and one chip on a common clock: the host's view of a HICANN-DLS setup. The host loads a
// program into the PPU's SRAM, configures the chip, queues spike playback, releases the PPU reset
// and runs for a number of cycles (or until the program halts), then reads spikes, the mailbox and
// snapshots. The chip is advanced lazily at the PPU's bus accesses and to the end of every run.
//
// The PPU's cycle counter restarts at 0 when its reset is released; the chip's clock does not.
// PPU cycles are mapped to chip cycles by the chip cycle of the release (an offset port).

import { UserError } from '../common/errors.js';
import { MAILBOX_BASE, NUX_TIMING, Ppu, type ChipPort, type HaltInfo, type Program } from '../ppu/index.js';
import { Chip, type ChipSnapshot } from './chip.js';
import type { ChipConfig, ChipConfigInput } from './config.js';
import { chipModelParams, type ModelVariant } from './model.js';

export const MAILBOX_END = 0x4000;

/** Forwards the PPU's accesses to the chip, with PPU cycles shifted to chip cycles. */
class OffsetPort implements ChipPort {
  offset = 0;
  constructor(private readonly chip: Chip) {}
  busRead(addr: number, size: 1 | 2 | 4, cycle: number): number {
    return this.chip.busRead(addr, size, cycle + this.offset);
  }
  busWrite(addr: number, value: number, size: 1 | 2 | 4, cycle: number): void {
    this.chip.busWrite(addr, value, size, cycle + this.offset);
  }
  vecRead(addr: number, out: Uint8Array, cycle: number): void {
    this.chip.vecRead(addr, out, cycle + this.offset);
  }
  vecWrite(addr: number, data: Uint8Array, mask: number, cycle: number): void {
    this.chip.vecWrite(addr, data, mask, cycle + this.offset);
  }
}

export interface SystemOptions {
  /** A chip, or the configuration of a new one. */
  chip?: Chip | ChipConfigInput | ChipConfig;
  /**
   * A PPU to reuse (it is attached to this system's chip): hosts that run the same program on
   * many fresh chips keep the PPU, and with it the compiled code of the program.
   */
  ppu?: Ppu;
  /**
   * The model variant (chip/model.ts) to build the chip and time the PPU with; default: the model
   * of docs/chip-model.md and docs/timing.md. A chip passed in keeps its own model.
   */
  model?: ModelVariant;
}

export interface RunResult {
  /** Chip cycle at the end of the run. */
  cycle: number;
  /** Set when the PPU halted (wait, trap) during this or an earlier run. */
  halt: HaltInfo | null;
}

export class DlsSystem {
  readonly chip: Chip;
  readonly ppu: Ppu;
  private readonly port: OffsetPort;
  /** Chip cycle of the PPU's reset release, or null while the PPU is held in reset. */
  private ppuStart: number | null = null;
  private halt: HaltInfo | null = null;

  constructor(opts: SystemOptions = {}) {
    const m = opts.model;
    this.chip = opts.chip instanceof Chip ? opts.chip : new Chip(opts.chip ?? {}, undefined, m ? chipModelParams(m) : undefined);
    this.port = new OffsetPort(this.chip);
    if (opts.ppu) {
      this.ppu = opts.ppu;
      this.ppu.port = this.port;
      // A reused PPU takes this system's timing (it keeps its compiled code when that is unchanged).
      if (m) this.ppu.setTiming(m.parts.ppuTiming.params);
      else if (this.ppu.timing !== NUX_TIMING) this.ppu.setTiming(NUX_TIMING);
    } else {
      this.ppu = new Ppu({ port: this.port, timing: m?.parts.ppuTiming.params });
    }
  }

  /** Chip cycle now. */
  get cycle(): number {
    return this.chip.cycle;
  }

  get ppuRunning(): boolean {
    return this.ppuStart !== null && this.halt === null;
  }

  /** Halt state of the PPU (null while running or in reset). */
  get ppuHalt(): HaltInfo | null {
    return this.halt;
  }

  /** PPU cycle corresponding to a chip cycle (while the PPU runs). */
  ppuCycle(chipCycle = this.chip.cycle): number {
    return this.ppuStart === null ? 0 : chipCycle - this.ppuStart;
  }

  // --- program and memory ---------------------------------------------------------------------

  /** Load instruction words (big-endian in SRAM) at `addr`; holds the PPU in reset. */
  loadProgram(words: ArrayLike<number>, addr = 0): void {
    this.holdReset();
    // Writes that change compiled instructions mark the memory dirty; startPpu then recompiles.
    for (let i = 0; i < words.length; i++) this.ppu.imem.writeWord(addr + 4 * i, words[i]!);
  }

  /** Load bytes into SRAM at `addr`; holds the PPU in reset (compiled code is kept if unchanged). */
  loadBytes(bytes: Uint8Array, addr = 0): void {
    this.holdReset();
    this.ppu.imem.load(addr, bytes);
  }

  /**
   * Load a program (ELF, flat binary or memory image, e.g. from host/programs.ts) into SRAM: every
   * segment at its address, the part of a segment beyond its file bytes (.bss) zeroed. Holds the
   * PPU in reset; the PPU starts at address 0, so the program's entry must be 0.
   */
  load(program: Program): void {
    if (program.entry !== 0) throw new UserError(`the program's entry is 0x${program.entry.toString(16)}, but the PPU starts at address 0 after its reset (link it at 0)`);
    for (const c of program.chunks) {
      if (!this.ppu.imem.contains(c.addr, c.memsz)) {
        throw new UserError(`program bytes at 0x${c.addr.toString(16)}..0x${(c.addr + c.memsz).toString(16)} do not fit in the PPU's ${this.ppu.imem.size / 1024} KiB SRAM`);
      }
    }
    this.holdReset();
    for (const c of program.chunks) {
      this.ppu.imem.load(c.addr, c.data);
      if (c.memsz > c.data.length) this.ppu.imem.load(c.addr + c.data.length, new Uint8Array(c.memsz - c.data.length));
    }
  }

  private checkMailbox(offset: number, len: number): number {
    const a = MAILBOX_BASE + offset;
    if (!Number.isInteger(offset) || offset < 0 || a + len > MAILBOX_END) {
      throw new UserError(`mailbox offset ${offset} (+${len} bytes) is outside the mailbox 0..${MAILBOX_END - MAILBOX_BASE - 1}`);
    }
    return a;
  }

  readMailboxWord(offset: number): number {
    const a = this.checkMailbox(offset, 4);
    if (a & 3) throw new UserError(`mailbox word offset ${offset} is not a multiple of 4`);
    return this.ppu.dmem.readWord(a);
  }

  writeMailboxWord(offset: number, value: number): void {
    const a = this.checkMailbox(offset, 4);
    if (a & 3) throw new UserError(`mailbox word offset ${offset} is not a multiple of 4`);
    this.ppu.dmem.writeWord(a, value);
  }

  readMailbox(offset: number, len: number): Uint8Array {
    return this.ppu.dmem.read(this.checkMailbox(offset, len), len);
  }

  writeMailbox(offset: number, bytes: Uint8Array): void {
    this.ppu.dmem.load(this.checkMailbox(offset, bytes.length), bytes);
  }

  // --- run control ---------------------------------------------------------------------------

  /** Hold the PPU in reset (it stops; the chip keeps running). */
  holdReset(): void {
    this.ppuStart = null;
    this.halt = null;
  }

  /** Release the PPU's reset at the current chip cycle: it starts at address 0, PPU cycle 0. */
  startPpu(): void {
    this.ppu.reset(true);
    this.ppuStart = this.chip.cycle;
    this.port.offset = this.chip.cycle;
    this.halt = null;
  }

  /** Run until chip cycle `target` (absolute). */
  runUntil(target: number): RunResult {
    if (!Number.isInteger(target) || target < this.chip.cycle) {
      throw new UserError(`run target ${target} must be an integer cycle >= the current cycle ${this.chip.cycle}`);
    }
    if (this.ppuRunning) {
      const h = this.ppu.run(target - this.ppuStart!);
      if (h.reason !== 'limit') this.halt = { ...h, cycle: h.cycle + this.ppuStart! };
      this.flushVectorUnit(target);
    }
    this.chip.advanceTo(target);
    return { cycle: this.chip.cycle, halt: this.halt };
  }

  /**
   * Vector instructions take effect a few cycles after issue, when the scalar side next syncs
   * with the vector unit. Before the chip moves past the end of a run, carry out those due by
   * then, so a synapse access lands on its own cycle however the run is cut into pieces.
   */
  private flushVectorUnit(chipCycle: number): void {
    if (this.ppu.vec.busy) this.ppu.vec.catchUp(chipCycle - this.ppuStart!);
  }

  /** Run for `cycles` more cycles. */
  run(cycles: number): RunResult {
    if (!Number.isInteger(cycles) || cycles < 0) throw new UserError(`cycle count must be a non-negative integer (got ${cycles})`);
    return this.runUntil(this.chip.cycle + cycles);
  }

  /**
   * Run until the PPU halts (wait, trap) or `maxCycles` more cycles have passed; the chip is
   * advanced to the halt cycle (or the limit).
   */
  runUntilHalt(maxCycles: number): RunResult {
    if (!Number.isInteger(maxCycles) || maxCycles < 0) throw new UserError(`cycle limit must be a non-negative integer (got ${maxCycles})`);
    if (!this.ppuRunning) throw new UserError('the PPU is not running (load a program and call startPpu first)');
    const limit = this.chip.cycle + maxCycles;
    const h = this.ppu.run(limit - this.ppuStart!);
    let end = limit;
    if (h.reason !== 'limit') {
      this.halt = { ...h, cycle: h.cycle + this.ppuStart! };
      end = Math.max(this.chip.cycle, Math.min(limit, this.halt.cycle));
    }
    this.flushVectorUnit(end);
    this.chip.advanceTo(end);
    return { cycle: this.chip.cycle, halt: this.halt };
  }

  // --- observation ---------------------------------------------------------------------------

  spikes(): { cycle: number; neuron: number }[] {
    return this.chip.spikeList();
  }

  snapshot(): SystemSnapshot {
    const p = this.ppu;
    return {
      cycle: this.chip.cycle,
      chip: this.chip.snapshot(),
      ppu: {
        running: this.ppuRunning,
        halt: this.halt,
        pc: p.pc >>> 0,
        gpr: Array.from(p.gpr),
        cycle: this.ppuStart === null ? null : p.cycle,
      },
    };
  }
}

export interface SystemSnapshot {
  cycle: number;
  chip: ChipSnapshot;
  ppu: { running: boolean; halt: HaltInfo | null; pc: number; gpr: number[]; cycle: number | null };
}
