// Register allocation by graph colouring with iterated register coalescing (George and Appel):
// GPRs and vector registers are coloured separately; ABI registers are precoloured; values live
// across calls interfere with every caller-saved register and so get callee-saved ones; copies
// are coalesced when that cannot make the graph uncolourable. Spills (rare with 28 GPRs and 32
// vector registers) go to stack slots, and allocation runs again.

import { FX, dstRegs, isCopy, preds, srcRegs, succs, type MBlock, type MFunc, type MInst, type RegClass, type VReg } from './mir.js';

/** Allocatable registers, in order of preference (caller-saved first: no save/restore). */
export const GPR_ORDER = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14];
export const VR_ORDER = [...Array.from({ length: 20 }, (_, i) => i), 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20];
export const CALLEE_SAVED_GPR = (r: number) => r >= 14;
export const CALLEE_SAVED_VR = (r: number) => r >= 20;

interface Move {
  inst: MInst;
  dst: VReg;
  src: VReg;
}

/** Live-out sets per block (registers of one class). */
function liveness(f: MFunc, cls: RegClass): Map<MBlock, Set<VReg>> {
  const use = new Map<MBlock, Set<VReg>>();
  const def = new Map<MBlock, Set<VReg>>();
  for (const b of f.blocks) {
    const u = new Set<VReg>();
    const d = new Set<VReg>();
    for (const i of b.insts) {
      for (const r of srcRegs(i)) if (r.cls === cls && !d.has(r)) u.add(r);
      for (const r of dstRegs(i)) if (r.cls === cls) d.add(r);
    }
    for (const r of b.retUses ?? []) if (r.cls === cls && !d.has(r)) u.add(r);
    use.set(b, u);
    def.set(b, d);
  }
  const liveIn = new Map<MBlock, Set<VReg>>();
  const liveOut = new Map<MBlock, Set<VReg>>();
  for (const b of f.blocks) {
    liveIn.set(b, new Set());
    liveOut.set(b, new Set());
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = f.blocks.length - 1; k >= 0; k--) {
      const b = f.blocks[k]!;
      const out = liveOut.get(b)!;
      for (const s of succs(b)) for (const r of liveIn.get(s)!) out.add(r);
      const inn = new Set(use.get(b)!);
      const d = def.get(b)!;
      for (const r of out) if (!d.has(r)) inn.add(r);
      if (inn.size !== liveIn.get(b)!.size) {
        liveIn.set(b, inn);
        changed = true;
      }
    }
  }
  void preds;
  return liveOut;
}

class Allocator {
  readonly K: number;
  readonly colors: number[];
  readonly precolored = new Set<VReg>();
  readonly initial: VReg[] = [];
  simplifyWorklist = new Set<VReg>();
  freezeWorklist = new Set<VReg>();
  spillWorklist = new Set<VReg>();
  spilledNodes = new Set<VReg>();
  coalescedNodes = new Set<VReg>();
  coloredNodes = new Set<VReg>();
  selectStack: VReg[] = [];
  onStack = new Set<VReg>();
  coalescedMoves = new Set<Move>();
  constrainedMoves = new Set<Move>();
  frozenMoves = new Set<Move>();
  worklistMoves = new Set<Move>();
  activeMoves = new Set<Move>();
  adjSet = new Set<string>();
  adjList = new Map<VReg, Set<VReg>>();
  degree = new Map<VReg, number>();
  moveList = new Map<VReg, Set<Move>>();
  alias = new Map<VReg, VReg>();
  color = new Map<VReg, number>();
  cost = new Map<VReg, number>();

  constructor(
    readonly f: MFunc,
    readonly cls: RegClass,
  ) {
    this.colors = cls === 'g' ? GPR_ORDER : VR_ORDER;
    this.K = this.colors.length;
  }

  private key(u: VReg, v: VReg): string {
    return u.id < v.id ? `${u.id},${v.id}` : `${v.id},${u.id}`;
  }

  private addEdge(u: VReg, v: VReg): void {
    if (u === v || u.cls !== this.cls || v.cls !== this.cls) return;
    const k = this.key(u, v);
    if (this.adjSet.has(k)) return;
    this.adjSet.add(k);
    if (!this.precolored.has(u)) {
      this.adjList.get(u)!.add(v);
      this.degree.set(u, this.degree.get(u)! + 1);
    }
    if (!this.precolored.has(v)) {
      this.adjList.get(v)!.add(u);
      this.degree.set(v, this.degree.get(v)! + 1);
    }
  }

