"""The dls chip model (ideal mode) built in Brian2, for differential tests and the benchmark.

Reads a scenario file (docs/scenarios.md; test/chip/brian2/<name>.json: a complete chip
configuration in capmem codes, raw host events in cycles as inputs of kind "events", a duration
in cycles) and simulates it with Brian2: the neuron equations
and transfer functions of docs/chip-model.md, re-implemented here independently of the
TypeScript model. Brian2 runs in biological time with dt = one cycle = 1/98 ms.

Brian2's step k advances the state from k*dt to (k+1)*dt, then checks thresholds, then applies
synaptic events, then resets, and labels spikes with k*dt. So an input at cycle c is a Brian2
event at step c-1, a Brian2 spike at step k is cycle k+1, and a refractory time of R cycles is
Brian2's refractory = (R+1)*dt (docs/chip-model.md, "Differential tests against Brian2").
"""

import time
import warnings

warnings.filterwarnings('ignore')

import numpy as np  # noqa: E402
import brian2 as b2  # noqa: E402

CLOCK_HZ = 98e6
CODE_MAX = 1023
V_RANGE = 1.2
N = 32
CORR_SAT = 1.2

# --- transfer functions (docs/chip-model.md), chip time ------------------------------------


def volt(c):
    return V_RANGE * c / CODE_MAX


def tau_mem(c):
    return 2.56e-3 / (c + 1)


def tau_syn(c):
    return 1.28e-3 / (c + 1)


def tau_corr(c):
    return 2.56e-3 / (c + 1)


def gain(c):
    return 1.0 * c  # V/s per weight unit


def offset_current(c):
    return 100.0 * c  # V/s


def refractory_cycles(c):
    return max(1, int(round(c * 10e-9 * CLOCK_HZ)))


def corr_amp(c):
    return 0.3 * c / CODE_MAX


MODE = {'disabled': 0, 'excitatory': 1, 'inhibitory': 2}


def neuron_params(cfg):
    """Per-neuron physical parameters in biological time (seconds, V, V/s_bio)."""
    nc = cfg['neurons']
    p = {
        'EL': np.array([volt(x['leak']) for x in nc]),
        'vth': np.array([volt(x['threshold']) for x in nc]),
        'vr': np.full(N, volt(cfg['shared']['reset'])),
        # x 1000: chip seconds to biological seconds
        'taum': np.array([tau_mem(x['tauMem']) for x in nc]) * 1000,
        'taue': np.array([tau_syn(x['tauExc']) for x in nc]) * 1000,
        'taui': np.array([tau_syn(x['tauInh']) for x in nc]) * 1000,
        # rates per chip second / 1000 = per biological second
        'Je': np.array([gain(x['gainExc']) for x in nc]) / 1000,
        'Ji': np.array([gain(x['gainInh']) for x in nc]) / 1000,
        'k': np.array([offset_current(x['offsetCurrent']) for x in nc]) / 1000,
        'R': np.array([refractory_cycles(x['refractory']) for x in nc]),
    }
    return p


def synapse_jumps(cfg, p):
    """Jump (V/s bio) of neuron n's a and b for one presynaptic spike at synapse (r, n)."""
    wa = np.zeros((N, N))
    wb = np.zeros((N, N))
    for r in range(N):
        d = cfg['drivers'][r]
        pf = (d['pulseLength'] + 1) / 32
        for n in range(N):
            w = cfg['weights'][r][n]
            if d['mode'] == 'excitatory':
                wa[r, n] = w * p['Je'][n] * pf
            elif d['mode'] == 'inhibitory':
                wb[r, n] = w * p['Ji'][n] * pf
    return wa, wb


def reached(cfg, address, rows):
    """Synapses (r, n) an event reaches: rows selected and enabled, address matching."""
    out = []
    for r in range(N):
        if not (rows >> r) & 1 or cfg['drivers'][r]['mode'] == 'disabled':
            continue
        for n in range(N):
            if cfg['addresses'][r][n] == address:
                out.append((r, n))
    return out


def scenario_duration(scenario):
    """Duration in cycles: "<n> cycles", "<x> ms" (biological) or a number of biological ms."""
    d = scenario['duration']
    if isinstance(d, str):
        value, unit = d.split()
        if unit in ('cycles', 'cycle'):
            return int(value)
        if unit == 'ms':
            return int(round(float(value) * 98))
        raise ValueError(f'duration unit {unit} is not handled here')
    return int(round(d * 98))


