// Optimizer settings: defaults (the reference's settings where it has them) and their checks.
// A bad setting is a UserError naming the setting and the allowed range. docs/optimizers.md
// describes every setting.

import { z } from 'zod';
import { UserError } from '../../common/errors.js';
import type { OptimizerKind } from './types.js';

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

function num(lo: number, hi: number, opts: { int?: boolean; loOpen?: boolean; hiOpen?: boolean } = {}) {
  const range = `${opts.loOpen ? '(' : '['}${lo}, ${hi === Infinity ? 'inf' : hi}${opts.hiOpen || hi === Infinity ? ')' : ']'}`;
  const what = `${opts.int ? 'an integer' : 'a number'} in ${range}`;
  const msg = (iss: { input?: unknown }) => `must be ${what}, got ${show(iss.input)}`;
  let n = z.number({ error: msg });
  if (opts.int) n = n.int({ error: msg });
  n = opts.loOpen ? n.gt(lo, { error: msg }) : n.gte(lo, { error: msg });
  if (hi !== Infinity) n = opts.hiOpen ? n.lt(hi, { error: msg }) : n.lte(hi, { error: msg });
  return n;
}
const bool = () => z.boolean({ error: (iss) => `must be true or false, got ${show(iss.input)}` });
const iterations = () => num(1, 1_000_000, { int: true });
/** Stop as soon as a generation's best fitness reaches this (null: never). */
const stopFitness = () => z.number({ error: (iss) => `must be a number or null, got ${show(iss.input)}` }).nullable();

export const COOLING_SCHEDULES = [
  'default',
  'logarithmic',
  'exponential',
  'linear-multiplicative',
  'quadratic-multiplicative',
  'linear-additive',
  'quadratic-additive',
  'exponential-additive',
  'trigonometric-additive',
] as const;
export type CoolingSchedule = (typeof COOLING_SCHEDULES)[number];

const schemas = {
  es: z.strictObject({
    populationSize: num(1, 100_000, { int: true }),
    learningRate: num(0, Infinity, { loOpen: true }),
    learningRateDecay: num(0, 1, { loOpen: true }),
    noiseStd: num(0, Infinity, { loOpen: true }),
    mirroredSampling: bool(),
    fitnessShaping: bool(),
    nIterations: iterations(),
    stopFitness: stopFitness(),
  }),
  ce: z.strictObject({
    populationSize: num(2, 100_000, { int: true }),
    rho: num(0, 1, { loOpen: true }),
    smoothing: num(0, 1, { hiOpen: true }),
    noiseMagnitude: num(0, Infinity),
    noiseDecay: num(0, 1),
    tempDecay: num(0, 1),
    nIterations: iterations(),
    stopFitness: stopFitness(),
  }),
  sa: z.strictObject({
    parallelRuns: num(1, 100_000, { int: true }),
    noisyStep: num(0, Infinity, { loOpen: true }),
    tempDecay: num(0, 1, { loOpen: true }),
    coolingSchedule: z.enum(COOLING_SCHEDULES, { error: (iss) => `must be one of ${COOLING_SCHEDULES.join(', ')}; got ${show(iss.input)}` }),
    coolingAlpha: num(0, Infinity, { loOpen: true }).nullable(),
    initialTemperature: num(0, Infinity, { loOpen: true }),
    finalTemperature: num(0, Infinity),
    nIterations: iterations(),
    stopFitness: stopFitness(),
  }),
  grid: z.strictObject({
    pointsPerDimension: z.union([num(1, 10_000, { int: true }), z.array(num(1, 10_000, { int: true }))], {
      error: (iss) => `must be an integer in [1, 10000] or an array of them, got ${show(iss.input)}`,
    }),
    batchSize: num(1, 10_000_000, { int: true }).nullable(),
    stopFitness: stopFitness(),
  }),
  ga: z.strictObject({
    populationSize: num(2, 100_000, { int: true }),
    crossoverProbability: num(0, 1),
    mutationProbability: num(0, 1),
    geneMutationProbability: num(0, 1),
    mutationStd: num(0, Infinity),
    blendAlpha: num(0, Infinity),
    tournamentSize: num(1, 100_000, { int: true }),
    elitism: num(0, 100_000, { int: true }),
    nIterations: iterations(),
    stopFitness: stopFitness(),
  }),
};

export type EsConfig = z.infer<typeof schemas.es>;
export type CeConfig = z.infer<typeof schemas.ce>;
export type SaConfig = z.infer<typeof schemas.sa>;
export type GridConfig = z.infer<typeof schemas.grid>;
export type GaConfig = z.infer<typeof schemas.ga>;
export interface ConfigOf {
  es: EsConfig;
  ce: CeConfig;
  sa: SaConfig;
  grid: GridConfig;
  ga: GaConfig;
}

