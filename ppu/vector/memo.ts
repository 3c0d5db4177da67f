// Memoised timing of the FXV unit: the cycle-level model of pipeline.ts, run once per distinct
// stretch of vector work and replayed afterwards (docs/vector-timing.md, "Speed").
//
// Why it is exact. The model is deterministic, and what it does (the cycles it returns, the
// effect steps it hands out with their cycles, whether instructions are in flight) depends only on
// its state and on the calls it gets: holdUntil(t), issue(op, t), advance(t), drain(t), where of
// an op only its timing fields matter. Whenever a drain leaves the unit quiet, its state is
// summed up by VecPipeline.quietKey() plus the cycle. From such a point (the start of a
// *segment*) the calls, with their times relative to the start and the ops' timing classes,
// therefore determine everything the model will do, up to the next quiet point.
//
// So the memo keeps, per start key, a trie of call sequences: each node is one call and holds what
// the model did for it (return value, effect steps with cycles relative to the segment start and
// the op by its position in the segment, the in-flight flag, and whether the segment ended there).
// A call that matches a child of the current node is answered from the node (REPLAY); the model
// itself is not touched and falls behind. A call with no matching child is a miss: the model is
// brought to the current point (put into the segment's start state and fed the segment's calls so
// far with effects suppressed), and from there runs for real until the segment ends, recording new
// nodes (LIVE). The L2L inner loop's vector work is a few hundred distinct segments repeated tens
// of thousands of times per episode, so nearly every call is a replay.
//
// Effects are replayed, not recomputed: the unit's perform() runs for every step, in the same
// order and with the same cycles as the model would give. Op records (unit.ts's pool) are referred
// to by their position in the segment: an effect always concerns an instruction in flight, whose
// record is intact (records are reused only after POOL_SIZE newer issues, far more than can be in
// flight).

import type { PerformFn, VecPipeline, VecTimingOp } from './pipeline.js';

/** What the memo needs of an op besides its timing: its timing class and a slot for its position. */
export interface MemoOp extends VecTimingOp {
  /** Interned timing fields (timingClassOf). */
  timingClass: number;
  /** Position in the current segment (set by the memo at issue). */
  segIndex: number;
}

const CALL_HOLD = 0;
const CALL_ISSUE = 1;
const CALL_ADVANCE = 2;
const CALL_DRAIN = 3;

/** Timing classes are below this; an edge key is (relative time, class * 4 + call kind). */
const CLASS_SPAN = 1 << 22;
/** Relative times must fit the trie's Int32Arrays and, combined with the class, a double exactly. */
const MAX_REL = 2 ** 28;
/** A segment with more calls than this runs live from there on (bounds the call log). */
const MAX_SEGMENT_CALLS = 8192;
/** Nodes kept at most; beyond, the memo starts afresh at the next segment (bounds memory). */
const MAX_NODES = 250_000;

const EFFECT_PASS = 0;
const EFFECT_RECORD = 1;
const EFFECT_SUPPRESS = 2;
const EFFECT_COLLECT = 3;

const MODE_REPLAY = 0;
const MODE_LIVE_RECORD = 1;
const MODE_LIVE = 2;

const classIds = new Map<string, number>();
const classOps: VecTimingOp[] = [];

/** Interned timing class of an op's timing fields (shared by all units of the process). */
export function timingClassOf(op: VecTimingOp): number {
  const k = `${op.unit},${op.srcA},${op.srcB},${op.dest},${op.writesVcr ? 1 : 0},${op.readsVcr ? 1 : 0},${op.kind}`;
  let id = classIds.get(k);
  if (id === undefined) {
    id = classOps.length;
    if (id >= CLASS_SPAN) throw new Error('vector timing memo: too many timing classes');
    classIds.set(k, id);
    classOps.push({ unit: op.unit, srcA: op.srcA, srcB: op.srcB, dest: op.dest, writesVcr: op.writesVcr, readsVcr: op.readsVcr, kind: op.kind });
  }
  return id;
}

