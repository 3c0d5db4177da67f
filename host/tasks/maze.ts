// Random grid mazes: navigate to a goal cell. A maze is both a step function (mazeMove, for
// drawing and for a reader who thinks in cells) and an MDP (mazeToMdp, so the solvers, the
// software learners and the PPU's sampler apply unchanged). docs/tasks.md ("Mazes") is the
// specification.
//
// Geometry: width x height cells in row-major order (cell = y*width + x, y = 0 is the top row);
// a cell is a wall or free; one free cell is the goal. Walls are whole cells. Every free cell
// can reach the goal (the generator turns cut-off free cells into walls).
// Actions: 0 north (y-1), 1 east (x+1), 2 south (y+1), 3 west (x-1).
// MDP states: the free cells other than the goal, numbered in row-major order.
// A move into a wall or across the border leaves the agent in place with wallPenalty; a move
// onto the goal pays goalReward and restarts the agent at a uniformly drawn state (the goal
// itself is never a state); any other move pays stepReward.

import { UserError } from '../../common/errors.js';
import { Rng } from '../../common/random.js';
import { quantiseMdp, qToReward, rewardToQ } from './fixed-point.js';
import type { Mdp } from './mdp.js';

export const MAZE_ACTIONS = 4;
export const ACTION_NAMES = ['north', 'east', 'south', 'west'] as const;
const DX = [0, 1, 0, -1];
const DY = [-1, 0, 1, 0];

export interface Maze {
  readonly width: number;
  readonly height: number;
  /** walls[y*width + x] */
  readonly walls: readonly boolean[];
  /** Cell index of the goal. */
  readonly goal: number;
  readonly goalReward: number;
  readonly wallPenalty: number;
  readonly stepReward: number;
}

export interface MazeOptions {
  /** Default 3 (the 2019 code used grids up to 3x3). */
  readonly width?: number;
  readonly height?: number;
  /** Probability that a cell starts as a wall, in [0, 0.9] (default 0.2). */
  readonly wallProbability?: number;
  /** Default 127/128 (the PPU's largest Q0.7 reward, the 2019 code's +127). */
  readonly goalReward?: number;
  /** Default -1/128 (the 2019 code's -1 in int8 units). */
  readonly wallPenalty?: number;
  /** Default 0. */
  readonly stepReward?: number;
}

export const MAZE_DEFAULTS = {
  width: 3,
  height: 3,
  wallProbability: 0.2,
  goalReward: 127 / 128,
  wallPenalty: -1 / 128,
  stepReward: 0,
} as const;

/** Largest number of cells: the binary form holds at most 255 states. */
export const MAZE_MAX_CELLS = 256;

export function checkMazeOptions(o: MazeOptions): Required<MazeOptions> {
  const r = { ...MAZE_DEFAULTS, ...o };
  const bad: string[] = [];
  const intIn = (name: string, v: number, lo: number, hi: number) => {
    if (!Number.isInteger(v) || v < lo || v > hi) bad.push(`${name}: must be an integer in [${lo}, ${hi}], got ${v}`);
  };
  const numIn = (name: string, v: number, lo: number, hi: number) => {
    if (!(typeof v === 'number' && v >= lo && v <= hi)) bad.push(`${name}: must be a number in [${lo}, ${hi}], got ${v}`);
  };
  intIn('width', r.width, 1, MAZE_MAX_CELLS);
  intIn('height', r.height, 1, MAZE_MAX_CELLS);
  if (!bad.length && (r.width * r.height < 2 || r.width * r.height > MAZE_MAX_CELLS)) {
    bad.push(`width x height: must be in [2, ${MAZE_MAX_CELLS}] cells, got ${r.width * r.height}`);
  }
  numIn('wallProbability', r.wallProbability, 0, 0.9);
  numIn('goalReward', r.goalReward, -1, 1);
  numIn('wallPenalty', r.wallPenalty, -1, 1);
  numIn('stepReward', r.stepReward, -1, 1);
  if (bad.length) throw new UserError(bad.map((message) => ({ message: `maze option ${message}` })));
  return r;
}

/** Free cells from which `goal` is reachable by 4-neighbour moves (including the goal). */
export function reachableFrom(width: number, height: number, walls: readonly boolean[], goal: number): boolean[] {
  const seen = new Array<boolean>(width * height).fill(false);
  if (walls[goal]) return seen;
  const queue = [goal];
  seen[goal] = true;
  while (queue.length) {
    const c = queue.shift()!;
    const x = c % width;
    const y = (c - x) / width;
    for (let a = 0; a < 4; a++) {
      const nx = x + DX[a]!;
      const ny = y + DY[a]!;
      if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
      const n = ny * width + nx;
      if (!walls[n] && !seen[n]) {
        seen[n] = true;
        queue.push(n);
      }
    }
  }
  return seen;
}

/**
 * A random maze from the given stream. Each cell is a wall with probability wallProbability
 * (one uniform per cell, row-major), the goal is a uniformly drawn free cell, and free cells that
 * cannot reach the goal become walls. A draw that leaves fewer than two free cells (the goal
 * and one state) is discarded and drawn again from the same stream.
 */