/** Defaults: the 2019 hardware experiments' settings for ES, CE and SA (docs/optimizers.md). */
export const DEFAULTS: { readonly [K in OptimizerKind]: ConfigOf[K] } = {
  es: {
    populationSize: 25,
    learningRate: 0.5,
    learningRateDecay: 0.95,
    noiseStd: 0.1,
    mirroredSampling: true,
    fitnessShaping: true,
    nIterations: 30,
    stopFitness: null,
  },
  ce: { populationSize: 50, rho: 0.2, smoothing: 0, noiseMagnitude: 1, noiseDecay: 0.95, tempDecay: 0, nIterations: 30, stopFitness: null },
  sa: {
    parallelRuns: 50,
    noisyStep: 0.03,
    tempDecay: 0.99,
    coolingSchedule: 'quadratic-additive',
    coolingAlpha: null,
    initialTemperature: 1,
    finalTemperature: 0,
    nIterations: 30,
    stopFitness: null,
  },
  grid: { pointsPerDimension: 5, batchSize: null, stopFitness: null },
  ga: {
    populationSize: 50,
    crossoverProbability: 0.5,
    mutationProbability: 0.2,
    geneMutationProbability: 0.1,
    mutationStd: 0.1,
    blendAlpha: 0.5,
    tournamentSize: 3,
    elitism: 1,
    nIterations: 30,
    stopFitness: null,
  },
};

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['es', 'ce', 'sa', 'grid', 'ga'];

/**
 * Full settings from partial ones: defaults filled in, every value checked, cross-setting rules
 * applied. `where` prefixes the messages (e.g. the config file's name or "--optimizer-config").
 */
export function resolveConfig<K extends OptimizerKind>(kind: K, partial: unknown, where = 'optimizer', dimension?: number): ConfigOf[K] {
  if (!OPTIMIZER_KINDS.includes(kind)) throw new UserError(`${where}: unknown optimizer ${show(kind)}; one of ${OPTIMIZER_KINDS.join(', ')}`);
  if (partial !== undefined && (partial === null || typeof partial !== 'object' || Array.isArray(partial))) {
    throw new UserError(`${where}: ${kind} settings must be an object, got ${show(partial)}`);
  }
  const merged = { ...DEFAULTS[kind], ...((partial as object | undefined) ?? {}) };
  const r = schemas[kind].safeParse(merged);
  const problems: string[] = [];
  if (!r.success) {
    for (const iss of r.error.issues) {
      const path = iss.path.map(String).join('.');
      const message = iss.code === 'unrecognized_keys' ? `unknown setting${iss.keys.length > 1 ? 's' : ''} ${iss.keys.join(', ')} (known: ${Object.keys(DEFAULTS[kind]).join(', ')})` : iss.message;
      problems.push(path ? `${kind}.${path}: ${message}` : `${kind}: ${message}`);
    }
  } else {
    const c = r.data as ConfigOf[OptimizerKind];
    if (kind === 'ce') {
      const ce = c as CeConfig;
      const nElite = Math.floor(ce.rho * ce.populationSize);
      if (nElite < 2) problems.push(`ce.rho: floor(rho * populationSize) must be at least 2 elites to fit a Gaussian, got ${nElite}`);
    }
    if (kind === 'sa') {
      const sa = c as SaConfig;
      if (sa.finalTemperature >= sa.initialTemperature) problems.push(`sa.finalTemperature: must be below initialTemperature (${sa.initialTemperature}), got ${sa.finalTemperature}`);
      if (sa.coolingSchedule === 'exponential-additive' && !(sa.initialTemperature - sa.finalTemperature > 1)) {
        problems.push(`sa.initialTemperature: the exponential-additive schedule cools only when initialTemperature - finalTemperature > 1 (its rate is ln(T0 - Tn)), got ${sa.initialTemperature - sa.finalTemperature}`);
      }
    }
    if (kind === 'ga') {
      const ga = c as GaConfig;
      if (ga.elitism > ga.populationSize) problems.push(`ga.elitism: must be at most populationSize (${ga.populationSize}), got ${ga.elitism}`);
    }
    if (kind === 'grid' && dimension !== undefined) {
      const p = (c as GridConfig).pointsPerDimension;
      if (Array.isArray(p) && p.length !== dimension) problems.push(`grid.pointsPerDimension: must have ${dimension} entries (one per parameter), got ${p.length}`);
    }
  }
  if (problems.length) throw new UserError(problems.map((p) => ({ message: `${where}: ${p}` })));
  return r.data as ConfigOf[K];
}
