// The on-chip inner loop: experiments/l2l/td.dsl running on the emulated chip (PPU + analog
// core). The host configures the network (drivers, decoder addresses, router, neuron
// parameters), writes Theta, the task and the seeds into the mailbox, releases the PPU and reads
// back the rewards and the final weights. docs/l2l.md describes the network and the protocol.
//
// Every episode runs on a fresh system (chip and PPU built from the same configuration), so its
// result depends only on its arguments; the compiled program and the PPU's generated code are
// shared by all episodes of a process.

import { z } from 'zod';
import { UserError } from '../../common/errors.js';
import { DlsSystem, loadCalibrationFile, Ppu, type ChipConfigInput, type ModelVariant, type RunResult } from '../../host/controller.js';
import { L2L_THETA, thetaToChip, type ThetaValues } from '../../host/optimizers/index.js';
import { encodeTaskBinary, withEpisode, type Task } from '../../host/tasks/index.js';
import { BLOCK_STEPS, type EpisodeResult, type EpisodeSeeds, type InnerLoop, type InnerLoopOptions, type InnerLoopSession } from '../../host/l2l/index.js';

/** Mailbox layout of td.dsl (offsets in the mailbox at 0x3000). */
export const MAILBOX = {
  magic: 0x000, status: 0x004, steps: 0x008, agentSeed: 0x00c,
  gamma: 0x010, eta: 0x011, lambda: 0x012, wLower: 0x013, wUpper: 0x014, wInit: 0x015, wInh: 0x016,
  rescalePeriod: 0x018, injectCount: 0x01c, injectInterval: 0x020, settle: 0x024,
  totalReward: 0x040, stepsDone: 0x044, silentSteps: 0x048, blockRewards: 0x080, task: 0x400,
} as const;
export const MAILBOX_MAGIC = 0x4c324c31; // "L2L1"
const MAX_BLOCKS = 64;
const TASK_BYTES = 3072;
export const INHIBITORY_ROW = 31;
const STATE_ADDRESS = 1;
const INHIBITION_ADDRESS = 50;

const neuronSchema = z.object({
  leak: z.number().int().min(0).max(1023),
  threshold: z.number().int().min(0).max(1023),
  reset: z.number().int().min(0).max(1023),
  tauMem: z.number().int().min(0).max(1023),
  tauExc: z.number().int().min(0).max(1023),
  tauInh: z.number().int().min(0).max(1023),
  gainExc: z.number().int().min(0).max(1023),
  gainInh: z.number().int().min(0).max(1023),
  refractory: z.number().int().min(0).max(1023),
});

const optionsSchema = z
  .object({
    /** Spikes injected into the state's synapse row per step, and the cycles between them. */
    injectCount: z.number().int().min(1).max(64).default(16),
    injectInterval: z.number().int().min(1).max(10_000).default(100),
    /** Cycles after the last injection's interval (so injectInterval + settle after it) before the rate counters are read. */
    settle: z.number().int().min(0).max(100_000).default(400),
    /** Router window and delay (cycles) of the lateral inhibition. */
    routerInterval: z.number().int().min(1).max(10_000).default(20),
    routerDelay: z.number().int().min(0).max(10_000).default(20),
    /** Capmem codes of the action neurons (docs/chip-model.md). */
    neuron: neuronSchema.default({ leak: 400, threshold: 560, reset: 380, tauMem: 255, tauExc: 255, tauInh: 100, gainExc: 250, gainInh: 600, refractory: 100 }),
    /** Chip mode: ideal, or mismatch with a seed (the chip's identity) and optional calibration file. */
    mismatch: z.boolean().default(false),
    chipSeed: z.number().int().min(0).max(0xffffffff).default(1),
    calibration: z.string().optional(),
    /**
     * The compiled program (flat binary at 0, base64). The registry (experiments/l2l/backends.ts)
     * fills it in from td.dsl in the main thread; worker threads only receive it.
     */
    program: z.string().min(1),
  })
  .strict();

export type ChipBackendOptions = z.infer<typeof optionsSchema>;


