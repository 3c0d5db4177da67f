import { describe, expect, it } from 'vitest';
import {
  Lcg,
  PROB_SCALE,
  PpuEnvironment,
  generateMazeTask,
  generateRandomMdpTask,
  mdpTask,
  runPpuEpisode,
  sampleRow,
  taskFixedPoint,
  thresholdsOf,
  withEpisode,
} from '../../host/tasks/index.js';

describe('the PPU LCG', () => {
  it('is x <- 1664525 x + 1013904223 mod 2^32 with the high half as output', () => {
    // Values checked with Python's arbitrary-precision integers.
    const g = new Lcg(0);
    expect([g.next16(), g.next16(), g.next16(), g.next16()]).toEqual([15470, 18256, 53708, 43769]);
    expect(g.state).toBe(0xaaf95334);
    const h = new Lcg(12345);
    expect([h.next16(), h.next16(), h.next16()]).toEqual([1337, 1084, 35596]);
    expect(h.state).toBe(2332836374);
  });

  it('agrees with a BigInt implementation over many steps and seeds', () => {
    for (const seed of [0, 1, 0xffffffff, 0x80000000, 987654321]) {
      const g = new Lcg(seed);
      let x = BigInt(seed);
      for (let i = 0; i < 2000; i++) {
        x = (1664525n * x + 1013904223n) % 4294967296n;
        expect(g.next16()).toBe(Number(x >> 16n));
      }
      expect(g.state).toBe(Number(x));
    }
  });

  it('below(n) = (u16 * n) >> 16 covers 0..n-1 about evenly', () => {
    const g = new Lcg(7);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60000; i++) counts[g.below(6)]!++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(500);
    expect(() => g.below(0)).toThrow();
  });
});

describe('threshold sampling', () => {
  /** Feeds the given 16-bit values in order. */
  const seq = (values: number[]) => {
    let i = 0;
    return { next16: () => values[i++]! };
  };

  it('chooses each state for exactly its weight of the 65535 accepted values', () => {
    const weights = [0, 1, 30000, 0, 35533, 1];
    const th = thresholdsOf(weights);
    expect(th[th.length - 1]).toBe(PROB_SCALE);
    const counts = new Array<number>(weights.length).fill(0);
    for (let u = 0; u < 0xffff; u++) counts[sampleRow(seq([u]), th, 0)]!++;
    expect(counts).toEqual(weights);
  });

  it('rejects 0xFFFF and draws again', () => {
    const th = thresholdsOf([100, 65435]);
    const src = seq([0xffff, 0xffff, 50]);
    expect(sampleRow(src, th, 0)).toBe(0);
    expect(src.next16()).toBe(undefined); // all three values were consumed
  });

  it('reads the row at the given offset', () => {
    const th = [...thresholdsOf([65535, 0]), ...thresholdsOf([0, 65535])];
    expect(sampleRow(seq([0]), th, 2)).toBe(1);
    expect(sampleRow(seq([65534]), th, 0)).toBe(0);
  });
});

describe('PpuEnvironment', () => {
  it('reproduces the quantised transition probabilities', () => {
    const t = generateRandomMdpTask({ seed: 4, states: 4, actions: 2 });
    const env = new PpuEnvironment(taskFixedPoint(t));
    let s = env.reset();
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    const visits = [0, 0, 0, 0];
    const n = 200000;
    for (let i = 0; i < n; i++) {
      const next = env.step(1).next;
      counts[s]![next]!++;
      visits[s]!++;
      s = next;
    }
    for (let a = 0; a < 4; a++) {
      if (visits[a]! < 1000) continue;
      for (let k = 0; k < 4; k++) {
        const p = t.mdp.transitions[a]![1]![k]!;
        const sd = Math.sqrt((p * (1 - p)) / visits[a]!);
        expect(Math.abs(counts[a]![k]! / visits[a]! - p)).toBeLessThan(5 * sd + 1e-9);
        if (p === 0) expect(counts[a]![k]).toBe(0);
      }
    }
  });

  it('pays R[s][a][s\'] or R[s][a] as the reward shape says', () => {
    for (const rewardShape of ['transition', 'state-action'] as const) {
      const t = generateRandomMdpTask({ seed: 5, states: 3, actions: 2, rewardShape });
      const env = new PpuEnvironment(taskFixedPoint(t));
      let s = env.reset();
      for (let i = 0; i < 300; i++) {
        const a = i % 2;
        const st = env.step(a);
        const R = t.mdp.rewards;
        const expected = R.shape === 'state-action' ? R.r[s]![a]! : R.r[s]![a]![st.next]!;
        expect(st.reward).toBe(expected);
        expect(st.rewardQ).toBe(expected * 128);
        s = st.next;
      }
    }
  });

  it('restarts identically after reset and follows the episode seed', () => {
    const t = generateRandomMdpTask({ seed: 6 });
    const policy = (s: number, step: number) => (s + step) % 8;
    const a = runPpuEpisode(taskFixedPoint(t), policy);
    const b = runPpuEpisode(taskFixedPoint(t), policy);
    expect(b).toEqual(a);
    expect(a.states.length).toBe(2001);
    expect(a.totalQ).toBe(a.rewardsQ.reduce((x, y) => x + y, 0));
    expect(a.totalReward).toBe(a.totalQ / 128);
    const c = runPpuEpisode(taskFixedPoint(withEpisode(t, { seed: t.episode.seed + 1 })), policy);
    expect(c.states).not.toEqual(a.states);
  });

  it('draws the start state from the start thresholds with the first LCG draw', () => {
    const t = mdpTask(
      { states: 3, actions: 1, start: [0, 0.5, 0.5], transitions: [[[1, 0, 0]], [[0, 1, 0]], [[0, 0, 1]]], rewards: { shape: 'state-action', r: [[0], [0], [0]] } },
      { length: 0, seed: 0 },
    );
    // First draw from seed 0 is 15470 < 32768 (the first threshold of weight 32768/32767).
    expect(new PpuEnvironment(taskFixedPoint(t)).reset()).toBe(1);
    expect(new PpuEnvironment(taskFixedPoint(withEpisode(t, { seed: 2 }))).reset()).toBe(new Lcg(2).next16() < 32768 ? 1 : 2);
  });

  it('moves through a maze deterministically and restarts after the goal', () => {
    const t = generateMazeTask({ seed: 1, width: 4, height: 4, wallProbability: 0 });
    const env = new PpuEnvironment(taskFixedPoint(t));
    let s = env.reset();
    let goals = 0;
    const agent = new Lcg(99);
    for (let i = 0; i < 2000; i++) {
      const a = agent.below(4);
      const st = env.step(a);
      if (st.rewardQ === 127) goals++;
      else {
        // Not the goal: the next state is the one the (deterministic) transition row allows.
        expect(t.mdp.transitions[s]![a]![st.next]).toBe(1);
      }
      s = st.next;
    }
    expect(goals).toBeGreaterThan(0);
  });
});
