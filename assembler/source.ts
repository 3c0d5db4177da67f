// Source text to statements: comments removed (`#` and `//` to the end of the line, `/* */`
// anywhere, also across lines), lines split at `;` (GNU as's statement separator for PowerPC),
// strings and character constants left alone. Each statement keeps its file, line and column
// so that every message can point at it.

export interface Stmt {
  /** The statement text (comments removed). */
  readonly text: string;
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column of text[0] in the source line. */
  readonly col: number;
  /** The whole source line, for the caret display. */
  readonly src: string;
  /** Set for statements produced by a macro expansion: where the macro was invoked. */
  readonly expansion?: Expansion;
}

export interface Expansion {
  readonly macro: string;
  readonly at: Stmt;
}

export function splitStatements(file: string, text: string): Stmt[] {
  const out: Stmt[] = [];
  const n = text.length;
  let inBlock = false; // inside /* */ carried over from an earlier line
  let lineNo = 0;
  let pos = 0;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    lineNo++;
    let raw = text.slice(pos, end);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    pos = end + 1;
    // Fast path: nothing that needs scanning.
    if (!inBlock && !/[#/;"']/.test(raw)) {
      if (raw.trim() !== '') out.push({ text: raw, file, line: lineNo, col: 1, src: raw });
      if (end === n) break;
      continue;
    }
    let clean = '';
    let segStart = 0; // start (in clean) of the current statement
    let i = 0;
    const L = raw.length;
    const flush = (upto: number) => {
      const t = clean.slice(segStart, upto);
      if (t.trim() !== '') out.push({ text: t, file, line: lineNo, col: segStart + 1, src: raw });
    };
    while (i < L) {
      const c = raw[i]!;
      if (inBlock) {
        if (c === '*' && raw[i + 1] === '/') {
          inBlock = false;
          clean += '  ';
          i += 2;
        } else {
          clean += ' ';
          i++;
        }
        continue;
      }
      if (c === '#' || (c === '/' && raw[i + 1] === '/')) break;
      if (c === '/' && raw[i + 1] === '*') {
        inBlock = true;
        clean += '  ';
        i += 2;
        continue;
      }
      if (c === ';') {
        flush(clean.length);
        clean += ' ';
        segStart = clean.length;
        i++;
        continue;
      }
      if (c === '"') {
        let j = i + 1;
        while (j < L && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1;
        j = Math.min(j + 1, L);
        clean += raw.slice(i, j);
        i = j;
        continue;
      }
      if (c === "'") {
        // Character constant: the quote, the character (or an escape) and an optional closing quote.
        let j = i + 1;
        if (raw[j] === '\\') j += 2;
        else if (j < L) j++;
        if (raw[j] === "'") j++;
        j = Math.min(j, L);
        clean += raw.slice(i, j);
        i = j;
        continue;
      }
      clean += c;
      i++;
    }
    flush(clean.length);
    if (end === n) break;
  }
  return out;
}
