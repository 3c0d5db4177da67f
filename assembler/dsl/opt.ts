// MIR optimisations: merge straight-line blocks, remove dead code (including induction variables
// nothing reads), hoist loop-invariant computations (constants, splats, addresses) into loop
// preheaders, strength-reduce index scaling in loops into derived induction variables, and
// reuse equal computations within a block.

import type { LoopInfo } from './builder.js';
import { FX, dstRegs, hasSideEffects, preds, srcRegs, succs, type MBlock, type MFunc, type MInst, type Opnd, type VReg } from './mir.js';

export function optimise(f: MFunc, loops: LoopInfo[]): void {
  mergeBlocks(f, loops);
  foldConstants(f);
  localCse(f);
  copyPropagate(f);
  localCse(f);
  licm(f, loops);
  strengthReduce(f, loops);
  foldConstants(f);
  licm(f, loops);
  localCse(f);
  copyPropagate(f);
  localCse(f);
  dce(f);
  foldConstants(f);
  dce(f);
  foldCopies(f);
  mergeBlocks(f, loops);
}

/**
 * `t = op(...); ...; mr x, t` with t used only there and x untouched in between: compute into x
 * directly. Keeps updates of variables (x = x + 1) in place, so scheduling cannot separate the
 * computation from the copy and force both values to live at once.
 */
export function foldCopies(f: MFunc): void {
  const uses = new Map<VReg, number>();
  const counts = defCounts(f);
  for (const b of f.blocks) {
    for (const i of b.insts) for (const r of srcRegs(i)) uses.set(r, (uses.get(r) ?? 0) + 1);
    for (const r of b.retUses ?? []) uses.set(r, (uses.get(r) ?? 0) + 1);
  }
  for (const b of f.blocks) {
    for (let k = 0; k < b.insts.length; k++) {
      const m = b.insts[k]!;
      if ((m.op !== 'mr' && m.op !== 'vmr') || m.ops[0]!.k !== 'd' || m.ops[1]!.k !== 'u') continue;
      const x = m.ops[0]!.r;
      const t = m.ops[1]!.r;
      if (x.phys !== undefined || t.phys !== undefined || uses.get(t) !== 1 || counts.get(t) !== 1) continue;
      let j = k - 1;
      let ok = true;
      for (; j >= 0; j--) {
        const p = b.insts[j]!;
        if (dstRegs(p).includes(t)) break;
        if (srcRegs(p).includes(x) || dstRegs(p).includes(x)) {
          ok = false;
          break;
        }
      }
      if (!ok || j < 0) continue;
      const p = b.insts[j]!;
      if (p.implDefs || (p.fx & FX.EARLY_CLOBBER && srcRegs(p).includes(x)) || p.ops.some((o) => o.k === 'du' && o.r === t)) continue;
      p.ops = p.ops.map((o) => (o.k === 'd' && o.r === t ? { k: 'd', r: x } : o));
      b.insts.splice(k, 1);
      k--;
    }
  }
}

function defCounts(f: MFunc): Map<VReg, number> {
  const m = new Map<VReg, number>();
  for (const b of f.blocks) for (const i of b.insts) for (const d of dstRegs(i)) m.set(d, (m.get(d) ?? 0) + 1);
  return m;
}

/** A computation without effects that only depends on its operands. */
function isPure(i: MInst): boolean {
  if (hasSideEffects(i)) return false;
  if (i.fx & (FX.LOAD | FX.VLOAD)) return i.region?.k === 'rodata';
  if (i.fx & (FX.VCR_USE | FX.CR7_USE | FX.CTR_USE | FX.XER_DEF | FX.CR0_DEF)) return false;
  if (i.ops.some((o) => o.k === 'du')) return false;
  if (i.implDefs || i.implUses) return false;
  if (i.op === 'sat8' || i.op === 'sat16' || i.op === 'fixm8' || i.op === 'fixm16') return false;
  for (const r of [...srcRegs(i), ...dstRegs(i)]) if (r.phys !== undefined) return false;
  return true;
}

// --- blocks ---------------------------------------------------------------------------------------

