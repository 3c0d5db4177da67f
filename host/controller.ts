// The host controller's API in one import: what an experiment needs to drive an emulated
// HICANN-DLS setup (docs/host.md). The pieces live where they are built (the system in chip/, the
// processor in ppu/); this module is the boundary the experiments use, so that a chip model, a
// PPU or a transport to real hardware can change behind it.
//
// It is safe in worker threads. Building programs from source (assembly, the plasticity DSL) is
// in host/programs.ts, which imports the DSL compiler and so is for the main thread only: workers
// receive compiled bytes.

export { DlsSystem, MAILBOX_END, type RunResult, type SystemOptions, type SystemSnapshot } from '../chip/system.js';
export {
  checkChipConfig,
  defaultChipConfig,
  loadCalibrationFile,
  parseChipConfig,
  type ChipConfig,
  type ChipConfigInput,
  type ChipSnapshot,
  type DriverMode,
  type ModelVariant,
  type RouterConfig,
  type SpikeEvent,
} from '../chip/index.js';
export { MAILBOX_BASE, Ppu, parseProgram, type HaltInfo, type Program } from '../ppu/index.js';
