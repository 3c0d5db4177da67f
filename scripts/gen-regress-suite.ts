// Writes the scenario files of the project's regression suite that wrap the DSL examples
// (regress/suite/scenarios/*.json): the same chip set-ups, inputs and mailbox parameters as
// test/dsl/examples.test.ts, shortened where the example's learning test runs long. Random
// weights and inputs are drawn here (seeded) and written out, so the scenario files are complete.
// Durations end shortly after the program halts (measured here by running it once).
//
//   node --import tsx scripts/gen-regress-suite.ts

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../assembler/dsl/index.js';
import { DlsSystem, stringifyCompact, type ChipConfigInput } from '../chip/index.js';
import { Rng } from '../common/random.js';
import { chainMdp, encodeTaskBinary, mdpTask } from '../host/tasks/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'regress', 'suite', 'scenarios');

function words(bytes: Uint8Array): number[] {
  const w: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) w.push((((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)) >>> 0);
  return w;
}

/** Cycle at which the program halts on this set-up (to end the scenario shortly after). */
function haltCycle(example: string, chip: ChipConfigInput, mailbox: { offset: number; words: number[] }[], events: [number, number, number][]): number {
  const r = compile(readFileSync(join(ROOT, 'examples', example), 'utf8'), { file: `examples/${example}` });
  const sys = new DlsSystem({ chip });
  sys.loadBytes(r.program.bin, r.program.binAddress);
  sys.chip.playback(events.map(([cycle, address, rows]) => ({ cycle, address, rows })));
  for (const m of mailbox) m.words.forEach((w, k) => sys.writeMailboxWord(m.offset + 4 * k, w));
  sys.startPpu();
  const h = sys.runUntilHalt(200_000_000);
  if (h.halt?.reason !== 'wait') throw new Error(`${example} did not halt: ${JSON.stringify(h.halt)}`);
  return h.cycle;
}

function write(name: string, doc: Record<string, unknown>): void {
  writeFileSync(join(OUT, `${name}.json`), stringifyCompact(doc));
  process.stderr.write(`wrote regress/suite/scenarios/${name}.json\n`);
}

mkdirSync(OUT, { recursive: true });
const rowsOf = (f: (row: number) => number) => Array.from({ length: 32 }, (_, row) => new Array<number>(32).fill(f(row)));

// --- stdp.dsl: the pre-post protocol of the example's test (20 pairs, pre 2 ms before the teachers).
{
  const PAIR = 2940;
  const events: [number, number, number][] = [];
  for (let k = 0; k < 20; k++) {
    const t = 1000 + k * PAIR;
    events.push([t, 1, 1], [t + 196, 0, 0b110]);
  }
  write('stdp', {
    format: 'dls-scenario', version: 1, name: 'stdp',
    description: 'examples/stdp.dsl: additive STDP on the whole array; 20 pre-post pairings of row 0 with teacher rows 1 and 2 (test/dsl/examples.test.ts, pre-post)',
    duration: `${1000 + 20 * PAIR + 10_000} cycles`,
    chip: {
      neuronDefaults: { leak: 540, gainExc: 1023 },
      neurons: Array.from({ length: 32 }, (_, n) => ({ threshold: 690 + n })),
      shared: { corrAmpCausal: 60, corrAmpAnticausal: 60, corrTauCausal: 127, corrTauAnticausal: 127 },
      driverDefaults: { mode: 'disabled' },
      drivers: [{ mode: 'excitatory' }, { mode: 'excitatory' }, { mode: 'excitatory' }],
      weights: rowsOf((r) => (r === 0 ? 32 : r < 3 ? 63 : 0)),
      addresses: rowsOf((r) => (r === 0 ? 1 : r < 3 ? 0 : 63)),
    },
    inputs: [{ kind: 'events', events }],
    record: {
      membrane: { neurons: [0, 31], interval: '0.5 ms' },
      snapshots: { at: [`${1000 + 10 * PAIR} cycles`, `${1000 + 20 * PAIR + 10_000} cycles`], include: ['weights', 'correlation'] },
    },
    ppu: { program: '../../../examples/stdp.dsl', start: 0 },
  });
}

