// Bad input never crashes the DSL compiler: programs made of valid pieces with tokens deleted,
// duplicated, swapped or replaced either compile (and then run on the PPU without an internal
// error) or throw a UserError whose diagnostics are located (fast-check, fixed seed).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { compile } from '../../assembler/dsl/index.js';
import { createMachine, parseProgram } from '../../ppu/index.js';
import { parseScript } from './helpers/script.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONF = join(ROOT, 'test', 'dsl', 'conformance');

// Seed programs: the conformance modules and the examples.
const seeds: string[] = [];
for (const f of readdirSync(CONF).filter((x) => x.endsWith('.dslt'))) {
  for (const c of parseScript(readFileSync(join(CONF, f), 'utf8'))) if (c.k === 'module') seeds.push(c.text.trimStart());
}
for (const f of readdirSync(join(ROOT, 'examples')).filter((x) => x.endsWith('.dsl'))) seeds.push(readFileSync(join(ROOT, 'examples', f), 'utf8'));
for (let i = 0; i < seeds.length; i++) seeds[i] = seeds[i]!.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');

const TOKEN = /0[xXbB][0-9A-Fa-f_]+|[A-Za-z_][A-Za-z0-9_]*|\d[\d_]*(?:\.\d[\d_]*)?|->|\.\.|<<=|>>=|[<>=!]=|&&|\|\||<<|>>|[+\-*/%&|^]=|\S/g;
const EXTRA = ['fn', 'let', 'var', 'where', 'rule', 'every', '10us', 'on', 'fit', '(', ')', '{', '}', '[', ']', ';', ',', '0', '-1', '0.5', '1.0', 'as',
  'i8', 'fx8', 'vec', '<', '>', 'row', 'u8', 'weights', 'causal', 'mailbox', '.', '@', 'splat', 'select', 'frac', 'raw', '==', '=', '+', '*', '>>', 'x', 'return', 'for', 'in', '..', 'wait'];

describe('robustness', () => {
  it('the seed programs compile as tokens joined by spaces', () => {
    for (const s of seeds) compile((s.match(TOKEN) ?? []).join(' '), { file: 'seed.dsl' });
  });

  it('mutated programs give a program or located errors, never an internal error', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'insert', 'number', 'number', 'number'),
      at: fc.nat(),
      other: fc.nat(),
      token: fc.constantFrom(...EXTRA),
      number: fc.constantFrom('0', '1', '2', '7', '31', '32', '63', '64', '127', '128', '255', '256', '65535', '0x7fffffff', '0.0', '0.5', '0.9921875', '0.99'),
    });
    let compiled = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (si, edits) => {
        const toks = seeds[si]!.match(TOKEN) ?? [];
        for (const e of edits) {
          if (!toks.length) break;
          const i = e.at % toks.length;
          const j = e.other % toks.length;
          if (e.kind === 'delete') toks.splice(i, 1);
          else if (e.kind === 'duplicate') toks.splice(i, 0, toks[i]!);
          else if (e.kind === 'swap') [toks[i], toks[j]] = [toks[j]!, toks[i]!];
          else if (e.kind === 'replace') toks[i] = e.token;
          else if (e.kind === 'number') {
            // Another number in place of a number: usually still a program, with other constants.
            const k = toks.findIndex((t, n) => n >= i && /^\d/.test(t));
            if (k >= 0) toks[k] = e.number;
          }
          else toks.splice(i, 0, e.token);
        }
        const text = toks.join(' ').replace(/ ([;{}]) /g, ' $1\n');
        try {
          const r = compile(text, { file: 'fuzz.dsl' });
          compiled++;
          // Running must not crash the emulator either (it may trap or hit the limit).
          createMachine(parseProgram(r.program.elf, 'fuzz.elf')).run(200_000);
        } catch (e) {
          if (!(e instanceof UserError)) throw new Error(`internal error for:\n${text}\n${(e as Error).stack}`);
          rejected++;
          for (const d of e.diagnostics) {
            expect(d.message.length).toBeGreaterThan(0);
            if (d.loc) expect(d.loc.line).toBeGreaterThan(0);
          }
        }
      }),
      { seed: 4242, numRuns: 400 },
    );
    // Both outcomes happen (the property is not vacuous).
    expect(compiled).toBeGreaterThan(5);
    expect(rejected).toBeGreaterThan(100);
  });
});
