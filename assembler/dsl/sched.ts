// List scheduling within basic blocks, on virtual registers: independent instructions move
// between a load and its use (load-use latency 2), after a multiply (latency 4) and between a
// compare and its branch (a CR reader issues two cycles after the compare). Memory, bus and
// side-effect order is kept; docs/timing.md has the latencies.

import { FX, dstRegs, srcRegs, type MBlock, type MFunc, type MInst, type Region, type VReg } from './mir.js';

function regionsMayAlias(a: Region | undefined, b: Region | undefined): boolean {
  if (!a || !b) return true;
  if (a.k === 'bus' || b.k === 'bus') return a.k === 'bus' && b.k === 'bus';
  if (a.k === 'rodata' || b.k === 'rodata') return false;
  if (a.k === 'stack' || b.k === 'stack') return a.k === 'stack' && b.k === 'stack' && (a.slot === undefined || b.slot === undefined || a.slot === b.slot);
  if (a.k === 'ref' || b.k === 'ref') return true;
  if (a.k === 'global' && b.k === 'global') return a.name === b.name;
  return a.k === b.k;
}

const MEM = FX.LOAD | FX.STORE | FX.VLOAD | FX.VSTORE | FX.BUS;
const ORDERED = FX.BARRIER | FX.SIDE | FX.TRAP | FX.CALL | FX.MSR;

function writesMem(i: MInst): boolean {
  return (i.fx & (FX.STORE | FX.VSTORE)) !== 0 || ((i.fx & FX.BUS) !== 0 && (i.fx & FX.LOAD) === 0 && i.op !== 'fxvinx');
}

/** Must j stay after i (i before j in the block)? Returns the minimum distance in cycles or -1. */
function dependence(i: MInst, j: MInst): number {
  let d = -1;
  const di = dstRegs(i);
  const si = srcRegs(i);
  const dj = dstRegs(j);
  const sj = srcRegs(j);
  const has = (xs: VReg[], y: VReg) => xs.includes(y);
  if (di.some((r) => has(sj, r))) d = Math.max(d, i.lat ?? 1); // RAW
  if (si.some((r) => has(dj, r))) d = Math.max(d, 0); // WAR
  if (di.some((r) => has(dj, r))) d = Math.max(d, 1); // WAW
  const fi = i.fx;
  const fj = j.fx;
  if (fi & FX.VCR_DEF && fj & (FX.VCR_USE | FX.VCR_DEF)) d = Math.max(d, 1);
  if (fi & FX.VCR_USE && fj & FX.VCR_DEF) d = Math.max(d, 0);
  if (fi & FX.CR7_DEF && fj & (FX.CR7_DEF | FX.CR7_USE)) d = Math.max(d, 1);
  if (fi & FX.CR7_USE && fj & FX.CR7_DEF) d = Math.max(d, 0);
  if (fi & FX.CTR_DEF && fj & (FX.CTR_DEF | FX.CTR_USE)) d = Math.max(d, 1);
  if (fi & FX.CTR_USE && fj & FX.CTR_DEF) d = Math.max(d, 0);
  if (fi & FX.XER_DEF && fj & FX.XER_DEF) d = Math.max(d, 1);
  if (fi & ORDERED && fj & (ORDERED | MEM)) d = Math.max(d, 0);
  if (fj & ORDERED && fi & (ORDERED | MEM)) d = Math.max(d, 0);
  if (fi & MEM && fj & MEM) {
    const bothBus = fi & FX.BUS && fj & FX.BUS;
    if (bothBus) d = Math.max(d, 0);
    else if ((writesMem(i) || writesMem(j)) && regionsMayAlias(i.region, j.region)) d = Math.max(d, 0);
  }
  return d;
}

export function scheduleBlock(b: MBlock): void {
  const insts = b.insts;
  const n = insts.length;
  if (n < 3) return;
  // The last compare feeding the terminator branch stays the last CR7 writer: dependence() keeps
  // CR7 writers in order.
  const succ: { to: number; lat: number }[][] = Array.from({ length: n }, () => []);
  const npred = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = dependence(insts[i]!, insts[j]!);
      if (d >= 0) {
        succ[i]!.push({ to: j, lat: d });
        npred[j]!++;
      }
    }
  }
  // Priority: longest latency path to the end of the block (the branch reads CR7 2 cycles after a compare).
  const prio = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let p = insts[i]!.fx & FX.CR7_DEF ? 2 : insts[i]!.lat ?? 1;
    for (const s of succ[i]!) p = Math.max(p, s.lat + prio[s.to]!);
    prio[i] = p;
  }
  // Constants (instructions that read nothing) go just before their first use: issued early
  // they gain nothing (latency 1 or 2) and keep a register busy.
  for (let i = 0; i < n; i++) {
    const x = insts[i]!;
    if (srcRegs(x).length === 0 && x.fx === 0 && (x.lat ?? 1) <= 2 && (x.op === 'li' || x.op === 'li32' || x.op === 'laneaddr')) prio[i] = -1;
  }
  const earliest = new Array<number>(n).fill(0);
  const done = new Array<boolean>(n).fill(false);
  const order: MInst[] = [];
  let cycle = 0;
  const ready = new Set<number>();
  for (let i = 0; i < n; i++) if (npred[i] === 0) ready.add(i);
  while (order.length < n) {
    let best = -1;
    for (const i of ready) {
      if (earliest[i]! > cycle) continue;
      if (best < 0 || prio[i]! > prio[best]! || (prio[i] === prio[best] && i < best)) best = i;
    }
    if (best < 0) {
      // Nothing can issue this cycle: take the one that becomes ready first (program order on ties).
      let soon = Infinity;
      for (const i of ready) soon = Math.min(soon, earliest[i]!);
      cycle = Math.max(cycle + 1, soon);
      continue;
    }
    ready.delete(best);
    done[best] = true;
    order.push(insts[best]!);
    const cost = issueCost(insts[best]!);
    for (const s of succ[best]!) {
      earliest[s.to] = Math.max(earliest[s.to]!, cycle + Math.max(s.lat, 0));
      if (--npred[s.to]! === 0) ready.add(s.to);
    }
    cycle += cost;
  }
  b.insts = order;
}

function issueCost(i: MInst): number {
  if (i.fx & FX.XER_DEF) return 3;
  if (i.op === 'divw' || i.op === 'divwu') return 32;
  if (i.op === 'sync') return 3;
  if (i.op.startsWith('tw')) return 2;
  return 1;
}

export function schedule(f: MFunc): void {
  for (const b of f.blocks) scheduleBlock(b);
}
