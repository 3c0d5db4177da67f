import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { Rng } from '../../common/random.js';
import {
  COOLING_SCHEDULES,
  DEFAULTS,
  L2L_THETA,
  cholesky,
  createOptimizer,
  gridSize,
  l2lThetaFromNormalised,
  nesUtilities,
  resolveConfig,
  restoreOptimizer,
  runOptimizer,
  simulationContext,
  temperatureAt,
  thetaDimension,
  thetaFromNormalised,
  thetaToChip,
  thetaToNormalised,
  uniformIndividual,
  type FitnessResult,
  type GenerationReport,
  type Optimizee,
  type Optimizer,
  type OptimizerKind,
} from '../../host/optimizers/index.js';

const D = 7;
const target = [0.31, 0.72, 0.5, 0.2, 0.64, 0.45, 0.83];
const quadratic = (x: readonly number[]) => -x.reduce((a, v, i) => a + (v - target[i]!) ** 2, 0);

function optimizee(f: (x: readonly number[]) => number, dimension = D): Optimizee {
  return { dimension, createIndividual: uniformIndividual(dimension), simulate: (ind) => f(ind.x) };
}

async function run(kind: OptimizerKind, settings: object, f = quadratic, seed = 42, dimension = D) {
  const opt = createOptimizer(kind, settings, { dimension, createIndividual: uniformIndividual(dimension) }, seed);
  return runOptimizer(opt, optimizee(f, dimension), { seed });
}

describe('optimizers converge on a quadratic (fixed seeds)', () => {
  it('ES with the reference settings', async () => {
    for (const seed of [1, 2, 3]) {
      const out = await run('es', {}, quadratic, seed);
      expect(out.result!.generations).toBe(30);
      expect(out.result!.evaluations).toBe(30 * 51);
      expect(out.result!.current.fitness).toBeGreaterThan(-1e-4);
      out.result!.current.x.forEach((v, i) => expect(Math.abs(v - target[i]!)).toBeLessThan(0.01));
      // The centre improves from a random start.
      expect(out.reports[29]!.current.fitness).toBeGreaterThan(out.reports[0]!.current.fitness);
    }
  });

  it('CE (with a small added noise; the reference noise 1 keeps it wide, see below)', async () => {
    for (const seed of [1, 2]) {
      const out = await run('ce', { noiseMagnitude: 1e-3, nIterations: 40 }, quadratic, seed);
      expect(out.result!.best.fitness).toBeGreaterThan(-1e-3);
      expect(out.reports[39]!.fitness.mean).toBeGreaterThan(-5e-3);
    }
  });

  it('CE with the reference settings still improves the population mean', async () => {
    const out = await run('ce', {});
    expect(out.result!.evaluations).toBe(30 * 50);
    expect(out.reports[29]!.fitness.mean).toBeGreaterThan(out.reports[0]!.fitness.mean);
    expect(out.reports[0]!.extra.noiseMagnitude).toBe(1);
    expect(out.reports[1]!.extra.noiseMagnitude).toBeCloseTo(0.95, 12);
  });

  it('SA (more iterations and a larger step than the reference; fitness scaled so T matters)', async () => {
    // The acceptance test compares fitness differences with T (T0 = 1), so the quadratic is
    // scaled to differences of order 1, as episode rewards are.
    const scaled = (x: readonly number[]) => 100 * quadratic(x);
    for (const seed of [1, 2]) {
      const out = await run('sa', { noisyStep: 0.1, nIterations: 300, parallelRuns: 10 }, scaled, seed);
      const start = out.reports[0]!.best.fitness;
      expect(out.result!.current.fitness).toBeGreaterThan(-0.1);
      // At least 100 times closer (in squared distance) than the best starting point.
      expect(out.result!.current.fitness).toBeGreaterThan(start / 100);
    }
  });

  it('SA accepts a worse proposal with probability exp(delta / T)', () => {
    // f = 10 x from x = 0.5, noisyStep 0.1: a proposal moves by 0.1 T z, so delta / T = z and a
    // worse proposal (z < 0) is accepted with mean probability 2 e^(1/2) Phi(-1) = 0.5232; with
    // the better half always accepted, 0.7616 of all proposals are.
    const n = 4000;
    const sa = createOptimizer('sa', { parallelRuns: n, noisyStep: 0.1, nIterations: 5 }, { dimension: 1, createIndividual: () => [0.5] }, 11);
    const tellAll = () => sa.tell(sa.ask().map((ind) => ({ id: ind.id, fitness: 10 * ind.x[0]! })));
    expect(tellAll().extra.accepted).toBe(n);
    const accepted = tellAll().extra.accepted! / n;
    expect(Math.abs(accepted - 0.7616)).toBeLessThan(0.025);
  });

  it('SA with the reference settings improves on its starting points', async () => {
    const out = await run('sa', {}, (x) => 100 * quadratic(x));
    expect(out.result!.evaluations).toBe(30 * 50);
    expect(out.reports[0]!.extra.accepted).toBe(50);
    expect(out.result!.current.fitness).toBeGreaterThan(out.reports[0]!.best.fitness);
  });

  it('GA with its defaults', async () => {
    for (const seed of [1, 2]) {
      const out = await run('ga', { nIterations: 60 }, quadratic, seed);
      expect(out.result!.best.fitness).toBeGreaterThan(-2e-3);
    }
  });

  it('grid search finds the best grid point exactly', async () => {
    const t = [0.25, 0.5, 1];
    const f = (x: readonly number[]) => -x.reduce((a, v, i) => a + (v - t[i]!) ** 2, 0);
    const out = await run('grid', { pointsPerDimension: [5, 3, 9] }, f, 1, 3);
    expect(out.result!.evaluations).toBe(5 * 3 * 9);
    expect(out.result!.best.x).toEqual(t);
    expect(out.result!.best.fitness).toBe(0);
    expect(out.result!.current.x).toEqual(t);
    const batched = await run('grid', { pointsPerDimension: [5, 3, 9], batchSize: 50 }, f, 1, 3);
    expect(batched.reports.length).toBe(3);
    expect(batched.result!.best.x).toEqual(t);
  });
});

