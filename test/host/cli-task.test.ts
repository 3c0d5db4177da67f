import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../host/cli/main.js';
import { decodeTaskBinary, encodeTaskBinary, generateRandomMdpTask, parseTaskFile } from '../../host/tasks/index.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'dls-task-'));

describe('dls task', () => {
  it('generate writes the same task as the library', async () => {
    expect(await main(['task', 'generate', 'mdp', '--seed', '5', '--index', '2'])).toBe(0);
    expect(parseTaskFile(out, 'stdout')).toEqual(generateRandomMdpTask({ seed: 5, index: 2 }));
  });

  it('generate --binary and encode give the byte form; check reads both forms', async () => {
    const json = join(dir, 'maze.json');
    const bin = join(dir, 'maze.bin');
    expect(await main(['task', 'generate', 'maze', '--seed', '1', '--width', '4', '--height', '3', '-o', json])).toBe(0);
    expect(await main(['task', 'encode', json, '-o', bin, '--seed', '9'])).toBe(0);
    const fp = decodeTaskBinary(new Uint8Array(readFileSync(bin)));
    expect(fp.episode.seed).toBe(9);
    expect(fp.kind).toBe('maze');
    out = '';
    expect(await main(['task', 'check', json, bin])).toBe(0);
    expect(out).toMatch(/maze\.json: maze, \d+ states, 4 actions, state-action rewards/);
    expect(out).toMatch(/maze\.bin: maze, \d+ states, 4 actions/);
    expect(out).toMatch(/expected total reward over the episode: optimal -?\d+\.\d{4}, uniformly random -?\d+\.\d{4}/);
    const direct = join(dir, 'direct.bin');
    expect(await main(['task', 'generate', 'mdp', '--seed', '3', '--binary', '-o', direct])).toBe(0);
    expect(new Uint8Array(readFileSync(direct))).toEqual(encodeTaskBinary(generateRandomMdpTask({ seed: 3 })));
  });

  it('check reports the problems of every file with locations and exits 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "format": "dls-task",\n  "version": 1,\n  "kind": "maze",\n  "episode": { "length": 10, "seed": 1 },\n  "maze": { "grid": ["..", ".."], "goalReward": 2, "wallPenalty": 0, "stepReward": 0 }\n}\n');
    const damaged = join(dir, 'damaged.bin');
    const bytes = encodeTaskBinary(generateRandomMdpTask({ seed: 1, states: 2, actions: 2 }));
    bytes[4] = 7;
    writeFileSync(damaged, bytes);
    expect(await main(['task', 'check', bad, damaged])).toBe(2);
    expect(err).toContain(`${bad}:6:49: error: maze.goalReward: must be in [-1, 1], got 2`);
    expect(err).toContain(`${damaged}: byte 4 (version): this dls reads version 1, got 7`);
  });

  it('rejects bad options by name', async () => {
    expect(await main(['task', 'generate', 'pong'])).toBe(2);
    expect(err).toContain("family must be mdp or maze, not 'pong'");
    expect(await main(['task', 'generate', 'maze', '--wall-probability', '2'])).toBe(2);
    expect(err).toContain('wallProbability: must be a number in [0, 0.9], got 2');
    expect(await main(['task', 'generate', 'mdp', '--reward-shape', 'dense'])).toBe(2);
    expect(err).toContain("--reward-shape must be transition or state-action, not 'dense'");
  });
});
