// The outer loop: ask, evaluate, tell, until done, with a hook after every generation (where a
// driver writes its checkpoint) and a way to stop between generations. Evaluation is pluggable
// (a worker pool replaces the in-process default); whatever evaluates, a simulation sees only
// its individual and seeds derived from the run seed and the individual's id or generation, so
// the result does not depend on how many evaluations run at once or in which order they finish.

import { Rng } from '../../common/random.js';
import type { GenerationReport, Individual, Optimizee, Optimizer, OptimizerResult, OptimizerState, SimulationContext } from './types.js';

export function simulationContext(runSeed: number, individual: Individual): SimulationContext {
  return {
    runSeed: runSeed >>> 0,
    generation: individual.generation,
    individualId: individual.id,
    generationSeed: Rng.stream(runSeed, `simulate/g${individual.generation}`).nextU32(),
    individualSeed: Rng.stream(runSeed, `simulate/id${individual.id}`).nextU32(),
  };
}

export type EvaluateFn = (individuals: readonly Individual[], contexts: readonly SimulationContext[]) => Promise<number[]>;

/** Calls optimizee.simulate with at most `concurrency` calls in flight; results in population order. */
export function inProcessEvaluator(optimizee: Optimizee, concurrency = 1): EvaluateFn {
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new Error(`concurrency must be an integer >= 1, got ${concurrency}`);
  return async (individuals, contexts) => {
    const out = new Array<number>(individuals.length);
    let next = 0;
    const worker = async () => {
      while (next < individuals.length) {
        const i = next++;
        out[i] = await optimizee.simulate(individuals[i]!, contexts[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, individuals.length) }, worker));
    return out;
  };
}

export interface RunOptions {
  /** Seed of the simulation contexts (may equal the optimizer's seed: the stream names differ). */
  readonly seed: number;
  readonly evaluate?: EvaluateFn;
  /** For the default evaluator. */
  readonly concurrency?: number;
  /** Called after every generation with the report and the state to checkpoint. */
  readonly onGeneration?: (report: GenerationReport, state: OptimizerState) => void | Promise<void>;
  /** Checked before each generation; true ends the run early (resumable from the last state). */
  readonly shouldStop?: () => boolean;
}

export interface RunOutcome {
  readonly reports: GenerationReport[];
  /** Null when stopped before the optimizer finished. */
  readonly result: OptimizerResult | null;
  readonly stopped: boolean;
}

export async function runOptimizer(optimizer: Optimizer, optimizee: Optimizee, options: RunOptions): Promise<RunOutcome> {
  if (optimizee.dimension !== optimizer.dimension) throw new Error(`optimizee has dimension ${optimizee.dimension}, optimizer ${optimizer.dimension}`);
  const evaluate = options.evaluate ?? inProcessEvaluator(optimizee, options.concurrency ?? 1);
  const reports: GenerationReport[] = [];
  while (!optimizer.done()) {
    if (options.shouldStop?.()) return { reports, result: null, stopped: true };
    const pop = optimizer.ask();
    const fitness = await evaluate(pop, pop.map((ind) => simulationContext(options.seed, ind)));
    if (fitness.length !== pop.length) throw new Error(`evaluator returned ${fitness.length} fitnesses for ${pop.length} individuals`);
    const report = optimizer.tell(pop.map((ind, i) => ({ id: ind.id, fitness: fitness[i]! })));
    reports.push(report);
    await options.onGeneration?.(report, optimizer.getState());
  }
  return { reports, result: optimizer.end(), stopped: false };
}
