// Bad configurations are rejected before anything runs, with the path of each bad field and the
// allowed values; good ones are normalised (and the normal form is itself valid).

import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { Chip, checkChipConfig, defaultChipConfig, parseChipConfig, type ConfigIssue } from '../../chip/index.js';

function issues(input: unknown): ConfigIssue[] {
  const r = checkChipConfig(input);
  if (r.ok) throw new Error('expected the configuration to be rejected');
  return r.issues;
}

describe('chip configuration', () => {
  it('fills in defaults and round-trips through JSON', () => {
    const cfg = defaultChipConfig();
    expect(cfg.mode).toBe('ideal');
    expect(cfg.neurons).toHaveLength(32);
    expect(cfg.drivers[31]).toEqual({ mode: 'excitatory', pulseLength: 31 });
    const again = parseChipConfig(JSON.parse(JSON.stringify(cfg)));
    expect(again).toEqual(cfg);
  });

  it('applies neuronDefaults, then per-neuron entries', () => {
    const cfg = parseChipConfig({ neuronDefaults: { threshold: 600, leak: 400 }, neurons: [{}, { threshold: 650 }] });
    expect(cfg.neurons[0]!.threshold).toBe(600);
    expect(cfg.neurons[1]!.threshold).toBe(650);
    expect(cfg.neurons[1]!.leak).toBe(400);
    expect(cfg.neurons[2]!.tauMem).toBe(255);
  });

  it('names the path and the allowed range of every bad field, all at once', () => {
    const got = issues({
      neurons: [{ threshold: 1500 }, {}, {}, { tauMem: 2.5 }],
      shared: { reset: -1 },
      drivers: [{ mode: 'excitory' }, { pulseLength: 32 }],
      router: { interval: 0, address: 64 },
      seed: -3,
    }).map((i) => i.message);
    expect(got).toEqual(expect.arrayContaining([
      'neurons[0].threshold: must be an integer in 0..1023 (got 1500)',
      'neurons[3].tauMem: must be an integer in 0..1023 (got 2.5)',
      'shared.reset: must be an integer in 0..1023 (got -1)',
      'drivers[0].mode: must be "excitatory", "inhibitory" or "disabled" (got "excitory")',
      'drivers[1].pulseLength: must be an integer in 0..31 (got 32)',
      'router.interval: must be an integer in 1..16777216 (got 0)',
      'router.address: must be an integer in 0..63 (got 64)',
      'seed: must be an integer in 0..4294967295 (got -3)',
    ]));
    expect(got).toHaveLength(8);
  });

  it('checks matrix shapes and entries', () => {
    const w = Array.from({ length: 32 }, () => new Array<number>(32).fill(0));
    w[4]![7] = 64;
    const short = Array.from({ length: 31 }, () => new Array<number>(32).fill(0));
    expect(issues({ weights: w }).map((i) => i.message)).toEqual(['weights[4][7]: must be an integer in 0..63 (got 64)']);
    expect(issues({ weights: short })[0]!.message).toBe('weights: must be an array of exactly 32 entries (got an array of 31)');
    expect(issues({ addresses: [[1]] }).map((i) => i.message).sort()).toEqual([
      'addresses: must be an array of exactly 32 entries (got an array of 1)',
      'addresses[0]: must be an array of exactly 32 entries (got an array of 1)',
    ]);
  });

  it('rejects unknown fields and lists the allowed ones', () => {
    const got = issues({ neurons: [{ treshold: 3 }] });
    expect(got[0]!.message).toMatch(/^neurons\[0\]: unknown field\(s\) "treshold" \(allowed: leak, threshold, tauMem/);
  });

  it('throws one UserError with a diagnostic per problem (never a crash)', () => {
    let err: unknown;
    try {
      new Chip({ mode: 'real' as 'ideal', noise: { seed: 1, thresholdJitter: 3 } }, 'scenario.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const d = (err as UserError).diagnostics.map((x) => x.message);
    expect(d).toEqual([
      'scenario.json: mode: must be "ideal" or "mismatch" (got "real")',
      'scenario.json: noise.thresholdJitter: must be a number in 0..0.2 (got 3)',
    ]);
  });

  it('rejects non-objects', () => {
    expect(issues(42)[0]!.message).toBe('(top level): must be an object (got 42)');
    expect(issues({ neurons: 'all' })[0]!.message).toBe('neurons: must be an array of at most 32 entries (got "all")');
  });

  it('configure() at run time validates the same way and refuses creation-only fields', () => {
    const chip = new Chip();
    expect(() => chip.configure({ seed: 4 })).toThrow(/seed: can only be set when the chip is created/);
    expect(() => chip.configure({ neurons: [{ leak: 2000 }] })).toThrow(/neurons\[0\]\.leak: must be an integer in 0\.\.1023/);
    chip.configure({ neurons: [{ leak: 100 }], router: { enabled: true, delay: 7 } });
    expect(chip.getCapmem(0, 0)).toBe(100);
    expect(chip.routerConfig().delay).toBe(7);
    expect(chip.currentConfig().neurons[0]!.leak).toBe(100);
  });

  it('host setters reject out-of-range values with the argument name', () => {
    const chip = new Chip();
    expect(() => chip.setWeight(0, 0, 64)).toThrow('weight: must be an integer in 0..63 (got 64)');
    expect(() => chip.setCapmem(24, 0, 1)).toThrow('capmem row: must be an integer in 0..23 (got 24)');
    expect(() => chip.setDriver(0, 'both' as 'excitatory', 3)).toThrow(/driver mode/);
    expect(() => chip.recordMembrane([32], 10)).toThrow('membrane neurons[0]: must be an integer in 0..31 (got 32)');
    expect(() => chip.playback([{ cycle: 1.5, address: 64, rows: -1 }])).toThrow(UserError);
  });
});
