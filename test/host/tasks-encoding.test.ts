import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import {
  HEADER_SIZE,
  PROB_SCALE,
  binarySize,
  decodeTaskBinary,
  encodeTaskBinary,
  formatTaskFile,
  fromFixedPoint,
  generateMazeTask,
  generateRandomMdpTask,
  mdpTask,
  parseTaskFile,
  taskFixedPoint,
  taskToJson,
  type Task,
} from '../../host/tasks/index.js';

/** The diagnostics of a UserError, as "line:col: message" strings. */
function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return e.diagnostics.map((d) => (d.loc ? `${d.loc.line}:${d.loc.col}: ${d.message}` : d.message));
  }
  throw new Error('expected a UserError');
}

describe('binary form', () => {
  it('puts a 6x8 MDP in under 1 KiB: 900 bytes with R[s][a][s\'], 660 with R[s][a]', () => {
    const t = generateRandomMdpTask({ seed: 1 });
    expect(encodeTaskBinary(t).length).toBe(900);
    expect(binarySize(6, 8, 'transition')).toBe(900);
    expect(encodeTaskBinary(generateRandomMdpTask({ seed: 1, rewardShape: 'state-action' })).length).toBe(660);
  });

  it('has the documented big-endian header and layout', () => {
    const t = generateRandomMdpTask({ seed: 1, episodeLength: 1234 });
    const b = encodeTaskBinary(t);
    const dv = new DataView(b.buffer);
    expect(String.fromCharCode(...b.subarray(0, 4))).toBe('DLST');
    expect(b[4]).toBe(1); // version
    expect(b[5]).toBe(0); // kind: mdp
    expect(b[6]).toBe(1); // flags: transition rewards
    expect(b[7]).toBe(0);
    expect([b[8], b[9]]).toEqual([6, 8]);
    expect(dv.getUint16(10)).toBe(900);
    expect(dv.getUint32(12)).toBe(1234);
    expect(dv.getUint32(16)).toBe(t.episode.seed);
    const offT = dv.getUint16(20);
    const offR = dv.getUint16(22);
    expect(offT).toBe(HEADER_SIZE + 2 * 6);
    expect(offR).toBe(offT + 2 * 6 * 8 * 6);
    const fp = taskFixedPoint(t);
    // Start thresholds, then row (s=2, a=5), then R[1][3][4], read straight from the bytes.
    for (let k = 0; k < 6; k++) expect(dv.getUint16(HEADER_SIZE + 2 * k)).toBe(fp.startThresholds[k]);
    expect(dv.getUint16(HEADER_SIZE + 2 * 5)).toBe(PROB_SCALE);
    let cum = 0;
    for (let k = 0; k < 6; k++) {
      cum += Math.round(t.mdp.transitions[2]![5]![k]! * PROB_SCALE);
      expect(dv.getUint16(offT + 2 * (6 * (2 * 8 + 5) + k))).toBe(cum);
    }
    if (t.mdp.rewards.shape !== 'transition') throw new Error('shape');
    expect(dv.getInt8(offR + (1 * 8 + 3) * 6 + 4)).toBe(Math.round(t.mdp.rewards.r[1]![3]![4]! * 128));
  });

  it('round-trips: bytes -> task -> bytes is the identity, task -> bytes -> task too', () => {
    const tasks: Task[] = [
      generateRandomMdpTask({ seed: 2 }),
      generateRandomMdpTask({ seed: 2, rewardShape: 'state-action', states: 3, actions: 5 }),
      generateMazeTask({ seed: 2, width: 5, height: 5 }),
    ];
    for (const t of tasks) {
      const bytes = encodeTaskBinary(t);
      const decoded = decodeTaskBinary(bytes);
      expect(decoded).toEqual(taskFixedPoint(t));
      expect(fromFixedPoint(decoded)).toEqual(t.mdp);
      expect(decoded.kind).toBe(t.kind);
      expect(decoded.episode).toEqual(t.episode);
      expect(encodeTaskBinary({ kind: 'mdp', mdp: fromFixedPoint(decoded), episode: decoded.episode }).subarray(6)).toEqual(bytes.subarray(6));
    }
  });

  it('round-trips any generated task (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('transition' as const, 'state-action' as const),
        fc.integer({ min: 0, max: 0xffffffff }),
        (seed, states, actions, rewardShape, length) => {
          const t = generateRandomMdpTask({ seed, states, actions, rewardShape, episodeLength: length });
          const bytes = encodeTaskBinary(t);
          expect(bytes.length % 4).toBe(0);
          const back = decodeTaskBinary(bytes);
          expect(fromFixedPoint(back)).toEqual(t.mdp);
          expect(back.episode).toEqual({ length, seed: t.episode.seed });
        },
      ),
      { seed: 20261122, numRuns: 60 },
    );
  });

  it('rejects damaged images, naming the byte and the field', () => {
    const good = encodeTaskBinary(generateRandomMdpTask({ seed: 1, states: 3, actions: 2 }));
    const damaged = (f: (b: Uint8Array, dv: DataView) => void) => {
      const b = good.slice();
      f(b, new DataView(b.buffer));
      return problems(() => decodeTaskBinary(b, 'task.bin'));
    };
    expect(damaged((b) => (b[0] = 0x58))).toEqual(['task.bin: byte 0 (magic): expected "DLST", got "XLST"']);
    expect(damaged((b) => (b[4] = 2))).toEqual(['task.bin: byte 4 (version): this dls reads version 1, got 2']);
    expect(damaged((b) => (b[7] = 1))).toEqual(['task.bin: byte 7 (reserved): must be 0, got 1']);
    expect(problems(() => decodeTaskBinary(good.subarray(0, 10), 'task.bin'))).toEqual(['task.bin: too short for the 24-byte header: 10 bytes']);
    expect(problems(() => decodeTaskBinary(good.subarray(0, good.length - 4), 'task.bin'))[0]).toMatch(/^task.bin: length: a 3x2 task with transition rewards takes \d+ bytes, got \d+$/);
    // Start thresholds at 24, 26, 28: make the second smaller than the first, and the last not 65535.
    const msgs = damaged((_, dv) => {
      dv.setUint16(24, 60000);
      dv.setUint16(26, 10);
      dv.setUint16(28, 65000);
    });
    expect(msgs).toContain('task.bin: byte 26 (start threshold 1): thresholds must not decrease, 10 < 60000');
    expect(msgs).toContain('task.bin: byte 28 (start last threshold): must be 65535, got 65000');
    const offT = new DataView(good.buffer).getUint16(20);
    expect(damaged((_, dv) => dv.setUint16(offT + 2 * (3 * 3 + 2), 7))).toContain(`task.bin: byte ${offT + 2 * (3 * 3 + 2)} (transition (s=1, a=1) last threshold): must be 65535, got 7`);
  });

  it('refuses tasks too large for the format', () => {
    const big = generateRandomMdpTask({ seed: 1, states: 120, actions: 4 });
    expect(() => encodeTaskBinary(big)).toThrow(/needs \d+ bytes; the binary form holds at most 65535/);
  });
});

