// Golden tests in the style of customasm, one vitest test per file test/assembler/ok_*.s and err_*.s:
//
// - ok_*.s: every line may end with `# = <hex bytes>`; the bytes of all sections, in address
//   order, must equal the annotations in file order. Warnings must be annotated with
//   `# warning: <text>` on their line.
// - err_*.s: every line with `# error: <text>` must get an error whose message contains <text>,
//   reported at that line; `# note: <text>` marks where a note of some error must point. No other
//   errors may be reported, so a file shows that every error of a file is found, not only the
//   first.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError, type Diagnostic } from '../../common/errors.js';
import { assemble } from '../../assembler/index.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(DIR).filter((f) => /^(ok|err)_.*\.s$/.test(f)).sort();

interface Expectation {
  line: number;
  kind: 'error' | 'note' | 'warning';
  text: string;
}

function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/# (error|note|warning): (.*?)(?=\s+# (?:(?:error|note|warning):|=)|$)/g)) {
      out.push({ line: i + 1, kind: m[1] as Expectation['kind'], text: m[2]!.trim() });
    }
  });
  return out;
}

function run(name: string, text: string): { diags: Diagnostic[]; warnings: Diagnostic[]; bytes?: string } {
  try {
    const r = assemble([{ name, text }]);
    const secs = r.image.sections.filter((s) => s.type !== 8).sort((a, b) => a.addr - b.addr);
    return { diags: [], warnings: r.warnings, bytes: secs.map((s) => Buffer.from(s.data).toString('hex')).join('') };
  } catch (e) {
    if (e instanceof UserError) return { diags: e.diagnostics, warnings: [] };
    throw e;
  }
}

describe('golden assembler files', () => {
  it('has ok and err files', () => {
    expect(files.some((f) => f.startsWith('ok_'))).toBe(true);
    expect(files.filter((f) => f.startsWith('err_')).length).toBeGreaterThan(5);
  });

  for (const f of files) {
    const path = join(DIR, f);
    const text = readFileSync(path, 'utf8');
    if (f.startsWith('ok_')) {
      it(f, () => {
        const r = run(f, text);
        expect(r.diags.map((d) => `${d.loc?.line}: ${d.message}`)).toEqual([]);
        const want = text.split('\n').flatMap((l) => {
          const m = /# = ([0-9a-fA-F ]+)/.exec(l);
          return m ? [m[1]!.replace(/\s+/g, '').toLowerCase()] : [];
        }).join('');
        expect(want.length).toBeGreaterThan(0);
        expect(r.bytes).toBe(want);
        const wantWarn = expectations(text).filter((e) => e.kind === 'warning');
        expect(r.warnings.map((w) => w.loc?.line)).toEqual(wantWarn.map((w) => w.line));
        wantWarn.forEach((w, i) => expect(r.warnings[i]!.message).toContain(w.text));
      });
    } else {
      it(f, () => {
        const r = run(f, text);
        const want = expectations(text);
        const errors = want.filter((e) => e.kind === 'error');
        expect(errors.length).toBeGreaterThan(1);
        const got = r.diags.map((d) => ({ line: d.loc?.line ?? 0, message: d.message, notes: d.notes ?? [] }));
        // Every expected error is reported at its line ...
        for (const e of errors) {
          const hit = got.find((g) => g.line === e.line && g.message.includes(e.text));
          expect(hit, `line ${e.line}: expected an error containing "${e.text}"; got:\n${got.map((g) => `  ${g.line}: ${g.message}`).join('\n')}`).toBeDefined();
        }
        // ... and nothing else.
        const extra = got.filter((g) => !errors.some((e) => e.line === g.line && g.message.includes(e.text)));
        expect(extra.map((g) => `${g.line}: ${g.message}`)).toEqual([]);
        for (const n of want.filter((e) => e.kind === 'note')) {
          const hit = got.some((g) => g.notes.some((x) => x.loc?.line === n.line && x.message.includes(n.text)));
          expect(hit, `line ${n.line}: expected a note containing "${n.text}"`).toBe(true);
        }
        // Every diagnostic carries the source line, for the caret display.
        for (const d of r.diags) if (d.loc) expect(d.sourceLine).toBeDefined();
      });
    }
  }
});
