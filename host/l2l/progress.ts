// Progress of a long run: a bar with ETA on a terminal (cli-progress), plain log lines with the
// ETA otherwise (CI logs, redirected output). Counted in episodes, the unit of work.

import cliProgress from 'cli-progress';

export interface Progress {
  /** Starts counting: `done` of `total` episodes are already behind (a resumed run). */
  start(total: number, done?: number): void;
  /** Episodes finished so far, and a short status (e.g. the generation). */
  update(done: number, status?: string): void;
  /** A line of its own (kept above the bar on a terminal). */
  log(line: string): void;
  stop(): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
}

class BarProgress implements Progress {
  private readonly multi: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | null = null;

  constructor(stream: NodeJS.WriteStream) {
    this.multi = new cliProgress.MultiBar(
      {
        stream,
        format: ' {bar} {percentage}% | {value}/{total} episodes | ETA {eta_formatted} | {status}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number, done = 0): void {
    this.bar = this.multi.create(total, done, { status: '' });
  }

  update(done: number, status?: string): void {
    this.bar?.update(done, status !== undefined ? { status } : {});
  }

  log(line: string): void {
    this.multi.log(`${line}\n`);
  }

  stop(): void {
    // A redraw first: stop() alone would drop log lines still waiting for the next redraw.
    if (this.bar) this.multi.update();
    this.multi.stop();
  }
}

/** Without a terminal: the log lines, each with the progress and the ETA at that moment. */
class LineProgress implements Progress {
  private total = 0;
  private startDone = 0;
  private done = 0;
  private t0 = performance.now();

  constructor(private readonly stream: NodeJS.WritableStream) {}

  start(total: number, done = 0): void {
    this.total = total;
    this.startDone = done;
    this.done = done;
    this.t0 = performance.now();
  }

  update(done: number): void {
    this.done = done;
  }

  log(line: string): void {
    const elapsed = (performance.now() - this.t0) / 1000;
    const rate = (this.done - this.startDone) / elapsed;
    const eta = rate > 0 ? (this.total - this.done) / rate : NaN;
    const pct = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    this.stream.write(`${line} [${pct}%, ${this.done}/${this.total} episodes, ETA ${formatDuration(eta)}]\n`);
  }

  stop(): void {}
}

/** Quiet: for library use and tests. */
export const silentProgress: Progress = { start() {}, update() {}, log() {}, stop() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}