// --- homeostasis.dsl: 8 Poisson inputs at 100 Hz, random weights; 20 windows of 200 us chip.
{
  const INPUTS = 8;
  const WINDOW = 19_600;
  const WINDOWS = 20;
  const rng = Rng.stream(7, 'examples/homeostasis/weights');
  const weights = Array.from({ length: 32 }, (_, row) => Array.from({ length: 32 }, () => (row < INPUTS ? rng.int(0, 63) : 0)));
  write('homeostasis', {
    format: 'dls-scenario', version: 1, name: 'homeostasis',
    description: 'examples/homeostasis.dsl: rate control towards 6 spikes per 200 us window; 8 Poisson inputs at 100 Hz (as test/dsl/examples.test.ts, 20 of its 40 windows)',
    duration: `${WINDOWS * WINDOW} cycles`,
    chip: {
      driverDefaults: { mode: 'disabled' },
      drivers: Array.from({ length: INPUTS }, () => ({ mode: 'excitatory' })),
      weights,
      addresses: rowsOf((r) => (r < INPUTS ? r : 63)),
    },
    // One 100 Hz Poisson train per input row (row r listens to address r), seeded per row.
    inputs: Array.from({ length: INPUTS }, (_, r) => ({ kind: 'poisson', address: r, rows: [r], rate: '100 Hz', seed: 700 + r })),
    record: {
      membrane: { neurons: [0, 5], interval: '1 ms' },
      snapshots: { at: [`${WINDOWS * WINDOW} cycles`], include: ['weights', 'rateCounters'] },
    },
    ppu: { program: '../../../examples/homeostasis.dsl', start: 0, mailbox: [{ offset: 0, words: [6, INPUTS] }], readMailbox: { offset: 8, length: 4 } },
  });
}

// --- td_chain.dsl: Q-learning on the six-state chain, 1000 steps.
{
  const mdp = chainMdp();
  const task = encodeTaskBinary(mdpTask(mdp, { length: 1000, seed: 12345 }));
  const gammaQ = Math.round(0.8 * 32768);
  const mailbox = [
    { offset: 0, words: words(task) },
    { offset: 0x800, words: [((Math.round(0.02 * 32768) << 16) | gammaQ) >>> 0, 40, 99] },
  ];
  const halt = haltCycle('td_chain.dsl', {}, mailbox, []);
  write('td_chain', {
    format: 'dls-scenario', version: 1, name: 'td_chain',
    description: 'examples/td_chain.dsl: Q-learning on a six-state chain MDP stepped by the PPU, 1000 steps (test/dsl/examples.test.ts)',
    duration: `${Math.ceil((halt + 1000) / 1000) * 1000} cycles`,
    ppu: { program: '../../../examples/td_chain.dsl', start: 0, mailbox, readMailbox: { offset: 0x900, length: 0x290 } },
  });
}

// --- pong.dsl: reward-modulated STDP with temporal noise; 100 trials (the test runs 800).
{
  const TRIALS = 100;
  const rng = Rng.stream(3, 'examples/pong/weights');
  const chip: ChipConfigInput = {
    neuronDefaults: { gainExc: 500 },
    noise: { seed: 5, synapticJitter: 0.3, thresholdJitter: 0.01 },
    weights: Array.from({ length: 32 }, () => Array.from({ length: 32 }, () => rng.int(8, 29))),
    addresses: rowsOf(() => 0),
    shared: { corrAmpCausal: 200, corrTauCausal: 60 },
  };
  const mailbox = [{ offset: 0, words: [TRIALS, 42] }];
  const halt = haltCycle('pong.dsl', chip, mailbox, []);
  write('pong', {
    format: 'dls-scenario', version: 1, name: 'pong',
    description: 'examples/pong.dsl: reward-modulated STDP with synaptic and threshold noise, 100 trials (test/dsl/examples.test.ts runs 800)',
    duration: `${Math.ceil((halt + 1000) / 1000) * 1000} cycles`,
    chip,
    record: { snapshots: { at: [`${Math.ceil((halt + 1000) / 1000) * 1000} cycles`], include: ['weights'] } },
    ppu: { program: '../../../examples/pong.dsl', start: 0, mailbox, readMailbox: { offset: 0x100, length: TRIALS } },
  });
}
