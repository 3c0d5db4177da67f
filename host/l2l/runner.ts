// Running many episodes: in the calling thread (workers = 0) or on a pool of worker threads
// (piscina), one inner-loop session per thread. Results come back in job order and each depends
// only on its job, so everything computed from them is the same for any number of workers.

import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { SessionCache, type BackendRef } from './backend.js';
import { checkEpisodeResult, type EpisodeResult, type EpisodeSeeds } from './inner-loop.js';
import type { ThetaValues } from '../optimizers/index.js';
import type { Task } from '../tasks/index.js';

export interface EpisodeJob {
  readonly theta: ThetaValues;
  readonly task: Task;
  readonly seeds: EpisodeSeeds;
  readonly steps: number;
}

/** What a worker receives: the backend to use and a few jobs. */
export interface EpisodeBatch {
  readonly backend: BackendRef;
  readonly jobs: readonly EpisodeJob[];
}

export interface RunJobsOptions {
  /** Aborting rejects the run with RunAborted (pending episodes are dropped, running ones abandoned). */
  readonly signal?: AbortSignal;
  /** Called with the number of episodes finished so far in this run. */
  readonly onProgress?: (episodesDone: number) => void;
}

export interface EpisodeRunner {
  /** Worker threads (0: the calling thread). */
  readonly workers: number;
  readonly backend: BackendRef;
  run(jobs: readonly EpisodeJob[], options?: RunJobsOptions): Promise<EpisodeResult[]>;
  close(): Promise<void>;
}

/** The run was aborted through its signal. */
export class RunAborted extends Error {
  constructor() {
    super('run aborted');
    this.name = 'RunAborted';
  }
}

/** Worker threads to use when none are asked for: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

function checked(backend: BackendRef, jobs: readonly EpisodeJob[], results: readonly EpisodeResult[]): EpisodeResult[] {
  if (results.length !== jobs.length) throw new Error(`inner loop '${backend.name}': ${results.length} results for ${jobs.length} episodes`);
  return results.map((r, i) => {
    const j = jobs[i]!;
    return checkEpisodeResult(backend.name, r, j.steps, j.task.mdp.states, j.task.mdp.actions);
  });
}

class InProcessRunner implements EpisodeRunner {
  readonly workers = 0;
  private readonly cache = new SessionCache();

  constructor(readonly backend: BackendRef) {}

  async run(jobs: readonly EpisodeJob[], options: RunJobsOptions = {}): Promise<EpisodeResult[]> {
    const session = await this.cache.get(this.backend);
    const out: EpisodeResult[] = [];
    let lastYield = performance.now();
    for (const j of jobs) {
      if (options.signal?.aborted) throw new RunAborted();
      out.push(await session.runEpisode(j.theta, j.task, j.seeds, j.steps));
      options.onProgress?.(out.length);
      // Let signal handlers and timers run now and then (a software episode never awaits).
      if (performance.now() - lastYield > 50) {
        await new Promise((r) => setImmediate(r));
        lastYield = performance.now();
      }
    }
    return checked(this.backend, jobs, out);
  }

  close(): Promise<void> {
    return this.cache.closeAll();
  }
}

class PoolRunner implements EpisodeRunner {
  private readonly pool: Piscina<EpisodeBatch, EpisodeResult[]>;

  constructor(
    readonly backend: BackendRef,
    readonly workers: number,
  ) {
    this.pool = new Piscina({
      // The entry registers tsx's loader in the worker itself (worker-entry.mjs says why).
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      execArgv: [],
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: 60_000,
      // Enough queued batches to keep every worker busy while results come back.
      concurrentTasksPerWorker: 1,
    });
  }

  async run(jobs: readonly EpisodeJob[], options: RunJobsOptions = {}): Promise<EpisodeResult[]> {
    const outer = options.signal;
    if (outer?.aborted) throw new RunAborted();
    // One listener on the caller's signal per run; piscina adds one per batch to the local one.
    const local = new AbortController();
    setMaxListeners(0, local.signal);
    const forward = () => local.abort();
    outer?.addEventListener('abort', forward, { once: true });
    try {
      return await this.runBatches(jobs, local.signal, options.onProgress);
    } finally {
      outer?.removeEventListener('abort', forward);
    }
  }

  private async runBatches(jobs: readonly EpisodeJob[], signal: AbortSignal, onProgress: ((n: number) => void) | undefined): Promise<EpisodeResult[]> {
    // Several batches per worker balance the load; small batches keep the messages cheap
    // relative to the episodes (a software episode takes about a millisecond).
    const size = Math.max(1, Math.min(16, Math.ceil(jobs.length / (this.workers * 4))));
    const batches: EpisodeJob[][] = [];
    for (let i = 0; i < jobs.length; i += size) batches.push(jobs.slice(i, i + size));
    let done = 0;
    const settled = await Promise.allSettled(
      batches.map((b) =>
        this.pool.run({ backend: this.backend, jobs: b }, { signal }).then((r) => {
          done += b.length;
          onProgress?.(done);
          return r;
        }),
      ),
    );
    if (signal.aborted) throw new RunAborted();
    const out: EpisodeResult[] = [];
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason instanceof Error ? s.reason : new Error(String(s.reason));
      out.push(...s.value);
    }
    return checked(this.backend, jobs, out);
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** A runner for `backend` on `workers` threads (0: in the calling thread). */
export function createEpisodeRunner(backend: BackendRef, workers: number): EpisodeRunner {
  if (!(Number.isInteger(workers) && workers >= 0)) throw new Error(`workers must be an integer >= 0, got ${workers}`);
  return workers === 0 ? new InProcessRunner(backend) : new PoolRunner(backend, workers);
}
