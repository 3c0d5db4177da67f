// The mnemonic table: every name the assembler accepts (base and extended mnemonics with their
// o / . / l / a suffixes, FXV condition suffixes), built once from the forms.

import { BASE_FORMS, type Form } from './forms.js';
import { EXT_FORMS, SHADOWED_BASE } from './extended.js';

export interface Mnemonic {
  /** Candidate forms, tried in order; they differ in their operand counts. */
  readonly forms: Form[];
  readonly oe: boolean;
  readonly rc: boolean;
  readonly lk: boolean;
  readonly aa: boolean;
  /** FXV condition given by a suffix (.gt .lt .eq). */
  readonly cond?: number;
}

const table = new Map<string, Mnemonic>();

function add(name: string, form: Form, flags: Omit<Mnemonic, 'forms'>): void {
  const e = table.get(name);
  if (!e) {
    table.set(name, { forms: [form], ...flags });
    return;
  }
  if (e.oe !== flags.oe || e.rc !== flags.rc || e.lk !== flags.lk || e.aa !== flags.aa || e.cond !== flags.cond) {
    throw new Error(`mnemonic table: '${name}' has two meanings (${e.forms[0]!.def.mnemonic} and ${form.def.mnemonic})`);
  }
  e.forms.push(form);
}

function addVariants(f: Form): void {
  for (const oe of f.oe ? [false, true] : [false]) {
    for (const rc of f.rc ? [false, true] : [false]) {
      add(`${f.name}${oe ? 'o' : ''}${rc ? '.' : ''}`, f, { oe, rc, lk: false, aa: false });
    }
  }
  if (f.lk || f.aa) {
    for (const lk of f.lk ? [false, true] : [false]) {
      for (const aa of f.aa ? [false, true] : [false]) {
        if (lk || aa) add(`${f.name}${lk ? 'l' : ''}${aa ? 'a' : ''}`, f, { oe: false, rc: false, lk, aa });
      }
    }
  }
  if (f.def.form === 'FXV') {
    for (const [s, c] of [['gt', 1], ['lt', 2], ['eq', 3]] as const) add(`${f.name}.${s}`, f, { oe: false, rc: false, lk: false, aa: false, cond: c });
  }
}

for (const f of EXT_FORMS) addVariants(f);
for (const f of BASE_FORMS.values()) {
  if (SHADOWED_BASE.has(f.name)) continue;
  // The extended four-operand rlwinm/rlwnm/rlwimi were added above; the base form comes after
  // them under the same name.
  addVariants(f);
}

export function lookupMnemonic(name: string): Mnemonic | undefined {
  return table.get(name);
}

export function allMnemonics(): string[] {
  return [...table.keys()];
}

/** The known mnemonic closest to `name` (edit distance), for "did you mean" messages. */
export function nearestMnemonic(name: string): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const lname = name.toLowerCase();
  for (const k of table.keys()) {
    if (Math.abs(k.length - lname.length) > bestD) continue;
    const d = editDistance(lname, k);
    if (d < bestD || (d === bestD && best !== undefined && k.length < best.length)) {
      bestD = d;
      best = k;
    }
  }
  return bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** Edit distance where swapping two adjacent characters counts as one edit (typos like mian). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}
