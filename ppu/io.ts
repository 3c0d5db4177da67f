// The PPU's two paths to the chip: the scalar bus (loads and stores with the top address bit set)
// and the vector unit's parallel synapse bus (fxvinx/fxvoutx). The chip implements ChipPort;
// until one is attached, RecordingPort stands in and records every access.

/** Scalar loads/stores at addresses with the top bit set go to the chip's bus. */
export const BUS_BASE = 0x80000000;

export interface ChipPort {
  /** Scalar bus read of `size` bytes at `addr` during `cycle`. */
  busRead(addr: number, size: 1 | 2 | 4, cycle: number): number;
  busWrite(addr: number, value: number, size: 1 | 2 | 4, cycle: number): void;
  /** fxvinx: the 16 bytes at synapse I/O address `addr` into `out`. */
  vecRead(addr: number, out: Uint8Array, cycle: number): void;
  /**
   * fxvoutx: write the bytes of `data` whose bit is set in `mask` (bit i = byte i). `data` is
   * only valid during the call (the vector unit reuses it): copy what must be kept.
   */
  vecWrite(addr: number, data: Uint8Array, mask: number, cycle: number): void;
}

export type PortAccess =
  | { kind: 'busRead' | 'busWrite'; addr: number; size: number; value: number; cycle: number }
  | { kind: 'vecRead' | 'vecWrite'; addr: number; data: number[]; mask: number; cycle: number };

/**
 * Test double for the chip: records accesses; reads return what was last written to the same
 * address (or zero), so programs can be tested before the chip model exists.
 */
export class RecordingPort implements ChipPort {
  readonly log: PortAccess[] = [];
  private readonly scalar = new Map<number, number>();
  private readonly vectors = new Map<number, Uint8Array>();

  busRead(addr: number, size: 1 | 2 | 4, cycle: number): number {
    const value = this.scalar.get(addr) ?? 0;
    this.log.push({ kind: 'busRead', addr, size, value, cycle });
    return value;
  }

  busWrite(addr: number, value: number, size: 1 | 2 | 4, cycle: number): void {
    this.scalar.set(addr, value);
    this.log.push({ kind: 'busWrite', addr, size, value, cycle });
  }

  vecRead(addr: number, out: Uint8Array, cycle: number): void {
    const v = this.vectors.get(addr);
    if (v) out.set(v);
    else out.fill(0);
    this.log.push({ kind: 'vecRead', addr, data: [...out], mask: 0xffff, cycle });
  }

  vecWrite(addr: number, data: Uint8Array, mask: number, cycle: number): void {
    const v = this.vectors.get(addr) ?? new Uint8Array(16);
    for (let i = 0; i < 16; i++) if (mask & (1 << i)) v[i] = data[i]!;
    this.vectors.set(addr, v);
    this.log.push({ kind: 'vecWrite', addr, data: [...data], mask, cycle });
  }
}
