// Grid search: every point of a regular grid over the unit box, n_k evenly spaced values on
// axis k (0, 1/(n_k - 1), ..., 1; a single value sits at 0.5), the last axis varying fastest.
// All points form one generation unless batchSize splits them into several (so that long grids
// get checkpoints between batches).

import { BaseOptimizer, commonData, type CommonData, type StepResult } from './base.js';
import type { GridConfig } from './config.js';

interface GridData extends CommonData {
  /** Index of the next point to hand out. */
  cursor: number;
}

export function gridAxes(config: GridConfig, dimension: number): number[][] {
  const counts = Array.isArray(config.pointsPerDimension) ? config.pointsPerDimension : new Array<number>(dimension).fill(config.pointsPerDimension);
  return counts.map((n) => (n === 1 ? [0.5] : Array.from({ length: n }, (_, j) => j / (n - 1))));
}

export function gridSize(config: GridConfig, dimension: number): number {
  return gridAxes(config, dimension).reduce((a, ax) => a * ax.length, 1);
}

/** Point number i of the grid (mixed-radix digits, last axis fastest). */
export function gridPoint(axes: readonly (readonly number[])[], i: number): number[] {
  const x = new Array<number>(axes.length);
  for (let k = axes.length - 1; k >= 0; k--) {
    const n = axes[k]!.length;
    x[k] = axes[k]![i % n]!;
    i = Math.floor(i / n);
  }
  return x;
}

export class GridSearch extends BaseOptimizer<'grid', GridData> {
  static create(config: GridConfig, dimension: number, seed: number): GridSearch {
    const size = gridSize(config, dimension);
    if (size > 10_000_000) throw new Error(`grid: ${size} points is too many`);
    const gs = new GridSearch(config, { ...commonData(seed, dimension), cursor: 0 });
    gs.initialPopulation(gs.batch());
    return gs;
  }

  static restore(config: GridConfig, data: GridData): GridSearch {
    return new GridSearch(config, data);
  }

  private constructor(config: GridConfig, data: GridData) {
    super('grid', config, data);
  }

  private get size(): number {
    return gridSize(this.config, this.dimension);
  }

  private get batchSize(): number {
    return this.config.batchSize ?? this.size;
  }

  protected totalGenerations(): number {
    return Math.ceil(this.size / this.batchSize);
  }

  /** The next batch of points; advances the cursor. */
  private batch(): { x: number[]; role: string }[] {
    const axes = gridAxes(this.config, this.dimension);
    const end = Math.min(this.size, this.data.cursor + this.batchSize);
    const out = [];
    for (let i = this.data.cursor; i < end; i++) out.push({ x: gridPoint(axes, i), role: 'grid-point' });
    this.data.cursor = end;
    return out;
  }

  protected step(): StepResult {
    const next = this.data.cursor < this.size ? this.batch() : [];
    // bestSoFar was updated by the caller before this step.
    const b = this.data.bestSoFar!;
    return { current: { x: b.x, fitness: b.fitness }, next, extra: { pointsDone: this.data.cursor - next.length, points: this.size } };
  }
}
