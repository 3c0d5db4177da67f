// The window around a divergence, drawn for the HTML report (common/plot, vega-lite -> SVG): both
// traces over the same cycles with a vertical rule at the first divergence. Spikes as a two-colour
// raster, analog samples as lines with the tolerance band around the golden trace, events as the
// cumulative count of events over time (where the timing of two event streams parts, the steps do).

import { figure, linePlot, renderSvg, type PanelSpec } from '../common/plot/index.js';
import type { Rule } from './rules.js';
import { eventRows, type Signal } from './trace.js';

export interface Window {
  from: number;
  to: number;
  /** The divergence cycle (drawn as a rule). */
  at: number;
}

/** Half-width of the window around a divergence at `at` in a run of `duration` cycles. */
export function windowAround(at: number, duration: number, kind: Signal['type']): Window {
  const half = kind === 'events' ? 400 : Math.max(300, Math.min(5000, Math.round(duration * 0.02)));
  return { from: Math.max(0, at - half), to: at + half, at };
}

const GOLDEN = 'golden';
const NEW = 'new';
const COLORS = { domain: [GOLDEN, NEW], range: ['#1f77b4', '#d62728'] };

function ruleAt(w: Window): PanelSpec {
  return {
    data: { values: [{ x: w.at }] },
    mark: { type: 'rule', strokeDash: [4, 3], color: '#444' },
    encoding: { x: { field: 'x', type: 'quantitative' } },
  };
}

function withRule(panel: PanelSpec, w: Window, title: string, caption: string): PanelSpec {
  const p = panel as Record<string, unknown>;
  const layers = p.layer ? (p.layer as PanelSpec[]) : [{ data: p.data, mark: p.mark, encoding: p.encoding }];
  return { title: { text: title, subtitle: caption, anchor: 'start' }, width: p.width ?? 640, height: p.height ?? 220, layer: [...layers, ruleAt(w)] };
}

function spikePanel(a: Signal, b: Signal, w: Window, neuron: number | undefined): PanelSpec {
  const values: { x: number; row: number; trace: string }[] = [];
  for (const [s, name] of [[a, GOLDEN], [b, NEW]] as const) {
    if (s.type !== 'spikes') continue;
    for (let i = 0; i < s.cycle.length; i++) {
      const c = s.cycle[i]!;
      if (c >= w.from && c <= w.to) values.push({ x: c, row: s.neuron[i]! + (name === NEW ? 0.25 : -0.25), trace: name });
    }
  }
  return {
    data: { values },
    mark: { type: 'tick', orient: 'vertical', thickness: 1.5, size: 5 },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: 'cycle', scale: { domain: [w.from, w.to], nice: false, zero: false } },
      y: { field: 'row', type: 'quantitative', title: neuron !== undefined ? `neuron (first divergence: ${neuron})` : 'neuron', scale: { domain: [-0.5, 31.5], nice: false, zero: false }, axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'trace', type: 'nominal', scale: COLORS, legend: { title: null } },
    },
  };
}

function samplePanel(a: Signal, b: Signal, w: Window, channel: string | undefined, rule: Rule | undefined): PanelSpec | null {
  if (a.type !== 'samples' || b.type !== 'samples') return null;
  const c = Math.max(0, a.channels.indexOf(channel ?? a.channels[0]!));
  const pick = (s: typeof a) => {
    const xs: number[] = [];
    const ys: number[] = [];
    const ci = s.channels.indexOf(a.channels[c]!);
    if (ci < 0) return { xs, ys };
    for (let k = 0; k < s.cycle.length; k++) {
      if (s.cycle[k]! >= w.from && s.cycle[k]! <= w.to) {
        xs.push(s.cycle[k]!);
        ys.push(s.values[ci]![k]! * 1e3);
      }
    }
    return { xs, ys };
  };
  const ga = pick(a);
  const gb = pick(b);
  const tol = rule && rule.rule === 'analog' ? rule : null;
  const band = tol ? ga.ys.map((y) => (tol.abs + tol.rel * Math.abs(y / 1e3)) * 1e3) : null;
  return linePlot(
    [
      { name: GOLDEN, x: ga.xs, y: ga.ys, ...(band ? { lower: ga.ys.map((y, i) => y - band[i]!), upper: ga.ys.map((y, i) => y + band[i]!) } : {}) },
      { name: NEW, x: gb.xs, y: gb.ys },
    ],
    { x: { title: 'cycle', domain: [w.from, w.to] }, y: { title: `${a.channels[c]} (mV${a.unit === 'V' ? '' : `, ${a.unit} x 1e3`})` }, legend: '' },
  );
}

function eventPanel(a: Signal, b: Signal, w: Window): PanelSpec | null {
  if (a.type !== 'events' || b.type !== 'events') return null;
  const steps = (s: typeof a) => {
    const xs: number[] = [w.from];
    const ys: number[] = [0];
    const cyc = s.columns[0] as number[];
    let before = 0;
    for (let i = 0; i < eventRows(s); i++) {
      const c = cyc[i]!;
      if (c < w.from) before++;
      else if (c <= w.to) {
        xs.push(c);
        ys.push(xs.length - 1);
      }
    }
    xs.push(w.to);
    ys.push(ys[ys.length - 1]!);
    return { xs, ys, before };
  };
  const sa = steps(a);
  const sb = steps(b);
  return linePlot(
    [{ name: GOLDEN, x: sa.xs, y: sa.ys }, { name: NEW, x: sb.xs, y: sb.ys }],
    { x: { title: 'cycle', domain: [w.from, w.to] }, y: { title: `events in the window (after ${sa.before} / ${sb.before} earlier)` }, step: true, legend: '' },
  );
}

/** The SVG of the window around a signal's first divergence, or null when there is nothing to draw. */
export async function divergencePlot(name: string, a: Signal, b: Signal, w: Window, info: { neuron?: number; channel?: string; rule?: Rule; detail: string }): Promise<string | null> {
  let panel: PanelSpec | null;
  if (a.type === 'spikes') panel = spikePanel(a, b, w, info.neuron);
  else if (a.type === 'samples') panel = samplePanel(a, b, w, info.channel, info.rule);
  else panel = eventPanel(a, b, w);
  if (!panel) return null;
  const caption = `cycles ${w.from}..${w.to}; dashed line: first divergence at cycle ${w.at}`;
  return renderSvg(figure(withRule(panel, w, `${name}: golden vs new`, caption)));
}
