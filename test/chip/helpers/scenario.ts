// Scenarios of the Brian2 differential tests: one scenario file (docs/scenarios.md, the format
// `dls chip` runs) per scenario, read by the chip model here and by scripts/brian2_chip.py. Each
// holds a complete chip configuration in capmem codes, its input as raw host events in cycles
// (inputs of kind "events") and its duration in cycles; `meta.compare` says what else Brian2
// must match. The tests see it as a `Scenario`.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chip, resolveScenario, SCENARIO_FORMAT, SCENARIO_VERSION, type ChipConfig } from '../../../chip/index.js';
import { parseJsonSource } from '../../../common/json-source.js';

export interface Scenario {
  name: string;
  description: string;
  /** Cycles to simulate: spikes up to and including this cycle count. */
  duration: number;
  chip: ChipConfig;
  /** [cycle, address, rowMask] */
  events: [number, number, number][];
  compare?: { correlation?: boolean };
}

export interface Reference {
  scenario: string;
  generator: string;
  /** [cycle, neuron], sorted by cycle then neuron. */
  spikes: [number, number][];
  causal?: number[][];
  anticausal?: number[][];
}

export const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'brian2');

export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.ref.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The scenario file of a Brian2 scenario. */
export function toScenarioFile(sc: Scenario): Record<string, unknown> {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name: sc.name,
    description: sc.description,
    duration: `${sc.duration} cycles`,
    chip: sc.chip,
    inputs: [{ kind: 'events', events: sc.events }],
    ...(sc.compare ? { meta: { compare: sc.compare } } : {}),
  };
}

/** Load through the scenario loader of `dls chip`, so these files stay valid scenarios. */
export function loadScenario(name: string): Scenario {
  const file = join(SCENARIO_DIR, `${name}.json`);
  const src = parseJsonSource(readFileSync(file, 'utf8'), file);
  const r = resolveScenario(src.value, {}, src);
  const doc = src.value as { meta?: { compare?: Scenario['compare'] } };
  return {
    name: r.name,
    description: r.description,
    duration: r.duration,
    chip: r.chip,
    events: r.events.map((e): [number, number, number] => [e.cycle, e.address, e.rows]),
    ...(doc.meta?.compare ? { compare: doc.meta.compare } : {}),
  };
}

export function loadReference(name: string): Reference {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, `${name}.ref.json`), 'utf8')) as Reference;
}

export interface ChipResult {
  spikes: [number, number][];
  causal: number[][];
  anticausal: number[][];
  chip: Chip;
}

/** Run a scenario on the chip model, optionally advancing at the given intermediate cycles. */
export function runScenario(sc: Scenario, stops: readonly number[] = []): ChipResult {
  const chip = new Chip(sc.chip, sc.name);
  chip.playback(sc.events.map(([cycle, address, rows]) => ({ cycle, address, rows })));
  for (const s of stops) if (s <= sc.duration) chip.advanceTo(s);
  chip.advanceTo(sc.duration);
  const snap = chip.snapshot();
  const spikes = chip.spikeList().map((s): [number, number] => [s.cycle, s.neuron]);
  spikes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { spikes, causal: snap.causalVolts, anticausal: snap.anticausalVolts, chip };
}
