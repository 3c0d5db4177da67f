// Comparing two traces signal by signal under a rule set (docs/regress.md, "Rules" and "Verdicts"):
// per signal the verdict (identical, within tolerance, diverged, missing) and the first divergence
// (the earliest cycle at which the rule is broken, what each side had there); per trace the
// earliest divergence over all signals.

import { UserError } from '../common/errors.js';
import { CYCLES_PER_BIO_MS, N_NEURONS } from '../chip/index.js';
import { describeRule, rulesFor, type Rule, type RuleSet } from './rules.js';
import { eventRows, type EventSignal, type SampleSignal, type Signal, type SpikeSignal, type Trace } from './trace.js';

export type Verdict = 'identical' | 'within' | 'diverged';

export interface Divergence {
  /** Earliest cycle at which the signal breaks its rule (null for whole-run statistics). */
  cycle: number | null;
  /** What differs, in one line. */
  detail: string;
  /** Spike signals: the neuron; samples: the channel; events: the row index. */
  neuron?: number;
  channel?: string;
  row?: number;
  /** Golden (a) and new (b) values at the divergence, as text. */
  a?: string;
  b?: string;
}

export interface RateRow {
  neuron: number | 'all';
  countA: number;
  countB: number;
  /** Biological Hz. */
  rateA: number;
  rateB: number;
  /** Two-sided exact p-value of equal rates. */
  p: number;
  /** Confidence interval of rateB - rateA (biological Hz) at the rule's confidence. */
  low: number;
  high: number;
  significant: boolean;
}

export interface SignalResult {
  signal: string;
  type: Signal['type'] | 'missing';
  rule: string;
  verdict: Verdict;
  divergence: Divergence | null;
  /** Numbers behind the verdict (compared items, largest deviation, ...). */
  summary: string;
  rates?: RateRow[];
}

export interface TraceComparison {
  verdict: Verdict;
  signals: SignalResult[];
  /** The earliest divergence over all signals (statistics only when no signal has a cycle). */
  first: (Divergence & { signal: string }) | null;
}

const bioMs = (c: number) => Number((c / CYCLES_PER_BIO_MS).toPrecision(6));

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// --- spikes ----------------------------------------------------------------------------------

function perNeuron(s: SpikeSignal): number[][] {
  const out: number[][] = Array.from({ length: N_NEURONS }, () => []);
  for (let i = 0; i < s.cycle.length; i++) {
    const n = s.neuron[i]!;
    (out[n] ??= []).push(s.cycle[i]!);
  }
  return out;
}

function spikeTimes(a: SpikeSignal, b: SpikeSignal, tol: number): { div: Divergence | null; summary: string } {
  const A = perNeuron(a);
  const B = perNeuron(b);
  let div: Divergence | null = null;
  let maxShift = 0;
  let pairs = 0;
  for (let n = 0; n < Math.max(A.length, B.length); n++) {
    const x = A[n] ?? [];
    const y = B[n] ?? [];
    const m = Math.min(x.length, y.length);
    let d: Divergence | null = null;
    for (let k = 0; k < m; k++) {
      const shift = y[k]! - x[k]!;
      pairs++;
      if (Math.abs(shift) > maxShift) maxShift = Math.abs(shift);
      if (Math.abs(shift) > tol) {
        d = {
          cycle: Math.min(x[k]!, y[k]!), neuron: n, a: String(x[k]), b: String(y[k]),
          detail: `neuron ${n}, spike ${k + 1}: cycle ${x[k]} (golden) vs ${y[k]} (new), shift ${shift > 0 ? '+' : ''}${shift} > ${tol} cycles`,
        };
        break;
      }
    }
    if (!d && x.length !== y.length) {
      const extraB = y.length > x.length;
      const c = extraB ? y[m]! : x[m]!;
      d = {
        cycle: c, neuron: n, a: extraB ? '-' : String(c), b: extraB ? String(c) : '-',
        detail: `neuron ${n}: ${extraB ? 'extra spike in the new trace' : 'spike missing in the new trace'} at cycle ${c} (${bioMs(c)} ms bio); ${x.length} vs ${y.length} spikes`,
      };
    }
    if (d && (div === null || d.cycle! < div.cycle! || (d.cycle === div.cycle && d.neuron! < div.neuron!))) div = d;
  }
  return { div, summary: `${a.cycle.length} vs ${b.cycle.length} spikes, ${pairs} paired, largest shift ${maxShift} cycles` };
}

// --- rates -----------------------------------------------------------------------------------

