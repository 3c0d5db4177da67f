import { Neurons } from './chip/neurons.js';
import { Chip, CYCLES_PER_BIO_MS, normalise } from './chip/index.js';
import { Rng } from './common/random.js';
let calls = 0, evals = 0;
const orig = Neurons.prototype.check;
const origEval = Neurons.prototype.evaluate;
Neurons.prototype.evaluate = function (n: number, t: number) { evals++; return origEval.call(this, n, t); };
Neurons.prototype.check = function (n: number) { calls++; return orig.call(this, n, arguments[1]); };
const N=32; const rng = Rng.stream(2024, 'bench/chip');
const duration = 980000;
const chipc = normalise({
    neurons: Array.from({ length: N }, () => ({ threshold: rng.int(680, 720), tauMem: rng.int(200, 300), tauExc: rng.int(200, 300), tauInh: rng.int(120, 200), gainExc: 400, gainInh: 400 })),
    drivers: Array.from({ length: N }, (_, r) => ({ mode: r < 24 ? 'excitatory' : 'inhibitory', pulseLength: 31 })),
    weights: Array.from({ length: N }, (_, r) => Array.from({ length: N }, () => rng.int(0, r < 24 ? 63 : 40))),
    addresses: Array.from({ length: N }, (_, r) => new Array<number>(N).fill(r)),
});
const events: {cycle:number,address:number,rows:number}[] = [];
for (let r = 0; r < N; r++) { let t = 1; for (;;) { t += 10 + Math.round(-Math.log(1 - rng.uniform()) * (2450 - 10)); if (t > duration) break; events.push({cycle:t, address:r, rows:(1 << r) >>> 0}); } }
const chip = new Chip(chipc); chip.playback(events);
const t0 = performance.now(); chip.advanceTo(duration); console.log('ms', performance.now()-t0, 'spikes', chip.spikes.count, 'findSpike', calls, 'evals', evals, 'evals/call', evals/calls);
