// An experiment whose outer loop runs on the chip (dls experiment mdp-l2l|maze-l2l --on-chip):
// one emulated chip runs es.dsl, ce.dsl or sa.dsl for the whole optimisation, the host streams
// the training tasks (the same tasks, seeds and starting points as the host-side run with the
// same seed) and reads the log. Everything around it is the host-side driver's: each
// generation's answer is tested on the transfer tasks (with the chip backend running
// episode.dsl, i.e. the same inner loop, on worker threads while the chip goes on), a checkpoint
// follows every generation, and the summary, results and figures are written by the same code,
// so `dls experiment plot` puts on-chip and host-side runs side by side.
//
// Resume: the chip's state is not saved. A resumed run replays the chip from the start (it is
// deterministic), checks every replayed generation against the checkpoint (an error if one
// differs) and reuses the test results already in it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../../common/errors.js';
import { Rng } from '../../../common/random.js';
import { createOptimizer, L2L_THETA, thetaDimension, uniformIndividual, type OptimizerState } from '../../../host/optimizers/index.js';
import {
  backendRef,
  createEpisodeRunner,
  drawTaskSet,
  evaluateTheta,
  RunAborted,
  summarise,
  testSet,
  type SetTask,
  type TestSet,
} from '../../../host/l2l/index.js';
import { encodeTaskBinary, withEpisode } from '../../../host/tasks/index.js';
import { networkConfig, type ChipBackendOptions } from '../chip-backend.js';
import { innerLoop } from '../backends.js';
import type { ExperimentConfig } from '../config.js';
import { compileInnerLoopProgram } from '../program.js';
import { canonicalJson, CHECKPOINT_FORMAT, thetaPoint, type Checkpoint, type GenerationRecord, type InitialRecord, type OnChipResults } from '../records.js';
import { extraEpisodes, finishRun, generationLine, initialLine, readCheckpoint, Runners, transferPoint, writeFileAtomic, type RunOutcome, type RunParams } from '../run.js';
import { familyTaskBound, onChipSettings } from './config.js';
import { memoryMap, memoryMapText, onChipProgram, onChipSource } from './program.js';
import { DEFAULT_TIMING, individualsPerGeneration, pointFromQ16, Q16, Q20, Q24, REST_CYCLES, STEP_CYCLES, type LogEntry, type OnChipKind } from './protocol.js';
import { OnChipRun, fitnessValue, type OnChipRunOptions } from './session.js';

/** The SRAM map of the program an experiment's config runs on the chip, as text. */
export function onChipMemoryMap(config: ExperimentConfig): string {
  return memoryMapText(onChipProgram(onChipSettings(config).kind));
}

/** The seed of the PPU's random stream in a run with this seed. */
export function ppuSeed(runSeed: number): number {
  return Rng.stream(runSeed, 'onchip/ppu').nextU32() || 1;
}

/** The training tasks of generation g: the host-side run's (optimizee.ts, per-generation sampling). */
export function generationTasks(config: ExperimentConfig, g: number): SetTask[] {
  const seed = Rng.stream(config.seed, `simulate/g${g}`).nextU32();
  return drawTaskSet(config.family, seed, 'train', config.tasksPerEvaluation, config.steps);
}

/** The starting points: the host-side optimizer's first population with the same seed (ES: its centre). */
export function startingPoints(config: ExperimentConfig): number[][] {
  const dimension = thetaDimension(L2L_THETA);
  const opt = createOptimizer(config.optimizer.kind, config.optimizer.settings, { dimension, createIndividual: uniformIndividual(dimension) }, config.seed);
  const pop = opt.ask().map((i) => [...i.x]);
  return config.optimizer.kind === 'es' ? [pop[0]!] : pop;
}

