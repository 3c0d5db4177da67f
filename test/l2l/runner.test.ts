import { afterAll, describe, expect, it } from 'vitest';
import {
  backendRef,
  createEpisodeRunner,
  drawTaskSet,
  evaluationSeed,
  fitnessOf,
  jobsFor,
  L2lOptimizee,
  RunAborted,
  runnerEvaluator,
  softwareInnerLoop,
  taskSide,
  thetaOf,
  trainingTasks,
  type EpisodeResult,
  type EpisodeRunner,
  type FitnessSetup,
} from '../../host/l2l/index.js';
import { createProgress, formatDuration } from '../../host/l2l/progress.js';
import { L2L_THETA, simulationContext, type Individual } from '../../host/optimizers/index.js';
import { malformedLoop, sessionCountingLoop, waitingLoop } from '../helpers/l2l-backends.js';

const theta = { gamma: 0.8, eta: 0.4, lambda: 0.5, weightLower: 0.1, weightUpper: 0.9, initialWeight: 0.7, inhibitoryWeight: 0.5, rescaleFrequency: 0.05 };
const family = { kind: 'mdp' as const, options: {} };
const tasks = drawTaskSet(family, 4, 'train', 24, 400);
const runners: EpisodeRunner[] = [];
const runner = (r: EpisodeRunner) => (runners.push(r), r);
afterAll(async () => {
  for (const r of runners) await r.close();
});

describe('episode runners', () => {
  it('give bit-identical results in the calling thread and on 1 or 2 worker threads', async () => {
    const ref = backendRef(softwareInnerLoop, {});
    const jobs = jobsFor(theta, tasks, 400);
    const strip = (rs: EpisodeResult[]) => rs.map(({ wallSeconds: _w, ...r }) => r);
    const r0 = strip(await runner(createEpisodeRunner(ref, 0)).run(jobs));
    const r1 = strip(await runner(createEpisodeRunner(ref, 1)).run(jobs));
    const r2 = strip(await runner(createEpisodeRunner(ref, 2)).run(jobs));
    expect(r1).toEqual(r0);
    expect(r2).toEqual(r0);
    expect(new Set(r0.map((r) => r.totalReward)).size).toBeGreaterThan(10);
  });

  it('keep one inner-loop session per worker thread for all episodes', async () => {
    const ref = { name: sessionCountingLoop.name, module: sessionCountingLoop.module, options: {} };
    const r = runner(createEpisodeRunner(ref, 2));
    const first = await r.run(jobsFor(theta, tasks, 100));
    const second = await r.run(jobsFor(theta, tasks, 100));
    // Each thread created exactly one session (a second one would report 2 per step).
    for (const x of [...first, ...second]) expect(x.totalReward).toBe(100);
  });

  it('reject a malformed episode result as a bug of the backend', async () => {
    const ref = { name: malformedLoop.name, module: malformedLoop.module, options: {} };
    await expect(runner(createEpisodeRunner(ref, 0)).run(jobsFor(theta, tasks.slice(0, 2), 300))).rejects.toThrow(/inner loop 'test-malformed' returned a bad episode result: blockRewards must have 3 entries, got 2/);
    await expect(runner(createEpisodeRunner(ref, 1)).run(jobsFor(theta, tasks.slice(0, 2), 300))).rejects.toThrow(/test-malformed/);
  });

  it('stop with RunAborted when the signal fires mid-run', async () => {
    for (const workers of [0, 2]) {
      const ref = { name: waitingLoop.name, module: waitingLoop.module, options: { delayMs: 30 } };
      const r = runner(createEpisodeRunner(ref, workers));
      const ac = new AbortController();
      let seen = 0;
      const p = r.run(jobsFor(theta, tasks, 100), {
        signal: ac.signal,
        onProgress: (n) => {
          seen = n;
          ac.abort();
        },
      });
      await expect(p).rejects.toBeInstanceOf(RunAborted);
      expect(seen).toBeGreaterThan(0);
      expect(seen).toBeLessThan(tasks.length);
    }
  });
});

describe('the L2L optimizee', () => {
  const setup: FitnessSetup = { family, spec: L2L_THETA, tasksPerEvaluation: 3, steps: 300, taskSampling: 'per-generation' };
  const ind = (id: number, generation: number, x: number[]): Individual => ({ id, generation, index: id, x, role: 'sample' });
  const pop = [ind(0, 0, [0.5, 0.5, 0.2, 0.8, 0.5, 0.5, 0.1]), ind(1, 0, [0.9, 0.1, 0.3, 0.7, 0.9, 0.5, 0]), ind(2, 0, [0.2, 0.8, 0.5, 0.5, 0.2, 0.5, 0.5])];

  it('fitness is the mean total reward over K training tasks; a generation evaluated at once gives the same fitnesses', async () => {
    const r0 = runner(createEpisodeRunner(backendRef(softwareInnerLoop, {}), 0));
    const optimizee = new L2lOptimizee(setup, r0);
    const ctxs = pop.map((p) => simulationContext(9, p));
    const one = [];
    for (let i = 0; i < pop.length; i++) one.push(await optimizee.simulate(pop[i]!, ctxs[i]!));
    const r2 = runner(createEpisodeRunner(backendRef(softwareInnerLoop, {}), 2));
    expect(await runnerEvaluator(setup, r2)(pop, ctxs)).toEqual(one);
    const theta0 = thetaOf(setup, pop[0]!.x);
    expect(theta0).toEqual({ gamma: 0.5, eta: 0.5, lambda: 0.5, weightLower: 0.2, weightUpper: 0.8, initialWeight: 0.5, inhibitoryWeight: 0.5, rescaleFrequency: 0.1 });
    const direct = await r0.run(jobsFor(theta0, trainingTasks(setup, ctxs[0]!), 300));
    expect(one[0]).toBe(fitnessOf(direct));
    expect(fitnessOf(direct)).toBe(direct.reduce((a, r) => a + r.totalReward, 0) / 3);
  });

  it('per generation: all individuals of a generation learn the same training tasks, the next generation new ones', () => {
    const c0 = simulationContext(9, ind(0, 0, []));
    const c1 = simulationContext(9, ind(1, 0, []));
    const g1 = simulationContext(9, ind(5, 1, []));
    expect(trainingTasks(setup, c0)).toEqual(trainingTasks(setup, c1));
    expect(trainingTasks(setup, g1)[0]!.task).not.toEqual(trainingTasks(setup, c0)[0]!.task);
    for (const s of trainingTasks(setup, g1)) expect(taskSide(s.task)).toBe('train');
    const per = { ...setup, taskSampling: 'per-individual' as const };
    expect(evaluationSeed(per, c0)).not.toBe(evaluationSeed(per, c1));
    expect(trainingTasks(per, c0)[0]!.task).not.toEqual(trainingTasks(per, c1)[0]!.task);
  });
});

describe('progress', () => {
  it('without a terminal: one plain line per log call with progress and ETA', () => {
    let out = '';
    const stream = { isTTY: false, write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream;
    const p = createProgress(stream);
    p.start(200, 0);
    p.update(50, 'generation 1');
    p.log('generation 1/4: fitness 3');
    p.stop();
    expect(out).toMatch(/^generation 1\/4: fitness 3 \[25%, 50\/200 episodes, ETA [^\]]+\]\n$/);
  });

  it('durations read as h/m/s', () => {
    expect(formatDuration(5)).toBe('5s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3 * 3600 + 61)).toBe('3h01m');
    expect(formatDuration(NaN)).toBe('?');
  });
});
