// Scenario files (docs/scenarios.md): validation, resolution to codes and events, runs on a
// DlsSystem and the files `dls chip` writes.
export { SCENARIO_FORMAT, SCENARIO_VERSION, SNAPSHOT_FIELDS, NEURON_PARAM_KIND, SHARED_PARAM_KIND, scenarioSchema, type ScenarioDocument, type SnapshotField, type InputSpec } from './schema.js';
export { loadScenario, resolveScenario, readScenarioText, MAX_EVENTS, MAX_MEMBRANE_VALUES, type AssembleHook, type CompileDslHook, type ScenarioOptions, type ResolvedScenario, type ParamConversion, type MembranePlan, type PpuPlan } from './resolve.js';
export { runScenario, type RunScenarioOptions, type ScenarioRun, type SnapshotOut, type PpuOutcome } from './run.js';
export { scenarioOutputs, writeScenarioOutputs, spikesJson, spikesCsv, membraneCsv, snapshotsJson, traceVcd, summaryJson, cycleToNs, nsToCycle } from './outputs.js';
export { scenarioFigure } from './figure.js';