describe('ES reports the centre', () => {
  it("reports the centre's own fitness, not a perturbed individual's", () => {
    const es = createOptimizer('es', { nIterations: 5, populationSize: 4 }, { dimension: 2, createIndividual: () => [0.5, 0.5] }, 3);
    for (let g = 0; g < 5; g++) {
      const pop = es.ask();
      expect(pop.length).toBe(9);
      expect(pop[0]!.role).toBe('centre');
      // Give every individual a distinct, recognisable fitness; the centre gets 1000 + g.
      const results = pop.map((ind, i) => ({ id: ind.id, fitness: ind.role === 'centre' ? 1000 + g : -i }));
      const rep = es.tell(results);
      expect(rep.current.fitness).toBe(1000 + g);
      expect(rep.current.x).toEqual(pop[0]!.x);
      expect(rep.extra.centreFitness).toBe(1000 + g);
    }
    expect(es.end().current.fitness).toBe(1004);
  });

  it('moves the centre along the shaped fitness gradient and decays the learning rate', () => {
    const es = createOptimizer('es', { nIterations: 3, populationSize: 10 }, { dimension: 1, createIndividual: () => [0.5] }, 5);
    const rates: number[] = [];
    let centre = 0.5;
    for (let g = 0; g < 3; g++) {
      const pop = es.ask();
      expect(pop[0]!.x[0]).toBeCloseTo(centre, 12);
      // Fitness grows with x: the centre must move up.
      const rep = es.tell(pop.map((ind) => ({ id: ind.id, fitness: ind.x[0]! })));
      rates.push(rep.extra.learningRate!);
      const next = es.done() ? null : es.ask()[0]!.x[0]!;
      if (next !== null) {
        expect(next).toBeGreaterThan(centre);
        centre = next;
      }
    }
    expect(rates[1]! / rates[0]!).toBeCloseTo(0.95, 12);
    expect(rates[2]! / rates[1]!).toBeCloseTo(0.95, 12);
  });
});

const KINDS: [OptimizerKind, object][] = [
  ['es', { nIterations: 10, populationSize: 6 }],
  ['ce', { nIterations: 10, populationSize: 12, tempDecay: 0.9, smoothing: 0.3 }],
  ['sa', { nIterations: 10, parallelRuns: 6 }],
  ['ga', { nIterations: 10, populationSize: 10 }],
  ['grid', { pointsPerDimension: [4, 5, 3], batchSize: 6 }],
];

/** A noisy fitness that uses the simulation context, as the L2L optimizee will. */
const noisy = (x: readonly number[], seed: number) => quadratic([...x, 0.5, 0.5, 0.5, 0.5].slice(0, D)) + 0.01 * Rng.stream(seed, 'noise').normal();

