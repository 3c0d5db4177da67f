// Writes the scenario files of the chip's Brian2 differential tests (test/chip/brian2/*.json).
// Each is built from a seeded stream, so rerunning gives the same files; the Brian2 reference
// outputs next to them come from scripts/gen-brian2-refs.py.
//
//   node --import tsx scripts/gen-brian2-scenarios.ts

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '../common/random.js';
import { normalise, type ChipConfig, type ChipConfigInput } from '../chip/index.js';
import { SCENARIO_DIR, toScenarioFile, type Scenario } from '../test/chip/helpers/scenario.js';

const N = 32;
const MS = 98; // cycles per biological millisecond

/** tau_m = 2.56 ms/(cm+1) equals tau_syn = 1.28 ms/(cs+1) when cm + 1 = 2 (cs + 1): avoid it
 * (Brian2's symbolic exact solution divides by the difference). */
function distinctTaus(cfg: ChipConfig): void {
  for (const nc of cfg.neurons) {
    for (const k of ['tauExc', 'tauInh'] as const) {
      if (nc.tauMem + 1 === 2 * (nc[k] + 1)) nc[k] += 1;
    }
  }
}

function config(input: ChipConfigInput): ChipConfig {
  const cfg = normalise(input);
  distinctTaus(cfg);
  return cfg;
}

/** Events at distinct cycles (so no synapse sees two events in one cycle). */
function poissonEvents(rng: Rng, n: number, from: number, to: number, address: () => number, rows: () => number): [number, number, number][] {
  const cycles = new Set<number>();
  while (cycles.size < n) cycles.add(rng.int(from, to));
  return [...cycles].sort((a, b) => a - b).map((c) => [c, address(), rows()]);
}

function randomMask(rng: Rng, p: number, allowed: number): number {
  let m = 0;
  for (let r = 0; r < N; r++) if ((allowed >>> r) & 1 && rng.uniform() < p) m |= 1 << r;
  return m >>> 0;
}

function stepCurrent(): Scenario {
  const rng = Rng.stream(1, 'brian2/step-current');
  return {
    name: 'step-current',
    description: 'f-I curve: each neuron gets a different constant offset current from cycle 0 (some below rheobase); varied membrane time constants and thresholds.',
    duration: 300 * MS,
    chip: config({
      neurons: Array.from({ length: N }, (_, n) => ({
        offsetCurrent: 100 + 29 * n,
        tauMem: rng.int(180, 400),
        threshold: rng.int(660, 740),
        leak: rng.int(490, 530),
      })),
    }),
    events: [],
  };
}

function excInh(): Scenario {
  const rng = Rng.stream(2, 'brian2/exc-inh');
  const cfg = config({
    neurons: Array.from({ length: N }, () => ({
      leak: rng.int(480, 540),
      threshold: rng.int(650, 720),
      tauMem: rng.int(150, 400),
      tauExc: rng.int(100, 400),
      tauInh: rng.int(100, 400),
      gainExc: rng.int(300, 900),
      gainInh: rng.int(300, 900),
      offsetCurrent: rng.int(0, 120),
      refractory: rng.int(50, 300),
    })),
    drivers: Array.from({ length: N }, (_, r) => ({
      mode: r < 20 ? 'excitatory' : r < 30 ? 'inhibitory' : 'disabled',
      pulseLength: rng.int(8, 31),
    })),
    weights: Array.from({ length: N }, () => Array.from({ length: N }, () => rng.int(0, 63))),
    addresses: Array.from({ length: N }, () => Array.from({ length: N }, () => rng.int(0, 15))),
  });
  return {
    name: 'exc-inh-input',
    description: 'Excitatory and inhibitory input sequences: 20 excitatory, 10 inhibitory and 2 disabled rows, random weights, addresses and pulse lengths; 2500 host events with random addresses and row masks.',
    duration: 300 * MS,
    chip: cfg,
    events: poissonEvents(rng, 2500, 1, 300 * MS - 1, () => rng.int(0, 15), () => randomMask(rng, 0.25, 0xffffffff)),
  };
}

function refractory(): Scenario {
  const rng = Rng.stream(3, 'brian2/refractory');
  const cfg = config({
    neurons: Array.from({ length: N }, (_, n) => ({
      refractory: n === 0 ? 0 : Math.round((n / (N - 1)) ** 2 * 1023),
      offsetCurrent: n % 2 === 0 ? 600 : 200,
      gainExc: 1000,
      tauMem: 255,
    })),
    drivers: Array.from({ length: N }, () => ({ mode: 'excitatory' as const, pulseLength: 31 })),
    weights: Array.from({ length: N }, () => new Array<number>(N).fill(63)),
    addresses: Array.from({ length: N }, () => new Array<number>(N).fill(1)),
  });
  // Bursts of strong input: many land inside refractory times and must be ignored by V.
  const events: [number, number, number][] = [];
  for (let b = 0; b < 26; b++) {
    let c = 1000 + b * 700 + rng.int(0, 200);
    for (let k = 0; k < 6; k++) {
      events.push([c, 1, (randomMask(rng, 0.1, 0xffffffff) | 1) >>> 0]);
      c += rng.int(3, 60);
    }
  }
  return {
    name: 'refractory',
    description: 'Refractoriness: refractory codes from 0 (one cycle) to 1023 across the neurons, strong offset currents and bursts of strong input that partly fall into refractory times.',
    duration: 200 * MS,
    chip: cfg,
    events,
  };
}