/** The on-chip session of an experiment's config (tasks streamed as the host-side run draws them). */
export function sessionOptions(config: ExperimentConfig): OnChipRunOptions {
  const settings = onChipSettings(config);
  const program = onChipProgram(settings.kind);
  const chipOptions = config.backend.options as unknown as ChipBackendOptions;
  const bound = familyTaskBound(config);
  const K = config.tasksPerEvaluation;
  const steps = config.steps;
  const sets = new Map<number, SetTask[]>();
  return {
    program: program.bin,
    settings,
    seed: ppuSeed(config.seed),
    dimension: thetaDimension(L2L_THETA),
    initial: startingPoints(config),
    lambdaCode: Math.round(0.5 * 128),
    timing: { ...DEFAULT_TIMING, injectCount: chipOptions.injectCount, injectInterval: chipOptions.injectInterval, settle: chipOptions.settle, pollCycles: config.onChip!.pollCycles },
    fitness: {
      kind: 'tasks',
      perEvaluation: K,
      steps,
      task(n) {
        const g = Math.floor(n / K);
        let set = sets.get(g);
        if (!set) {
          set = generationTasks(config, g);
          sets.set(g, set);
          sets.delete(g - 2);
        }
        const t = set[n % K]!;
        return { bytes: encodeTaskBinary(withEpisode(t.task, { seed: t.seeds.environment >>> 0, length: steps })), agent: t.seeds.agent >>> 0 || 1 };
      },
    },
    // One network for the family: rows of states a task does not have are never driven.
    chip: networkConfig(chipOptions, bound.states, bound.actions),
    sourceOf: (pc) => program.sourceOf(pc),
  };
}

/** The optimizer-specific numbers of a log entry, named as the host-side optimizers name them. */
function extraOf(kind: OnChipKind, e: LogEntry, fitness: (raw: number) => number): Record<string, number> {
  const [a, b, c, d] = e.extra;
  const common = { hostWaitCycles: e.waitCycles, stepCyclesMax: e.busyMax, gridSkips: e.overruns };
  if (kind === 'es') return { learningRate: a / Q16, centreFitness: fitness(e.currentFitness), gradientNorm: b / Q16, ...common };
  if (kind === 'ce') return { eliteThreshold: fitness(a), noiseMagnitude: b / Q24, temperature: c / Q20, fitted: d & 0xffff, keptNonElite: d >>> 16, ...common };
  return { temperature: a / Q20, accepted: b, ...common };
}

/** A generation record from a log entry, without its transfer point. */
function recordOf(kind: OnChipKind, e: LogEntry, previousTotal: number, opts: OnChipRunOptions): Omit<GenerationRecord, 'answer'> & { answer: ReturnType<typeof thetaPoint> } {
  const f = (raw: number) => fitnessValue(raw, opts.fitness);
  const fitnesses = e.fitnesses.map(f);
  return {
    generation: e.generation,
    evaluations: e.individuals,
    totalEvaluations: previousTotal + e.individuals,
    fitness: summarise(fitnesses),
    fitnesses,
    chipCycles: e.cycles - e.waitCycles,
    best: { ...thetaPoint(pointFromQ16(e.best)), id: previousTotal + e.bestIndex, fitness: f(e.max) },
    current: { ...thetaPoint(pointFromQ16(e.current)), fitness: f(e.currentFitness) },
    answer: thetaPoint(pointFromQ16(e.answer)),
    extra: extraOf(kind, e, f),
  };
}

/** What results.json says about the chip's resources (deterministic: no wall-clock times). */
function onChipResults(kind: OnChipKind, records: readonly GenerationRecord[], entries: readonly LogEntry[]): OnChipResults {
  const program = onChipProgram(kind);
  const m = memoryMap(program);
  const busy = records.map((r) => r.chipCycles ?? 0);
  return {
    program: onChipSource(kind).shown,
    memory: { code: m.code, data: m.data, stack: m.stack, free: m.free, mailbox: 4096 },
    stepCycles: STEP_CYCLES,
    networkCycles: DEFAULT_TIMING.injectCount * DEFAULT_TIMING.injectInterval + DEFAULT_TIMING.settle,
    restCycles: REST_CYCLES,
    stepCyclesMax: Math.max(0, ...entries.map((e) => e.busyMax)),
    gridSkips: entries.reduce((a, e) => a + e.overruns, 0),
    generationCycles: busy.reduce((a, b) => a + b, 0) / Math.max(1, busy.length),
    hostWaitCycles: entries.reduce((a, e) => a + e.waitCycles, 0),
  };
}

