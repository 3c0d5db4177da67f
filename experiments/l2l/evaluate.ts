// Evaluating one Theta on N fresh test tasks (default 50, the number the science needs): the
// backend's inner loop and the software learner with the same Theta, against the exact random
// and optimal references, with 95% confidence intervals and normalised scores per task.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../common/errors.js';
import {
  backendRef,
  baselineRows,
  createEpisodeRunner,
  evaluateTheta,
  softwareInnerLoop,
  testSet,
  type FamilySpec,
  type MeanWithCi,
  type Progress,
} from '../../host/l2l/index.js';
import { L2L_THETA, thetaToNormalised } from '../../host/optimizers/index.js';
import { innerLoop } from './backends.js';
import { canonicalJson, thetaPoint, type Results, type ThetaPoint } from './records.js';
import { readRunFile } from './run.js';

export const DEFAULT_TEST_TASKS = 50;

export interface EvaluationRow {
  readonly key: string;
  readonly label: string;
  readonly reward: MeanWithCi;
  readonly score: MeanWithCi;
}

export interface EvaluationReport {
  readonly format: 'dls-l2l-evaluation';
  readonly version: 1;
  readonly family: FamilySpec;
  readonly testSeed: number;
  readonly steps: number;
  readonly backend: string;
  readonly thetaSource: string;
  readonly theta: ThetaPoint;
  readonly rows: readonly EvaluationRow[];
  /** Per test task: its family index, the exact references, and each learner's reward and score. */
  readonly tasks: readonly {
    readonly index: number;
    readonly optimal: number;
    readonly random: number;
    readonly reward: number;
    readonly score: number;
    readonly softwareReward: number;
    readonly softwareScore: number;
  }[];
}

export interface EvaluateParams {
  readonly family: FamilySpec;
  readonly testSeed: number;
  readonly steps: number;
  readonly tasks: number;
  readonly backend: string;
  readonly backendOptions: Readonly<Record<string, unknown>>;
  readonly workers: number;
  readonly theta: ThetaPoint;
  readonly thetaSource: string;
  readonly progress?: Progress;
}

export async function evaluateOnTestTasks(p: EvaluateParams): Promise<EvaluationReport> {
  const set = testSet(p.family, p.testSeed, p.tasks, p.steps);
  const loop = await innerLoop(p.backend);
  const runner = createEpisodeRunner(backendRef(loop, p.backendOptions), p.workers);
  const swRef = backendRef(softwareInnerLoop, {});
  const sameAsSoftware = runner.backend.name === swRef.name && JSON.stringify(runner.backend.options) === JSON.stringify(swRef.options);
  const software = sameAsSoftware ? runner : createEpisodeRunner(swRef, p.workers);
  const total = p.tasks * (sameAsSoftware ? 1 : 2);
  p.progress?.start(total, 0);
  try {
    const onProgress = (base: number) => (n: number) => p.progress?.update(base + n);
    const main = await evaluateTheta(runner, p.theta.theta, set, { onProgress: onProgress(0) });
    const sw = sameAsSoftware ? main : await evaluateTheta(software, p.theta.theta, set, { onProgress: onProgress(p.tasks) });
    const base = baselineRows(set);
    return canonicalJson({
      format: 'dls-l2l-evaluation',
      version: 1,
      family: p.family,
      testSeed: p.testSeed,
      steps: p.steps,
      backend: p.backend,
      thetaSource: p.thetaSource,
      theta: p.theta,
      rows: [
        { key: 'random', label: 'uniformly random policy (exact expectation)', reward: base.random.reward, score: base.random.score },
        { key: 'optimal', label: `best ${p.steps}-step behaviour knowing the task (exact)`, reward: base.optimal.reward, score: base.optimal.score },
        { key: 'theta', label: `Theta (${p.thetaSource}), ${p.backend} inner loop`, reward: main.reward, score: main.score },
        { key: 'software', label: `Theta (${p.thetaSource}), software SARSA(lambda)`, reward: sw.reward, score: sw.score },
      ],
      tasks: set.tasks.map((t, i) => ({
        index: t.index,
        optimal: set.references[i]!.optimal,
        random: set.references[i]!.random,
        reward: main.rewards[i]!,
        score: main.scores[i]!,
        softwareReward: sw.rewards[i]!,
        softwareScore: sw.scores[i]!,
      })),
    } satisfies EvaluationReport);
  } finally {
    p.progress?.stop();
    await runner.close();
    if (software !== runner) await software.close();
  }
}

export function evaluationMarkdown(r: EvaluationReport): string {
  const ci = (m: MeanWithCi, d: number) => `[${m.lower.toFixed(d)}, ${m.upper.toFixed(d)}]`;
  const lines = [
    `Test: ${r.tasks.length} tasks of the ${r.family.kind} family's test half (family seed ${r.testSeed}), ${r.steps} steps each.`,
    `Theta (${r.thetaSource}): ${Object.entries(r.theta.chip).map(([k, v]) => `${k}=${v}`).join(' ')} (chip units)`,
    '',
    '| policy | mean reward | 95% CI | normalised score | 95% CI |',
    '|---|---:|---|---:|---|',
    ...r.rows.map((row) => {
      const exact = row.key === 'random' || row.key === 'optimal';
      return `| ${row.label} | ${row.reward.mean.toFixed(2)} | ${ci(row.reward, 2)} | ${exact ? (row.key === 'random' ? '0' : '1') : row.score.mean.toFixed(3)} | ${exact ? '' : ci(row.score, 3)} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

/** A Theta file: JSON values in the reference's units, e.g. {"gamma": 0.9, "eta": 0.2, ...}. */
export function readThetaFile(file: string): ThetaPoint {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`--theta: cannot read ${file} as JSON: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UserError(`${file}: a Theta file is an object of parameter values, e.g. {"gamma": 0.9, ...}`);
  try {
    return thetaPoint(thetaToNormalised(L2L_THETA, value as Record<string, number>));
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.diagnostics.map((d) => ({ ...d, message: `${file}: ${d.message}` })));
    throw e;
  }
}

/** Theta `which` (initial, final, best) of a finished run. */
export function thetaOfRun(dir: string, which: string): ThetaPoint {
  const file = join(dir, 'results.json');
  let r: Results;
  try {
    r = JSON.parse(readFileSync(file, 'utf8')) as Results;
  } catch (e) {
    throw new UserError(`${file}: cannot read the run's results (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); is the run finished?`);
  }
  const pick = which === 'initial' ? r.initial.x : which === 'final' ? r.final?.answer.x : which === 'best' ? r.final?.bestEver.x : undefined;
  if (!Array.isArray(pick)) throw new UserError(`--theta: must be initial, final, best or a Theta file, got '${which}'`);
  return thetaPoint(pick);
}

export { readRunFile };
