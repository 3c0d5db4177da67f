// Sizes, the clock and the fixed scales of the chip model (docs/chip-model.md).

export const N_NEURONS = 32;
export const N_ROWS = 32;
export const N_SYNAPSES = N_ROWS * N_NEURONS;

/** The PPU's clock: the one time base of the chip. */
export const CLOCK_HZ = 98e6;
/** Biological time runs 1000x slower than chip time. */
export const BIO_FACTOR = 1000;
/** Cycles per biological millisecond (1 ms bio = 1 us chip). */
export const CYCLES_PER_BIO_MS = CLOCK_HZ / 1e6;

export const WEIGHT_MAX = 63;
export const ADDRESS_MAX = 63;
export const PULSE_MAX = 31;
export const CODE_MAX = 1023;
export const RATE_COUNTER_MAX = 1023;

export const CAPMEM_ROWS = 24;
export const CAPMEM_COLS = 33;
/** The capmem column shared by all neurons. */
export const SHARED_COL = 32;

/** Full range of the voltage DACs and of the correlation ADC. */
export const V_RANGE = 1.2;
/** Correlation accumulators saturate at the ADC's full range. */
export const CORR_SATURATION = V_RANGE;
export const ADC_MAX = 255;

/** Cycles from a spike-injection write to the event's delivery at the synapse drivers. */
export const INJECTION_LATENCY = 4;

export function cyclesToBioMs(cycles: number): number {
  return cycles / CYCLES_PER_BIO_MS;
}

export function bioMsToCycles(ms: number): number {
  return Math.round(ms * CYCLES_PER_BIO_MS);
}

export function cyclesToChipSeconds(cycles: number): number {
  return cycles / CLOCK_HZ;
}
