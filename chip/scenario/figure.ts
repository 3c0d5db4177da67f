// The figure of a scenario run: a spike raster of all 32 neurons and, when membranes were
// recorded, their voltages, on one biological time axis (chip time in the axis title).

import { linePlot, multiPanel, rasterPlot, renderSvg, type PanelSpec } from '../../common/plot/index.js';
import { CYCLES_PER_BIO_MS, N_NEURONS } from '../constants.js';
import type { ScenarioRun } from './run.js';

/** Points per membrane series drawn (longer recordings are thinned evenly; the CSV has them all). */
export const MAX_TRACE_POINTS = 4000;
/** Spikes drawn (the first ones; the JSON and CSV have them all). */
export const MAX_RASTER_SPIKES = 50_000;

const X_TITLE = 'time (biological ms; 1 ms = 1 µs chip time = 98 cycles)';

export async function scenarioFigure(run: ScenarioRun): Promise<string> {
  const sc = run.scenario;
  const end = sc.duration / CYCLES_PER_BIO_MS;
  const shown = run.spikes.slice(0, MAX_RASTER_SPIKES);
  const panels: PanelSpec[] = [
    rasterPlot(
      { x: shown.map((s) => s.cycle / CYCLES_PER_BIO_MS), row: shown.map((s) => s.neuron) },
      {
        title: 'Spikes',
        caption: run.spikes.length > shown.length ? `first ${shown.length} of ${run.spikes.length} spikes shown` : `${run.spikes.length} spikes`,
        x: { title: X_TITLE, domain: [0, end] },
        y: { title: 'neuron', domain: [0, N_NEURONS - 1] },
        height: 200,
      },
    ),
  ];
  const m = run.membrane;
  if (m && m.cycles.length) {
    const stride = Math.max(1, Math.ceil(m.cycles.length / MAX_TRACE_POINTS));
    const idx: number[] = [];
    for (let k = 0; k < m.cycles.length; k += stride) idx.push(k);
    panels.push(
      linePlot(
        m.neurons.map((n, i) => ({ name: `neuron ${n}`, x: idx.map((k) => m.cycles[k]! / CYCLES_PER_BIO_MS), y: idx.map((k) => m.values[i]![k]! * 1e3) })),
        {
          title: 'Membrane voltage',
          caption: `sampled every ${m.cycles.length > 1 ? (m.cycles[1]! - m.cycles[0]!) : 0} cycles${stride > 1 ? `, every ${stride}th sample drawn` : ''}`,
          x: { title: X_TITLE, domain: [0, end] },
          y: { title: 'membrane (mV, chip)' },
          legend: 'neuron',
          height: 220,
        },
      ),
    );
  }
  const identity = sc.chip.mode === 'mismatch' ? `mismatch chip, seed ${sc.chip.seed}` : 'ideal chip';
  return renderSvg(
    multiPanel(panels, {
      title: `${sc.name}`,
      caption: `${identity}; ${Number(end.toPrecision(6))} ms biological = ${Number(end.toPrecision(6))} µs chip time = ${sc.duration} cycles`,
    }),
  );
}
