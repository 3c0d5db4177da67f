// Diagnostics of the compiler: located messages with the source line (for the caret) and notes
// that point at related places; suggestions for misspelt names.

import type { Diagnostic } from '../../common/errors.js';
import type { Loc } from './ast.js';

export class Diags {
  readonly list: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  private readonly texts = new Map<string, string[]>();

  addSource(file: string, text: string): void {
    this.texts.set(file, text.split('\n'));
  }

  line(loc: Loc): string | undefined {
    const l = this.texts.get(loc.file)?.[loc.line - 1];
    return l === undefined ? undefined : l.replace(/\r$/, '');
  }

  private make(loc: Loc | undefined, message: string, notes: { loc?: Loc; message: string }[] = []): Diagnostic {
    return {
      message,
      loc: loc ? { file: loc.file, line: loc.line, col: loc.col } : undefined,
      sourceLine: loc ? this.line(loc) : undefined,
      notes: notes.length
        ? notes.map((n) => ({ message: n.message, loc: n.loc ? { file: n.loc.file, line: n.loc.line, col: n.loc.col } : undefined, sourceLine: n.loc ? this.line(n.loc) : undefined }))
        : undefined,
    };
  }

  error(loc: Loc | undefined, message: string, notes: { loc?: Loc; message: string }[] = []): void {
    // One message per place and text: recovery can report the same problem twice.
    if (this.list.some((d) => d.message === message && d.loc?.line === loc?.line && d.loc?.col === loc?.col && d.loc?.file === loc?.file)) return;
    this.list.push(this.make(loc, message, notes));
  }

  warning(loc: Loc | undefined, message: string): void {
    this.warnings.push(this.make(loc, message));
  }

  get count(): number {
    return this.list.length;
  }

  /** The diagnostics in source order (by file in first-seen order, then line and column). */
  sorted(): Diagnostic[] {
    const files = [...this.texts.keys()];
    const rank = (f?: string) => (f === undefined ? files.length : files.indexOf(f));
    return this.list
      .map((d, i) => ({ d, i }))
      .sort((a, b) => rank(a.d.loc?.file) - rank(b.d.loc?.file) || (a.d.loc?.line ?? 0) - (b.d.loc?.line ?? 0) || (a.d.loc?.col ?? 0) - (b.d.loc?.col ?? 0) || a.i - b.i)
      .map((x) => x.d);
  }
}

/** Edit distance (insertions, deletions, substitutions, adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[m]![n]!;
}

/** The candidate closest to `name`, if it is close enough to be a likely misspelling. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (c === name || c.startsWith('__')) continue;
    const d = c.toLowerCase() === lower ? 0.5 : editDistance(name, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  const limit = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  return bestD <= limit ? best : undefined;
}
