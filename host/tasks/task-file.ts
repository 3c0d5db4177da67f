// The task file: versioned JSON, checked with zod. Every problem is reported at once, each with
// the path of the bad field, the allowed values and file:line:col. docs/tasks.md ("Task files")
// shows the format.
//
// On load the numbers are projected onto the PPU's fixed-point grid (a task is, by definition,
// what the chip runs), so a saved task loads back unchanged and a hand-written one with
// probabilities like 1/3 loads as the nearest representable task.

import { z } from 'zod';
import { UserError, type Diagnostic } from '../../common/errors.js';
import { parseJsonSource, type JsonPath, type JsonSource } from './json-source.js';
import { mazeProblems, mazeToMdp, type Maze } from './maze.js';
import type { Mdp, Rewards } from './mdp.js';
import { quantiseMdp, qToReward, rewardToQ } from './fixed-point.js';
import type { Task } from './task.js';

export const TASK_FORMAT = 'dls-task';
export const TASK_FILE_VERSION = 1;
/** A probability row in a file may miss 1 by this much (hand-written decimals). */
export const FILE_ROW_SUM_TOLERANCE = 1e-6;

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

function ranged(lo: number, hi: number, int = false) {
  const what = `${int ? 'an integer' : 'a number'} in [${lo}, ${hi}]`;
  let n = z.number({ error: (iss) => `expected ${what}, got ${show(iss.input)}` });
  if (int) n = n.int({ error: (iss) => `expected ${what}, got ${show(iss.input)}` });
  return n.min(lo, { error: (iss) => `must be in [${lo}, ${hi}], got ${show(iss.input)}` }).max(hi, { error: (iss) => `must be in [${lo}, ${hi}], got ${show(iss.input)}` });
}

const arrayOf = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: (iss) => `expected an array of ${what}, got ${show(iss.input)}` });

const probability = ranged(0, 1);
const reward = ranged(-1, 1);
const u32 = ranged(0, 0xffffffff, true);

const episodeSchema = z.strictObject({ length: u32, seed: u32 }, { error: (iss) => `expected {"length": ..., "seed": ...}, got ${show(iss.input)}` });

const originSchema = z
  .strictObject({
    family: z.enum(['random-mdp', 'maze'], { error: (iss) => `must be "random-mdp" or "maze", got ${show(iss.input)}` }),
    seed: u32,
    index: ranged(0, Number.MAX_SAFE_INTEGER, true),
    options: z.record(z.string(), z.unknown(), { error: (iss) => `expected an object, got ${show(iss.input)}` }),
  })
  .optional();

const mdpSchema = z.strictObject(
  {
    states: ranged(1, 255, true),
    actions: ranged(1, 255, true),
    rewardShape: z.enum(['transition', 'state-action'], { error: (iss) => `must be "transition" or "state-action", got ${show(iss.input)}` }),
    start: arrayOf(probability, 'probabilities'),
    transitions: arrayOf(arrayOf(arrayOf(probability, 'probabilities'), 'rows'), 'per-state arrays'),
    // Entries are checked against rewardShape in mdpShapeProblems, which can say which shape it expected.
    rewards: arrayOf(arrayOf(z.unknown(), 'rewards'), 'per-state arrays'),
  },
  { error: (iss) => `expected an object, got ${show(iss.input)}` },
);

const mazeSchema = z.strictObject(
  {
    grid: arrayOf(z.string({ error: (iss) => `expected a string of '.', '#' and 'G', got ${show(iss.input)}` }), 'strings'),
    goalReward: reward,
    wallPenalty: reward,
    stepReward: reward,
  },
  { error: (iss) => `expected an object, got ${show(iss.input)}` },
);

const header = {
  format: z.literal(TASK_FORMAT, { error: (iss) => `must be "${TASK_FORMAT}", got ${show(iss.input)}` }),
  version: z.literal(TASK_FILE_VERSION, { error: (iss) => `this dls reads version ${TASK_FILE_VERSION}, got ${show(iss.input)}` }),
  episode: episodeSchema,
  origin: originSchema,
};

const fileSchema = z.discriminatedUnion(
  'kind',
  [z.strictObject({ ...header, kind: z.literal('mdp'), mdp: mdpSchema }), z.strictObject({ ...header, kind: z.literal('maze'), maze: mazeSchema })],
  { error: (iss) => (iss.code === 'invalid_union' ? `kind: must be "mdp" or "maze"` : `expected a task object, got ${show(iss.input)}`) },
);

type TaskFileJson = z.infer<typeof fileSchema>;

interface Problem {
  path: JsonPath;
  message: string;
}

