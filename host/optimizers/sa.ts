// Simulated annealing with n parallel runs, as in the L2L framework. Generation 0 evaluates each
// run's starting point (from the optimizee); generation g >= 1 evaluates one proposal per run,
//   y_i = clip(x_i + noisyStep * T_g * z),  z ~ N(0, I),
// which run i accepts when f(y_i) >= f(x_i) or u < exp((f(y_i) - f(x_i)) / T_g), u ~ U[0, 1).
// T_g follows the cooling schedule (cooling below; formulas in docs/optimizers.md).

import type { Rng } from '../../common/random.js';
import { BaseOptimizer, commonData, type CommonData, type StepResult } from './base.js';
import type { CoolingSchedule, SaConfig } from './config.js';
import { normalVector, rankOrder } from './util.js';

/** The schedules' own constant alpha when the config leaves it open (the L2L framework's values). */
export const DEFAULT_COOLING_ALPHA: Partial<Record<CoolingSchedule, number>> = {
  logarithmic: 1,
  exponential: 0.85,
  'linear-multiplicative': 1,
  'quadratic-multiplicative': 1,
};

/**
 * Temperature at step k of n (k = 0 gives T0). Multiplicative schedules (Kirkpatrick et al.
 * 1983) need a decay alpha; additive ones (Luke 2005) run from T0 down to Tn at k = n.
 */
export function temperatureAt(schedule: CoolingSchedule, k: number, p: { T0: number; Tn: number; n: number; tempDecay: number; alpha: number | null }): number {
  const { T0, Tn, n } = p;
  const alpha = p.alpha ?? DEFAULT_COOLING_ALPHA[schedule] ?? 1;
  switch (schedule) {
    case 'default':
      return T0 * Math.pow(p.tempDecay, k);
    case 'exponential':
      return T0 * Math.pow(alpha, k);
    case 'logarithmic':
      return T0 / (1 + alpha * Math.log(1 + k));
    case 'linear-multiplicative':
      return T0 / (1 + alpha * k);
    case 'quadratic-multiplicative':
      return T0 / (1 + alpha * k * k);
    case 'linear-additive':
      return Tn + (T0 - Tn) * ((n - k) / n);
    case 'quadratic-additive':
      return Tn + (T0 - Tn) * ((n - k) / n) ** 2;
    case 'exponential-additive':
      return Tn + (T0 - Tn) / (1 + Math.exp(((2 * Math.log(T0 - Tn)) / n) * (k - n / 2)));
    case 'trigonometric-additive':
      return Tn + ((T0 - Tn) / 2) * (1 + Math.cos((k * Math.PI) / n));
  }
}

interface SaRun {
  x: number[];
  fitness: number | null;
}

interface SaData extends CommonData {
  runs: SaRun[];
  temperature: number;
  accepted: number;
}

export class SimulatedAnnealing extends BaseOptimizer<'sa', SaData> {
  static create(config: SaConfig, dimension: number, seed: number, createIndividual: (rng: Rng) => number[]): SimulatedAnnealing {
    const sa = new SimulatedAnnealing(config, { ...commonData(seed, dimension), runs: [], temperature: config.initialTemperature, accepted: 0 });
    const rng = sa.stream('init');
    const pts = [];
    for (let i = 0; i < config.parallelRuns; i++) {
      const x = createIndividual(rng);
      if (x.length !== dimension) throw new Error(`sa: createIndividual returned ${x.length} values, dimension is ${dimension}`);
      pts.push({ x, role: 'run' });
    }
    sa.initialPopulation(pts);
    sa.data.runs = sa.data.population.map((m) => ({ x: [...m.x], fitness: null }));
    return sa;
  }

  static restore(config: SaConfig, data: SaData): SimulatedAnnealing {
    return new SimulatedAnnealing(config, data);
  }

  private constructor(config: SaConfig, data: SaData) {
    super('sa', config, data);
  }

  protected totalGenerations(): number {
    return this.config.nIterations;
  }

  temperature(k: number): number {
    const c = this.config;
    return temperatureAt(c.coolingSchedule, k, { T0: c.initialTemperature, Tn: c.finalTemperature, n: c.nIterations, tempDecay: c.tempDecay, alpha: c.coolingAlpha });
  }

  protected step(fitness: readonly number[]): StepResult {
    const d = this.data;
    const T = d.temperature;
    const accept = this.stream('accept');
    let accepted = 0;
    d.population.forEach((m, i) => {
      const run = d.runs[i]!;
      const f = fitness[i]!;
      // One uniform per run whatever happens, so the stream's use does not depend on fitnesses.
      const u = accept.uniform();
      if (run.fitness === null || f >= run.fitness || u < Math.exp((f - run.fitness) / T)) {
        run.x = [...m.x];
        run.fitness = f;
        accepted++;
      }
    });
    d.accepted = accepted;
    const nextT = this.temperature(d.generation + 1);
    d.temperature = nextT;
    const rng = this.stream('step', d.generation + 1);
    const next = d.runs.map((r) => {
      const z = normalVector(rng, this.dimension);
      return { x: r.x.map((v, k) => v + this.config.noisyStep * nextT * z[k]!), role: 'run' };
    });
    const cur = rankOrder(d.runs.map((r) => r.fitness!))[0]!;
    return { current: { x: d.runs[cur]!.x, fitness: d.runs[cur]!.fitness! }, next, extra: { temperature: T, accepted } };
  }
}
