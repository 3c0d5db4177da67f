// Value Change Dump (IEEE 1364 section 18) files: a writer for traces that GTKWave and other
// waveform viewers open, and a small reader (for tests and tools that check a trace).
//
// The writer collects changes in any order and sorts them by time when the file is produced
// (changes at the same time keep their order; the last one per variable wins), so producers such
// as spike hooks, membrane samples and bus accesses can add changes independently. Output is a
// pure function of the declarations and changes: no dates, no host names.

export type VcdVarType = 'wire' | 'reg' | 'integer' | 'real';

export interface VcdVar {
  /** Identifier code in the file (printable ASCII). */
  id: string;
  type: VcdVarType;
  /** Bits (1 for a single wire; 64 for reals). */
  width: number;
  name: string;
  /** Enclosing module scopes, outermost first. */
  scope: string[];
}

export type VcdValue = number | bigint | string;

const TIMESCALES = new Set(['1', '10', '100']);
const TIME_UNITS = new Set(['s', 'ms', 'us', 'ns', 'ps', 'fs']);

/** Identifier codes: base-94 over the printable characters '!'..'~'. */
function idCode(k: number): string {
  let s = '';
  do {
    s += String.fromCharCode(33 + (k % 94));
    k = Math.floor(k / 94);
  } while (k > 0);
  return s;
}

function checkName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_$.\[\]:]*$/.test(name)) throw new Error(`VCD name ${JSON.stringify(name)}: letters, digits, _ $ . [ ] : only, not starting with a digit`);
}

/** Real values: shortest round-trip form, or fixed significant digits. */
function formatReal(v: number, digits: number | undefined): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  return digits ? Number(v.toPrecision(digits)).toString() : String(v);
}

export interface VcdWriterOptions {
  /** e.g. "1 ns" */
  timescale: string;
  /** Free text for the $comment section (times, units, what the variables mean). */
  comment?: string;
  /** Text of $version. */
  version?: string;
  /** Significant digits of real values (default: full precision). */
  realDigits?: number;
}

export class VcdWriter {
  private readonly vars: VcdVar[] = [];
  private readonly names = new Set<string>();
  private times: number[] = [];
  private varIdx: number[] = [];
  private values: VcdValue[] = [];
  private readonly initial = new Map<number, VcdValue>();

  constructor(private readonly opts: VcdWriterOptions) {
    const [mag, unit] = opts.timescale.trim().split(/\s+/);
    if (!TIMESCALES.has(mag!) || !TIME_UNITS.has(unit!)) throw new Error(`VCD timescale "${opts.timescale}": must be 1, 10 or 100 followed by s, ms, us, ns, ps or fs`);
  }

  /** Declare a variable; returns its handle for `change`. */
  addVar(scope: readonly string[], name: string, type: VcdVarType, width = type === 'real' ? 64 : 1, initial?: VcdValue): number {
    scope.forEach(checkName);
    checkName(name);
    const full = [...scope, name].join('.');
    if (this.names.has(full)) throw new Error(`VCD variable ${full} declared twice`);
    if (!Number.isInteger(width) || width < 1) throw new Error(`VCD variable ${full}: width must be a positive integer`);
    this.names.add(full);
    const k = this.vars.length;
    this.vars.push({ id: idCode(k), type, width: type === 'real' ? 64 : width, name, scope: [...scope] });
    if (initial !== undefined) this.initial.set(k, initial);
    return k;
  }

  /** Record a value of variable `v` at integer time `time` (in timescale units). */
  change(time: number, v: number, value: VcdValue): void {
    if (!Number.isSafeInteger(time) || time < 0) throw new Error(`VCD time must be a non-negative integer (got ${time})`);
    if (!(v >= 0 && v < this.vars.length)) throw new Error(`VCD variable handle ${v} is not declared`);
    this.times.push(time);
    this.varIdx.push(v);
    this.values.push(value);
  }

  get variables(): readonly VcdVar[] {
    return this.vars;
  }

  private encode(k: number, value: VcdValue): string {
    const d = this.vars[k]!;
    if (d.type === 'real') return `r${formatReal(Number(value), this.opts.realDigits)} ${d.id}`;
    if (typeof value === 'string') {
      // 'x' / 'z' / explicit bit strings
      if (!/^[01xzXZ]+$/.test(value)) throw new Error(`VCD value ${JSON.stringify(value)} of ${d.name}: bits 0, 1, x, z only`);
      return d.width === 1 && value.length === 1 ? `${value.toLowerCase()}${d.id}` : `b${value.toLowerCase()} ${d.id}`;
    }
    const big = BigInt(value);
    if (big < 0n || big >> BigInt(d.width) !== 0n) throw new Error(`VCD value ${value} does not fit ${d.name} (${d.width} bits, unsigned)`);
    return d.width === 1 ? `${big}${d.id}` : `b${big.toString(2)} ${d.id}`;
  }

