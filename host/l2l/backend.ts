// Finding an inner loop by reference, so that a worker thread can load the same backend as the
// main thread: a BackendRef names the backend, the module that exports it and its options.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { InnerLoop, InnerLoopOptions, InnerLoopSession } from './inner-loop.js';

const requireHere = createRequire(import.meta.url);

/**
 * import() of a TypeScript module by URL. In worker threads under Node 20, tsx's ESM hooks
 * serve the worker's static imports but not its dynamic import() calls (they fail with
 * ERR_UNKNOWN_FILE_EXTENSION); tsx's require hook does serve require(), and Node 20 loads an
 * ES module through require() (no top-level await allowed in it). So: import(), and require()
 * where import() cannot read TypeScript.
 */
async function importModule(url: string): Promise<Record<string, unknown>> {
  try {
    return (await import(url)) as Record<string, unknown>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    return requireHere(url.startsWith('file:') ? fileURLToPath(url) : url) as Record<string, unknown>;
  }
}

export interface BackendRef {
  readonly name: string;
  /** URL of the module exporting the InnerLoop (InnerLoop.module). */
  readonly module: string;
  /** Resolved options (InnerLoop.resolveOptions). */
  readonly options: InnerLoopOptions;
}

export function isInnerLoop(x: unknown): x is InnerLoop {
  const l = x as InnerLoop;
  return !!l && typeof l === 'object' && typeof l.name === 'string' && typeof l.createSession === 'function' && typeof l.resolveOptions === 'function';
}

/** The inner loop named ref.name among the exports of ref.module. */
export async function loadInnerLoop(ref: Pick<BackendRef, 'name' | 'module'>): Promise<InnerLoop> {
  const mod = await importModule(ref.module);
  for (const v of Object.values(mod)) if (isInnerLoop(v) && v.name === ref.name) return v;
  throw new Error(`module ${ref.module} exports no inner loop named '${ref.name}'`);
}

/** The reference a worker needs to rebuild a backend with these options. */
export function backendRef(loop: InnerLoop, options: InnerLoopOptions): BackendRef {
  return { name: loop.name, module: loop.module, options: loop.resolveOptions(options) };
}

/** Sessions per backend and options, one each per thread (a chip backend keeps its chip in it). */
export class SessionCache {
  private readonly sessions = new Map<string, Promise<InnerLoopSession>>();

  get(ref: BackendRef): Promise<InnerLoopSession> {
    const key = `${ref.module}#${ref.name}#${JSON.stringify(ref.options)}`;
    let s = this.sessions.get(key);
    if (!s) {
      s = loadInnerLoop(ref).then((loop) => loop.createSession(ref.options));
      this.sessions.set(key, s);
    }
    return s;
  }

  async closeAll(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    for (const s of all) await (await s).close?.();
  }
}
