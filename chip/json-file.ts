// Shared pieces of the chip's JSON file formats (scenarios, calibration files, calibration
// targets): turning zod issues into problems with a JSON path, and problems into one UserError
// whose diagnostics point at file:line:col when the document's source text is known.

import type { z } from 'zod';
import { UserError, type Diagnostic } from '../common/errors.js';
import { formatJsonPath, type JsonPath, type JsonSource } from '../common/json-source.js';

export interface Problem {
  path: JsonPath;
  /** What is wrong and what is allowed (without the path). */
  message: string;
}

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** zod issues as problems; "(got ...)" is added unless the message already says what it got. */
export function zodProblems(error: z.ZodError, input: unknown, base: JsonPath = []): Problem[] {
  return error.issues.map((iss) => {
    const path = [...base, ...iss.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const got = iss.code === 'unrecognized_keys' || /\(got /.test(iss.message) ? '' : ` (got ${describeValue(valueAt(input, iss.path))})`;
    return { path, message: `${iss.message}${got}` };
  });
}

/** One UserError listing every problem, located in the source when there is one. */
export function problemsError(problems: readonly Problem[], src?: JsonSource, what?: string): UserError {
  const seen = new Set<string>();
  const diags: Diagnostic[] = [];
  for (const p of problems) {
    const key = `${JSON.stringify(p.path)}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (src) diags.push(src.diagnostic(p.path, p.message));
    else diags.push({ message: `${what ? `${what}: ` : ''}${formatJsonPath(p.path)}: ${p.message}` });
  }
  return new UserError(diags);
}

/**
 * JSON text with arrays of numbers (and strings) kept on one line: the files stay readable (a
 * 32 x 32 weight matrix is 32 lines, not 1100) and the output is a pure function of the value.
 */
export function stringifyCompact(value: unknown, indent = 2): string {
  const pad = (d: number) => ' '.repeat(d * indent);
  const flat = (v: unknown) => v === null || typeof v !== 'object';
  const go = (v: unknown, d: number): string => {
    if (v === undefined) return 'null';
    if (flat(v)) return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every(flat)) return `[${v.map((x) => JSON.stringify(x ?? null)).join(', ')}]`;
      return `[\n${v.map((x) => pad(d + 1) + go(x, d + 1)).join(',\n')}\n${pad(d)}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${pad(d + 1)}${JSON.stringify(k)}: ${go(x, d + 1)}`).join(',\n')}\n${pad(d)}}`;
  };
  return `${go(value, 0)}\n`;
}
