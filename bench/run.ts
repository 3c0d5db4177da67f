// `npm run bench`: runs every benchmark module in bench/ (each exports `run()` returning
// numbers) and prints one JSON object per benchmark.

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts') && x !== 'run.ts').sort()) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run?: () => Record<string, number> | Promise<Record<string, number>> };
  if (typeof mod.run !== 'function') continue;
  console.log(JSON.stringify({ benchmark: f.replace(/\.ts$/, ''), ...(await mod.run()) }));
}
