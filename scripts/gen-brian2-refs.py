#!/usr/bin/env python3
"""Write the Brian2 reference outputs of the chip's differential tests.

Usage (with the Debian Brian2: /usr/bin/python3):
  scripts/gen-brian2-refs.py                  every test/chip/brian2/*.json -> *.ref.json
  scripts/gen-brian2-refs.py FILE.json...     the named scenarios
  scripts/gen-brian2-refs.py --stdout FILE... print the references as one JSON object keyed by
                                              scenario name (the live test uses this)

A reference holds Brian2's spikes as [cycle, neuron] (cycle = Brian2 step + 1, see
scripts/brian2_chip.py) and, for scenarios that compare them, the correlation accumulators (V).
"""

import glob
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the repository clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import brian2  # noqa: E402
from brian2_chip import simulate  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO_DIR = os.path.join(HERE, '..', 'test', 'chip', 'brian2')


def reference(path):
    with open(path) as f:
        scenario = json.load(f)
    out = simulate(scenario)
    ref = {
        'scenario': scenario['name'],
        'generator': f'Brian2 {brian2.__version__}, numpy target, method exact, dt = 1/98 ms',
        'spikes': out['spikes'],
    }
    if 'causal' in out:
        ref['causal'] = out['causal']
        ref['anticausal'] = out['anticausal']
    return ref, out['timing']


def main(argv):
    if argv and argv[0] == '--stdout':
        refs = {}
        for path in argv[1:]:
            ref, _ = reference(path)
            refs[ref['scenario']] = ref
        json.dump(refs, sys.stdout)
        return
    paths = argv or sorted(p for p in glob.glob(os.path.join(SCENARIO_DIR, '*.json')) if not p.endswith('.ref.json'))
    for path in paths:
        ref, timing = reference(path)
        target = path[:-len('.json')] + '.ref.json'
        with open(target, 'w') as f:
            json.dump(ref, f, separators=(',', ':'))
            f.write('\n')
        print(f"{os.path.basename(target)}: {len(ref['spikes'])} spikes, run {timing['run_s']:.1f} s", file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
