// The byte image of a task that the PPU reads from its mailbox. Big-endian like the PPU, every
// multi-byte field aligned to its size so that lhz/lwz reach it directly. The layout is
// documented in docs/tasks.md ("Binary form"); keep the two in step.
//
//   off size field
//   0   4    magic "DLST"
//   4   1    version (1)
//   5   1    kind: 0 random MDP / hand-made MDP, 1 maze (informational; the PPU steps both alike)
//   6   1    flags: bit 0 reward shape (0 = R[s][a], 1 = R[s][a][s']); other bits 0
//   7   1    reserved, 0
//   8   1    S, number of states (1..255)
//   9   1    A, number of actions (1..255)
//   10  2    total size in bytes (a multiple of 4)
//   12  4    episode length in steps
//   16  4    seed: initial state of the environment's LCG
//   20  2    offset of the transition thresholds
//   22  2    offset of the rewards
//   24  2*S  start thresholds (uint16, cumulative; the last is 65535)
//   ..  2*S*A*S transition thresholds, row (s, a) at offTransitions + 2*S*(s*A + a)
//   ..  rewards, int8 Q0.7: R[s][a] at offRewards + s*A + a, or R[s][a][s'] at
//       offRewards + (s*A + a)*S + s'
//   ..  zero padding to a multiple of 4

import { UserError } from '../../common/errors.js';
import { PROB_SCALE, qToReward, quantiseDistribution, rewardToQ, thresholdsOf, weightsOf } from './fixed-point.js';
import { assertMdp, type Mdp, type RewardShape } from './mdp.js';

export const TASK_MAGIC = 'DLST';
export const TASK_BINARY_VERSION = 1;
export const HEADER_SIZE = 24;

export type TaskKind = 'mdp' | 'maze';
const KIND_CODE: Record<TaskKind, number> = { mdp: 0, maze: 1 };
const KIND_OF_CODE: TaskKind[] = ['mdp', 'maze'];

export interface EpisodeSpec {
  /** Steps per episode (uint32). */
  readonly length: number;
  /** Initial state of the environment's LCG (uint32). */
  readonly seed: number;
}

/** The fixed-point arrays exactly as stored, for the PPU reference and the chip tests. */
export interface FixedPointTask {
  readonly kind: TaskKind;
  readonly S: number;
  readonly A: number;
  readonly rewardShape: RewardShape;
  readonly episode: EpisodeSpec;
  readonly startThresholds: Uint16Array;
  /** Row (s, a) at index S*(s*A + a). */
  readonly transitionThresholds: Uint16Array;
  /** Q0.7 codes, R[s][a] at s*A + a or R[s][a][s'] at (s*A + a)*S + s'. */
  readonly rewardsQ: Int8Array;
}

/** Byte size of the binary form of an S x A task. */
export function binarySize(S: number, A: number, shape: RewardShape): number {
  const rewards = shape === 'state-action' ? S * A : S * A * S;
  return Math.ceil((HEADER_SIZE + 2 * S + 2 * S * A * S + rewards) / 4) * 4;
}

/** The fixed-point form of an MDP (quantising probabilities and rewards as fixed-point.ts says). */
export function toFixedPoint(mdp: Mdp, kind: TaskKind, episode: EpisodeSpec): FixedPointTask {
  assertMdp(mdp);
  checkEpisode(episode);
  const { states: S, actions: A } = mdp;
  const startThresholds = Uint16Array.from(thresholdsOf(quantiseDistribution(mdp.start)));
  const transitionThresholds = new Uint16Array(S * A * S);
  for (let s = 0; s < S; s++) {
    for (let a = 0; a < A; a++) {
      transitionThresholds.set(thresholdsOf(quantiseDistribution(mdp.transitions[s]![a]!)), S * (s * A + a));
    }
  }
  let rewardsQ: Int8Array;
  const R = mdp.rewards;
  if (R.shape === 'state-action') {
    rewardsQ = Int8Array.from(R.r.flatMap((row) => row.map(rewardToQ)));
  } else {
    rewardsQ = Int8Array.from(R.r.flatMap((row) => row.flatMap((v) => v.map(rewardToQ))));
  }
  return { kind, S, A, rewardShape: R.shape, episode, startThresholds, transitionThresholds, rewardsQ };
}