/** log(k!) for k = 0..n (one table per call: n is a spike count). */
function logFactorials(n: number): Float64Array {
  const t = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) t[k] = t[k - 1]! + Math.log(k);
  return t;
}

/** Two-sided exact binomial test of k successes in n with success probability q (method of small p-values). */
export function binomialTest(k: number, n: number, q: number): number {
  if (n === 0) return 1;
  const lf = logFactorials(n);
  const lq = Math.log(q);
  const l1q = Math.log1p(-q);
  const logp = (i: number) => lf[n]! - lf[i]! - lf[n - i]! + (q > 0 ? i * lq : i === 0 ? 0 : -Infinity) + (q < 1 ? (n - i) * l1q : i === n ? 0 : -Infinity);
  const ref = logp(k) + 1e-7; // (relative slack for ties in floating point)
  let p = 0;
  for (let i = 0; i <= n; i++) {
    const l = logp(i);
    if (l <= ref) p += Math.exp(l);
  }
  return Math.min(1, p);
}

/** Standard normal quantile (Acklam's rational approximation; |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

function rates(a: SpikeSignal, b: SpikeSignal, durA: number, durB: number, r: Extract<Rule, { rule: 'rates' }>): { div: Divergence | null; summary: string; rows: RateRow[] } {
  const ca = new Array<number>(N_NEURONS).fill(0);
  const cb = new Array<number>(N_NEURONS).fill(0);
  for (const n of a.neuron) ca[n]!++;
  for (const n of b.neuron) cb[n]!++;
  const groups: { neuron: number | 'all'; ka: number; kb: number }[] = r.per === 'population'
    ? [{ neuron: 'all', ka: a.neuron.length, kb: b.neuron.length }]
    : ca.map((k, n) => ({ neuron: n, ka: k, kb: cb[n]! })).filter((g) => g.ka + g.kb > 0);
  // Seconds of biological time (for rates in Hz); the test itself uses the duration ratio.
  const ta = Math.max(durA, 1) / CYCLES_PER_BIO_MS / 1000;
  const tb = Math.max(durB, 1) / CYCLES_PER_BIO_MS / 1000;
  const alpha = (1 - r.confidence) / Math.max(1, groups.length); // Bonferroni over the tests made
  const z = normalQuantile(1 - alpha / 2);
  const rows: RateRow[] = groups.map(({ neuron, ka, kb }) => {
    const p = binomialTest(ka, ka + kb, ta / (ta + tb));
    const ra = ka / ta;
    const rb = kb / tb;
    const se = Math.sqrt(ka / (ta * ta) + kb / (tb * tb));
    const rel = Math.abs(rb - ra) / Math.max(ra, rb, 1e-300);
    return { neuron, countA: ka, countB: kb, rateA: ra, rateB: rb, p, low: rb - ra - z * se, high: rb - ra + z * se, significant: p < alpha && rel > r.minRelDifference };
  });
  const bad = rows.filter((x) => x.significant).sort((x, y) => x.p - y.p);
  const fmt = (v: number) => v.toFixed(2);
  const div: Divergence | null = bad.length
    ? {
      cycle: null, ...(typeof bad[0]!.neuron === 'number' ? { neuron: bad[0]!.neuron } : {}),
      a: `${fmt(bad[0]!.rateA)} Hz`, b: `${fmt(bad[0]!.rateB)} Hz`,
      detail: `${bad.length} of ${rows.length} firing rates differ; ${bad[0]!.neuron === 'all' ? 'population' : `neuron ${bad[0]!.neuron}`}: ${fmt(bad[0]!.rateA)} Hz (golden) vs ${fmt(bad[0]!.rateB)} Hz (new), p = ${bad[0]!.p.toExponential(2)} < ${alpha.toExponential(2)}`,
    }
    : null;
  return { div, rows, summary: `${rows.length} rate test${rows.length === 1 ? '' : 's'} at ${r.confidence * 100}% confidence (Bonferroni), ${bad.length} significant` };
}

// --- samples ---------------------------------------------------------------------------------

function analog(a: SampleSignal, b: SampleSignal, r: Extract<Rule, { rule: 'analog' }>): { div: Divergence | null; summary: string } {
  if (!sameJson(a.channels, b.channels)) {
    return { div: { cycle: Math.min(a.cycle[0] ?? 0, b.cycle[0] ?? 0), detail: `different channels: ${a.channels.join(',')} vs ${b.channels.join(',')}` }, summary: 'channels differ' };
  }
  const n = Math.min(a.cycle.length, b.cycle.length);
  let worst = 0;
  let worstAt = '';
  for (let k = 0; k < n; k++) {
    if (a.cycle[k] !== b.cycle[k]) {
      return { div: { cycle: Math.min(a.cycle[k]!, b.cycle[k]!), detail: `sample ${k} is at cycle ${a.cycle[k]} (golden) vs ${b.cycle[k]} (new)` }, summary: 'sample times differ' };
    }
    for (let c = 0; c < a.channels.length; c++) {
      const x = a.values[c]![k]!;
      const y = b.values[c]![k]!;
      const d = Math.abs(y - x);
      const allowed = r.abs + r.rel * Math.abs(x);
      // Decimal values are stored inexactly: the stored 1.1 minus 1.0 is 0.10000000000000009. A
      // difference over a non-zero tolerance by no more than that representation error (2 ulp of
      // the larger value, and never more than the tolerance itself) is within it, so a tolerance
      // written in decimal means what it says at its boundary. A zero tolerance stays exact.
      const slack = allowed > 0 ? Math.min(allowed, 2 * Number.EPSILON * Math.max(Math.abs(x), Math.abs(y))) : 0;
      if (d > worst) {
        worst = d;
        worstAt = `${a.channels[c]} at cycle ${a.cycle[k]}`;
      }
      if (d > allowed + slack) {
        return {
          div: {
            cycle: a.cycle[k]!, channel: a.channels[c]!, a: `${x} ${a.unit}`, b: `${y} ${b.unit}`,
            detail: `${a.channels[c]} at cycle ${a.cycle[k]} (${bioMs(a.cycle[k]!)} ms bio): ${x.toPrecision(9)} vs ${y.toPrecision(9)} ${a.unit}, |difference| ${d.toExponential(3)} > allowed ${allowed.toExponential(3)}`,
          },
          summary: `first of ${n} samples over tolerance`,
        };
      }
    }
  }
  if (a.cycle.length !== b.cycle.length) {
    const k = n;
    const c = a.cycle.length > n ? a.cycle[k]! : b.cycle[k]!;
    return { div: { cycle: c, detail: `${a.cycle.length} vs ${b.cycle.length} samples; the ${a.cycle.length > n ? 'new' : 'golden'} trace ends before cycle ${c}` }, summary: 'sample counts differ' };
  }
  return { div: null, summary: `${n} samples x ${a.channels.length} channels, largest |difference| ${worst.toExponential(3)}${worstAt ? ` (${worstAt})` : ''}` };
}

// --- events ----------------------------------------------------------------------------------

/** An event as text; long strings (data) are cut around `focus` (a character position) or at the start. */
export function eventRow(s: EventSignal, i: number, focus?: { field: number; at: number }): string {
  return s.fields.map((f, j) => `${f}=${formatField(f, s.columns[j]![i]!, focus?.field === j ? focus.at : 0)}`).join(' ');
}