/** Merge A -> B when A jumps to B and B has no other predecessor; thread empty jump blocks. */
export function mergeBlocks(f: MFunc, loops: LoopInfo[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    // Thread jumps through empty blocks.
    for (const b of f.blocks) {
      const redirect = (x: MBlock): MBlock => {
        let y = x;
        for (let n = 0; n < 8 && y.insts.length === 0 && y.term.k === 'jmp' && y.term.to !== y && !isLoopPoint(y, loops); n++) y = y.term.to;
        return y;
      };
      const t = b.term;
      if (t.k === 'jmp') {
        const y = redirect(t.to);
        if (y !== t.to) {
          t.to = y;
          changed = true;
        }
      } else if (t.k === 'br' || t.k === 'bdnz') {
        const a = redirect(t.t);
        const c = redirect(t.f);
        if (a !== t.t || c !== t.f) {
          t.t = a;
          t.f = c;
          changed = true;
        }
        if (t.k === 'br' && t.t === t.f) {
          b.term = { k: 'jmp', to: t.t };
          changed = true;
        }
      }
    }
    const p = preds(f);
    for (const a of f.blocks) {
      if (a.term.k !== 'jmp') continue;
      const b = a.term.to;
      if (b === a || b === f.blocks[0] || (p.get(b)?.length ?? 0) !== 1 || isLoopPoint(b, loops) || b.cold !== a.cold) continue;
      a.insts.push(...b.insts);
      a.term = b.term;
      a.retUses = b.retUses;
      f.blocks = f.blocks.filter((x) => x !== b);
      for (const l of loops) {
        if (l.blocks.delete(b)) l.blocks.add(a);
        if (l.preheader === b) l.preheader = a;
        if (l.latch === b) l.latch = a;
        if (l.exit === b) l.exit = a;
      }
      changed = true;
      break;
    }
  }
  // Unreachable blocks.
  const reach = new Set<MBlock>();
  const stack = [f.blocks[0]!];
  while (stack.length) {
    const x = stack.pop()!;
    if (reach.has(x)) continue;
    reach.add(x);
    stack.push(...succs(x));
  }
  f.blocks = f.blocks.filter((x) => reach.has(x));
  for (const l of loops) for (const x of [...l.blocks]) if (!reach.has(x)) l.blocks.delete(x);
}

function isLoopPoint(b: MBlock, loops: LoopInfo[]): boolean {
  return loops.some((l) => l.header === b || l.latch === b || l.preheader === b);
}

// --- dead code ----------------------------------------------------------------------------------------

/**
 * Mark from effects and results backwards through the definitions that reach each use (so an
 * induction variable that only feeds its own increment is dead, even if its initial value is
 * read before the loop); remove what is not marked.
 */