/** Shape checks zod's per-field types cannot express: lengths against S and A, row sums. */
function mdpShapeProblems(m: z.infer<typeof mdpSchema>): Problem[] {
  const out: Problem[] = [];
  const { states: S, actions: A } = m;
  const base = ['mdp'];
  const dist = (p: readonly number[], path: JsonPath) => {
    if (p.length !== S) return out.push({ path, message: `must have ${S} entries (one per state), got ${p.length}` });
    const sum = p.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > FILE_ROW_SUM_TOLERANCE) out.push({ path, message: `must sum to 1 (within ${FILE_ROW_SUM_TOLERANCE}), sums to ${sum}` });
    return 0;
  };
  dist(m.start, [...base, 'start']);
  if (m.transitions.length !== S) out.push({ path: [...base, 'transitions'], message: `must have ${S} entries (one per state), got ${m.transitions.length}` });
  m.transitions.slice(0, S).forEach((row, s) => {
    if (row.length !== A) return out.push({ path: [...base, 'transitions', s], message: `must have ${A} rows (one per action), got ${row.length}` });
    row.forEach((p, a) => dist(p, [...base, 'transitions', s, a]));
    return 0;
  });
  if (m.rewards.length !== S) out.push({ path: [...base, 'rewards'], message: `must have ${S} entries (one per state), got ${m.rewards.length}` });
  m.rewards.slice(0, S).forEach((row, s) => {
    if (row.length !== A) return out.push({ path: [...base, 'rewards', s], message: `must have ${A} entries (one per action), got ${row.length}` });
    row.forEach((r, a) => {
      const path = [...base, 'rewards', s, a];
      const checkReward = (v: unknown, at: JsonPath) => {
        if (typeof v !== 'number' || !(v >= -1 && v <= 1)) out.push({ path: at, message: `must be a reward in [-1, 1], got ${show(v)}` });
      };
      if (m.rewardShape === 'state-action') {
        if (Array.isArray(r)) out.push({ path, message: `must be one reward in [-1, 1] (rewardShape is "state-action"), got an array` });
        else checkReward(r, path);
      } else if (!Array.isArray(r)) out.push({ path, message: `must be an array of ${S} rewards in [-1, 1] (rewardShape is "transition"), got ${show(r)}` });
      else if (r.length !== S) out.push({ path, message: `must have ${S} entries (one per next state), got ${r.length}` });
      else r.forEach((v, k) => checkReward(v, [...path, k]));
    });
    return 0;
  });
  return out;
}

function mazeFromJson(m: z.infer<typeof mazeSchema>): { maze?: Maze; problems: Problem[] } {
  const problems: Problem[] = [];
  const height = m.grid.length;
  const width = m.grid[0]?.length ?? 0;
  if (height === 0 || width === 0) return { problems: [{ path: ['maze', 'grid'], message: 'must have at least one non-empty row' }] };
  if (width * height < 2 || width * height > 256) problems.push({ path: ['maze', 'grid'], message: `must have 2..256 cells, got ${width * height}` });
  const walls: boolean[] = [];
  const goals: number[] = [];
  m.grid.forEach((row, y) => {
    if (row.length !== width) problems.push({ path: ['maze', 'grid', y], message: `must have ${width} cells like row 0, got ${row.length}` });
    for (let x = 0; x < width; x++) {
      const c = row[x] ?? '#';
      if (c !== '.' && c !== '#' && c !== 'G') problems.push({ path: ['maze', 'grid', y], message: `cell ${x} must be '.', '#' or 'G', got ${JSON.stringify(c)}` });
      if (c === 'G') goals.push(y * width + x);
      walls.push(c === '#');
    }
  });
  if (goals.length !== 1) problems.push({ path: ['maze', 'grid'], message: `must have exactly one goal 'G', got ${goals.length}` });
  if (problems.length) return { problems };
  const q = (r: number) => qToReward(rewardToQ(r));
  const maze: Maze = { width, height, walls, goal: goals[0]!, goalReward: q(m.goalReward), wallPenalty: q(m.wallPenalty), stepReward: q(m.stepReward) };
  for (const p of mazeProblems(maze)) problems.push({ path: ['maze', 'grid'], message: p });
  return { maze, problems };
}

function mdpFromJson(m: z.infer<typeof mdpSchema>): Mdp {
  const rewards: Rewards =
    m.rewardShape === 'state-action'
      ? { shape: 'state-action', r: m.rewards.map((row) => row.map((r) => r as number)) }
      : { shape: 'transition', r: m.rewards.map((row) => row.map((r) => r as number[])) };
  return quantiseMdp({ states: m.states, actions: m.actions, transitions: m.transitions, rewards, start: m.start });
}

