// A task: one environment of a family, as the chip will run it: its MDP on the PPU's fixed-point
// grid, its episode (length and the environment's LCG seed) and where it came from. Generators
// name their stream by family, seed and index, so task i never depends on which other tasks were
// drawn, in what order, or by which worker.

import { Rng } from '../../common/random.js';
import { decodeTask, encodeTask, toFixedPoint, type EpisodeSpec, type FixedPointTask } from './binary.js';
import { quantiseMdp } from './fixed-point.js';
import { checkMazeOptions, mazeToMdp, randomMaze, randomMazeStream, type Maze, type MazeOptions } from './maze.js';
import type { Mdp } from './mdp.js';
import { checkRandomMdpOptions, randomMdp, randomMdpStream, type RandomMdpOptions } from './random-mdp.js';

export interface TaskOrigin {
  readonly family: 'random-mdp' | 'maze';
  readonly seed: number;
  readonly index: number;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface MdpTask {
  readonly kind: 'mdp';
  readonly mdp: Mdp;
  readonly episode: EpisodeSpec;
  readonly origin?: TaskOrigin;
}

export interface MazeTask {
  readonly kind: 'maze';
  readonly maze: Maze;
  /** mazeToMdp(maze), kept alongside so consumers need not rebuild it. */
  readonly mdp: Mdp;
  readonly episode: EpisodeSpec;
  readonly origin?: TaskOrigin;
}

export type Task = MdpTask | MazeTask;

/** The reference's episode lengths: 2000 steps on MDPs, the maze policy shown after 1000. */
export const DEFAULT_EPISODE_LENGTH = { mdp: 2000, maze: 1000 } as const;

/** The LCG seed of task `index`'s episode: its own stream, so it never shifts the task's draws. */
export function episodeSeed(family: TaskOrigin['family'], seed: number, index: number): number {
  return Rng.stream(seed, `task/${family}/${index}/episode`).nextU32();
}

export interface RandomMdpTaskOptions extends RandomMdpOptions {
  readonly seed: number;
  readonly index?: number;
  readonly episodeLength?: number;
}

export function generateRandomMdpTask(o: RandomMdpTaskOptions): MdpTask {
  const index = o.index ?? 0;
  const { seed, episodeLength, index: _i, ...given } = o;
  // The origin records every option, defaults included, so it says exactly how to redraw the task.
  const { fixedPoint: _f, ...options } = checkRandomMdpOptions(given);
  const mdp = randomMdp(randomMdpStream(seed, index), { ...options, fixedPoint: true });
  return {
    kind: 'mdp',
    mdp,
    episode: { length: episodeLength ?? DEFAULT_EPISODE_LENGTH.mdp, seed: episodeSeed('random-mdp', seed, index) },
    origin: { family: 'random-mdp', seed, index, options },
  };
}

export interface MazeTaskOptions extends MazeOptions {
  readonly seed: number;
  readonly index?: number;
  readonly episodeLength?: number;
}

export function generateMazeTask(o: MazeTaskOptions): MazeTask {
  const index = o.index ?? 0;
  const { seed, episodeLength, index: _i, ...given } = o;
  const options = checkMazeOptions(given);
  const maze = randomMaze(randomMazeStream(seed, index), options);
  return {
    kind: 'maze',
    maze,
    mdp: mazeToMdp(maze),
    episode: { length: episodeLength ?? DEFAULT_EPISODE_LENGTH.maze, seed: episodeSeed('maze', seed, index) },
    origin: { family: 'maze', seed, index, options },
  };
}

/** A hand-made MDP as a task (projected onto the fixed-point grid, as every task is). */
export function mdpTask(mdp: Mdp, episode: EpisodeSpec): MdpTask {
  return { kind: 'mdp', mdp: quantiseMdp(mdp), episode };
}

/** The same task with another episode (e.g. a fresh environment seed per evaluation). */
export function withEpisode<T extends Task>(task: T, episode: Partial<EpisodeSpec>): T {
  return { ...task, episode: { ...task.episode, ...episode } };
}

export function taskFixedPoint(task: Task): FixedPointTask {
  return toFixedPoint(task.mdp, task.kind, task.episode);
}

/** The byte image the PPU reads (binary.ts, docs/tasks.md "Binary form"). */
export function encodeTaskBinary(task: Task): Uint8Array {
  return encodeTask(taskFixedPoint(task));
}

export { decodeTask as decodeTaskBinary };
