// Scenarios of the Brian2 differential tests: one JSON file per scenario, read by the chip model
// here and by scripts/brian2_chip.py. A scenario is a complete chip configuration (capmem codes),
// input events in cycles and a duration in cycles.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chip, type ChipConfig } from '../../../chip/index.js';

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

export function loadScenario(name: string): Scenario {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, `${name}.json`), 'utf8')) as Scenario;
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
