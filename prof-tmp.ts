import { Neurons } from './chip/neurons.js';
let calls = 0, iters = 0, evals = 0;
const orig = Neurons.prototype.findSpike;
const origEval = Neurons.prototype.evaluate;
Neurons.prototype.evaluate = function (n: number, t: number) { evals++; return origEval.call(this, n, t); };
Neurons.prototype.findSpike = function (n: number) { calls++; return orig.call(this, n); };
await import('./bench/chip.ts').catch(() => {});