function drive(opt: Optimizer, generations: number, order: 'forward' | 'reverse' | 'shuffled' = 'forward'): GenerationReport[] {
  const reports: GenerationReport[] = [];
  for (let g = 0; g < generations && !opt.done(); g++) {
    const pop = opt.ask();
    let results: FitnessResult[] = pop.map((ind) => ({ id: ind.id, fitness: noisy(ind.x, simulationContext(9, ind).individualSeed) }));
    if (order === 'reverse') results = results.reverse();
    if (order === 'shuffled') results = Rng.stream(g, 'shuffle').shuffle(results);
    reports.push(opt.tell(results));
  }
  return reports;
}

describe('checkpoints and evaluation order', () => {
  for (const [kind, settings] of KINDS) {
    it(`${kind}: 10 generations straight equal 5 + restore from JSON + 5`, () => {
      const problem = { dimension: 3, createIndividual: uniformIndividual(3) };
      const straight = createOptimizer(kind, settings, problem, 77);
      const all = drive(straight, 10);
      expect(straight.done()).toBe(true);

      const first = createOptimizer(kind, settings, problem, 77);
      const part1 = drive(first, 5);
      const saved = JSON.stringify(first.getState());
      const resumed = restoreOptimizer(JSON.parse(saved));
      expect(resumed.generation).toBe(5);
      expect(resumed.ask()).toEqual(first.ask());
      const part2 = drive(resumed, 5);
      expect(JSON.stringify([...part1, ...part2])).toBe(JSON.stringify(all));
      expect(JSON.stringify(resumed.end())).toBe(JSON.stringify(straight.end()));
      expect(JSON.stringify(resumed.getState())).toBe(JSON.stringify(straight.getState()));
    });

    it(`${kind}: results do not depend on the order fitnesses arrive in`, () => {
      const problem = { dimension: 3, createIndividual: uniformIndividual(3) };
      const a = createOptimizer(kind, settings, problem, 5);
      const b = createOptimizer(kind, settings, problem, 5);
      const c = createOptimizer(kind, settings, problem, 5);
      const ra = drive(a, 10, 'forward');
      expect(JSON.stringify(drive(b, 10, 'reverse'))).toBe(JSON.stringify(ra));
      expect(JSON.stringify(drive(c, 10, 'shuffled'))).toBe(JSON.stringify(ra));
    });
  }

  it('the runner gives the same result with 1 or 7 concurrent evaluations finishing in any order', async () => {
    const slowNoisy: Optimizee = {
      dimension: 3,
      createIndividual: uniformIndividual(3),
      simulate: async (ind, ctx) => {
        // Finish in an order unrelated to the population order.
        await new Promise((r) => setTimeout(r, ctx.individualSeed % 5));
        return noisy(ind.x, ctx.individualSeed);
      },
    };
    for (const [kind, settings] of KINDS) {
      const problem = { dimension: 3, createIndividual: uniformIndividual(3) };
      const one = await runOptimizer(createOptimizer(kind, settings, problem, 8), slowNoisy, { seed: 8, concurrency: 1 });
      const many = await runOptimizer(createOptimizer(kind, settings, problem, 8), slowNoisy, { seed: 8, concurrency: 7 });
      expect(JSON.stringify(many)).toBe(JSON.stringify(one));
    }
  });

  it('the runner stops between generations on request and resumes from the hook state', async () => {
    const problem = { dimension: 3, createIndividual: uniformIndividual(3) };
    const f: Optimizee = { dimension: 3, createIndividual: uniformIndividual(3), simulate: (ind, ctx) => noisy(ind.x, ctx.individualSeed) };
    const full = await runOptimizer(createOptimizer('es', { nIterations: 8 }, problem, 1), f, { seed: 2 });
    let saved: unknown = null;
    let n = 0;
    const part = await runOptimizer(createOptimizer('es', { nIterations: 8 }, problem, 1), f, {
      seed: 2,
      onGeneration: (_r, state) => {
        saved = JSON.parse(JSON.stringify(state));
        n++;
      },
      shouldStop: () => n >= 3,
    });
    expect(part.stopped).toBe(true);
    expect(part.result).toBeNull();
    const rest = await runOptimizer(restoreOptimizer(saved as never), f, { seed: 2 });
    expect(JSON.stringify([...part.reports, ...rest.reports])).toBe(JSON.stringify(full.reports));
    expect(JSON.stringify(rest.result)).toBe(JSON.stringify(full.result));
  });

  it('tell() insists on exactly one finite fitness per individual of the generation', () => {
    const es = createOptimizer('es', { populationSize: 2 }, { dimension: 2, createIndividual: uniformIndividual(2) }, 1);
    const pop = es.ask();
    const ok = pop.map((i) => ({ id: i.id, fitness: 0 }));
    expect(() => es.tell(ok.slice(1))).toThrow(`es: no fitness for id ${pop[0]!.id} of generation 0`);
    expect(() => es.tell([...ok, { id: 999, fitness: 1 }])).toThrow('es: fitness for id 999, which is not in generation 0');
    expect(() => es.tell([...ok, ok[0]!])).toThrow(`es: two fitnesses for id ${pop[0]!.id}`);
    expect(() => es.tell(ok.map((r, i) => (i === 2 ? { ...r, fitness: NaN } : r)))).toThrow(`es: fitness of id ${pop[2]!.id} must be a finite number, got NaN`);
    es.tell(ok);
    expect(es.generation).toBe(1);
    expect(es.ask()[0]!.id).toBe(pop.length);
  });

  it('stops early at stopFitness', async () => {
    const out = await run('ga', { stopFitness: -0.05 });
    expect(out.result!.generations).toBeLessThan(30);
    expect(out.reports[out.reports.length - 1]!.best.fitness).toBeGreaterThanOrEqual(-0.05);
  });
});

