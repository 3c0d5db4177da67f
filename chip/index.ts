// The chip's public face: the chip model (neurons, synapse array, correlation sensors, rate
// counters, events, router, PPU buses), its configuration and transfer functions, and the
// system that couples it with a PPU. docs/chip-model.md describes the model.
export { Chip, type BusAccess, type BusError, type ChipSnapshot, type ChipStats, type EffectiveNeuron, type MembraneRecord } from './chip.js';
export { DlsSystem, MAILBOX_END, type RunResult, type SystemOptions, type SystemSnapshot } from './system.js';
export {
  checkChipConfig,
  checkChipInput,
  defaultChipConfig,
  formatPath,
  normalise,
  parseChipConfig,
  DRIVER_MODES,
  type ChipConfig,
  type ChipConfigInput,
  type ChipMode,
  type ConfigCheck,
  type ConfigIssue,
  type DriverConfig,
  type DriverMode,
  type NoiseConfig,
  type RouterConfig,
} from './config.js';
export * from './constants.js';
export * from './transfer.js';
export { BUS, VEC, VEC_BUFFER_ENABLE, VEC_TEST, DRIVER_MODE_BITS, DRIVER_PULSE_SHIFT, capmemAddress, rateCounterAddress, injectAddress, driverAddress, vecAddress } from './bus.js';
export { MISMATCH_SIGMA, drawPattern, idealPattern, type FixedPattern } from './mismatch.js';
export type { SpikeEvent } from './events.js';
export { parseQuantity, formatQuantity, UNIT_EXAMPLES, type QuantityKind } from './units.js';
export { stringifyCompact, problemsError, zodProblems, type Problem } from './json-file.js';
export * from './scenario/index.js';
export * from './calibration/index.js';
export { DEFAULT_CHIP_MODEL, type ChipModelParams, type MismatchSigma } from './model-params.js';
export { PAIRING_SCHEMES, type PairingScheme } from './correlation.js';
export {
  DEFAULT_PARTS, MODEL_FORMAT, MODEL_VERSION, PARTS, PART_KINDS,
  applySettings, chipModelParams, defaultModel, describeModel, describePart, loadModelFile, modelFingerprint,
  modelFromDocument, modelToDocument, resolveModelOptions,
  type ModelPart, type ModelVariant, type PartKind, type PartParams,
} from './model.js';
