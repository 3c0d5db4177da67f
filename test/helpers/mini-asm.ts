// A deliberately small assembler for PPU tests that must not depend on the real assembler:
// base mnemonics from the ISA table plus the handful of extended mnemonics the timing
// measurements use, numeric registers, labels (name: / 1: with 1b/1f), .balign, .long, .org.

import { BY_MNEMONIC, encode, type InsnDef } from '../../ppu/isa/index.js';
import { Ppu } from '../../ppu/index.js';

type Ext = (ops: string[]) => [string, string[], { lk?: boolean; rc?: boolean; oe?: boolean; aa?: boolean }?];

const BR_COND: Record<string, [number, number]> = {
  blt: [12, 0], bgt: [12, 1], beq: [12, 2], bso: [12, 3],
  bge: [4, 0], ble: [4, 1], bne: [4, 2], bns: [4, 3],
};

const sprAlias: Record<string, number> = { ctr: 9, lr: 8, srr0: 26, srr1: 27, dec: 22, xer: 1, tsr: 336, tcr: 340, decar: 54, esr: 62, dear: 61 };

const EXT: Record<string, Ext> = {
  li: ([rt, v]) => ['addi', [rt!, '0', v!]],
  lis: ([rt, v]) => ['addis', [rt!, '0', v!]],
  mr: ([ra, rs]) => ['or', [ra!, rs!, rs!]],
  nop: () => ['ori', ['0', '0', '0']],
  cmpwi: (o) => ['cmpi', o.length === 3 ? [o[0]!, '0', o[1]!, o[2]!] : ['0', '0', o[0]!, o[1]!]],
  cmpw: (o) => ['cmp', o.length === 3 ? [o[0]!, '0', o[1]!, o[2]!] : ['0', '0', o[0]!, o[1]!]],
  bdnz: ([t]) => ['bc', ['16', '0', t!]],
  bdz: ([t]) => ['bc', ['18', '0', t!]],
  blr: () => ['bclr', ['20', '0', '0']],
  bctr: () => ['bcctr', ['20', '0', '0']],
  bl: ([t]) => ['b', [t!], { lk: true }],
  trap: () => ['tw', ['31', '0', '0']],
  mtdec: ([r]) => ['mtspr', ['22', r!]],
  'add.': (o) => ['add', o, { rc: true }],
  'mullw.': (o) => ['mullw', o, { rc: true }],
};
for (const [name, [bo, bit]] of Object.entries(BR_COND)) {
  EXT[name] = (o) => (o.length === 2 ? ['bc', [String(bo), `${4 * Number(o[0])}+${bit}`, o[1]!]] : ['bc', [String(bo), String(bit), o[0]!]]);
}
for (const [name, n] of Object.entries(sprAlias)) {
  EXT[`mt${name}`] = ([r]) => ['mtspr', [String(n), r!]];
  EXT[`mf${name}`] = ([r]) => ['mfspr', [r!, String(n)]];
}

export interface MiniProgram {
  words: Map<number, number>;
  labels: Map<string, number>;
}

function num(s: string): number {
  s = s.trim().replace(/^r(\d+)$/, '$1');
  if (/^[-+]?0x[0-9a-f]+$/i.test(s)) return parseInt(s, 16);
  if (/^\d+\+\d+$/.test(s)) return s.split('+').reduce((a, b) => a + Number(b), 0);
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`mini-asm: bad number '${s}'`);
  return v;
}

/** Assemble `src` starting at `origin`. Lines: `label:`, `insn ops`, `.balign n`, `.long v`, `.org a`. */
export function miniAsm(src: string, origin = 0): MiniProgram {
  type Item = { addr: number; mn: string; ops: string[]; line: string };
  const items: Item[] = [];
  const labels = new Map<string, number>();
  const numeric: { name: string; addr: number }[] = [];
  let pc = origin;
  for (const raw of src.split(/\n|;/)) {
    let line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    let m: RegExpExecArray | null;
    while ((m = /^([A-Za-z_.$][\w.$]*|\d+):\s*/.exec(line))) {
      if (/^\d+$/.test(m[1]!)) numeric.push({ name: m[1]!, addr: pc });
      else labels.set(m[1]!, pc);
      line = line.slice(m[0].length);
    }
    if (!line) continue;
    const [mn, ...rest] = line.split(/\s+/);
    const ops = rest.join(' ').split(',').map((s) => s.trim()).filter(Boolean);
    if (mn === '.balign') {
      const n = num(ops[0]!);
      while (pc % n) {
        items.push({ addr: pc, mn: 'nop', ops: [], line });
        pc += 4;
      }
      continue;
    }
    if (mn === '.org') {
      pc = num(ops[0]!);
      continue;
    }
    items.push({ addr: pc, mn: mn!, ops, line });
    pc += 4;
  }
  const resolve = (s: string, at: number): number => {
    const local = /^(\d+)([bf])$/.exec(s);
    if (local) {
      const cands = numeric.filter((n) => n.name === local[1]);
      const hit = local[2] === 'b'
        ? cands.filter((n) => n.addr <= at).pop()
        : cands.find((n) => n.addr > at);
      if (!hit) throw new Error(`mini-asm: no label ${s}`);
      return hit.addr;
    }
    if (labels.has(s)) return labels.get(s)!;
    return num(s);
  };
  const words = new Map<number, number>();
  for (const it of items) {
    if (it.mn === '.long') {
      words.set(it.addr, num(it.ops[0]!) >>> 0);
      continue;
    }
    let mn = it.mn;
    let ops = it.ops;
    let flags: { lk?: boolean; rc?: boolean; oe?: boolean; aa?: boolean } = {};
    if (EXT[mn]) [mn, ops, flags = {}] = EXT[mn]!(ops);
    if (!BY_MNEMONIC.has(mn) && mn.endsWith('.') && BY_MNEMONIC.get(mn.slice(0, -1))?.rc === 'opt') {
      mn = mn.slice(0, -1);
      flags = { ...flags, rc: true };
    }
    const d: InsnDef | undefined = BY_MNEMONIC.get(mn);
    if (!d) throw new Error(`mini-asm: unknown mnemonic ${it.mn} in '${it.line}'`);
    const values: number[] = [];
    let oi = 0;
    for (const op of d.operands) {
      const text = ops[oi++];
      if (text === undefined) {
        // Trailing operands GNU as lets you omit (BH, WC, SL, ...).
        values.push(0);
        continue;
      }
      if (op === 'D(RA)') {
        const mm = /^(.*)\((\w+)\)$/.exec(text);
        if (!mm) throw new Error(`mini-asm: expected D(RA) in '${it.line}'`);
        values.push(num(mm[1]!), num(mm[2]!));
      } else if (op === 'target') {
        values.push(resolve(text, it.addr) - it.addr);
      } else {
        values.push(/^\d+[bf]$|^[A-Za-z_]/.test(text) && !/^r\d+$/.test(text) ? resolve(text, it.addr) : num(text));
      }
    }
    words.set(it.addr, encode(d, values, flags));
  }
  return { words, labels };
}

/** A fresh dls-profile core with the program loaded. */
export function load(src: string, opts: ConstructorParameters<typeof Ppu>[0] = {}, origin = 0): Ppu {
  const cpu = new Ppu(opts);
  for (const [a, w] of miniAsm(src, origin).words) cpu.imem.writeWord(a, w);
  return cpu;
}
