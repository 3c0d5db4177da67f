// The dls command line as a child process, for tests that run it as a user does.
//
// Asynchronous on purpose: a synchronous child that runs for a minute blocks the test worker's
// event loop, and vitest's own messages with it (they time out after 60 s and fail the run).

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DLS_BIN = fileURLToPath(new URL('../../bin/dls.js', import.meta.url));

export interface DlsResult { status: number | null; stdout: string; stderr: string }

export function runDls(args: readonly string[], cwd: string): Promise<DlsResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DLS_BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