function pseudoState(config: ExperimentConfig, bestSoFar: { x: number[]; fitness: number; generation: number; id: number } | null, generation: number): OptimizerState {
  // The optimizer's state lives on the chip; the checkpoint keeps what the results need.
  return canonicalJson({ format: 'dls-optimizer-state', version: 1, kind: config.optimizer.kind, config: config.optimizer.settings, data: { onChip: true, generation, bestSoFar } } as unknown as OptimizerState);
}

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(canonicalJson(a)) === JSON.stringify(canonicalJson(b));

export async function runOnChipInDir(params: RunParams, config: ExperimentConfig): Promise<RunOutcome> {
  const { dir, workers, progress } = params;
  const t0 = performance.now();
  const settings = onChipSettings(config);
  const kind = settings.kind;
  const episode = onChipSource('episode');
  if (config.backend.options.program !== compileInnerLoopProgram(episode.path, episode.shown)) {
    throw new UserError(`${join(dir, 'config.json')}: an on-chip run tests its Theta with ${episode.shown} (the inner loop the chip runs), but the backend's program is another`);
  }
  const loop = await innerLoop(config.backend.name, `${join(dir, 'config.json')}: backend`);
  const runners = new Runners(createEpisodeRunner(backendRef(loop, config.backend.options), workers), workers);
  const signal = params.control?.signal;
  const opts = sessionOptions(config);
  const program = onChipProgram(kind);
  const map = memoryMap(program);
  writeFileSync(join(dir, 'memory-map.txt'), memoryMapText(program));

  const perGeneration = individualsPerGeneration(settings);
  const chipEpisodes = settings.settings.nIterations * perGeneration * config.tasksPerEvaluation;
  const total = chipEpisodes + extraEpisodes(config, settings.settings.nIterations);
  let evalDone = 0;
  let chipDone = 0;
  let phase = 'starting';
  const show = () => progress.update(chipDone + evalDone, phase);
  const jobOpts = () => {
    const base = evalDone;
    return { ...(signal ? { signal } : {}), onProgress: (n: number) => ((evalDone = base + n), show()) };
  };

  let cp = readCheckpoint(dir, config);
  try {
    const transferSet: TestSet = testSet(config.family, config.testSeed, config.transferTasks, config.steps);
    progress.start(total, 0);
    progress.log(`${onChipSource(kind).shown} in SRAM: code ${map.code} B, data ${map.data} B, stack ${map.stack} B, free ${map.free} B; mailbox 4096 B (map: ${join(dir, 'memory-map.txt')})`);
    if (!cp) {
      phase = 'initial Theta on test tasks';
      const p0 = thetaPoint(opts.initial![0]!);
      const e0 = await evaluateTheta(runners.main, p0.theta, transferSet, jobOpts());
      const initial: InitialRecord = { ...p0, transfer: transferPoint(0, e0) };
      cp = canonicalJson({ format: CHECKPOINT_FORMAT, version: 1, config, initial, records: [], optimizer: pseudoState(config, null, 0), finished: false } satisfies Checkpoint);
      writeFileAtomic(join(dir, 'checkpoint.json'), `${JSON.stringify(cp)}\n`);
      progress.log(initialLine(e0));
    } else {
      evalDone = config.transferTasks * (cp.records.length + 1);
      progress.log(`resuming ${dir}: the chip replays from the start and is checked against the ${cp.records.length} generation${cp.records.length === 1 ? '' : 's'} in the checkpoint`);
    }
    const known = [...cp.records];
    let records: GenerationRecord[] = [];
    let bestSoFar: { x: number[]; fitness: number; generation: number; id: number } | null = null;
    const run = new OnChipRun(opts);
    progress.log(`on-chip ${kind.toUpperCase()}: ${run.generations} generations of ${perGeneration} individuals x ${config.tasksPerEvaluation} tasks (${chipEpisodes} episodes on one chip); outer loop and inner loop on the PPU, the host streams tasks`);

    // Generation records are completed (transfer point, checkpoint) in order, while the chip goes on.
    let chain: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    let totalEvaluations = 0;
    const complete = (e: LogEntry) => {
      const partial = recordOf(kind, e, totalEvaluations, opts);
      totalEvaluations = partial.totalEvaluations;
      const b = partial.best;
      if (!bestSoFar || b.fitness > bestSoFar.fitness) bestSoFar = { x: [...b.x], fitness: b.fitness, generation: e.generation, id: b.id };
      const best = bestSoFar;
      const learnt = (e.generation + 1) * config.tasksPerEvaluation;
      chain = chain.then(async () => {
        if (failure) return;
        let rec: GenerationRecord;
        const old = known[e.generation];
        if (old) {
          const { answer: oldAnswer, ...oldRest } = old;
          const { transfer: oldTransfer, ...oldAnswerPoint } = oldAnswer;
          const { answer: newAnswer, ...newRest } = partial;
          const strip = (x: { extra: Record<string, number> }) => ({ ...x, chipCycles: null, extra: { ...x.extra, hostWaitCycles: 0 } });
          if (!sameRecord(strip(oldRest as never), strip(newRest as never)) || !sameRecord(oldAnswerPoint, newAnswer)) {
            throw new UserError(`${join(dir, 'checkpoint.json')}: generation ${e.generation} replayed on the chip differs from the checkpoint (was the program or dls changed since the run started?)`);
          }
          rec = old;
        } else {
          phase = `generation ${e.generation + 1}/${run.generations}: answer on test tasks`;
          const te = await evaluateTheta(runners.main, partial.answer.theta, transferSet, jobOpts());
          rec = canonicalJson({ ...partial, answer: { ...partial.answer, transfer: transferPoint(learnt, te) } } satisfies GenerationRecord);
        }
        records = [...records, rec];
        cp = canonicalJson({ ...cp!, records, optimizer: pseudoState(config, best, records.length), finished: records.length === run.generations });
        writeFileAtomic(join(dir, 'checkpoint.json'), `${JSON.stringify(cp)}\n`);
        progress.log(generationLine(rec, run.generations, kind, ` (on chip, ${(rec.chipCycles! / 98e6).toFixed(2)} s chip time)`));
      }).catch((err) => {
        failure ??= err;
      });
    };

    const chunk = config.onChip!.chunkCycles;
    const chipT0 = performance.now();
    while (!run.done) {
      if (failure) throw failure;
      if (signal?.aborted) throw new RunAborted();
      if (params.control?.stopRequested()) {
        await chain;
        if (failure) throw failure;
        return { status: 'stopped', dir, generationsDone: records.length };
      }
      for (const e of run.advance(chunk)) complete(e);
      chipDone = run.progress().episodes;
      phase = `generation ${Math.min(run.entries.length + 1, run.generations)}/${run.generations} on the chip`;
      show();
      // Let the worker threads' messages in (transfer points run while the chip goes on).
      await new Promise((r) => setImmediate(r));
    }
    const chipWall = (performance.now() - chipT0) / 1000;
    await chain;
    if (failure) throw failure;
    if (records.length !== run.generations) throw new Error(`on-chip run: ${records.length} records for ${run.generations} generations`);

    phase = 'summary on test tasks';
    const chipSeconds = run.sys.cycle / 98e6;
    const outcome = await finishRun({
      dir,
      workers,
      t0,
      config,
      cp: cp!,
      runners,
      transferSet,
      label: `${kind.toUpperCase()} (on chip)`,
      jobOpts,
      timing: { chipCycles: run.sys.cycle, chipSeconds, chipWallSeconds: chipWall, chipTimePerWallSecond: chipSeconds / chipWall, chipEpisodes: chipDone },
      extend: (base) => canonicalJson({ ...base, onChip: onChipResults(kind, records, run.entries) }),
    });
    progress.log(`the chip ran ${run.sys.cycle} cycles (${chipSeconds.toFixed(1)} s chip time) in ${chipWall.toFixed(1)} s of emulation (${(chipSeconds / chipWall).toFixed(3)} chip seconds per wall second)`);
    return outcome;
  } catch (e) {
    if (e instanceof RunAborted) return { status: 'stopped', dir, generationsDone: cp?.records.length ?? 0 };
    throw e;
  } finally {
    progress.stop();
    await runners.close();
  }
}
