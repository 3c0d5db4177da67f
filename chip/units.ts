// Physical quantities as users write them in scenario and calibration files: a number and a unit
// in one string ("820 mV", "10 ms", "0.3 mV/ms", "20 Hz", "4900 cycles"). Times and rates are
// biological (1 ms biological = 1 us chip time = 98 cycles); voltages are the chip's membrane
// voltages. docs/scenarios.md lists the units.

import { CYCLES_PER_BIO_MS } from './constants.js';

export type QuantityKind = 'voltage' | 'time' | 'slope' | 'frequency';

/** Units accepted per kind, with the factor to the canonical unit (see `parseQuantity`). */
const UNITS: Record<QuantityKind, Record<string, number>> = {
  // canonical: volts
  voltage: { V: 1, mV: 1e-3 },
  // canonical: cycles (biological ms x 98)
  time: { ms: CYCLES_PER_BIO_MS, s: 1000 * CYCLES_PER_BIO_MS, cycles: 1, cycle: 1 },
  // canonical: V/s chip time (the model's synaptic and offset currents over C_m):
  // 1 mV per biological ms = 1 V per biological s = 1000 V/s chip time
  slope: { 'mV/ms': 1000 },
  // canonical: events per biological second
  frequency: { Hz: 1 },
};

export const UNIT_EXAMPLES: Record<QuantityKind, string> = {
  voltage: '"820 mV" or "0.82 V"',
  time: '"10 ms" (biological) or "980 cycles"',
  slope: '"0.3 mV/ms" (biological)',
  frequency: '"20 Hz" (biological)',
};

const NUMBER = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-z/]+)\s*$/;

export type QuantityResult = { ok: true; value: number; unit: string } | { ok: false; message: string };

/** Parse "<number> <unit>" into the canonical unit of `kind` (volts, cycles, V/s chip, Hz bio). */
export function parseQuantity(text: string, kind: QuantityKind): QuantityResult {
  const m = NUMBER.exec(text);
  const allowed = Object.keys(UNITS[kind]).join(', ');
  if (!m) return { ok: false, message: `must be a number with a unit (${allowed}), e.g. ${UNIT_EXAMPLES[kind]} (got ${JSON.stringify(text)})` };
  const factor = UNITS[kind][m[2]!];
  if (factor === undefined) return { ok: false, message: `unit "${m[2]}" is not a ${kind} unit; use ${allowed}, e.g. ${UNIT_EXAMPLES[kind]}` };
  const v = Number(m[1]) * factor;
  if (!Number.isFinite(v)) return { ok: false, message: `${JSON.stringify(text)} is not a finite number` };
  return { ok: true, value: v, unit: m[2]! };
}

/** A canonical value written back for messages: volts as mV, cycles as biological ms. */
export function formatQuantity(value: number, kind: QuantityKind): string {
  const g = (x: number) => Number(x.toPrecision(6)).toString();
  switch (kind) {
    case 'voltage': return `${g(value * 1e3)} mV`;
    case 'time': return `${g(value / CYCLES_PER_BIO_MS)} ms`;
    case 'slope': return `${g(value / 1000)} mV/ms`;
    case 'frequency': return `${g(value)} Hz`;
  }
}
