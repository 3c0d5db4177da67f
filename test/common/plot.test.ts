// The plotting helpers render SVG in Node, deterministically (the same figure twice is the same
// bytes, also in a fresh process), with the titles, captions and data the caller gave.

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figure, heatmap, linePlot, multiPanel, rasterPlot, renderSvg } from '../../common/plot/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sample() {
  const x = Array.from({ length: 50 }, (_, i) => i);
  return multiPanel(
    [
      linePlot(
        [
          { name: 'mean fitness', x, y: x.map((v) => Math.sqrt(v)), lower: x.map((v) => Math.sqrt(v) - 0.5), upper: x.map((v) => Math.sqrt(v) + 0.5) },
          { name: 'best', x, y: x.map((v) => Math.sqrt(v) + 1) },
        ],
        { title: 'Fitness', caption: 'band: +-0.5', x: { title: 'generation' }, y: { title: 'fitness' }, legend: 'series' },
      ),
      rasterPlot({ x: [1, 2.5, 7], row: [0, 3, 31] }, { title: 'Spikes', x: { title: 'time (ms)' }, y: { title: 'neuron', domain: [0, 31] } }),
      heatmap([[0, 1], [2, 3]], { title: 'Weights', x: { title: 'column' }, y: { title: 'row' }, color: { title: 'weight', domain: [0, 63] } }),
    ],
    { title: 'Test figure', caption: 'three panels' },
  );
}

describe('common/plot', () => {
  it('renders a multi-panel figure with lines, bands, a raster and a heatmap to SVG', async () => {
    const svg = await renderSvg(sample());
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const text of ['Test figure', 'three panels', 'Fitness', 'band: +-0.5', 'generation', 'mean fitness', 'best', 'Spikes', 'neuron', 'Weights']) {
      expect(svg, text).toContain(text);
    }
    // one tick per raster event, one cell per matrix entry, a band under the first series
    expect((svg.match(/aria-roledescription="tick"/g) ?? []).length).toBe(3);
    expect((svg.match(/aria-roledescription="rect mark"/g) ?? []).length).toBe(4);
    expect((svg.match(/aria-roledescription="area mark"/g) ?? []).length).toBe(1);
  });

  it('gives the same bytes every time, also in another process', async () => {
    const a = await renderSvg(sample());
    const b = await renderSvg(sample());
    expect(b).toBe(a);
    const script = `
      import { renderSvg, figure, linePlot } from './common/plot/index.ts';
      const x = Array.from({ length: 50 }, (_, i) => i);
      process.stdout.write(await renderSvg(figure(linePlot([{ name: 'a', x, y: x.map((v) => v * v) }], { x: { title: 'x' }, y: { title: 'y' } }))));
    `;
    const other = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    const x = Array.from({ length: 50 }, (_, i) => i);
    const here = await renderSvg(figure(linePlot([{ name: 'a', x, y: x.map((v) => v * v) }], { x: { title: 'x' }, y: { title: 'y' } })));
    expect(other).toBe(here);
  });

  it('rejects series whose lengths differ', () => {
    expect(() => linePlot([{ name: 's', x: [1, 2], y: [1] }], { x: { title: 'x' }, y: { title: 'y' } })).toThrow(/x has 2 values, y has 1/);
    expect(() => rasterPlot({ x: [1], row: [] }, { x: { title: 'x' }, y: { title: 'y' } })).toThrow(/1 times but 0 rows/);
  });
});
