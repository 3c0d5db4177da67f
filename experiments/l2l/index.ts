// The learning-to-learn experiments (mdp-l2l, maze-l2l): settings, the run driver with
// checkpoints and resumption, evaluation on test tasks, output files and figures.
// docs/experiments.md describes commands, outputs and file formats.

export { EXPERIMENTS, DEFINITIONS, TEST_SEED, resolveExperimentConfig, readOverrides, type ExperimentConfig, type ExperimentName, type ExperimentOverrides } from './config.js';
export { innerLoops, innerLoop, defaultBackend } from './backends.js';
export { createRunDir, readRunFile, runId, runInDir, plannedWork, answerOf, writeFileAtomic, type RunControl, type RunOutcome, type RunFile, type RunMeta } from './run.js';
export { evaluateOnTestTasks, evaluationMarkdown, readThetaFile, thetaOfRun, DEFAULT_TEST_TASKS, type EvaluationReport } from './evaluate.js';
export { episodeNoise, noiseAgentSeed, type EpisodeNoise, type EpisodeNoiseParams } from './episode-noise.js';
export { writeOutputs, writePlots, resultsCsv, summaryMarkdown } from './outputs.js';
export { comparisonPanels, comparisonTable, svgOf, fitnessFigure, transferFigure, learningFigure, policyFigure, type ComparisonRow } from './plots.js';
export { canonicalJson, thetaPoint, type Results, type GenerationRecord, type Checkpoint, type ThetaPoint, type RunSummary } from './records.js';
export { onChipBackendOptions, ONCHIP_DEFAULTS, type OnChipConfig } from './onchip/config.js';
export { runOnChipInDir, onChipMemoryMap } from './onchip/run.js';
