// `npm run bench`: runs every benchmark script in bench/ (each prints one JSON document on
// stdout), prints a summary and writes bench/results.json. Benchmarks measure; nothing here
// passes or fails on time.

import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.lib.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results: Record<string, unknown> = {};
for (const s of scripts) {
  process.stderr.write(`bench: ${s} ...\n`);
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', `${dir}${s}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    results[s.replace(/\.ts$/, '')] = JSON.parse(out);
  } catch (e) {
    results[s.replace(/\.ts$/, '')] = { error: (e as Error).message.split('\n')[0] };
  }
  process.stdout.write(`${s}: ${JSON.stringify(results[s.replace(/\.ts$/, '')], null, 2)}\n`);
}
const doc = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, results };
writeFileSync(`${dir}results.json`, `${JSON.stringify(doc, null, 2)}\n`);
process.stderr.write(`bench: wrote bench/results.json\n`);
