// The measurement method of nux-timing.md section 0, on the emulator: the loop method
// (cycles/iteration = (delta128 - delta64) / 64) and the straight-line method (mfspr before and
// after a sequence). Registers as the reference sets them: r5=3, r6=7, r8=0x100, r9=0x200, r13=0,
// CR0 from `cmpwi 0,5,10`.

import type { Ppu, PpuOptions } from '../../ppu/index.js';
import { ProgramBuilder, WAIT } from './program-builder.js';

export type Body = (b: ProgramBuilder) => void;

const TBL = 284;

function preamble(b: ProgramBuilder): void {
  b.li(5, 3).li(6, 7).li(8, 0x100).li(9, 0x200).li(13, 0);
  b.op('cmpi', [0, 0, 5, 10]);
}

function runToWait(cpu: Ppu): void {
  const h = cpu.run(10_000_000);
  if (h.reason !== 'wait') throw new Error(`program stopped with ${h.reason} at pc 0x${(h.pc ?? cpu.pc).toString(16)}`);
}

/** `li 3,N; mtctr 3; b 2f; .balign 32; 2: mfspr 10,284; 1: BODY; bdnz 1b; mfspr 11,284`: r11 - r10. */
export function loopDelta(body: Body, n: number, opts: PpuOptions = {}, setup?: (cpu: Ppu) => void): number {
  const b = new ProgramBuilder();
  preamble(b);
  b.li(3, n).op('mtspr', [9, 3]).b('2');
  b.balign(32).label('2').op('mfspr', [10, TBL]);
  b.label('1');
  body(b);
  b.bdnz('1').op('mfspr', [11, TBL]).word(WAIT);
  const cpu = b.load(opts);
  setup?.(cpu);
  runToWait(cpu);
  return (cpu.gpr[11]! - cpu.gpr[10]!) | 0;
}

/** Cycles per iteration: (delta128 - delta64) / 64 (the bdnz included). */
export function loopCycles(body: Body, opts: PpuOptions = {}): number {
  return (loopDelta(body, 128, opts) - loopDelta(body, 64, opts)) / 64;
}

/** `mfspr 10,284; SEQ; mfspr 11,284`: r11 - r10 (an empty SEQ gives 1). */
export function straightLine(seq: Body, opts: PpuOptions = {}): { delta: number; cpu: Ppu } {
  const b = new ProgramBuilder();
  preamble(b);
  b.op('mfspr', [10, TBL]);
  seq(b);
  b.op('mfspr', [11, TBL]).word(WAIT);
  const cpu = b.load(opts);
  runToWait(cpu);
  return { delta: (cpu.gpr[11]! - cpu.gpr[10]!) | 0, cpu };
}

/** `mfspr 10; SEQ; mfspr 11; sync; mfspr 12`: first to last (r12 - r10). */
export function straightLineSync(seq: Body, opts: PpuOptions = {}): number {
  const b = new ProgramBuilder();
  preamble(b);
  b.op('mfspr', [10, TBL]);
  seq(b);
  b.op('mfspr', [11, TBL]).op('sync', [0]).op('mfspr', [12, TBL]).word(WAIT);
  const cpu = b.load(opts);
  runToWait(cpu);
  return (cpu.gpr[12]! - cpu.gpr[10]!) | 0;
}
