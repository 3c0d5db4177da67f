// Speed of one on-chip learning-to-learn episode (experiments/l2l/td.dsl on the emulated chip,
// the chip backend's own session: a fresh DlsSystem per episode, one reused Ppu), the unit of
// work of every chip experiment. Prints one JSON document:
//   - seconds per 2000-step episode (median and mean over the timed episodes, after warm-up),
//     wall and CPU time;
//   - steps, chip cycles, PPU instructions and FXV vector instructions per second of wall time;
//   - per episode: chip cycles, PPU instructions (scalar + vector), vector instructions.
//
//   node --import tsx bench/l2l-episode.ts [--episodes N] [--warmup N]

import { innerLoop } from '../experiments/l2l/index.js';
import { drawTaskSet } from '../host/l2l/index.js';
import { Ppu } from '../ppu/index.js';
import { VectorUnit } from '../ppu/vector/unit.js';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

const STEPS = 2000;
const episodes = arg('--episodes', 12);
const warmup = arg('--warmup', 3);
const theta = { gamma: 0.8, eta: 0.3, lambda: 0.5, weightLower: 0.2, weightUpper: 0.8, initialWeight: 0.7, inhibitoryWeight: 0.5, rescaleFrequency: 0.1 };

const loop = await innerLoop('chip');
const session = await loop.createSession(loop.resolveOptions({}));
const tasks = drawTaskSet({ kind: 'mdp', options: {} }, 1, 'train', warmup + episodes, STEPS);

// Instruction counts of every episode, taken by wrapping the PPU's run and the vector unit's
// issue for a separate counting pass (before anything is timed, so the wrappers never share the
// engine's optimised code with the timed episodes).
const counts: { instructions: number; vector: number }[] = [];
{
  const run = Ppu.prototype.run;
  const issue = VectorUnit.prototype.issue;
  let instructions = 0;
  let vector = 0;
  Ppu.prototype.run = function (this: Ppu, max?: number) {
    const before = this.icount;
    const h = run.call(this, max);
    instructions += this.icount - before;
    return h;
  };
  VectorUnit.prototype.issue = function (this: VectorUnit, ...a: Parameters<VectorUnit['issue']>) {
    vector++;
    issue.apply(this, a);
  };
  const countSession = await loop.createSession(loop.resolveOptions({}));
  for (let i = warmup; i < warmup + episodes; i++) {
    instructions = vector = 0;
    await countSession.runEpisode(theta, tasks[i]!.task, tasks[i]!.seeds, STEPS);
    counts.push({ instructions, vector });
  }
  Ppu.prototype.run = run;
  VectorUnit.prototype.issue = issue;
}

for (let i = 0; i < warmup; i++) await session.runEpisode(theta, tasks[i]!.task, tasks[i]!.seeds, STEPS);
const walls: number[] = [];
const cpus: number[] = [];
let cycles = 0;
for (let i = warmup; i < warmup + episodes; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await session.runEpisode(theta, tasks[i]!.task, tasks[i]!.seeds, STEPS);
  walls.push((performance.now() - t0) / 1000);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1e6);
  cycles += r.chipCycles!;
}
const total = walls.reduce((a, b) => a + b, 0);
const sorted = [...walls].sort((a, b) => a - b);
const instructions = counts.reduce((a, c) => a + c.instructions, 0);
const vector = counts.reduce((a, c) => a + c.vector, 0);
const r3 = (x: number) => +x.toPrecision(4);
process.stdout.write(`${JSON.stringify({
  episode: `${STEPS} steps, random 6x8 MDPs (family seed 1), default chip options`,
  episodes,
  secondsPerEpisode: { median: r3(sorted[Math.floor(episodes / 2)]!), mean: r3(total / episodes), min: r3(sorted[0]!), max: r3(sorted.at(-1)!) },
  // CPU time of the process (all its threads, the garbage collector's included): on a shared
  // machine it varies less than wall time.
  cpuSecondsPerEpisode: { median: r3([...cpus].sort((a, b) => a - b)[Math.floor(episodes / 2)]!), min: r3(Math.min(...cpus)) },
  perEpisode: { chipCycles: Math.round(cycles / episodes), instructions: Math.round(instructions / episodes), vectorInstructions: Math.round(vector / episodes) },
  perSecond: {
    steps: Math.round((STEPS * episodes) / total),
    chipCycles: r3(cycles / total),
    instructions: r3(instructions / total),
    vectorInstructions: r3(vector / total),
  },
}, null, 2)}\n`);
