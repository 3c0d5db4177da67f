// End to end: a PPU program reads the causal correlation of a synapse row with fxvinx, adds it to
// the row's weights (fxvaddbm, fxvoutx) and resets the sensors, periodically, while the host plays
// input spikes into the chip. The weight change is checked against what the correlation predicts
// from the recorded pre- and postsynaptic spikes (computed here independently of the chip).

import { describe, expect, it } from 'vitest';
import { ADC_MAX, CLOCK_HZ, CORR_SATURATION, DlsSystem, SHARED_PARAMS, VEC, type BusAccess } from '../../chip/index.js';
import { MAILBOX_BASE } from '../../ppu/index.js';
import { Asm, BLT, WAIT } from './helpers/ppu-asm.js';

const PRE_ROW = 0;
const AMP_CODE = 45;
const TAU_CODE = 127;
const PAIR_PERIOD = 2940; // 30 ms biological
const PAIRS_PER_UPDATE = 4;
const UPDATES = 4;
const START = 1000;
const UPDATE_PERIOD = PAIR_PERIOD * PAIRS_PER_UPDATE;
const INITIAL_WEIGHT = 5;

function program(): number[] {
  const a = new Asm();
  a.li32(22, START + UPDATE_PERIOD) // first deadline (PPU cycles; the PPU starts at chip cycle 0)
    .li32(23, UPDATE_PERIOD)
    .i('addi', [20, 0, 0])
    .i('addi', [21, 0, UPDATES])
    .li32(4, VEC.CAUSAL)
    .li32(7, VEC.CAUSAL_RESET)
    .i('addi', [6, 0, VEC.WEIGHTS])
    .i('addi', [8, 0, MAILBOX_BASE])
    .label('loop')
    .label('poll')
    .i('mfspr', [3, 284]) // time base
    .i('cmp', [0, 0, 3, 22])
    .bc(...BLT, 'poll');
  for (const half of [0, 1]) {
    a.i('addi', [5, 0, 2 * PRE_ROW + half]) // vector index of this half row
      .i('fxvinx', [1, 4, 5]) // causal correlation
      .i('fxvinx', [2, 6, 5]) // weights
      .i('fxvaddbm', [3, 2, 1])
      .i('fxvoutx', [3, 6, 5]) // new weights
      .i('fxvoutx', [0, 7, 5]); // reset the sensors of the half row (v0 is zero)
  }
  a.i('stw', [3, 0, 8]) // when this update started, for the host
    .i('addi', [8, 8, 4])
    .i('add', [22, 22, 23])
    .i('addi', [20, 20, 1])
    .i('cmp', [0, 0, 20, 21])
    .bc(...BLT, 'loop')
    .word(WAIT);
  return a.words();
}

function setup(): { sys: DlsSystem; pre: number[]; log: BusAccess[] } {
  const sys = new DlsSystem({
    chip: {
      neuronDefaults: { leak: 540, gainExc: 1023 },
      // different thresholds: different delays from the presynaptic spike to the neuron's spike
      neurons: Array.from({ length: 32 }, (_, n) => ({ threshold: 690 + n })),
      shared: { corrAmpCausal: AMP_CODE, corrTauCausal: TAU_CODE },
      driverDefaults: { mode: 'disabled' },
      drivers: [{ mode: 'excitatory' }, { mode: 'excitatory' }, { mode: 'excitatory' }],
      weights: Array.from({ length: 32 }, (_, r) => new Array<number>(32).fill(r === PRE_ROW ? INITIAL_WEIGHT : r < 3 ? 63 : 0)),
      // the pre row listens to address 1, the two teacher rows to address 0
      addresses: Array.from({ length: 32 }, (_, r) => new Array<number>(32).fill(r === PRE_ROW ? 1 : r < 3 ? 0 : 63)),
    },
  });
  const pre: number[] = [];
  const events = [];
  for (let t = START; t < START + UPDATES * UPDATE_PERIOD + 2 * PAIR_PERIOD; t += PAIR_PERIOD) {
    pre.push(t);
    events.push({ cycle: t, address: 1, rows: 1 << PRE_ROW }); // presynaptic spike
    events.push({ cycle: t + 196, address: 0, rows: 0b110 }); // teacher, 2 ms bio later
  }
  sys.chip.playback(events);
  const log: BusAccess[] = [];
  sys.chip.onBusAccess = (acc) => log.push(acc);
  sys.loadProgram(program());
  return { sys, pre, log };
}