  /** The complete file. */
  toString(): string {
    const out: string[] = [];
    if (this.opts.version) out.push(`$version ${this.opts.version} $end`);
    if (this.opts.comment) out.push('$comment', ...this.opts.comment.split('\n').map((l) => `  ${l}`), '$end');
    out.push(`$timescale ${this.opts.timescale} $end`);
    // Declarations grouped by scope path, in first-declaration order.
    const open: string[] = [];
    const order = this.vars.map((_, k) => k).sort((a, b) => {
      const sa = this.vars[a]!.scope.join('.');
      const sb = this.vars[b]!.scope.join('.');
      const fa = this.vars.findIndex((x) => x.scope.join('.') === sa);
      const fb = this.vars.findIndex((x) => x.scope.join('.') === sb);
      return fa - fb || a - b;
    });
    for (const k of order) {
      const d = this.vars[k]!;
      let common = 0;
      while (common < open.length && common < d.scope.length && open[common] === d.scope[common]) common++;
      while (open.length > common) {
        open.pop();
        out.push('$upscope $end');
      }
      for (let i = common; i < d.scope.length; i++) {
        open.push(d.scope[i]!);
        out.push(`$scope module ${d.scope[i]} $end`);
      }
      const range = d.type !== 'real' && d.width > 1 ? ` [${d.width - 1}:0]` : '';
      out.push(`$var ${d.type} ${d.width} ${d.id} ${d.name}${range} $end`);
    }
    while (open.pop() !== undefined) out.push('$upscope $end');
    out.push('$enddefinitions $end');

    // Initial values: the declared initial value, else x (0.0 for reals).
    out.push('#0', '$dumpvars');
    const init = this.vars.map((d, k) => this.initial.get(k) ?? (d.type === 'real' ? 0 : 'x'));
    // Changes at time 0 replace the initial value.
    const order2 = this.times.map((_, i) => i).sort((a, b) => this.times[a]! - this.times[b]! || a - b);
    let p = 0;
    while (p < order2.length && this.times[order2[p]!] === 0) {
      const i = order2[p++]!;
      init[this.varIdx[i]!] = this.values[i]!;
    }
    init.forEach((v, k) => out.push(this.encode(k, v)));
    out.push('$end');
    const current = [...init];
    while (p < order2.length) {
      const t = this.times[order2[p]!]!;
      const last = new Map<number, VcdValue>();
      while (p < order2.length && this.times[order2[p]!] === t) {
        const i = order2[p++]!;
        last.set(this.varIdx[i]!, this.values[i]!);
      }
      const lines: string[] = [];
      for (const [k, v] of [...last].sort((a, b) => a[0] - b[0])) {
        if (sameValue(current[k]!, v)) continue;
        current[k] = v;
        lines.push(this.encode(k, v));
      }
      if (lines.length) out.push(`#${t}`, ...lines);
    }
    return `${out.join('\n')}\n`;
  }
}

function sameValue(a: VcdValue, b: VcdValue): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  // numbers and bigints: equal decimal forms (5 and 5n; reals by their shortest form)
  return String(a) === String(b);
}

// --- reader -----------------------------------------------------------------------------------

export interface VcdChange {
  time: number;
  /** Reals as numbers; vectors and wires as numbers when all bits are 0/1 (bigint above 2^53), else the bit string. */
  value: number | bigint | string;
}

export interface VcdFile {
  timescale: { magnitude: number; unit: string };
  comment: string;
  version: string;
  vars: VcdVar[];
  /** Changes per identifier code, in time order (including the $dumpvars values at their time). */
  changes: Map<string, VcdChange[]>;
  /** Last time stamp in the file. */
  endTime: number;
  /** The variable with this full dotted name (scope.name), e.g. "chip.spikes.n3". */
  lookup(fullName: string): VcdVar | undefined;
  /** Value of a variable at a time (the latest change at or before it). */
  valueAt(fullName: string, time: number): VcdChange['value'] | undefined;
}

export class VcdParseError extends Error {}

/** Numbers for 0/1 bits; otherwise the bit string with a leading run of x (or z) shortened to
 * one character, its canonical form (VCD left-extends a value with its leading x or z). */
