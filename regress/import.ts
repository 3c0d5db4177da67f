// External recordings as traces (docs/regress.md, "Importing recordings"): spikes and membrane
// samples as hardware users record them, in CSV (one header line, comma-separated) or in the JSON
// form `dls-recording`. The output files of `dls chip` (spikes.csv/.json, membrane.csv) are valid
// input. Every problem is reported with file:line:col.

import { readFileSync } from 'node:fs';
import { UserError, type Diagnostic } from '../common/errors.js';
import { parseJsonSource } from '../common/json-source.js';
import { CYCLES_PER_BIO_MS, N_NEURONS } from '../chip/index.js';
import { MEMBRANE_QUANTUM } from './record.js';
import { quantise, TRACE_FORMAT, TRACE_VERSION, type SampleSignal, type SpikeSignal, type Trace } from './trace.js';

export const RECORDING_FORMAT = 'dls-recording';

/** Time columns and their factor to cycles (biological ms = chip us). */
export const TIME_COLUMNS: Record<string, number> = {
  cycle: 1,
  time_ms: CYCLES_PER_BIO_MS,
  time_chip_us: CYCLES_PER_BIO_MS,
  time_s: CYCLES_PER_BIO_MS * 1000,
  time_chip_s: CYCLES_PER_BIO_MS * 1e6,
};
const TIME_ORDER = ['cycle', 'time_ms', 'time_chip_us', 'time_s', 'time_chip_s'];

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

interface Csv {
  header: string[];
  rows: { line: number; cells: string[]; text: string }[];
}

function parseCsv(file: string, text: string, diags: Diagnostic[]): Csv | null {
  const lines = text.split(/\r?\n/);
  let h = 0;
  while (h < lines.length && (lines[h]!.trim() === '' || lines[h]!.startsWith('#'))) h++;
  if (h >= lines.length) {
    diags.push({ message: 'empty file (expected a header line such as "neuron,time_ms")', loc: { file, line: 1, col: 1 } });
    return null;
  }
  const header = lines[h]!.split(',').map((c) => c.trim());
  const rows: Csv['rows'] = [];
  for (let i = h + 1; i < lines.length; i++) {
    const t = lines[i]!;
    if (t.trim() === '' || t.startsWith('#')) continue;
    const cells = t.split(',').map((c) => c.trim());
    if (cells.length !== header.length) diags.push({ message: `${cells.length} fields, the header has ${header.length}`, loc: { file, line: i + 1, col: 1 }, sourceLine: t });
    else rows.push({ line: i + 1, cells, text: t });
  }
  return { header, rows };
}

function cellNumber(file: string, r: Csv['rows'][number], k: number, what: string, diags: Diagnostic[]): number | null {
  const s = r.cells[k]!;
  const v = Number(s);
  if (s === '' || !Number.isFinite(v)) {
    const col = r.cells.slice(0, k).reduce((a, c) => a + c.length + 1, 1);
    diags.push({ message: `${what}: not a number (${JSON.stringify(s)})`, loc: { file, line: r.line, col }, sourceLine: r.text });
    return null;
  }
  return v;
}

function timeColumn(file: string, header: string[], diags: Diagnostic[]): { index: number; factor: number } | null {
  for (const name of TIME_ORDER) {
    const i = header.indexOf(name);
    if (i >= 0) return { index: i, factor: TIME_COLUMNS[name]! };
  }
  diags.push({ message: `no time column (one of ${TIME_ORDER.join(', ')}) in the header ${JSON.stringify(header.join(','))}`, loc: { file, line: 1, col: 1 } });
  return null;
}

/** Spikes from CSV: columns `neuron` and a time column; other columns are ignored. */
export function spikesFromCsv(file: string, text = read(file)): SpikeSignal {
  const diags: Diagnostic[] = [];
  const csv = parseCsv(file, text, diags);
  const pairs: [number, number][] = [];
  if (csv) {
    const ni = csv.header.indexOf('neuron');
    if (ni < 0) diags.push({ message: `no "neuron" column in the header ${JSON.stringify(csv.header.join(','))}`, loc: { file, line: 1, col: 1 } });
    const tc = timeColumn(file, csv.header, diags);
    if (ni >= 0 && tc) {
      for (const r of csv.rows) {
        const n = cellNumber(file, r, ni, 'neuron', diags);
        const t = cellNumber(file, r, tc.index, csv.header[tc.index]!, diags);
        if (n === null || t === null) continue;
        if (!Number.isInteger(n) || n < 0 || n >= N_NEURONS) diags.push({ message: `neuron must be an integer in 0..${N_NEURONS - 1} (got ${n})`, loc: { file, line: r.line, col: 1 }, sourceLine: r.text });
        else if (t < 0) diags.push({ message: `time must not be negative (got ${t})`, loc: { file, line: r.line, col: 1 }, sourceLine: r.text });
        else pairs.push([Math.round(t * tc.factor), n]);
      }
    }
  }
  if (diags.length) throw new UserError(diags);
  return spikeSignal(pairs);
}

