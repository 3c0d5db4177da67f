// The examples in examples/*.dsl, compiled and run on the emulated chip (DlsSystem), each checked
// for the learning effect it is meant to show, not only that it runs.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../assembler/dsl/index.js';
import { DlsSystem, VEC, type BusAccess, type ChipConfigInput } from '../../chip/index.js';
import { Rng } from '../../common/random.js';
import { chainMdp, discountedValueIteration, encodeTaskBinary, mdpTask, runPpuEpisode, taskFixedPoint, withEpisode } from '../../host/tasks/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function example(name: string): CompileResult {
  const file = join('examples', name);
  return compile(readFileSync(join(ROOT, file), 'utf8'), { file });
}

function system(r: CompileResult, chip: ChipConfigInput): DlsSystem {
  const sys = new DlsSystem({ chip });
  sys.loadBytes(r.program.bin, r.program.binAddress);
  return sys;
}

const be32 = (v: number) => new Uint8Array([(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
const be16 = (v: number) => new Uint8Array([(v >>> 8) & 255, v & 255]);

describe('examples/stdp.dsl: additive STDP', () => {
  const r = example('stdp.dsl');
  const PRE = 0;
  const PAIR = 2940; // 30 ms biological
  const PAIRS = 20;
  const W0 = 32;

  function run(protocol: 'pre-post' | 'post-pre' | 'pre-only') {
    const sys = system(r, {
      neuronDefaults: { leak: 540, gainExc: 1023 },
      neurons: Array.from({ length: 32 }, (_, n) => ({ threshold: 690 + n })),
      shared: { corrAmpCausal: 60, corrAmpAnticausal: 60, corrTauCausal: 127, corrTauAnticausal: 127 },
      driverDefaults: { mode: 'disabled' },
      drivers: [{ mode: 'excitatory' }, { mode: 'excitatory' }, { mode: 'excitatory' }],
      // Row 0 is the plastic input (address 1); rows 1 and 2 are teachers (address 0) that make the neurons fire.
      weights: Array.from({ length: 32 }, (_, row) => new Array<number>(32).fill(row === PRE ? W0 : row < 3 ? 63 : 0)),
      addresses: Array.from({ length: 32 }, (_, row) => new Array<number>(32).fill(row === PRE ? 1 : row < 3 ? 0 : 63)),
    });
    const events = [];
    for (let k = 0; k < PAIRS; k++) {
      const t = 1000 + k * PAIR;
      if (protocol === 'pre-post') events.push({ cycle: t, address: 1, rows: 1 << PRE }, { cycle: t + 196, address: 0, rows: 0b110 });
      if (protocol === 'post-pre') events.push({ cycle: t, address: 0, rows: 0b110 }, { cycle: t + 400, address: 1, rows: 1 << PRE });
      if (protocol === 'pre-only') events.push({ cycle: t, address: 1, rows: 1 << PRE });
    }
    sys.chip.playback(events);
    const log: BusAccess[] = [];
    sys.chip.onBusAccess = (a) => log.push(a);
    sys.startPpu();
    sys.run(1000 + PAIRS * PAIR + 10_000);
    const w = sys.chip.snapshot().weights[PRE]!;
    return { sys, w, mean: w.reduce((a, b) => a + b, 0) / 32, log };
  }

  it('potentiates when the presynaptic spike comes first', () => {
    const { w, mean, sys } = run('pre-post');
    expect(sys.spikes().length).toBeGreaterThan(PAIRS * 16);
    expect(mean).toBeGreaterThan(W0 + 8);
    expect(Math.min(...w)).toBeGreaterThan(W0);
  });

  it('depresses when the postsynaptic spike comes first', () => {
    const { mean } = run('post-pre');
    expect(mean).toBeLessThan(W0 - 4);
  });

  it('leaves the weights alone without postsynaptic spikes', () => {
    const { w, sys } = run('pre-only');
    expect(sys.spikes().length).toBe(0);
    expect(w).toEqual(new Array(32).fill(W0));
  });

  it('changes each weight exactly as the rule says, from the readings it took', () => {
    const { log, w } = run('pre-post');
    // Per rule invocation: the correlation and weight reads of row 0, then the weight write.
    const rd = (base: number, half: number) => log.filter((a) => a.kind === 'vecRead' && a.addr === base + 2 * PRE + half);
    const wr = (half: number) => log.filter((a) => a.kind === 'vecWrite' && a.addr === VEC.WEIGHTS + 2 * PRE + half);
    for (const half of [0, 1]) {
      const c = rd(VEC.CAUSAL, half);
      const a = rd(VEC.ANTICAUSAL, half);
      const ws = rd(VEC.WEIGHTS, half);
      const out = wr(half);
      expect(out.length).toBeGreaterThanOrEqual(6);
      expect(c.length).toBe(out.length);
      for (let k = 0; k < out.length; k++) {
        for (let i = 0; i < 16; i++) {
          // The rule in plain arithmetic: fractions of 7 bits, products floored, sums saturated.
          const sat = (x: number) => Math.max(-128, Math.min(127, x));
          const fr = (code: number) => code >> 1; // c / 256 as a Q0.7 fraction
          const mul = (x: number, y: number) => sat(Math.floor((2 * x * y) / 256));
          const eta = 64; // 0.5
          const dw = sat(mul(fr(c[k]!.data![i]!), eta) - mul(fr(a[k]!.data![i]!), eta));
          const next = Math.max(0, Math.min(63, sat(ws[k]!.data![i]! + dw)));
          expect(out[k]!.data![i]!, `update ${k}, column ${16 * half + i}`).toBe(next);
        }
      }
      expect(out[out.length - 1]!.data!.slice(0, 16)).toEqual(w.slice(16 * half, 16 * half + 16));
    }
  });
});

describe('examples/homeostasis.dsl: rate control', () => {
  it('brings every neuron to the target rate', () => {
    const r = example('homeostasis.dsl');
    const INPUTS = 8;
    const WINDOW = 19_600; // 200 us chip
    const WINDOWS = 40;
    const TARGET = 6;
    const rng = Rng.stream(7, 'examples/homeostasis/weights');
    const sys = system(r, {
      driverDefaults: { mode: 'disabled' },
      drivers: Array.from({ length: INPUTS }, () => ({ mode: 'excitatory' as const })),
      weights: Array.from({ length: 32 }, (_, row) => Array.from({ length: 32 }, () => (row < INPUTS ? rng.int(0, 63) : 0))),
      addresses: Array.from({ length: 32 }, (_, row) => new Array<number>(32).fill(row < INPUTS ? row : 63)),
    });
    // Poisson input, 100 Hz biological per row.
    const ev = Rng.stream(7, 'examples/homeostasis/input');
    const p = 100 / 1000 / 98;
    const events = [];
    for (let row = 0; row < INPUTS; row++) {
      for (let t = 0; ;) {
        t += Math.ceil(-Math.log(1 - ev.uniform()) / p);
        if (t > WINDOWS * WINDOW) break;
        events.push({ cycle: t, address: row, rows: 1 << row });
      }
    }
    sys.chip.playback(events.sort((a, b) => a.cycle - b.cycle));
    sys.writeMailbox(0, be32(TARGET));
    sys.writeMailbox(4, be32(INPUTS));
    sys.startPpu();
    sys.run(WINDOWS * WINDOW);
    expect(sys.readMailboxWord(8)).toBe(WINDOWS - 1);
    const counts = Array.from({ length: WINDOWS }, () => new Array<number>(32).fill(0));
    for (const s of sys.spikes()) {
      const w = Math.floor(s.cycle / WINDOW);
      if (w < WINDOWS) counts[w]![s.neuron]!++;
    }
    // Before the rule acted: far from the target, in both directions.
    const first = counts[0]!;
    expect(Math.max(...first)).toBeGreaterThan(TARGET + 8);
    // After: every neuron's mean count over the last 10 windows within 1.5 of the target.
    const last = Array.from({ length: 32 }, (_, n) => counts.slice(-10).reduce((a, c) => a + c[n]!, 0) / 10);
    for (let n = 0; n < 32; n++) expect(Math.abs(last[n]! - TARGET), `neuron ${n}: ${last[n]}`).toBeLessThanOrEqual(1.5);
  });
});

describe('examples/td_chain.dsl: Q-learning on a chain MDP stepped by the PPU', () => {
  it('steps the environment draw for draw as the host reference, and Q converges to the value-iteration values', () => {
    const r = example('td_chain.dsl');
    // Six states in a line; action 1 moves right, 0 left (each slips the other way with
    // probability 0.1); from the last state any action returns to the first with reward 0.5.
    const S = 6;
    const mdp = chainMdp(S, 0.1, 0.5);
    const task = mdpTask(mdp, { length: 1000, seed: 12345 });
    const gammaQ = Math.round(0.8 * 32768);
    const sys = system(r, {});
    sys.writeMailbox(0, encodeTaskBinary(task));
    sys.writeMailbox(0x800, be16(Math.round(0.02 * 32768)));
    sys.writeMailbox(0x802, be16(gammaQ));
    sys.writeMailbox(0x804, be32(40));
    sys.writeMailbox(0x808, be32(99));
    sys.startPpu();
    const res = sys.runUntilHalt(50_000_000);
    expect(res.halt?.reason).toBe('wait');
    expect(sys.readMailboxWord(0xb80)).toBe(1);
    // The environment: the same states as the host's reference for the actions the PPU chose.
    const states = [...sys.readMailbox(0xb00, 64)];
    const actions = [...sys.readMailbox(0xb40, 64)];
    const ref = runPpuEpisode(taskFixedPoint(withEpisode(task, { length: 64 })), (_s, t) => actions[t]!);
    expect(states).toEqual([...ref.states.slice(0, 64)]);
    // The values: within 0.02 of discounted value iteration (with the fx16 discount factor).
    const q = [...Array(S * 2).keys()].map((i) => {
      const b = sys.readMailbox(0x900 + 2 * i, 2);
      return (((b[0]! << 24) >> 16) | b[1]!) / 32768;
    });
    const want = discountedValueIteration(task.mdp, gammaQ / 32768).q.flat();
    for (let i = 0; i < S * 2; i++) expect(Math.abs(q[i]! - want[i]!), `Q[${i >> 1}][${i & 1}] = ${q[i]}, want ${want[i]}`).toBeLessThan(0.02);
    // Learning did something: the values are far from their start (0) and ordered along the chain.
    expect(q[2 * (S - 2) + 1]!).toBeGreaterThan(0.4);
  });
});

describe('examples/pong.dsl: reward-modulated STDP', () => {
  it('learns to move the paddle to the ball: the hit rate rises over training', () => {
    const r = example('pong.dsl');
    const TRIALS = 800;
    const rng = Rng.stream(3, 'examples/pong/weights');
    const sys = system(r, {
      neuronDefaults: { gainExc: 500 },
      noise: { seed: 5, synapticJitter: 0.3, thresholdJitter: 0.01 },
      weights: Array.from({ length: 32 }, () => Array.from({ length: 32 }, () => rng.int(8, 29))),
      addresses: Array.from({ length: 32 }, () => new Array<number>(32).fill(0)),
      shared: { corrAmpCausal: 200, corrTauCausal: 60 },
    });
    sys.writeMailbox(0, be32(TRIALS));
    sys.writeMailbox(4, be32(42));
    sys.startPpu();
    const res = sys.runUntilHalt(50_000_000);
    expect(res.halt?.reason).toBe('wait');
    expect(sys.readMailboxWord(8)).toBe(1);
    const hits = [...sys.readMailbox(0x100, TRIALS)];
    const rate = (from: number, to: number) => hits.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    const early = rate(0, 100);
    const late = rate(TRIALS - 100, TRIALS);
    // By chance (3 of 32 columns) about 0.09; after training several times that.
    expect(early).toBeLessThan(0.2);
    expect(late).toBeGreaterThan(0.35);
    expect(late).toBeGreaterThan(early + 0.2);
  });
});