/** The MDP a fixed-point task stands for (probabilities w/65535, rewards q/128). */
export function fromFixedPoint(t: FixedPointTask): Mdp {
  const { S, A } = t;
  const dist = (th: Uint16Array, off: number) => weightsOf(th.subarray(off, off + S)).map((w) => w / PROB_SCALE);
  const transitions: number[][][] = [];
  for (let s = 0; s < S; s++) {
    const row: number[][] = [];
    for (let a = 0; a < A; a++) row.push(dist(t.transitionThresholds, S * (s * A + a)));
    transitions.push(row);
  }
  const r: number[][] = [];
  const rt: number[][][] = [];
  for (let s = 0; s < S; s++) {
    if (t.rewardShape === 'state-action') {
      r.push(Array.from(t.rewardsQ.subarray(s * A, s * A + A), qToReward));
    } else {
      const row: number[][] = [];
      for (let a = 0; a < A; a++) {
        const o = (s * A + a) * S;
        row.push(Array.from(t.rewardsQ.subarray(o, o + S), qToReward));
      }
      rt.push(row);
    }
  }
  return {
    states: S,
    actions: A,
    transitions,
    rewards: t.rewardShape === 'state-action' ? { shape: 'state-action', r } : { shape: 'transition', r: rt },
    start: dist(t.startThresholds, 0),
  };
}

function checkEpisode(e: EpisodeSpec): void {
  const bad: string[] = [];
  if (!Number.isInteger(e.length) || e.length < 0 || e.length > 0xffffffff) bad.push(`episode length must be an integer in [0, 4294967295], got ${e.length}`);
  if (!Number.isInteger(e.seed) || e.seed < 0 || e.seed > 0xffffffff) bad.push(`episode seed must be an integer in [0, 4294967295], got ${e.seed}`);
  if (bad.length) throw new UserError(bad.map((message) => ({ message })));
}

/** The byte image (see the layout at the top of this file). */
export function encodeTask(t: FixedPointTask): Uint8Array {
  const { S, A } = t;
  if (S < 1 || S > 255 || A < 1 || A > 255) {
    throw new UserError(`task has ${S} states and ${A} actions; the binary form holds 1..255 of each`);
  }
  const size = binarySize(S, A, t.rewardShape);
  if (size > 0xffff) throw new UserError(`task needs ${size} bytes; the binary form holds at most 65535`);
  checkEpisode(t.episode);
  const buf = new Uint8Array(size);
  const dv = new DataView(buf.buffer);
  for (let i = 0; i < 4; i++) buf[i] = TASK_MAGIC.charCodeAt(i);
  buf[4] = TASK_BINARY_VERSION;
  buf[5] = KIND_CODE[t.kind];
  buf[6] = t.rewardShape === 'transition' ? 1 : 0;
  buf[8] = S;
  buf[9] = A;
  dv.setUint16(10, size);
  dv.setUint32(12, t.episode.length);
  dv.setUint32(16, t.episode.seed);
  const offT = HEADER_SIZE + 2 * S;
  const offR = offT + 2 * S * A * S;
  dv.setUint16(20, offT);
  dv.setUint16(22, offR);
  t.startThresholds.forEach((v, i) => dv.setUint16(HEADER_SIZE + 2 * i, v));
  t.transitionThresholds.forEach((v, i) => dv.setUint16(offT + 2 * i, v));
  t.rewardsQ.forEach((v, i) => dv.setInt8(offR + i, v));
  return buf;
}

/**
 * Parses and checks a byte image. Every problem is reported with the byte offset and the
 * field's name; `name` is what the diagnostics call the input (e.g. a file name).
 */
