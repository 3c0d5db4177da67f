// The on-chip inner loop's program, compiled from its DSL source. This module imports the
// compiler, so it is only used in the main thread (the compiler's parser library is an ES
// module, which worker threads under Node 20 cannot require); workers receive the compiled bytes
// in the backend's options.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../assembler/dsl/index.js';

/** The default inner-loop program: experiments/l2l/td.dsl. */
export const DEFAULT_PROGRAM = fileURLToPath(new URL('./td.dsl', import.meta.url));

const cache = new Map<string, string>();

/**
 * The compiler's file reader for a source at `file` shown in messages as `shown`: the compiler
 * resolves imports next to the shown name, which for the repository's programs is relative to
 * the repository, not to the working directory. Imports are read next to the real file.
 */
export function importReader(file: string, shown: string): (path: string) => string | undefined {
  return (p) => {
    const real = resolve(dirname(file), relative(dirname(shown), p));
    return existsSync(real) ? readFileSync(real, 'utf8') : undefined;
  };
}

/** Compile a DSL file for the dls profile; the flat binary (loaded at 0) as base64. */
export function compileInnerLoopProgram(file = DEFAULT_PROGRAM, shown = file === DEFAULT_PROGRAM ? 'experiments/l2l/td.dsl' : file): string {
  let b64 = cache.get(file);
  if (!b64) {
    const r = compile(readFileSync(file, 'utf8'), { file: shown, readFile: importReader(file, shown) });
    if (r.program.binAddress !== 0) throw new Error(`inner-loop program starts at 0x${r.program.binAddress.toString(16)}, expected 0`);
    b64 = Buffer.from(r.program.bin).toString('base64');
    cache.set(file, b64);
  }
  return b64;
}
