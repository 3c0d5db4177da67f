// Entry of the episode worker threads: registers tsx's ESM loader in the worker itself, then
// loads the TypeScript worker. Workers started with `--import tsx` instead ran the on-chip inner
// loop about 1.8x slower than the main thread (0.22 s against 0.12 s of CPU per 2000-step
// episode; bench/l2l.ts measures evaluations through the workers); through this entry they run as fast as the main
// thread. Plain JavaScript, because nothing can load TypeScript before the loader is registered.
import { register } from 'tsx/esm/api';

register();
const { default: runBatch } = await import('./worker.ts');
export default runBatch;
