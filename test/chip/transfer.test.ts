// Capmem codes and physical values: the documented points and the inverses.

import { describe, expect, it } from 'vitest';
import {
  NEURON_PARAMS,
  NEURON_PARAM_NAMES,
  SHARED_PARAMS,
  SHARED_PARAM_NAMES,
  bioMsToChipSeconds,
  chipSecondsToBioMs,
  codeToValue,
  cyclesToBioMs,
  bioMsToCycles,
  refractoryCycles,
  valueToCode,
} from '../../chip/index.js';

describe('transfer functions', () => {
  it('match the documented points', () => {
    expect(NEURON_PARAMS.leak.toValue(1023)).toBe(1.2);
    expect(NEURON_PARAMS.tauMem.toValue(255)).toBeCloseTo(10e-6, 15);
    expect(chipSecondsToBioMs(NEURON_PARAMS.tauMem.toValue(255))).toBeCloseTo(10, 9);
    expect(NEURON_PARAMS.tauExc.toValue(255)).toBeCloseTo(5e-6, 15);
    expect(NEURON_PARAMS.refractory.toValue(200)).toBeCloseTo(2e-6, 15);
    expect(refractoryCycles(NEURON_PARAMS.refractory.toValue(200))).toBe(196);
    expect(refractoryCycles(0)).toBe(1);
    expect(SHARED_PARAMS.corrTauCausal.toValue(127)).toBeCloseTo(20e-6, 15);
    expect(SHARED_PARAMS.corrAmpCausal.toValue(1023)).toBeCloseTo(0.3, 15);
    expect(cyclesToBioMs(98)).toBe(1);
    expect(bioMsToCycles(2.5)).toBe(245);
    expect(bioMsToChipSeconds(10)).toBeCloseTo(10e-6, 15);
  });

  it('the inverse gives back every code', () => {
    for (const p of [...NEURON_PARAM_NAMES, ...SHARED_PARAM_NAMES]) {
      for (let c = 0; c <= 1023; c++) {
        const r = valueToCode(p, codeToValue(p, c));
        expect(r.code).toBe(c);
        expect(r.inRange).toBe(true);
      }
    }
  });

  it('picks the nearest code in value and flags unreachable values', () => {
    // tau = 2.56 ms / (c + 1): 10 us is code 255 exactly; codes 255 and 254 give 10.000 and 10.039 us
    expect(valueToCode('tauMem', 10.01e-6).code).toBe(255);
    expect(valueToCode('tauMem', 10.03e-6).code).toBe(254);
    expect(valueToCode('tauMem', 1e-6)).toEqual({ code: 1023, inRange: false });
    expect(valueToCode('threshold', 1.5)).toEqual({ code: 1023, inRange: false });
    expect(valueToCode('leak', -0.1)).toEqual({ code: 0, inRange: false });
  });
});
