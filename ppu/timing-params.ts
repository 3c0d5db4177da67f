// The numbers of the PPU's cycle model (docs/timing.md, docs/vector-timing.md) as one parameter
// object, so that a model variant (docs/regress.md, "Model variants") can change a latency, the
// branch redirect cost or a vector-unit delay without touching the code. The block compiler reads
// the latencies when it generates a block, so they stay constants in the generated code; the core
// and the vector pipeline read the others from fields.
//
// NUX_TIMING is the measured model of the HICANN-DLS core (nux-timing.md); every default run uses
// it, and its numbers are the ones the timing tests pin.

/** Write latency L per timing class (docs/timing.md, "Latencies L per class"). */
export interface LatencyTable {
  /** Arithmetic, logical, compare, CR logic, mfspr/mtspr, nop. */
  alu: number;
  /** lwz & co. (GPR result). */
  load: number;
  /** lwzu & co.: RT at issue + L, RA one cycle later. */
  loadu: number;
  /** stwu & co.: RA. */
  storeu: number;
  /** lmw: register k of the transfer at issue + L + k. */
  lmw: number;
  /** mullw, mulhw, mulli, the 440 multiply-accumulate forms. */
  mul: number;
  /** divw, divwu; the front end is frozen this long, and the divider is busy for div - 1 cycles after reset. */
  div: number;
}

/** Delays of the FXV vector unit that are parameters of its model (docs/vector-timing.md). */
export interface VectorTimingParams {
  /** VALU: cycles from start to result (multiplier 4 + adder 1 + output register). */
  valuDepth: number;
  /** Serial (memory) bus: cycles from a word request to its answer. */
  serialLatency: number;
  /** Parallel (synapse) bus: cycles from acceptance to the answer. */
  pbusLatency: number;
  /** Parallel bus: a read is accepted at most every this many cycles. */
  pbusReadInterval: number;
}

export interface PpuTimingParams {
  latency: LatencyTable;
  /** Cycles from a redirected branch's issue to the next useful instruction's issue (4 bubbles + 1). */
  branchRedirect: number;
  /** Cycles from a recognised interrupt (or a fault's issue) to the vector's instruction. */
  interruptEntry: number;
  /** Cycles from the timer event that wakes a `wait` to the next instruction (EE=0). */
  wakeUp: number;
  vector: VectorTimingParams;
}

/** The measured cycle model of the HICANN-DLS PPU (nux-timing.md); what every default run uses. */
export const NUX_TIMING: PpuTimingParams = Object.freeze({
  latency: Object.freeze({ alu: 1, load: 2, loadu: 2, storeu: 2, lmw: 2, mul: 4, div: 32 }),
  branchRedirect: 5,
  interruptEntry: 9,
  wakeUp: 5,
  vector: Object.freeze({ valuDepth: 6, serialLatency: 1, pbusLatency: 1, pbusReadInterval: 4 }),
}) as PpuTimingParams;

function rawKey(t: PpuTimingParams): string {
  const L = t.latency;
  const V = t.vector;
  return `${L.alu},${L.load},${L.loadu},${L.storeu},${L.lmw},${L.mul},${L.div}|${t.branchRedirect},${t.interruptEntry},${t.wakeUp}|${V.valuDepth},${V.serialLatency},${V.pbusLatency},${V.pbusReadInterval}`;
}
const DEFAULT_KEY = rawKey(NUX_TIMING);

/**
 * A stable string of the parameters: part of the key of shared compiled code. '' for the measured
 * model (and any equal copy of it), so default runs share code with each other as before.
 */
export function timingKey(t: PpuTimingParams): string {
  if (t === NUX_TIMING) return '';
  const s = rawKey(t);
  return s === DEFAULT_KEY ? '' : s;
}