/** The network of docs/l2l.md as a chip configuration (weights are written by the program). */
export function networkConfig(o: ChipBackendOptions, states: number, actions: number): ChipConfigInput {
  if (states > INHIBITORY_ROW) throw new UserError(`the on-chip inner loop holds at most ${INHIBITORY_ROW} states (one synapse row each), the task has ${states}`);
  if (actions > 32) throw new UserError(`the on-chip inner loop holds at most 32 actions (one neuron each), the task has ${actions}`);
  const addresses = Array.from({ length: 32 }, (_, r) =>
    Array.from({ length: 32 }, (_, n) => (n >= actions ? 63 : r < states ? STATE_ADDRESS : r === INHIBITORY_ROW ? INHIBITION_ADDRESS : 63)));
  const drivers = Array.from({ length: 32 }, (_, r) => ({
    mode: r < states ? 'excitatory' as const : r === INHIBITORY_ROW ? 'inhibitory' as const : 'disabled' as const,
  }));
  const base: ChipConfigInput = {
    mode: o.mismatch ? 'mismatch' : 'ideal',
    seed: o.chipSeed,
    neuronDefaults: { leak: o.neuron.leak, threshold: o.neuron.threshold, tauMem: o.neuron.tauMem, tauExc: o.neuron.tauExc, tauInh: o.neuron.tauInh, gainExc: o.neuron.gainExc, gainInh: o.neuron.gainInh, refractory: o.neuron.refractory },
    shared: { reset: o.neuron.reset },
    drivers,
    addresses,
    rateCounters: { enable: 0xffffffff, clearOnRead: false },
    router: {
      enabled: true, interval: o.routerInterval, delay: o.routerDelay, address: INHIBITION_ADDRESS,
      rows: Array.from({ length: 32 }, (_, n) => (n < actions ? 2 ** INHIBITORY_ROW : 0)),
    },
  };
  if (o.calibration) {
    // A mismatch-mode chip with per-neuron codes from `dls calibrate` (made with targets equal to
    // the physical values of the nominal codes above); the synaptic gains are not calibrated.
    const cal = loadCalibrationFile(o.calibration).chipConfig();
    return { ...base, ...cal, neuronDefaults: base.neuronDefaults };
  }
  return base;
}

function writeU32(sys: DlsSystem, off: number, v: number) {
  sys.writeMailboxWord(off, v >>> 0);
}

/** How an episode's system is built and driven (the regression suite records traces through these). */
export interface EpisodeContext {
  /** A PPU to reuse (its compiled code survives). */
  ppu?: Ppu;
  /** Model variant of chip and PPU (chip/model.ts); default: the model of docs/chip-model.md. */
  model?: ModelVariant;
  /** Called with the system after it is built, before anything runs. */
  onSystem?: (sys: DlsSystem) => void;
  /** Runs the system until the PPU halts or `maxCycles` pass (default: sys.runUntilHalt). */
  drive?: (sys: DlsSystem, maxCycles: number) => RunResult;
}

