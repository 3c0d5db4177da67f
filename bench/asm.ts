// Assembler benchmark: assemble (and link) 100,000 lines of assembly in the style of GCC's output
// and hand-written PPU code, and report lines per second as JSON.
//
//   node --import tsx bench/asm.ts
//
// The source is generated deterministically (no randomness): functions with prologues and
// epilogues, loads and stores, extended mnemonics, branches to numeric local and named labels
// (forward and backward), relocation operators, FXV instructions, and data directives.

import { performance } from 'node:perf_hooks';
import { assemble, assembleObject } from '../assembler/index.js';

export const LINES = 100_000;

export function benchSource(lines = LINES): string {
  const out: string[] = ['\t.text'];
  let f = 0;
  while (out.length < lines - 40) {
    const name = `func${f}`;
    out.push(
      `\t.globl ${name}`, `\t.type ${name}, @function`, `${name}:`,
      '\tstwu 1, -32(1)', '\tmflr 0', '\tstw 0, 36(1)', '\tstw 31, 28(1)', '\tmr 31, 1',
      `\tlis 9, table${f % 16}@ha`, `\tla 9, table${f % 16}@l(9)`, '\tli 10, 16', '\tmtctr 10',
      '1:\tlwz 3, 0(9)', '\taddi 3, 3, 1', '\tslwi 4, 3, 2', '\trlwinm 5, 4, 0, 0xff', '\tcmpwi cr7, 5, 100',
      '\tbgt- cr7, 2f', '\tstw 3, 0(9)', '2:\taddi 9, 9, 4', '\tbdnz 1b',
      `\tfxvlax 1, 0, 9`, '\tfxvaddbm 2, 1, 1, gt', '\tfxvstax 2, 0, 9',
      `\tbl func${(f + 1) % 50}`, '\tsubf. 3, 4, 5', '\tbeq+ 3f', '\txor 3, 3, 4',
      '3:\tlwz 0, 36(1)', '\tlwz 31, 28(1)', '\taddi 1, 1, 32', '\tmtlr 0', '\tblr',
      `\t.size ${name}, . - ${name}`,
    );
    f++;
  }
  out.push('\t.data');
  for (let t = 0; t < 16; t++) out.push(`table${t}:`, `\t.long ${Array.from({ length: 16 }, (_, i) => t * 16 + i).join(', ')}`);
  while (out.length < lines) out.push('\t.byte 1, 2, 3, 4');
  return `${out.join('\n')}\n`;
}

export function run(): Record<string, number> {
  const text = benchSource();
  const lines = text.split('\n').length - 1;
  const src = { name: 'bench.s', text };
  // Warm up the JIT, then time the best of a few runs of each.
  for (let i = 0; i < 2; i++) assemble([src], { profile: 'linux-user' }).elf;
  let asmOnly = Infinity;
  let full = Infinity;
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    assembleObject(src);
    asmOnly = Math.min(asmOnly, performance.now() - t0);
    t0 = performance.now();
    void assemble([src], { profile: 'linux-user' }).elf;
    full = Math.min(full, performance.now() - t0);
  }
  return {
    lines,
    assembleMs: Math.round(asmOnly * 10) / 10,
    assembleLinesPerSecond: Math.round(lines / (asmOnly / 1000)),
    assembleLinkElfMs: Math.round(full * 10) / 10,
    assembleLinkElfLinesPerSecond: Math.round(lines / (full / 1000)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ benchmark: 'asm', ...run() }));
}