  build(): void {
    const f = this.f;
    for (const r of f.vregs) {
      if (r.cls !== this.cls) continue;
      this.adjList.set(r, new Set());
      this.degree.set(r, 0);
      this.moveList.set(r, new Set());
      this.cost.set(r, 0);
      if (r.phys !== undefined) {
        this.precolored.add(r);
        this.color.set(r, r.phys);
        this.degree.set(r, Infinity);
      }
    }
    const liveOut = liveness(f, this.cls);
    for (const b of f.blocks) {
      const live = new Set(liveOut.get(b)!);
      for (const r of b.retUses ?? []) if (r.cls === this.cls) live.add(r);
      const weight = 10 ** Math.min(b.loopDepth, 5);
      for (let k = b.insts.length - 1; k >= 0; k--) {
        const i = b.insts[k]!;
        const defs = dstRegs(i).filter((r) => r.cls === this.cls);
        const uses = srcRegs(i).filter((r) => r.cls === this.cls);
        for (const r of [...defs, ...uses]) this.cost.set(r, (this.cost.get(r) ?? 0) + weight);
        if (isCopy(i) && defs.length === 1 && uses.length === 1) {
          live.delete(uses[0]!);
          const m: Move = { inst: i, dst: defs[0]!, src: uses[0]! };
          this.moveList.get(m.dst)!.add(m);
          this.moveList.get(m.src)!.add(m);
          this.worklistMoves.add(m);
        }
        for (const d of defs) live.add(d);
        for (const d of defs) for (const l of live) this.addEdge(d, l);
        if (i.fx & FX.EARLY_CLOBBER) for (const d of defs) for (const u of uses) this.addEdge(d, u);
        for (const d of defs) live.delete(d);
        for (const u of uses) live.add(u);
      }
    }
    for (const r of f.vregs) if (r.cls === this.cls && r.phys === undefined && this.isUsed(r)) this.initial.push(r);
  }

  private used?: Set<VReg>;
  private isUsed(r: VReg): boolean {
    if (!this.used) {
      this.used = new Set();
      for (const b of this.f.blocks) {
        for (const i of b.insts) for (const x of [...srcRegs(i), ...dstRegs(i)]) this.used.add(x);
        for (const x of b.retUses ?? []) this.used.add(x);
      }
    }
    return this.used.has(r);
  }

  makeWorklist(): void {
    for (const n of this.initial) {
      if (this.degree.get(n)! >= this.K) this.spillWorklist.add(n);
      else if (this.moveRelated(n)) this.freezeWorklist.add(n);
      else this.simplifyWorklist.add(n);
    }
  }

  private adjacent(n: VReg): VReg[] {
    const out: VReg[] = [];
    for (const m of this.adjList.get(n)!) if (!this.onStack.has(m) && !this.coalescedNodes.has(m)) out.push(m);
    return out;
  }

  private nodeMoves(n: VReg): Move[] {
    const out: Move[] = [];
    for (const m of this.moveList.get(n)!) if (this.activeMoves.has(m) || this.worklistMoves.has(m)) out.push(m);
    return out;
  }

  private moveRelated(n: VReg): boolean {
    return this.nodeMoves(n).length > 0;
  }

  simplify(): void {
    const n = this.simplifyWorklist.values().next().value as VReg;
    this.simplifyWorklist.delete(n);
    this.selectStack.push(n);
    this.onStack.add(n);
    for (const m of this.adjacent(n)) this.decrementDegree(m);
  }

  private decrementDegree(m: VReg): void {
    const d = this.degree.get(m)!;
    this.degree.set(m, d - 1);
    if (d === this.K) {
      this.enableMoves([m, ...this.adjacent(m)]);
      this.spillWorklist.delete(m);
      if (this.moveRelated(m)) this.freezeWorklist.add(m);
      else this.simplifyWorklist.add(m);
    }
  }

  private enableMoves(nodes: VReg[]): void {
    for (const n of nodes) {
      for (const m of this.nodeMoves(n)) {
        if (this.activeMoves.has(m)) {
          this.activeMoves.delete(m);
          this.worklistMoves.add(m);
        }
      }
    }
  }

