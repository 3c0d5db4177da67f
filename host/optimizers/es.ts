// Evolution strategies after Salimans, Ho, Chen & Sutskever (2017), as the 2019 hardware runs
// used them. Generation g evaluates the centre theta_g and n perturbations theta_g + sigma*eps_i
// (with mirrored sampling also theta_g - sigma*eps_i), eps_i ~ N(0, I); then
//   theta_{g+1} = theta_g + lr_g / (m * sigma) * sum_j u_j * eps_j,   lr_g = lr * decay^g
// over the m perturbed individuals (eps_j = -eps_i for a mirrored one), with u_j the rank
// utilities (util.ts) when fitness shaping is on, else the raw fitnesses.
// The reported fitness of the current solution is the centre's own measurement in that
// generation, never a perturbed individual's (the slip in one L2L implementation).

import type { Rng } from '../../common/random.js';
import { BaseOptimizer, commonData, type CommonData, type StepResult } from './base.js';
import type { EsConfig } from './config.js';
import { clipUnit, nesUtilities, normalVector } from './util.js';

interface EsData extends CommonData {
  centre: number[];
  /** eps_i of the current generation's positive perturbations. */
  eps: number[][];
  learningRate: number;
}

export class EvolutionStrategies extends BaseOptimizer<'es', EsData> {
  static create(config: EsConfig, dimension: number, seed: number, createIndividual: (rng: Rng) => number[]): EvolutionStrategies {
    const base = commonData(seed, dimension);
    const es = new EvolutionStrategies(config, { ...base, centre: [], eps: [], learningRate: config.learningRate });
    const centre = clipUnit(createIndividual(es.stream('init')));
    if (centre.length !== dimension) throw new Error(`es: createIndividual returned ${centre.length} values, dimension is ${dimension}`);
    es.data.centre = centre;
    es.initialPopulation(es.populationAround(centre, 0));
    return es;
  }

  static restore(config: EsConfig, data: EsData): EvolutionStrategies {
    return new EvolutionStrategies(config, data);
  }

  private constructor(config: EsConfig, data: EsData) {
    super('es', config, data);
  }

  protected totalGenerations(): number {
    return this.config.nIterations;
  }

  /** Generation g's population: the centre, the + perturbations, then (mirrored) the - ones. */
  private populationAround(centre: readonly number[], generation: number): { x: number[]; role: string }[] {
    const { populationSize: n, noiseStd: sigma, mirroredSampling } = this.config;
    const rng = this.stream('noise', generation);
    const eps: number[][] = [];
    for (let i = 0; i < n; i++) eps.push(normalVector(rng, this.dimension));
    this.data.eps = eps;
    const out = [{ x: [...centre], role: 'centre' }];
    for (const e of eps) out.push({ x: centre.map((c, k) => c + sigma * e[k]!), role: 'perturbation' });
    if (mirroredSampling) for (const e of eps) out.push({ x: centre.map((c, k) => c - sigma * e[k]!), role: 'perturbation' });
    return out;
  }

  protected step(fitness: readonly number[]): StepResult {
    const { noiseStd: sigma, mirroredSampling, fitnessShaping, learningRateDecay } = this.config;
    const d = this.data;
    const centreFitness = fitness[0]!;
    const perturbed = fitness.slice(1);
    const signs: number[] = [];
    const epsOf: number[][] = [];
    for (const e of d.eps) {
      epsOf.push(e);
      signs.push(1);
    }
    if (mirroredSampling) {
      for (const e of d.eps) {
        epsOf.push(e);
        signs.push(-1);
      }
    }
    const m = perturbed.length;
    const u = fitnessShaping ? nesUtilities(perturbed) : perturbed;
    const grad = new Array<number>(this.dimension).fill(0);
    for (let j = 0; j < m; j++) {
      const w = u[j]! * signs[j]!;
      for (let k = 0; k < this.dimension; k++) grad[k]! += w * epsOf[j]![k]!;
    }
    const lr = d.learningRate;
    const evaluatedCentre = [...d.centre];
    // Kept inside the unit box so that the centre is always a point that gets evaluated as is.
    d.centre = clipUnit(d.centre.map((c, k) => c + (lr / (m * sigma)) * grad[k]!));
    d.learningRate = lr * learningRateDecay;
    const gradNorm = Math.sqrt(grad.reduce((a, b) => a + b * b, 0)) / (m * sigma);
    const next = this.populationAround(d.centre, d.generation + 1);
    return { current: { x: evaluatedCentre, fitness: centreFitness }, next, extra: { learningRate: lr, centreFitness, gradientNorm: gradNorm } };
  }
}
