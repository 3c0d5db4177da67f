// Learning-to-learn speed, per registered inner-loop backend (software now; the chip as soon
// as experiments/l2l/chip-backend.ts registers it). Prints one JSON document:
//   - one 2000-step MDP episode: wall time (median of several) and, for a chip backend, the
//     emulated chip time per wall-clock second (the real chip runs at 1.0 by definition);
//   - fitness evaluations per second (one evaluation = 20 tasks x 2000 steps, the reference's)
//     on 1 and 2 worker threads, pool start-up excluded.
//
//   node --import tsx bench/l2l.ts [--backend NAME] [--evaluations N] [--episodes N]

import { CLOCK_HZ } from '../chip/index.js';
import { innerLoops } from '../experiments/l2l/index.js';
import { backendRef, createEpisodeRunner, drawTaskSet, jobsFor, type EpisodeResult, type InnerLoop } from '../host/l2l/index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const STEPS = 2000;
const TASKS_PER_EVALUATION = 20;
const theta = { gamma: 0.8, eta: 0.3, lambda: 0.5, weightLower: 0.2, weightUpper: 0.8, initialWeight: 0.7, inhibitoryWeight: 0.5, rescaleFrequency: 0.1 };
const family = { kind: 'mdp' as const, options: {} };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function episode(loop: InnerLoop, runs: number) {
  const session = await loop.createSession(loop.resolveOptions({}));
  const tasks = drawTaskSet(family, 1, 'train', runs + 1, STEPS);
  const walls: number[] = [];
  let last: EpisodeResult | null = null;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    last = await session.runEpisode(theta, tasks[i]!.task, tasks[i]!.seeds, STEPS);
    // The first episode warms up (program compilation, JIT); it is not counted.
    if (i > 0) walls.push((performance.now() - t0) / 1000);
  }
  await session.close?.();
  const wall = median(walls);
  const cycles = last?.chipCycles;
  return {
    steps: STEPS,
    wallSeconds: wall,
    runs,
    chipCycles: cycles ?? null,
    chipSeconds: cycles !== undefined ? cycles / CLOCK_HZ : null,
    chipTimePerWallSecond: cycles !== undefined ? cycles / CLOCK_HZ / wall : null,
  };
}

async function evaluations(loop: InnerLoop, workers: number, count: number) {
  const runner = createEpisodeRunner(backendRef(loop, {}), workers);
  try {
    const tasks = drawTaskSet(family, 2, 'train', TASKS_PER_EVALUATION, STEPS);
    // Start the threads and their sessions (loading the backend in a worker takes a while) and
    // warm up the JIT: two evaluations' worth of episodes, spread over all workers.
    await runner.run([...jobsFor(theta, tasks, STEPS), ...jobsFor(theta, tasks, STEPS)]);
    const jobs = Array.from({ length: count }, () => jobsFor(theta, tasks, STEPS)).flat();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await runner.run(jobs);
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    // CPU time of all threads of this process: cpu / wall is the parallelism actually obtained
    // (below the worker count when other processes share the cores).
    const cpuSeconds = (c.user + c.system) / 1e6;
    return { workers, evaluations: count, wallSeconds: s, cpuSeconds, parallelism: cpuSeconds / s, evaluationsPerSecond: count / s, episodesPerSecond: jobs.length / s };
  } finally {
    await runner.close();
  }
}

const only = arg('--backend');
const out: Record<string, unknown> = { evaluation: `${TASKS_PER_EVALUATION} tasks x ${STEPS} steps (random 6x8 MDPs)` };
for (const [name, loop] of await innerLoops()) {
  if (only && name !== only) continue;
  const isChip = name === 'chip';
  const count = Number(arg('--evaluations') ?? (isChip ? 2 : 16));
  const ep = await episode(loop, Number(arg('--episodes') ?? (isChip ? 3 : 20)));
  const one = await evaluations(loop, 1, count);
  const two = await evaluations(loop, 2, count);
  out[name] = { episode: ep, evaluations: [one, two], speedup2vs1: one.wallSeconds / two.wallSeconds };
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