export function dce(f: MFunc): void {
  // Number the definitions: (instruction, register) pairs.
  const defsOf = new Map<VReg, number[]>();
  const defInst: MInst[] = [];
  const blockOf = new Map<MInst, MBlock>();
  for (const b of f.blocks) {
    for (const i of b.insts) {
      blockOf.set(i, b);
      for (const d of dstRegs(i)) {
        let l = defsOf.get(d);
        if (!l) defsOf.set(d, (l = []));
        l.push(defInst.length);
        defInst.push(i);
      }
    }
  }
  const regOfDef: VReg[] = [];
  for (const [r, ids] of defsOf) for (const id of ids) regOfDef[id] = r;
  // Reaching definitions per block (sets of definition ids).
  const pr = preds(f);
  const gen = new Map<MBlock, Map<VReg, number>>();
  for (const b of f.blocks) {
    const g = new Map<VReg, number>();
    for (const i of b.insts) for (const d of dstRegs(i)) {
      // The last definition of d in the block.
      const ids = defsOf.get(d)!;
      const mine = ids.filter((id) => defInst[id] === i);
      g.set(d, mine[mine.length - 1]!);
    }
    gen.set(b, g);
  }
  const out = new Map<MBlock, Set<number>>();
  const inn = new Map<MBlock, Set<number>>();
  for (const b of f.blocks) out.set(b, new Set());
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      const s = new Set<number>();
      for (const p of pr.get(b) ?? []) for (const id of out.get(p)!) s.add(id);
      inn.set(b, s);
      const o = new Set<number>();
      const g = gen.get(b)!;
      for (const id of s) if (!g.has(regOfDef[id]!)) o.add(id);
      for (const id of g.values()) o.add(id);
      if (o.size !== out.get(b)!.size) {
        out.set(b, o);
        changed = true;
      }
    }
  }
  // For every use: the definitions that reach it.
  const live = new Set<MInst>();
  const work: MInst[] = [];
  const mark = (i: MInst) => {
    if (!live.has(i)) {
      live.add(i);
      work.push(i);
    }
  };
  const reachingAt = new Map<MInst, Map<VReg, number[]>>();
  for (const b of f.blocks) {
    const cur = new Map<VReg, Set<number>>();
    for (const id of inn.get(b)!) {
      const r = regOfDef[id]!;
      let set = cur.get(r);
      if (!set) cur.set(r, (set = new Set()));
      set.add(id);
    }
    for (const i of b.insts) {
      const m = new Map<VReg, number[]>();
      for (const r of srcRegs(i)) m.set(r, [...(cur.get(r) ?? [])]);
      reachingAt.set(i, m);
      for (const d of dstRegs(i)) {
        const ids = defsOf.get(d)!.filter((id) => defInst[id] === i);
        cur.set(d, new Set([ids[ids.length - 1]!]));
      }
      if (hasSideEffects(i)) mark(i);
    }
    for (const r of b.retUses ?? []) for (const id of cur.get(r) ?? []) mark(defInst[id]!);
  }
  while (work.length) {
    const i = work.pop()!;
    const m = reachingAt.get(i)!;
    for (const ids of m.values()) for (const id of ids) mark(defInst[id]!);
  }
  for (const b of f.blocks) b.insts = b.insts.filter((i) => live.has(i));
  void blockOf;
}

// --- loop-invariant code motion ----------------------------------------------------------------------

export function licm(f: MFunc, loops: LoopInfo[]): void {
  const counts = defCounts(f);
  const sorted = [...loops].sort((a, b) => b.depth - a.depth);
  for (const l of sorted) {
    if (!f.blocks.includes(l.preheader)) continue;
    const definedIn = new Set<VReg>();
    for (const b of l.blocks) for (const i of b.insts) for (const d of dstRegs(i)) definedIn.add(d);
    let moved = true;
    while (moved) {
      moved = false;
      for (const b of f.blocks) {
        if (!l.blocks.has(b)) continue;
        const keep: MInst[] = [];
        for (const i of b.insts) {
          const ok = isPure(i) && dstRegs(i).every((d) => counts.get(d) === 1) && srcRegs(i).every((r) => !definedIn.has(r));
          if (ok) {
            l.preheader.insts.push(i);
            for (const d of dstRegs(i)) definedIn.delete(d);
            moved = true;
          } else keep.push(i);
        }
        b.insts = keep;
      }
    }
  }
}

// --- strength reduction ---------------------------------------------------------------------------------

