// Small numeric helpers shared by the optimizers: statistics, ranking, Gaussian vectors, a
// Cholesky factorisation, and the canonical JSON form of optimizer state.

import type { Rng } from '../../common/random.js';
import type { FitnessStats } from './types.js';

export function fitnessStats(f: readonly number[]): FitnessStats {
  const n = f.length;
  const mean = f.reduce((a, b) => a + b, 0) / n;
  const variance = f.reduce((a, b) => a + (b - mean) * (b - mean), 0) / n;
  const sorted = [...f].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { mean, std: Math.sqrt(variance), min: sorted[0]!, median, max: sorted[n - 1]! };
}

/** Indices sorted by fitness, best first; equal fitnesses keep population order. */
export function rankOrder(f: readonly number[]): number[] {
  return [...f.keys()].sort((i, j) => f[j]! - f[i]! || i - j);
}

/**
 * Rank-based utilities of Wierstra et al. (NES, JMLR 2014), used by Salimans et al.:
 *   u_k = max(0, ln(n/2 + 1) - ln k) / sum_j max(0, ln(n/2 + 1) - ln j) - 1/n,  k = rank (1 = best)
 * They sum to zero and depend on the order of fitnesses only. Tied fitnesses share the mean
 * utility of the ranks they occupy, so the result does not depend on the population order.
 */
export function nesUtilities(f: readonly number[]): number[] {
  const n = f.length;
  const raw: number[] = [];
  for (let k = 1; k <= n; k++) raw.push(Math.max(0, Math.log(n / 2 + 1) - Math.log(k)));
  const z = raw.reduce((a, b) => a + b, 0);
  const byRank = raw.map((r) => r / z - 1 / n);
  const order = rankOrder(f);
  const u = new Array<number>(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && f[order[j + 1]!] === f[order[i]!]) j++;
    let m = 0;
    for (let k = i; k <= j; k++) m += byRank[k]!;
    m /= j - i + 1;
    for (let k = i; k <= j; k++) u[order[k]!] = m;
    i = j + 1;
  }
  return u;
}

export function normalVector(rng: Rng, n: number): number[] {
  const v: number[] = [];
  for (let i = 0; i < n; i++) v.push(rng.normal());
  return v;
}

export function clipUnit(x: readonly number[]): number[] {
  return x.map((v) => Math.min(1, Math.max(0, v)));
}

export function meanOf(rows: readonly (readonly number[])[]): number[] {
  const d = rows[0]!.length;
  const m = new Array<number>(d).fill(0);
  for (const r of rows) for (let i = 0; i < d; i++) m[i]! += r[i]!;
  return m.map((v) => v / rows.length);
}

/** Sample covariance with the n-1 denominator (numpy's np.cov); zero for a single row. */
export function covarianceOf(rows: readonly (readonly number[])[], mean: readonly number[]): number[][] {
  const d = mean.length;
  const c = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  if (rows.length < 2) return c;
  for (const r of rows) {
    for (let i = 0; i < d; i++) {
      const di = r[i]! - mean[i]!;
      for (let j = 0; j <= i; j++) c[i]![j]! += di * (r[j]! - mean[j]!);
    }
  }
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      c[i]![j] = c[i]![j]! / (rows.length - 1);
      c[j]![i] = c[i]![j]!;
    }
  }
  return c;
}

/**
 * Lower-triangular L with L L^T = a. A covariance that is only positive semi-definite (fewer
 * distinct samples than dimensions) gets a growing diagonal jitter until it factors.
 */
export function cholesky(a: readonly (readonly number[])[]): number[][] {
  const d = a.length;
  const scale = Math.max(1e-300, ...a.map((r, i) => Math.abs(r[i]!)));
  for (let jitter = 0, attempt = 0; attempt < 40; attempt++, jitter = jitter === 0 ? scale * 1e-12 : jitter * 10) {
    const L = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    let ok = true;
    for (let i = 0; i < d && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i]![j]! + (i === j ? jitter : 0);
        for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
        if (i === j) {
          if (!(s > 0)) {
            ok = false;
            break;
          }
          L[i]![i] = Math.sqrt(s);
        } else L[i]![j] = s / L[j]![j]!;
      }
    }
    if (ok) return L;
  }
  throw new Error('cholesky: matrix is not positive semi-definite');
}

/**
 * The canonical JSON form of optimizer data. Live optimizers keep their state in this form
 * after every step, so a run restored from a checkpoint continues from exactly the same numbers
 * (JSON has no -0, NaN or Infinity; meeting one of the latter two is a bug).
 */
export function canonical<T>(v: T): T {
  const text = JSON.stringify(v, (k, x) => {
    if (typeof x === 'number' && !Number.isFinite(x)) throw new Error(`optimizer state: non-finite number at "${k}": ${x}`);
    return x;
  });
  return JSON.parse(text) as T;
}
