// Event storage for the chip's event loop, in typed arrays so that scheduling and delivering
// allocate nothing in steady state (arrays grow by doubling when needed).
//
// Two queues: the host's playback list (sorted by cycle, stable, consumed by a cursor) and a
// binary heap for events the chip schedules itself (PPU injections, router events), ordered by
// (cycle, scheduling sequence) so same-cycle events keep their scheduling order.

export interface SpikeEvent {
  /** Delivery cycle. */
  cycle: number;
  /** 6-bit source address. */
  address: number;
  /** Row mask: bit r = synapse driver r. */
  rows: number;
}

export class Playback {
  cycle = new Float64Array(64);
  address = new Uint8Array(64);
  rows = new Uint32Array(64);
  count = 0;
  cursor = 0;

  get pending(): number {
    return this.count - this.cursor;
  }

  nextCycle(): number {
    return this.cursor < this.count ? this.cycle[this.cursor]! : Infinity;
  }

  /** Merge events (already validated) with the pending ones, stable by cycle. */
  add(events: readonly SpikeEvent[]): void {
    const pending = this.count - this.cursor;
    const total = pending + events.length;
    const idx: number[] = [];
    for (let i = 0; i < total; i++) idx.push(i);
    const cyc = (i: number) => (i < pending ? this.cycle[this.cursor + i]! : events[i - pending]!.cycle);
    idx.sort((x, y) => cyc(x) - cyc(y) || x - y);
    const c = new Float64Array(Math.max(64, total));
    const a = new Uint8Array(c.length);
    const r = new Uint32Array(c.length);
    for (let k = 0; k < total; k++) {
      const i = idx[k]!;
      if (i < pending) {
        c[k] = this.cycle[this.cursor + i]!;
        a[k] = this.address[this.cursor + i]!;
        r[k] = this.rows[this.cursor + i]!;
      } else {
        const e = events[i - pending]!;
        c[k] = e.cycle;
        a[k] = e.address;
        r[k] = e.rows >>> 0;
      }
    }
    this.cycle = c;
    this.address = a;
    this.rows = r;
    this.count = total;
    this.cursor = 0;
  }

  clear(): void {
    this.count = 0;
    this.cursor = 0;
  }
}

export class EventHeap {
  private cyc = new Float64Array(64);
  private seq = new Float64Array(64);
  private addr = new Uint8Array(64);
  private rws = new Uint32Array(64);
  size = 0;
  private nextSeq = 0;
  // Result of pop().
  popCycle = 0;
  popAddress = 0;
  popRows = 0;

  topCycle(): number {
    return this.size > 0 ? this.cyc[0]! : Infinity;
  }

  private less(i: number, j: number): boolean {
    const ci = this.cyc[i]!;
    const cj = this.cyc[j]!;
    return ci < cj || (ci === cj && this.seq[i]! < this.seq[j]!);
  }

  private swap(i: number, j: number): void {
    let t = this.cyc[i]!; this.cyc[i] = this.cyc[j]!; this.cyc[j] = t;
    t = this.seq[i]!; this.seq[i] = this.seq[j]!; this.seq[j] = t;
    t = this.addr[i]!; this.addr[i] = this.addr[j]!; this.addr[j] = t;
    t = this.rws[i]!; this.rws[i] = this.rws[j]!; this.rws[j] = t;
  }

  private grow(): void {
    const n = this.cyc.length * 2;
    const c = new Float64Array(n); c.set(this.cyc); this.cyc = c;
    const s = new Float64Array(n); s.set(this.seq); this.seq = s;
    const a = new Uint8Array(n); a.set(this.addr); this.addr = a;
    const r = new Uint32Array(n); r.set(this.rws); this.rws = r;
  }

  push(cycle: number, address: number, rows: number): void {
    if (this.size === this.cyc.length) this.grow();
    let i = this.size++;
    this.cyc[i] = cycle;
    this.seq[i] = this.nextSeq++;
    this.addr[i] = address;
    this.rws[i] = rows >>> 0;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Remove the earliest event into popCycle/popAddress/popRows. */
  pop(): void {
    this.popCycle = this.cyc[0]!;
    this.popAddress = this.addr[0]!;
    this.popRows = this.rws[0]!;
    const last = --this.size;
    if (last > 0) {
      this.cyc[0] = this.cyc[last]!;
      this.seq[0] = this.seq[last]!;
      this.addr[0] = this.addr[last]!;
      this.rws[0] = this.rws[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const m = r < last && this.less(r, l) ? r : l;
        if (!this.less(m, i)) break;
        this.swap(i, m);
        i = m;
      }
    }
  }

  /** Pending events in delivery order (for snapshots). */
  list(): SpikeEvent[] {
    const idx = Array.from({ length: this.size }, (_, i) => i);
    idx.sort((i, j) => this.cyc[i]! - this.cyc[j]! || this.seq[i]! - this.seq[j]!);
    return idx.map((i) => ({ cycle: this.cyc[i]!, address: this.addr[i]!, rows: this.rws[i]! }));
  }

  clear(): void {
    this.size = 0;
  }
}

/** Growable record of output spikes. */
export class SpikeRecord {
  cycles = new Float64Array(1024);
  neurons = new Uint8Array(1024);
  count = 0;

  push(cycle: number, neuron: number): void {
    if (this.count === this.cycles.length) {
      const c = new Float64Array(this.count * 2); c.set(this.cycles); this.cycles = c;
      const n = new Uint8Array(this.count * 2); n.set(this.neurons); this.neurons = n;
    }
    this.cycles[this.count] = cycle;
    this.neurons[this.count++] = neuron;
  }

  clear(): void {
    this.count = 0;
  }
}
