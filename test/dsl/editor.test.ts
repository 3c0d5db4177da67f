// The VS Code grammar (editors/vscode) knows every reserved word, type and built-in of the
// compiler, and every function of the standard library; its regular expressions compile.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEYWORDS } from '../../assembler/dsl/lexer.js';
import { BUILTINS } from '../../assembler/dsl/check.js';
import { SCALAR_NAMES } from '../../assembler/dsl/types.js';
import { STD_DIR } from '../../assembler/dsl/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const grammarText = readFileSync(join(ROOT, 'editors', 'vscode', 'syntaxes', 'dls-dsl.tmLanguage.json'), 'utf8');
const grammar = JSON.parse(grammarText) as { repository: Record<string, { patterns: { match?: string; begin?: string }[] }> };
const pkg = JSON.parse(readFileSync(join(ROOT, 'editors', 'vscode', 'package.json'), 'utf8')) as { contributes: { languages: { extensions: string[] }[]; grammars: { path: string }[] } };

function patterns(): RegExp[] {
  const out: RegExp[] = [];
  for (const r of Object.values(grammar.repository)) for (const p of r.patterns) for (const src of [p.match, p.begin]) if (src) out.push(new RegExp(src));
  return out;
}

function scopeOf(word: string): string | undefined {
  for (const [name, r] of Object.entries(grammar.repository)) {
    for (const p of r.patterns) if (p.match && new RegExp(`^(?:${p.match})`).test(word)) return name;
  }
  return undefined;
}

describe('VS Code grammar', () => {
  it('is a valid extension for .dsl files with compiling patterns', () => {
    expect(pkg.contributes.languages[0]!.extensions).toEqual(['.dsl']);
    expect(pkg.contributes.grammars[0]!.path).toBe('./syntaxes/dls-dsl.tmLanguage.json');
    expect(patterns().length).toBeGreaterThan(15);
  });
  it('highlights every reserved word and type', () => {
    for (const k of KEYWORDS) expect(['keywords', 'declarations'], k).toContain(scopeOf(k));
    for (const t of [...SCALAR_NAMES]) expect(scopeOf(t), t).toBe('types');
    expect(scopeOf('vec<fx8>')).toBe('types');
  });
  it('knows every built-in and library function', () => {
    for (const b of BUILTINS) expect(scopeOf(`${b}(`), b).toBe('builtins');
    const std = new Set<string>();
    for (const f of readdirSync(STD_DIR)) for (const m of readFileSync(join(STD_DIR, f), 'utf8').matchAll(/^fn (\w+)/gm)) std.add(m[1]!);
    for (const f of std) if (f !== 'gauss_step') expect(scopeOf(`${f}(`), f).toBe('builtins');
  });
  it('highlights numbers, times and comments', () => {
    expect(scopeOf('10us')).toBe('numbers');
    expect(scopeOf('2000 cycles')).toBe('numbers');
    expect(scopeOf('0.5')).toBe('numbers');
    expect(scopeOf('0x3f')).toBe('numbers');
    expect(scopeOf('// note')).toBe('comments');
  });
});
