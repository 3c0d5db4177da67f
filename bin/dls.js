#!/usr/bin/env node
// Entry point of the `dls` command: TypeScript sources run through tsx (no build step).
import { register } from 'tsx/esm/api';

// A closed pipe (`dls run --trace | head`) ends the program quietly, as other Unix tools do.
for (const s of [process.stdout, process.stderr]) {
  s.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

register();
const { main } = await import('../host/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