/**
 * The tries of all start keys, as nodes in flat typed arrays (a replay walks nodes that were
 * recorded one after the other, so it reads memory in order). Node 0 is unused; each node is one
 * call: the key of the edge that leads to it, its most recent child (most nodes have one; the others
 * are in a map), and what the model did for the call.
 */
class Trie {
  count = 1;
  /** Edge key: time relative to the segment start, and timing class * 4 + call kind. */
  keyRel = new Int32Array(1024);
  keyClass = new Int32Array(1024);
  /** Most recent child, 0 if none; the other children by combined key. */
  child = new Int32Array(1024);
  more: (Map<number, number> | undefined)[] = [];
  /** holdUntil/drain result relative to the segment start. */
  ret = new Int32Array(1024);
  /** Instructions in flight after the call (1/0). */
  pending = new Uint8Array(1024);
  /** Effect steps: effects[effStart .. effStart + effLen), 4 numbers each (position, step, relative cycle, word). */
  effStart = new Int32Array(1024);
  effLen = new Int32Array(1024);
  /** drain only: quiet key if a new segment starts after it (else -1), and its cycle relative to this segment's start. */
  endKey = new Int32Array(1024);
  endRel = new Int32Array(1024);
  effects = new Int32Array(4096);
  effCount = 0;
  /** Root node per start key. */
  readonly roots = new Map<number, number>();

  clear(): void {
    this.count = 1;
    this.effCount = 0;
    this.more = [];
    this.roots.clear();
  }

  root(key: number): number {
    let r = this.roots.get(key);
    if (r === undefined) {
      r = this.add(0, -1, -1);
      this.roots.set(key, r);
    }
    return r;
  }

  /** The child of `node` along edge (rel, cls), or 0. */
  find(node: number, rel: number, cls: number): number {
    const c = this.child[node]!;
    if (c !== 0 && this.keyRel[c] === rel && this.keyClass[c] === cls) return c;
    const m = this.more[node];
    return m === undefined ? 0 : m.get(rel * CLASS_SPAN * 4 + cls) ?? 0;
  }

  /** A new node, child of `parent` (0: a root) along edge (rel, cls). */
  add(parent: number, rel: number, cls: number): number {
    if (this.count === this.keyRel.length) this.grow();
    const n = this.count++;
    this.keyRel[n] = rel;
    this.keyClass[n] = cls;
    this.child[n] = 0;
    this.effLen[n] = 0;
    this.endKey[n] = -1;
    if (parent !== 0) {
      const old = this.child[parent]!;
      if (old !== 0) {
        const m = (this.more[parent] ??= new Map());
        m.set(this.keyRel[old]! * CLASS_SPAN * 4 + this.keyClass[old]!, old);
      }
      this.child[parent] = n;
    }
    return n;
  }

  addEffects(n: number, rec: Int32Array, len: number): void {
    while (this.effCount + len > this.effects.length) {
      const e = new Int32Array(this.effects.length * 2);
      e.set(this.effects);
      this.effects = e;
    }
    this.effects.set(rec.subarray(0, len), this.effCount);
    this.effStart[n] = this.effCount;
    this.effLen[n] = len;
    this.effCount += len;
  }

  private grow(): void {
    const n = this.keyRel.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.keyRel = g32(this.keyRel);
    this.keyClass = g32(this.keyClass);
    this.child = g32(this.child);
    this.ret = g32(this.ret);
    this.effStart = g32(this.effStart);
    this.effLen = g32(this.effLen);
    this.endKey = g32(this.endKey);
    this.endRel = g32(this.endRel);
    const p = new Uint8Array(n);
    p.set(this.pending);
    this.pending = p;
  }
}

