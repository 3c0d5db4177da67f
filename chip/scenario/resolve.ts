// From a scenario document to what runs: capmem codes for every neuron (from codes, from physical
// values through the ideal transfer functions, or through a calibration file), the synapse array,
// the input events in cycles, the recording plan and the PPU program. Every problem of the file
// (and of the files it names) is collected and reported together, located in the source text,
// before anything runs.

import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve as resolvePath } from 'node:path';
import { UserError, type Diagnostic } from '../../common/errors.js';
import { parseJsonSource, type JsonPath, type JsonSource } from '../../common/json-source.js';
import { Rng } from '../../common/random.js';
import { DLS_MEMORY_SIZE, guessFormat, parseProgram, type Program } from '../../ppu/index.js';
import { Calibration, CALIBRATED_PARAMS, loadCalibrationFile, type CalibratedParam } from '../calibration/file.js';
import { checkChipConfig, formatPath, type ChipConfig, type ChipConfigInput } from '../config.js';
import { CLOCK_HZ, CODE_MAX, CYCLES_PER_BIO_MS, N_NEURONS, N_ROWS } from '../constants.js';
import type { SpikeEvent } from '../events.js';
import { problemsError, zodProblems, type Problem } from '../json-file.js';
import {
  DEFAULT_NEURON_CODES,
  DEFAULT_SHARED_CODES,
  NEURON_PARAM_NAMES,
  NEURON_PARAMS,
  SHARED_PARAM_NAMES,
  SHARED_PARAMS,
  valueToCode,
  type NeuronCodes,
  type NeuronParam,
  type SharedCodes,
  type SharedParam,
} from '../transfer.js';
import { formatQuantity, parseQuantity, type QuantityKind } from '../units.js';
import {
  NEURON_PARAM_KIND,
  SHARED_PARAM_KIND,
  SNAPSHOT_FIELDS,
  scenarioSchema,
  type IndexList,
  type MaskInput,
  type ParamInput,
  type ScenarioDocument,
  type SnapshotField,
  type TimeInput,
} from './schema.js';

/** Turns assembly source into a program; the host supplies it (chip/ does not depend on the assembler). */
export type AssembleHook = (file: string, text: string) => Program;
/** Compiles plasticity-DSL source (docs/dsl.md) into a program; the host supplies it too. */
export type CompileDslHook = (file: string, text: string) => Program;

export interface ScenarioOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Run the chip in mismatch mode (overrides the scenario's chip.mode). */
  mismatch?: boolean;
  /** Calibration file (overrides the scenario's `calibration`); a path as the user gave it. */
  calibration?: string;
  assemble?: AssembleHook;
  compileDsl?: CompileDslHook;
}

export interface ParamConversion {
  /** Scenario field, e.g. chip.neuronDefaults.threshold */
  field: string;
  value: string;
  via: 'calibration' | 'ideal transfer function';
  /** Resulting code per neuron (neuron fields) or the shared code. */
  codes: number[];
}

export interface MembranePlan {
  neurons: number[];
  period: number;
  start: number;
  stop: number;
}

export interface PpuPlan {
  file: string;
  format: 'elf' | 'bin' | 'mem' | 'asm' | 'dsl';
  program: Program;
  /** Chip cycle at which the PPU's reset is released. */
  start: number;
  mailbox: { offset: number; words: number[] }[];
  readMailbox: { offset: number; length: number } | null;
}

export interface ResolvedScenario {
  file: string;
  name: string;
  description: string;
  /** The scenario seed (input generators; the chip's identity unless fixed elsewhere). */
  seed: number;
  /** Last cycle simulated. */
  duration: number;
  chip: ChipConfig;
  calibration: { file: string; chip: Calibration['chip'] } | null;
  conversions: ParamConversion[];
  /** Host playback, sorted by cycle (inputs' order within a cycle). */
  events: SpikeEvent[];
  inputs: { kind: string; events: number }[];
  record: { membrane: MembranePlan | null; snapshots: { cycle: number; include: SnapshotField[] }[]; vcd: boolean; plot: boolean };
  ppu: PpuPlan | null;
}

/** Most events one scenario may play, and most membrane samples it may keep. */
export const MAX_EVENTS = 20_000_000;
export const MAX_MEMBRANE_VALUES = 20_000_000;
const MAILBOX_SIZE = 0x1000;

// --- units ------------------------------------------------------------------------------------