describe('settings', () => {
  it('defaults are the reference settings', () => {
    expect(DEFAULTS.es).toMatchObject({ learningRate: 0.5, learningRateDecay: 0.95, noiseStd: 0.1, mirroredSampling: true, fitnessShaping: true, populationSize: 25, nIterations: 30 });
    expect(DEFAULTS.ce).toMatchObject({ populationSize: 50, rho: 0.2, noiseMagnitude: 1, noiseDecay: 0.95, nIterations: 30 });
    expect(DEFAULTS.sa).toMatchObject({ parallelRuns: 50, noisyStep: 0.03, tempDecay: 0.99, coolingSchedule: 'quadratic-additive', nIterations: 30 });
  });

  it('bad values are UserErrors naming the setting and the allowed range', () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as UserError).diagnostics.map((d) => d.message);
      }
      throw new Error('no error');
    };
    expect(msg(() => resolveConfig('es', { learningRate: -1, populationSize: 2.5 }, 'run.json'))).toEqual([
      'run.json: es.populationSize: must be an integer in [1, 100000], got 2.5',
      'run.json: es.learningRate: must be a number in (0, inf), got -1',
    ]);
    expect(msg(() => resolveConfig('sa', { coolingSchedule: 'fast' }))[0]).toMatch(/^optimizer: sa.coolingSchedule: must be one of default, logarithmic, .*; got "fast"$/);
    expect(msg(() => resolveConfig('ce', { rho: 0.01 }))).toEqual(['optimizer: ce.rho: floor(rho * populationSize) must be at least 2 elites to fit a Gaussian, got 0']);
    expect(msg(() => resolveConfig('es', { learningrate: 1 }))[0]).toMatch(/es: unknown setting learningrate \(known: populationSize, learningRate, /);
    expect(msg(() => resolveConfig('sa', { coolingSchedule: 'exponential-additive' }))[0]).toMatch(/exponential-additive schedule cools only when initialTemperature - finalTemperature > 1/);
    expect(msg(() => createOptimizer('grid', { pointsPerDimension: [2, 2] }, { dimension: 3, createIndividual: uniformIndividual(3) }, 1))).toEqual([
      'optimizer: grid.pointsPerDimension: must have 3 entries (one per parameter), got 2',
    ]);
    expect(msg(() => restoreOptimizer({ format: 'x' } as never))).toEqual(['checkpoint: not an optimizer state (format must be "dls-optimizer-state")']);
    const state = JSON.parse(JSON.stringify(createOptimizer('es', {}, { dimension: 3, createIndividual: uniformIndividual(3) }, 1).getState()));
    state.data.centre = [0.5];
    delete state.data.learningRate;
    expect(msg(() => restoreOptimizer(state, 'run/checkpoint.json'))).toEqual([
      'run/checkpoint.json: es state data.learningRate: Invalid input: expected number, received undefined',
    ]);
    state.data.learningRate = 0.5;
    expect(msg(() => restoreOptimizer(state, 'run/checkpoint.json'))).toEqual(['run/checkpoint.json: es state data.centre: must have 3 entries, got 1']);
  });
});

