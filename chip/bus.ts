// The PPU's view of the chip: addresses of the parallel synapse bus (fxvinx/fxvoutx) and of the
// scalar bus (loads and stores with the top bit set). docs/chip-model.md, "PPU bus", is the map.

import { CAPMEM_COLS, CAPMEM_ROWS } from './constants.js';

/** Bases of the synapse I/O regions; index = vector number, two per row. */
export const VEC = {
  WEIGHTS: 0x0000,
  ADDRESSES: 0x4000,
  CAUSAL: 0x8000,
  CAUSAL_RESET: 0x9000,
  ANTICAUSAL: 0xc000,
  ANTICAUSAL_RESET: 0xd000,
} as const;

/** Flags the real bus carries in the address; accepted and ignored. */
export const VEC_BUFFER_ENABLE = 0x200000;
export const VEC_TEST = 0x100000;

export const BUS = {
  /** + 4 r: synapse driver r configuration. */
  DRIVER: 0xf0000000,
  /** + 4 a: spike injection with address a (write the row mask). */
  INJECT: 0xf0000100,
  /** + 4 (64 row + col): capacitive memory cell. */
  CAPMEM: 0xf0001000,
  /** + 4 n: rate counter of neuron n. */
  RATE: 0xf8000000,
  /** Rate counter enable mask (32 words after the counters). */
  RATE_ENABLE: 0xf8000000 + 4 * 32,
  /** Rate counter configuration (bit 0: clear on read). */
  RATE_CONFIG: 0xf8000000 + 4 * 33,
} as const;

export const CAPMEM_STRIDE = 64;
export const CAPMEM_END = BUS.CAPMEM + 4 * CAPMEM_STRIDE * CAPMEM_ROWS;

/** Driver register: bits 1..0 mode, bits 12..8 pulse length. */
export const DRIVER_MODE_BITS = { disabled: 0, excitatory: 1, inhibitory: 2 } as const;
export const DRIVER_PULSE_SHIFT = 8;

export function capmemAddress(row: number, col: number): number {
  if (row < 0 || row >= CAPMEM_ROWS || col < 0 || col >= CAPMEM_COLS) throw new RangeError(`capmem cell ${row},${col} does not exist`);
  return BUS.CAPMEM + 4 * (row * CAPMEM_STRIDE + col);
}

export function rateCounterAddress(neuron: number): number {
  return BUS.RATE + 4 * neuron;
}

export function injectAddress(address: number): number {
  return BUS.INJECT + 4 * address;
}

export function driverAddress(row: number): number {
  return BUS.DRIVER + 4 * row;
}

/** Synapse I/O address of half `half` of row `row` in region `base`. */
export function vecAddress(base: number, row: number, half: 0 | 1): number {
  return base + 2 * row + half;
}