/** A time outside `chip` in (fractional) cycles. */
function toCycles(t: TimeInput): number {
  if (typeof t === 'number') return t * CYCLES_PER_BIO_MS;
  const q = parseQuantity(t, 'time');
  if (!q.ok) throw new Error(`unchecked time ${t}`);
  return q.value;
}

function canonical(v: string, kind: QuantityKind): number {
  const q = parseQuantity(v, kind);
  if (!q.ok) throw new Error(`unchecked quantity ${v}`);
  return q.value;
}

const showMs = (cycles: number) => `${Number((cycles / CYCLES_PER_BIO_MS).toPrecision(6))} ms`;

function indices(list: IndexList, max: number): number[] {
  return list === 'all' ? Array.from({ length: max }, (_, i) => i) : [...list];
}

function maskOf(m: MaskInput): number {
  if (typeof m === 'number') return m >>> 0;
  let x = 0;
  for (const b of m) x |= 1 << b;
  return x >>> 0;
}

function rowsMask(list: IndexList): number {
  return maskOf(indices(list, N_ROWS));
}

// --- loading ----------------------------------------------------------------------------------

export function readScenarioText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read scenario ${file}: ${c === 'ENOENT' ? 'no such file' : c === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}

/** Read, validate and resolve a scenario file. */
export function loadScenario(file: string, opts: ScenarioOptions = {}): ResolvedScenario {
  const src = parseJsonSource(readScenarioText(file), file);
  return resolveScenario(src.value, opts, src);
}

/**
 * Validate and resolve a scenario document. `src` locates problems in the source text; files the
 * scenario names are relative to the directory of `src.file` (or the working directory).
 */
