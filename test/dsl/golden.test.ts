// Golden error files in the style of the assembler's (test/assembler/golden.test.ts): every line
// of test/dsl/errors/err_*.dsl that ends with `// error: <text>` must get an error at that line
// whose message contains <text>, and no other errors may be reported. One file holds several
// errors, so the files also show that the compiler reports every problem, not only the first.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic } from '../../common/errors.js';
import { compile } from '../../assembler/dsl/index.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'errors');
const files = readdirSync(DIR).filter((f) => /^err_.*\.dsl$/.test(f)).sort();

describe('golden DSL error files', () => {
  it('has error files', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const want: { line: number; text: string }[] = [];
      text.split('\n').forEach((l, i) => {
        const m = /\/\/ error: (.*)$/.exec(l);
        if (m) want.push({ line: i + 1, text: m[1]!.trim() });
      });
      let err: unknown;
      try {
        compile(text, { file: f });
      } catch (e) {
        err = e;
      }
      expect(err, 'the file should not compile').toBeInstanceOf(UserError);
      const diags = (err as UserError).diagnostics;
      const got = diags.map((d) => ({ line: d.loc?.line ?? 0, message: d.message }));
      for (const w of want) {
        const hit = got.find((g) => g.line === w.line && g.message.includes(w.text));
        expect(hit, `line ${w.line}: expected an error containing "${w.text}"; got:\n${got.map((g) => `${g.line}: ${g.message}`).join('\n')}`).toBeDefined();
      }
      const extra = got.filter((g) => !want.some((w) => w.line === g.line && g.message.includes(w.text)));
      expect(extra, 'unexpected errors').toEqual([]);
      // Every diagnostic shows its place: file:line:col, the source line and a caret.
      for (const d of diags) {
        expect(d.loc?.file).toBe(f);
        const shown = formatDiagnostic(d);
        expect(shown).toMatch(new RegExp(`^${f.replace('.', '\\.')}:\\d+:\\d+: error: `));
        expect(shown.split('\n')[2]).toMatch(/^\s*\^$/);
      }
    });
  }
});
