// Model variants (chip/model.ts, docs/regress.md "Model variants"): dls-model files and --set
// settings build the variant they describe, bad ones give every problem with its place, the
// document form of a variant reads back as the same variant. (That the parameters reach the chip
// and the PPU is shown by test/regress/checks.test.ts.)

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import {
  applySettings, chipModelParams, defaultModel, describeModel, loadModelFile, modelFingerprint, modelFromDocument, modelToDocument,
  resolveModelOptions,
} from '../../chip/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dls-model-'));

function userError(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('model variants', () => {
  it('settings change parts and parameters and say so', () => {
    const m = applySettings(defaultModel(), ['ppuTiming.latency.load=3', 'correlation=nn-reduced@1', 'neuron.tauMemScale=1.01']);
    expect(m.name).toBe('default+ppuTiming.latency.load=3+correlation=nn-reduced@1+neuron.tauMemScale=1.01');
    expect(describeModel(m)).toBe('neuron: lif-exact@1 {tauMemScale=1.01}; correlation: nn-reduced@1; ppuTiming: nux-rtl@1 {latency.load=3}; mismatch: from-config@1; router: fpga-bypass@1');
    expect(m.parts.ppuTiming.params.latency).toMatchObject({ load: 3, alu: 1, mul: 4 });
    expect(chipModelParams(m).correlation.pairing).toBe('nearest-reduced');
    // the default is untouched
    expect(defaultModel().parts.ppuTiming.params.latency.load).toBe(2);
    // a later setting on the same part keeps the earlier one
    const two = applySettings(defaultModel(), ['ppuTiming.latency.load=3', 'ppuTiming.branchRedirect=6']);
    expect(describeModel(two)).toContain('ppuTiming: nux-rtl@1 {branchRedirect=6, latency.load=3}');
  });

  it('bad settings are reported together', () => {
    const e = userError(() => applySettings(defaultModel(), ['cpu.speed=2', 'ppuTiming.latency.load=0', 'correlation=hebbian@1', 'neuron.tauMemScale']));
    expect(e.diagnostics).toHaveLength(4);
    expect(e.message).toMatch(/"cpu\.speed=2": expected PART=NAME@VERSION or PART\.PARAM=VALUE/);
    expect(e.message).toMatch(/must be an integer in 1\.\.8/);
    expect(e.message).toMatch(/unknown correlation part "hebbian@1" \(known: nn-symmetric@1, nn-reduced@1, all-to-all@1\)/);
  });

  it('a dls-model file: read, written back as a document, read again: the same variant', () => {
    const f = join(dir, 'v.json');
    writeFileSync(f, JSON.stringify({ format: 'dls-model', version: 1, name: 'v', parts: { router: { part: 'fpga-bypass@1', params: { extraDelay: 2 } }, mismatch: { part: 'fixed-pattern@1', params: { identity: { seed: 9 } } } } }));
    const m = loadModelFile(f);
    expect(describeModel(m)).toBe('neuron: lif-exact@1; correlation: nn-symmetric@1; ppuTiming: nux-rtl@1; mismatch: fixed-pattern@1 {identity.seed=9}; router: fpga-bypass@1 {extraDelay=2}');
    expect(m.parts.mismatch.params.identity).toEqual({ mode: 'mismatch', seed: 9, scale: 1 });
    const back = modelFromDocument(modelToDocument(m));
    expect(modelFingerprint(back)).toBe(modelFingerprint(m));
    expect(describeModel(back)).toBe(describeModel(m));
    // --model and --set together
    expect(describeModel(resolveModelOptions(f, ['router.extraDelay=0']))).toMatch(/router: fpga-bypass@1$/);
  });

  it('a bad dls-model file: every problem at file:line:col', () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{\n  "format": "dls-model",\n  "version": 1,\n  "name": "b",\n  "parts": {\n    "neuron": { "part": "lif-exact@1", "params": { "tauMemScale": 50 } },\n    "router": "ring@2"\n  }\n}\n');
    const e = userError(() => loadModelFile(f));
    expect(e.diagnostics).toHaveLength(2);
    expect(e.message).toMatch(/bad\.json:6:\d+: error: .*must be a number in 0\.1\.\.10/);
    expect(e.message).toMatch(/bad\.json:7:\d+: error: .*unknown router part "ring@2"/);
    expect(userError(() => loadModelFile(join(dir, 'absent.json'))).message).toMatch(/cannot read model file .*absent\.json: no such file/);
  });
});