export class VecTimingMemo<Op extends MemoOp> {
  /** Use the memo (tests compare with false; the results are the same). */
  enabled = true;
  /**
   * Check every replayed call against the model (which then runs too): a mismatch throws. For
   * tests; slower than no memo.
   */
  verify = false;
  /**
   * Calls answered from the memo, calls the model ran, misses, stand-ins used to bring the model up
   * to date, nodes now, fresh starts.
   */
  readonly stats = { replayed: 0, live: 0, misses: 0, standIns: 0, nodes: 0, resets: 0 };

  private readonly trie = new Trie();
  private mode = MODE_LIVE;
  /** REPLAY, LIVE_RECORD: the trie node of the last call (or the segment's root). */
  private node = 0;
  /** Segment start: cycle and quiet key. */
  private base = 0;
  private startKey = -1;
  /** Calls of the current segment. */
  private callCount = 0;
  /** The calls as replayed (kind, time, op and its timing class), to bring the model up to date after a miss. */
  private logKind = new Uint8Array(256);
  private logT = new Float64Array(256);
  private logClass = new Int32Array(256);
  private logOp: (Op | null)[] = new Array<Op | null>(256).fill(null);
  /** Ops issued in the segment, by position. */
  private segOps: (Op | null)[] = new Array<Op | null>(256).fill(null);
  private segIssues = 0;
  /** Logged calls the model has processed; -1 while it is still at the end of an earlier segment. */
  private modelAt = 0;
  /** What the model's effect steps do: pass to the unit, also record, suppress, or only record (verify). */
  private effectMode = EFFECT_PASS;
  private rec = new Int32Array(64);
  private recLen = 0;

  constructor(
    readonly pipeline: VecPipeline<Op>,
    private readonly perform: PerformFn<Op>,
  ) {}

  /** The model's effect callback (the pipeline is constructed with it). */
  onEffect(op: Op, step: number, cycle: number, word: number): void {
    const m = this.effectMode;
    if (m === EFFECT_SUPPRESS) return;
    if (m !== EFFECT_PASS) {
      if (this.recLen + 4 > this.rec.length) {
        const r = new Int32Array(this.rec.length * 2);
        r.set(this.rec);
        this.rec = r;
      }
      const i = this.recLen;
      this.rec[i] = op.segIndex;
      this.rec[i + 1] = step;
      this.rec[i + 2] = cycle - this.base;
      this.rec[i + 3] = word;
      this.recLen = i + 4;
      if (m === EFFECT_COLLECT) return;
    }
    this.perform(op, step, cycle, word);
  }

  /** After the unit's reset: the pipeline is quiet at cycle 0. */
  reset(): void {
    this.pipeline.reset();
    this.startSegment(0, this.pipeline.quietKey(), 0);
  }

  /**
   * Drop everything recorded (the pipeline's delays changed, so its recorded answers no longer
   * hold), then reset.
   */
  forget(): void {
    this.trie.clear();
    this.reset();
  }

  pending(): boolean {
    return this.mode === MODE_REPLAY ? this.trie.pending[this.node] === 1 : this.pipeline.pending();
  }

  holdUntil(t: number): number {
    if (this.mode === MODE_REPLAY) {
      const n = this.replay(CALL_HOLD, t, null);
      if (n !== 0) return this.base + this.trie.ret[n]!;
    }
    this.beginLive();
    const r = this.pipeline.holdUntil(t);
    this.endLive(CALL_HOLD, t, r, null);
    return r;
  }

  issue(op: Op, t: number): void {
    op.segIndex = this.segIssues;
    if (this.mode !== MODE_REPLAY || this.replay(CALL_ISSUE, t, op) === 0) {
      this.beginLive();
      this.pipeline.issue(op, t);
      this.endLive(CALL_ISSUE, t, 0, op);
    }
    const k = this.segIssues;
    if (k === this.segOps.length) this.segOps.length = 2 * k;
    this.segOps[k] = op;
    this.segIssues = k + 1;
  }

