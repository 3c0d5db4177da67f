// The inner-loop backends by name. 'software' is always there; 'chip' (the TD rule as a PPU
// program on the emulated chip) is registered as soon as experiments/l2l/chip-backend.ts exists:
// that module must export an InnerLoop named 'chip' (any export name) and must not use
// top-level await (worker threads load it through require(), see host/l2l/backend.ts).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../common/errors.js';
import { loadInnerLoop, softwareInnerLoop, type InnerLoop, type InnerLoopOptions } from '../../host/l2l/index.js';
import { compileInnerLoopProgram } from './program.js';

/** Backends that live in modules of their own, registered when the module is present. */
const OPTIONAL: readonly { name: string; file: string }[] = [{ name: 'chip', file: './chip-backend.ts' }];

let loaded: Promise<Map<string, InnerLoop>> | null = null;

async function load(): Promise<Map<string, InnerLoop>> {
  const map = new Map<string, InnerLoop>([[softwareInnerLoop.name, softwareInnerLoop]]);
  for (const o of OPTIONAL) {
    const url = new URL(o.file, import.meta.url);
    // A missing module means the backend is not built yet; a module that fails to load is a bug
    // and its error propagates.
    if (!existsSync(fileURLToPath(url))) continue;
    const loop = await loadInnerLoop({ name: o.name, module: url.href });
    map.set(o.name, o.name === 'chip' ? withProgram(loop) : loop);
  }
  return map;
}

/**
 * The chip backend with its program compiled here, in the main thread: `program` may name a DSL
 * file (default experiments/l2l/td.dsl) and becomes the compiled bytes the sessions load.
 */
function withProgram(loop: InnerLoop): InnerLoop {
  return {
    ...loop,
    resolveOptions(options: InnerLoopOptions): InnerLoopOptions {
      const given = options.program;
      if (given !== undefined && typeof given !== 'string') throw new UserError('chip backend option program: must be the path of a .dsl file');
      const program = given && given.endsWith('.dsl') ? compileInnerLoopProgram(given, given) : given ?? compileInnerLoopProgram();
      return loop.resolveOptions({ ...options, program });
    },
  };
}

/** All registered backends. */
export function innerLoops(): Promise<ReadonlyMap<string, InnerLoop>> {
  loaded ??= load();
  return loaded;
}

export async function innerLoop(name: string, where = '--backend'): Promise<InnerLoop> {
  const all = await innerLoops();
  const loop = all.get(name);
  if (!loop) throw new UserError(`${where}: unknown inner-loop backend '${name}' (available: ${[...all.keys()].join(', ')})`);
  return loop;
}

/** The chip when it is registered, else the software learner. */
export async function defaultBackend(): Promise<string> {
  return (await innerLoops()).has('chip') ? 'chip' : 'software';
}
