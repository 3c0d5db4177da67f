// What every optimizer shares: the population with ids, checking and ordering the fitnesses
// that tell() receives, statistics, the best individual so far, stopping, and keeping the whole
// state as canonical JSON data. An algorithm supplies one step: fitnesses of the current
// population (in population order) in, the next population out.

import { Rng } from '../../common/random.js';
import type { ConfigOf } from './config.js';
import type {
  FitnessResult,
  GenerationReport,
  Individual,
  Optimizer,
  OptimizerKind,
  OptimizerResult,
  OptimizerState,
  Scored,
  ScoredIndividual,
} from './types.js';
import { canonical, clipUnit, fitnessStats, rankOrder } from './util.js';

export interface Member {
  readonly id: number;
  readonly x: number[];
  readonly role: string;
}

export interface CommonData {
  seed: number;
  dimension: number;
  generation: number;
  nextId: number;
  evaluations: number;
  finished: boolean;
  population: Member[];
  bestSoFar: ScoredIndividual | null;
  current: Scored | null;
}

export interface StepResult {
  readonly current: Scored;
  readonly next: readonly { readonly x: readonly number[]; readonly role: string }[];
  readonly extra: Readonly<Record<string, number>>;
}

export const STATE_FORMAT = 'dls-optimizer-state';

export abstract class BaseOptimizer<K extends OptimizerKind, D extends CommonData> implements Optimizer {
  protected data: D;

  constructor(
    readonly kind: K,
    protected readonly config: ConfigOf[K],
    data: D,
  ) {
    this.data = canonical(data);
  }

  get dimension(): number {
    return this.data.dimension;
  }

  get generation(): number {
    return this.data.generation;
  }

  /** The stream for one purpose in one generation: independent of everything before it. */
  protected stream(purpose: string, generation = this.data.generation): Rng {
    return Rng.stream(this.data.seed, `${this.kind}/g${generation}/${purpose}`);
  }

  /** Total generations this run will take (if no stop criterion fires). */
  protected abstract totalGenerations(): number;

  /** One step of the algorithm; may update its own fields of this.data. */
  protected abstract step(fitness: readonly number[]): StepResult;

  done(): boolean {
    return this.data.finished;
  }

  ask(): readonly Individual[] {
    const g = this.data.generation;
    return this.data.population.map((m, index) => ({ id: m.id, generation: g, index, x: [...m.x], role: m.role }));
  }

  tell(results: readonly FitnessResult[]): GenerationReport {
    if (this.data.finished) throw new Error(`${this.kind}: tell() after the last generation`);
    const pop = this.data.population;
    const pos = new Map(pop.map((m, i) => [m.id, i]));
    const fitness = new Array<number>(pop.length);
    const seen = new Set<number>();
    for (const r of results) {
      const i = pos.get(r.id);
      if (i === undefined) throw new Error(`${this.kind}: fitness for id ${r.id}, which is not in generation ${this.data.generation}`);
      if (seen.has(r.id)) throw new Error(`${this.kind}: two fitnesses for id ${r.id}`);
      if (typeof r.fitness !== 'number' || !Number.isFinite(r.fitness)) throw new Error(`${this.kind}: fitness of id ${r.id} must be a finite number, got ${r.fitness}`);
      seen.add(r.id);
      fitness[i] = r.fitness;
    }
    if (seen.size !== pop.length) {
      const missing = pop.filter((m) => !seen.has(m.id)).map((m) => m.id);
      throw new Error(`${this.kind}: no fitness for id${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of generation ${this.data.generation}`);
    }
    const g = this.data.generation;
    const bi = rankOrder(fitness)[0]!;
    const best: ScoredIndividual = { id: pop[bi]!.id, generation: g, x: [...pop[bi]!.x], fitness: fitness[bi]! };
    const prev = this.data.bestSoFar;
    // Earlier wins ties, so the answer does not change on a re-measured equal fitness.
    if (!prev || best.fitness > prev.fitness) this.data.bestSoFar = best;

    const { current, next, extra } = this.step(fitness);

    this.data.current = { x: [...current.x], fitness: current.fitness };
    this.data.evaluations += pop.length;
    this.data.generation = g + 1;
    const stop = this.config.stopFitness;
    this.data.finished = this.data.generation >= this.totalGenerations() || (stop !== null && best.fitness >= stop);
    this.data.population = this.data.finished ? [] : next.map((n) => ({ id: this.data.nextId++, x: clipUnit(n.x), role: n.role }));
    this.data = canonical(this.data);
    return canonical({
      kind: this.kind,
      generation: g,
      evaluations: pop.length,
      fitness: fitnessStats(fitness),
      best,
      current: this.data.current!,
      bestSoFar: this.data.bestSoFar!,
      extra,
    });
  }

  end(): OptimizerResult {
    const { bestSoFar, current } = this.data;
    if (!bestSoFar || !current) throw new Error(`${this.kind}: end() before any generation was told`);
    return canonical({ kind: this.kind, generations: this.data.generation, evaluations: this.data.evaluations, best: bestSoFar, current });
  }

  getState(): OptimizerState {
    return canonical({ format: STATE_FORMAT, version: 1, kind: this.kind, config: this.config, data: this.data });
  }

  /** Members of a new population from points (ids are assigned when the generation starts). */
  protected initialPopulation(points: readonly { x: readonly number[]; role: string }[]): void {
    this.data.population = points.map((p) => ({ id: this.data.nextId++, x: clipUnit(p.x), role: p.role }));
    this.data = canonical(this.data);
  }
}

export function commonData(seed: number, dimension: number): CommonData {
  if (!(Number.isInteger(dimension) && dimension >= 1)) throw new Error(`optimizer: dimension must be an integer >= 1, got ${dimension}`);
  return { seed: seed >>> 0, dimension, generation: 0, nextId: 0, evaluations: 0, finished: false, population: [], bestSoFar: null, current: null };
}