export function randomMaze(rng: Rng, options: MazeOptions = {}): Maze {
  const o = checkMazeOptions(options);
  const n = o.width * o.height;
  // Rewards are kept on the PPU's Q0.7 grid so the MDP form needs no further rounding.
  const q = (r: number) => qToReward(rewardToQ(r));
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const walls: boolean[] = [];
    for (let c = 0; c < n; c++) walls.push(rng.uniform() < o.wallProbability);
    const free = [...walls.keys()].filter((c) => !walls[c]);
    if (free.length < 2) continue;
    const goal = free[rng.int(0, free.length - 1)]!;
    const reach = reachableFrom(o.width, o.height, walls, goal);
    const finalWalls = walls.map((w, c) => w || !reach[c]);
    if (finalWalls.filter((w) => !w).length < 2) continue;
    return {
      width: o.width,
      height: o.height,
      walls: finalWalls,
      goal,
      goalReward: q(o.goalReward),
      wallPenalty: q(o.wallPenalty),
      stepReward: q(o.stepReward),
    };
  }
  // Only reachable with wall probabilities near the allowed maximum on tiny grids.
  throw new UserError(`maze: no ${o.width}x${o.height} maze with a reachable goal in 10000 draws at wallProbability ${o.wallProbability}; lower it`);
}

export function randomMazeStream(seed: number, index: number): Rng {
  return Rng.stream(seed, `task/maze/${index}`);
}

/** Problems with a maze's structure (for mazes read from files or built in code). */
export function mazeProblems(m: Maze): string[] {
  const out: string[] = [];
  const n = m.width * m.height;
  if (m.walls.length !== n) out.push(`walls: must have ${n} cells, got ${m.walls.length}`);
  else if (!(Number.isInteger(m.goal) && m.goal >= 0 && m.goal < n)) out.push(`goal: must be a cell in [0, ${n - 1}], got ${m.goal}`);
  else if (m.walls[m.goal]) out.push('goal: must be a free cell, not a wall');
  else {
    const reach = reachableFrom(m.width, m.height, m.walls, m.goal);
    const cut = [...m.walls.keys()].filter((c) => !m.walls[c] && !reach[c]);
    if (cut.length) {
      const at = cut.map((c) => `(x=${c % m.width}, y=${Math.floor(c / m.width)})`).join(', ');
      out.push(`free cells cannot reach the goal: ${at}`);
    }
    if (m.walls.filter((w) => !w).length < 2) out.push('must have at least one free cell besides the goal');
  }
  return out;
}

/** Cell index of each MDP state (free non-goal cells, row-major). */
export function stateCells(m: Maze): number[] {
  const out: number[] = [];
  m.walls.forEach((w, c) => {
    if (!w && c !== m.goal) out.push(c);
  });
  return out;
}

export type MazeEvent = 'move' | 'bump' | 'goal';

export interface MazeMove {
  readonly event: MazeEvent;
  readonly reward: number;
  /** The cell the agent ends in: the target of a move, its own cell after a bump, the goal. */
  readonly cell: number;
}

/** The deterministic part of a step, in cells. A 'goal' event restarts the agent (see mazeToMdp). */
export function mazeMove(m: Maze, cell: number, action: number): MazeMove {
  const x = cell % m.width;
  const y = (cell - x) / m.width;
  const nx = x + DX[action]!;
  const ny = y + DY[action]!;
  if (nx < 0 || ny < 0 || nx >= m.width || ny >= m.height || m.walls[ny * m.width + nx]) {
    return { event: 'bump', reward: m.wallPenalty, cell };
  }
  const target = ny * m.width + nx;
  if (target === m.goal) return { event: 'goal', reward: m.goalReward, cell: target };
  return { event: 'move', reward: m.stepReward, cell: target };
}

/** The maze as an MDP with state-action rewards (see the file comment); on the fixed-point grid. */
export function mazeToMdp(m: Maze): Mdp {
  const cells = stateCells(m);
  const S = cells.length;
  const stateOf = new Map(cells.map((c, s) => [c, s]));
  const uniform = new Array<number>(S).fill(1 / S);
  const transitions: number[][][] = [];
  const r: number[][] = [];
  for (let s = 0; s < S; s++) {
    const prow: number[][] = [];
    const rrow: number[] = [];
    for (let a = 0; a < MAZE_ACTIONS; a++) {
      const mv = mazeMove(m, cells[s]!, a);
      if (mv.event === 'goal') prow.push(uniform.slice());
      else {
        const p = new Array<number>(S).fill(0);
        p[stateOf.get(mv.cell)!] = 1;
        prow.push(p);
      }
      rrow.push(mv.reward);
    }
    transitions.push(prow);
    r.push(rrow);
  }
  return quantiseMdp({ states: S, actions: MAZE_ACTIONS, transitions, rewards: { shape: 'state-action', r }, start: uniform });
}

/** Text picture: '#' wall, 'G' goal, '.' free; with a policy, arrows ^ > v < on the states. */
export function renderMaze(m: Maze, policy?: readonly number[]): string {
  const arrows = ['^', '>', 'v', '<'];
  const cells = stateCells(m);
  const stateOf = new Map(cells.map((c, s) => [c, s]));
  const lines: string[] = [];
  for (let y = 0; y < m.height; y++) {
    let line = '';
    for (let x = 0; x < m.width; x++) {
      const c = y * m.width + x;
      if (m.walls[c]) line += '#';
      else if (c === m.goal) line += 'G';
      else line += policy ? arrows[policy[stateOf.get(c)!]!] ?? '?' : '.';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Rows of the text picture without a policy, the maze's geometry in task files. */
export function mazeGrid(m: Maze): string[] {
  return renderMaze(m).split('\n');
}
