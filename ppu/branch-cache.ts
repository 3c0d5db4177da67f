// The core's branch cache (nux-timing.md section 2): 16 fully associative entries, tag = the
// branch's word address, a 2-bit saturating counter and the last target. Every resolved branch
// updates it in its RF cycle; a lookup made in cycle L sees the updates of cycles before L.
//
// Quirks reproduced on purpose (they are what the RTL does):
// - a not-taken update stores an unrelated target (the fetch lookup address + 4);
// - a miss that is not taken allocates with counter 2 (weakly taken);
// - allocation takes the lowest invalid entry as of the previous cycle, or, once all entries are
//   valid, the entry a one-hot pointer selects that rotates every cycle from reset.
//
// Speed: every branch the PPU executes goes through predict() and update(), so tags are found
// through a per-word index instead of a search, and an update is only recorded (for lookups that
// must not see it yet) when it changes an entry.

const N = 16;
const HIST = 8;

export class BranchCache {
  readonly valid = new Uint8Array(N);
  readonly tag = new Float64Array(N);
  readonly ctr = new Uint8Array(N);
  readonly target = new Float64Array(N);
  /** Offset of the rotating replacement pointer against the cycle counter (see docs/timing.md). */
  static replacementPhase = 0;

  /** Entry + 1 holding each word address of the code memory, or 0 (so a fresh array is empty). */
  private readonly slotOf: Uint8Array;

  // Ring of recent changes: the RF cycle and the entry's previous contents.
  private readonly hCycle = new Float64Array(HIST).fill(-Infinity);
  private readonly hSlot = new Int8Array(HIST);
  private readonly hValid = new Uint8Array(HIST);
  private readonly hTag = new Float64Array(HIST);
  private readonly hCtr = new Uint8Array(HIST);
  private readonly hTarget = new Float64Array(HIST);
  private hTop = 0;
  /** Cycle of the most recent change (lookups at later cycles see everything). */
  private lastChange = -Infinity;

  private lastAllocCycle = -100;
  private lastAllocSlot = -1;
  private lastAllocWasFree = false;

  constructor(
    private readonly base: number,
    words: number,
  ) {
    this.slotOf = new Uint8Array(words);
  }

  reset(): void {
    // Clear only the index entries in use (the index spans the whole memory window).
    for (let i = 0; i < N; i++) {
      const w = (this.tag[i]! - this.base) >>> 2;
      if (this.valid[i] && w < this.slotOf.length) this.slotOf[w] = 0;
    }
    this.valid.fill(0);
    this.tag.fill(0);
    this.ctr.fill(0);
    this.target.fill(0);
    this.hCycle.fill(-Infinity);
    this.hTop = 0;
    this.lastChange = -Infinity;
    this.lastAllocCycle = -100;
    this.lastAllocSlot = -1;
    this.lastAllocWasFree = false;
  }

  private find(addr: number): number {
    const w = (addr - this.base) >>> 2;
    return w < this.slotOf.length ? this.slotOf[w]! - 1 : -1;
  }

  /**
   * Predicted target of the instruction at `addr` for a lookup made in cycle `lookupCycle`,
   * or -1 when it is not predicted taken.
   */
  predict(addr: number, lookupCycle: number): number {
    if (this.lastChange < lookupCycle) {
      const s = this.find(addr);
      return s >= 0 && this.ctr[s]! >= 2 ? this.target[s]! : -1;
    }
    return this.predictPast(addr, lookupCycle);
  }

  /** Lookup against the state before the changes made in cycles >= lookupCycle. */
  private predictPast(addr: number, lookupCycle: number): number {
    // Per entry: the state as the lookup sees it (undo too-recent changes, newest first).
    let found = -1;
    let fCtr = 0;
    let fTarget = 0;
    const undone = new Int8Array(N);
    for (let k = 0; k < HIST; k++) {
      const i = (this.hTop - 1 - k + HIST) % HIST;
      if (!(this.hCycle[i]! >= lookupCycle)) break;
      const s = this.hSlot[i]!;
      undone[s] = 1;
      if (this.hValid[i] && this.hTag[i] === addr) {
        found = s;
        fCtr = this.hCtr[i]!;
        fTarget = this.hTarget[i]!;
      } else if (found === s) {
        found = -1;
      }
    }
    if (found < 0) {
      const s = this.find(addr);
      if (s >= 0 && !undone[s]) {
        found = s;
        fCtr = this.ctr[s]!;
        fTarget = this.target[s]!;
      }
    }
    return found >= 0 && fCtr >= 2 ? fTarget : -1;
  }

  /**
   * Whether any lookup, now or in a cycle still in the history, could find an entry for `addr`.
   * Only a branch executed at `addr` creates one, so once this is false for an address that
   * holds another instruction it stays false until a branch is written there.
   */
  mayHold(addr: number): boolean {
    if (this.find(addr) >= 0) return true;
    for (let k = 0; k < HIST; k++) if (this.hCycle[k]! > -Infinity && this.hValid[k] && this.hTag[k] === addr) return true;
    return false;
  }

  /** The update a branch at `addr` makes in cycle `cycle` (its RF cycle). */
  update(addr: number, taken: boolean, target: number, unrelatedTarget: number, cycle: number): void {
    let slot = this.find(addr);
    const newTarget = taken ? target : unrelatedTarget;
    if (slot >= 0) {
      const c = this.ctr[slot]!;
      const nc = taken ? (c < 3 ? c + 1 : 3) : c > 0 ? c - 1 : 0;
      if (nc === c && this.target[slot] === newTarget) return; // no change: nothing to record
      this.record(slot, cycle);
      this.ctr[slot] = nc;
      this.target[slot] = newTarget;
      return;
    }
    slot = this.allocationSlot(cycle);
    this.record(slot, cycle);
    this.lastAllocWasFree = !this.valid[slot];
    this.lastAllocCycle = cycle;
    this.lastAllocSlot = slot;
    if (this.valid[slot]) {
      const old = (this.tag[slot]! - this.base) >>> 2;
      if (old < this.slotOf.length && this.slotOf[old] === slot + 1) this.slotOf[old] = 0;
    }
    this.valid[slot] = 1;
    this.tag[slot] = addr;
    this.ctr[slot] = taken ? 3 : 2;
    this.target[slot] = newTarget;
    const w = (addr - this.base) >>> 2;
    if (w < this.slotOf.length) this.slotOf[w] = slot + 1;
  }

  private record(slot: number, cycle: number): void {
    const i = this.hTop;
    this.hCycle[i] = cycle;
    this.hSlot[i] = slot;
    this.hValid[i] = this.valid[slot]!;
    this.hTag[i] = this.tag[slot]!;
    this.hCtr[i] = this.ctr[slot]!;
    this.hTarget[i] = this.target[slot]!;
    this.hTop = (i + 1) % HIST;
    this.lastChange = cycle;
  }

  private allocationSlot(cycle: number): number {
    // The choice is registered: it was computed in the previous cycle from the valid bits of that
    // cycle, so an allocation made in the previous cycle is not yet seen (both pick one slot).
    for (let i = 0; i < N; i++) {
      const seenValid = this.valid[i] && !(this.lastAllocWasFree && this.lastAllocCycle === cycle - 1 && this.lastAllocSlot === i);
      if (!seenValid) return i;
    }
    return (((cycle + BranchCache.replacementPhase) % N) + N) % N;
  }
}