function spikeSignal(pairs: [number, number][]): SpikeSignal {
  // The model's order: time, then neuron.
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { type: 'spikes', cycle: pairs.map((p) => p[0]), neuron: pairs.map((p) => p[1]) };
}

/** Membrane samples from CSV: a time column and one column per neuron, `v<N>_mV` or `v<N>_V`. */
export function membraneFromCsv(file: string, text = read(file)): SampleSignal {
  const diags: Diagnostic[] = [];
  const csv = parseCsv(file, text, diags);
  const cycle: number[] = [];
  const channels: { index: number; neuron: number; scale: number }[] = [];
  if (csv) {
    csv.header.forEach((h, i) => {
      const m = /^v(\d+)_(mV|V)$/.exec(h);
      if (m) channels.push({ index: i, neuron: Number(m[1]), scale: m[2] === 'mV' ? 1e-3 : 1 });
    });
    if (!channels.length) diags.push({ message: `no voltage columns (v<N>_mV or v<N>_V) in the header ${JSON.stringify(csv.header.join(','))}`, loc: { file, line: 1, col: 1 } });
    for (const c of channels) if (c.neuron >= N_NEURONS) diags.push({ message: `column v${c.neuron}: neurons are 0..${N_NEURONS - 1}`, loc: { file, line: 1, col: 1 } });
    const tc = timeColumn(file, csv.header, diags);
    const values: number[][] = channels.map(() => []);
    if (tc && channels.length) {
      let prev = -1;
      for (const r of csv.rows) {
        const t = cellNumber(file, r, tc.index, csv.header[tc.index]!, diags);
        if (t === null) continue;
        const c = Math.round(t * tc.factor);
        if (c <= prev) diags.push({ message: `sample times must increase (cycle ${c} after ${prev})`, loc: { file, line: r.line, col: 1 }, sourceLine: r.text });
        prev = c;
        cycle.push(c);
        channels.forEach((ch, k) => {
          const v = cellNumber(file, r, ch.index, csv.header[ch.index]!, diags);
          values[k]!.push(v === null ? 0 : quantise(v * ch.scale, MEMBRANE_QUANTUM) * MEMBRANE_QUANTUM);
        });
      }
    }
    if (diags.length) throw new UserError(diags);
    return { type: 'samples', unit: 'V', quantum: MEMBRANE_QUANTUM, channels: channels.map((c) => `n${c.neuron}`), cycle, values };
  }
  throw new UserError(diags);
}

