// Inner loops for tests of the driver machinery (they stand in for no part of the product):
// each makes one property of the pool or the result checks observable. Worker threads load them
// by module URL like any backend.

import { blockSums, type EpisodeResult, type InnerLoop } from '../../host/l2l/index.js';

let sessionsInThisThread = 0;

function result(totalPerStep: number, steps: number): EpisodeResult {
  const rewards = new Array<number>(steps).fill(totalPerStep);
  return { totalReward: totalPerStep * steps, blockRewards: blockSums(rewards), steps };
}

/** Reports, as its reward per step, how many sessions its thread has created so far. */
export const sessionCountingLoop: InnerLoop = {
  name: 'test-session-count',
  description: 'test double: reward = sessions created in this thread',
  module: import.meta.url,
  resolveOptions: (o) => o,
  createSession() {
    const id = ++sessionsInThisThread;
    return { runEpisode: (_theta, _task, _seeds, steps) => result(id, steps) };
  },
};

/** Returns one block too few: the driver must reject the result as the backend's bug. */
export const malformedLoop: InnerLoop = {
  name: 'test-malformed',
  description: 'test double: blockRewards one entry short',
  module: import.meta.url,
  resolveOptions: (o) => o,
  createSession() {
    return {
      runEpisode: (_theta, _task, _seeds, steps) => {
        const r = result(1, steps);
        return { ...r, blockRewards: r.blockRewards.slice(1) };
      },
    };
  },
};

/** Each episode waits `delayMs` (option) before answering: gives an abort time to land mid-run. */
export const waitingLoop: InnerLoop = {
  name: 'test-waiting',
  description: 'test double: answers after a delay',
  module: import.meta.url,
  resolveOptions: (o) => ({ delayMs: 20, ...o }),
  createSession(options) {
    const delay = options.delayMs as number;
    return { runEpisode: (_theta, _task, _seeds, steps) => new Promise<EpisodeResult>((res) => setTimeout(() => res(result(0, steps)), delay)) };
  },
};