  advance(t: number): void {
    if (this.mode === MODE_REPLAY && this.replay(CALL_ADVANCE, t, null) !== 0) return;
    this.beginLive();
    this.pipeline.advance(t);
    this.endLive(CALL_ADVANCE, t, 0, null);
  }

  drain(t: number): number {
    if (this.mode === MODE_REPLAY) {
      const n = this.replay(CALL_DRAIN, t, null);
      if (n !== 0) {
        const tr = this.trie;
        const r = this.base + tr.ret[n]!;
        if (tr.endKey[n]! >= 0) this.startSegment(this.base + tr.endRel[n]!, tr.endKey[n]!, -1);
        return r;
      }
    }
    this.beginLive();
    const r = this.pipeline.drain(t);
    const made = this.endLive(CALL_DRAIN, t, r, null);
    const q = this.pipeline.quietKey();
    if (q >= 0) {
      if (made !== 0) {
        this.trie.endKey[made] = q;
        this.trie.endRel[made] = this.pipeline.cycle - this.base;
      }
      this.startSegment(this.pipeline.cycle, q, 0);
    }
    return r;
  }

  // --- internals

  /** A call in REPLAY mode: the matching node (effects done, call logged), or 0 after a miss. */
  private replay(kind: number, t: number, op: Op | null): number {
    const rel = t - this.base;
    const usable = this.enabled && this.pipeline.skipIdle && this.pipeline.trace === null;
    const n = usable && rel < MAX_REL && rel > -MAX_REL && this.callCount < MAX_SEGMENT_CALLS
      ? this.trie.find(this.node, rel, (op === null ? 0 : op.timingClass * 4) + kind) : 0;
    if (n === 0) {
      this.catchUpModel();
      this.mode = usable ? MODE_LIVE_RECORD : MODE_LIVE;
      this.stats.misses++;
      return 0;
    }
    if (this.verify) this.check(n, kind, t, op);
    // Log the call (for a later miss in this segment).
    const i = this.callCount;
    if (i === this.logKind.length) this.growLog();
    this.logKind[i] = kind;
    this.logT[i] = t;
    this.logOp[i] = op;
    this.logClass[i] = op === null ? -1 : op.timingClass;
    this.callCount = i + 1;
    this.node = n;
    this.stats.replayed++;
    const tr = this.trie;
    const len = tr.effLen[n]!;
    if (len !== 0) {
      const e = tr.effects;
      const ops = this.segOps;
      const base = this.base;
      for (let j = tr.effStart[n]!, end = j + len; j < end; j += 4) this.perform(ops[e[j]!]!, e[j + 1]!, base + e[j + 2]!, e[j + 3]!);
    }
    return n;
  }

  /** Bring the model to the current point of the segment, with effects suppressed. */
  private catchUpModel(): void {
    const p = this.pipeline;
    if (this.modelAt < 0) {
      p.restoreQuiet(this.base, this.startKey);
      this.modelAt = 0;
    }
    if (this.modelAt === this.callCount) return;
    const saved = this.effectMode;
    this.effectMode = EFFECT_SUPPRESS;
    let pos = 0;
    for (let i = 0; i < this.modelAt; i++) if (this.logKind[i] === CALL_ISSUE) pos++;
    for (let i = this.modelAt; i < this.callCount; i++) {
      const t = this.logT[i]!;
      switch (this.logKind[i]) {
        case CALL_HOLD: p.holdUntil(t); break;
        case CALL_ADVANCE: p.advance(t); break;
        case CALL_DRAIN: p.drain(t); break;
        case CALL_ISSUE: {
          // The op's own record while it still holds this op (always so for ops that can still be
          // in flight); else a stand-in with the op's timing fields (it retires during this loop).
          let op = this.logOp[i]!;
          if (op.segIndex !== pos) {
            op = classOps[this.logClass[i]!] as Op;
            this.stats.standIns++;
          }
          p.issue(op, t);
          pos++;
          break;
        }
      }
    }
    this.effectMode = saved;
    this.modelAt = this.callCount;
  }

