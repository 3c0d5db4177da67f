// The streaming mailbox protocol of the on-chip outer loops (experiments/l2l/onchip/stream.dsl and
// its host side, session.ts): a host that stalls loses nothing, the task slots are double
// buffered, the configuration's layout version and optimizer are checked, and a malformed log
// entry is an error that names the entry, its address and the word.

import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/random.js';
import { resolveConfig } from '../../host/optimizers/index.js';
import { innerLoop, onChipBackendOptions, resolveExperimentConfig, type ExperimentConfig } from '../../experiments/l2l/index.js';
import { onChipProgram } from '../../experiments/l2l/onchip/program.js';
import { DEFAULT_TIMING, decodeLogEntry, LOG_WORDS, logResult, OFF, STATUS, type LogEntry, type OnChipKind } from '../../experiments/l2l/onchip/protocol.js';
import { sessionOptions } from '../../experiments/l2l/onchip/run.js';
import { OnChipRun, type OnChipRunOptions } from '../../experiments/l2l/onchip/session.js';

/** A tiny mdp-l2l run on the chip: 2 generations, 2 tasks per evaluation, 30-step episodes. */
async function tinyConfig(optimizer: OnChipKind, settings: object): Promise<ExperimentConfig> {
  const given = resolveExperimentConfig({
    experiment: 'mdp-l2l',
    optimizer,
    seed: 7,
    quick: true,
    backend: 'chip',
    onChip: true,
    overrides: { tasksPerEvaluation: 2, steps: 30, transferTasks: 1, testTasks: 1, optimizer: { nIterations: 2, ...settings } },
  });
  const loop = await innerLoop('chip');
  return { ...given, backend: { name: 'chip', options: loop.resolveOptions(onChipBackendOptions(given.backend.options)) } };
}

/** The host serves the mailbox after every chunk of `chunk` cycles: a prompt host. */
function prompt(o: OnChipRunOptions, chunk = 20_000): { entries: LogEntry[]; run: OnChipRun; inFlight: number } {
  const run = new OnChipRun(o);
  let inFlight = 0;
  while (!run.done) {
    run.advance(chunk);
    // Double buffering: never more than two tasks written and not yet released.
    const released = run.sys.readMailboxWord(OFF.tasksReleased) | 0;
    inFlight = Math.max(inFlight, run.progress().tasksWritten - released);
  }
  return { entries: run.entries, run, inFlight };
}

/**
 * A host that stalls: it lets the chip run for a random number of cycles (up to `maxStall`) and
 * serves the mailbox only on some of its visits, so the PPU finds slots empty and the log full
 * for long, random times. The stall lengths come from a seeded stream.
 */
function stalling(o: OnChipRunOptions, seed: number, maxStall: number): { entries: LogEntry[]; run: OnChipRun } {
  const rng = Rng.stream(seed, 'test/stalling-host');
  const run = new OnChipRun(o);
  while (!run.done) run.advance(rng.int(1, maxStall), rng.uniform() < 0.3);
  return { entries: run.entries, run };
}

const waited = (entries: readonly LogEntry[]) => entries.reduce((a, e) => a + e.waitCycles, 0);

describe('a host that stalls between tasks loses nothing', () => {
  it('ES on streamed tasks: the same log (fitnesses, Theta) with random stalls as without', async () => {
    const o = sessionOptions(await tinyConfig('es', { populationSize: 2 }));
    const base = prompt(o);
    expect(base.entries).toHaveLength(2);
    expect(base.run.progress().episodes).toBe(2 * 5 * 2);
    for (const seed of [1, 2]) {
      const s = stalling(o, seed, 400_000);
      // The stalls were real: the PPU waited far longer for this host.
      expect(waited(s.entries)).toBeGreaterThan(waited(base.entries) + 100_000);
      expect(s.entries.map(logResult)).toEqual(base.entries.map(logResult));
    }
  });

  it('SA on streamed tasks: the same log with random stalls as without', async () => {
    const o = sessionOptions(await tinyConfig('sa', { parallelRuns: 3 }));
    const base = prompt(o);
    const s = stalling(o, 3, 600_000);
    expect(waited(s.entries)).toBeGreaterThan(waited(base.entries));
    expect(s.entries.map(logResult)).toEqual(base.entries.map(logResult));
  });

  it('CE on the quadratic: a host that reads the log late changes nothing but the waiting', () => {
    const o: OnChipRunOptions = {
      program: onChipProgram('ce').bin,
      settings: { kind: 'ce', settings: resolveConfig('ce', { populationSize: 10, nIterations: 8 }) },
      seed: 11,
      dimension: 3,
      initial: null,
      lambdaCode: 64,
      timing: DEFAULT_TIMING,
      fitness: { kind: 'quadratic', target: [0.2, 0.5, 0.9], scale: 1 },
    };
    const base = prompt(o, 5000);
    const s = stalling(o, 4, 200_000);
    expect(waited(s.entries)).toBeGreaterThan(waited(base.entries));
    expect(s.entries.map(logResult)).toEqual(base.entries.map(logResult));
  });
});

