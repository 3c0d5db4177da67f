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
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`dls: internal error: ${msg}\n(this is a bug in dls; please report it with the command you ran)\n`);
    if (process.env.DLS_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 70;
  }
}
