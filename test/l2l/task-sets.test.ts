import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { drawFamilyTask, drawTaskSet, taskFingerprint, taskSide, type FamilySpec } from '../../host/l2l/index.js';

const mdp: FamilySpec = { kind: 'mdp', options: { states: 6, actions: 8, rewardShape: 'transition' } };
const maze: FamilySpec = { kind: 'maze', options: { width: 3, height: 3, wallProbability: 0.2 } };

describe('training and test tasks', () => {
  it('a set holds the first tasks of its half, in index order, with the family generator\'s tasks', () => {
    const set = drawTaskSet(mdp, 11, 'train', 12, 2000);
    expect(set).toHaveLength(12);
    for (let i = 1; i < set.length; i++) expect(set[i]!.index).toBeGreaterThan(set[i - 1]!.index);
    for (const s of set) {
      expect(taskSide(s.task)).toBe('train');
      expect(s.task).toEqual(drawFamilyTask(mdp, 11, s.index, 2000));
      expect(s.seeds.environment).toBe(s.task.episode.seed);
    }
    // Every index skipped belongs to the other half.
    const last = set[set.length - 1]!.index;
    const taken = new Set(set.map((s) => s.index));
    for (let i = 0; i <= last; i++) if (!taken.has(i)) expect(taskSide(drawFamilyTask(mdp, 11, i, 2000))).toBe('test');
    // A shorter set is a prefix of a longer one (transfer tasks are the first test tasks).
    expect(drawTaskSet(mdp, 11, 'train', 5, 2000)).toEqual(set.slice(0, 5));
  });

  it('no test task is ever a training task, whatever the seeds (the halves split the task space)', () => {
    for (const family of [mdp, maze]) {
      const test = new Set(drawTaskSet(family, 2019, 'test', 50, 100).map((s) => taskFingerprint(s.task)));
      let trainTasks = 0;
      for (let seed = 0; seed < 40; seed++) {
        for (const s of drawTaskSet(family, seed, 'train', 20, 100)) {
          trainTasks++;
          expect(test.has(taskFingerprint(s.task))).toBe(false);
        }
      }
      expect(trainTasks).toBe(800);
    }
  });

  it('mazes: the family is small, so independent draws would overlap; the halves do not', () => {
    // 3x3 mazes repeat within a few hundred draws: the split is what keeps testing honest.
    const prints = new Set<number>();
    let repeats = 0;
    for (let i = 0; i < 400; i++) {
      const f = taskFingerprint(drawFamilyTask(maze, 1, i, 100));
      if (prints.has(f)) repeats++;
      prints.add(f);
    }
    expect(repeats).toBeGreaterThan(10);
  });

  it('each half keeps about half of the family and its statistics', () => {
    let test = 0;
    const density = { train: [] as number[], test: [] as number[] };
    for (let i = 0; i < 600; i++) {
      const t = drawFamilyTask(mdp, 5, i, 100);
      const side = taskSide(t);
      if (side === 'test') test++;
      let allowed = 0;
      for (const row of t.mdp.transitions) for (const p of row) for (const v of p) if (v > 0) allowed++;
      density[side].push(allowed / (6 * 8 * 6));
    }
    // Binomial(600, 1/2): sd 12.2; 5 sd either side.
    expect(test).toBeGreaterThan(300 - 61);
    expect(test).toBeLessThan(300 + 61);
    const m = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // Expected fraction of allowed transitions of the family: 1/2 + 1/(S(S+1)) = 0.524 (docs/tasks.md).
    expect(Math.abs(m(density.train) - 0.524)).toBeLessThan(0.04);
    expect(Math.abs(m(density.test) - 0.524)).toBeLessThan(0.04);
  });

  it('the fingerprint ignores the episode and sees the MDP', () => {
    const t = drawFamilyTask(mdp, 5, 0, 100);
    expect(taskFingerprint({ ...t, episode: { length: 7, seed: 99 } })).toBe(taskFingerprint(t));
    expect(taskFingerprint(drawFamilyTask(mdp, 5, 1, 100))).not.toBe(taskFingerprint(t));
  });

  it('a family too small to split is a user error, not an endless loop', () => {
    // A 2x1 maze without walls has exactly two tasks (goal left or right); they hash into the
    // same half, so the other half is empty and drawing from it must stop with a message.
    const tiny: FamilySpec = { kind: 'maze', options: { width: 2, height: 1, wallProbability: 0 } };
    const sides = new Set(Array.from({ length: 50 }, (_, i) => taskSide(drawFamilyTask(tiny, 1, i, 100))));
    expect(sides.size).toBe(1);
    const empty = sides.has('train') ? 'test' : 'train';
    expect(() => drawTaskSet(tiny, 1, empty, 3, 100)).toThrow(UserError);
    expect(() => drawTaskSet(tiny, 1, empty, 3, 100)).toThrow(/too few distinct tasks to keep training and test tasks apart/);
  });
});
