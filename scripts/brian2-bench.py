#!/usr/bin/env python3
"""Time one scenario in Brian2 for bench/chip.ts; prints JSON (wall times, spike count).

Usage: brian2-bench.py SCENARIO.json [--dt-ms X]   (default dt: 0.1 ms biological, Brian2's default)
"""

import json
import os
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import brian2  # noqa: E402
from brian2_chip import simulate  # noqa: E402


def main(argv):
    path = argv[0]
    dt_ms = 0.1
    if '--dt-ms' in argv:
        v = argv[argv.index('--dt-ms') + 1]
        dt_ms = None if v == 'cycle' else float(v)
    with open(path) as f:
        scenario = json.load(f)
    t0 = time.perf_counter()
    out = simulate(scenario, per_synapse=False, record_correlation=False, dt_ms=dt_ms)
    wall = time.perf_counter() - t0
    json.dump({
        'brian2': brian2.__version__,
        'target': 'numpy',
        'dt_ms': dt_ms if dt_ms is not None else 1 / 98,
        'spikes': len(out['spikes']),
        'build_s': out['timing']['build_s'],
        'run_s': out['timing']['run_s'],
        'wall_s': wall,
    }, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1:])
