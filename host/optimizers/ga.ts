// A generational genetic algorithm in the style of the L2L framework's (DEAP's eaSimple):
// tournament selection, blend crossover, Gaussian mutation, plus elitism. Per generation, from
// one stream and in this order:
//   1. elites: the `elitism` best individuals pass unchanged
//   2. N parents by tournament: `tournamentSize` uniform picks (with replacement), best wins
//   3. pairs (0,1), (2,3), ...: with probability crossoverProbability blend crossover per gene,
//        g = (1 + 2 alpha) u - alpha,  c1 = (1 - g) a + g b,  c2 = g a + (1 - g) b
//   4. each child with probability mutationProbability: each gene with probability
//      geneMutationProbability gets + N(0, mutationStd^2)
//   5. next population: the elites, then the first N - elitism children, clipped to the box.
// Every individual is evaluated again in every generation, elites included: fitness is noisy
// here, and a lucky measurement should not keep an individual alive forever.

import type { Rng } from '../../common/random.js';
import { BaseOptimizer, commonData, type CommonData, type StepResult } from './base.js';
import type { GaConfig } from './config.js';
import { rankOrder } from './util.js';

type GaData = CommonData;

export class GeneticAlgorithm extends BaseOptimizer<'ga', GaData> {
  static create(config: GaConfig, dimension: number, seed: number, createIndividual: (rng: Rng) => number[]): GeneticAlgorithm {
    const ga = new GeneticAlgorithm(config, commonData(seed, dimension));
    const rng = ga.stream('init');
    const pts = [];
    for (let i = 0; i < config.populationSize; i++) {
      const x = createIndividual(rng);
      if (x.length !== dimension) throw new Error(`ga: createIndividual returned ${x.length} values, dimension is ${dimension}`);
      pts.push({ x, role: 'offspring' });
    }
    ga.initialPopulation(pts);
    return ga;
  }

  static restore(config: GaConfig, data: GaData): GeneticAlgorithm {
    return new GeneticAlgorithm(config, data);
  }

  private constructor(config: GaConfig, data: GaData) {
    super('ga', config, data);
  }

  protected totalGenerations(): number {
    return this.config.nIterations;
  }

  protected step(fitness: readonly number[]): StepResult {
    const c = this.config;
    const N = c.populationSize;
    const pop = this.data.population;
    const rng = this.stream('evolve');
    const order = rankOrder(fitness);
    const elites = order.slice(0, c.elitism).map((i) => ({ x: [...pop[i]!.x], role: 'elite' }));
    const parents: number[][] = [];
    for (let i = 0; i < N; i++) {
      let win = rng.int(0, N - 1);
      for (let t = 1; t < c.tournamentSize; t++) {
        const j = rng.int(0, N - 1);
        if (fitness[j]! > fitness[win]! || (fitness[j] === fitness[win] && j < win)) win = j;
      }
      parents.push([...pop[win]!.x]);
    }
    for (let i = 0; i + 1 < N; i += 2) {
      if (rng.uniform() < c.crossoverProbability) {
        const a = parents[i]!;
        const b = parents[i + 1]!;
        for (let k = 0; k < this.dimension; k++) {
          const g = (1 + 2 * c.blendAlpha) * rng.uniform() - c.blendAlpha;
          const ak = a[k]!;
          const bk = b[k]!;
          a[k] = (1 - g) * ak + g * bk;
          b[k] = g * ak + (1 - g) * bk;
        }
      }
    }
    let mutated = 0;
    for (const child of parents) {
      if (rng.uniform() < c.mutationProbability) {
        mutated++;
        for (let k = 0; k < this.dimension; k++) if (rng.uniform() < c.geneMutationProbability) child[k]! += c.mutationStd * rng.normal();
      }
    }
    const next = [...elites, ...parents.slice(0, N - c.elitism).map((x) => ({ x, role: 'offspring' }))];
    const bi = order[0]!;
    return { current: { x: pop[bi]!.x, fitness: fitness[bi]! }, next, extra: { mutated } };
  }
}
