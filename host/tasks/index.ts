// Task families for the learning-to-learn experiments: random MDPs and mazes, their file and
// byte forms, the PPU's exact sampling, reference solutions and software learners.
// docs/tasks.md is the specification.

export type { Mdp, Rewards, RewardShape, StateActionRewards, TransitionRewards, FlatMdp } from './mdp.js';
export { rewardOf, expectedRewards, mdpProblems, assertMdp, flatten, ROW_SUM_TOLERANCE } from './mdp.js';
export {
  PROB_SCALE,
  REWARD_SCALE,
  REWARD_MIN_Q,
  REWARD_MAX_Q,
  quantiseDistribution,
  quantisedDistribution,
  thresholdsOf,
  weightsOf,
  rewardToQ,
  qToReward,
  quantiseMdp,
} from './fixed-point.js';
export type { RandomMdpOptions } from './random-mdp.js';
export { chainMdp } from './chain.js';
export { randomMdp, randomMdpStream, RANDOM_MDP_DEFAULTS, checkRandomMdpOptions } from './random-mdp.js';
export type { Maze, MazeOptions, MazeEvent, MazeMove } from './maze.js';
export {
  randomMaze,
  randomMazeStream,
  mazeToMdp,
  mazeMove,
  mazeProblems,
  mazeGrid,
  stateCells,
  reachableFrom,
  renderMaze,
  checkMazeOptions,
  MAZE_DEFAULTS,
  MAZE_ACTIONS,
  MAZE_MAX_CELLS,
  ACTION_NAMES,
} from './maze.js';
export type { EpisodeSpec, FixedPointTask, TaskKind } from './binary.js';
export { TASK_MAGIC, TASK_BINARY_VERSION, HEADER_SIZE, binarySize, toFixedPoint, fromFixedPoint, encodeTask, decodeTask } from './binary.js';
export type { PpuStep, EpisodeTrace, Source16 } from './ppu-reference.js';
export { Lcg, LCG_MULTIPLIER, LCG_INCREMENT, REJECTED_U16, sampleRow, PpuEnvironment, runPpuEpisode } from './ppu-reference.js';
export type { Task, MdpTask, MazeTask, TaskOrigin, RandomMdpTaskOptions, MazeTaskOptions } from './task.js';
export {
  generateRandomMdpTask,
  generateMazeTask,
  mdpTask,
  withEpisode,
  episodeSeed,
  taskFixedPoint,
  encodeTaskBinary,
  decodeTaskBinary,
  DEFAULT_EPISODE_LENGTH,
} from './task.js';
export { TASK_FORMAT, TASK_FILE_VERSION, FILE_ROW_SUM_TOLERANCE, parseTaskFile, taskFromJson, taskToJson, formatTaskFile } from './task-file.js';
export type { JsonPath, JsonSource } from './json-source.js';
export { parseJsonSource, formatJsonPath } from './json-source.js';
export type { FiniteHorizonResult, DiscountedSolution, AverageRewardSolution, ReferenceRewards } from './solvers.js';
export {
  optimalEpisodeReward,
  randomEpisodeReward,
  policyEpisodeReward,
  discountedValueIteration,
  averageRewardValueIteration,
  referenceRewards,
  normalisedScore,
} from './solvers.js';
export type { Environment, ActionSelection, TdParams, LearnerRun, L2lThetaValues } from './learners.js';
export { SampledEnvironment, runTdLearner, rescaleRow, tdParamsFromTheta, WEIGHT_MAX, WEIGHT_FRACTION_SCALE, RESCALE_PERIOD_SCALE } from './learners.js';
