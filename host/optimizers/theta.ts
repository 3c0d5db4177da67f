// Theta: the hyperparameters the outer loop tunes. A ThetaSpec names each parameter, gives its
// range in the reference's units and how it becomes a value on the chip; optimizers only ever
// see the normalised vector x in [0, 1]^d of the free (not fixed) parameters:
//   value = lower + x * (upper - lower)
// docs/optimizers.md ("Theta") lists the L2L set.

import { UserError } from '../../common/errors.js';

/**
 * How a value becomes a chip number: 'weight' rounds value*63 (a 6-bit synaptic weight),
 * 'period' rounds value*2000 (steps between rescalings, the reference's x2000), 'fraction'
 * rounds value*128 to a Q0.7 byte saturating at 127 (what the FXV byte fractional ops read).
 */
export type ChipEncoding = 'weight' | 'period' | 'fraction';

export interface ThetaParam {
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  readonly chip: ChipEncoding;
  /** A fixed parameter keeps this value and is not part of the optimised vector. */
  readonly fixed?: number;
  readonly description: string;
}

export interface ThetaSpec {
  readonly params: readonly ThetaParam[];
}

export const CHIP_SCALE: Record<ChipEncoding, number> = { weight: 63, period: 2000, fraction: 128 };
const CHIP_MAX: Record<ChipEncoding, number> = { weight: 63, period: 0xffff, fraction: 127 };
const CHIP_MIN: Record<ChipEncoding, number> = { weight: 0, period: 0, fraction: -128 };

/** The seven optimised parameters of the 2019 experiments, plus lambda fixed at 0.5. */
export const L2L_THETA: ThetaSpec = {
  params: [
    { name: 'gamma', lower: 0, upper: 1, chip: 'fraction', description: 'discount factor of the TD error' },
    { name: 'eta', lower: 0, upper: 1, chip: 'fraction', description: 'learning rate' },
    { name: 'lambda', lower: 0, upper: 1, chip: 'fraction', fixed: 0.5, description: 'eligibility-trace decay (fixed in the reference)' },
    { name: 'weightLower', lower: 0, upper: 1, chip: 'weight', description: 'lower end of the rescaling band (x63)' },
    { name: 'weightUpper', lower: 0, upper: 1, chip: 'weight', description: 'upper end of the rescaling band (x63)' },
    { name: 'initialWeight', lower: 0, upper: 1, chip: 'weight', description: 'initial excitatory weight state -> action (x63)' },
    { name: 'inhibitoryWeight', lower: 0, upper: 1, chip: 'weight', description: 'lateral inhibitory weight between action neurons (x63)' },
    { name: 'rescaleFrequency', lower: 0, upper: 1, chip: 'period', description: 'steps between rescalings (x2000; 0 = never)' },
  ],
};

export function freeParams(spec: ThetaSpec): ThetaParam[] {
  return spec.params.filter((p) => p.fixed === undefined);
}

/** Length of the normalised vector. */
export function thetaDimension(spec: ThetaSpec): number {
  return freeParams(spec).length;
}

/** Problems with a spec (duplicate names, empty ranges, fixed values out of range). */
export function thetaSpecProblems(spec: ThetaSpec): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of spec.params) {
    if (seen.has(p.name)) out.push(`${p.name}: defined twice`);
    seen.add(p.name);
    if (!(Number.isFinite(p.lower) && Number.isFinite(p.upper) && p.lower < p.upper)) out.push(`${p.name}: needs finite bounds with lower < upper, got [${p.lower}, ${p.upper}]`);
    if (p.fixed !== undefined && !(p.fixed >= p.lower && p.fixed <= p.upper)) out.push(`${p.name}: fixed value ${p.fixed} outside [${p.lower}, ${p.upper}]`);
  }
  return out;
}

/** Parameter values from a normalised vector (fixed parameters take their fixed value). */
export function thetaFromNormalised(spec: ThetaSpec, x: readonly number[]): Record<string, number> {
  const free = freeParams(spec);
  if (x.length !== free.length) throw new Error(`theta: expected ${free.length} normalised values, got ${x.length}`);
  const out: Record<string, number> = {};
  let i = 0;
  for (const p of spec.params) {
    if (p.fixed !== undefined) out[p.name] = p.fixed;
    else {
      const u = Math.min(1, Math.max(0, x[i++]!));
      out[p.name] = p.lower + u * (p.upper - p.lower);
    }
  }
  return out;
}

/** The normalised vector of parameter values; a UserError names any missing or out-of-range value. */
export function thetaToNormalised(spec: ThetaSpec, values: ThetaValues): number[] {
  const theta = values as Readonly<Record<string, unknown>>;
  const bad: string[] = [];
  const x: number[] = [];
  for (const p of freeParams(spec)) {
    const v = theta[p.name];
    if (typeof v !== 'number' || !(v >= p.lower && v <= p.upper)) bad.push(`theta.${p.name}: must be a number in [${p.lower}, ${p.upper}], got ${JSON.stringify(v)}`);
    else x.push((v - p.lower) / (p.upper - p.lower));
  }
  const known = new Set(spec.params.map((p) => p.name));
  for (const k of Object.keys(theta)) if (!known.has(k)) bad.push(`theta.${k}: unknown parameter (known: ${[...known].join(', ')})`);
  if (bad.length) throw new UserError(bad.map((message) => ({ message })));
  return x;
}

/** Integer chip values of parameter values (see ChipEncoding). */
export function thetaToChip(spec: ThetaSpec, values: ThetaValues): Record<string, number> {
  const theta = values as Readonly<Record<string, unknown>>;
  const out: Record<string, number> = {};
  for (const p of spec.params) {
    const v = theta[p.name];
    if (typeof v !== 'number') throw new Error(`thetaToChip: missing ${p.name}`);
    const c = Math.round(v * CHIP_SCALE[p.chip]);
    out[p.name] = Math.min(CHIP_MAX[p.chip], Math.max(CHIP_MIN[p.chip], c));
  }
  return out;
}

/** Parameter values by name: a record, or a typed set such as L2lTheta. */
export type ThetaValues = Readonly<Record<string, number>> | L2lTheta;

/** The L2L parameters with their names as a type (values in the reference's units). */
export interface L2lTheta {
  readonly gamma: number;
  readonly eta: number;
  readonly lambda: number;
  readonly weightLower: number;
  readonly weightUpper: number;
  readonly initialWeight: number;
  readonly inhibitoryWeight: number;
  readonly rescaleFrequency: number;
}

export function l2lThetaFromNormalised(x: readonly number[]): L2lTheta {
  return thetaFromNormalised(L2L_THETA, x) as unknown as L2lTheta;
}
