// Model variants: the chip model assembled from named, versioned parts (neuron model, correlation
// sensors, PPU timing, mismatch, router), each with its parameters. Any program or scenario runs
// against any combination (DlsSystem's `model` option), and traces record which (docs/regress.md,
// "Model variants"). A part's name@version names the code path and its default parameters;
// parameters given on top of it are listed with the part, and the fingerprint covers everything.
//
// DEFAULT_MODEL is the model of docs/chip-model.md and docs/timing.md: every run without a variant
// uses it, with bit-identical results.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { intIn as int, numIn as num, strictObject as obj } from '../common/schema-fields.js';
import { UserError } from '../common/errors.js';
import { parseJsonSource, type JsonPath, type JsonSource } from '../common/json-source.js';
import { NUX_TIMING, type PpuTimingParams } from '../ppu/index.js';
import { PAIRING_SCHEMES, type PairingScheme } from './correlation.js';
import { problemsError, zodProblems, type Problem } from './json-file.js';
import { DEFAULT_CHIP_MODEL, type ChipModelParams } from './model-params.js';

export const MODEL_FORMAT = 'dls-model';
export const MODEL_VERSION = 1;

export type PartKind = 'neuron' | 'correlation' | 'ppuTiming' | 'mismatch' | 'router';
export const PART_KINDS: readonly PartKind[] = ['neuron', 'correlation', 'ppuTiming', 'mismatch', 'router'];

export interface PartParams {
  neuron: ChipModelParams['neuron'];
  correlation: ChipModelParams['correlation'];
  ppuTiming: PpuTimingParams;
  mismatch: ChipModelParams['mismatch'];
  router: ChipModelParams['router'];
}

export interface ModelPart<K extends PartKind = PartKind> {
  /** Registered name, e.g. "lif-exact". */
  name: string;
  version: number;
  params: PartParams[K];
  /** Parameters that differ from the registered part's, as "path=value" (empty: the part as registered). */
  changed: string[];
}

export interface ModelVariant {
  name: string;
  description: string;
  parts: { [K in PartKind]: ModelPart<K> };
}

