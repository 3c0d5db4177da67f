// The trace format `dls-trace` version 1 (docs/regress.md): what one run of a program or scenario
// did, as named signals, plus the model variant that produced it (or the description of an external
// recording). In memory every signal is columnar; on disk cycle columns are delta-encoded and analog
// values are integers in units of the signal's quantum, in JSON, gzip-compressed when the file name
// ends in .gz. Reading checks the document completely and names what is wrong.

import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { UserError } from '../common/errors.js';
import { CYCLES_PER_BIO_MS, N_NEURONS } from '../chip/index.js';

export const TRACE_FORMAT = 'dls-trace';
export const TRACE_VERSION = 1;

/** Spikes of the chip's neurons, in time order (ties: lower neuron first). */
export interface SpikeSignal {
  type: 'spikes';
  cycle: number[];
  neuron: number[];
}

/** Sampled analog values: channel c has values[c][k] at cycle[k]. */
export interface SampleSignal {
  type: 'samples';
  /** Physical unit of the values (membrane: "V"). */
  unit: string;
  /** Resolution of the stored values (values are rounded to multiples of it on disk). */
  quantum: number;
  channels: string[];
  cycle: number[];
  values: number[][];
}

/** Digital events: one row per event, the first field is always "cycle"; compared exactly. */
export interface EventSignal {
  type: 'events';
  fields: string[];
  /** One column per field (same length); numbers or short strings (hex data, names). */
  columns: (number | string)[][];
}

export type Signal = SpikeSignal | SampleSignal | EventSignal;

export interface TraceSource {
  kind: 'model' | 'recording';
  /** Model traces: the suite entry or command that produced it; recordings: what the user said. */
  description: string;
  /** Suite entry name (model traces recorded by dls regress), for replays. */
  entry?: string;
  /** Files an imported recording came from. */
  files?: string[];
}

export interface Trace {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_VERSION;
  name: string;
  source: TraceSource;
  /** The model variant (a `dls-model` document), or null for an external recording. */
  model: Record<string, unknown> | null;
  /** modelFingerprint of the variant, or null. */
  fingerprint: string | null;
  /** Last cycle of the run (spikes up to and including it count). */
  duration: number;
  /** Chip cycle at which the PPU's reset was released (null: no PPU program). */
  ppuStart: number | null;
  /** Cycles between PPU state checkpoints (null: none). */
  checkpointInterval: number | null;
  signals: Record<string, Signal>;
}

export function eventRows(s: EventSignal): number {
  return s.columns[0]?.length ?? 0;
}

// --- encoding --------------------------------------------------------------------------------

function delta(a: readonly number[]): number[] {
  const out = new Array<number>(a.length);
  let prev = 0;
  for (let i = 0; i < a.length; i++) {
    out[i] = a[i]! - prev;
    prev = a[i]!;
  }
  return out;
}

function undelta(a: readonly number[]): number[] {
  const out = new Array<number>(a.length);
  let acc = 0;
  for (let i = 0; i < a.length; i++) {
    acc += a[i]!;
    out[i] = acc;
  }
  return out;
}

/** Round to the quantum: integer multiples, so that equal runs give equal files. */
export function quantise(v: number, quantum: number): number {
  return Math.round(v / quantum);
}

function encodeSignal(s: Signal): unknown {
  switch (s.type) {
    case 'spikes':
      return { type: 'spikes', cycle: delta(s.cycle), neuron: s.neuron };
    case 'samples':
      return {
        type: 'samples', unit: s.unit, quantum: s.quantum, channels: s.channels, cycle: delta(s.cycle),
        values: s.values.map((ch) => delta(ch.map((v) => quantise(v, s.quantum)))),
      };
    case 'events':
      return { type: 'events', fields: s.fields, columns: s.columns.map((c, i) => (i === 0 ? delta(c as number[]) : c)) };
  }
}

/** The file form of a trace (a JSON-compatible value). */
export function encodeTrace(t: Trace): unknown {
  return {
    format: t.format, version: t.version, name: t.name, source: t.source, model: t.model, fingerprint: t.fingerprint,
    duration: t.duration, ppuStart: t.ppuStart, checkpointInterval: t.checkpointInterval,
    signals: Object.fromEntries(Object.entries(t.signals).map(([k, s]) => [k, encodeSignal(s)])),
  };
}

