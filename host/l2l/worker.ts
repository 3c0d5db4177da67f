// Piscina worker: runs batches of episodes with one inner-loop session per backend (kept for the
// life of the thread, so a chip backend builds its chip and program once per worker).

import { SessionCache } from './backend.js';
import type { EpisodeResult } from './inner-loop.js';
import type { EpisodeBatch } from './runner.js';

const cache = new SessionCache();

export default async function runBatch(batch: EpisodeBatch): Promise<EpisodeResult[]> {
  const session = await cache.get(batch.backend);
  const out: EpisodeResult[] = [];
  for (const j of batch.jobs) out.push(await session.runEpisode(j.theta, j.task, j.seeds, j.steps));
  return out;
}
