// Comparison rules per signal (docs/regress.md, "Rules"): exact for digital and PPU state, a cycle
// tolerance for spike times, absolute/relative tolerances for analog samples, and a statistical
// test of firing rates. A rule set maps signal names or patterns ("snapshot.*", "*") to rules;
// the most specific match wins, and signals no pattern matches get their type's default.

import { z } from 'zod';
import type { Signal } from './trace.js';

export type Rule =
  | { rule: 'exact' }
  | { rule: 'ignore' }
  | { rule: 'spike-times'; toleranceCycles: number }
  | { rule: 'analog'; abs: number; rel: number }
  | { rule: 'rates'; confidence: number; minRelDifference: number; per: 'neuron' | 'population' };

export type RuleSet = Record<string, Rule | Rule[]>;

const num = (lo: number, hi: number, what = 'a number') => {
  const msg = `must be ${what} in ${lo}..${hi}`;
  return z.number({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
};

const ruleSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('exact') }),
  z.strictObject({ rule: z.literal('ignore') }),
  z.strictObject({ rule: z.literal('spike-times'), toleranceCycles: num(0, 2 ** 40, 'an integer').int().default(0) }),
  z.strictObject({ rule: z.literal('analog'), abs: num(0, 1e6).default(0), rel: num(0, 1e3).default(0) }),
  z.strictObject({
    rule: z.literal('rates'),
    confidence: num(0.5, 0.999999).default(0.99),
    minRelDifference: num(0, 10).default(0),
    per: z.enum(['neuron', 'population'], { error: 'must be "neuron" or "population"' }).default('neuron'),
  }),
], { error: 'must be a rule: { "rule": "exact" | "ignore" | "spike-times" | "analog" | "rates", ... }' });

export const ruleSetSchema = z.record(
  z.string(),
  z.union([ruleSchema, z.array(ruleSchema, { error: 'must be a rule or a list of rules' })], { error: 'must be a rule or a list of rules' }),
  { error: 'must be an object of signal name (or pattern) -> rule' },
) as unknown as z.ZodType<RuleSet>;

/** Defaults by signal type (docs/regress.md). */
export const DEFAULT_RULES: Record<Signal['type'], Rule[]> = {
  spikes: [{ rule: 'spike-times', toleranceCycles: 0 }],
  samples: [{ rule: 'analog', abs: 1e-6, rel: 0 }],
  events: [{ rule: 'exact' }],
};

function matches(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return false;
}

/** The rules for one signal: exact name, else the longest matching pattern, else the type's default. */
export function rulesFor(set: RuleSet, name: string, type: Signal['type']): Rule[] {
  if (set[name]) return ([] as Rule[]).concat(set[name]!);
  let best: string | null = null;
  for (const p of Object.keys(set)) if (p !== name && matches(p, name) && (best === null || p.length > best.length)) best = p;
  return best !== null ? ([] as Rule[]).concat(set[best]!) : DEFAULT_RULES[type];
}

export function describeRule(r: Rule): string {
  switch (r.rule) {
    case 'exact': return 'exact';
    case 'ignore': return 'ignored';
    case 'spike-times': return `spike times within ${r.toleranceCycles} cycle${r.toleranceCycles === 1 ? '' : 's'}`;
    case 'analog': return `|new - golden| <= ${r.abs} + ${r.rel} |golden|`;
    case 'rates': return `firing rates per ${r.per}: no difference at ${r.confidence * 100}% confidence${r.minRelDifference ? ` (or below ${r.minRelDifference * 100}%)` : ''}`;
  }
}

/** Parse a rule set given as JSON (CLI --rules); throws zod errors to the caller. */
export function parseRuleSet(v: unknown): RuleSet {
  return ruleSetSchema.parse(v);
}
