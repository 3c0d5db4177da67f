// Timing of the FXV unit: when each vector instruction may issue, when its effect happens and
// when the unit is empty again.
//
// PROVISIONAL: a fixed-latency stand-in (effect 3 cycles after issue, done 13 after issue, no
// queue holds). The cycle-level model of nux-timing.md section 7 (queue, stations, shared
// register-file port) replaces it; docs/timing.md tracks which numbers are reproduced.

import type { VecOpInFlight } from './unit.js';

export interface VecTiming {
  /** Cycles from issue to the instruction's effect. */
  effect: number;
  /** Cycles from issue until the instruction has left the unit. */
  complete: number;
}

const DEFAULT_TIMING: VecTiming = { effect: 3, complete: 13 };

export class VecPipeline {
  private readonly timing: VecTiming;
  private readonly queue: { op: VecOpInFlight; at: number }[] = [];
  private lastComplete = 0;

  constructor(
    private readonly perform: (op: VecOpInFlight, cycle: number) => void,
    timing: Partial<VecTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  reset(): void {
    this.queue.length = 0;
    this.lastComplete = 0;
  }

  holdUntil(t: number): number {
    return t;
  }

  issue(op: VecOpInFlight, t: number): void {
    this.queue.push({ op, at: t + this.timing.effect });
    this.lastComplete = Math.max(this.lastComplete, t + this.timing.complete);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  advance(t: number): void {
    while (this.queue.length && this.queue[0]!.at <= t) {
      const { op, at } = this.queue.shift()!;
      this.perform(op, at);
    }
  }

  drain(t: number): number {
    this.advance(Infinity);
    return Math.max(t, this.lastComplete);
  }
}
