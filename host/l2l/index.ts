// Driver infrastructure of the learning-to-learn experiments: the inner-loop interface and its
// software backend, training and test task sets, the optimizee (fitness of Theta), episode
// runners (in process or on worker threads), statistics and progress display.
// docs/experiments.md describes how the experiments use them.

export type { EpisodeSeeds, EpisodeResult, InnerLoop, InnerLoopOptions, InnerLoopSession } from './inner-loop.js';
export { BLOCK_STEPS, blockSums, checkEpisodeResult, episodeResultProblems, greedyActions } from './inner-loop.js';
export { softwareInnerLoop, type SoftwareOptions } from './software.js';
export type { BackendRef } from './backend.js';
export { backendRef, isInnerLoop, loadInnerLoop, SessionCache } from './backend.js';
export type { FamilySpec, SetTask, TaskSide } from './task-sets.js';
export { drawFamilyTask, drawTaskSet, taskFingerprint, taskSide } from './task-sets.js';
export type { FitnessSetup, RunnerEvaluatorOptions, TaskSampling } from './optimizee.js';
export { L2lOptimizee, evaluationSeed, fitnessOf, jobsFor, runnerEvaluator, tasksPerGeneration, thetaOf, trainingTasks } from './optimizee.js';
export type { EpisodeBatch, EpisodeJob, EpisodeRunner, RunJobsOptions } from './runner.js';
export { RunAborted, createEpisodeRunner, defaultWorkers } from './runner.js';
export type { RowStats, TestSet, ThetaEvaluation } from './evaluation.js';
export { baselineRows, evaluateTheta, rowStats, summariseResults, testSet, testSubset } from './evaluation.js';
export type { MeanWithCi, Summary } from './stats.js';
export { incompleteBeta, mean, meanCi95, quantileSorted, sampleSd, studentTCdf, studentTQuantile, summarise } from './stats.js';
export type { Progress } from './progress.js';
export { createProgress, formatDuration, silentProgress } from './progress.js';