describe('the streaming mailbox protocol', () => {
  it('double-buffers the task slots: at most two tasks in flight, each in slot n % 2 with sequence n + 1', async () => {
    const o = sessionOptions(await tinyConfig('es', { populationSize: 1 }));
    const { run, inFlight } = prompt(o, 5000);
    expect(inFlight).toBe(2);
    // Every individual of a generation is evaluated on the same K tasks: the PPU keeps a task
    // in its slot until the whole population has run on it.
    const total = run.totalTasks;
    expect(total).toBe(2 * 2);
    expect(run.sys.readMailboxWord(OFF.tasksReleased)).toBe(total);
    // The last two tasks stay in their slots.
    expect(run.sys.readMailboxWord(OFF.slotSeq + 4 * ((total - 1) % 2))).toBe(total);
    expect(run.sys.readMailboxWord(OFF.slotSeq + 4 * ((total - 2) % 2))).toBe(total - 1);
    expect(run.status).toBe(STATUS.done);
  });

  it('the PPU waits for a task the host has not written, and goes on once it is there', async () => {
    const o = sessionOptions(await tinyConfig('es', { populationSize: 1 }));
    const run = new OnChipRun(o);
    // Never served: the PPU starts, finds slot 0 empty and polls.
    for (let i = 0; i < 20; i++) run.advance(50_000, false);
    expect(run.status).toBe(STATUS.running);
    expect(run.progress().episodes).toBe(0);
    expect(run.sys.readMailboxWord(OFF.tasksReleased)).toBe(0);
    run.runToEnd(20_000);
    expect(run.entries.map(logResult)).toEqual(prompt(o).entries.map(logResult));
  });

  it('refuses another layout version, another optimizer and a population it cannot hold', () => {
    const o: OnChipRunOptions = {
      program: onChipProgram('es').bin,
      settings: { kind: 'es', settings: resolveConfig('es', { populationSize: 2, nIterations: 2 }) },
      seed: 1,
      dimension: 2,
      initial: null,
      lambdaCode: 64,
      timing: DEFAULT_TIMING,
      fitness: { kind: 'quadratic', target: [0.5, 0.5], scale: 1 },
    };
    const magic = new OnChipRun(o);
    magic.sys.writeMailboxWord(OFF.magic, 0x4c324c44); // "L2LD": not layout version 1
    expect(() => magic.runToEnd(10_000)).toThrow(/refused the run: the mailbox layout is not L2LC version 1 \(status -1\)/);
    const wrong = new OnChipRun({ ...o, program: onChipProgram('sa').bin });
    expect(() => wrong.runToEnd(10_000)).toThrow(/refused the run: the program is not the ES program \(status -2\)/);
    const big = new OnChipRun(o);
    big.sys.writeMailboxWord(OFF.population, 26); // 2 x 26 + 1 individuals: more than the PPU holds
    expect(() => big.runToEnd(10_000)).toThrow(/refused the run: the population or dimension does not fit the program \(status -3\)/);
  });

  it('a malformed log entry is an error naming the entry, its mailbox address and the word', () => {
    const o: OnChipRunOptions = {
      program: onChipProgram('es').bin,
      settings: { kind: 'es', settings: resolveConfig('es', { populationSize: 2, nIterations: 3 }) },
      seed: 1,
      dimension: 2,
      initial: null,
      lambdaCode: 64,
      timing: DEFAULT_TIMING,
      fitness: { kind: 'quadratic', target: [0.5, 0.5], scale: 1 },
    };
    const again = new OnChipRun(o);
    while ((again.sys.readMailboxWord(OFF.logWritten) | 0) < 1) again.advance(5000, false);
    again.sys.writeMailboxWord(OFF.log[0] + 4, 99);
    expect(() => again.serve()).toThrow(/^on-chip log entry 0 \(mailbox 0x3100\), word 1 \(individuals\): 99, expected 1\.\.51$/);
    // Entry 1 (the second generation) lies in log buffer 1 at 0x3280.
    const late = new OnChipRun(o);
    while ((late.sys.readMailboxWord(OFF.logWritten) | 0) < 2) late.advance(5000, false);
    late.sys.writeMailboxWord(OFF.log[1], 5);
    expect(() => late.serve()).toThrow(/^on-chip log entry 1 \(mailbox 0x3280\), word 0 \(generation\): 5, expected 1$/);
    const words = new Array<number>(LOG_WORDS).fill(0);
    words[1] = 5;
    words[11] = 5;
    expect(() => decodeLogEntry(words, 2, 'entry x')).toThrow(/^entry x, word 11 \(best index\): 5, expected 0\.\.4$/);
    expect(() => decodeLogEntry(words.slice(0, 10), 2, 'entry y')).toThrow(/^entry y: 10 words, a log entry has 96$/);
  });
});
