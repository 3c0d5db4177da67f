// The software inner loop: SARSA(lambda) in floating point with the same Theta as the on-chip
// rule (tdParamsFromTheta, docs/tasks.md "Software learners"), on the task stepped exactly as
// the PPU steps it (PpuEnvironment: same LCG, same draws). This is the baseline the issue calls
// "software Q-learning with the same Theta", and the backend that runs without a chip model.
//
// What differs from the chip by design: Q-values are floats in [0, 63/128] instead of 6-bit
// weights, and actions are chosen by the action rule (greedy with random tie-breaks by
// default) instead of by the competition of spiking action neurons, so the lateral inhibitory
// weight has no effect here.

import { z } from 'zod';
import { UserError } from '../../common/errors.js';
import { Rng } from '../../common/random.js';
import type { ThetaValues } from '../optimizers/index.js';
import { PpuEnvironment, runTdLearner, taskFixedPoint, tdParamsFromTheta, withEpisode, type ActionSelection, type L2lThetaValues, type Task } from '../tasks/index.js';
import { blockSums, type EpisodeResult, type EpisodeSeeds, type InnerLoop, type InnerLoopOptions, type InnerLoopSession } from './inner-loop.js';

const optionsSchema = z
  .object({
    /** 'sarsa' = SARSA(lambda) (the on-chip rule's form); 'q-learning' = Watkins's Q(lambda). */
    algorithm: z.enum(['sarsa', 'q-learning']).default('sarsa'),
    /** The action rule standing in for the chip's competition of action neurons. */
    selection: z.enum(['greedy', 'epsilon-greedy', 'softmax']).default('greedy'),
    epsilon: z.number().min(0).max(1).default(0.1),
    epsilonDecay: z.number().min(0).max(1).default(1),
    temperature: z.number().positive().default(0.05),
  })
  .strict();

export type SoftwareOptions = z.infer<typeof optionsSchema>;

function selectionOf(o: SoftwareOptions): ActionSelection {
  if (o.selection === 'epsilon-greedy') return { kind: 'epsilon-greedy', epsilon: o.epsilon, decay: o.epsilonDecay };
  if (o.selection === 'softmax') return { kind: 'softmax', temperature: o.temperature };
  return { kind: 'greedy' };
}

class SoftwareSession implements InnerLoopSession {
  private readonly selection: ActionSelection;

  constructor(private readonly options: SoftwareOptions) {
    this.selection = selectionOf(options);
  }

  runEpisode(theta: ThetaValues, task: Task, seeds: EpisodeSeeds, steps: number): EpisodeResult {
    const t0 = performance.now();
    const env = new PpuEnvironment(taskFixedPoint(withEpisode(task, { seed: seeds.environment >>> 0, length: steps })));
    const params = tdParamsFromTheta(theta as unknown as L2lThetaValues, this.selection, this.options.algorithm);
    const run = runTdLearner(env, params, Rng.stream(seeds.agent, 'l2l/software-agent'), steps);
    return {
      totalReward: run.totalReward,
      blockRewards: blockSums(run.rewards, steps),
      steps,
      wallSeconds: (performance.now() - t0) / 1000,
      finalQ: run.q,
    };
  }
}

export const softwareInnerLoop: InnerLoop = {
  name: 'software',
  description: 'SARSA(lambda) in floating point with the same Theta, on the PPU-exact environment (no chip model)',
  module: import.meta.url,
  resolveOptions(options: InnerLoopOptions): SoftwareOptions {
    const r = optionsSchema.safeParse(options ?? {});
    if (!r.success) throw new UserError(r.error.issues.map((i) => ({ message: `backend software: option ${i.path.join('.') || '(options)'}: ${i.message}` })));
    return r.data;
  },
  createSession(options: InnerLoopOptions): InnerLoopSession {
    return new SoftwareSession(this.resolveOptions(options) as SoftwareOptions);
  },
};