/** One episode of the on-chip inner loop on a fresh chip (docs/l2l.md, "Mailbox protocol"). */
export function runChipEpisode(options: ChipBackendOptions, program: Uint8Array, theta: ThetaValues, task: Task, seeds: EpisodeSeeds, steps: number, ctx: EpisodeContext = {}): EpisodeResult {
  const t0 = performance.now();
  const S = task.mdp.states;
  const A = task.mdp.actions;
  const chipConfig = networkConfig(options, S, A); // checks that the task fits the network
  if (Math.ceil(steps / BLOCK_STEPS) > MAX_BLOCKS) throw new UserError(`the on-chip inner loop records at most ${MAX_BLOCKS * BLOCK_STEPS} steps per episode, asked for ${steps}`);
  const bytes = encodeTaskBinary(withEpisode(task, { seed: seeds.environment >>> 0, length: steps }));
  if (bytes.length > TASK_BYTES) throw new UserError(`the task needs ${bytes.length} bytes; the mailbox holds ${TASK_BYTES} for it (fewer states or actions)`);
  const sys = new DlsSystem({ chip: chipConfig, ppu: ctx.ppu, model: ctx.model });
  ctx.onSystem?.(sys);
  sys.loadBytes(program, 0);
  const chipTheta = thetaToChip(L2L_THETA, theta);
  const m = MAILBOX;
  writeU32(sys, m.magic, MAILBOX_MAGIC);
  writeU32(sys, m.status, 0);
  writeU32(sys, m.steps, steps);
  writeU32(sys, m.agentSeed, seeds.agent >>> 0 || 1);
  const fractionByte = (v: number) => Math.min(127, Math.max(0, v));
  sys.writeMailbox(m.gamma, Uint8Array.of(
    fractionByte(chipTheta.gamma!), fractionByte(chipTheta.eta!), fractionByte(chipTheta.lambda!),
    chipTheta.weightLower!, chipTheta.weightUpper!, chipTheta.initialWeight!, chipTheta.inhibitoryWeight!, 0,
  ));
  writeU32(sys, m.rescalePeriod, chipTheta.rescaleFrequency!);
  writeU32(sys, m.injectCount, options.injectCount);
  writeU32(sys, m.injectInterval, options.injectInterval);
  writeU32(sys, m.settle, options.settle);
  sys.writeMailbox(m.task, bytes);
  sys.startPpu();
  // A guard against a hung program, not a budget: it must exceed the longest legitimate step.
  // Waiting takes injectCount x injectInterval + settle cycles; the PPU's own work is about 1,500
  // cycles in an ordinary step and about 5,000 more in a step that rescales the weights (which
  // Theta may ask for after every step), so 10,000 per step leaves room.
  const perStep = options.injectCount * (options.injectInterval + 40) + options.settle + 10_000;
  const maxCycles = steps * perStep + 1_000_000;
  const r = ctx.drive ? ctx.drive(sys, maxCycles) : sys.runUntilHalt(maxCycles);
  if (r.halt?.reason !== 'wait') {
    throw new Error(`the on-chip inner loop did not finish: ${r.halt ? `${r.halt.reason}${r.halt.cause ? ` (${r.halt.cause} at 0x${(r.halt.pc ?? 0).toString(16)})` : ''}` : 'cycle limit'}`);
  }
  const status = sys.readMailboxWord(m.status) | 0;
  if (status !== 2) throw new Error(`the on-chip inner loop ended with status ${status}`);
  const blocks = Math.ceil(steps / BLOCK_STEPS);
  const blockRewards: number[] = [];
  for (let b = 0; b < blocks; b++) blockRewards.push((sys.readMailboxWord(m.blockRewards + 4 * b) | 0) / 128);
  const weights = sys.chip.snapshot().weights;
  return {
    totalReward: (sys.readMailboxWord(m.totalReward) | 0) / 128,
    blockRewards,
    steps: sys.readMailboxWord(m.stepsDone) | 0,
    wallSeconds: (performance.now() - t0) / 1000,
    chipCycles: r.cycle,
    finalQ: Array.from({ length: S }, (_, s) => weights[s]!.slice(0, A)),
  };
}

class ChipSession implements InnerLoopSession {
  private readonly program: Uint8Array;
  /** One PPU for all episodes: its compiled (and engine-optimised) code survives reloads. */
  private readonly ppu = new Ppu();

  constructor(private readonly options: ChipBackendOptions) {
    this.program = new Uint8Array(Buffer.from(options.program, 'base64'));
  }

  runEpisode(theta: ThetaValues, task: Task, seeds: EpisodeSeeds, steps: number): EpisodeResult {
    return runChipEpisode(this.options, this.program, theta, task, seeds, steps, { ppu: this.ppu });
  }
}

/** Options of the chip backend with defaults filled in (the compiled program is required). */
export function chipBackendOptions(options: InnerLoopOptions): ChipBackendOptions {
  return optionsSchema.parse(options);
}

export const chipInnerLoop: InnerLoop = {
  name: 'chip',
  description: 'TD learning on the emulated chip: experiments/l2l/td.dsl on the PPU, actions from spiking neurons (docs/l2l.md)',
  module: import.meta.url,
  resolveOptions(options: InnerLoopOptions): InnerLoopOptions {
    const r = optionsSchema.safeParse(options);
    if (!r.success) {
      throw new UserError(r.error.issues.map((i) => ({
        message: i.path[0] === 'program'
          ? 'the chip backend needs its compiled program (option program); experiments/l2l/backends.ts compiles experiments/l2l/td.dsl for it'
          : `chip backend option ${i.path.join('.') || '(root)'}: ${i.message}`,
      })));
    }
    return r.data as unknown as InnerLoopOptions;
  },
  createSession(options: InnerLoopOptions): InnerLoopSession {
    return new ChipSession(optionsSchema.parse(options));
  },
};
