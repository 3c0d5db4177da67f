// Option parsing helpers shared by the CLI commands: numbers with a clear error, files with one.

import { readFileSync } from 'node:fs';
import { UserError } from '../../common/errors.js';

/** Parse a decimal or 0x-prefixed hexadecimal non-negative integer option. */
export function parseIntOption(name: string, value: string): number {
  const v = /^0x[0-9a-f]+$/i.test(value) ? parseInt(value, 16) : /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(v)) throw new UserError(`${name} must be a non-negative integer (decimal or 0x hex), not '${value}'`);
  return v;
}

export function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}
