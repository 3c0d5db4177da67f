// Code quality of the plasticity-DSL compiler, in cycles on the emulated PPU:
//   - the STDP kernel (bench/programs/dsl/stdp.dsl) against a hand-written assembly version of
//     the same rule (stdp_hand.s);
//   - scalar kernels (kernels.dsl) against GCC -O2 for the same C functions (kernels.c; the
//     assembly kernels.O2.s is committed, scripts/gen-dsl-bench.ts regenerates it).
// Each kernel is called twice and the second call is timed (time base before and after, a sync
// before the second read for the vector kernels), so both sides pay the same call overhead and
// find warm branch caches. Both sides get the same inputs and must give the same results.
// Prints one JSON document; the goal is a ratio (DSL / reference) of at most 1.5.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assemble } from '../assembler/index.js';
import { compile } from '../assembler/dsl/index.js';
import { DlsSystem } from '../chip/index.js';
import { Rng } from '../common/random.js';
import { createMachine, parseProgram, type Ppu } from '../ppu/index.js';

const DIR = fileURLToPath(new URL('./programs/dsl/', import.meta.url));
const read = (f: string) => readFileSync(`${DIR}${f}`, 'utf8');

// --- STDP kernel -------------------------------------------------------------------------------------

/** A chip whose correlation sensors hold readings (the PPU starts after the spikes). */
function chipWithReadings(program: Uint8Array, addr: number): DlsSystem {
  const sys = new DlsSystem({
    chip: {
      neuronDefaults: { leak: 540, gainExc: 1023 },
      neurons: Array.from({ length: 32 }, (_, n) => ({ threshold: 690 + n })),
      shared: { corrAmpCausal: 80, corrAmpAnticausal: 80 },
      driverDefaults: { mode: 'excitatory' },
      weights: Array.from({ length: 32 }, (_, r) => Array.from({ length: 32 }, (_, c) => (r * 7 + c * 3) % 50)),
      addresses: Array.from({ length: 32 }, (_, r) => new Array<number>(32).fill(r % 4)),
    },
  });
  const events = [];
  for (let k = 0; k < 40; k++) events.push({ cycle: 100 + 150 * k, address: k % 4, rows: 0xffffffff });
  sys.chip.playback(events);
  sys.run(100 + 150 * 40 + 2000);
  sys.loadBytes(program, addr);
  return sys;
}

function stdpDsl(): { cycles: number; weights: number[][]; loopInstructions: number } {
  const src = `${read('stdp.dsl')}
mailbox { cycles: u32 @ 0 }
fn main() {
  stdp_all();
  let t0 = time();
  stdp_all();
  sync();
  mailbox.cycles = time() - t0;
}
`;
  const r = compile(src, { file: 'stdp.dsl', noInline: ['stdp_all'] });
  const sys = chipWithReadings(r.program.bin, r.program.binAddress);
  sys.startPpu();
  const res = sys.runUntilHalt(10_000_000);
  if (res.halt?.reason !== 'wait') throw new Error(`stdp.dsl: ${JSON.stringify(res.halt)}`);
  // Instructions in the loop (for the report): from the loop label to its bdnz.
  const body = r.asm.slice(r.asm.indexOf('fn_stdp_all:'));
  const loop = body.slice(body.indexOf('\n.Lfn_stdp_all_'), body.indexOf('\tbdnz'));
  const loopInstructions = loop.split('\n').filter((l) => /^\t[a-z]/.test(l)).length + 1;
  return { cycles: sys.readMailboxWord(0), weights: sys.chip.snapshot().weights, loopInstructions };
}

