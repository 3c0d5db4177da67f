// The `dls` command line. Each command lives in host/cli/commands/<name>.ts and registers itself
// here; commands return an exit status. User errors print as located messages, never as stack
// traces; anything else is a bug and is reported as one.

import { Command, CommanderError } from 'commander';
import { UserError } from '../../common/errors.js';
import { COMMANDS } from './commands/index.js';

/** The command tree (also used to generate docs/cli.md). */
export function buildProgram(setStatus: (code: number) => void = () => {}): Command {
  const program = new Command('dls')
    .description('Emulator and toolchain for a HICANN-DLS-style neuromorphic chip')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program, setStatus);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = buildProgram((code) => (status = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    // A file the user named that cannot be read or written (missing directory, no permission):
    // the user's to fix, not a bug.
    const io = fileSystemProblem(e);
    if (io) {
      process.stderr.write(`dls: ${io}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`dls: internal error: ${msg}\n(this is a bug in dls; please report it with the command you ran)\n`);
    if (process.env.DLS_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 70;
  }
}

const FS_CODES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** "cannot open PATH: reason" for a Node file-system error about a path, else null. */
function fileSystemProblem(e: unknown): string | null {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== 'string' || typeof err.path !== 'string') return null;
  const reason = FS_CODES[err.code];
  if (!reason) return null;
  const verb = err.syscall === 'mkdir' ? 'create' : err.syscall === 'scandir' ? 'list' : 'open';
  return `cannot ${verb} ${err.path}: ${reason}`;
}
