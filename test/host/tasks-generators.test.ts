import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import {
  PROB_SCALE,
  generateMazeTask,
  generateRandomMdpTask,
  mazeMove,
  mazeProblems,
  mazeToMdp,
  mdpProblems,
  quantiseDistribution,
  quantiseMdp,
  randomMaze,
  randomMazeStream,
  randomMdp,
  randomMdpStream,
  reachableFrom,
  renderMaze,
  stateCells,
  optimalEpisodeReward,
  type Maze,
  type Mdp,
} from '../../host/tasks/index.js';

const isQ07 = (r: number) => Number.isInteger(r * 128) && r >= -1 && r <= 127 / 128;
const isProbGrid = (p: number) => Math.abs(Math.round(p * PROB_SCALE) - p * PROB_SCALE) < 1e-6;

describe('random MDPs (mdptoolbox example.rand recipe)', () => {
  it('defaults to 6 states, 8 actions, transition rewards, uniform start', () => {
    const t = generateRandomMdpTask({ seed: 1 });
    expect(t.mdp.states).toBe(6);
    expect(t.mdp.actions).toBe(8);
    expect(t.mdp.rewards.shape).toBe('transition');
    expect(t.episode.length).toBe(2000);
    for (const p of t.mdp.start) expect(Math.abs(p - 1 / 6)).toBeLessThan(2 / PROB_SCALE);
    expect(mdpProblems(t.mdp)).toEqual([]);
  });

  it('is reproducible and each task depends only on (seed, index)', () => {
    const a = generateRandomMdpTask({ seed: 7, index: 5 });
    const b = generateRandomMdpTask({ seed: 7, index: 5 });
    expect(b).toEqual(a);
    // Drawing other tasks first changes nothing.
    for (let i = 0; i < 5; i++) generateRandomMdpTask({ seed: 7, index: i });
    expect(generateRandomMdpTask({ seed: 7, index: 5 })).toEqual(a);
    expect(generateRandomMdpTask({ seed: 7, index: 6 }).mdp).not.toEqual(a.mdp);
    expect(generateRandomMdpTask({ seed: 8, index: 5 }).mdp).not.toEqual(a.mdp);
    expect(generateRandomMdpTask({ seed: 7, index: 6 }).episode.seed).not.toBe(a.episode.seed);
  });

  it('has row-stochastic transitions on the fixed-point grid and rewards in Q0.7', () => {
    for (let i = 0; i < 50; i++) {
      const { mdp } = generateRandomMdpTask({ seed: 3, index: i });
      for (const row of mdp.transitions) {
        for (const p of row) {
          expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          for (const x of p) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
            expect(isProbGrid(x)).toBe(true);
          }
          expect(quantiseDistribution(p).reduce((a, b) => a + b, 0)).toBe(PROB_SCALE);
        }
      }
      if (mdp.rewards.shape !== 'transition') throw new Error('shape');
      mdp.rewards.r.forEach((row, s) =>
        row.forEach((rs, a) =>
          rs.forEach((r, k) => {
            expect(isQ07(r)).toBe(true);
            // mdptoolbox's mask: no reward on a transition that cannot happen.
            if (mdp.transitions[s]![a]![k] === 0) expect(r).toBe(0);
          }),
        ),
      );
    }
  });

  it('keeps the float draw support when projecting onto the fixed-point grid', () => {
    for (let i = 0; i < 30; i++) {
      const raw = randomMdp(randomMdpStream(11, i), { fixedPoint: false });
      const q = randomMdp(randomMdpStream(11, i));
      expect(quantiseMdp(raw)).toEqual(q);
      raw.transitions.forEach((row, s) => row.forEach((p, a) => p.forEach((x, k) => expect(x > 0).toBe(q.transitions[s]![a]![k]! > 0))));
    }
  });

  it('matches the recipe in distribution: mask density 1/2 + 1/(S(S+1)), rewards uniform on [-1, 1]', () => {
    // Density: the kept fraction of an action's S*S mask is 1 - c with c ~ U[0,1), plus one
    // forced entry per empty row (probability c^S): E = 1/2 + E[c^S]/S = 1/2 + 1/(S(S+1)).
    const S = 6;
    let nonzero = 0;
    let entries = 0;
    const rewards: number[] = [];
    for (let i = 0; i < 300; i++) {
      const mdp = randomMdp(randomMdpStream(99, i), { fixedPoint: false });
      if (mdp.rewards.shape !== 'transition') throw new Error('shape');
      for (let s = 0; s < S; s++) {
        for (let a = 0; a < 8; a++) {
          for (let k = 0; k < S; k++) {
            entries++;
            if (mdp.transitions[s]![a]![k]! > 0) {
              nonzero++;
              rewards.push(mdp.rewards.r[s]![a]![k]!);
            }
          }
        }
      }
    }
    const density = nonzero / entries;
    // Per-action densities have sd ~ 0.29; 2400 actions give a standard error ~ 0.006.
    expect(Math.abs(density - (0.5 + 1 / (S * (S + 1))))).toBeLessThan(0.025);
    const mean = rewards.reduce((a, b) => a + b, 0) / rewards.length;
    const variance = rewards.reduce((a, b) => a + (b - mean) ** 2, 0) / rewards.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1 / 3)).toBeLessThan(0.02);
    expect(Math.min(...rewards)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...rewards)).toBeLessThan(1);
    // Every decile of [-1, 1] is hit about equally often.
    const bins = new Array<number>(10).fill(0);
    for (const r of rewards) bins[Math.min(9, Math.floor((r + 1) * 5))]!++;
    for (const b of bins) expect(Math.abs(b / rewards.length - 0.1)).toBeLessThan(0.01);
  });

  it('draws state-action rewards R[s][a] uniform on [-1, 1] when asked', () => {
    const all: number[] = [];
    for (let i = 0; i < 200; i++) {
      const { mdp } = generateRandomMdpTask({ seed: 5, index: i, rewardShape: 'state-action', states: 4, actions: 3 });
      expect(mdp.rewards.shape).toBe('state-action');
      if (mdp.rewards.shape !== 'state-action') throw new Error('shape');
      expect(mdp.rewards.r.length).toBe(4);
      for (const row of mdp.rewards.r) {
        expect(row.length).toBe(3);
        for (const r of row) {
          expect(isQ07(r)).toBe(true);
          all.push(r);
        }
      }
    }
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    expect(Math.abs(mean)).toBeLessThan(0.04);
  });

  it('rejects bad options with the option and its range', () => {
    expect(() => generateRandomMdpTask({ seed: 1, states: 0 })).toThrow(/states: must be an integer in \[1, 255\], got 0/);
    expect(() => generateRandomMdpTask({ seed: 1, actions: 2.5 })).toThrow(UserError);
  });
});

