// `dls task`: draw tasks of the L2L families, check task files (JSON or the PPU byte form) and
// convert them to the byte form. docs/tasks.md specifies the families and formats.

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../../common/errors.js';
import {
  TASK_MAGIC,
  binarySize,
  decodeTaskBinary,
  encodeTaskBinary,
  formatTaskFile,
  fromFixedPoint,
  generateMazeTask,
  generateRandomMdpTask,
  parseTaskFile,
  referenceRewards,
  renderMaze,
  type EpisodeSpec,
  type Mdp,
  type Task,
} from '../../tasks/index.js';
import { parseIntOption, readInput } from '../options.js';

function parseProbability(name: string, v: string): number {
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x)) throw new UserError(`${name} must be a number, not '${v}'`);
  return x;
}

/** A task file in either form, told apart by the binary form's magic. */
function loadTask(file: string): { task?: Task; mdp: Mdp; kind: string; episode: EpisodeSpec } {
  const bytes = readInput(file);
  if (String.fromCharCode(...bytes.subarray(0, 4)) === TASK_MAGIC) {
    const fp = decodeTaskBinary(bytes, file);
    return { mdp: fromFixedPoint(fp), kind: fp.kind, episode: fp.episode };
  }
  const task = parseTaskFile(new TextDecoder().decode(bytes), file);
  return { task, mdp: task.mdp, kind: task.kind, episode: task.episode };
}

function summary(file: string, t: ReturnType<typeof loadTask>): string {
  const { mdp, episode } = t;
  const ref = referenceRewards(mdp, episode.length);
  const lines = [
    `${file}: ${t.kind}, ${mdp.states} states, ${mdp.actions} actions, ${mdp.rewards.shape} rewards`,
    `  episode: ${episode.length} steps, environment seed ${episode.seed}`,
    `  binary form: ${binarySize(mdp.states, mdp.actions, mdp.rewards.shape)} bytes`,
    `  expected total reward over the episode: optimal ${ref.optimal.toFixed(4)}, uniformly random ${ref.random.toFixed(4)}`,
  ];
  if (t.task?.kind === 'maze') lines.push(...renderMaze(t.task.maze).split('\n').map((l) => `  ${l}`));
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  const task = program.command('task').description('draw, check and encode learning-to-learn tasks (random MDPs, mazes)');

  task
    .command('generate')
    .description('draw one task of a family as a task file (or its PPU byte form)')
    .argument('<family>', 'mdp | maze')
    .option('--seed <n>', 'family seed', '0')
    .option('--index <n>', 'task number within the family', '0')
    .option('--episode-length <n>', 'steps per episode (default: 2000 for mdp, 1000 for maze)')
    .option('--states <n>', 'mdp: number of states', '6')
    .option('--actions <n>', 'mdp: number of actions', '8')
    .option('--reward-shape <shape>', 'mdp: transition | state-action', 'transition')
    .option('--width <n>', 'maze: columns', '3')
    .option('--height <n>', 'maze: rows', '3')
    .option('--wall-probability <p>', 'maze: probability that a cell starts as a wall', '0.2')
    .option('--binary', 'write the PPU byte form instead of JSON')
    .option('-o, --out <file>', 'write here instead of standard output')
    .action((family: string, o: Record<string, string | boolean | undefined>) => {
      const seed = parseIntOption('--seed', o.seed as string);
      if (seed > 0xffffffff) throw new UserError(`--seed must be at most 4294967295, not '${o.seed}'`);
      const index = parseIntOption('--index', o.index as string);
      const episodeLength = o.episodeLength !== undefined ? parseIntOption('--episode-length', o.episodeLength as string) : undefined;
      let t: Task;
      if (family === 'mdp') {
        const shape = o.rewardShape as string;
        if (shape !== 'transition' && shape !== 'state-action') throw new UserError(`--reward-shape must be transition or state-action, not '${shape}'`);
        t = generateRandomMdpTask({
          seed,
          index,
          states: parseIntOption('--states', o.states as string),
          actions: parseIntOption('--actions', o.actions as string),
          rewardShape: shape,
          ...(episodeLength !== undefined ? { episodeLength } : {}),
        });
      } else if (family === 'maze') {
        t = generateMazeTask({
          seed,
          index,
          width: parseIntOption('--width', o.width as string),
          height: parseIntOption('--height', o.height as string),
          wallProbability: parseProbability('--wall-probability', o.wallProbability as string),
          ...(episodeLength !== undefined ? { episodeLength } : {}),
        });
      } else throw new UserError(`family must be mdp or maze, not '${family}'`);
      const out = o.binary ? encodeTaskBinary(t) : formatTaskFile(t);
      if (o.out) writeFileSync(o.out as string, out);
      else if (o.binary) throw new UserError('--binary needs --out FILE (the byte form is not for a terminal)');
      else process.stdout.write(out);
    });

  task
    .command('check')
    .description('check task files (JSON or byte form) and print their reference rewards')
    .argument('<files...>', 'task files')
    .action((files: string[]) => {
      // Every file is checked; the problems of all of them are reported together.
      const problems: UserError[] = [];
      for (const f of files) {
        try {
          process.stdout.write(summary(f, loadTask(f)));
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          problems.push(e);
        }
      }
      if (problems.length) throw new UserError(problems.flatMap((e) => e.diagnostics));
    });

  task
    .command('encode')
    .description('write the PPU byte form of a JSON task file')
    .argument('<file>', 'task file (JSON)')
    .requiredOption('-o, --out <file>', 'output file')
    .option('--episode-length <n>', 'override the episode length')
    .option('--seed <n>', "override the environment's LCG seed")
    .action((file: string, o: Record<string, string | undefined>) => {
      const t = loadTask(file);
      const episode = {
        length: o.episodeLength !== undefined ? parseIntOption('--episode-length', o.episodeLength) : t.episode.length,
        seed: o.seed !== undefined ? parseIntOption('--seed', o.seed) : t.episode.seed,
      };
      const task: Task = t.task ? { ...t.task, episode } : { kind: 'mdp', mdp: t.mdp, episode };
      writeFileSync(o.out!, encodeTaskBinary(task));
    });
}