describe('PPU plasticity program: causal correlation into weights', () => {
  it('adds the digitised causal correlation of each period to the row, as the spikes predict', () => {
    const { sys, pre, log } = setup();
    sys.startPpu();
    const r = sys.runUntilHalt(200_000);
    expect(r.halt?.reason).toBe('wait');
    sys.run(2 * PAIR_PERIOD); // input keeps arriving after the program has finished

    // Independent reference: nearest-neighbour causal pairing of row PRE_ROW with each neuron.
    const A = (0.3 * AMP_CODE) / 1023;
    const tau = (2.56e-3 / (TAU_CODE + 1)) * CLOCK_HZ;
    expect(SHARED_PARAMS.corrAmpCausal.toValue(AMP_CODE)).toBeCloseTo(A, 15);
    const posts: number[][] = Array.from({ length: 32 }, () => []);
    for (const s of sys.spikes()) posts[s.neuron]!.push(s.cycle);
    const reads = log.filter((x) => x.kind === 'vecRead' && (x.addr & 0xf000) === VEC.CAUSAL);
    const resets = log.filter((x) => x.kind === 'vecWrite' && (x.addr & 0xf000) === VEC.CAUSAL_RESET);
    expect(reads.length).toBe(2 * UPDATES);
    expect(resets.length).toBe(2 * UPDATES);

    const expectedWeights = new Array<number>(32).fill(INITIAL_WEIGHT);
    for (let n = 0; n < 32; n++) {
      const half = n >> 4;
      let since = -Infinity;
      for (let k = 0; k < UPDATES; k++) {
        const read = reads[2 * k + half]!;
        const reset = resets[2 * k + half]!;
        expect(read.addr).toBe(VEC.CAUSAL + 2 * PRE_ROW + half);
        let acc = 0;
        for (const s of posts[n]!) {
          if (s <= since || s > read.cycle) continue;
          const lastPre = Math.max(...pre.filter((p) => p < s));
          acc = Math.min(CORR_SATURATION, acc + A * Math.exp(-(s - lastPre) / tau));
        }
        const code = Math.min(ADC_MAX, Math.round((acc * ADC_MAX) / CORR_SATURATION));
        expect(read.data![n - 16 * half], `read ${k} of column ${n}`).toBe(code);
        expectedWeights[n] = (expectedWeights[n]! + code) & 63;
        since = reset.cycle;
      }
    }
    const weights = sys.chip.snapshot().weights[PRE_ROW]!;
    expect(weights).toEqual(expectedWeights);
    // The rule did something: every synapse of the row grew by several steps.
    for (const w of weights) expect(w).toBeGreaterThan(INITIAL_WEIGHT + 2 * UPDATES);
    // The host sees when each update began, in order and one period apart at least.
    const starts = Array.from({ length: UPDATES }, (_, k) => sys.readMailboxWord(4 * k));
    for (let k = 0; k < UPDATES; k++) expect(starts[k]).toBeGreaterThanOrEqual(START + (k + 1) * UPDATE_PERIOD);
    expect(sys.chip.stats.busErrors).toBe(0);
    expect(sys.chip.stats.lateAccesses).toBe(0);
  });

  it('gives the same weights when the run is cut into many pieces', () => {
    const a = setup();
    a.sys.startPpu();
    a.sys.runUntilHalt(200_000);
    a.sys.run(2 * PAIR_PERIOD);
    const b = setup();
    b.sys.startPpu();
    let guard = 0;
    while (b.sys.ppuRunning && guard++ < 10_000) b.sys.run(997);
    b.sys.runUntil(a.sys.cycle);
    expect(JSON.stringify(b.sys.chip.snapshot())).toBe(JSON.stringify(a.sys.chip.snapshot()));
    expect(b.sys.spikes()).toEqual(a.sys.spikes());
  });
});