describe('quantiseDistribution', () => {
  it('sums to 65535, keeps every positive entry positive, and is idempotent', () => {
    const rows = [[1 / 3, 1 / 3, 1 / 3], [1e-9, 1 - 1e-9], [0, 0, 1], [0.5, 0.5], [0.1, 0.2, 0.3, 0.4], [1e-7, 1e-7, 1e-7, 1 - 3e-7]];
    for (const p of rows) {
      const w = quantiseDistribution(p);
      expect(w.reduce((a, b) => a + b, 0)).toBe(PROB_SCALE);
      p.forEach((x, k) => expect(w[k]! > 0).toBe(x > 0));
      expect(quantiseDistribution(w.map((v) => v / PROB_SCALE))).toEqual(w);
    }
  });

  it('is within one unit of p*65535 when no tiny entry needs lifting', () => {
    const p = [0.123456, 0.2, 0.276544, 0.4];
    quantiseDistribution(p).forEach((w, k) => expect(Math.abs(w - p[k]! * PROB_SCALE)).toBeLessThanOrEqual(1));
  });
});

describe('random mazes', () => {
  it('have the goal reachable from every free cell, for many seeds and sizes', () => {
    for (const [width, height, wallProbability] of [
      [3, 3, 0.2],
      [2, 2, 0.5],
      [5, 4, 0.3],
      [8, 8, 0.35],
      [16, 16, 0.3],
    ] as const) {
      for (let i = 0; i < 40; i++) {
        const m = randomMaze(randomMazeStream(21, i), { width, height, wallProbability });
        expect(m.width).toBe(width);
        expect(m.height).toBe(height);
        expect(mazeProblems(m)).toEqual([]);
        const reach = reachableFrom(width, height, m.walls, m.goal);
        m.walls.forEach((w, c) => expect(w || reach[c]).toBe(true));
        expect(stateCells(m).length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('is reproducible per (seed, index) and differs across indices', () => {
    const a = generateMazeTask({ seed: 4, index: 2, width: 6, height: 5 });
    expect(generateMazeTask({ seed: 4, index: 2, width: 6, height: 5 })).toEqual(a);
    const others = [0, 1, 3, 4].map((i) => generateMazeTask({ seed: 4, index: i, width: 6, height: 5 }).maze);
    expect(others.some((m) => JSON.stringify(m) !== JSON.stringify(a.maze))).toBe(true);
  });

  it('places the goal uniformly and walls at the requested rate', () => {
    // No walls: the goal is uniform over the 9 cells.
    const counts = new Array<number>(9).fill(0);
    for (let i = 0; i < 1800; i++) counts[randomMaze(randomMazeStream(2, i), { wallProbability: 0 }).goal]!++;
    for (const c of counts) expect(Math.abs(c - 200)).toBeLessThan(60);
    // Walls: at least the drawn fraction (cut-off cells only add walls), not wildly more.
    let walls = 0;
    const n = 100;
    for (let i = 0; i < n; i++) walls += randomMaze(randomMazeStream(2, i), { width: 10, height: 10, wallProbability: 0.2 }).walls.filter(Boolean).length;
    const fraction = walls / (n * 100);
    expect(fraction).toBeGreaterThan(0.19);
    expect(fraction).toBeLessThan(0.3);
  });

  const corridor: Maze = { width: 4, height: 2, walls: [false, false, true, false, false, false, false, false], goal: 3, goalReward: 127 / 128, wallPenalty: -1 / 128, stepReward: 0 };

  it('steps: moves, bumps into walls and the border, reaches the goal', () => {
    // Layout:  ..#G
    //          ....
    expect(mazeMove(corridor, 0, 0)).toEqual({ event: 'bump', reward: -1 / 128, cell: 0 }); // north border
    expect(mazeMove(corridor, 1, 1)).toEqual({ event: 'bump', reward: -1 / 128, cell: 1 }); // wall
    expect(mazeMove(corridor, 0, 1)).toEqual({ event: 'move', reward: 0, cell: 1 });
    expect(mazeMove(corridor, 7, 0)).toEqual({ event: 'goal', reward: 127 / 128, cell: 3 });
    expect(renderMaze(corridor)).toBe('..#G\n....');
  });

  it('as an MDP: deterministic moves, uniform restart after the goal, state-action rewards', () => {
    const mdp = mazeToMdp(corridor);
    const cells = stateCells(corridor);
    expect(cells).toEqual([0, 1, 4, 5, 6, 7]);
    expect(mdp.states).toBe(6);
    expect(mdp.actions).toBe(4);
    expect(mdpProblems(mdp)).toEqual([]);
    const s7 = cells.indexOf(7);
    // North from cell 7 reaches the goal: restart uniformly over all 6 states.
    for (const p of mdp.transitions[s7]![0]!) expect(Math.abs(p - 1 / 6)).toBeLessThan(1 / PROB_SCALE);
    // East from cell 0 goes to cell 1 with certainty.
    expect(mdp.transitions[0]![1]).toEqual([0, 1, 0, 0, 0, 0]);
    // Bump: stay.
    expect(mdp.transitions[1]![1]).toEqual([0, 1, 0, 0, 0, 0]);
    expect(mdp.rewards).toMatchObject({ shape: 'state-action' });
    if (mdp.rewards.shape !== 'state-action') throw new Error('shape');
    expect(mdp.rewards.r[s7]![0]).toBe(127 / 128);
    expect(mdp.rewards.r[1]![1]).toBe(-1 / 128);
    // The best first step everywhere leads along the shortest path to the goal.
    const first = optimalEpisodeReward(mdp, 50).firstPolicy!;
    expect(renderMaze(corridor, first)).toBe('>v#G\n>>>^');
  });

  it('rejects bad maze options with the option and its range', () => {
    expect(() => randomMaze(randomMazeStream(1, 0), { width: 0 })).toThrow(/width: must be an integer in \[1, 256\], got 0/);
    expect(() => randomMaze(randomMazeStream(1, 0), { width: 1, height: 1 })).toThrow(/must be in \[2, 256\] cells/);
    expect(() => randomMaze(randomMazeStream(1, 0), { wallProbability: 0.95 })).toThrow(/wallProbability: must be a number in \[0, 0.9\]/);
  });
});

describe('MDP structure checks', () => {
  it('name the bad entry', () => {
    const bad: Mdp = {
      states: 2,
      actions: 1,
      start: [0.5, 0.5],
      transitions: [[[0.5, 0.6]], [[1, 0]]],
      rewards: { shape: 'state-action', r: [[0], [2]] },
    };
    const p = mdpProblems(bad);
    expect(p).toContain('transitions[0][0]: must sum to 1, sums to 1.1');
    expect(p).toContain('rewards[1][0]: must be in [-1, 1], got 2');
  });
});
