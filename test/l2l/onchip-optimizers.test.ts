// The on-chip outer loops (experiments/l2l/onchip/es.dsl, ce.dsl, sa.dsl) on a fitness the PPU
// computes itself: f(x) = -scale |x - t|^2 over the unit box, in Q16. The same settings and
// criteria as the host-side optimizers' tests (test/host/optimizers.test.ts), so the on-chip
// versions converge as the host-side versions do.

import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  resolveConfig,
  runOptimizer,
  uniformIndividual,
  type CeConfig,
  type EsConfig,
  type SaConfig,
} from '../../host/optimizers/index.js';
import { onChipProgram } from '../../experiments/l2l/onchip/program.js';
import { DEFAULT_TIMING, pointFromQ16, pointToQ16, Q16, type LogEntry, type OnChipKind } from '../../experiments/l2l/onchip/protocol.js';
import { fitnessValue, OnChipRun } from '../../experiments/l2l/onchip/session.js';

const target = [0.31, 0.72, 0.5, 0.2, 0.64, 0.45, 0.83];

async function run(kind: OnChipKind, over: object, seed: number, scale = 1, initial: number[][] | null = null, dimension = 7) {
  const settings = resolveConfig(kind, over) as EsConfig & CeConfig & SaConfig;
  const r = new OnChipRun({
    program: onChipProgram(kind).bin,
    settings: { kind, settings } as never,
    seed,
    dimension,
    initial,
    lambdaCode: 64,
    timing: DEFAULT_TIMING,
    fitness: { kind: 'quadratic', target: target.slice(0, dimension), scale },
  });
  // Small chunks: a generation on the quadratic takes about 10^5 cycles, and the host should
  // read the log about as often (else the PPU sleeps, waiting for a free log entry).
  const entries = await r.runToEndAsync(1 << 18);
  const f = (raw: number) => fitnessValue(raw, { kind: 'quadratic', target, scale });
  return { entries, f, last: entries[entries.length - 1]! };
}

/** The PPU's own quadratic of a logged point: -scale sum of (d^2 >> 16), Q16. */
function ppuQuadratic(x: readonly number[], scale: number): number {
  const t = pointToQ16(target);
  return -x.reduce((a, v, k) => a + Math.trunc(((v - t[k]!) * (v - t[k]!)) / Q16), 0) * scale;
}

const mean = (e: LogEntry) => e.sum / e.individuals;

describe('on-chip optimizers converge on a quadratic the PPU computes', () => {
  it('ES with the reference settings (the centre within 0.01 of the optimum)', async () => {
    for (const seed of [1, 2, 3]) {
      const { entries, f, last } = await run('es', {}, seed);
      expect(entries).toHaveLength(30);
      expect(entries.every((e) => e.individuals === 51)).toBe(true);
      expect(f(last.currentFitness)).toBeGreaterThan(-1e-4);
      pointFromQ16(last.answer).forEach((v, i) => expect(Math.abs(v - target[i]!)).toBeLessThan(0.01));
      expect(last.currentFitness).toBeGreaterThan(entries[0]!.currentFitness);
    }
  });

  it("ES reports the centre's own fitness: individual 0, measured this generation", async () => {
    const { entries } = await run('es', { populationSize: 4, nIterations: 6 }, 9, 7, [[0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9]]);
    expect(pointFromQ16(entries[0]!.current)).toEqual(pointFromQ16(pointToQ16([0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9])));
    for (const e of entries) {
      expect(e.currentIndex).toBe(0);
      expect(e.currentFitness).toBe(e.fitnesses[0]);
      expect(e.currentFitness).toBe(ppuQuadratic(e.current, 7));
    }
    // The next generation's centre is this generation's answer.
    for (let g = 1; g < entries.length; g++) expect(entries[g]!.current).toEqual(entries[g - 1]!.answer);
  });

  it('CE with a small added noise (the reference noise 1 keeps it wide)', async () => {
    for (const seed of [1, 2]) {
      const { entries, f } = await run('ce', { noiseMagnitude: 1e-3, nIterations: 40 }, seed);
      expect(Math.max(...entries.map((e) => f(e.max)))).toBeGreaterThan(-1e-3);
      expect(f(mean(entries[39]!))).toBeGreaterThan(-5e-3);
    }
  });

  it('CE with the reference settings still improves the population mean; noise decays', async () => {
    const { entries, f } = await run('ce', {}, 42);
    expect(entries).toHaveLength(30);
    expect(f(mean(entries[29]!))).toBeGreaterThan(f(mean(entries[0]!)));
    expect(entries[0]!.extra[1] / 2 ** 24).toBe(1);
    expect(entries[1]!.extra[1] / 2 ** 24).toBeCloseTo(0.95, 6);
    expect(entries[0]!.extra[3] & 0xffff).toBe(10); // 10 elites fitted
  });

  it('SA with more iterations and a larger step, fitness scaled so T matters', async () => {
    for (const seed of [1, 2]) {
      const { entries, f, last } = await run('sa', { noisyStep: 0.1, nIterations: 300, parallelRuns: 10 }, seed, 100);
      const start = f(entries[0]!.max);
      expect(f(last.currentFitness)).toBeGreaterThan(-0.1);
      expect(f(last.currentFitness)).toBeGreaterThan(start / 100);
    }
  });

  it('SA with the reference settings improves on its starting points; all are accepted at first', async () => {
    const { entries, f, last } = await run('sa', {}, 42, 100);
    expect(entries).toHaveLength(30);
    expect(entries[0]!.extra[1]).toBe(50);
    expect(f(last.currentFitness)).toBeGreaterThan(f(entries[0]!.max));
  });

  it('SA accepts worse proposals with probability e^(delta / T)', async () => {
    // Generation 1 compares each run's proposal with its starting point (generation 0): at T = 1
    // (the default schedule with decay 1 - 1e-9) a worse one is accepted with e^(f(y) - f(x)).
    // Over 8 x 51 runs the accepted worse proposals match the sum of those probabilities.
    let expected = 0;
    let variance = 0;
    let accepted = 0;
    let worse = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { entries, f } = await run('sa', { parallelRuns: 51, noisyStep: 0.5, nIterations: 2, coolingSchedule: 'default', tempDecay: 0.999999999 }, seed, 5, null, 2);
      const [g0, g1] = entries as [LogEntry, LogEntry];
      expect(g1.extra[0] / 2 ** 20).toBeCloseTo(1, 5);
      let better = 0;
      g1.fitnesses.forEach((y, i) => {
        const x = g0.fitnesses[i]!;
        if (y >= x) better++;
        else {
          const p = Math.exp(f(y) - f(x));
          worse++;
          expected += p;
          variance += p * (1 - p);
        }
      });
      accepted += g1.extra[1] - better;
    }
    expect(worse).toBeGreaterThan(100);
    expect(Math.abs(accepted - expected)).toBeLessThan(3 * Math.sqrt(variance));
  });

  it('the PPU draws its own starting points when the host gives none, and a seed fixes them', async () => {
    const a = await run('ce', { populationSize: 10, nIterations: 2 }, 5);
    const b = await run('ce', { populationSize: 10, nIterations: 2 }, 5);
    const c = await run('ce', { populationSize: 10, nIterations: 2 }, 6);
    expect(a.entries).toEqual(b.entries.map((e, i) => ({ ...e, cycles: a.entries[i]!.cycles, waitCycles: a.entries[i]!.waitCycles })));
    expect(a.entries[0]!.fitnesses).not.toEqual(c.entries[0]!.fitnesses);
  });
});