def scenario_events(scenario):
    """Host events [cycle, address, rows] in delivery order (cycle, then the inputs' order)."""
    events = []
    for inp in scenario.get('inputs', []):
        if inp['kind'] != 'events':
            raise ValueError('the Brian2 comparison takes inputs of kind "events" (raw cycles) only')
        events.extend(inp['events'])
    return sorted(events, key=lambda e: e[0])


def simulate(scenario, record_correlation=None, per_synapse=True, dt_ms=None, target='numpy'):
    """Run a scenario in Brian2; returns spikes (cycle, neuron), correlation, timings.

    per_synapse: one generator source per synapse (needed for correlation sensors); otherwise one
    source per input row with the synapse array as a Synapses matrix (the benchmark's network,
    where every row has one address). dt_ms: Brian2's time step in biological ms; the default, one
    cycle, makes the correspondence with the chip exact (a coarser step is for the benchmark only).
    target: Brian2's code generation target ('numpy', or 'cython' where a compiler is installed).
    """
    t_start = time.perf_counter()
    if scenario.get('format') != 'dls-scenario':
        raise ValueError('not a dls scenario file (format "dls-scenario")')
    cfg = scenario['chip']
    if cfg['mode'] != 'ideal' or cfg.get('noise'):
        raise ValueError('Brian2 comparison needs ideal mode without noise')
    if record_correlation is None:
        record_correlation = scenario.get('meta', {}).get('compare', {}).get('correlation', False)
    b2.prefs.codegen.target = target
    b2.start_scope()
    cyc = b2.ms / 98.0  # one cycle in biological time
    dt = cyc if dt_ms is None else dt_ms * b2.ms
    exact = dt_ms is None
    b2.defaultclock.dt = dt
    dt_s = float(dt / b2.second)
    p = neuron_params(cfg)

    eqs = '''
    dv/dt = (EL - v)/taum + a - b + k : volt (unless refractory)
    da/dt = -a/taue : volt/second
    db/dt = -b/taui : volt/second
    EL : volt
    vth : volt
    vr : volt
    taum : second
    taue : second
    taui : second
    k : volt/second
    ref : second
    '''
    G = b2.NeuronGroup(N, eqs, threshold='v >= vth', reset='v = vr', refractory='ref', method='exact')
    G.EL = p['EL'] * b2.volt
    G.v = p['EL'] * b2.volt
    G.vth = p['vth'] * b2.volt
    G.vr = p['vr'] * b2.volt
    G.taum = p['taum'] * b2.second
    G.taue = p['taue'] * b2.second
    G.taui = p['taui'] * b2.second
    G.k = p['k'] * b2.volt / b2.second
    # R cycles of held reset = Brian2 refractory (R + 1) steps (module docstring)
    G.ref = (p['R'] + 1) * cyc
    jump_a, jump_b = synapse_jumps(cfg, p)
    objects = [G]

    events = scenario_events(scenario)
    if per_synapse:
        idx, times = [], []
        seen = set()
        for cycle, address, rows in events:
            for r, n in reached(cfg, address, rows):
                key = (r * N + n, cycle)
                if key in seen:
                    raise ValueError(f'two events reach synapse ({r},{n}) in cycle {cycle}')
                seen.add(key)
                idx.append(r * N + n)
                times.append(cycle - 1)
        gen = b2.SpikeGeneratorGroup(N * N, np.array(idx, dtype=int), np.array(times) * cyc)
        model = 'wa : volt/second\nwb : volt/second'
        on_pre = 'a_post += wa\nb_post += wb'
        on_post = ''
        if record_correlation:
            sh = cfg['shared']
            ns = {
                'Ac': corr_amp(sh['corrAmpCausal']) * b2.volt,
                'Aa': corr_amp(sh['corrAmpAnticausal']) * b2.volt,
                'tauc': tau_corr(sh['corrTauCausal']) * 1000 * b2.second,
                'taua': tau_corr(sh['corrTauAnticausal']) * 1000 * b2.second,
                'sat': CORR_SAT * b2.volt,
            }
            model += '\ncausal : volt\nanticausal : volt\nlastpre : second'
            # lastspike_post is set by the thresholder, before synaptic events: a post spike in
            # the same cycle as a pre spike pairs anticausally with delay 0, as in the model.
            on_pre += '\nanticausal = clip(anticausal + Aa*exp(-(t - lastspike_post)/taua), 0*volt, sat)\nlastpre = t'
            on_post = 'causal = clip(causal + Ac*exp(-(t - lastpre)/tauc), 0*volt, sat)'
        else:
            ns = {}
        S = b2.Synapses(gen, G, model=model, on_pre=on_pre, on_post=on_post or None, namespace=ns)
        S.connect(i=np.arange(N * N), j=np.arange(N * N) % N)
        S.wa = jump_a.reshape(-1) * b2.volt / b2.second
        S.wb = jump_b.reshape(-1) * b2.volt / b2.second
        if record_correlation:
            S.lastpre = -1e4 * b2.second
            # Spikes of a cycle are handled before the events of that cycle.
            S.post.order = 0
            S.pre.order = 1
        objects += [gen, S]
    else:
        # One source per row; rows must hold a single address each (benchmark networks).
        idx, times = [], []
        for cycle, address, rows in events:
            for r in range(N):
                if (rows >> r) & 1:
                    idx.append(r)
                    times.append(cycle - 1)
        gen = b2.SpikeGeneratorGroup(N, np.array(idx, dtype=int), np.array(times) * cyc)
        S = b2.Synapses(gen, G, model='wa : volt/second\nwb : volt/second', on_pre='a_post += wa\nb_post += wb')
        S.connect()  # all to all, i = row, j = neuron
        S.wa = jump_a[S.i[:], S.j[:]] * b2.volt / b2.second
        S.wb = jump_b[S.i[:], S.j[:]] * b2.volt / b2.second
        objects += [gen, S]

    router = cfg['router']
    if router['enabled']:
        if not exact:
            raise ValueError('the router needs dt = one cycle')
        interval, delay, address = router['interval'], router['delay'], router['address']
        rmask = [int(x) for x in router['rows']]
        # Jumps of one router event, per row set: computed on first use.
        cache = {}
        state = {'fired': np.zeros(N, dtype=bool), 'pending': []}

        def jumps_for(rows):
            if rows not in cache:
                ja = np.zeros(N)
                jb = np.zeros(N)
                for r, n in reached(cfg, address, rows):
                    ja[n] += jump_a[r, n]
                    jb[n] += jump_b[r, n]
                cache[rows] = (ja, jb)
            return cache[rows]

        @b2.network_operation(when='after_thresholds')
        def route():
            tnow = b2.defaultclock.t_
            c = int(round(tnow / dt_s)) + 1  # the cycle of this step's spikes and events
            if c % interval == 0 and state['fired'].any():
                rows = 0
                for n in np.nonzero(state['fired'])[0]:
                    rows |= rmask[n]
                state['fired'][:] = False
                if rows:
                    state['pending'].append((c + delay, rows))
            elif c % interval == 0:
                state['fired'][:] = False
            state['fired'] |= G.lastspike_ == tnow
            while state['pending'] and state['pending'][0][0] == c:
                _, rows = state['pending'].pop(0)
                ja, jb = jumps_for(rows)
                G.a_[:] += ja
                G.b_[:] += jb

        objects.append(route)

    M = b2.SpikeMonitor(G)
    objects.append(M)
    net = b2.Network(*objects)
    t_built = time.perf_counter()
    net.run(scenario_duration(scenario) * cyc)
    t_done = time.perf_counter()

    # Brian2 labels a spike with the start of its step; the state it tested is one step later.
    cycles = np.round(np.asarray((M.t + dt) / cyc)).astype(int)
    order = np.lexsort((np.asarray(M.i), cycles))
    spikes = [[int(cycles[k]), int(M.i[k])] for k in order]
    out = {
        'spikes': spikes,
        'timing': {'build_s': t_built - t_start, 'run_s': t_done - t_built},
    }
    if per_synapse and record_correlation:
        out['causal'] = np.asarray(S.causal / b2.volt).reshape(N, N).tolist()
        out['anticausal'] = np.asarray(S.anticausal / b2.volt).reshape(N, N).tolist()
    return out
