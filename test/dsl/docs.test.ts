// docs/dsl.md stays true: every `dsl` code block compiles (or, when the next block shows an
// error, fails with exactly that message), and the assembly excerpt of the tutorial is what the
// compiler produces for examples/stdp.dsl (its instructions in this order).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { compile } from '../../assembler/dsl/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'dsl.md'), 'utf8');
const blocks = [...doc.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]!, start: m.index!, end: m.index! + m[0].length }));

describe('docs/dsl.md', () => {
  it('has code blocks', () => {
    expect(blocks.filter((b) => b.lang === 'dsl').length).toBeGreaterThanOrEqual(6);
  });
  blocks.forEach((b, k) => {
    if (b.lang !== 'dsl') return;
    const next = blocks[k + 1];
    // An error block right after the program (nothing but blank lines between).
    const expectsError = next && next.lang === '' && /^\s*$/.test(doc.slice(b.end, next.start)) && /^rule\.dsl:\d+:\d+: error: /.test(next.text);
    it(`dsl block ${k} ${expectsError ? 'fails as shown' : 'compiles'}`, () => {
      if (!expectsError) {
        compile(b.text, { file: 'doc.dsl' });
        return;
      }
      let err: unknown;
      try {
        compile(b.text, { file: 'rule.dsl' });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).diagnostics.map((d) => `rule.dsl:${d.loc?.line}:${d.loc?.col}: error: ${d.message}`).join('\n')).toBe(next.text.trim());
    });
  });
  it('the tutorial shows the code the compiler produces for examples/stdp.dsl', () => {
    const excerpt = blocks.find((b) => b.lang === 'asm' && b.text.includes('.Lrule_stdp_2'))!;
    const want = excerpt.text.split('\n').map((l) => l.replace(/\s+<-.*$/, '').trim()).filter((l) => l && l !== '...');
    const r = compile(readFileSync(join(ROOT, 'examples', 'stdp.dsl'), 'utf8'), { file: 'examples/stdp.dsl' });
    const got = r.asm.split('\n').map((l) => l.trim());
    let at = 0;
    for (const w of want) {
      const i = got.indexOf(w, at);
      expect(i, `'${w}' (after line ${at} of the compiler's output)`).toBeGreaterThanOrEqual(0);
      at = i + 1;
    }
  });
});