function stdpHand(): { cycles: number; weights: number[][] } {
  const harness = `
	.text
	.globl _start
_start:
	li r1, 0x3000
	bl stdp_hand
	mfspr r20, 284
	bl stdp_hand
	sync
	mfspr r21, 284
	subf r21, r20, r21
	stw r21, 0x3000(0)
	li r0, 0
	mttcr r0
	wait
`;
  const a = assemble([{ name: 'harness.s', text: harness }, { name: 'stdp_hand.s', text: read('stdp_hand.s') }]);
  const sys = chipWithReadings(a.bin, a.binAddress);
  sys.startPpu();
  const res = sys.runUntilHalt(10_000_000);
  if (res.halt?.reason !== 'wait') throw new Error(`stdp_hand.s: ${JSON.stringify(res.halt)}`);
  return { cycles: sys.readMailboxWord(0), weights: sys.chip.snapshot().weights };
}

/** Instructions in the hand-written loop, from its label to the bdnz. */
function handLoop(): number {
  const t = read('stdp_hand.s');
  const loop = t.slice(t.indexOf('\n1:'), t.indexOf('\tbdnz'));
  return loop.split('\n').filter((l) => /^\t[a-z]/.test(l)).length + 1;
}

// --- scalar kernels ----------------------------------------------------------------------------------

interface KernelCall {
  name: string;
  /** DSL call text. */
  dsl: string;
  /** Assembly that puts the C call's arguments into r3.. */
  cArgs: string;
}

const KERNELS: KernelCall[] = [
  { name: 'dot', dsl: 'dot(A, B)', cArgs: 'li r3, A@l\n\tli r4, B@l' },
  { name: 'xs_sum', dsl: 'xs_sum(2463534242, 200)', cArgs: 'lis r3, 0x92d6\n\tori r3, r3, 0x8ca2\n\tli r4, 200' },
  { name: 'sample_many', dsl: 'sample_many(THR, 100)', cArgs: 'li r3, THR@l\n\tli r4, 100' },
  { name: 'div_sum', dsl: 'div_sum(A)', cArgs: 'li r3, A@l' },
  { name: 'td', dsl: 'td(Q, ST, AC, RW, 64, 0.1, 0.9)', cArgs: 'li r3, Q@l\n\tli r4, ST@l\n\tli r5, AC@l\n\tli r6, RW@l\n\tli r7, 64\n\tli r8, 3277\n\tli r9, 29491' },
];