/** i << k (and i * c) of a basic induction variable i becomes its own induction variable. */
export function strengthReduce(f: MFunc, loops: LoopInfo[]): void {
  let next = f.nextVReg;
  const counts = defCounts(f);
  for (const l of loops) {
    if (!f.blocks.includes(l.preheader) || !l.blocks.has(l.latch)) continue;
    // Basic IVs: two definitions, one outside, one `addi i, i, c` in the latch.
    const inc = new Map<VReg, { inst: MInst; step: number }>();
    for (const i of l.latch.insts) {
      if (i.op === 'addi' && i.ops[0]!.k === 'd' && i.ops[1]!.k === 'u0' && i.ops[1]!.r === i.ops[0]!.r && i.ops[2]!.k === 'i' && counts.get(i.ops[0]!.r) === 2) {
        inc.set(i.ops[0]!.r, { inst: i, step: i.ops[2]!.v });
      }
    }
    if (!inc.size) continue;
    // The IV must not be defined elsewhere in the loop.
    for (const b of l.blocks) for (const i of b.insts) for (const d of dstRegs(i)) if (inc.has(d) && inc.get(d)!.inst !== i) inc.delete(d);
    for (const b of l.blocks) {
      if (b === l.latch) continue;
      for (let k = 0; k < b.insts.length; k++) {
        const i = b.insts[k]!;
        const src = i.ops[1];
        if (!src || src.k !== 'u' || !inc.has(src.r) || i.ops[0]!.k !== 'd' || counts.get(i.ops[0]!.r) !== 1) continue;
        let mult: number | undefined;
        if (i.op === 'rlwinm' && i.ops[3]!.k === 'i' && i.ops[3]!.v === 0 && i.ops[2]!.k === 'i' && i.ops[4]!.k === 'i' && i.ops[4]!.v === 31 - i.ops[2]!.v) mult = 2 ** i.ops[2]!.v;
        else if (i.op === 'mulli' && i.ops[2]!.k === 'i') mult = i.ops[2]!.v;
        if (mult === undefined) continue;
        const iv = inc.get(src.r)!;
        const j: VReg = { id: next++, cls: 'g', hint: 'iv' };
        f.vregs.push(j);
        const init: MInst = { ...i, ops: [{ k: 'd', r: j }, ...i.ops.slice(1)] };
        l.preheader.insts.push(init);
        const at = l.latch.insts.indexOf(iv.inst);
        l.latch.insts.splice(at + 1, 0, { op: 'addi', ops: [{ k: 'd', r: j }, { k: 'u0', r: j }, { k: 'i', v: (iv.step * mult) | 0 }], fx: 0, lat: 1, loc: iv.inst.loc });
        b.insts[k] = { op: 'mr', ops: [{ k: 'd', r: i.ops[0]!.r }, { k: 'u', r: j }], fx: 0, lat: 1, loc: i.loc };
      }
    }
  }
  f.nextVReg = next;
}

// --- constants ------------------------------------------------------------------------------------

/** Fold integer operations whose operands are constants defined once (li) into constants. */
export function foldConstants(f: MFunc): void {
  const counts = defCounts(f);
  const value = new Map<VReg, number>();
  for (const b of f.blocks) for (const i of b.insts) {
    if ((i.op === 'li' || i.op === 'li32') && i.ops[0]!.k === 'd' && i.ops[1]!.k === 'i' && counts.get(i.ops[0]!.r) === 1) value.set(i.ops[0]!.r, i.ops[1]!.v | 0);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      for (let k = 0; k < b.insts.length; k++) {
        const i = b.insts[k]!;
        const d = i.ops[0];
        if (!d || d.k !== 'd' || value.has(d.r) || i.fx !== 0 || i.op === 'li' || i.op === 'li32') continue;
        const v = (o: Opnd | undefined) => (o && (o.k === 'u' || o.k === 'u0') && o.r ? value.get(o.r) : o?.k === 'u0' && !o.r ? 0 : undefined);
        const imm = (o: Opnd | undefined) => (o?.k === 'i' ? o.v : undefined);
        let r: number | undefined;
        const a = v(i.ops[1]);
        switch (i.op) {
          case 'rlwinm': {
            const [sh, mb, me] = [imm(i.ops[2]), imm(i.ops[3]), imm(i.ops[4])];
            if (a === undefined || sh === undefined || mb === undefined || me === undefined) break;
            const rot = ((a << sh) | (a >>> (32 - sh))) >>> 0;
            const mask = mb <= me ? (me === 31 ? 0xffffffff >>> mb : (0xffffffff >>> mb) & ~(0xffffffff >>> (me + 1))) : ~((me === 31 ? 0 : 0xffffffff >>> (me + 1)) & ~(0xffffffff >>> mb));
            r = (rot & mask) | 0;
            break;
          }
          case 'addi': if (a !== undefined && imm(i.ops[2]) !== undefined) r = (a + imm(i.ops[2])!) | 0; break;
          case 'mulli': if (a !== undefined && imm(i.ops[2]) !== undefined) r = Math.imul(a, imm(i.ops[2])!); break;
          case 'add': { const c = v(i.ops[2]); if (a !== undefined && c !== undefined) r = (a + c) | 0; break; }
          case 'subf': { const c = v(i.ops[2]); if (a !== undefined && c !== undefined) r = (c - a) | 0; break; }
          case 'mullw': { const c = v(i.ops[2]); if (a !== undefined && c !== undefined) r = Math.imul(a, c); break; }
          case 'mr': if (a !== undefined) r = a; break;
        }
        if (r === undefined) continue;
        b.insts[k] = { op: r >= -32768 && r <= 32767 ? 'li' : 'li32', ops: [{ k: 'd', r: d.r }, { k: 'i', v: r }], fx: 0, lat: r >= -32768 && r <= 32767 ? 1 : 2, loc: i.loc };
        // Only a register defined once has this value everywhere.
        if (counts.get(d.r) === 1) value.set(d.r, r);
        changed = true;
      }
    }
  }
}

