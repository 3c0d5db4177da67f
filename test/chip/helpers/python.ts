// Finding a Python with Brian2 for the live differential tests. The Debian package python3-brian
// installs into the system Python; DLS_PYTHON overrides the interpreter.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function pythonWithBrian2(): string | null {
  const candidates = [process.env.DLS_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => !!p);
  for (const py of candidates) {
    if (py.startsWith('/') && !existsSync(py)) continue;
    const r = spawnSync(py, ['-c', 'import brian2'], { stdio: 'ignore', timeout: 60_000 });
    if (r.status === 0) return py;
  }
  return null;
}

/** Run a Python script of the repository; resolves with stdout, rejects with stderr on failure. */
export function runPython(py: string, script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(py, [join(REPO, script), ...args], { cwd: REPO });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited with ${code}:\n${err.slice(-2000)}`))));
  });
}
