// The on-chip inner loop (experiments/l2l/td.dsl on the emulated chip): it learns the optimal
// policy of a two-state MDP whose optimum is not greedy, is deterministic, and reports what the
// driver needs (rewards per block, final Q-values).

import { describe, expect, it } from 'vitest';
import { innerLoop } from '../../experiments/l2l/backends.js';
import { generateRandomMdpTask, mdpTask, rescaleRow, type Mdp } from '../../host/tasks/index.js';
import { greedyActions } from '../../host/l2l/index.js';

// s0: a0 stays (+0.03), a1 climbs to s1 (-0.02); s1: a0 stays (+0.125), a1 falls back (0).
// Staying in s0 is the greedy choice; the optimum climbs and then stays: policy [1, 0].
const twoState: Mdp = {
  states: 2, actions: 2, start: [1, 0],
  transitions: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]],
  rewards: { shape: 'state-action', r: [[0.03, -0.02], [0.125, 0]] },
};
const theta = { gamma: 0.9, eta: 0.3, lambda: 0.5, weightLower: 0.2, weightUpper: 0.8, initialWeight: 0.3, inhibitoryWeight: 0.4, rescaleFrequency: 0 };

describe('the on-chip TD inner loop', () => {
  it('makes the chip\'s greedy policy optimal on a two-state MDP with a non-greedy optimum', async () => {
    const loop = await innerLoop('chip');
    const session = await loop.createSession(loop.resolveOptions({}));
    const task = mdpTask(twoState, { length: 600, seed: 5 });
    for (const agent of [1, 2, 3]) {
      const r = await session.runEpisode(theta, task, { environment: 7, agent }, 600);
      expect(r.steps).toBe(600);
      expect(greedyActions(r.finalQ!).map((g) => (g.length === 1 ? g[0] : -1)), `agent seed ${agent}`).toEqual([1, 0]);
      // Once learnt, every step earns the optimum's reward: 0.125 x 100 per block.
      expect(r.blockRewards.at(-1)).toBe(12.5);
    }
  });

  it('gives the same result for the same arguments, also after other episodes', async () => {
    const loop = await innerLoop('chip');
    const session = await loop.createSession(loop.resolveOptions({}));
    const task = mdpTask(twoState, { length: 300, seed: 5 });
    const a = await session.runEpisode(theta, task, { environment: 3, agent: 4 }, 300);
    await session.runEpisode({ ...theta, eta: 0.6 }, task, { environment: 9, agent: 9 }, 300);
    const b = await session.runEpisode(theta, task, { environment: 3, agent: 4 }, 300);
    const strip = (r: typeof a) => ({ ...r, wallSeconds: 0 });
    expect(strip(b)).toEqual(strip(a));
  });

  it('finishes the costliest Theta of the box: a 2000-step 6x8 episode that rescales after every step', async () => {
    // Rescaling steps take about 7,200 cycles against about 3,500 for an ordinary one; the
    // episode's cycle guard once assumed ordinary steps and stopped such runs as hung.
    const loop = await innerLoop('chip');
    const session = await loop.createSession(loop.resolveOptions({}));
    const task = generateRandomMdpTask({ seed: 11, states: 6, actions: 8 });
    const costly = { gamma: 0.99, eta: 1, lambda: 0.5, weightLower: 0, weightUpper: 1, initialWeight: 1, inhibitoryWeight: 0, rescaleFrequency: 1 / 2000 };
    const r = await session.runEpisode(costly, task, { environment: 2, agent: 3 }, 2000);
    expect(r.steps).toBe(2000);
    expect(r.chipCycles! / 2000).toBeGreaterThan(5000);
  });

  it('rescales a row as the software learner does: smallest weight to weightLower, largest to weightUpper, either order', async () => {
    // Rescaling only at the last step leaves the trajectory as it is with a period longer than the
    // episode, so the rescaled final weights must be that run's final weights mapped by rescaleRow
    // (the chip divides in integers, truncating). A band given upside down reverses each row's
    // ranking on both; a flat row stays as it is. (The reference run must have a period too: the
    // period test takes PPU cycles, which move the spikes against the analog dynamics, so a run
    // without rescaling learns something else.)
    const loop = await innerLoop('chip');
    const session = await loop.createSession(loop.resolveOptions({}));
    // A random 6x8 MDP whose state 5 is never entered (its row stays flat at the initial weight).
    const drawn = generateRandomMdpTask({ seed: 4, states: 6, actions: 8 }).mdp;
    const unreachable: Mdp = {
      ...drawn,
      start: [0.2, 0.2, 0.2, 0.2, 0.2, 0],
      transitions: drawn.transitions.map((row) => row.map((probs) => {
        const kept = probs.slice(0, 5);
        const sum = kept.reduce((x, y) => x + y, 0);
        return sum > 0 ? [...kept.map((p) => p / sum), 0] : [1, 0, 0, 0, 0, 0];
      })),
    };
    const task = mdpTask(unreachable, { length: 200, seed: 5 });
    const steps = 200;
    const base = { ...theta, eta: 0.5, initialWeight: 0.5 };
    const plain = (await session.runEpisode({ ...base, rescaleFrequency: (2 * steps) / 2000 }, task, { environment: 2, agent: 5 }, steps)).finalQ!;
    let reversedRows = 0;
    let flatRows = 0;
    for (const [weightLower, weightUpper] of [[0.2, 0.8], [0.9, 0.1]] as const) {
      const r = await session.runEpisode({ ...base, weightLower, weightUpper, rescaleFrequency: steps / 2000 }, task, { environment: 2, agent: 5 }, steps);
      const lo = Math.round(weightLower * 63);
      const hi = Math.round(weightUpper * 63);
      plain.forEach((row, s) => {
        const sw = Float64Array.from(row);
        rescaleRow(sw, 0, sw.length, lo, hi);
        expect(r.finalQ![s], `state ${s}, band ${lo}..${hi}`).toEqual(Array.from(sw, (v) => lo + Math.trunc(v - lo)));
        const flat = Math.min(...row) === Math.max(...row);
        if (flat) flatRows++;
        if (!flat && lo > hi) {
          reversedRows++;
          expect(r.finalQ![s]!.indexOf(hi)).toBe(row.indexOf(Math.max(...row)));
        }
      });
    }
    expect(reversedRows).toBeGreaterThan(0);
    expect(flatRows).toBeGreaterThan(0);
    expect(plain[5]).toEqual(new Array(8).fill(Math.round(0.5 * 63)));
  });

  it('rejects tasks that do not fit the network', async () => {
    const loop = await innerLoop('chip');
    const session = await loop.createSession(loop.resolveOptions({}));
    const big = generateRandomMdpTask({ seed: 1, states: 40, actions: 2 });
    await expect(async () => session.runEpisode(theta, big, { environment: 1, agent: 1 }, 10)).rejects.toThrow(/at most 31 states/);
  });
});