/**
 * The host-side optimizer with the same settings and seed on the same quadratic (in floating
 * point), and the on-chip one started from the host's first population (as run.ts does for
 * experiments). Their random streams differ, so the runs are compared by where they end, not
 * step by step.
 */
async function headToHead(kind: OnChipKind, over: object, seed: number, scale: number) {
  const dimension = target.length;
  const problem = { dimension, createIndividual: uniformIndividual(dimension) };
  const first = createOptimizer(kind, over, problem, seed).ask().map((i) => [...i.x]);
  const initial = kind === 'es' ? [first[0]!] : first;
  const quadratic = (x: readonly number[]) => -scale * x.reduce((a, v, i) => a + (v - target[i]!) ** 2, 0);
  const host = await runOptimizer(createOptimizer(kind, over, problem, seed), { ...problem, simulate: (ind) => quadratic(ind.x) }, { seed });
  const chip = await run(kind, over, seed, scale, initial);
  const hostCurve = host.reports.map((r) => r.current.fitness);
  const chipCurve = chip.entries.map((e) => chip.f(e.currentFitness));
  return { hostCurve, chipCurve, start: quadratic(initial[0]!) };
}

/** Squared distance to the optimum (in units of the unscaled quadratic) after generation g. */
const distance = (curve: readonly number[], g: number, scale: number) => -curve[g]! / scale;

describe('on-chip optimizers against the host-side ones (same settings, seeds, starting points)', () => {
  // Both must get within the same order of magnitude of the optimum; the on-chip one may stop
  // at the Q16 grid (squared distance ~7 x 2^-32 per point) where the host goes further.
  const floor = 1e-8;
  const comparable = (chip: number, host: number) => expect(Math.log10(Math.max(chip, floor))).toBeLessThan(Math.log10(Math.max(host, floor)) + 1);

  it('ES (reference settings): the centres reach the optimum alike', async () => {
    for (const seed of [4, 5]) {
      const { hostCurve, chipCurve } = await headToHead('es', {}, seed, 1);
      expect(chipCurve).toHaveLength(hostCurve.length);
      const h = distance(hostCurve, 29, 1);
      const c = distance(chipCurve, 29, 1);
      expect(h).toBeLessThan(1e-4);
      expect(c).toBeLessThan(1e-4);
      comparable(c, h);
      // Half way, both have already come most of the way from the same start.
      expect(distance(chipCurve, 14, 1)).toBeLessThan(distance(chipCurve, 0, 1) / 10);
      expect(distance(hostCurve, 14, 1)).toBeLessThan(distance(hostCurve, 0, 1) / 10);
    }
  });

  it('CE (small added noise): the best samples reach the optimum alike', async () => {
    for (const seed of [4, 5]) {
      const { hostCurve, chipCurve } = await headToHead('ce', { noiseMagnitude: 1e-3, nIterations: 40 }, seed, 1);
      const h = Math.min(...hostCurve.map((_, g) => distance(hostCurve, g, 1)));
      const c = Math.min(...chipCurve.map((_, g) => distance(chipCurve, g, 1)));
      expect(h).toBeLessThan(1e-3);
      expect(c).toBeLessThan(1e-3);
      comparable(c, h);
    }
  });

  it('SA (larger step, scaled fitness): the current states reach the optimum alike', async () => {
    for (const seed of [4, 5]) {
      const { hostCurve, chipCurve } = await headToHead('sa', { noisyStep: 0.1, nIterations: 300, parallelRuns: 10 }, seed, 100);
      const h = distance(hostCurve, 299, 100);
      const c = distance(chipCurve, 299, 100);
      expect(h).toBeLessThan(1e-3);
      expect(c).toBeLessThan(1e-3);
      comparable(c, h);
    }
  });
});
