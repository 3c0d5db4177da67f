#!/usr/bin/env node
// The npm registry this project is developed against mirrors only the packages installed here,
// so `npm install` leaves other platforms' optional binaries (rollup's, used by vitest) out of
// package-lock.json and `npm ci` then refuses the lock file. This script adds the missing
// optional platform entries with their os/cpu/libc constraints (derived from the package name),
// which `npm ci` skips on non-matching platforms. Run it after every `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (pkgs[target]) continue;
    const m = /-(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|aix|netbsd)-([a-z0-9]+)(?:-(gnu|musl|msvc|gnueabihf|musleabihf|eabi))?$/.exec(name);
    if (!m) continue;
    const [, os, cpu, abi] = m;
    const e = { version, dev: entry.dev ?? undefined, optional: true, os: [os], cpu: [cpu] };
    if (abi === 'gnu' || abi === 'gnueabihf') e.libc = ['glibc'];
    if (abi === 'musl' || abi === 'musleabihf') e.libc = ['musl'];
    if (cpu === 'arm' || abi === 'gnueabihf' || abi === 'musleabihf') e.cpu = ['arm'];
    pkgs[target] = e;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
