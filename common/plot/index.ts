// Plots as SVG, for every part of dls that draws a figure (the chip's raster/voltage plot, fitness
// and transfer curves, maze policies, regression reports). Built on vega-lite 5 (specification)
// and vega 5 (rendering): both run in Node without a browser or a canvas, and the same spec and
// data give the same SVG bytes, so figures can be part of byte-identical outputs.
//
// The helpers return vega-lite specs (plain JSON) so callers can adjust them before rendering;
// `renderSvg` turns any spec into an SVG string. Domain-specific figures (e.g. chip/scenario)
// compose these helpers and stay in their own folders.

import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

/** A vega-lite specification (what the helpers return and renderSvg takes). */
export type PlotSpec = TopLevelSpec;
/** A single view (or layer) that multiPanel can place. */
export type PanelSpec = Record<string, unknown>;

export interface Series {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Optional confidence band (same length as x): drawn as a shaded area behind the line. */
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
}

export interface AxisOptions {
  title: string;
  /** Fixed axis range; default: from the data. */
  domain?: [number, number];
  log?: boolean;
  /** Include zero in the automatic range (default false). */
  zero?: boolean;
}

export interface CommonOptions {
  title?: string;
  /** A line of explanation under the title (units, time bases, what the bands mean). */
  caption?: string;
  width?: number;
  height?: number;
}

export interface LinePlotOptions extends CommonOptions {
  x: AxisOptions;
  y: AxisOptions;
  /** Draw a point at every sample as well as the line. */
  points?: boolean;
  /** Legend title; the legend is left out for a single series. */
  legend?: string;
  /** Step interpolation (for piecewise-constant data such as counters). */
  step?: boolean;
}

export interface RasterOptions extends CommonOptions {
  x: AxisOptions;
  y: AxisOptions & { /** Integer rows shown, e.g. [0, 31] for 32 neurons. */ domain?: [number, number] };
  /** Tick length in pixels (default: row height). */
  tickSize?: number;
}

export interface HeatmapOptions extends CommonOptions {
  x: { title: string };
  y: { title: string };
  color: { title: string; domain?: [number, number]; scheme?: string };
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 240;

/** Round to 6 significant digits: keeps SVG and spec sizes small without visible change. */
function r6(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(6)) : v;
}

function titleOf(o: CommonOptions): PanelSpec {
  if (!o.title && !o.caption) return {};
  return { title: { text: o.title ?? '', ...(o.caption ? { subtitle: o.caption } : {}), anchor: 'start' } };
}

function axisScale(a: AxisOptions): PanelSpec {
  const s: PanelSpec = { zero: a.zero ?? false };
  if (a.domain) s.domain = a.domain;
  if (a.log) s.type = 'log';
  return s;
}

function checkSeries(s: Series): void {
  const n = s.x.length;
  if (s.y.length !== n) throw new Error(`plot series "${s.name}": x has ${n} values, y has ${s.y.length}`);
  if ((s.lower && s.lower.length !== n) || (s.upper && s.upper.length !== n)) throw new Error(`plot series "${s.name}": band length differs from x`);
}

/** Lines (one per series) with optional confidence bands. */
export function linePlot(series: readonly Series[], o: LinePlotOptions): PanelSpec {
  const rows: Record<string, number | string>[] = [];
  const bands: Record<string, number | string>[] = [];
  for (const s of series) {
    checkSeries(s);
    for (let i = 0; i < s.x.length; i++) {
      rows.push({ series: s.name, x: r6(s.x[i]!), y: r6(s.y[i]!) });
      if (s.lower && s.upper) bands.push({ series: s.name, x: r6(s.x[i]!), lo: r6(s.lower[i]!), hi: r6(s.upper[i]!) });
    }
  }
  const names = series.map((s) => s.name);
  const color = {
    field: 'series',
    type: 'nominal',
    scale: { domain: names },
    legend: series.length > 1 ? { title: o.legend ?? null } : null,
  };
  const x = { field: 'x', type: 'quantitative', title: o.x.title, scale: axisScale(o.x) };
  const layers: PanelSpec[] = [];
  if (bands.length) {
    layers.push({
      data: { values: bands },
      mark: { type: 'area', opacity: 0.25 },
      encoding: { x, y: { field: 'lo', type: 'quantitative', scale: axisScale(o.y), title: o.y.title }, y2: { field: 'hi' }, color },
    });
  }
  layers.push({
    data: { values: rows },
    mark: { type: 'line', point: o.points ?? false, strokeWidth: 1.25, ...(o.step ? { interpolate: 'step-after' } : {}) },
    encoding: { x, y: { field: 'y', type: 'quantitative', title: o.y.title, scale: axisScale(o.y) }, color },
  });
  return { ...titleOf(o), width: o.width ?? DEFAULT_WIDTH, height: o.height ?? DEFAULT_HEIGHT, layer: layers };
}

