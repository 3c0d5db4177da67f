// The figures of an L2L run, drawn from results.json alone (so `dls experiment plot` can redraw
// them): fitness per outer iteration, the transfer curve, the learning curve within an episode,
// the greedy maze policies, and the comparison of several runs (ES vs CE vs SA).

import { figure, linePlot, multiPanel, renderSvg, type PanelSpec, type Series } from '../../common/plot/index.js';
import { meanCi95 } from '../../host/l2l/index.js';
import type { PolicyFigure, Results } from './records.js';

const ARROWS = ['\u2191', '\u2192', '\u2193', '\u2190']; // north, east, south, west (host/tasks ACTION_NAMES)

function flat(name: string, x0: number, x1: number, y: number): Series {
  return { name, x: [x0, x1], y: [y, y] };
}

function runLabel(r: Results): string {
  return `${r.experiment}, ${r.optimizer.toUpperCase()}${r.onChip ? ' on chip' : ''}, seed ${r.seed}, ${r.backend} inner loop${r.quick ? ' (quick)' : ''}`;
}

/** Training fitness per outer iteration: the population (mean, interquartile band, max) and the optimizer's current answer. */
export function fitnessFigure(r: Results): PanelSpec {
  const g = r.generations.map((x) => x.generation);
  const currentName = r.optimizer === 'es' ? 'centre (ES)' : 'current answer';
  return integerX(linePlot(
    [
      { name: 'population mean', x: g, y: r.generations.map((x) => x.fitness.mean), lower: r.generations.map((x) => x.fitness.q1), upper: r.generations.map((x) => x.fitness.q3) },
      { name: 'population best', x: g, y: r.generations.map((x) => x.fitness.max) },
      { name: currentName, x: g, y: r.generations.map((x) => x.current.fitness) },
    ],
    {
      title: `Fitness per outer iteration: ${runLabel(r)}`,
      caption: `fitness = mean total reward over ${r.tasksPerEvaluation} training tasks (${r.steps} steps each), new tasks every generation; band: population quartiles`,
      x: { title: 'outer iteration (generation)' },
      y: { title: 'fitness (total reward per episode)' },
      points: true,
      legend: '',
    },
  ));
}

/** Test reward of the optimizer's answer against the number of training tasks it had learnt. */
export function transferFigure(r: Results): PanelSpec {
  const pts = [r.initial.transfer, ...r.generations.map((g) => g.answer.transfer)];
  const x = pts.map((p) => p.tasksLearnt);
  const xMax = x[x.length - 1]!;
  return integerX(linePlot(
    [
      { name: 'answer of the outer loop', x, y: pts.map((p) => p.reward.mean), lower: pts.map((p) => p.reward.lower), upper: pts.map((p) => p.reward.upper) },
      flat('optimal (exact)', 0, xMax, r.transferBaselines.optimal),
      flat('random policy (exact)', 0, xMax, r.transferBaselines.random),
    ],
    {
      title: `Transfer: reward on new tasks against previously learnt tasks (${r.optimizer.toUpperCase()}${r.onChip ? ' on chip' : ''}, seed ${r.seed})`,
      caption: `mean total reward on the same ${r.transferBaselines.tasks} test tasks (never used in training), ${r.steps} steps, ${r.backend} inner loop; band: 95% CI over the tasks`,
      x: { title: 'training tasks learnt by the outer loop' },
      y: { title: 'total reward on a new task' },
      points: true,
      legend: '',
    },
  ));
}

/** Reward per block of 100 steps within the test episodes, before and after L2L. */
export function learningFigure(r: Results): PanelSpec {
  // With the software backend the software rows repeat the backend's rows exactly.
  const rows = r.summary.rows.filter((row) => row.blockMeans && row.blockMeans.length > 0 && !(r.backend === 'software' && row.key.startsWith('software-')));
  const n = rows[0]?.blockMeans?.length ?? 0;
  const x = Array.from({ length: n }, (_, b) => Math.min(r.steps, (b + 1) * 100));
  const series: Series[] = rows.map((row) => ({ name: row.label, x, y: row.blockMeans! }));
  const byKey = new Map(r.summary.rows.map((row) => [row.key, row]));
  const per100 = (key: string) => ((byKey.get(key)?.reward.mean ?? 0) / r.steps) * 100;
  series.push(flat('optimal (episode average)', x[0] ?? 0, x[n - 1] ?? 0, per100('optimal')));
  series.push(flat('random policy (episode average)', x[0] ?? 0, x[n - 1] ?? 0, per100('random')));
  return linePlot(series, {
    title: 'Learning within an episode on new tasks',
    caption: `mean reward per 100 steps over ${r.summary.taskIndices.length} test tasks (never used in training)`,
    x: { title: 'step' },
    y: { title: 'reward per 100 steps' },
    legend: '',
  });
}

function policyPanel(p: PolicyFigure, i: number): PanelSpec {
  const { width, height, walls, goal } = p.maze;
  const stateOf = new Map(p.stateCells.map((cell, s) => [cell, s]));
  const panel = p.panels[i]!;
  const cells = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = y * width + x;
      const s = stateOf.get(c);
      const kind = walls[c] ? 'wall' : c === goal ? 'goal' : 'free';
      const label = c === goal ? 'G' : s !== undefined ? panel.actions[s]!.map((a) => ARROWS[a]).join('') || '\u00b7' : '';
      cells.push({ x, y, kind, label });
    }
  }
  const size = 56;
  const enc = { x: { field: 'x', type: 'ordinal', axis: null }, y: { field: 'y', type: 'ordinal', axis: null } };
  return {
    title: { text: panel.label, fontSize: 11, anchor: 'start' },
    width: size * width,
    height: size * height,
    data: { values: cells },
    layer: [
      {
        mark: { type: 'rect', stroke: '#888', strokeWidth: 1 },
        encoding: { ...enc, color: { field: 'kind', type: 'nominal', scale: { domain: ['free', 'wall', 'goal'], range: ['#ffffff', '#4d4d4d', '#f2c14e'] }, legend: null } },
      },
      { mark: { type: 'text', fontSize: 20 }, encoding: { ...enc, text: { field: 'label' } } },
    ],
  };
}