export function decodeTask(bytes: Uint8Array, name = '<task binary>'): FixedPointTask {
  const fail = (problems: string[]): never => {
    throw new UserError(problems.map((p) => ({ message: `${name}: ${p}` })));
  };
  if (bytes.length < HEADER_SIZE) fail([`too short for the ${HEADER_SIZE}-byte header: ${bytes.length} bytes`]);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  const problems: string[] = [];
  if (magic !== TASK_MAGIC) fail([`byte 0 (magic): expected "${TASK_MAGIC}", got ${JSON.stringify(magic)}`]);
  if (bytes[4] !== TASK_BINARY_VERSION) fail([`byte 4 (version): this dls reads version ${TASK_BINARY_VERSION}, got ${bytes[4]}`]);
  const kind = KIND_OF_CODE[bytes[5]!];
  if (!kind) problems.push(`byte 5 (kind): must be 0 (mdp) or 1 (maze), got ${bytes[5]}`);
  if ((bytes[6]! & ~1) !== 0) problems.push(`byte 6 (flags): only bit 0 may be set, got 0x${bytes[6]!.toString(16)}`);
  if (bytes[7] !== 0) problems.push(`byte 7 (reserved): must be 0, got ${bytes[7]}`);
  const S = bytes[8]!;
  const A = bytes[9]!;
  if (S < 1) problems.push('byte 8 (states): must be in [1, 255], got 0');
  if (A < 1) problems.push('byte 9 (actions): must be in [1, 255], got 0');
  if (problems.length) fail(problems);
  const shape: RewardShape = (bytes[6]! & 1) === 1 ? 'transition' : 'state-action';
  const size = binarySize(S, A, shape);
  const offT = HEADER_SIZE + 2 * S;
  const offR = offT + 2 * S * A * S;
  if (dv.getUint16(10) !== size) problems.push(`byte 10 (total size): a ${S}x${A} task with ${shape} rewards takes ${size} bytes, header says ${dv.getUint16(10)}`);
  if (bytes.length !== size) problems.push(`length: a ${S}x${A} task with ${shape} rewards takes ${size} bytes, got ${bytes.length}`);
  if (dv.getUint16(20) !== offT) problems.push(`byte 20 (transition offset): must be ${offT}, got ${dv.getUint16(20)}`);
  if (dv.getUint16(22) !== offR) problems.push(`byte 22 (reward offset): must be ${offR}, got ${dv.getUint16(22)}`);
  if (problems.length) fail(problems);
  const readRow = (off: number, what: string): Uint16Array => {
    const row = new Uint16Array(S);
    for (let k = 0; k < S; k++) row[k] = dv.getUint16(off + 2 * k);
    for (let k = 1; k < S; k++) {
      if (row[k]! < row[k - 1]!) problems.push(`byte ${off + 2 * k} (${what} threshold ${k}): thresholds must not decrease, ${row[k]} < ${row[k - 1]}`);
    }
    if (row[S - 1] !== PROB_SCALE) problems.push(`byte ${off + 2 * (S - 1)} (${what} last threshold): must be ${PROB_SCALE}, got ${row[S - 1]}`);
    return row;
  };
  const startThresholds = readRow(HEADER_SIZE, 'start');
  const transitionThresholds = new Uint16Array(S * A * S);
  for (let s = 0; s < S; s++) {
    for (let a = 0; a < A; a++) {
      transitionThresholds.set(readRow(offT + 2 * S * (s * A + a), `transition (s=${s}, a=${a})`), S * (s * A + a));
    }
  }
  const nR = shape === 'state-action' ? S * A : S * A * S;
  const rewardsQ = new Int8Array(nR);
  for (let i = 0; i < nR; i++) rewardsQ[i] = dv.getInt8(offR + i);
  for (let i = offR + nR; i < size; i++) {
    if (bytes[i] !== 0) problems.push(`byte ${i} (padding): must be 0, got ${bytes[i]}`);
  }
  if (problems.length) fail(problems);
  return {
    kind: kind!,
    S,
    A,
    rewardShape: shape,
    episode: { length: dv.getUint32(12), seed: dv.getUint32(16) },
    startThresholds,
    transitionThresholds,
    rewardsQ,
  };
}
