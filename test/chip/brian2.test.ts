// Differential tests of the chip model (ideal mode) against Brian2: the same scenario file is run
// by the chip model and by scripts/brian2_chip.py. Committed references (scripts/gen-brian2-refs.py)
// are compared everywhere; where /usr/bin/python3 can import brian2 the references are also
// regenerated live and compared.

import { beforeAll, describe, expect, it } from 'vitest';
import { ADC_MAX, CORR_SATURATION, CYCLES_PER_BIO_MS, N_NEURONS } from '../../chip/index.js';
import { pythonWithBrian2, runPython } from './helpers/python.js';
import { loadReference, loadScenario, runScenario, scenarioNames, SCENARIO_DIR, type Reference } from './helpers/scenario.js';

/** 0.1 ms biological time in cycles. */
const SPIKE_TOLERANCE = 0.1 * CYCLES_PER_BIO_MS;

function perNeuron(spikes: readonly [number, number][]): number[][] {
  const out: number[][] = Array.from({ length: N_NEURONS }, () => []);
  for (const [c, n] of spikes) out[n]!.push(c);
  return out;
}

function digitise(v: number): number {
  return Math.min(ADC_MAX, Math.max(0, Math.round((v * ADC_MAX) / CORR_SATURATION)));
}

/** Compare the chip's run of a scenario with a Brian2 reference; returns the largest spike shift. */
function compare(name: string, ref: Reference): number {
  const sc = loadScenario(name);
  const ours = runScenario(sc);
  const a = perNeuron(ours.spikes);
  const b = perNeuron(ref.spikes);
  let worst = 0;
  for (let n = 0; n < N_NEURONS; n++) {
    expect(a[n]!.length, `spike count of neuron ${n}`).toBe(b[n]!.length);
    for (let i = 0; i < a[n]!.length; i++) {
      const d = Math.abs(a[n]![i]! - b[n]![i]!);
      if (d > SPIKE_TOLERANCE) {
        expect.fail(`neuron ${n} spike ${i}: chip at cycle ${a[n]![i]} (${(a[n]![i]! / CYCLES_PER_BIO_MS).toFixed(3)} ms bio), Brian2 at ${b[n]![i]} (${(b[n]![i]! / CYCLES_PER_BIO_MS).toFixed(3)} ms)`);
      }
      worst = Math.max(worst, d);
    }
  }
  if (sc.compare?.correlation) {
    expect(ref.causal && ref.anticausal, 'reference has correlation').toBeTruthy();
    for (const [kind, mine, theirs] of [['causal', ours.causal, ref.causal!], ['anticausal', ours.anticausal, ref.anticausal!]] as const) {
      for (let r = 0; r < N_NEURONS; r++) {
        for (let c = 0; c < N_NEURONS; c++) {
          const x = mine[r]![c]!;
          const y = theirs[r]![c]!;
          // Equal spike cycles give equal sums up to rounding; one cycle apart would be ~1e-3.
          expect(Math.abs(x - y), `${kind} (${r},${c}): chip ${x} V, Brian2 ${y} V`).toBeLessThanOrEqual(1e-9 + 1e-6 * Math.abs(y));
          expect(Math.abs(digitise(x) - digitise(y)), `${kind} code (${r},${c})`).toBeLessThanOrEqual(1);
        }
      }
    }
  }
  return worst;
}

const names = scenarioNames();

describe('Brian2 differential: committed references', () => {
  it('has the five required scenarios', () => {
    expect(names).toEqual(['exc-inh-input', 'recurrent-router', 'refractory', 'stdp-pairs', 'step-current']);
  });

  for (const name of names) {
    it(`${name}: same spike counts, every spike within 0.1 ms biological`, () => {
      const ref = loadReference(name);
      expect(ref.scenario).toBe(name);
      // A scenario that produces (almost) no spikes would prove nothing.
      expect(ref.spikes.length).toBeGreaterThan(300);
      const worst = compare(name, ref);
      // The scheduling correspondence of docs/chip-model.md makes the match cycle-exact.
      expect(worst).toBe(0);
    });
  }

  it('the STDP scenario covers saturated and unsaturated sensors on both sides', () => {
    const ref = loadReference('stdp-pairs');
    const causal = ref.causal!.flat();
    const anti = ref.anticausal!.flat();
    for (const v of [causal, anti]) {
      expect(v.filter((x) => x >= CORR_SATURATION).length).toBeGreaterThan(10);
      expect(v.filter((x) => x > 0.01 && x < 0.5 * CORR_SATURATION).length).toBeGreaterThan(100);
    }
  });

  it('the f-I scenario has silent neurons below rheobase and rising rates above it', () => {
    const ref = loadReference('step-current');
    const counts = perNeuron(ref.spikes).map((s) => s.length);
    expect(counts.filter((c) => c === 0).length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeGreaterThan(40);
  });
});

// DLS_BRIAN2_LIVE=0 skips the live runs (about a minute of Brian2) in a quick local loop.
const py = process.env.DLS_BRIAN2_LIVE === '0' ? null : pythonWithBrian2();

describe.runIf(py !== null)('Brian2 differential: live', () => {
  // One Python process for all scenarios: Brian2's import and code generation are paid once.
  let live: Record<string, Reference> = {};
  beforeAll(async () => {
    const out = await runPython(py!, 'scripts/gen-brian2-refs.py', ['--stdout', ...names.map((n) => `${SCENARIO_DIR}/${n}.json`)]);
    live = JSON.parse(out) as Record<string, Reference>;
  }, 900_000);

  for (const name of names) {
    it(`${name}: Brian2 run now agrees with the chip`, () => {
      expect(live[name], `live reference of ${name}`).toBeDefined();
      expect(compare(name, live[name]!)).toBeLessThanOrEqual(SPIKE_TOLERANCE);
    });
  }
});