/** The greedy policies on one new maze, side by side. */
export function policyFigure(p: PolicyFigure): PanelSpec[] {
  return p.panels.map((_, i) => policyPanel(p, i));
}

interface Group {
  readonly name: string;
  readonly runs: readonly Results[];
}

function groups(runs: readonly Results[]): Group[] {
  const by = new Map<string, Results[]>();
  for (const r of runs) {
    // The outer loop's place (host or chip) and, when runs differ in it, the inner loop's backend.
    const k = `${r.optimizer.toUpperCase()}${r.onChip ? ' on chip' : ''}${new Set(runs.map((x) => x.backend)).size > 1 ? ` (${r.backend})` : ''}`;
    by.set(k, [...(by.get(k) ?? []), r]);
  }
  return [...by.entries()].map(([name, rs]) => ({ name, runs: rs }));
}

/** Mean over runs per index (up to the shortest run), with the runs' min and max as the band. */
function across(runs: readonly Results[], x: (r: Results) => number[], y: (r: Results) => number[], name: string): Series {
  const n = Math.min(...runs.map((r) => y(r).length));
  const xs = x(runs[0]!).slice(0, n);
  const ys = [];
  const lo = [];
  const hi = [];
  for (let i = 0; i < n; i++) {
    const v = runs.map((r) => y(r)[i]!);
    ys.push(v.reduce((a, b) => a + b, 0) / v.length);
    lo.push(Math.min(...v));
    hi.push(Math.max(...v));
  }
  return runs.length > 1 ? { name: `${name} (${runs.length} runs)`, x: xs, y: ys, lower: lo, upper: hi } : { name, x: xs, y: ys };
}

/** ES vs CE vs SA: the optimizer's current fitness per generation, and the transfer curves. */
export function comparisonPanels(runs: readonly Results[]): PanelSpec[] {
  const gs = groups(runs);
  const exp = [...new Set(runs.map((r) => r.experiment))].join(', ');
  const fitness = integerX(linePlot(
    gs.map((g) => across(g.runs, (r) => r.generations.map((x) => x.generation), (r) => r.generations.map((x) => x.current.fitness), g.name)),
    {
      title: `Outer loops compared (${exp}): fitness of the current answer per generation`,
      caption: 'ES: the centre; CE: best sample; SA: best current state; line: mean over runs, band: min to max over runs',
      x: { title: 'outer iteration (generation)' },
      y: { title: 'fitness (mean total reward on training tasks)' },
      points: true,
      legend: 'optimizer',
    },
  ));
  const transfer = integerX(linePlot(
    gs.map((g) =>
      across(
        g.runs,
        (r) => [r.initial.transfer.tasksLearnt, ...r.generations.map((x) => x.answer.transfer.tasksLearnt)],
        (r) => [r.initial.transfer.reward.mean, ...r.generations.map((x) => x.answer.transfer.reward.mean)],
        g.name,
      ),
    ),
    {
      title: 'Transfer compared: reward on new tasks against previously learnt tasks',
      caption: 'mean total reward of the optimizer\u2019s answer on test tasks never used in training; band: min to max over runs',
      x: { title: 'training tasks learnt by the outer loop' },
      y: { title: 'total reward on a new task' },
      points: true,
      legend: 'optimizer',
    },
  ));
  return [fitness, transfer];
}

export interface ComparisonRow {
  readonly name: string;
  readonly runs: number;
  readonly seeds: readonly number[];
  /** Per run: mean test reward of the optimized Theta and of the initial Theta, and the optimized score. */
  readonly optimized: ReturnType<typeof meanCi95>;
  readonly initial: ReturnType<typeof meanCi95>;
  readonly score: ReturnType<typeof meanCi95>;
}

/** Per optimizer: the optimized and initial Theta's test reward, mean over runs with a 95% CI over runs. */
export function comparisonTable(runs: readonly Results[]): ComparisonRow[] {
  return groups(runs).map((g) => {
    const pick = (key: string, f: 'reward' | 'score') => g.runs.map((r) => r.summary.rows.find((x) => x.key === key)![f].mean);
    return { name: g.name, runs: g.runs.length, seeds: g.runs.map((r) => r.seed), optimized: meanCi95(pick('optimized', 'reward')), initial: meanCi95(pick('initial', 'reward')), score: meanCi95(pick('optimized', 'score')) };
  });
}

/** Integer ticks on the x axis of a line plot's layers (generations, task counts). */
function integerX(panel: PanelSpec): PanelSpec {
  const layers = (panel.layer as { encoding: { x: Record<string, unknown> } }[] | undefined) ?? [];
  for (const l of layers) l.encoding.x.axis = { format: 'd', tickMinStep: 1 };
  return panel;
}

export async function svgOf(panels: PanelSpec | readonly PanelSpec[], o: { title?: string; columns?: number } = {}): Promise<string> {
  const spec = Array.isArray(panels)
    ? multiPanel(panels as PanelSpec[], { ...(o.title ? { title: o.title } : {}), ...(o.columns ? { columns: o.columns } : {}) })
    : figure(panels as PanelSpec);
  // Legend entries name runs and Theta sources in full; the default 160 px cuts them.
  const s = spec as unknown as { config: Record<string, unknown> };
  s.config = { ...s.config, legend: { labelLimit: 400 } };
  return renderSvg(spec);
}