/** Trace text: one signal per line inside `signals`, so that a diff of two files is readable. */
export function traceText(t: Trace): string {
  const e = encodeTrace(t) as Record<string, unknown>;
  const { signals, ...head } = e as { signals: Record<string, unknown> };
  const lines = Object.entries(signals).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const headText = JSON.stringify(head, null, 2);
  return `${headText.slice(0, -2)},\n  "signals": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function writeTrace(t: Trace, file: string): void {
  const text = traceText(t);
  writeFileSync(file, file.endsWith('.gz') ? gzipSync(Buffer.from(text), { level: 9 }) : text);
}

// --- decoding --------------------------------------------------------------------------------

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly file: string) {}
  fail(path: string, msg: string): void {
    this.problems.push(`${this.file}: ${path}: ${msg}`);
  }
  numbers(v: unknown, path: string, integer = false): number[] {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x) && (!integer || Number.isInteger(x)))) {
      this.fail(path, `must be a list of ${integer ? 'integers' : 'numbers'}`);
      return [];
    }
    return v as number[];
  }
  strings(v: unknown, path: string): string[] {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      this.fail(path, 'must be a list of strings');
      return [];
    }
    return v as string[];
  }
}

function decodeSignal(r: Reader, v: unknown, path: string): Signal | null {
  if (v === null || typeof v !== 'object') {
    r.fail(path, 'must be an object');
    return null;
  }
  const o = v as Record<string, unknown>;
  switch (o.type) {
    case 'spikes': {
      const cycle = undelta(r.numbers(o.cycle, `${path}.cycle`, true));
      const neuron = r.numbers(o.neuron, `${path}.neuron`, true);
      if (cycle.length !== neuron.length) r.fail(path, `cycle and neuron have different lengths (${cycle.length}, ${neuron.length})`);
      // The same checks as the recording importer: comparisons pair spikes per neuron in time order.
      const badNeuron = neuron.findIndex((n) => !Number.isInteger(n) || n < 0 || n >= N_NEURONS);
      if (badNeuron >= 0) r.fail(`${path}.neuron[${badNeuron}]`, `must be an integer in 0..${N_NEURONS - 1}, got ${neuron[badNeuron]}`);
      const unsorted = cycle.findIndex((c, i) => i > 0 && c < cycle[i - 1]!);
      if (unsorted >= 0) r.fail(`${path}.cycle[${unsorted}]`, `cycles must not decrease (${cycle[unsorted - 1]} then ${cycle[unsorted]})`);
      return { type: 'spikes', cycle, neuron };
    }
    case 'samples': {
      const quantum = typeof o.quantum === 'number' && o.quantum > 0 ? o.quantum : (r.fail(`${path}.quantum`, 'must be a positive number'), 1);
      const channels = r.strings(o.channels, `${path}.channels`);
      const cycle = undelta(r.numbers(o.cycle, `${path}.cycle`, true));
      const raw = Array.isArray(o.values) ? o.values : (r.fail(`${path}.values`, 'must be a list (one per channel)'), []);
      if (raw.length !== channels.length) r.fail(`${path}.values`, `has ${raw.length} channels, channels names ${channels.length}`);
      const values = raw.map((ch, i) => {
        const q = undelta(r.numbers(ch, `${path}.values[${i}]`, true));
        if (q.length !== cycle.length) r.fail(`${path}.values[${i}]`, `has ${q.length} samples, cycle has ${cycle.length}`);
        return q.map((x) => x * quantum);
      });
      return { type: 'samples', unit: typeof o.unit === 'string' ? o.unit : '', quantum, channels, cycle, values };
    }
    case 'events': {
      const fields = r.strings(o.fields, `${path}.fields`);
      if (fields[0] !== 'cycle') r.fail(`${path}.fields`, 'must start with "cycle"');
      const cols = Array.isArray(o.columns) ? o.columns : (r.fail(`${path}.columns`, 'must be a list (one per field)'), []);
      if (cols.length !== fields.length) r.fail(`${path}.columns`, `has ${cols.length} columns for ${fields.length} fields`);
      const columns = cols.map((c, i) => {
        if (i === 0) return undelta(r.numbers(c, `${path}.columns[0]`, true));
        if (!Array.isArray(c) || !c.every((x) => typeof x === 'number' || typeof x === 'string')) {
          r.fail(`${path}.columns[${i}]`, 'must be a list of numbers or strings');
          return [];
        }
        return c as (number | string)[];
      });
      const n = columns[0]?.length ?? 0;
      columns.forEach((c, i) => c.length !== n && r.fail(`${path}.columns[${i}]`, `has ${c.length} rows, the cycle column ${n}`));
      return { type: 'events', fields, columns };
    }
    default:
      r.fail(`${path}.type`, 'must be "spikes", "samples" or "events"');
      return null;
  }
}

/** A trace from its file form; every problem is reported. */
export function decodeTrace(v: unknown, file = 'trace'): Trace {
  const r = new Reader(file);
  if (v === null || typeof v !== 'object') throw new UserError(`${file}: not a dls trace (expected a JSON object)`);
  const o = v as Record<string, unknown>;
  if (o.format !== TRACE_FORMAT) throw new UserError(`${file}: not a dls trace (format ${JSON.stringify(o.format)}, expected "${TRACE_FORMAT}")`);
  if (o.version !== TRACE_VERSION) throw new UserError(`${file}: trace version ${JSON.stringify(o.version)} is not supported (this dls reads version ${TRACE_VERSION})`);
  const int = (k: string, nullable: boolean) => {
    const x = o[k];
    if (nullable && x === null) return null;
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) {
      r.fail(k, `must be a non-negative integer${nullable ? ' or null' : ''}`);
      return 0;
    }
    return x;
  };
  const src = o.source as Record<string, unknown> | undefined;
  if (!src || (src.kind !== 'model' && src.kind !== 'recording')) r.fail('source.kind', 'must be "model" or "recording"');
  const signals: Record<string, Signal> = {};
  if (o.signals === null || typeof o.signals !== 'object') r.fail('signals', 'must be an object');
  else {
    for (const [k, s] of Object.entries(o.signals as Record<string, unknown>)) {
      const d = decodeSignal(r, s, `signals.${k}`);
      if (d) signals[k] = d;
    }
  }
  const t: Trace = {
    format: TRACE_FORMAT, version: TRACE_VERSION,
    name: typeof o.name === 'string' ? o.name : (r.fail('name', 'must be a string'), ''),
    source: {
      kind: src?.kind === 'recording' ? 'recording' : 'model',
      description: typeof src?.description === 'string' ? src.description : '',
      ...(typeof src?.entry === 'string' ? { entry: src.entry } : {}),
      ...(Array.isArray(src?.files) ? { files: src.files.filter((f): f is string => typeof f === 'string') } : {}),
    },
    model: o.model !== null && typeof o.model === 'object' ? (o.model as Record<string, unknown>) : null,
    fingerprint: typeof o.fingerprint === 'string' ? o.fingerprint : null,
    duration: int('duration', false)!,
    ppuStart: int('ppuStart', true),
    checkpointInterval: int('checkpointInterval', true),
    signals,
  };
  if (r.problems.length) throw new UserError(r.problems.map((message) => ({ message })));
  return t;
}

/** Read a trace file (.json, or gzip-compressed JSON whatever its name). */
export function readTrace(file: string): Trace {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UserError(`cannot read trace ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    throw new UserError(`${file}: damaged gzip data (${(e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message})`);
  }
  return decodeTrace(value, file);
}

