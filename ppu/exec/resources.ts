// What a decoded instruction reads and writes, and how long its results take: the input of the
// scoreboard rules R1..R4 of docs/timing.md. Computed once per instruction when a block is
// compiled, so the generated code checks only constants.

import { extractField, rcOf, type FieldName, type InsnDef } from '../isa/index.js';
import { SPR } from '../spr.js';
import { NUX_TIMING, type LatencyTable } from '../timing-params.js';

/** Index of MSR in the SPR readiness array (SPR numbers are 0..1023). */
export const MSR_SLOT = 1024;

export interface GprWrite {
  reg: number;
  /** Cycles after issue at which a consumer may issue (write latency L, rule R1). */
  ready: number;
}

export interface Resources {
  gprReads: number[];
  gprWrites: GprWrite[];
  crReads: number[];
  /** CR fields written, with their latency L (readers wait L + 1, rule R3). */
  crWrites: { field: number; latency: number }[];
  sprReads: number[];
  sprWrites: { spr: number; latency: number }[];
  /** Cycles until the next instruction may issue (issue cycles, XER rule R4, divide freeze). */
  cost: number;
  /** Earliest cycle after issue by which sync considers all of this instruction's writes done. */
  done: number;
}

/** L of a timing class under a latency table (classes without a GPR/CR/SPR result: 1). */
function latencyOf(t: InsnDef['timing'], lat: LatencyTable): number {
  switch (t) {
    case 'alu': case 'nop': return lat.alu;
    case 'load': return lat.load;
    case 'loadu': return lat.loadu;
    case 'storeu': return lat.storeu;
    case 'lmw': return lat.lmw;
    case 'mul': return lat.mul;
    case 'div': return lat.div;
    default: return 1;
  }
}

function fieldOf(word: number, name: string): number {
  return extractField(word, name as FieldName);
}

export function analyze(d: InsnDef, word: number, lat: LatencyTable = NUX_TIMING.latency): Resources {
  const gprReads = new Set<number>();
  const crReads = new Set<number>();
  const sprReads = new Set<number>();
  const gprWrites: GprWrite[] = [];
  const crWrites: { field: number; latency: number }[] = [];
  const sprWrites: { spr: number; latency: number }[] = [];
  const L = latencyOf(d.timing, lat);

  const res = (tok: string, write: boolean) => {
    if (tok === 'RA0') {
      const ra = fieldOf(word, 'RA');
      if (ra !== 0) gprReads.add(ra);
    } else if (tok === 'RT' || tok === 'RS' || tok === 'RA' || tok === 'RB') {
      const r = fieldOf(word, tok);
      if (write) gprWrites.push({ reg: r, ready: L });
      else gprReads.add(r);
    } else if (tok.startsWith('crf:')) {
      const arg = tok.slice(4);
      const f = /^\d$/.test(arg) ? Number(arg) : fieldOf(word, arg);
      if (write) crWrites.push({ field: f, latency: L });
      else crReads.add(f);
    } else if (tok.startsWith('crb:')) {
      const f = fieldOf(word, tok.slice(4)) >>> 2;
      if (write) crWrites.push({ field: f, latency: L });
      else crReads.add(f);
    } else if (tok === 'cr') {
      for (let f = 0; f < 8; f++) crReads.add(f);
    } else if (tok === 'crm') {
      const fxm = fieldOf(word, 'FXM');
      for (let f = 0; f < 8; f++) if (fxm & (0x80 >> f)) crWrites.push({ field: f, latency: L });
    } else if (tok === 'lr' || tok === 'ctr' || tok === 'msr' || tok === 'spr') {
      const n = tok === 'lr' ? SPR.LR : tok === 'ctr' ? SPR.CTR : tok === 'msr' ? MSR_SLOT : fieldOf(word, 'SPR');
      if (write) sprWrites.push({ spr: n, latency: L });
      else sprReads.add(n);
    } else {
      throw new Error(`${d.mnemonic}: unknown resource ${tok}`);
    }
  };
  for (const tok of d.reads ?? []) res(tok, false);
  for (const tok of d.writes ?? []) res(tok, true);

  // Branches: CTR, LR and the CR bit as BO and LK say.
  if (d.timing === 'branch') {
    const bo = d.form === 'I' ? 20 : fieldOf(word, 'BO');
    if (d.mnemonic !== 'b') {
      if ((bo & 16) === 0) crReads.add(fieldOf(word, 'BI') >>> 2);
      if (d.mnemonic === 'bcctr') sprReads.add(SPR.CTR);
      else if ((bo & 4) === 0) {
        sprReads.add(SPR.CTR);
        sprWrites.push({ spr: SPR.CTR, latency: 1 });
      }
      if (d.mnemonic === 'bclr') sprReads.add(SPR.LR);
    }
    if (word & 1) sprWrites.push({ spr: SPR.LR, latency: 1 });
  }
  if (d.timing === 'rfi') {
    // rfi/rfci/rfmci read their save/restore pair and write MSR.
    const pair = d.mnemonic === 'rfi' ? [SPR.SRR0, SPR.SRR1] : d.mnemonic === 'rfci' ? [SPR.CSRR0, SPR.CSRR1] : [SPR.MCSRR0, SPR.MCSRR1];
    for (const n of pair) sprReads.add(n);
    sprWrites.push({ spr: MSR_SLOT, latency: 1 });
  }

  // Record forms write CR0 with the instruction's own latency (mullw. -> blt waits 5 cycles).
  if (rcOf(d, word) && d.mnemonic !== 'stwcx.') crWrites.push({ field: 0, latency: L });

  // lwzu & co.: RT at issue (L), RA in the second issue cycle (L from then).
  if (d.timing === 'loadu') {
    const ra = fieldOf(word, 'RA');
    for (const w of gprWrites) if (w.reg === ra && w !== gprWrites[0]) w.ready = L + 1;
  }
  // lmw: one register per cycle, each L from its cycle.
  if (d.timing === 'lmw') {
    const rt = fieldOf(word, 'RT');
    for (let r = rt, k = 0; r < 32; r++, k++) gprWrites.push({ reg: r, ready: L + k });
  }
  if (d.timing === 'stmw') {
    const rs = fieldOf(word, 'RS');
    for (let r = rs; r < 32; r++) gprReads.add(r);
  }

  const oe = d.oe && (word & 0x400) !== 0;
  let cost = 1;
  switch (d.timing) {
    case 'loadu': cost = 2; break;
    case 'lmw': cost = 32 - fieldOf(word, 'RT'); break;
    case 'stmw': cost = 32 - fieldOf(word, 'RS'); break;
    case 'div': cost = L; break;
    case 'msr': cost = 4; break;
    case 'trap': cost = 2; break;
  }
  // R4: a write to XER holds every following instruction until it is done.
  if (d.xer || oe) cost = Math.max(cost, 3);

  let done = 0;
  for (const w of gprWrites) done = Math.max(done, w.ready + 2, 4);
  if (crWrites.length || sprWrites.length) done = Math.max(done, L + 2, 4);

  return {
    gprReads: [...gprReads], gprWrites, crReads: [...crReads], crWrites,
    sprReads: [...sprReads], sprWrites, cost, done,
  };
}
