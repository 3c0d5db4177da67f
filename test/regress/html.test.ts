// The HTML report of a failing check, opened in a real headless browser (Debian's chromium through
// playwright-core): the first divergence is shown per entry and per signal, the divergence plot is
// rendered with the dashed rule at the divergence cycle inside the plot, and the instruction view
// marks the first instruction that differs. Skipped only when no chromium binary is installed
// (CI installs it, .ci/run).

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { applySettings, defaultModel } from '../../chip/index.js';
import { PROJECT_SUITE, checkHtml, checkSuite, loadSuite } from '../../regress/index.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((x): x is string => !!x);
const chromium = CANDIDATES.find((p) => existsSync(p));
if (!chromium) console.warn(`html.test.ts skipped: no chromium binary (looked for ${CANDIDATES.join(', ')}; set CHROMIUM_PATH)`);

describe.skipIf(!chromium)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    const suite = loadSuite(PROJECT_SUITE);
    const r = checkSuite(suite, applySettings(defaultModel(), ['ppuTiming.latency.load=3']), { only: ['plasticity', 'brian2-step-current'], instructions: true });
    file = join(mkdtempSync(join(tmpdir(), 'dls-regress-html-')), 'report.html');
    writeFileSync(file, await checkHtml(r));
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the verdict, the first divergence and the divergence plot with its marker', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await expect(page.title()).resolves.toBe('dls regress: dls (fail)');
    expect(await page.locator('#verdict').innerText()).toBe('FAIL: 2 entries, 1 identical, 0 within tolerance, 1 diverged');
    // The summary row names the first divergence.
    const row = page.locator('#summary tr', { hasText: 'plasticity' });
    expect(await row.innerText()).toMatch(/plasticity\s+DIVERGED\s+ppu\.counts at cycle 5390 \(55 ms bio\)/);
    // Its section: one divergence section per diverged signal, earliest first.
    const entry = page.locator('#entry-plasticity');
    await expect(entry.getAttribute('data-verdict')).resolves.toBe('diverged');
    const sections = entry.locator('section.divergence');
    expect(await sections.count()).toBeGreaterThanOrEqual(3);
    const first = sections.first();
    await expect(first.getAttribute('data-signal')).resolves.toBe('ppu.counts');
    await expect(first.getAttribute('data-cycle')).resolves.toBe('5390');
    expect(await first.locator('h3').innerText()).toBe('ppu.counts: first divergence at cycle 5390 (55 ms bio)');
    expect(await first.locator('p.detail').innerText()).toMatch(/^event 2: ppuCycle differs/);

    // The plot: a rendered SVG with the dashed rule at the divergence, inside the plot area.
    const svg = first.locator('figure.plot svg');
    expect(await svg.count()).toBe(1);
    expect(await svg.isVisible()).toBe(true);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(150);
    const rule = svg.locator('line[stroke-dasharray="4,3"]');
    expect(await rule.count()).toBe(1);
    await expect(rule.getAttribute('aria-label')).resolves.toBe('x: 5390');
    const rb = (await rule.boundingBox())!;
    expect(rb.x).toBeGreaterThan(box.x);
    expect(rb.x).toBeLessThan(box.x + box.width);
    expect(rb.height).toBeGreaterThan(50);
    // both traces drawn (golden and new), with a legend
    expect(await svg.locator('.role-mark path, .role-mark line').count()).toBeGreaterThanOrEqual(3);
    expect(await svg.evaluate((e) => e.textContent)).toMatch(/golden[\s\S]*new/);

    // Every diverged signal with a cycle has its plot, and its rule sits at its own cycle.
    const n = await sections.count();
    for (let i = 0; i < n; i++) {
      const s = sections.nth(i);
      const c = await s.getAttribute('data-cycle');
      if (!c) continue;
      await expect(s.locator('figure.plot svg line[stroke-dasharray="4,3"]').getAttribute('aria-label')).resolves.toBe(`x: ${c}`);
    }

    // The instructions: the first instruction that differs between the replays, marked in the table.
    expect(await entry.locator('p.first-instruction').innerText()).toMatch(/^First instruction that differs between the golden model and the new one: #\d+, issue cycle: golden cycle \d+ pc 0x[0-9a-f]+ .+, new cycle \d+ pc/);
    const marked = entry.locator('section.first-instruction-window tr.first-diff');
    expect(await marked.count()).toBe(2);
    expect(await marked.first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
