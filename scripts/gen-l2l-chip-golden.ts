// Records the exact results of the golden chip episodes (test/helpers/l2l-chip-golden.ts) into
// test/l2l/golden/chip-episodes.json. Rerun only when a change of results is intended (a model
// or program change), never to make a performance change pass.
//   npx tsx scripts/gen-l2l-chip-golden.ts

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOLDEN_CASES, runGoldenCase } from '../test/helpers/l2l-chip-golden.js';

const out = fileURLToPath(new URL('../test/l2l/golden/chip-episodes.json', import.meta.url));
const results: Record<string, unknown> = {};
for (const c of GOLDEN_CASES) {
  results[c.name] = await runGoldenCase(c);
  process.stderr.write(`${c.name}: done\n`);
}
// One line per episode: small diffs when a change of results is intended.
const lines = Object.entries(results).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);
process.stdout.write(`wrote test/l2l/golden/chip-episodes.json (${GOLDEN_CASES.length} episodes)\n`);