// --- local CSE and copies ---------------------------------------------------------------------------------

function keyOf(i: MInst): string {
  return `${i.op}|${i.ops.map((o) => (o.k === 'u' || o.k === 'u0' ? `r${o.r?.id ?? 'z'}` : o.k === 'i' ? `#${o.v}` : o.k === 'sym' ? `s${o.s}` : o.k === 'mem' ? `m${o.disp}(${o.base?.id ?? 'z'})` : o.k === 'cond' ? `c${o.c}` : o.k === 'd' ? 'd' : o.k)).join(',')}|${i.region?.k ?? ''}`;
}

export function localCse(f: MFunc): void {
  const counts = defCounts(f);
  for (const b of f.blocks) {
    const avail = new Map<string, VReg>();
    const users = new Map<VReg, string[]>();
    for (let k = 0; k < b.insts.length; k++) {
      const i = b.insts[k]!;
      const ds = dstRegs(i);
      if (isPure(i) && ds.length === 1 && counts.get(ds[0]!) === 1 && i.op !== 'mr' && i.op !== 'vmr') {
        const key = keyOf(i);
        const prev = avail.get(key);
        if (prev) {
          b.insts[k] = { op: prev.cls === 'g' ? 'mr' : 'vmr', ops: [{ k: 'd', r: ds[0]! }, { k: 'u', r: prev }], fx: prev.cls === 'v' ? FX.VEC : 0, lat: 1, loc: i.loc };
          continue;
        }
        avail.set(key, ds[0]!);
        for (const s of srcRegs(i)) {
          let l = users.get(s);
          if (!l) users.set(s, (l = []));
          l.push(key);
        }
      }
      // A redefinition invalidates computations that read the old value.
      for (const d of ds) for (const key of users.get(d) ?? []) avail.delete(key);
      if (i.fx & FX.CALL) avail.clear();
    }
  }
}

/** Replace uses of t by s for `mr t, s` when both are defined once. */
export function copyPropagate(f: MFunc): void {
  const counts = defCounts(f);
  const subst = new Map<VReg, VReg>();
  for (const b of f.blocks) {
    for (const i of b.insts) {
      if ((i.op === 'mr' || i.op === 'vmr') && i.ops[0]!.k === 'd' && i.ops[1]!.k === 'u') {
        const t = i.ops[0]!.r;
        const s = i.ops[1]!.r;
        if (counts.get(t) === 1 && counts.get(s) === 1 && t.phys === undefined && s.phys === undefined) subst.set(t, s);
      }
    }
  }
  if (!subst.size) return;
  const resolve = (r: VReg): VReg => {
    let x = r;
    for (let n = 0; n < 16 && subst.has(x); n++) x = subst.get(x)!;
    return x;
  };
  for (const b of f.blocks) {
    for (const i of b.insts) {
      i.ops = i.ops.map((o) => {
        if (o.k === 'u') return { k: 'u', r: resolve(o.r) };
        if (o.k === 'u0' && o.r) return { k: 'u0', r: resolve(o.r) };
        if (o.k === 'mem' && o.base) return { ...o, base: resolve(o.base) };
        return o;
      });
      if (i.implUses) i.implUses = i.implUses.map(resolve);
    }
    if (b.retUses) b.retUses = b.retUses.map(resolve);
  }
}