  coalesce(): void {
    const m = this.worklistMoves.values().next().value as Move;
    this.worklistMoves.delete(m);
    const x = this.getAlias(m.dst);
    const y = this.getAlias(m.src);
    const [u, v] = this.precolored.has(y) ? [y, x] : [x, y];
    if (u === v) {
      this.coalescedMoves.add(m);
      this.addWorkList(u);
    } else if (this.precolored.has(v) || this.adjSet.has(this.key(u, v))) {
      this.constrainedMoves.add(m);
      this.addWorkList(u);
      this.addWorkList(v);
    } else if ((this.precolored.has(u) && this.adjacent(v).every((t) => this.ok(t, u))) || (!this.precolored.has(u) && this.conservative([...this.adjacent(u), ...this.adjacent(v)]))) {
      this.coalescedMoves.add(m);
      this.combine(u, v);
      this.addWorkList(u);
    } else {
      this.activeMoves.add(m);
    }
  }

  private addWorkList(u: VReg): void {
    if (!this.precolored.has(u) && !this.moveRelated(u) && this.degree.get(u)! < this.K) {
      this.freezeWorklist.delete(u);
      this.simplifyWorklist.add(u);
    }
  }

  private ok(t: VReg, r: VReg): boolean {
    return this.degree.get(t)! < this.K || this.precolored.has(t) || this.adjSet.has(this.key(t, r));
  }

  private conservative(nodes: VReg[]): boolean {
    let k = 0;
    for (const n of new Set(nodes)) if (this.degree.get(n)! >= this.K) k++;
    return k < this.K;
  }

  private getAlias(n: VReg): VReg {
    let x = n;
    while (this.coalescedNodes.has(x)) x = this.alias.get(x)!;
    return x;
  }

  private combine(u: VReg, v: VReg): void {
    if (this.freezeWorklist.has(v)) this.freezeWorklist.delete(v);
    else this.spillWorklist.delete(v);
    this.coalescedNodes.add(v);
    this.alias.set(v, u);
    for (const m of this.moveList.get(v)!) this.moveList.get(u)!.add(m);
    this.enableMoves([v]);
    this.cost.set(u, (this.cost.get(u) ?? 0) + (this.cost.get(v) ?? 0));
    for (const t of this.adjacent(v)) {
      this.addEdge(t, u);
      this.decrementDegree(t);
    }
    if (this.degree.get(u)! >= this.K && this.freezeWorklist.has(u)) {
      this.freezeWorklist.delete(u);
      this.spillWorklist.add(u);
    }
  }

  freeze(): void {
    const u = this.freezeWorklist.values().next().value as VReg;
    this.freezeWorklist.delete(u);
    this.simplifyWorklist.add(u);
    this.freezeMoves(u);
  }

  private freezeMoves(u: VReg): void {
    for (const m of this.nodeMoves(u)) {
      const x = m.dst;
      const y = m.src;
      const v = this.getAlias(y) === this.getAlias(u) ? this.getAlias(x) : this.getAlias(y);
      this.activeMoves.delete(m);
      this.frozenMoves.add(m);
      if (!this.precolored.has(v) && this.nodeMoves(v).length === 0 && this.degree.get(v)! < this.K) {
        this.freezeWorklist.delete(v);
        this.simplifyWorklist.add(v);
      }
    }
  }

  selectSpill(): void {
    let best: VReg | undefined;
    let bestScore = Infinity;
    for (const n of this.spillWorklist) {
      const score = (this.cost.get(n) ?? 1) / Math.max(1, this.degree.get(n)!);
      if (score < bestScore) {
        bestScore = score;
        best = n;
      }
    }
    const m = best!;
    this.spillWorklist.delete(m);
    this.simplifyWorklist.add(m);
    this.freezeMoves(m);
  }

  assignColors(): void {
    while (this.selectStack.length) {
      const n = this.selectStack.pop()!;
      this.onStack.delete(n);
      const ok = new Set(this.colors);
      for (const w of this.adjList.get(n)!) {
        const a = this.getAlias(w);
        if (this.coloredNodes.has(a) || this.precolored.has(a)) ok.delete(this.color.get(a)!);
      }
      if (!ok.size) {
        this.spilledNodes.add(n);
        continue;
      }
      // Prefer the colour of a copy partner (a copy that could not be coalesced), then the order.
      let pick: number | undefined;
      for (const m of this.moveList.get(n)!) {
        const other = this.getAlias(m.dst) === n ? this.getAlias(m.src) : this.getAlias(m.dst);
        const c = this.color.get(other);
        if (c !== undefined && ok.has(c)) {
          pick = c;
          break;
        }
      }
      if (pick === undefined) pick = this.colors.find((c) => ok.has(c))!;
      this.coloredNodes.add(n);
      this.color.set(n, pick);
    }
    for (const n of this.coalescedNodes) {
      const c = this.color.get(this.getAlias(n));
      if (c !== undefined) this.color.set(n, c);
    }
  }

