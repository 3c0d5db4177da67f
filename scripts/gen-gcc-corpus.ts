// Generates the gcc -S differential corpus: every C program of SRC_DIR is compiled with the
// stock cross compiler (powerpc-linux-gnu-gcc -O0/-O2/-Os -mcpu=440 -msoft-float -ffreestanding
// -fno-pie -S), together with the runtime; GCC's own binary of the same sources (linked with
// libgcc) is run under `dls run --profile linux-user` (and qemu-ppc, as a cross-check) and its
// stdout and exit status are recorded. The test assembles GCC's assembly with dls and must
// reproduce them.
//
//   node --import tsx scripts/gen-gcc-corpus.ts [SRC_DIR [OUT_DIR]] [--runtime rt_start.s,rt.c] [--include DIR]
//
// Defaults: SRC_DIR test/assembler/c, OUT_DIR SRC_DIR/gen, runtime rt_start.s,rt.c (files of
// SRC_DIR; C files of the runtime are compiled like the programs, assembly files (.s, or .S
// without preprocessor directives) used as they are), include directory SRC_DIR.
// The PPU issue's C corpus:
//   node --import tsx scripts/gen-gcc-corpus.ts test/corpus/c --runtime runtime/start.S,runtime/rt.c --include test/corpus/c/runtime

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { UserError } from '../common/errors.js';
import { dlsBuild, gccAssembly, gccBinary, haveGcc, OPT_LEVELS, runLinuxUser, runQemu } from './lib/gcc-corpus.js';
import { GNU_GCC } from './lib/gnu-tools.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rtIdx = args.indexOf('--runtime');
const runtimeNames = rtIdx >= 0 ? args.splice(rtIdx, 2)[1]!.split(',') : ['rt_start.s', 'rt.c'];
const incIdx = args.indexOf('--include');
const includeArg = incIdx >= 0 ? args.splice(incIdx, 2)[1]! : undefined;
const isAsm = (f: string) => f.endsWith('.s') || f.endsWith('.S');
const SRC = args[0] ? join(process.cwd(), args[0]) : join(ROOT, 'test', 'assembler', 'c');
const OUT = args[1] ? join(process.cwd(), args[1]) : join(SRC, 'gen');
const INCLUDE = includeArg ? join(process.cwd(), includeArg) : SRC;

if (!haveGcc()) {
  console.error(`${GNU_GCC} is not installed; cannot generate the gcc corpus`);
  process.exit(1);
}
const version = execFileSync(GNU_GCC, ['--version'], { encoding: 'utf8' }).split('\n')[0];
const programs = readdirSync(SRC).filter((f) => f.endsWith('.c') && !runtimeNames.includes(f)).sort();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const summary: Record<string, string> = {};
for (const opt of OPT_LEVELS) {
  // The runtime, compiled once per optimisation level.
  const rtAsm: { name: string; text: string }[] = [];
  for (const r of runtimeNames) {
    if (r.endsWith('.c')) {
      const name = `${basename(r, '.c')}${opt}.s`;
      writeFileSync(join(OUT, name), gccAssembly(join(SRC, r), opt, INCLUDE));
      rtAsm.push({ name, text: readFileSync(join(OUT, name), 'utf8') });
    }
  }
  for (const p of programs) {
    const prog = basename(p, '.c');
    const asmName = `${prog}${opt}.s`;
    writeFileSync(join(OUT, asmName), gccAssembly(join(SRC, p), opt, INCLUDE));
    const reference = gccBinary([...runtimeNames.map((r) => join(SRC, r)), join(SRC, p)], opt, INCLUDE);
    const ref = runLinuxUser(reference, `${prog}${opt} (gcc)`);
    const qemu = runQemu(reference);
    if (qemu && (qemu.stdout !== ref.stdout || qemu.exit !== ref.exit)) {
      console.error(`warning: ${prog} ${opt}: GCC's binary behaves differently under qemu-ppc (exit ${qemu.exit}) and dls (exit ${ref.exit})`);
    }
    // The runtime's own assembly files are read from SRC; GCC's assembly from OUT.
    const sources = [
      ...runtimeNames.filter(isAsm).map((r) => relative(OUT, join(SRC, r))),
      ...rtAsm.map((r) => r.name),
      asmName,
    ];
    let needsLibgcc = false;
    const files = sources.map((s) => ({ name: s, text: readFileSync(join(OUT, s), 'utf8') }));
    try {
      dlsBuild(files, false);
    } catch (e) {
      if (!(e instanceof UserError) || !e.message.includes('undefined symbol')) throw e;
      needsLibgcc = true;
    }
    const record = { program: p, opt, gcc: version, sources, needsLibgcc, stdout: ref.stdout, exit: ref.exit, halt: ref.halt, qemuAgrees: qemu ? qemu.stdout === ref.stdout && qemu.exit === ref.exit : null };
    writeFileSync(join(OUT, `${prog}${opt}.json`), `${JSON.stringify(record, null, 1)}\n`);
    summary[`${prog}${opt}`] = `exit ${ref.exit}${needsLibgcc ? ', libgcc' : ''}`;
  }
}
// Programs for the dls profile (SRC_DIR/dls/*.c, e.g. C with inline FXV assembly): GNU as does
// not know FXV, so there is no GCC binary to compare with; these programs check their own results
// and the test checks them too. Only GCC's assembly is recorded.
const DLS_SRC = join(SRC, 'dls');
const dlsPrograms = existsSync(DLS_SRC) ? readdirSync(DLS_SRC).filter((f) => f.endsWith('.c')).sort() : [];
if (dlsPrograms.length) mkdirSync(join(OUT, 'dls'), { recursive: true });
for (const opt of OPT_LEVELS) {
  for (const p of dlsPrograms) {
    const name = `${basename(p, '.c')}${opt}.s`;
    writeFileSync(join(OUT, 'dls', name), gccAssembly(join(DLS_SRC, p), opt, DLS_SRC));
    summary[`dls/${name}`] = 'assembly';
  }
}
console.log(JSON.stringify(summary, null, 1));