const LONG = 48;

function formatField(f: string, v: number | string, at: number): string {
  if (typeof v === 'number' && (f === 'addr' || f === 'pc' || (f === 'value' && v > 0xffff))) return `0x${v.toString(16)}`;
  const s = String(v);
  if (s.length <= LONG) return s;
  const from = Math.max(0, Math.min(at - 16, s.length - LONG));
  return `${from > 0 ? `[${from}]…` : ''}${s.slice(from, from + LONG)}${from + LONG < s.length ? '…' : ''}`;
}

function firstDifferentChar(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

function exactEvents(a: EventSignal, b: EventSignal): { div: Divergence | null; summary: string } {
  if (!sameJson(a.fields, b.fields)) return { div: { cycle: 0, detail: `fields differ: ${a.fields.join(',')} vs ${b.fields.join(',')}` }, summary: 'fields differ' };
  const na = eventRows(a);
  const nb = eventRows(b);
  const n = Math.min(na, nb);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < a.fields.length; j++) {
      if (a.columns[j]![i] !== b.columns[j]![i]) {
        const ca = a.columns[0]![i] as number;
        const cb = b.columns[0]![i] as number;
        const va = a.columns[j]![i]!;
        const vb = b.columns[j]![i]!;
        const at = typeof va === 'string' && typeof vb === 'string' ? firstDifferentChar(va, vb) : 0;
        const focus = { field: j, at };
        const where = typeof va === 'string' && va.length > LONG ? ` (from character ${at})` : '';
        return {
          div: {
            cycle: Math.min(ca, cb), row: i, a: eventRow(a, i, focus), b: eventRow(b, i, focus),
            detail: `event ${i + 1}: ${a.fields[j]} differs${where}: ${eventRow(a, i, focus)} (golden) vs ${eventRow(b, i, focus)} (new)`,
          },
          summary: `${na} vs ${nb} events, first ${i} equal`,
        };
      }
    }
  }
  if (na !== nb) {
    const longer = na > nb ? a : b;
    const c = longer.columns[0]![n] as number;
    return {
      div: { cycle: c, row: n, a: na > n ? eventRow(a, n) : '-', b: nb > n ? eventRow(b, n) : '-', detail: `${na > nb ? 'the new trace ends' : 'the new trace has more events'}: event ${n + 1} at cycle ${c} is ${na > nb ? 'missing' : 'extra'} (${eventRow(longer, n)})` },
      summary: `${na} vs ${nb} events`,
    };
  }
  return { div: null, summary: `${na} events` };
}

