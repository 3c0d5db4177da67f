// docs/regress.md stays true: its JSON examples (a dls-model file, a dls-recording, a suite
// manifest) are accepted by the code, every registered model part and every signal the recorder
// writes is documented, and the documented CSV error is the one the importer gives.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARTS, PART_KINDS, describeModel, modelFromDocument } from '../../chip/index.js';
import { PROJECT_SUITE, findEntry, loadSuite, recordingFromJson, runEntry, spikesFromCsv } from '../../regress/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(join(REPO, 'docs', 'regress.md'), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!.replace(/^ {2}/gm, '')) as Record<string, unknown>);
const block = (format: string) => {
  const b = jsonBlocks.find((x) => x.format === format);
  if (!b) throw new Error(`docs/regress.md has no ${format} example`);
  return b;
};

describe('docs/regress.md', () => {
  it('the dls-model example is a valid variant with the parts it describes', () => {
    const m = modelFromDocument(block('dls-model'));
    expect(m.name).toBe('slow-loads');
    expect(describeModel(m)).toBe('neuron: lif-exact@1; correlation: all-to-all@1; ppuTiming: nux-rtl@1 {latency.load=3}; mismatch: from-config@1; router: fpga-bypass@1');
  });

  it('the dls-recording example imports', () => {
    const r = recordingFromJson('example.json', JSON.stringify(block('dls-recording')));
    expect(r.spikes!.neuron).toEqual([3, 0]);
    expect(r.membrane!.channels).toEqual(['n0', 'n3']);
    expect(r.duration).toBe(300 * 98);
  });

  it('the suite example loads (with scenario files in place)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-regress-docs-'));
    mkdirSync(join(dir, 'scenarios'));
    for (const f of ['poisson.json', 'stdp.json']) copyFileSync(join(REPO, 'examples', 'chip', 'poisson.json'), join(dir, 'scenarios', f));
    writeFileSync(join(dir, 'suite.json'), JSON.stringify(block('dls-regress-suite')));
    const s = loadSuite(dir);
    expect(s.entries.map((e) => e.name)).toEqual(['poisson', 'stdp']);
    expect(s.rules).toEqual({ spikes: { rule: 'spike-times', toleranceCycles: 2 } });
  });

  it('documents every registered part and every recorded signal', () => {
    for (const k of PART_KINDS) {
      expect(doc, k).toContain(`| \`${k}\` |`);
      for (const id of Object.keys(PARTS[k])) expect(doc, id).toContain(`\`${id}\``);
    }
    const suite = loadSuite(PROJECT_SUITE);
    const names = new Set<string>();
    for (const e of ['plasticity', 'brian2-stdp-pairs']) for (const n of Object.keys(runEntry(suite, findEntry(suite, e)).trace.signals)) names.add(n);
    for (const n of names) expect(doc, n).toContain(n.startsWith('snapshot.') ? `\`${n.slice('snapshot.'.length)}\`` : `| \`${n}\` |`);
  });

  it('shows the importer\'s error for a bad neuron as the importer gives it', () => {
    const shown = /```\n(spk\.csv:3:1: error: [^\n]+\n[^\n]+\n[^\n]+)\n```/.exec(doc);
    expect(shown).not.toBeNull();
    expect(() => spikesFromCsv('spk.csv', 'neuron,time_ms\n1,0.5\n40,1\n')).toThrow(shown![1]!);
  });
});