/** A few lines about a trace (dls regress show). */
export function describeTrace(t: Trace): string {
  const lines = [
    `${t.name}: ${t.format} version ${t.version}, ${t.duration} cycles (${Number((t.duration / CYCLES_PER_BIO_MS).toPrecision(6))} ms biological)`,
    `source: ${t.source.kind}${t.source.entry ? ` (suite entry ${t.source.entry})` : ''}: ${t.source.description}${t.source.files ? ` [${t.source.files.join(', ')}]` : ''}`,
    `model: ${t.model ? `${String(t.model.name)} [${t.fingerprint}]` : 'none (an external recording)'}`,
  ];
  if (t.model && typeof t.model.parts === 'object' && t.model.parts) {
    for (const [k, v] of Object.entries(t.model.parts as Record<string, { part?: string }>)) lines.push(`  ${k}: ${v.part ?? '?'}`);
  }
  if (t.ppuStart !== null) lines.push(`PPU released at cycle ${t.ppuStart}; checkpoints every ${t.checkpointInterval} cycles`);
  lines.push('signals:');
  for (const [k, s] of Object.entries(t.signals)) {
    const n = s.type === 'events' ? eventRows(s) : s.cycle.length;
    const what = s.type === 'events' ? `events (${s.fields.join(', ')})` : s.type === 'samples' ? `samples of ${s.channels.length} channels (${s.unit})` : 'spikes';
    lines.push(`  ${k}: ${n} ${what}`);
  }
  return `${lines.join('\n')}\n`;
}
