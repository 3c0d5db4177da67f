// PPU speed: million instructions and cycles per second for an integer loop, a memory-heavy
// program and a vector-heavy program; where powerpc-linux-gnu-gcc and qemu-ppc are installed, the
// same ELF's wall time under qemu-ppc beside dls's.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMachine, parseProgram, type Ppu } from '../ppu/index.js';
import { load } from '../test/helpers/mini-asm.js';

function measure(make: () => Ppu) {
  const cpu = make();
  const t0 = performance.now();
  const h = cpu.run(Infinity);
  const s = (performance.now() - t0) / 1000;
  return {
    halt: h.reason, instructions: cpu.icount, cycles: h.cycle, seconds: +s.toFixed(3),
    mips: +(cpu.icount / s / 1e6).toFixed(1), mcyclesPerSecond: +(h.cycle / s / 1e6).toFixed(1),
  };
}

const has = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const results: Record<string, unknown> = {};

// dls profile, hand-written loops (32 x 2^20 iterations of 7 instructions, etc.)
results.integerLoop = measure(() => load(`lis 3,0x100; mtctr 3; li 4,0; li 5,1; li 6,3
  1: add 4,4,5; xor 7,4,6; rlwinm 8,7,3,0,28; addi 5,5,1; subf 9,8,4; and 10,9,7; bdnz 1b
  .long 0x7c00007c`));
results.memoryLoop = measure(() => load(`lis 3,0x40; mtctr 3; li 9,0x1000
  1: lwz 4,0(9); lwz 5,4(9); add 6,4,5; stw 6,8(9); lbz 7,1(9); addi 9,9,4; andi. 9,9,0x7fc; ori 9,9,0x1000; stb 7,12(9); bdnz 1b
  .long 0x7c00007c`));
// fxvlax, two fractional multiply-adds and a saturating add, fxvstax, sync every iteration.
const fx = (xo: number, t: number, a: number, b: number) => ((4 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 2)) >>> 0;
results.vectorLoop = measure(() => load(`lis 3,0x8; mtctr 3; li 9,0x2000; li 10,0; li 11,0x2010
  1: .long ${fx(492, 1, 9, 10)}; .long ${fx(492, 2, 11, 10)}; .long ${fx(93, 3, 1, 2)}; .long ${fx(477, 4, 3, 1)}; .long ${fx(461, 5, 4, 2)}; .long ${fx(508, 5, 9, 10)}; sync; bdnz 1b
  .long 0x7c00007c`));

if (has('powerpc-linux-gnu-gcc') && has('qemu-ppc')) {
  const dir = mkdtempSync(join(tmpdir(), 'dls-bench-'));
  try {
    for (const name of ['intloop', 'memloop']) {
      const src = fileURLToPath(new URL(`programs/${name}.c`, import.meta.url));
      const elf = join(dir, `${name}.elf`);
      execFileSync('powerpc-linux-gnu-gcc', ['-O2', '-mcpu=440', '-msoft-float', '-ffreestanding', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-o', elf, src, '-lgcc']);
      const bytes = new Uint8Array(readFileSync(elf));
      const dls = measure(() => createMachine(parseProgram(bytes, elf), { profile: 'linux-user' }));
      const t0 = performance.now();
      let status = 0;
      try {
        execFileSync('qemu-ppc', [elf]);
      } catch (e) {
        status = (e as { status: number }).status;
      }
      const qemuSeconds = (performance.now() - t0) / 1000;
      results[`${name}-O2`] = { dls, qemuSeconds: +qemuSeconds.toFixed(3), qemuExit: status, ratio: +(dls.seconds / qemuSeconds).toFixed(2) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
