// Cross-entropy method with the L2L framework's "noisy Gaussian" (Rubinstein & Kroese; the
// added noise after Szita & Lorincz 2006). Generation 0 is drawn by the optimizee; then per
// generation, with the population sorted by fitness (best first) and n_e = floor(rho * N):
//   gamma  = fitness of the n_e-th best (the elite threshold)
//   fit set = the n_e elites, plus (when tempDecay > 0) each non-elite kept with probability
//             min(1, exp((f - gamma) / T_g)), T_g = tempDecay^g
//   mu     = s * mu_old  + (1 - s) * mean(fit set)          s = smoothing (first fit: s = 0)
//   Sigma  = s * Sigma_old + (1 - s) * cov(fit set)         (sample covariance, n - 1)
//   Sigma' = Sigma + diag(|z_k| * m_g),  z_k ~ N(0, 1),  m_g = noiseMagnitude * noiseDecay^g
//   next population: N samples of N(mu, Sigma'), clipped to the unit box.

import type { Rng } from '../../common/random.js';
import { BaseOptimizer, commonData, type CommonData, type StepResult } from './base.js';
import type { CeConfig } from './config.js';
import { cholesky, clipUnit, covarianceOf, meanOf, normalVector, rankOrder } from './util.js';

interface CeData extends CommonData {
  mean: number[] | null;
  cov: number[][] | null;
  noiseMagnitude: number;
  temperature: number;
}

export class CrossEntropy extends BaseOptimizer<'ce', CeData> {
  static create(config: CeConfig, dimension: number, seed: number, createIndividual: (rng: Rng) => number[]): CrossEntropy {
    const ce = new CrossEntropy(config, { ...commonData(seed, dimension), mean: null, cov: null, noiseMagnitude: config.noiseMagnitude, temperature: 1 });
    const rng = ce.stream('init');
    const pts = [];
    for (let i = 0; i < config.populationSize; i++) {
      const x = createIndividual(rng);
      if (x.length !== dimension) throw new Error(`ce: createIndividual returned ${x.length} values, dimension is ${dimension}`);
      pts.push({ x, role: 'sample' });
    }
    ce.initialPopulation(pts);
    return ce;
  }

  static restore(config: CeConfig, data: CeData): CrossEntropy {
    return new CrossEntropy(config, data);
  }

  private constructor(config: CeConfig, data: CeData) {
    super('ce', config, data);
  }

  protected totalGenerations(): number {
    return this.config.nIterations;
  }

  protected step(fitness: readonly number[]): StepResult {
    const { populationSize: N, rho, smoothing, noiseDecay, tempDecay } = this.config;
    const d = this.data;
    const pop = d.population;
    const order = rankOrder(fitness);
    const nElite = Math.floor(rho * N);
    const gamma = fitness[order[nElite - 1]!]!;
    const fitSet = order.slice(0, nElite).map((i) => pop[i]!.x);
    let keptNonElite = 0;
    if (tempDecay > 0) {
      const rng = this.stream('select');
      for (const i of order.slice(nElite)) {
        const p = Math.min(1, Math.exp((fitness[i]! - gamma) / d.temperature));
        if (rng.uniform() < p) {
          fitSet.push(pop[i]!.x);
          keptNonElite++;
        }
      }
    }
    const mu = meanOf(fitSet);
    const cov = covarianceOf(fitSet, mu);
    const s = d.mean === null ? 0 : smoothing;
    d.mean = mu.map((v, k) => s * (d.mean ? d.mean[k]! : 0) + (1 - s) * v);
    d.cov = cov.map((row, i) => row.map((v, j) => s * (d.cov ? d.cov[i]![j]! : 0) + (1 - s) * v));
    const rng = this.stream('sample');
    const noise = normalVector(rng, this.dimension).map((z) => Math.abs(z) * d.noiseMagnitude);
    const noisy = d.cov.map((row, i) => row.map((v, j) => (i === j ? v + noise[i]! : v)));
    const L = cholesky(noisy);
    const next = [];
    for (let n = 0; n < N; n++) {
      const z = normalVector(rng, this.dimension);
      const x = d.mean.map((m, i) => {
        let v = m;
        for (let k = 0; k <= i; k++) v += L[i]![k]! * z[k]!;
        return v;
      });
      next.push({ x: clipUnit(x), role: 'sample' });
    }
    const usedNoise = d.noiseMagnitude;
    const usedTemperature = d.temperature;
    d.noiseMagnitude *= noiseDecay;
    d.temperature *= tempDecay;
    const bi = order[0]!;
    return {
      current: { x: pop[bi]!.x, fitness: fitness[bi]! },
      next,
      extra: { eliteThreshold: gamma, noiseMagnitude: usedNoise, temperature: usedTemperature, fitted: fitSet.length, keptNonElite },
    };
  }
}
