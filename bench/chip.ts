// Chip model speed: a 32-neuron network with Poisson input for 10 s biological time (980,000
// cycles) on the dls chip model, and the same network in Brian2 (numpy target) where it is
// installed. Prints one JSON document: both wall times and their ratio.
//
//   node --import tsx bench/chip.ts [--brian2-dt-ms X | --brian2-dt-ms cycle] [--runs N]
//
// Brian2 runs with its default time step (0.1 ms biological) unless told otherwise; the chip model
// resolves spikes to the cycle (0.0102 ms biological) either way.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../common/random.js';
import { Chip, CYCLES_PER_BIO_MS, normalise, type ChipConfig } from '../chip/index.js';
import { pythonWithBrian2 } from '../test/chip/helpers/python.js';
import { toScenarioFile } from '../test/chip/helpers/scenario.js';

const N = 32;
const BIO_SECONDS = 10;
const RATE_HZ = 20; // per input row, biological
const DEAD_CYCLES = 10; // minimum gap between two events of one row (keeps Brian2's 0.1 ms bins unique)

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function network(): { name: string; duration: number; chip: ChipConfig; events: [number, number, number][] } {
  const rng = Rng.stream(2024, 'bench/chip');
  const duration = BIO_SECONDS * 1000 * CYCLES_PER_BIO_MS;
  const chip = normalise({
    neurons: Array.from({ length: N }, () => ({
      threshold: rng.int(690, 730),
      tauMem: rng.int(200, 300),
      tauExc: rng.int(200, 300),
      tauInh: rng.int(120, 200),
      gainExc: 400,
      gainInh: 400,
    })),
    drivers: Array.from({ length: N }, (_, r) => ({ mode: r < 24 ? 'excitatory' : 'inhibitory', pulseLength: 31 })),
    weights: Array.from({ length: N }, (_, r) => Array.from({ length: N }, () => rng.int(0, r < 24 ? 63 : 40))),
    // row r listens to address r on every column: each input row reaches all 32 neurons
    addresses: Array.from({ length: N }, (_, r) => new Array<number>(N).fill(r)),
  });
  const events: [number, number, number][] = [];
  const meanGap = (1000 / RATE_HZ) * CYCLES_PER_BIO_MS;
  for (let r = 0; r < N; r++) {
    let t = 1;
    for (;;) {
      t += DEAD_CYCLES + Math.round(-Math.log(1 - rng.uniform()) * (meanGap - DEAD_CYCLES));
      if (t > duration) break;
      events.push([t, r, (1 << r) >>> 0]);
    }
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { name: 'bench-poisson', duration, chip, events };
}

function runDls(net: ReturnType<typeof network>): { seconds: number; spikes: number } {
  const t0 = performance.now();
  const chip = new Chip(net.chip);
  chip.playback(net.events.map(([cycle, address, rows]) => ({ cycle, address, rows })));
  chip.advanceTo(net.duration);
  return { seconds: (performance.now() - t0) / 1000, spikes: chip.spikes.count };
}

const net = network();
const runs = Number(arg('--runs') ?? 5);
const times: number[] = [];
let spikes = 0;
for (let i = 0; i < runs; i++) {
  const r = runDls(net);
  times.push(r.seconds);
  spikes = r.spikes;
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const result: Record<string, unknown> = {
  network: {
    neurons: N,
    inputRows: N,
    biologicalSeconds: BIO_SECONDS,
    cycles: net.duration,
    inputEvents: net.events.length,
    inputRateHz: RATE_HZ,
  },
  dls: {
    firstRunSeconds: +times[0]!.toFixed(4),
    medianSeconds: +median.toFixed(4),
    runs,
    allSeconds: times.map((t) => +t.toFixed(4)),
    spikes,
    meanRateHz: +(spikes / N / BIO_SECONDS).toFixed(2),
  },
};

const py = pythonWithBrian2();
if (py) {
  const dir = mkdtempSync(join(tmpdir(), 'dls-bench-chip-'));
  try {
    const file = join(dir, 'network.json');
    writeFileSync(file, JSON.stringify(toScenarioFile({ ...net, description: 'bench/chip.ts network' })));
    const script = fileURLToPath(new URL('../scripts/brian2-bench.py', import.meta.url));
    const dt = arg('--brian2-dt-ms') ?? '0.1';
    const out = JSON.parse(execFileSync(py, [script, file, '--dt-ms', dt], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] })) as {
      wall_s: number; run_s: number; build_s: number; spikes: number; dt_ms: number; brian2: string;
    };
    result.brian2 = {
      version: out.brian2,
      target: 'numpy',
      dtBioMs: out.dt_ms,
      wallSeconds: +out.wall_s.toFixed(3),
      runSeconds: +out.run_s.toFixed(3),
      spikes: out.spikes,
      meanRateHz: +(out.spikes / N / BIO_SECONDS).toFixed(2),
    };
    result.ratio = { brian2WallOverDlsMedian: +(out.wall_s / median).toFixed(1), brian2WallOverDlsFirstRun: +(out.wall_s / times[0]!).toFixed(1) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  result.brian2 = { skipped: 'no Python with brian2 (set DLS_PYTHON or install python3-brian)' };
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
