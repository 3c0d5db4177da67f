// Regression testing of chip models (docs/regress.md): traces of runs (format, recorder, import of
// external recordings), suites of programs and scenarios with golden traces, per-signal comparison
// rules, and reports (terminal, JSON, HTML with the divergence plotted and the instructions there).
// It sits at the top of the stack beside experiments/ (it runs the L2L inner loop); the CLI
// (host/cli/commands/regress.ts) loads it when a regress command runs.
export * from './trace.js';
export * from './record.js';
export * from './rules.js';
export * from './compare.js';
export * from './suite.js';
export * from './replay.js';
export * from './check.js';
export * from './report.js';
export * from './import.js';
export { divergencePlot, windowAround, type Window } from './plots.js';
