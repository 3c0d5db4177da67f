// `dls asm` and `dls disasm` as a user runs them: output formats, the map, option errors, and
// ELF files that GNU binutils read without complaint.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../host/cli/main.js';
import { parseHexImage } from '../../ppu/index.js';
import { haveTool } from '../../scripts/lib/gnu-tools.js';

const tmp = mkdtempSync(join(tmpdir(), 'dls-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PROG = `# count down from 5, store the sum in the mailbox, wait
	.text
	.globl _start
	.type _start, @function
_start:
	li r3, 0
	li r4, 5
	mtctr r4
1:	add r3, r3, r4
	addi r4, r4, -1
	bdnz 1b
	lis r9, result@ha
	stw r3, result@l(r9)
	wait
	.size _start, . - _start
	.data
	.globl result
result:	.long 0
`;

/** Run the CLI in-process, capturing stdout and stderr. */
async function dls(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const status = await main(args);
    return { status, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('dls asm', () => {
  const prog = join(tmp, 'prog.s');
  writeFileSync(prog, PROG);

  it('writes an ELF executable that dls run runs', async () => {
    const elf = join(tmp, 'prog.elf');
    const r = await dls('asm', prog, '-o', elf, '--map', join(tmp, 'prog.map'));
    expect(r).toEqual({ status: 0, out: '', err: '' });
    const run = await dls('run', elf, '--dump-data', join(tmp, 'dump.bin'));
    expect(run.status).toBe(0);
    const dump = readFileSync(join(tmp, 'dump.bin'));
    const map = readFileSync(join(tmp, 'prog.map'), 'utf8');
    const addr = Number(/(0x[0-9a-f]+)  G result/.exec(map)![1]);
    expect(dump.readUInt32BE(addr)).toBe(15);
    expect(map).toMatch(/^\.text\s+0x00000000\s+0x00000024/m);
  });

  it('writes flat binaries and hex memory images with the same bytes', async () => {
    await dls('asm', prog, '-o', join(tmp, 'prog.bin'), '--format', 'bin');
    await dls('asm', prog, '-o', join(tmp, 'prog.mem'), '--format', 'mem');
    const bin = new Uint8Array(readFileSync(join(tmp, 'prog.bin')));
    const mem = parseHexImage(readFileSync(join(tmp, 'prog.mem'), 'utf8'));
    expect(mem).toHaveLength(1);
    expect(Buffer.from(mem[0]!.data).toString('hex')).toBe(Buffer.from(bin).toString('hex'));
    expect(bin.length).toBe(0x28);
    expect((await dls('run', join(tmp, 'prog.mem'))).status).toBe(0);
  });

  it('reports every error of every file and exits with status 2', async () => {
    writeFileSync(join(tmp, 'bad1.s'), '\tli 3, 70000\n\tfoo 1\n');
    writeFileSync(join(tmp, 'bad2.s'), '\tb nowhere\n');
    const r = await dls('asm', join(tmp, 'bad1.s'), join(tmp, 'bad2.s'), '-o', join(tmp, 'x.elf'));
    expect(r.status).toBe(2);
    expect(r.err.match(/error:/g)).toHaveLength(3);
    expect(r.err).toContain('bad1.s:1:8: error: SI out of range: 70000 is not in -32768..32767\n  \tli 3, 70000\n  \t      ^');
    expect(r.err).toContain("bad1.s:2:2: error: unknown instruction 'foo'");
    expect(r.err).toContain("bad2.s:1:4: error: undefined symbol 'nowhere'");
    expect(r.err).not.toContain('    at '); // no stack trace
  });

  it('checks its options', async () => {
    expect((await dls('asm', prog, '-o', join(tmp, 'x'), '--format', 'hex')).err).toContain("--format must be elf, bin or mem, not 'hex'");
    expect((await dls('asm', prog, '-o', join(tmp, 'x'), '--section-start', '.text')).err).toContain('--section-start expects NAME=ADDR');
    expect((await dls('asm', prog, '-o', join(tmp, 'x'), '--section-start', '.text=zero')).err).toContain("--section-start .text must be a non-negative integer");
    expect((await dls('asm', prog, '-o', join(tmp, 'x'), '--profile', 'linux')).err).toContain('--profile must be dls or linux-user');
    expect((await dls('asm', join(tmp, 'missing.s'), '-o', join(tmp, 'x'))).err).toContain('no such file');
  });
});

describe('dls disasm', () => {
  it('prints a listing that dls asm turns back into the same program', async () => {
    const elf = join(tmp, 'd.elf');
    writeFileSync(join(tmp, 'd.s'), PROG);
    await dls('asm', join(tmp, 'd.s'), '-o', elf);
    const r = await dls('disasm', elf);
    expect(r.status).toBe(0);
    expect(r.out).toContain('_start:\n\tli r3,0\n\tli r4,5\n\tmtctr r4\n.L_000c:\n\tadd r3,r3,r4\n\taddi r4,r4,-1\n\tbdnz .L_000c\n');
    expect(r.out).toContain('\t.globl result\nresult:\n\t.long 0x00000000');
    writeFileSync(join(tmp, 'd2.s'), r.out);
    const cmd = /# Reassemble with: dls asm FILE\.s -o OUT (.*)/.exec(r.out)![1]!.split(' ');
    expect((await dls('asm', join(tmp, 'd2.s'), '-o', join(tmp, 'd2.elf'), ...cmd)).status).toBe(0);
    const a = await dls('disasm', join(tmp, 'd2.elf'));
    expect(a.out.replace(/d2\.elf/g, 'd.elf')).toBe(r.out);
  });

  it('reads flat binaries at a load address', async () => {
    writeFileSync(join(tmp, 'flat.bin'), Buffer.from([0x48, 0x00, 0x00, 0x00, 0x7c, 0x00, 0x00, 0x7c]));
    const r = await dls('disasm', join(tmp, 'flat.bin'), '--load-address', '0x100');
    expect(r.out).toContain('--section-start .text=0x100');
    expect(r.out).toContain('.L_0100:\n\tb .L_0100\n\twait\n');
  });
});

const binutils = haveTool('powerpc-linux-gnu-readelf') && haveTool('powerpc-linux-gnu-objdump') && haveTool('powerpc-linux-gnu-objcopy');
describe.skipIf(!binutils)('ELF files read by GNU binutils', () => {
  it('readelf, objdump and objcopy accept the output of both profiles', async () => {
    for (const profile of ['dls', 'linux-user']) {
      const elf = join(tmp, `b-${profile}.elf`);
      writeFileSync(join(tmp, 'b.s'), PROG.replace('wait', profile === 'dls' ? 'wait' : 'li 0, 1\n\tsc'));
      expect((await dls('asm', join(tmp, 'b.s'), '-o', elf, '--profile', profile, '--format', 'elf')).status).toBe(0);
      const re = spawnSync('powerpc-linux-gnu-readelf', ['-a', '-W', elf], { encoding: 'utf8' });
      expect(re.status).toBe(0);
      expect(re.stderr).toBe('');
      expect(re.stdout).toMatch(/Type:\s+EXEC/);
      expect(re.stdout).toMatch(/GLOBAL DEFAULT\s+\d+ _start/);
      const od = execFileSync('powerpc-linux-gnu-objdump', ['-d', elf], { encoding: 'utf8' });
      expect(od).toMatch(/<_start>:/);
      expect(od).toMatch(/bdnz/);
      execFileSync('powerpc-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', elf, join(tmp, 'text.bin')]);
      await dls('asm', join(tmp, 'b.s'), '-o', join(tmp, 'b.bin'), '--profile', profile, '--format', 'bin');
      const text = readFileSync(join(tmp, 'text.bin'));
      expect(readFileSync(join(tmp, 'b.bin')).subarray(0, text.length).equals(text)).toBe(true);
    }
  });

  it.skipIf(!haveTool('qemu-ppc'))('a linux-user executable runs under qemu-ppc', async () => {
    const elf = join(tmp, 'q.elf');
    writeFileSync(join(tmp, 'q.s'), '\t.globl _start\n_start:\tli 3, 1\n\tlis 4, msg@ha\n\tla 4, msg@l(4)\n\tli 5, 3\n\tli 0, 4\n\tsc\n\tli 3, 9\n\tli 0, 1\n\tsc\n\t.data\nmsg:\t.ascii "ok\\n"\n');
    await dls('asm', join(tmp, 'q.s'), '-o', elf, '--profile', 'linux-user');
    const r = spawnSync('qemu-ppc', [elf], { encoding: 'utf8' });
    expect({ out: r.stdout, status: r.status }).toEqual({ out: 'ok\n', status: 9 });
  });
});