/**
 * Reward entries that are neither a reward nor an array of rewards, found without trusting the
 * rest of the document: reported alongside the schema's problems (rewards escape the schema so
 * that the shape-aware check can explain itself once the rest is valid).
 */
function looseRewardProblems(value: unknown): Problem[] {
  const out: Problem[] = [];
  const rewards = (value as { mdp?: { rewards?: unknown } } | null)?.mdp?.rewards;
  if (!Array.isArray(rewards)) return out;
  const ok = (v: unknown) => typeof v === 'number' && v >= -1 && v <= 1;
  rewards.forEach((row, s) => {
    if (!Array.isArray(row)) return;
    row.forEach((r, a) => {
      if (Array.isArray(r)) r.forEach((v, k) => !ok(v) && out.push({ path: ['mdp', 'rewards', s, a, k], message: `must be a reward in [-1, 1], got ${show(v)}` }));
      else if (!ok(r)) out.push({ path: ['mdp', 'rewards', s, a], message: `must be a reward in [-1, 1] or an array of them, got ${show(r)}` });
    });
  });
  return out;
}

/** A task from parsed JSON; `src` (when the JSON came from text) gives the diagnostics locations. */
export function taskFromJson(value: unknown, src?: JsonSource): Task {
  const diag = (p: Problem): Diagnostic => (src ? src.diagnostic(p.path, p.message) : { message: `${p.path.length ? p.path.join('.') : '(top level)'}: ${p.message}` });
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((iss) => {
      const path = iss.path.filter((k): k is string | number => typeof k !== 'symbol');
      const message = iss.code === 'unrecognized_keys' ? `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => JSON.stringify(k)).join(', ')}` : iss.message;
      return { path, message };
    });
    throw new UserError([...problems, ...looseRewardProblems(value)].map(diag));
  }
  const f: TaskFileJson = parsed.data;
  if (f.kind === 'mdp') {
    const problems = mdpShapeProblems(f.mdp);
    if (problems.length) throw new UserError(problems.map(diag));
    return { kind: 'mdp', mdp: mdpFromJson(f.mdp), episode: f.episode, ...(f.origin ? { origin: f.origin } : {}) };
  }
  const { maze, problems } = mazeFromJson(f.maze);
  if (problems.length || !maze) throw new UserError(problems.map(diag));
  return { kind: 'maze', maze, mdp: mazeToMdp(maze), episode: f.episode, ...(f.origin ? { origin: f.origin } : {}) };
}

/** Parses a task file's text; `file` names it in diagnostics. */
export function parseTaskFile(text: string, file: string): Task {
  const src = parseJsonSource(text, file);
  return taskFromJson(src.value, src);
}

/** The JSON object of a task file (see parseTaskFile for the way back). */
export function taskToJson(task: Task): TaskFileJson {
  // Key order is the order a reader wants: what it is, then how it runs, then the content.
  const head = { format: TASK_FORMAT, version: TASK_FILE_VERSION, kind: task.kind, episode: { ...task.episode }, ...(task.origin ? { origin: task.origin } : {}) } as const;
  if (task.kind === 'maze') {
    const { maze } = task;
    const grid: string[] = [];
    for (let y = 0; y < maze.height; y++) {
      let row = '';
      for (let x = 0; x < maze.width; x++) {
        const c = y * maze.width + x;
        row += maze.walls[c] ? '#' : c === maze.goal ? 'G' : '.';
      }
      grid.push(row);
    }
    return { ...head, kind: 'maze', maze: { grid, goalReward: maze.goalReward, wallPenalty: maze.wallPenalty, stepReward: maze.stepReward } };
  }
  const m = task.mdp;
  return {
    ...head,
    kind: 'mdp',
    mdp: {
      states: m.states,
      actions: m.actions,
      rewardShape: m.rewards.shape,
      start: [...m.start],
      transitions: m.transitions.map((row) => row.map((p) => [...p])),
      rewards: m.rewards.shape === 'state-action' ? m.rewards.r.map((row) => [...row]) : m.rewards.r.map((row) => row.map((v) => [...v])),
    },
  };
}

/** Pretty JSON with arrays of numbers or strings kept on one line, so a 6x8 MDP stays readable. */
export function formatTaskFile(task: Task): string {
  const fmt = (v: unknown, indent: string): string => {
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'number' || typeof x === 'string')) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      const inner = indent + '  ';
      return `[\n${v.map((x) => inner + fmt(x, inner)).join(',\n')}\n${indent}]`;
    }
    if (v && typeof v === 'object') {
      const inner = indent + '  ';
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      if (!entries.length) return '{}';
      return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${fmt(x, inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return fmt(taskToJson(task), '') + '\n';
}
