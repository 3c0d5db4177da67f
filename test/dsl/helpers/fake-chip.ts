// A deterministic stand-in for the chip's buses (docs/chip-model.md, "PPU bus") for the
// conformance tests: weights and addresses keep 6 bits, correlation readings start from a fixed
// pattern and are cleared by writes to the reset regions, rate counters start from a pattern and
// take writes, injections and capmem cells are recorded. The compiled program (on the PPU) and
// the reference evaluator each get their own instance; their final states must be equal.

import type { ChipPort } from '../../../ppu/index.js';

export class FakeChip implements ChipPort {
  readonly weights = new Uint8Array(32 * 32);
  readonly addresses = new Uint8Array(32 * 32);
  readonly causal = new Uint8Array(32 * 32);
  readonly anticausal = new Uint8Array(32 * 32);
  readonly rates = new Int32Array(32);
  readonly capmem = new Map<number, number>();
  readonly injections: { address: number; rows: number }[] = [];
  readonly errors: string[] = [];

  constructor() {
    for (let r = 0; r < 32; r++) {
      for (let c = 0; c < 32; c++) {
        this.weights[r * 32 + c] = (r * 5 + c * 3) & 63;
        this.addresses[r * 32 + c] = (r + c) & 63;
        this.causal[r * 32 + c] = (r * 37 + c * 11 + 5) & 0xff;
        this.anticausal[r * 32 + c] = (r * 23 + c * 29 + 200) & 0xff;
      }
    }
    for (let n = 0; n < 32; n++) this.rates[n] = (n * 13) % 100;
  }

  busRead(addr: number, size: 1 | 2 | 4): number {
    const a = addr >>> 0;
    if (size !== 4) this.errors.push(`read size ${size} at ${a.toString(16)}`);
    if (a >= 0xf8000000 && a < 0xf8000080) return this.rates[(a - 0xf8000000) >> 2]!;
    if (a >= 0xf0001000 && a < 0xf0001000 + 4 * 64 * 24) return this.capmem.get(a) ?? 0;
    this.errors.push(`read ${a.toString(16)}`);
    return 0;
  }

  busWrite(addr: number, value: number, size: 1 | 2 | 4): void {
    const a = addr >>> 0;
    if (size !== 4) this.errors.push(`write size ${size} at ${a.toString(16)}`);
    if (a >= 0xf8000000 && a < 0xf8000080) this.rates[(a - 0xf8000000) >> 2] = value & 1023;
    else if (a >= 0xf0000100 && a < 0xf0000200) this.injections.push({ address: (a - 0xf0000100) >> 2, rows: value >>> 0 });
    else if (a >= 0xf0001000 && a < 0xf0001000 + 4 * 64 * 24) this.capmem.set(a, value & 1023);
    else this.errors.push(`write ${a.toString(16)}`);
  }

  private region(addr: number): { arr: Uint8Array; row: number; half: number; kind: number } | undefined {
    const a = addr & 0xffff;
    const kind = a & 0xf000;
    const v = a & 0xfff;
    const row = v >> 1;
    const half = v & 1;
    if (row >= 32) return undefined;
    const arr = kind === 0x0000 ? this.weights : kind === 0x4000 ? this.addresses : kind === 0x8000 || kind === 0x9000 ? this.causal : kind === 0xc000 || kind === 0xd000 ? this.anticausal : undefined;
    return arr ? { arr, row, half, kind } : undefined;
  }

  vecRead(addr: number, out: Uint8Array): void {
    const r = this.region(addr);
    if (!r || r.kind === 0x9000 || r.kind === 0xd000) {
      out.fill(0);
      if (!r) this.errors.push(`vecRead ${addr.toString(16)}`);
      return;
    }
    for (let i = 0; i < 16; i++) out[i] = r.arr[r.row * 32 + 16 * r.half + i]!;
  }

  vecWrite(addr: number, data: Uint8Array, mask: number): void {
    const r = this.region(addr);
    if (!r || r.kind === 0x8000 || r.kind === 0xc000) {
      this.errors.push(`vecWrite ${addr.toString(16)}`);
      return;
    }
    for (let i = 0; i < 16; i++) {
      if (!(mask & (1 << i))) continue;
      const k = r.row * 32 + 16 * r.half + i;
      if (r.kind === 0x9000 || r.kind === 0xd000) r.arr[k] = 0;
      else r.arr[k] = data[i]! & 63;
    }
  }

  /** Everything observable, for comparing two runs. */
  state(): unknown {
    return {
      weights: [...this.weights], addresses: [...this.addresses], causal: [...this.causal], anticausal: [...this.anticausal],
      rates: [...this.rates], capmem: [...this.capmem.entries()].sort((a, b) => a[0] - b[0]), injections: this.injections, errors: this.errors,
    };
  }
}