function recurrentRouter(): Scenario {
  const rng = Rng.stream(4, 'brian2/recurrent');
  const ROUTER_ADDR = 50;
  const cfg = config({
    neurons: Array.from({ length: N }, () => ({
      leak: rng.int(490, 520),
      threshold: rng.int(680, 720),
      tauMem: rng.int(200, 320),
      tauExc: rng.int(150, 300),
      tauInh: rng.int(150, 300),
      gainExc: rng.int(400, 700),
      gainInh: rng.int(400, 700),
      refractory: rng.int(100, 250),
    })),
    drivers: Array.from({ length: N }, (_, r) => ({
      mode: r < 24 ? 'excitatory' : r < 30 ? 'excitatory' : 'inhibitory',
      pulseLength: 31,
    })),
    weights: Array.from({ length: N }, (_, r) => Array.from({ length: N }, () => (r < 24 ? rng.int(20, 63) : rng.int(10, 40)))),
    addresses: Array.from({ length: N }, (_, r) =>
      Array.from({ length: N }, () => (r < 24 ? rng.int(0, 15) : rng.uniform() < 0.4 ? ROUTER_ADDR : 63)),
    ),
    router: {
      enabled: true,
      interval: 98,
      delay: 100,
      address: ROUTER_ADDR,
      // neuron n re-enters through row 24 + n % 8 (rows 30, 31 inhibitory)
      rows: Array.from({ length: N }, (_, n) => (1 << (24 + (n % 8))) >>> 0),
    },
  });
  return {
    name: 'recurrent-router',
    description: 'A recurrent 32-neuron network through the FPGA router in bypass mode (window 98 cycles, delay 100, address 50; rows 24..29 excitatory, 30..31 inhibitory) driven by 1000 external events on rows 0..23.',
    duration: 200 * MS,
    chip: cfg,
    events: poissonEvents(rng, 1000, 1, 200 * MS - 1, () => rng.int(0, 15), () => randomMask(rng, 0.3, 0x00ffffff)),
  };
}

function stdpPairs(): Scenario {
  const rng = Rng.stream(5, 'brian2/stdp');
  const cfg = config({
    neurons: Array.from({ length: N }, () => ({
      leak: 540,
      threshold: rng.int(690, 725),
      tauMem: rng.int(200, 320),
      tauExc: rng.int(200, 400),
      gainExc: 1023,
      refractory: 200,
    })),
    shared: { corrAmpCausal: 600, corrAmpAnticausal: 560, corrTauCausal: 127, corrTauAnticausal: 150 },
    drivers: Array.from({ length: N }, () => ({ mode: 'excitatory' as const, pulseLength: 31 })),
    // rows 0, 1: teacher (address 0, strong); rows 2..31: pre-synaptic only (weight 0)
    weights: Array.from({ length: N }, (_, r) => new Array<number>(N).fill(r < 2 ? 63 : 0)),
    addresses: Array.from({ length: N }, (_, r) => new Array<number>(N).fill(r < 2 ? 0 : r)),
  });
  const events: [number, number, number][] = [];
  const period = 70 * MS;
  for (let k = 0; k < 10; k++) {
    const T = 6000 + k * period;
    events.push([T, 0, 0b11]);
    for (let r = 2; r < N; r++) {
      // pre spikes from 32 ms before to 32 ms after the teacher, plus a little per-pairing jitter
      const delta = Math.round((-32 + (64 * (r - 2)) / (N - 3)) * MS) + rng.int(-20, 20);
      events.push([T + delta, r, (1 << r) >>> 0]);
    }
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    name: 'stdp-pairs',
    description: 'STDP correlation traces: a teacher event makes every neuron fire 10 times; 30 rows send presynaptic spikes from -32 to +32 ms biological around it, so the 960 sensors see many pre/post delays; the strongest causal ones saturate.',
    duration: 10 * period + 6000,
    chip: cfg,
    events,
    compare: { correlation: true },
  };
}

const scenarios = [stepCurrent(), excInh(), refractory(), recurrentRouter(), stdpPairs()];
for (const sc of scenarios) {
  const path = join(SCENARIO_DIR, `${sc.name}.json`);
  writeFileSync(path, JSON.stringify(toScenarioFile(sc)) + '\n');
  console.log(`${path}: ${sc.events.length} events, ${sc.duration} cycles`);
}