export function resolveScenario(value: unknown, opts: ScenarioOptions = {}, src?: JsonSource): ResolvedScenario {
  const r = scenarioSchema.safeParse(value);
  if (!r.success) throw problemsError(zodProblems(r.error, value), src, 'scenario');
  const doc = r.data as ScenarioDocument;
  const file = src?.file ?? '(scenario)';
  const baseDir = src ? dirname(src.file) : '.';
  const problems: Problem[] = [];
  const foreign: Diagnostic[] = [];
  const problem = (path: JsonPath, message: string) => problems.push({ path, message });
  const collect = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      foreign.push(...e.diagnostics);
    }
  };

  const seed = opts.seed ?? doc.seed ?? 0;
  const duration = Math.round(toCycles(doc.duration));
  if (duration < 1) problem(['duration'], `must be at least one cycle (got ${JSON.stringify(doc.duration)})`);
  const chipDoc = doc.chip ?? {};

  // --- calibration
  let calib: Calibration | null = null;
  let calibFile: string | null = null;
  if (opts.calibration !== undefined || doc.calibration !== undefined) {
    calibFile = opts.calibration ?? resolvePath(baseDir, doc.calibration!);
    collect(() => (calib = loadCalibrationFile(calibFile!)));
  }
  const cal = calib as Calibration | null;

  // --- the chip's identity
  const mode = opts.mismatch ? 'mismatch' : chipDoc.mode ?? cal?.chip.mode ?? 'ideal';
  const chipSeed = chipDoc.seed ?? cal?.chip.seed ?? seed;
  const scale = chipDoc.mismatch?.scale ?? cal?.chip.mismatchScale ?? 1;
  if (cal && (cal.chip.mode !== mode || cal.chip.seed !== chipSeed || cal.chip.mismatchScale !== scale)) {
    const c = cal.chip;
    problem(opts.calibration !== undefined ? [] : ['calibration'], `${opts.calibration !== undefined ? `--calibration ${opts.calibration}` : 'calibration'}: measured on chip seed ${c.seed} (${c.mode}, mismatch scale ${c.mismatchScale}), but this run uses chip seed ${chipSeed} (${mode}, mismatch scale ${scale}); a calibration holds for the chip it was measured on`);
  }

  // --- neuron parameters
  const conversions: ParamConversion[] = [];
  const calConfig = cal?.chipConfig();
  const neurons: NeuronCodes[] = Array.from({ length: N_NEURONS }, (_, n) => ({ ...DEFAULT_NEURON_CODES, ...(calConfig?.neurons?.[n] ?? {}) }) as NeuronCodes);
  const rangeProblems = new Map<string, { path: JsonPath; value: string; neurons: number[]; range: string }>();
  const convByField = new Map<string, ParamConversion>();
  for (let n = 0; n < N_NEURONS; n++) {
    for (const p of NEURON_PARAM_NAMES) {
      const own = chipDoc.neurons?.[n]?.[p];
      const raw: ParamInput | undefined = own ?? chipDoc.neuronDefaults?.[p];
      if (raw === undefined) continue;
      const path: JsonPath = own !== undefined ? ['chip', 'neurons', n, p] : ['chip', 'neuronDefaults', p];
      if (typeof raw === 'number') {
        neurons[n]![p] = raw;
        continue;
      }
      const kind = NEURON_PARAM_KIND[p];
      const v = canonical(raw, kind);
      const calibrated = cal !== null && (CALIBRATED_PARAMS as readonly string[]).includes(p);
      let code: number;
      let inRange: boolean;
      let range: string;
      if (calibrated) {
        const c = cal.codeFor(n, p as Exclude<CalibratedParam, 'reset'>, kind === 'time' ? v / CYCLES_PER_BIO_MS : v);
        ({ code, inRange } = c);
        const toCanon = (x: number) => (kind === 'time' ? x * CYCLES_PER_BIO_MS : x);
        range = `${formatQuantity(toCanon(Math.min(...c.range)), kind)}..${formatQuantity(toCanon(Math.max(...c.range)), kind)} with this neuron's calibration`;
      } else {
        const chipValue = kind === 'time' ? v / CLOCK_HZ : v;
        ({ code, inRange } = valueToCode(p, chipValue));
        const ends = [NEURON_PARAMS[p].toValue(0), NEURON_PARAMS[p].toValue(CODE_MAX)].map((x) => (kind === 'time' ? x * CLOCK_HZ : x));
        range = `${formatQuantity(Math.min(...ends), kind)}..${formatQuantity(Math.max(...ends), kind)} (codes 0..${CODE_MAX}, ideal transfer function)`;
      }
      if (!inRange) {
        const key = JSON.stringify(path);
        const e = rangeProblems.get(key) ?? { path, value: raw, neurons: [], range };
        e.neurons.push(n);
        rangeProblems.set(key, e);
      }
      neurons[n]![p] = code;
      const field = formatPath(path);
      const conv = convByField.get(field) ?? { field, value: raw, via: calibrated ? 'calibration' : 'ideal transfer function', codes: [] };
      conv.codes.push(code);
      convByField.set(field, conv);
    }
  }
  for (const e of rangeProblems.values()) {
    const who = e.path[1] !== 'neuronDefaults' ? '' : e.neurons.length === N_NEURONS ? ' for every neuron' : ` for neuron${e.neurons.length > 1 ? 's' : ''} ${e.neurons.join(', ')}`;
    problem(e.path, `${JSON.stringify(e.value)} is outside the reachable range${who}: ${e.range}`);
  }

  const shared: SharedCodes = { ...DEFAULT_SHARED_CODES, ...(calConfig?.shared ?? {}) } as SharedCodes;
  for (const p of SHARED_PARAM_NAMES) {
    const raw = chipDoc.shared?.[p];
    if (raw === undefined) continue;
    if (typeof raw === 'number') {
      shared[p] = raw;
      continue;
    }
    const kind = SHARED_PARAM_KIND[p];
    const v = canonical(raw, kind);
    const path: JsonPath = ['chip', 'shared', p];
    let code: number;
    let inRange: boolean;
    let range: string;
    const viaCal = p === 'reset' && cal !== null;
    if (viaCal) {
      const c = cal.resetCodeFor(v);
      ({ code, inRange } = c);
      range = `${formatQuantity(Math.min(...c.range), 'voltage')}..${formatQuantity(Math.max(...c.range), 'voltage')} (mean over the neurons' calibration)`;
    } else {
      ({ code, inRange } = valueToCode(p as SharedParam, kind === 'time' ? v / CLOCK_HZ : v));
      const ends = [SHARED_PARAMS[p].toValue(0), SHARED_PARAMS[p].toValue(CODE_MAX)].map((x) => (kind === 'time' ? x * CLOCK_HZ : x));
      range = `${formatQuantity(Math.min(...ends), kind)}..${formatQuantity(Math.max(...ends), kind)} (codes 0..${CODE_MAX})`;
    }
    if (!inRange) problem(path, `${JSON.stringify(raw)} is outside the reachable range ${range}`);
    shared[p] = code;
    conversions.push({ field: formatPath(path), value: raw, via: viaCal ? 'calibration' : 'ideal transfer function', codes: [code] });
  }
  conversions.unshift(...convByField.values());

  // --- synapse array
  const zeros = () => Array.from({ length: N_ROWS }, () => new Array<number>(N_NEURONS).fill(0));
  const weights = chipDoc.weights ? chipDoc.weights.map((row) => [...row]) : zeros();
  const addresses = chipDoc.addresses ? chipDoc.addresses.map((row) => [...row]) : zeros();
  for (const s of chipDoc.synapses ?? []) {
    for (const r of indices(s.rows, N_ROWS)) {
      for (const n of indices(s.neurons, N_NEURONS)) {
        if (s.weight !== undefined) weights[r]![n] = s.weight;
        if (s.address !== undefined) addresses[r]![n] = s.address;
      }
    }
  }
  const router = chipDoc.router;
  const routerCycles = (v: number | string | undefined) => (v === undefined ? undefined : typeof v === 'number' ? v : Math.round(canonical(v, 'time')));
  const chipInput: ChipConfigInput = {
    mode,
    seed: chipSeed,
    mismatch: { scale },
    noise: chipDoc.noise ?? null,
    neurons,
    shared,
    driverDefaults: chipDoc.driverDefaults,
    drivers: chipDoc.drivers,
    weights,
    addresses,
    rateCounters: chipDoc.rateCounters ? { enable: chipDoc.rateCounters.enable === undefined ? undefined : maskOf(chipDoc.rateCounters.enable), clearOnRead: chipDoc.rateCounters.clearOnRead } : undefined,
    router: router
      ? { enabled: router.enabled, interval: routerCycles(router.interval), delay: routerCycles(router.delay), address: router.address, rows: router.rows?.map(maskOf) }
      : undefined,
  };
  const checked = checkChipConfig(chipInput);
  if (!checked.ok) for (const i of checked.issues) problem(['chip', ...i.path], i.message.replace(/^[^:]*: /, ''));

  // --- inputs
  const evCycle: number[] = [];
  const evAddr: number[] = [];
  const evRows: number[] = [];
  const inputs: { kind: string; events: number }[] = [];
  const add = (c: number, a: number, rows: number) => {
    evCycle.push(c);
    evAddr.push(a);
    evRows.push(rows);
  };
  (doc.inputs ?? []).forEach((inp, i) => {
    const before = evCycle.length;
    const window = (start: TimeInput | undefined, stop: TimeInput | undefined): [number, number] | null => {
      const a = start === undefined ? 0 : toCycles(start);
      const b = stop === undefined ? duration : toCycles(stop);
      let ok = true;
      if (b > duration + 0.5) {
        problem(['inputs', i, 'stop'], `${JSON.stringify(stop)} is after the scenario's duration (${showMs(duration)})`);
        ok = false;
      }
      if (a > b) {
        problem(['inputs', i, 'start'], `${JSON.stringify(start)} is after the input's stop (${showMs(b)})`);
        ok = false;
      }
      return ok ? [a, Math.min(b, duration)] : null;
    };
    switch (inp.kind) {
      case 'spikes': {
        const mask = rowsMask(inp.rows);
        inp.times.forEach((t, k) => {
          const c = Math.round(toCycles(t));
          if (c > duration) problem(['inputs', i, 'times', k], `${JSON.stringify(t)} is after the scenario's duration (${showMs(duration)})`);
          else add(c, inp.address, mask);
        });
        break;
      }
      case 'poisson': {
        const w = window(inp.start, inp.stop);
        if (!w) break;
        const hz = typeof inp.rate === 'number' ? inp.rate : canonical(inp.rate, 'frequency');
        const meanIsi = (1000 * CYCLES_PER_BIO_MS) / hz;
        const expected = ((w[1] - w[0]) / meanIsi) * (inp.independent === false ? 1 : indices(inp.rows, N_ROWS).length);
        if (expected > MAX_EVENTS) {
          problem(['inputs', i, 'rate'], `would give about ${Math.round(expected)} events, more than ${MAX_EVENTS}`);
          break;
        }
        // A seed of the input's own makes its trains independent of the scenario seed.
        const base = inp.seed ?? seed;
        const prefix = inp.seed !== undefined ? 'poisson' : `inputs/${i}/poisson`;
        const trains = inp.independent === false ? [[rowsMask(inp.rows), Rng.stream(base, prefix)] as const] : indices(inp.rows, N_ROWS).map((r) => [(1 << r) >>> 0, Rng.stream(base, `${prefix}/row/${r}`)] as const);
        for (const [mask, rng] of trains) {
          let t = w[0];
          for (;;) {
            t += -Math.log(1 - rng.uniform()) * meanIsi;
            const c = Math.round(t);
            if (c > w[1]) break;
            add(c, inp.address, mask);
          }
        }
        break;
      }
      case 'regular': {
        if ((inp.rate === undefined) === (inp.interval === undefined)) {
          problem(['inputs', i], 'give exactly one of "rate" and "interval"');
          break;
        }
        const w = window(inp.start, inp.stop);
        if (!w) break;
        const period = inp.interval !== undefined ? toCycles(inp.interval) : (1000 * CYCLES_PER_BIO_MS) / (typeof inp.rate === 'number' ? inp.rate : canonical(inp.rate!, 'frequency'));
        if ((w[1] - w[0]) / period > MAX_EVENTS) {
          problem(['inputs', i], `would give more than ${MAX_EVENTS} events`);
          break;
        }
        const mask = rowsMask(inp.rows);
        for (let k = 0; ; k++) {
          const c = Math.round(w[0] + k * period);
          if (c > w[1]) break;
          add(c, inp.address, mask);
        }
        break;
      }
      case 'events':
        inp.events.forEach(([c, a, m], k) => {
          if (c > duration) problem(['inputs', i, 'events', k, 0], `cycle ${c} is after the scenario's duration (${duration} cycles)`);
          else add(c, a, m >>> 0);
        });
        break;
    }
    inputs.push({ kind: inp.kind, events: evCycle.length - before });
  });
  if (evCycle.length > MAX_EVENTS) problem(['inputs'], `${evCycle.length} events in total, more than ${MAX_EVENTS}`);
  const order = evCycle.map((_, k) => k).sort((a, b) => evCycle[a]! - evCycle[b]! || a - b);
  const events: SpikeEvent[] = order.map((k) => ({ cycle: evCycle[k]!, address: evAddr[k]!, rows: evRows[k]! }));

  // --- recording
  const rec = doc.record ?? {};
  let membrane: MembranePlan | null = null;
  if (rec.membrane) {
    const m = rec.membrane;
    const list = indices(m.neurons, N_NEURONS);
    const dup = list.findIndex((x, k) => list.indexOf(x) !== k);
    if (dup >= 0) problem(['record', 'membrane', 'neurons', dup], `neuron ${list[dup]} is listed twice`);
    const period = Math.round(toCycles(m.interval));
    const start = Math.round(toCycles(m.start ?? 0));
    const stop = Math.round(m.stop === undefined ? duration : toCycles(m.stop));
    if (period < 1) problem(['record', 'membrane', 'interval'], `${JSON.stringify(m.interval)} is shorter than one cycle (${showMs(1)})`);
    if (stop > duration) problem(['record', 'membrane', 'stop'], `${JSON.stringify(m.stop)} is after the scenario's duration (${showMs(duration)})`);
    if (start > Math.min(stop, duration)) problem(['record', 'membrane', 'start'], `${JSON.stringify(m.start)} is after the recording's stop (${showMs(Math.min(stop, duration))})`);
    else if (period >= 1 && (Math.floor((stop - start) / period) + 1) * list.length > MAX_MEMBRANE_VALUES) {
      problem(['record', 'membrane', 'interval'], `${list.length} neurons every ${showMs(period)} from ${showMs(start)} to ${showMs(stop)} are more than ${MAX_MEMBRANE_VALUES} samples; use a longer interval, fewer neurons or a shorter window`);
    }
    membrane = { neurons: list, period: Math.max(1, period), start, stop };
  }
  const snapshots: { cycle: number; include: SnapshotField[] }[] = [];
  if (rec.snapshots) {
    const include = rec.snapshots.include ?? (['weights', 'correlation', 'rateCounters'] as SnapshotField[]);
    const fields = SNAPSHOT_FIELDS.filter((f) => include.includes(f));
    const cycles = new Set<number>();
    rec.snapshots.at.forEach((t, k) => {
      const c = Math.round(toCycles(t));
      if (c > duration) problem(['record', 'snapshots', 'at', k], `${JSON.stringify(t)} is after the scenario's duration (${showMs(duration)})`);
      else cycles.add(c);
    });
    for (const c of [...cycles].sort((a, b) => a - b)) snapshots.push({ cycle: c, include: fields });
  }

  // --- PPU program
  let ppu: PpuPlan | null = null;
  if (doc.ppu) {
    const p = doc.ppu;
    const path = resolvePath(baseDir, p.program);
    const shown = src ? `${dirname(src.file) === '.' ? '' : `${dirname(src.file)}/`}${p.program}` : p.program;
    let bytes: Uint8Array | null = null;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (e) {
      const c = (e as NodeJS.ErrnoException).code;
      problem(['ppu', 'program'], `cannot read ${shown}: ${c === 'ENOENT' ? 'no such file' : c === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
    }
    const start = Math.round(toCycles(p.start ?? 0));
    if (start > duration) problem(['ppu', 'start'], `${JSON.stringify(p.start)} is after the scenario's duration (${showMs(duration)})`);
    (p.mailbox ?? []).forEach((m, k) => {
      if (m.offset % 4) problem(['ppu', 'mailbox', k, 'offset'], `must be a multiple of 4 (got ${m.offset})`);
      if (m.offset + 4 * m.words.length > MAILBOX_SIZE) problem(['ppu', 'mailbox', k, 'words'], `${m.words.length} words at offset ${m.offset} run past the end of the mailbox (${MAILBOX_SIZE} bytes)`);
    });
    if (p.readMailbox && p.readMailbox.offset + p.readMailbox.length > MAILBOX_SIZE) {
      problem(['ppu', 'readMailbox', 'length'], `offset ${p.readMailbox.offset} + length ${p.readMailbox.length} runs past the end of the mailbox (${MAILBOX_SIZE} bytes)`);
    }
    if (bytes) {
      const ext = extname(path).toLowerCase();
      const format = p.format ?? (ext === '.s' || ext === '.asm' ? 'asm' : ext === '.dsl' ? 'dsl' : guessFormat(path, bytes));
      let program: Program | null = null;
      if (format === 'dsl') {
        if (opts.compileDsl) collect(() => (program = opts.compileDsl!(shown, new TextDecoder().decode(bytes!))));
        else problem(['ppu', 'program'], `${shown} is plasticity-DSL source, and no compiler was given to the scenario loader (pass ScenarioOptions.compileDsl, as dls chip does)`);
      } else if (format === 'asm') {
        if (opts.assemble) collect(() => (program = opts.assemble!(shown, new TextDecoder().decode(bytes!))));
        else problem(['ppu', 'program'], `${shown} is assembly source, and no assembler was given to the scenario loader (pass ScenarioOptions.assemble, as dls chip does); or give an ELF executable, a flat binary or a hex memory image (format "elf", "bin" or "mem")`);
      } else {
        collect(() => (program = parseProgram(bytes!, shown, format, p.loadAddress ?? 0)));
      }
      const prog = program as Program | null;
      if (prog) {
        for (const c of prog.chunks) {
          if (c.addr < 0 || c.addr + c.memsz > DLS_MEMORY_SIZE) {
            problem(['ppu', 'program'], `${shown}: bytes at 0x${c.addr.toString(16)}..0x${(c.addr + c.memsz).toString(16)} do not fit in the PPU's ${DLS_MEMORY_SIZE / 1024} KiB memory`);
          }
        }
        ppu = { file: shown, format, program: prog, start, mailbox: p.mailbox ?? [], readMailbox: p.readMailbox ?? null };
      }
    }
  }

  if (problems.length || foreign.length) {
    const located = problems.length ? problemsError(problems, src, file).diagnostics : [];
    throw new UserError([...located, ...foreign]);
  }
  if (!checked.ok) throw new Error('unreachable: chip config problems are reported above');
  return {
    file,
    name: doc.name ?? basename(file).replace(/\.json$/i, ''),
    description: doc.description ?? '',
    seed,
    duration,
    chip: checked.config,
    calibration: cal && calibFile ? { file: opts.calibration ?? doc.calibration!, chip: cal.chip } : null,
    conversions,
    events,
    inputs,
    record: { membrane, snapshots, vcd: rec.vcd ?? true, plot: rec.plot ?? true },
    ppu,
  };
}
