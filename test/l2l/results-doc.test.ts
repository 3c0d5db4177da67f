// docs/results.md quotes the tables that experiments/results/summarize.ts writes per group; a
// quoted table that no longer matches its group's file would report numbers nobody measured.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const doc = readFileSync(join(docs, 'results.md'), 'utf8');

describe('docs/results.md', () => {
  const groups = readdirSync(join(docs, 'results')).filter((g) => existsSync(join(docs, 'results', g, 'tables.md')));

  it('has result groups to quote', () => {
    expect(groups.length).toBeGreaterThan(0);
  });

  it.each(groups)('quotes the tables of group %s as summarize.ts wrote them', (g) => {
    const tables = readFileSync(join(docs, 'results', g, 'tables.md'), 'utf8').trim();
    expect(doc.includes(tables), `docs/results/${g}/tables.md is not in docs/results.md verbatim`).toBe(true);
  });

  it('every figure it shows exists', () => {
    const figures = [...doc.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(existsSync(join(docs, f)), f).toBe(true);
  });
});