// --- one signal, one trace -----------------------------------------------------------------------

/** A rule matched a signal of a kind it cannot compare: the user's rules file is to blame. */
function ruleMismatch(rule: string, kind: string, name: string, type: string): UserError {
  return new UserError(`rules: rule "${rule}" applies to ${kind} signals, but it matched signal ${name} (${type}); give ${name} its own rule or narrow the pattern`);
}

export function compareSignal(name: string, a: Signal | undefined, b: Signal | undefined, rules: Rule[], durA: number, durB: number): SignalResult {
  if (!a || !b) {
    return {
      signal: name, type: 'missing', rule: '-', verdict: 'diverged',
      divergence: { cycle: null, detail: `signal only in the ${a ? 'golden' : 'new'} trace` }, summary: 'missing',
    };
  }
  const rule = rules.map(describeRule).join('; ');
  if (a.type !== b.type) return { signal: name, type: a.type, rule, verdict: 'diverged', divergence: { cycle: null, detail: `type ${a.type} vs ${b.type}` }, summary: 'types differ' };
  const identical = sameJson(a, b);
  let div: Divergence | null = null;
  const summaries: string[] = [];
  let rateRows: RateRow[] | undefined;
  for (const r of rules) {
    let res: { div: Divergence | null; summary: string };
    if (r.rule === 'ignore') res = { div: null, summary: 'ignored' };
    else if (r.rule === 'rates') {
      if (a.type !== 'spikes' || b.type !== 'spikes') throw ruleMismatch('rates', 'spike', name, a.type);
      const x = rates(a, b, durA, durB, r);
      rateRows = x.rows;
      res = x;
    } else if (r.rule === 'spike-times') {
      if (a.type !== 'spikes' || b.type !== 'spikes') throw ruleMismatch('spike-times', 'spike', name, a.type);
      res = spikeTimes(a, b, r.toleranceCycles);
    } else if (r.rule === 'analog') {
      if (a.type !== 'samples' || b.type !== 'samples') throw ruleMismatch('analog', 'sample', name, a.type);
      res = analog(a, b, r);
    } else {
      res = identical ? { div: null, summary: 'identical' } : a.type === 'events' && b.type === 'events'
        ? exactEvents(a, b)
        : a.type === 'spikes' && b.type === 'spikes' ? spikeTimes(a, b, 0)
        : a.type === 'samples' && b.type === 'samples' ? analog(a, b, { rule: 'analog', abs: 0, rel: 0 })
        : { div: { cycle: null, detail: 'differs' }, summary: 'differs' };
    }
    summaries.push(res.summary);
    if (res.div && (div === null || (res.div.cycle ?? Infinity) < (div.cycle ?? Infinity))) div = res.div;
  }
  return {
    signal: name, type: a.type, rule, verdict: div ? 'diverged' : identical ? 'identical' : 'within',
    divergence: div, summary: summaries.join('; '), ...(rateRows ? { rates: rateRows } : {}),
  };
}

/** Compare trace b (new) with trace a (golden) under a rule set. */
export function compareTraces(a: Trace, b: Trace, set: RuleSet): TraceComparison {
  const names = [...new Set([...Object.keys(a.signals), ...Object.keys(b.signals)])];
  const signals = names.map((n) => {
    const sa = a.signals[n];
    const sb = b.signals[n];
    return compareSignal(n, sa, sb, rulesFor(set, n, (sa ?? sb)!.type), a.duration, b.duration);
  });
  let first: TraceComparison['first'] = null;
  for (const s of signals) {
    const d = s.divergence;
    if (!d) continue;
    const better = first === null || (d.cycle !== null && (first.cycle === null || d.cycle < first.cycle));
    if (better) first = { ...d, signal: s.signal };
  }
  const verdict: Verdict = signals.some((s) => s.verdict === 'diverged') ? 'diverged' : signals.every((s) => s.verdict === 'identical') ? 'identical' : 'within';
  return { verdict, signals, first };
}
