// Ordering of vector and scalar memory accesses. The FXV unit runs behind the scalar pipeline and
// the two are not ordered (docs/timing.md, "Memory"): a scalar load after a vector store of the
// same memory sees the old value, and a scalar store after a vector load or store of it can land
// before the vector access. A forward data-flow analysis tracks which regions have vector accesses
// in flight and puts a `sync` before the first scalar access that could observe the difference.
//
// Also: the vector condition register cannot be saved by an interrupt handler, so in code that
// runs with interrupts enabled, each compare and the instructions that use its result are kept
// together with interrupts masked.

import { FX, preds, succs, type MBlock, type MFunc, type MInst, type Region } from './mir.js';

type Key = string;
const ANY = 'any';

function keyOf(r: Region | undefined): Key {
  if (!r) return ANY;
  switch (r.k) {
    case 'stack': return r.slot === undefined ? 'stack:*' : `stack:${r.slot}`;
    case 'global': return `g:${r.name}`;
    case 'mailbox': return 'mbox';
    case 'rodata': return 'rodata';
    case 'ref': return 'ref';
    case 'bus': return 'bus';
  }
}

function conflict(a: Key, b: Key): boolean {
  if (a === 'bus' || b === 'bus' || a === 'rodata' || b === 'rodata') return false;
  const stackA = a.startsWith('stack');
  const stackB = b.startsWith('stack');
  if (a === ANY || b === ANY) return !(stackA || stackB);
  if (stackA || stackB) return stackA && stackB && (a === b || a === 'stack:*' || b === 'stack:*');
  if (a === b) return true;
  if (a === 'ref' || b === 'ref') return true;
  return false;
}

interface State {
  loads: Set<Key>;
  stores: Set<Key>;
}

function clone(s: State): State {
  return { loads: new Set(s.loads), stores: new Set(s.stores) };
}

function needsSync(s: State, i: MInst): boolean {
  const k = keyOf(i.region);
  if (k === 'bus') return false;
  if (i.fx & FX.LOAD) return [...s.stores].some((x) => conflict(x, k));
  if (i.fx & FX.STORE) return [...s.stores, ...s.loads].some((x) => conflict(x, k));
  return false;
}

/** Apply one instruction to the state; returns true if a sync must go before it. */
function step(s: State, i: MInst, callPending: (i: MInst) => boolean): boolean {
  if (i.op === 'sync' || i.op === 'wait') {
    s.loads.clear();
    s.stores.clear();
    return false;
  }
  if (i.fx & FX.CALL) {
    // A callee with vector memory accesses may return with them in flight (in its own frame
    // too, which is below ours: not a conflict for our stack slots).
    if (callPending(i)) {
      s.loads.add(ANY);
      s.stores.add(ANY);
    }
    return false;
  }
  if (i.fx & (FX.VLOAD | FX.VSTORE)) {
    (i.fx & FX.VLOAD ? s.loads : s.stores).add(keyOf(i.region));
    return false;
  }
  if (needsSync(s, i)) {
    s.loads.clear();
    s.stores.clear();
    return true;
  }
  return false;
}

/**
 * Insert the syncs a function needs. `entryPending`: vector accesses of the caller may still be in
 * flight at entry; `callPending`: a callee may return with vector accesses in flight.
 */
export function insertSyncs(f: MFunc, entryPending: boolean, callPending: (i: MInst) => boolean): number {
  const pr = preds(f);
  const inState = new Map<MBlock, State>();
  const entry: State = { loads: new Set(entryPending ? [ANY] : []), stores: new Set(entryPending ? [ANY] : []) };
  const outState = new Map<MBlock, State>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      const s: State = b === f.blocks[0] ? clone(entry) : { loads: new Set(), stores: new Set() };
      for (const p of pr.get(b) ?? []) {
        const o = outState.get(p);
        if (!o) continue;
        o.loads.forEach((x) => s.loads.add(x));
        o.stores.forEach((x) => s.stores.add(x));
      }
      inState.set(b, clone(s));
      for (const i of b.insts) step(s, i, callPending);
      const old = outState.get(b);
      if (!old || old.loads.size !== s.loads.size || old.stores.size !== s.stores.size) {
        outState.set(b, s);
        changed = true;
      }
    }
  }
  let n = 0;
  for (const b of f.blocks) {
    const s = inState.get(b)!;
    const out: MInst[] = [];
    for (const i of b.insts) {
      if (step(s, i, callPending)) {
        out.push({ op: 'sync', ops: [], fx: FX.BARRIER | FX.SIDE, loc: i.loc, note: 'vector and scalar accesses of this memory' });
        n++;
      }
      out.push(i);
    }
    // Vector accesses of this frame must be done before the frame is reused by the next call.
    if (b.term.k === 'ret' && [...s.loads, ...s.stores].some((k) => k.startsWith('stack'))) {
      out.push({ op: 'sync', ops: [], fx: FX.BARRIER | FX.SIDE, note: 'vector accesses of this stack frame' });
      n++;
    }
    b.insts = out;
  }
  void succs;
  return n;
}

/** Does the function contain vector memory accesses (loads or stores to SRAM)? */
export function usesVectorMemory(f: MFunc): boolean {
  return f.blocks.some((b) => b.insts.some((i) => (i.fx & (FX.VLOAD | FX.VSTORE)) !== 0));
}

/**
 * Mask interrupts around each vector compare and its users (in code that runs with interrupts
 * enabled). `restore`: the function may also run with interrupts masked, so restore MSR[EE]
 * instead of setting it.
 */
export function protectVcr(f: MFunc, mode: 'enable' | 'restore'): void {
  let tmp = 0;
  for (const b of f.blocks) {
    const out: MInst[] = [];
    let open = false;
    let saved: import('./mir.js').VReg | undefined;
    const close = () => {
      if (!open) return;
      out.push(mode === 'enable'
        ? { op: 'wrteei', ops: [{ k: 'i', v: 1 }], fx: FX.MSR | FX.SIDE | FX.VCR_DEF | FX.VCR_USE }
        : { op: 'wrtee', ops: [{ k: 'u', r: saved! }], fx: FX.MSR | FX.SIDE | FX.VCR_DEF | FX.VCR_USE });
      open = false;
    };
    for (let k = 0; k < b.insts.length; k++) {
      const i = b.insts[k]!;
      if (i.fx & FX.VCR_DEF && !(i.fx & FX.CALL)) {
        close();
        // Is the compare's result used before the next compare in this block?
        let used = false;
        for (let j = k + 1; j < b.insts.length; j++) {
          const x = b.insts[j]!;
          if (x.fx & FX.VCR_USE) used = true;
          if (x.fx & FX.VCR_DEF) break;
        }
        if (used) {
          if (mode === 'restore') {
            saved = { id: f.nextVReg++, cls: 'g', hint: `msr${tmp++}` };
            f.vregs.push(saved);
            out.push({ op: 'mfmsr', ops: [{ k: 'd', r: saved }], fx: FX.SIDE, lat: 1 });
          }
          out.push({ op: 'wrteei', ops: [{ k: 'i', v: 0 }], fx: FX.MSR | FX.SIDE | FX.VCR_DEF | FX.VCR_USE, loc: i.loc });
          open = true;
        }
        out.push(i);
        continue;
      }
      out.push(i);
      if (open) {
        let more = false;
        for (let j = k + 1; j < b.insts.length; j++) {
          const x = b.insts[j]!;
          if (x.fx & FX.VCR_DEF) break;
          if (x.fx & FX.VCR_USE) {
            more = true;
            break;
          }
        }
        if (!more) close();
      }
    }
    close();
    b.insts = out;
  }
}