function bitsValue(bits: string): number | bigint | string {
  if (!/^[01]+$/.test(bits)) return bits.replace(/^([xz])\1+/, '$1');
  const b = BigInt(`0b${bits}`);
  return b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

/** Read a VCD file (the subset writers produce: scopes, vars, scalar/vector/real changes). */
export function parseVcd(text: string): VcdFile {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  let i = 0;
  const vars: VcdVar[] = [];
  const byId = new Map<string, VcdVar>();
  const scope: string[] = [];
  let timescale = { magnitude: 1, unit: 's' };
  let comment = '';
  let version = '';
  const until = (): string[] => {
    const start = i;
    while (i < tokens.length && tokens[i] !== '$end') i++;
    if (i >= tokens.length) throw new VcdParseError(`unterminated ${tokens[start - 1]} section`);
    return tokens.slice(start, i++);
  };
  // header
  for (;;) {
    const t = tokens[i++];
    if (t === undefined) throw new VcdParseError('no $enddefinitions');
    if (t === '$enddefinitions') {
      until();
      break;
    }
    switch (t) {
      case '$timescale': {
        const body = until().join('');
        const m = /^(1|10|100)(s|ms|us|ns|ps|fs)$/.exec(body);
        if (!m) throw new VcdParseError(`bad $timescale "${body}"`);
        timescale = { magnitude: Number(m[1]), unit: m[2]! };
        break;
      }
      case '$scope': {
        const b = until();
        if (b.length < 2) throw new VcdParseError('bad $scope');
        scope.push(b[1]!);
        break;
      }
      case '$upscope':
        until();
        if (scope.pop() === undefined) throw new VcdParseError('$upscope without $scope');
        break;
      case '$var': {
        const b = until();
        if (b.length < 4) throw new VcdParseError(`bad $var: ${b.join(' ')}`);
        const v: VcdVar = { type: b[0] as VcdVarType, width: Number(b[1]), id: b[2]!, name: b[3]!, scope: [...scope] };
        if (!Number.isInteger(v.width) || v.width < 1) throw new VcdParseError(`bad width in $var ${b.join(' ')}`);
        if (!byId.has(v.id)) byId.set(v.id, v);
        vars.push(v);
        break;
      }
      case '$comment':
        comment = until().join(' ');
        break;
      case '$version':
        version = until().join(' ');
        break;
      case '$date':
        until();
        break;
      default:
        throw new VcdParseError(`unexpected "${t}" in the header`);
    }
  }
  if (scope.length) throw new VcdParseError('unclosed $scope');
  // value changes
  const changes = new Map<string, VcdChange[]>();
  for (const v of vars) if (!changes.has(v.id)) changes.set(v.id, []);
  let time = 0;
  let endTime = 0;
  const push = (id: string, value: VcdChange['value']) => {
    const list = changes.get(id);
    if (!list) throw new VcdParseError(`change of undeclared identifier "${id}" at time ${time}`);
    list.push({ time, value });
  };
  while (i < tokens.length) {
    const t = tokens[i++]!;
    const c = t[0]!;
    if (c === '#') {
      const nt = Number(t.slice(1));
      if (!Number.isSafeInteger(nt) || nt < time) throw new VcdParseError(`bad or decreasing time "${t}"`);
      time = nt;
      endTime = nt;
    } else if (t === '$dumpvars' || t === '$dumpall' || t === '$dumpon' || t === '$dumpoff' || t === '$end') {
      // value sections: their contents are ordinary changes
    } else if (t === '$comment') {
      until();
    } else if (c === 'b' || c === 'B') {
      push(tokens[i++] ?? '', bitsValue(t.slice(1).toLowerCase()));
    } else if (c === 'r' || c === 'R') {
      const v = Number(t.slice(1));
      if (Number.isNaN(v) && t.slice(1) !== 'nan') throw new VcdParseError(`bad real value "${t}"`);
      push(tokens[i++] ?? '', v);
    } else if ('01xzXZ'.includes(c)) {
      push(t.slice(1), bitsValue(c.toLowerCase()));
    } else {
      throw new VcdParseError(`unexpected "${t}" at time ${time}`);
    }
  }
  const full = new Map(vars.map((v) => [[...v.scope, v.name].join('.'), v]));
  return {
    timescale,
    comment,
    version,
    vars,
    changes,
    endTime,
    lookup: (name) => full.get(name),
    valueAt(name, t) {
      const v = full.get(name);
      if (!v) return undefined;
      const list = changes.get(v.id)!;
      let lo = 0;
      let hi = list.length - 1;
      let best = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.time <= t) {
          best = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return best < 0 ? undefined : list[best]!.value;
    },
  };
}
