// Special purpose register numbers (Power ISA 2.06 Book E numbering) the PPU implements.

export const SPR = {
  XER: 1,
  LR: 8,
  CTR: 9,
  DEC: 22,
  SRR0: 26,
  SRR1: 27,
  DECAR: 54,
  CSRR0: 58,
  CSRR1: 59,
  DEAR: 61,
  ESR: 62,
  IVPR: 63,
  USPRG0: 256,
  TBL_READ: 268,
  TBU_READ: 269,
  SPRG0: 272,
  SPRG1: 273,
  SPRG2: 274,
  SPRG3: 275,
  SPRG4: 276,
  SPRG5: 277,
  SPRG6: 278,
  SPRG7: 279,
  TBL: 284,
  TBU: 285,
  PIR: 286,
  PVR: 287,
  TSR: 336,
  TCR: 340,
  MCSRR0: 570,
  MCSRR1: 571,
} as const;

export const SPR_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(SPR).map(([k, v]) => [v, k.toLowerCase().replace('_read', '')]),
);

/** Timer control and status bits (Book E TCR/TSR). */
export const TCR = {
  DIE: 0x04000000, // decrementer interrupt enable
  FIE: 0x00800000, // fixed-interval timer interrupt enable
  ARE: 0x00400000, // decrementer auto-reload from DECAR
  FP_SHIFT: 24, // TCR[FP], two bits: selects the FIT period
} as const;

export const TSR = {
  DIS: 0x08000000, // decrementer interrupt status
  FIS: 0x04000000, // fixed-interval timer interrupt status
} as const;

/** FIT period in cycles for TCR[FP] = 0..3 (the time-base bit that toggles; see docs/timing.md). */
export const FIT_PERIODS = [1 << 9, 1 << 13, 1 << 17, 1 << 21] as const;

/** Processor version register value of the emulated core ("Nux" in ASCII, version 0). */
export const PVR_VALUE = 0x4e757800;
