// JSON with source positions: parses a document and remembers where each value starts, so that
// a schema error about `mdp.transitions[2][5][3]` can point at file:line:col with a caret
// (docs/conventions.md, "Errors"). JSON.parse gives no positions for values and its syntax error
// messages differ between engines, hence this small parser (RFC 8259, no extensions).

import { UserError, type Diagnostic, type SourceLocation } from './errors.js';

export type JsonPath = readonly (string | number)[];

export interface JsonSource {
  readonly value: unknown;
  readonly file: string;
  readonly text: string;
  /** Where the value at `path` starts; for a missing key, where its object starts. */
  locate(path: JsonPath): SourceLocation;
  /** A diagnostic about the value at `path`, with the source line attached. */
  diagnostic(path: JsonPath, message: string): Diagnostic;
}

/** `a.b[3][0]`, the way diagnostics name a place in a document. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(top level)' : out;
}

const key = (path: JsonPath) => JSON.stringify(path);

export function parseJsonSource(text: string, file: string): JsonSource {
  const offsets = new Map<string, number>();
  let i = 0;
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const locAt = (off: number): SourceLocation => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, col: off - lineStarts[lo]! + 1 };
  };
  const lineText = (line: number) => {
    const start = lineStarts[line - 1]!;
    const end = line < lineStarts.length ? lineStarts[line]! - 1 : text.length;
    return text.slice(start, end).replace(/\r$/, '');
  };
  const syntax = (message: string, off = i): never => {
    const loc = locAt(Math.min(off, text.length));
    throw new UserError([{ message: `invalid JSON: ${message}`, loc, sourceLine: lineText(loc.line) }]);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const describe = () => (i >= text.length ? 'end of input' : JSON.stringify(text[i]));

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) syntax('unterminated string', start);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else syntax('invalid escape in string');
      } else if (c.charCodeAt(0) < 0x20) syntax('control character in string');
      else {
        out += c;
        i++;
      }
    }
  };

  const parseValue = (path: (string | number)[]): unknown => {
    ws();
    offsets.set(key(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') syntax(`expected a string key, got ${describe()}`);
        const k = parseString();
        ws();
        if (text[i] !== ':') syntax(`expected ':' after key ${JSON.stringify(k)}, got ${describe()}`);
        i++;
        if (Object.prototype.hasOwnProperty.call(obj, k)) syntax(`duplicate key ${JSON.stringify(k)}`);
        obj[k] = parseValue([...path, k]);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        syntax(`expected ',' or '}', got ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue([...path, arr.length]));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        syntax(`expected ',' or ']', got ${describe()}`);
      }
    }
    if (c === '"') return parseString();
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (m && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return syntax(`unexpected ${describe()}`);
  };

  const value = parseValue([]);
  ws();
  if (i < text.length) syntax(`unexpected ${describe()} after the document`);

  const locate = (path: JsonPath): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const off = offsets.get(key(path.slice(0, n)));
      if (off !== undefined) return locAt(off);
    }
    return locAt(0);
  };
  return {
    value,
    file,
    text,
    locate,
    diagnostic(path, message) {
      const loc = locate(path);
      return { message: `${formatJsonPath(path)}: ${message}`, loc, sourceLine: lineText(loc.line) };
    },
  };
}