interface RegisteredPart<K extends PartKind> {
  kind: K;
  name: string;
  version: number;
  description: string;
  params: PartParams[K];
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every registered part, by kind, "name@version". */
export const PARTS: { [K in PartKind]: Record<string, RegisteredPart<K>> } = {
  neuron: {
    'lif-exact@1': {
      kind: 'neuron', name: 'lif-exact', version: 1, params: clone(DEFAULT_CHIP_MODEL.neuron),
      description: 'LIF neurons with exponential current synapses, integrated in closed form, spikes at whole cycles (docs/chip-model.md)',
    },
  },
  correlation: Object.fromEntries(PAIRING_SCHEMES.map((p): [string, RegisteredPart<'correlation'>] => {
    const name = p === 'nearest-symmetric' ? 'nn-symmetric' : p === 'nearest-reduced' ? 'nn-reduced' : 'all-to-all';
    const what = p === 'nearest-symmetric'
      ? 'symmetric nearest-neighbour pairing: traces set by each spike (the chip\'s sensors)'
      : p === 'nearest-reduced' ? 'reduced nearest-neighbour pairing: each spike pairs at most once per direction' : 'all-to-all pairing: traces incremented by each spike';
    return [`${name}@1`, { kind: 'correlation', name, version: 1, params: { pairing: p }, description: what }];
  })),
  ppuTiming: {
    'nux-rtl@1': {
      kind: 'ppuTiming', name: 'nux-rtl', version: 1, params: clone(NUX_TIMING),
      description: 'the cycle model measured on the Nux RTL (docs/timing.md, docs/vector-timing.md)',
    },
  },
  mismatch: {
    'from-config@1': {
      kind: 'mismatch', name: 'from-config', version: 1, params: clone(DEFAULT_CHIP_MODEL.mismatch),
      description: "the chip configuration's mode, seed and scale; sigmas of docs/chip-model.md",
    },
    'fixed-pattern@1': {
      kind: 'mismatch', name: 'fixed-pattern', version: 1,
      params: { identity: { mode: 'mismatch', seed: 0, scale: 1 }, sigma: clone(DEFAULT_CHIP_MODEL.mismatch.sigma) },
      description: 'a mismatch chip of the given seed and scale, whatever the configuration says',
    },
  },
  router: {
    'fpga-bypass@1': {
      kind: 'router', name: 'fpga-bypass', version: 1, params: clone(DEFAULT_CHIP_MODEL.router),
      description: 'FPGA router in bypass mode, PPU injection 4 cycles (docs/chip-model.md, "Events")',
    },
  },
};

export const DEFAULT_PARTS: { [K in PartKind]: string } = {
  neuron: 'lif-exact@1', correlation: 'nn-symmetric@1', ppuTiming: 'nux-rtl@1', mismatch: 'from-config@1', router: 'fpga-bypass@1',
};

function partOf<K extends PartKind>(kind: K, id: string, params?: PartParams[K]): ModelPart<K> {
  const reg = PARTS[kind][id] as RegisteredPart<K> | undefined;
  if (!reg) throw new Error(`unknown ${kind} part ${id}`);
  const p = params ?? clone(reg.params);
  return { name: reg.name, version: reg.version, params: p, changed: changedParams(reg.params, p) };
}

function changedParams(base: unknown, value: unknown, prefix = ''): string[] {
  if (base !== null && typeof base === 'object' && value !== null && typeof value === 'object') {
    const keys = [...new Set([...Object.keys(base), ...Object.keys(value)])].sort();
    return keys.flatMap((k) => changedParams((base as Record<string, unknown>)[k], (value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(base) === JSON.stringify(value) ? [] : [`${prefix}=${JSON.stringify(value)}`];
}

/** The default model (every run without a variant). */
export function defaultModel(): ModelVariant {
  return {
    name: 'default',
    description: 'the model of docs/chip-model.md and docs/timing.md',
    parts: {
      neuron: partOf('neuron', DEFAULT_PARTS.neuron),
      correlation: partOf('correlation', DEFAULT_PARTS.correlation),
      ppuTiming: partOf('ppuTiming', DEFAULT_PARTS.ppuTiming),
      mismatch: partOf('mismatch', DEFAULT_PARTS.mismatch),
      router: partOf('router', DEFAULT_PARTS.router),
    },
  };
}

/** The chip's share of a variant. */
export function chipModelParams(m: ModelVariant): ChipModelParams {
  return {
    neuron: m.parts.neuron.params, correlation: m.parts.correlation.params,
    mismatch: m.parts.mismatch.params, router: m.parts.router.params,
  };
}

/** "lif-exact@1", or "lif-exact@1 {tauMemScale=1.01}" for a part with changed parameters. */
export function describePart(p: ModelPart): string {
  return `${p.name}@${p.version}${p.changed.length ? ` {${p.changed.join(', ')}}` : ''}`;
}

/** One line per part. */
export function describeModel(m: ModelVariant): string {
  return PART_KINDS.map((k) => `${k}: ${describePart(m.parts[k])}`).join('; ');
}

/** A short hash of everything that determines the model's behaviour (names, versions, parameters). */
export function modelFingerprint(m: ModelVariant): string {
  const canon = JSON.stringify(PART_KINDS.map((k) => [k, m.parts[k].name, m.parts[k].version, canonical(m.parts[k].params)]));
  // FNV-1a, 64 bits as two 32-bit halves (enough to tell variants apart; not a security hash).
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < canon.length; i++) {
    const c = canon.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    // (>>> 0 again: ^ gives a signed 32-bit value, which printed as "-51f983e4")
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

// --- parameters: schemas (every field optional: given fields replace the part's defaults) --------

const PARAM_SCHEMAS: { [K in PartKind]: z.ZodType } = {
  neuron: obj({
    tauMemScale: num(0.1, 10).optional(), tauExcScale: num(0.1, 10).optional(),
    tauInhScale: num(0.1, 10).optional(), refractoryScale: num(0.1, 10).optional(),
  }),
  correlation: obj({
    pairing: z.enum(PAIRING_SCHEMES as [PairingScheme, ...PairingScheme[]], { error: `must be one of ${PAIRING_SCHEMES.map((p) => `"${p}"`).join(', ')}` }).optional(),
  }),
  ppuTiming: obj({
    latency: obj({
      alu: int(1, 8).optional(), load: int(1, 8).optional(), loadu: int(1, 8).optional(), storeu: int(1, 8).optional(),
      lmw: int(1, 8).optional(), mul: int(1, 16).optional(), div: int(2, 64).optional(),
    }).optional(),
    branchRedirect: int(2, 16).optional(),
    interruptEntry: int(5, 32).optional(),
    wakeUp: int(1, 32).optional(),
    vector: obj({
      valuDepth: int(2, 12).optional(), serialLatency: int(1, 8).optional(),
      pbusLatency: int(1, 8).optional(), pbusReadInterval: int(1, 16).optional(),
    }).optional(),
  }),
  mismatch: obj({
    identity: obj({
      mode: z.enum(['ideal', 'mismatch'], { error: 'must be "ideal" or "mismatch"' }).optional(),
      seed: int(0, 0xffffffff).optional(),
      scale: num(0, 10).optional(),
    }).nullable().optional(),
    sigma: obj({
      voltageGain: num(0, 1).optional(), voltageOffset: num(0, 0.2).optional(), relative: num(0, 1).optional(),
      synapse: num(0, 1).optional(), correlation: num(0, 1).optional(), adcOffset: num(0, 32).optional(),
    }).optional(),
  }),
  router: obj({ injectionLatency: int(1, 1000).optional(), extraDelay: int(0, 1 << 20).optional() }),
};

function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (over === null || typeof over !== 'object' || base === null || typeof base !== 'object') return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

const partRef = z.union([
  z.string({ error: 'must be a part name "name@version" or { "part": ..., "params": {...} }' }),
  obj({ part: z.string({ error: 'must be a part name "name@version"' }), params: z.record(z.string(), z.unknown()).optional() }),
], { error: 'must be a part name "name@version" or { "part": ..., "params": {...} }' });

const fileSchema = obj({
  format: z.literal(MODEL_FORMAT, { error: `must be "${MODEL_FORMAT}"` }),
  version: z.literal(MODEL_VERSION, { error: `must be ${MODEL_VERSION}` }),
  name: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
  description: z.string({ error: 'must be a string' }).optional(),
  parts: obj(Object.fromEntries(PART_KINDS.map((k) => [k, partRef.optional()])) as Record<PartKind, z.ZodOptional<typeof partRef>>).optional(),
});

/** A part from its reference (name@version, optionally with parameters on top); problems are collected. */
function resolvePart<K extends PartKind>(kind: K, ref: string | { part: string; params?: Record<string, unknown> }, path: JsonPath, problems: Problem[], base?: ModelPart<K>): ModelPart<K> | null {
  const id = typeof ref === 'string' ? ref : ref.part;
  const reg = PARTS[kind][id] as RegisteredPart<K> | undefined;
  if (!reg) {
    problems.push({ path: typeof ref === 'string' ? path : [...path, 'part'], message: `unknown ${kind} part ${JSON.stringify(id)} (known: ${Object.keys(PARTS[kind]).join(', ')})` });
    return null;
  }
  const params = typeof ref === 'string' ? undefined : ref.params;
  if (params === undefined) return partOf(kind, id, base && base.name === reg.name && base.version === reg.version ? clone(base.params) : undefined);
  const r = PARAM_SCHEMAS[kind].safeParse(params);
  if (!r.success) {
    problems.push(...zodProblems(r.error, params, [...path, 'params']));
    return null;
  }
  const merged = merge(clone(reg.params), r.data) as PartParams[K];
  if (kind === 'mismatch') {
    // An identity given for a part without one starts from the fixed-pattern defaults.
    const m = merged as PartParams['mismatch'];
    const given: Partial<NonNullable<PartParams['mismatch']['identity']>> | null = m.identity;
    if (given) m.identity = { mode: given.mode ?? 'mismatch', seed: given.seed ?? 0, scale: given.scale ?? 1 };
  }
  return partOf(kind, id, merged);
}

/** A variant from a parsed `dls-model` document (every problem reported, located when `src` is given). */
export function modelFromDocument(value: unknown, src?: JsonSource, what = 'model'): ModelVariant {
  const r = fileSchema.safeParse(value);
  if (!r.success) throw problemsError(zodProblems(r.error, value), src, what);
  const doc = r.data;
  const problems: Problem[] = [];
  const m = defaultModel();
  m.name = doc.name;
  m.description = doc.description ?? '';
  for (const k of PART_KINDS) {
    const ref = doc.parts?.[k];
    if (ref === undefined) continue;
    const p = resolvePart(k, ref, ['parts', k], problems);
    if (p) (m.parts as Record<PartKind, ModelPart>)[k] = p;
  }
  if (problems.length) throw problemsError(problems, src, what);
  return m;
}

/** Read a `dls-model` file. */
export function loadModelFile(file: string): ModelVariant {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read model file ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const src = parseJsonSource(text, file);
  return modelFromDocument(src.value, src, file);
}

/** The document form of a variant (a valid `dls-model` file; what traces store). */
export function modelToDocument(m: ModelVariant): Record<string, unknown> {
  return {
    format: MODEL_FORMAT, version: MODEL_VERSION, name: m.name, ...(m.description ? { description: m.description } : {}),
    parts: Object.fromEntries(PART_KINDS.map((k) => [k, { part: `${m.parts[k].name}@${m.parts[k].version}`, params: m.parts[k].params }])),
  };
}

/**
 * Apply `kind.path=value` settings (the CLI's --set): `neuron.tauMemScale=1.01`,
 * `ppuTiming.latency.load=3`, `correlation=all-to-all@1` (a part by name), `mismatch.identity.seed=3`.
 */
export function applySettings(m: ModelVariant, settings: readonly string[], what = '--set'): ModelVariant {
  const out: ModelVariant = { name: m.name, description: m.description, parts: { ...m.parts } };
  const problems: Problem[] = [];
  for (const s of settings) {
    const eq = s.indexOf('=');
    const key = eq < 0 ? s : s.slice(0, eq);
    const [kind, ...path] = key.split('.');
    if (eq < 0 || !PART_KINDS.includes(kind as PartKind)) {
      problems.push({ path: [], message: `${JSON.stringify(s)}: expected PART=NAME@VERSION or PART.PARAM=VALUE with PART one of ${PART_KINDS.join(', ')}` });
      continue;
    }
    const k = kind as PartKind;
    const raw = s.slice(eq + 1);
    const cur = out.parts[k] as ModelPart;
    let p: ModelPart | null;
    if (path.length === 0) {
      p = resolvePart(k, raw, [k], problems);
    } else {
      let v: unknown;
      try {
        v = JSON.parse(raw);
      } catch {
        v = raw; // a bare word (e.g. all-to-all) is a string
      }
      const over: Record<string, unknown> = {};
      let o = over;
      path.forEach((seg, i) => {
        o[seg] = i === path.length - 1 ? v : {};
        o = o[seg] as Record<string, unknown>;
      });
      const given = changedObject(PARTS[k][`${cur.name}@${cur.version}`]!.params, cur.params);
      p = resolvePart(k, { part: `${cur.name}@${cur.version}`, params: merge(given, over) as Record<string, unknown> }, [k], problems);
    }
    if (p) (out.parts as Record<PartKind, ModelPart>)[k] = p;
  }
  if (problems.length) throw problemsError(problems, undefined, what);
  if (settings.length) out.name = `${m.name}+${settings.join('+')}`;
  return out;
}

/** The fields of `value` that differ from `base`, as a nested object (the params one would write). */
function changedObject(base: unknown, value: unknown): unknown {
  if (base !== null && typeof base === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const d = changedObject((base as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(base) === JSON.stringify(value) ? undefined : value;
}

/** Load --model (a file) and apply --set settings; the default model when neither is given. */
export function resolveModelOptions(file: string | undefined, settings: readonly string[] = []): ModelVariant {
  const base = file ? loadModelFile(file) : defaultModel();
  return settings.length ? applySettings(base, settings) : base;
}