  run(): { colors: Map<VReg, number>; spilled: VReg[] } {
    this.build();
    this.makeWorklist();
    for (;;) {
      if (this.simplifyWorklist.size) this.simplify();
      else if (this.worklistMoves.size) this.coalesce();
      else if (this.freezeWorklist.size) this.freeze();
      else if (this.spillWorklist.size) this.selectSpill();
      else break;
    }
    this.assignColors();
    return { colors: this.color, spilled: [...this.spilledNodes] };
  }
}

/** Spill: a stack slot per register; loads before uses, stores after definitions. */
function rewriteSpills(f: MFunc, spilled: VReg[]): void {
  f.spillSlots ??= [];
  const slotOf = new Map<VReg, number>();
  for (const r of spilled) {
    slotOf.set(r, f.spillSlots.length);
    f.spillSlots.push({ id: f.spillSlots.length, cls: r.cls });
  }
  const fresh = (cls: RegClass): VReg => {
    const r: VReg = { id: f.nextVReg++, cls, hint: 'spill' };
    f.vregs.push(r);
    return r;
  };
  for (const b of f.blocks) {
    const out: MInst[] = [];
    for (const i of b.insts) {
      const before: MInst[] = [];
      const after: MInst[] = [];
      const map = new Map<VReg, VReg>();
      const tmp = (r: VReg) => {
        let t = map.get(r);
        if (!t) map.set(r, (t = fresh(r.cls)));
        return t;
      };
      for (const r of srcRegs(i)) {
        if (!slotOf.has(r) || map.has(r)) continue;
        before.push({ op: 'spillld', ops: [{ k: 'd', r: tmp(r) }, { k: 'i', v: slotOf.get(r)! }], fx: r.cls === 'v' ? FX.VEC : 0, lat: 2 });
      }
      for (const r of dstRegs(i)) {
        if (!slotOf.has(r)) continue;
        after.push({ op: 'spillst', ops: [{ k: 'u', r: tmp(r) }, { k: 'i', v: slotOf.get(r)! }], fx: r.cls === 'v' ? FX.VEC : 0 });
      }
      if (map.size) {
        const sub = (r: VReg) => map.get(r) ?? r;
        i.ops = i.ops.map((o) => {
          if (o.k === 'u' || o.k === 'd' || o.k === 'du') return { ...o, r: sub(o.r) };
          if (o.k === 'u0' && o.r) return { k: 'u0', r: sub(o.r) };
          if (o.k === 'mem' && o.base) return { ...o, base: sub(o.base) };
          return o;
        });
        if (i.implUses) i.implUses = i.implUses.map(sub);
      }
      out.push(...before, i, ...after);
    }
    b.insts = out;
    if (b.retUses?.some((r) => slotOf.has(r))) throw new Error('regalloc: a spilled register is a return register');
  }
}

/** Allocate both register classes; sets f.alloc (vreg id -> physical register). */
export function allocate(f: MFunc): void {
  const alloc = new Map<number, number>();
  for (const cls of ['g', 'v'] as const) {
    for (let round = 0; round < 8; round++) {
      const { colors, spilled } = new Allocator(f, cls).run();
      if (!spilled.length) {
        for (const [r, c] of colors) alloc.set(r.id, c);
        break;
      }
      if (round === 7) throw new Error(`regalloc: ${f.name} does not fit the registers after spilling`);
      rewriteSpills(f, spilled);
    }
  }
  f.alloc = alloc;
}

/** Physical registers an allocated function writes (for callee-saved saves and interrupt entry). */
export function writtenRegs(f: MFunc): { g: Set<number>; v: Set<number> } {
  const g = new Set<number>();
  const v = new Set<number>();
  for (const b of f.blocks) {
    for (const i of b.insts) {
      if (i.fx & FX.CALL) continue;
      for (const r of dstRegs(i)) {
        const p = r.phys ?? f.alloc!.get(r.id);
        if (p === undefined) continue;
        (r.cls === 'g' ? g : v).add(p);
      }
    }
  }
  return { g, v };
}