describe('task files (versioned JSON)', () => {
  it('round-trip through text for both families', () => {
    for (const t of [generateRandomMdpTask({ seed: 9 }), generateRandomMdpTask({ seed: 9, rewardShape: 'state-action' }), generateMazeTask({ seed: 9, width: 4, height: 3 })]) {
      const text = formatTaskFile(t);
      const back = parseTaskFile(text, 't.json');
      expect(back).toEqual(t);
      expect(formatTaskFile(back)).toBe(text);
    }
  });

  it('project hand-written numbers onto the fixed-point grid', () => {
    const text = JSON.stringify({
      format: 'dls-task',
      version: 1,
      kind: 'mdp',
      episode: { length: 10, seed: 1 },
      mdp: { states: 2, actions: 1, rewardShape: 'state-action', start: [1, 0], transitions: [[[1 / 3, 2 / 3]], [[0.5, 0.5]]], rewards: [[1], [-0.3]] },
    });
    const t = parseTaskFile(text, 'hand.json');
    expect(t.mdp.transitions[0]![0]).toEqual([21845 / PROB_SCALE, 43690 / PROB_SCALE]);
    expect(t.mdp.rewards).toEqual({ shape: 'state-action', r: [[127 / 128], [-38 / 128]] });
    expect(t.mdp.start).toEqual([1, 0]);
    expect(t).toEqual(mdpTask(t.mdp, { length: 10, seed: 1 }));
  });

  const goodMdp = () => taskToJson(generateRandomMdpTask({ seed: 1, states: 2, actions: 2 })) as unknown as Record<string, any>;

  it('report every bad field with its path, allowed range and file:line:col', () => {
    const f = goodMdp();
    f.mdp.states = 300;
    f.episode.seed = -1;
    f.mdp.transitions[1][0][1] = 1.5;
    f.mdp.rewards[0][1][0] = 'x';
    const text = JSON.stringify(f, null, 2);
    const p = problems(() => parseTaskFile(text, 'bad.json'));
    const lineOf = (needle: string, nth = 0) => {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      return text.slice(0, at).split('\n').length;
    };
    expect(p).toContain(`${lineOf('"seed": -1')}:13: episode.seed: must be in [0, 4294967295], got -1`);
    expect(p).toContain(`${lineOf('"states": 300')}:15: mdp.states: must be in [1, 255], got 300`);
    expect(p.some((m) => /^\d+:\d+: mdp\.transitions\[1\]\[0\]\[1\]: must be in \[0, 1\], got 1\.5$/.test(m))).toBe(true);
    expect(p.some((m) => /^\d+:\d+: mdp\.rewards\[0\]\[1\]\[0\]: .*got "x"$/.test(m))).toBe(true);
  });

  it('checks shapes against S and A, row sums, and unknown fields', () => {
    const f = goodMdp();
    f.mdp.transitions[0][1] = [0.5, 0.4];
    f.mdp.rewards[1] = [[0, 0]];
    f.mdp.start = [1];
    const p = problems(() => parseTaskFile(JSON.stringify(f), 'x.json'));
    expect(p.map((m) => m.replace(/^\d+:\d+: /, ''))).toEqual([
      'mdp.start: must have 2 entries (one per state), got 1',
      'mdp.transitions[0][1]: must sum to 1 (within 0.000001), sums to 0.9',
      'mdp.rewards[1]: must have 2 entries (one per action), got 1',
    ]);
    const g = goodMdp();
    g.extra = 1;
    g.mdp.rewardShape = 'state-action';
    const q = problems(() => parseTaskFile(JSON.stringify(g), 'x.json')).map((m) => m.replace(/^\d+:\d+: /, ''));
    expect(q).toContain('(top level): unknown field "extra"');
    const h = goodMdp();
    h.mdp.rewardShape = 'state-action';
    expect(problems(() => parseTaskFile(JSON.stringify(h), 'x.json'))[0]).toMatch(/mdp\.rewards\[0\]\[0\]: must be one reward in \[-1, 1\] \(rewardShape is "state-action"\), got an array/);
  });

  it('checks the header: format, version, kind', () => {
    const f = goodMdp();
    f.version = 2;
    expect(problems(() => parseTaskFile(JSON.stringify(f), 'x.json'))).toEqual(['1:32: version: this dls reads version 1, got 2']);
    const g = goodMdp();
    g.kind = 'pong';
    expect(problems(() => parseTaskFile(JSON.stringify(g), 'x.json'))[0]).toMatch(/kind: must be "mdp" or "maze"/);
  });

  it('check maze grids: one goal, known characters, reachability', () => {
    const maze = (grid: string[]) => JSON.stringify({ format: 'dls-task', version: 1, kind: 'maze', episode: { length: 5, seed: 0 }, maze: { grid, goalReward: 0.99, wallPenalty: -0.01, stepReward: 0 } });
    expect(parseTaskFile(maze(['.G', '#.']), 'm.json').mdp.states).toBe(2);
    expect(problems(() => parseTaskFile(maze(['..', '#.']), 'm.json'))[0]).toMatch(/maze\.grid: must have exactly one goal 'G', got 0/);
    expect(problems(() => parseTaskFile(maze(['.G', '#x']), 'm.json'))[0]).toMatch(/maze\.grid\[1\]: cell 1 must be '\.', '#' or 'G', got "x"/);
    expect(problems(() => parseTaskFile(maze(['.G#.', '..#.']), 'm.json'))[0]).toMatch(/maze\.grid: free cells cannot reach the goal: \(x=3, y=0\), \(x=3, y=1\)/);
    expect(problems(() => parseTaskFile(maze(['.G', '.']), 'm.json'))[0]).toMatch(/maze\.grid\[1\]: must have 2 cells like row 0, got 1/);
  });

  it('report JSON syntax errors at their position', () => {
    expect(problems(() => parseTaskFile('{\n  "format": "dls-task",\n  "version": 1,,\n}', 's.json'))).toEqual(["3:16: invalid JSON: expected a string key, got \",\""]);
    expect(problems(() => parseTaskFile('[1, 2', 's.json'))).toEqual(["1:6: invalid JSON: expected ',' or ']', got end of input"]);
    expect(problems(() => parseTaskFile('{"a": tru}', 's.json'))).toEqual(['1:7: invalid JSON: unexpected "t"']);
  });
});