/** A `dls-recording` JSON document, or the spikes.json of dls chip. */
export function recordingFromJson(file: string, text = read(file)): { spikes: SpikeSignal | null; membrane: SampleSignal | null; name?: string; description?: string; duration?: number } {
  const src = parseJsonSource(text, file);
  const v = src.value as Record<string, unknown>;
  const diags: Diagnostic[] = [];
  const bad = (path: (string | number)[], msg: string) => diags.push(src.diagnostic(path, msg));
  if (v === null || typeof v !== 'object') throw new UserError([src.diagnostic([], `expected an object with "format": "${RECORDING_FORMAT}"`)]);
  if (v.format === 'dls-spikes') {
    // dls chip's spikes.json: columns neuron, time_ms, cycle.
    const rows = Array.isArray(v.spikes) ? v.spikes : [];
    return { spikes: spikeSignal(rows.map((r) => [Number((r as number[])[2]), Number((r as number[])[0])])), membrane: null };
  }
  if (v.format !== RECORDING_FORMAT) bad(['format'], `must be "${RECORDING_FORMAT}" (or "dls-spikes", the spikes.json of dls chip)`);
  if (v.version !== 1) bad(['version'], 'must be 1');
  const unit = typeof v.time === 'string' ? v.time : 'cycle';
  const factor = TIME_COLUMNS[unit === 'ms' ? 'time_ms' : unit === 's' ? 'time_s' : unit === 'chip_us' ? 'time_chip_us' : unit === 'chip_s' ? 'time_chip_s' : unit];
  if (factor === undefined) bad(['time'], 'must be "cycle", "ms" (biological), "s" (biological), "chip_us" or "chip_s"');
  const f = factor ?? 1;
  let spikes: SpikeSignal | null = null;
  if (v.spikes !== undefined) {
    if (!Array.isArray(v.spikes)) bad(['spikes'], 'must be a list of [neuron, time] pairs');
    else {
      const pairs: [number, number][] = [];
      v.spikes.forEach((p, i) => {
        if (!Array.isArray(p) || p.length !== 2 || !Number.isInteger(p[0]) || p[0] < 0 || p[0] >= N_NEURONS || typeof p[1] !== 'number' || p[1] < 0) bad(['spikes', i], `must be [neuron 0..${N_NEURONS - 1}, time >= 0]`);
        else pairs.push([Math.round(p[1] * f), p[0]]);
      });
      spikes = spikeSignal(pairs);
    }
  }
  let membrane: SampleSignal | null = null;
  const m = v.membrane as Record<string, unknown> | undefined;
  if (m !== undefined) {
    const neurons = m.neurons;
    const t = m.t;
    const vv = m.v;
    if (!Array.isArray(neurons) || !neurons.every((n) => Number.isInteger(n) && n >= 0 && n < N_NEURONS)) bad(['membrane', 'neurons'], `must be a list of neurons 0..${N_NEURONS - 1}`);
    if (!Array.isArray(t) || !t.every((x) => typeof x === 'number')) bad(['membrane', 't'], 'must be a list of sample times');
    if (!Array.isArray(vv) || !Array.isArray(neurons) || vv.length !== neurons.length) bad(['membrane', 'v'], 'must be one list of volts per neuron');
    else if (Array.isArray(t)) vv.forEach((ch, i) => (!Array.isArray(ch) || ch.length !== t.length || !ch.every((x) => typeof x === 'number')) && bad(['membrane', 'v', i], `must be ${t.length} numbers (volts), one per sample time`));
    if (!diags.length) {
      membrane = {
        type: 'samples', unit: 'V', quantum: MEMBRANE_QUANTUM, channels: (neurons as number[]).map((n) => `n${n}`),
        cycle: (t as number[]).map((x) => Math.round(x * f)),
        values: (vv as number[][]).map((ch) => ch.map((x) => quantise(x, MEMBRANE_QUANTUM) * MEMBRANE_QUANTUM)),
      };
    }
  }
  let duration: number | undefined;
  if (v.duration !== undefined) {
    if (typeof v.duration !== 'number' || v.duration < 0) bad(['duration'], 'must be a non-negative number (in the document\'s time unit)');
    else duration = Math.round(v.duration * f);
  }
  if (diags.length) throw new UserError(diags);
  return { spikes, membrane, ...(typeof v.name === 'string' ? { name: v.name } : {}), ...(typeof v.description === 'string' ? { description: v.description } : {}), ...(duration !== undefined ? { duration } : {}) };
}

export interface ImportOptions {
  spikes?: string;
  membrane?: string;
  json?: string;
  name?: string;
  description?: string;
  /** Cycles; default: the recording's own, else the last spike or sample. */
  duration?: number;
}

/** A trace of an external recording (source kind "recording", no model). */
export function importRecording(o: ImportOptions): Trace {
  let spikes: SpikeSignal | null = null;
  let membrane: SampleSignal | null = null;
  let name = o.name;
  let description = o.description;
  let duration = o.duration;
  const files: string[] = [];
  if (o.json) {
    const r = recordingFromJson(o.json);
    spikes = r.spikes;
    membrane = r.membrane;
    name ??= r.name;
    description ??= r.description;
    duration ??= r.duration;
    files.push(o.json);
  }
  if (o.spikes) {
    spikes = spikesFromCsv(o.spikes);
    files.push(o.spikes);
  }
  if (o.membrane) {
    membrane = membraneFromCsv(o.membrane);
    files.push(o.membrane);
  }
  if (!files.length) throw new UserError('nothing to import: give --spikes CSV, --membrane CSV and/or --json RECORDING');
  const last = Math.max(0, spikes?.cycle.at(-1) ?? 0, membrane?.cycle.at(-1) ?? 0);
  const signals: Trace['signals'] = { spikes: spikes ?? { type: 'spikes', cycle: [], neuron: [] } };
  if (membrane) signals.membrane = membrane;
  return {
    format: TRACE_FORMAT, version: TRACE_VERSION, name: name ?? 'recording',
    source: { kind: 'recording', description: description ?? 'imported recording', files },
    model: null, fingerprint: null, duration: duration ?? last, ppuStart: null, checkpointInterval: null, signals,
  };
}