/** Event raster: a tick at (x, row) per event (spikes: time, neuron). */
export function rasterPlot(events: { x: ArrayLike<number>; row: ArrayLike<number> }, o: RasterOptions): PanelSpec {
  if (events.x.length !== events.row.length) throw new Error(`raster: ${events.x.length} times but ${events.row.length} rows`);
  const values: { x: number; row: number }[] = [];
  for (let i = 0; i < events.x.length; i++) values.push({ x: r6(events.x[i]!), row: events.row[i]! });
  const height = o.height ?? DEFAULT_HEIGHT;
  const rows = o.y.domain ? o.y.domain[1] - o.y.domain[0] + 1 : 32;
  return {
    ...titleOf(o),
    width: o.width ?? DEFAULT_WIDTH,
    height,
    data: { values },
    mark: { type: 'tick', orient: 'vertical', thickness: 1, size: o.tickSize ?? Math.max(2, (height / rows) * 0.8) },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: o.x.title, scale: axisScale(o.x) },
      y: {
        field: 'row',
        type: 'quantitative',
        title: o.y.title,
        scale: { zero: false, nice: false, ...(o.y.domain ? { domain: [o.y.domain[0] - 0.5, o.y.domain[1] + 0.5] } : {}) },
        axis: { tickMinStep: 1, format: 'd' },
      },
      color: { value: 'black' },
    },
  };
}

/** A matrix as coloured cells (weights, correlation, policies); values[row][column]. */
export function heatmap(values: readonly (readonly number[])[], o: HeatmapOptions): PanelSpec {
  const cells: { row: number; col: number; v: number }[] = [];
  values.forEach((line, r) => line.forEach((v, c) => cells.push({ row: r, col: c, v: r6(v) })));
  return {
    ...titleOf(o),
    width: o.width ?? 320,
    height: o.height ?? 320,
    data: { values: cells },
    mark: 'rect',
    encoding: {
      x: { field: 'col', type: 'ordinal', title: o.x.title },
      y: { field: 'row', type: 'ordinal', title: o.y.title },
      color: {
        field: 'v',
        type: 'quantitative',
        title: o.color.title,
        scale: { ...(o.color.domain ? { domain: o.color.domain } : {}), scheme: o.color.scheme ?? 'viridis' },
      },
    },
  };
}

export interface MultiPanelOptions extends CommonOptions {
  /** Panels per row (default 1: stacked vertically). */
  columns?: number;
  /** Share the x scale between panels (e.g. a common time axis). */
  shareX?: boolean;
}

/** Several panels in one figure, stacked (or in a grid of `columns`). */
export function multiPanel(panels: readonly PanelSpec[], o: MultiPanelOptions = {}): PlotSpec {
  const spacing = 24;
  const body =
    (o.columns ?? 1) <= 1
      ? { vconcat: [...panels], spacing }
      : { concat: [...panels], columns: o.columns, spacing };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...titleOf(o),
    ...body,
    ...(o.shareX ? { resolve: { scale: { x: 'shared' } } } : {}),
    config: PLOT_CONFIG,
  } as unknown as PlotSpec;
}

/** One panel as a complete figure. */
export function figure(panel: PanelSpec): PlotSpec {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', ...panel, config: PLOT_CONFIG } as unknown as PlotSpec;
}

/** Fixed look: sans-serif text and a white background, the same on every machine. */
const PLOT_CONFIG = {
  background: 'white',
  font: 'sans-serif',
  view: { stroke: '#888' },
  axis: { labelFontSize: 10, titleFontSize: 11, grid: true, gridColor: '#eee' },
  title: { fontSize: 13, subtitleFontSize: 10, subtitleColor: '#444' },
};

/** Render a spec to SVG text (no browser, no canvas). */
export async function renderSvg(spec: PlotSpec): Promise<string> {
  const compiled = vl.compile(spec).spec;
  // Gradient and clip-path ids come from counters global to the process; restart them so a
  // figure's bytes do not depend on what was drawn before it.
  (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.endsWith('\n') ? svg : `${svg}\n`;
  } finally {
    view.finalize();
  }
}
