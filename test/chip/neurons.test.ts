// The analog core: the closed-form solution against numerical integration, and the spike search
// against a cycle-by-cycle scan of that solution.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Neurons } from '../../chip/neurons.js';

interface Params {
  leak: number; threshold: number; reset: number; tauMem: number; tauExc: number; tauInh: number;
  gainExc: number; gainInh: number; offset: number; refractory: number;
}

const base: Params = {
  leak: 0.6, threshold: 0.8, reset: 0.5, tauMem: 980, tauExc: 490, tauInh: 700,
  gainExc: 1e-5, gainInh: 1e-5, offset: 0, refractory: 196,
};

function neuron(p: Params, v: number, a: number, b: number, t0 = 0): Neurons {
  const nr = new Neurons();
  nr.setParams(0, p);
  nr.thetaEff[0] = p.threshold;
  nr.refrEnd[0] = -Infinity;
  nr.anchor(0, t0, v, a, b);
  return nr;
}

/** Classic RK4 on (V, a, b), step h cycles: an independent solution of the same equations. */
function rk4(p: Params, v: number, a: number, b: number, D: number, h = 0.05): [number, number, number] {
  const f = (V: number, A: number, B: number): [number, number, number] => [
    (p.leak - V) / p.tauMem + A - B + p.offset,
    -A / p.tauExc,
    -B / p.tauInh,
  ];
  const steps = Math.round(D / h);
  for (let i = 0; i < steps; i++) {
    const k1 = f(v, a, b);
    const k2 = f(v + (h / 2) * k1[0], a + (h / 2) * k1[1], b + (h / 2) * k1[2]);
    const k3 = f(v + (h / 2) * k2[0], a + (h / 2) * k2[1], b + (h / 2) * k2[2]);
    const k4 = f(v + h * k3[0], a + h * k3[1], b + h * k3[2]);
    v += (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
    a += (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
    b += (h / 6) * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
  }
  return [v, a, b];
}

/** First whole cycle after the anchor with V >= threshold, scanning every cycle. */
function scan(nr: Neurons, limit: number): number {
  const t0 = nr.t0[0]!;
  if (nr.V0[0]! >= nr.thetaEff[0]!) return t0 + 1;
  for (let c = t0 + 1; c <= t0 + limit; c++) {
    nr.evaluate(0, c);
    if (nr.v >= nr.thetaEff[0]!) return c;
  }
  return Infinity;
}

describe('closed-form solution', () => {
  const cases: [string, Partial<Params>, number, number, number][] = [
    ['excitation only', {}, 0.55, 2e-4, 0],
    ['excitation and inhibition', {}, 0.62, 3e-4, 2e-4],
    ['offset current', { offset: 3e-4 }, 0.5, 0, 0],
    ['tau_e equal to tau_m', { tauExc: 980 }, 0.6, 2e-4, 1e-4],
    ['tau_i close to tau_m', { tauInh: 980 * (1 + 1e-9) }, 0.6, 1e-4, 2e-4],
    ['fast synapses', { tauExc: 60, tauInh: 80, tauMem: 400 }, 0.58, 1e-3, 5e-4],
  ];
  for (const [name, over, v, a, b] of cases) {
    it(`agrees with RK4 integration: ${name}`, () => {
      const p = { ...base, ...over };
      const nr = neuron(p, v, a, b, 1000);
      for (const D of [0.5, 7, 100, 733.25, 2500]) {
        const [rv, ra, rb] = rk4(p, v, a, b, D);
        nr.evaluate(0, 1000 + D);
        expect(Math.abs(nr.v - rv), `V at +${D}`).toBeLessThan(1e-10);
        expect(Math.abs(nr.a - ra)).toBeLessThan(1e-14);
        expect(Math.abs(nr.b - rb)).toBeLessThan(1e-14);
      }
    });
  }

  it('stays finite and goes to V_inf after very long gaps', () => {
    const p = { ...base, offset: 1e-4, tauExc: 979.9 };
    const nr = neuron(p, 0.3, 5e-3, 5e-3);
    for (const D of [1e5, 1e7, 1e12]) {
      nr.evaluate(0, D);
      expect(Number.isFinite(nr.v)).toBe(true);
      expect(nr.v).toBeCloseTo(p.leak + p.offset * p.tauMem, 9);
    }
  });

  it('is continuous across tau_e = tau_m (no jump between the three forms of h)', () => {
    // dV/d(tau_e) is about 0.03 V per relative unit here: 1e-9 changes V by ~3e-11.
    const vals = [1 - 1e-9, 1 - 1e-12, 1, 1 + 1e-12, 1 + 1e-9].map((f) => {
      const nr = neuron({ ...base, tauExc: 980 * f }, 0.6, 2e-4, 0);
      nr.evaluate(0, 800);
      return nr.v;
    });
    for (const v of vals) expect(Math.abs(v - vals[2]!)).toBeLessThan(1e-10);
  });
});

describe('spike search', () => {
  it('finds the analytic crossing cycle of a constant current', () => {
    const p = { ...base, offset: 3e-4 }; // V_inf = 0.894
    const nr = neuron(p, 0.6, 0, 0);
    const vinf = p.leak + p.offset * p.tauMem;
    const tStar = p.tauMem * Math.log((vinf - 0.6) / (vinf - p.threshold));
    expect(nr.findSpike(0)).toBe(Math.ceil(tStar));
  });

  it('never fires below rheobase and without input', () => {
    expect(neuron({ ...base, offset: 1e-4 }, 0.6, 0, 0).findSpike(0)).toBe(Infinity);
    expect(neuron(base, 0.79, 0, 0).findSpike(0)).toBe(Infinity);
  });

  it('agrees with a cycle-by-cycle scan for random states and parameters', () => {
    fc.assert(
      fc.property(
        fc.record({
          tauMem: fc.double({ min: 80, max: 5000, noNaN: true }),
          tauExc: fc.double({ min: 40, max: 3000, noNaN: true }),
          tauInh: fc.double({ min: 40, max: 3000, noNaN: true }),
          offset: fc.double({ min: 0, max: 5e-4, noNaN: true }),
          v: fc.double({ min: 0.3, max: 0.8, noNaN: true }),
          a: fc.double({ min: -1e-4, max: 3e-3, noNaN: true }),
          b: fc.double({ min: -1e-4, max: 3e-3, noNaN: true }),
        }),
        (r) => {
          const p = { ...base, tauMem: r.tauMem, tauExc: r.tauExc, tauInh: r.tauInh, offset: r.offset };
          const nr = neuron(p, Math.min(r.v, 0.7999), r.a, r.b, 12345);
          // After 40 of the longest time constants the synaptic input has gone; a neuron still
          // silent then fires only if V_inf is above threshold, which the search handles exactly.
          const limit = 40 * Math.max(p.tauMem, p.tauExc, p.tauInh);
          const found = nr.findSpike(0);
          const scanned = scan(nr, limit);
          if (scanned === Infinity) expect(found === Infinity || found > 12345 + limit).toBe(true);
          else expect(found).toBe(scanned);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('fires at anchor + 1 when V starts at or above threshold', () => {
    expect(neuron(base, 0.85, 0, 0, 77).findSpike(0)).toBe(78);
  });

  it('finds a spike caused by an inhibitory rebound (negative b drives V up)', () => {
    const nr = neuron(base, 0.6, 0, -2e-3);
    expect(nr.findSpike(0)).toBe(scan(nr, 50_000));
    expect(nr.findSpike(0)).toBeLessThan(Infinity);
  });

  it('schedules lazy checks that end in the same spike as the full search', () => {
    const nr = neuron({ ...base, offset: 2.2e-4 }, 0.5, 8e-4, 6e-4);
    const expected = nr.findSpike(0);
    nr.predict(0);
    let checks = 0;
    let spikeAt = Infinity;
    while (nr.next[0]! < Infinity) {
      checks++;
      const c = nr.next[0]!;
      if (nr.check(0, c)) {
        spikeAt = c;
        break;
      }
      expect(nr.next[0]!).toBeGreaterThan(c);
    }
    expect(spikeAt).toBe(expected);
    expect(checks).toBeGreaterThan(1); // the synaptic currents make the first bound loose
  });
});

describe('earliest own event', () => {
  it('is the first next[] (lowest index among equals) after any sequence of updates', () => {
    // Few distinct times so that ties and moves of the earliest neuron are frequent.
    const time = fc.oneof(fc.constantFrom(Infinity), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 31 }), time), { maxLength: 200 }), (updates) => {
        const nr = new Neurons();
        for (const [n, t] of updates) {
          nr.setNext(n, t);
          let best = 0;
          for (let m = 1; m < 32; m++) if (nr.next[m]! < nr.next[best]!) best = m;
          expect(nr.earliest()).toBe(best);
        }
      }),
    );
  });
});
