// Field builders for the zod schemas of dls's input files (chip configs, scenarios, calibration,
// model variants, regression suites): one wording for every file, so a user sees the same
// message for the same mistake wherever they make it.

import { z } from 'zod';

/** An integer in lo..hi, with the range in the message. */
export function intIn(lo: number, hi: number) {
  const msg = `must be an integer in ${lo}..${hi}`;
  return z.number({ error: msg }).int({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
}

/** A number in lo..hi, with the range in the message. */
export function numIn(lo: number, hi: number) {
  const msg = `must be a number in ${lo}..${hi}`;
  return z.number({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
}

export const bool = z.boolean({ error: 'must be true or false' });

/** An object with exactly these fields; an unknown one is named with the allowed ones. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed})` : 'must be an object'),
  });
}