/** The same inputs for both versions, written into their globals before the run. */
function inputs(): Record<string, { bytes: Uint8Array }> {
  const rng = Rng.stream(1, 'bench/dsl/inputs');
  const words = (n: number, f: () => number) => {
    const b = new Uint8Array(4 * n);
    for (let i = 0; i < n; i++) {
      const v = f() >>> 0;
      b.set([(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255], 4 * i);
    }
    return { bytes: b };
  };
  const bytes = (n: number, f: () => number) => ({ bytes: Uint8Array.from({ length: n }, () => f() & 255) });
  return {
    A: words(64, () => rng.int(-100000, 100000)),
    B: words(64, () => rng.int(-1000, 1000)),
    lcg: words(1, () => 12345),
    ST: bytes(65, () => rng.int(0, 5)),
    AC: bytes(64, () => rng.int(0, 1)),
    RW: bytes(12, () => rng.int(-128, 127)),
  };
}

function poke(cpu: Ppu, symbols: { name: string; value: number }[], map: (name: string) => string): void {
  for (const [name, v] of Object.entries(inputs())) {
    const s = symbols.find((x) => x.name === map(name));
    if (!s) throw new Error(`no symbol for ${name}`);
    cpu.dmem.load(s.value, v.bytes);
  }
}

function runOut(cpu: Ppu, n: number): { cycles: number; result: number }[] {
  const h = cpu.run(50_000_000);
  if (h.reason !== 'wait') throw new Error(`kernel run: ${JSON.stringify(h)}`);
  return Array.from({ length: n }, (_, k) => ({ cycles: cpu.dmem.readWord(0x3000 + 8 * k) >>> 0, result: cpu.dmem.readWord(0x3004 + 8 * k) | 0 }));
}

function kernelsDsl(): { cycles: number; result: number }[] {
  const body = KERNELS.map((k, i) => `  ${k.dsl};\n  let t${i} = time();\n  let r${i} = ${k.dsl};\n  mailbox.out[${2 * i}] = time() - t${i};\n  mailbox.out[${2 * i + 1}] = r${i} as u32;`).join('\n');
  // The inputs as initial values (.data): the DSL's start-up clears .bss, so poking it would not last.
  let text = read('kernels.dsl');
  for (const [name, v] of Object.entries(inputs())) {
    const m = new RegExp(`var ${name}: \\[(\\w+); (\\d+)\\];`).exec(text);
    if (!m) throw new Error(`kernels.dsl: no declaration of ${name}`);
    const size = m[1] === 'i32' || m[1] === 'u32' ? 4 : 1;
    const vals: number[] = [];
    for (let i = 0; i < v.bytes.length; i += size) {
      let x = 0;
      for (let b = 0; b < size; b++) x = x * 256 + v.bytes[i + b]!;
      vals.push(m[1] === 'i32' ? x | 0 : m[1] === 'i8' ? (x << 24) >> 24 : x);
    }
    text = text.replace(m[0], `var ${name}: [${m[1]}; ${m[2]}] = [${vals.join(', ')}];`);
  }
  const src = `${text}\nmailbox { out: [u32; 16] @ 0 }\nfn main() {\n${body}\n}\n`;
  const r = compile(src, { file: 'kernels.dsl', noInline: KERNELS.map((k) => k.name) });
  const cpu = createMachine(parseProgram(r.program.elf, 'kernels.elf'));
  return runOut(cpu, KERNELS.length);
}

function kernelsGcc(): { cycles: number; result: number }[] {
  const calls = KERNELS.map((k, i) => `
	${k.cArgs}
	bl ${k.name}
	${k.cArgs}
	mfspr r20, 284
	bl ${k.name}
	mfspr r21, 284
	subf r21, r20, r21
	stw r21, ${0x3000 + 8 * i}(0)
	stw r3, ${0x3004 + 8 * i}(0)`).join('\n');
  const harness = `
	.text
	.globl _start
_start:
	li r1, 0x3000
${calls}
	li r0, 0
	mttcr r0
	wait
`;
  const a = assemble([{ name: 'harness.s', text: harness }, { name: 'kernels.O2.s', text: read('kernels.O2.s') }]);
  const cpu = createMachine(parseProgram(a.elf, 'kernels-gcc.elf'));
  poke(cpu, a.symbols, (n) => (n === 'lcg' ? 'lcg_state' : n));
  return runOut(cpu, KERNELS.length);
}

// --- report ------------------------------------------------------------------------------------------

const ratio = (a: number, b: number) => +(a / b).toFixed(3);
const sd = stdpDsl();
const sh = stdpHand();

const kd = kernelsDsl();
const kg = kernelsGcc();
const kernels: Record<string, unknown> = {};
KERNELS.forEach((k, i) => {
  kernels[k.name] = { dslCycles: kd[i]!.cycles, gccO2Cycles: kg[i]!.cycles, ratio: ratio(kd[i]!.cycles, kg[i]!.cycles), sameResult: kd[i]!.result === kg[i]!.result };
});
const ratios = KERNELS.map((_k, i) => kd[i]!.cycles / kg[i]!.cycles);
const geo = Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length);
process.stdout.write(`${JSON.stringify({
  stdp: {
    dslCycles: sd.cycles, handCycles: sh.cycles, ratio: ratio(sd.cycles, sh.cycles),
    sameWeights: JSON.stringify(sd.weights) === JSON.stringify(sh.weights), dslLoopInstructions: sd.loopInstructions, handLoopInstructions: handLoop(),
  },
  scalar: { kernels, geometricMeanRatio: +geo.toFixed(3), worstRatio: +Math.max(...ratios).toFixed(3) },
  goal: 1.5,
})}\n`);
