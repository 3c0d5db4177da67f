// The core's branch cache (nux-timing.md section 2): 16 fully associative entries, tag = the
// branch's word address, a 2-bit saturating counter and the last target. Every resolved branch
// updates it in its RF cycle; a lookup made in cycle L sees the updates of cycles before L.
//
// Quirks reproduced on purpose (they are what the RTL does):
// - a not-taken update stores an unrelated target (the fetch lookup address + 4);
// - a miss that is not taken allocates with counter 2 (weakly taken);
// - allocation takes the lowest invalid entry as of the previous cycle, or, once all entries are
//   valid, the entry a one-hot pointer selects that rotates every cycle from reset.

const N = 16;

interface Update {
  cycle: number;
  slot: number;
  prevValid: number;
  prevTag: number;
  prevCtr: number;
  prevTarget: number;
}

export class BranchCache {
  readonly valid = new Uint8Array(N);
  readonly tag = new Float64Array(N);
  readonly ctr = new Uint8Array(N);
  readonly target = new Float64Array(N);
  /** Offset of the rotating replacement pointer against the cycle counter (see docs/timing.md). */
  static replacementPhase = 0;

  private readonly history: Update[] = [];
  private lastAllocCycle = -100;
  private lastAllocSlot = -1;
  private lastAllocWasFree = false;

  reset(): void {
    this.valid.fill(0);
    this.tag.fill(0);
    this.ctr.fill(0);
    this.target.fill(0);
    this.history.length = 0;
    this.lastAllocCycle = -100;
    this.lastAllocSlot = -1;
    this.lastAllocWasFree = false;
  }

  /**
   * Predicted target of the instruction at `addr` for a lookup made in cycle `lookupCycle`,
   * or -1 when it is not predicted taken.
   */
  predict(addr: number, lookupCycle: number): number {
    const h = this.history;
    let pending = 0;
    for (let i = h.length - 1; i >= 0 && h[i]!.cycle >= lookupCycle; i--) pending++;
    if (pending === 0) {
      for (let i = 0; i < N; i++) {
        if (this.valid[i] && this.tag[i] === addr) return this.ctr[i]! >= 2 ? this.target[i]! : -1;
      }
      return -1;
    }
    // Some updates are too recent for this lookup: undo them (newest first) on a copy of the
    // touched entries, then look up.
    const over = new Map<number, [number, number, number, number]>();
    for (let i = h.length - 1; i >= h.length - pending; i--) {
      const u = h[i]!;
      over.set(u.slot, [u.prevValid, u.prevTag, u.prevCtr, u.prevTarget]);
    }
    for (let i = 0; i < N; i++) {
      const o = over.get(i);
      const valid = o ? o[0] : this.valid[i]!;
      const tag = o ? o[1] : this.tag[i]!;
      if (valid && tag === addr) {
        const ctr = o ? o[2] : this.ctr[i]!;
        return ctr >= 2 ? (o ? o[3] : this.target[i]!) : -1;
      }
    }
    return -1;
  }

  /** The update a branch at `addr` makes in cycle `cycle` (its RF cycle). */
  update(addr: number, taken: boolean, target: number, unrelatedTarget: number, cycle: number): void {
    let slot = -1;
    for (let i = 0; i < N; i++) {
      if (this.valid[i] && this.tag[i] === addr) {
        slot = i;
        break;
      }
    }
    const hit = slot >= 0;
    if (!hit) slot = this.allocationSlot(cycle);
    this.history.push({
      cycle, slot,
      prevValid: this.valid[slot]!, prevTag: this.tag[slot]!, prevCtr: this.ctr[slot]!, prevTarget: this.target[slot]!,
    });
    if (this.history.length > 8) this.history.shift();
    if (hit) {
      const c = this.ctr[slot]!;
      this.ctr[slot] = taken ? Math.min(3, c + 1) : Math.max(0, c - 1);
    } else {
      this.lastAllocWasFree = !this.valid[slot];
      this.lastAllocCycle = cycle;
      this.lastAllocSlot = slot;
      this.valid[slot] = 1;
      this.tag[slot] = addr;
      this.ctr[slot] = taken ? 3 : 2;
    }
    this.target[slot] = taken ? target : unrelatedTarget;
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