describe('cooling schedules', () => {
  const p = { T0: 1, Tn: 0, n: 30, tempDecay: 0.99, alpha: null };
  it('start at T0 and decrease', () => {
    for (const s of COOLING_SCHEDULES) {
      const q = s === 'exponential-additive' ? { ...p, T0: 10 } : p;
      expect(temperatureAt(s, 0, q)).toBeCloseTo(s === 'exponential-additive' ? 10 / (1 + Math.exp(-Math.log(10))) : q.T0, 12);
      for (let k = 1; k <= 30; k++) expect(temperatureAt(s, k, q)).toBeLessThan(temperatureAt(s, k - 1, q));
    }
  });

  it('follow their formulas', () => {
    expect(temperatureAt('default', 10, p)).toBeCloseTo(0.99 ** 10, 14);
    expect(temperatureAt('exponential', 3, p)).toBeCloseTo(0.85 ** 3, 14);
    expect(temperatureAt('logarithmic', 4, p)).toBeCloseTo(1 / (1 + Math.log(5)), 14);
    expect(temperatureAt('linear-multiplicative', 4, p)).toBeCloseTo(1 / 5, 14);
    expect(temperatureAt('quadratic-multiplicative', 4, p)).toBeCloseTo(1 / 17, 14);
    expect(temperatureAt('linear-additive', 15, p)).toBeCloseTo(0.5, 14);
    expect(temperatureAt('quadratic-additive', 15, p)).toBeCloseTo(0.25, 14);
    expect(temperatureAt('quadratic-additive', 30, p)).toBe(0);
    expect(temperatureAt('trigonometric-additive', 15, p)).toBeCloseTo(0.5, 14);
    expect(temperatureAt('trigonometric-additive', 30, p)).toBeCloseTo(0, 14);
    expect(temperatureAt('exponential-additive', 15, { ...p, T0: 10 })).toBeCloseTo(5, 14);
    expect(temperatureAt('linear-additive', 30, { ...p, Tn: 0.1 })).toBeCloseTo(0.1, 14);
  });

  it('drive the SA temperature per generation', async () => {
    const out = await run('sa', { nIterations: 6, parallelRuns: 3, coolingSchedule: 'trigonometric-additive' });
    out.reports.forEach((r, g) => expect(r.extra.temperature).toBeCloseTo(temperatureAt('trigonometric-additive', g, { ...p, n: 6 }), 14));
  });
});

describe('Theta', () => {
  it('has the seven reference parameters plus lambda fixed at 0.5', () => {
    expect(thetaDimension(L2L_THETA)).toBe(7);
    const t = l2lThetaFromNormalised([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1]);
    expect(t).toEqual({ gamma: 0.1, eta: 0.2, lambda: 0.5, weightLower: 0.3, weightUpper: 0.4, initialWeight: 0.5, inhibitoryWeight: 0.6, rescaleFrequency: 1 });
    expect(thetaToNormalised(L2L_THETA, t)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1]);
  });

  it('scales to chip values: x63 for weights, x2000 for the rescale period, Q0.7 for fractions', () => {
    const chip = thetaToChip(L2L_THETA, thetaFromNormalised(L2L_THETA, [1, 0.5, 0, 1, 0.5, 0.25, 0.0003]));
    expect(chip).toEqual({ gamma: 127, eta: 64, lambda: 64, weightLower: 0, weightUpper: 63, initialWeight: 32, inhibitoryWeight: 16, rescaleFrequency: 1 });
  });

  it('rejects out-of-range or unknown values by name', () => {
    expect(() => thetaToNormalised(L2L_THETA, { gamma: 2 })).toThrow(/theta.gamma: must be a number in \[0, 1\], got 2/);
    expect(() => thetaToNormalised(L2L_THETA, { ...l2lThetaFromNormalised(new Array(7).fill(0.5)), beta: 1 })).toThrow(/theta.beta: unknown parameter/);
  });
});

describe('helpers', () => {
  it('rank utilities sum to zero, follow the ranks, and tied fitnesses share', () => {
    const u = nesUtilities([3, 1, 2, 5, 4]);
    expect(u.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
    expect(u[3]!).toBeGreaterThan(u[4]!);
    expect(u[4]!).toBeGreaterThan(u[0]!);
    const t = nesUtilities([1, 2, 2, 0]);
    expect(t[1]).toBe(t[2]);
    expect(nesUtilities([2, 2, 1, 0])).toEqual([t[1], t[2], t[0], t[3]]);
  });

  it('Cholesky factors covariances, including singular ones', () => {
    const a = [
      [4, 2, 0.4],
      [2, 5, 1],
      [0.4, 1, 3],
    ];
    const L = cholesky(a);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(L[i]!.reduce((s, v, k) => s + v * L[j]![k]!, 0)).toBeCloseTo(a[i]![j]!, 12);
    const singular = cholesky([
      [1, 1],
      [1, 1],
    ]);
    expect(singular[1]![1]).toBeLessThan(1e-3);
  });

  it('grid sizes multiply', () => {
    expect(gridSize({ pointsPerDimension: 5, batchSize: null, stopFitness: null }, 7)).toBe(5 ** 7);
  });
});
