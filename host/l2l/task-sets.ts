// Which tasks the outer loop trains on and which it is tested on. The family's task space is cut
// in two halves by the content of a task (a hash of its fixed-point MDP, episode excluded):
// training draws take only tasks of the 'train' half, test draws only tasks of the 'test' half.
// So a task used for testing can never have been used for training, whatever the seeds, the
// number of tasks or the family size. This matters for small families: a 3x3 maze family has a
// few thousand distinct mazes, so independent draws for training and testing would overlap.
// Within a half the tasks keep the family's distribution (the hash does not look at anything a
// learner could tell apart from chance).
//
// Draws are by (family seed, index): the k-th task of a set is the k-th index, counting from 0,
// whose task falls in the wanted half. Nothing depends on which other sets were drawn or on
// which worker drew them.

import { UserError } from '../../common/errors.js';
import { mix32, Rng } from '../../common/random.js';
import {
  encodeTaskBinary,
  generateMazeTask,
  generateRandomMdpTask,
  withEpisode,
  type MazeOptions,
  type RandomMdpOptions,
  type Task,
} from '../tasks/index.js';
import type { EpisodeSeeds } from './inner-loop.js';

export type FamilySpec =
  | { readonly kind: 'mdp'; readonly options: RandomMdpOptions }
  | { readonly kind: 'maze'; readonly options: MazeOptions };

export type TaskSide = 'train' | 'test';

/** A task of a set, with the seeds its episode runs with. */
export interface SetTask {
  /** Index of the task in its family (family seed + index redraw it). */
  readonly index: number;
  readonly task: Task;
  readonly seeds: EpisodeSeeds;
}

/** 32-bit FNV-1a over bytes. */
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A hash of what the learner faces (the fixed-point MDP and its kind), not of the episode. */
export function taskFingerprint(task: Task): number {
  return fnv1a(encodeTaskBinary(withEpisode(task, { seed: 0, length: 0 })));
}

/** The half of the family's task space a task belongs to. */
export function taskSide(task: Task): TaskSide {
  // mix32 spreads the FNV bits before one of them decides (FNV's low bits alone are weak).
  return mix32(taskFingerprint(task), 0x6c326c) >>> 31 === 0 ? 'train' : 'test';
}

/** Task `index` of the family with seed `familySeed`, its episode `steps` long. */
export function drawFamilyTask(family: FamilySpec, familySeed: number, index: number, steps: number): Task {
  const seed = familySeed >>> 0;
  return family.kind === 'mdp'
    ? generateRandomMdpTask({ ...family.options, seed, index, episodeLength: steps })
    : generateMazeTask({ ...family.options, seed, index, episodeLength: steps });
}

/** Indices tried per wanted task before the family is declared too small to split. */
const ATTEMPTS_PER_TASK = 64;

/**
 * The first `count` tasks of the family with seed `familySeed` that lie in `side`, each with its
 * episode seeds: the environment's LCG seed is the task's own episode seed, the agent's seed
 * comes from the stream `l2l/agent/<side>/<index>` of the family seed.
 */
export function drawTaskSet(family: FamilySpec, familySeed: number, side: TaskSide, count: number, steps: number): SetTask[] {
  if (!(Number.isInteger(count) && count >= 0)) throw new Error(`drawTaskSet: count must be an integer >= 0, got ${count}`);
  const out: SetTask[] = [];
  const limit = ATTEMPTS_PER_TASK * (count + 1);
  for (let index = 0; out.length < count; index++) {
    if (index >= limit) {
      throw new UserError(
        `the ${family.kind} family ${JSON.stringify(family.options)} gave only ${out.length} ${side} tasks in ${limit} draws: it has too few distinct tasks to keep training and test tasks apart (make it larger)`,
      );
    }
    const task = drawFamilyTask(family, familySeed, index, steps);
    if (taskSide(task) !== side) continue;
    out.push({ index, task, seeds: { environment: task.episode.seed, agent: Rng.stream(familySeed, `l2l/agent/${side}/${index}`).nextU32() } });
  }
  return out;
}