  private growLog(): void {
    const n = this.logKind.length * 2;
    const k = new Uint8Array(n);
    k.set(this.logKind);
    this.logKind = k;
    const t = new Float64Array(n);
    t.set(this.logT);
    this.logT = t;
    const c = new Int32Array(n);
    c.set(this.logClass);
    this.logClass = c;
    this.logOp.length = n;
  }

  /** Before a live call: record its effects if a node will be made for it. */
  private beginLive(): void {
    if (this.mode === MODE_LIVE_RECORD) {
      this.recLen = 0;
      this.effectMode = EFFECT_RECORD;
    }
  }

  /** After a live call: the node made for it (LIVE_RECORD), else 0. */
  private endLive(kind: number, t: number, ret: number, op: Op | null): number {
    this.stats.live++;
    this.callCount++;
    if (this.mode !== MODE_LIVE_RECORD) return 0;
    this.effectMode = EFFECT_PASS;
    const rel = t - this.base;
    const relRet = ret - this.base;
    if (!(rel < MAX_REL && rel > -MAX_REL && relRet < MAX_REL && relRet > -MAX_REL) || this.callCount > MAX_SEGMENT_CALLS) {
      this.mode = MODE_LIVE;
      return 0;
    }
    const tr = this.trie;
    const n = tr.add(this.node, rel, (op === null ? 0 : op.timingClass * 4) + kind);
    tr.ret[n] = relRet;
    tr.pending[n] = this.pipeline.pending() ? 1 : 0;
    if (this.recLen > 0) tr.addEffects(n, this.rec, this.recLen);
    this.node = n;
    this.stats.nodes = tr.count;
    return n;
  }

  /** A new segment starts at `cycle` in quiet state `key`; the model is there (0) or behind (-1). */
  private startSegment(cycle: number, key: number, modelAt: number): void {
    this.base = cycle;
    this.startKey = key;
    this.callCount = 0;
    this.segIssues = 0;
    this.modelAt = modelAt;
    if (!this.enabled || !this.pipeline.skipIdle || this.pipeline.trace !== null || key < 0) {
      if (modelAt < 0) this.catchUpModel();
      this.mode = MODE_LIVE;
      return;
    }
    if (this.trie.count > MAX_NODES) {
      this.trie.clear();
      this.stats.resets++;
    }
    this.node = this.trie.root(key);
    this.mode = MODE_REPLAY;
  }

  /** verify: run the call on the model too and compare with the node. */
  private check(n: number, kind: number, t: number, op: Op | null): void {
    this.catchUpModel();
    const p = this.pipeline;
    this.effectMode = EFFECT_COLLECT;
    this.recLen = 0;
    let r = 0;
    switch (kind) {
      case CALL_HOLD: r = p.holdUntil(t); break;
      case CALL_ADVANCE: p.advance(t); break;
      case CALL_DRAIN: r = p.drain(t); break;
      case CALL_ISSUE: p.issue(op!, t); break;
    }
    this.effectMode = EFFECT_PASS;
    this.modelAt = this.callCount + 1; // the call is logged next
    const tr = this.trie;
    let same = (kind === CALL_ISSUE || kind === CALL_ADVANCE || r - this.base === tr.ret[n]) && p.pending() === (tr.pending[n] === 1);
    same &&= this.recLen === tr.effLen[n];
    for (let i = 0; same && i < this.recLen; i++) same = this.rec[i] === tr.effects[tr.effStart[n]! + i];
    if (kind === CALL_DRAIN) same &&= p.quietKey() === tr.endKey[n] && (tr.endKey[n]! < 0 || p.cycle - this.base === tr.endRel[n]);
    if (!same) throw new Error(`vector timing memo: a replayed call differs from the model (call ${kind} at cycle ${t})`);
  }
}
