// Property: a fixed-point (or modulo integer) expression evaluated per lane on vectors and as a
// scalar gives the same bits (docs/dsl.md, section 2). Random expressions over three inputs are
// compiled twice, as a scalar function applied to every lane and as a vector function; both run
// on the emulated PPU, and the reference evaluator runs the same program.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluator, compile } from '../../assembler/dsl/index.js';
import { createMachine, parseProgram } from '../../ppu/index.js';

type Lane = 'fx8' | 'fx16' | 'i8' | 'i16';
const LANES: Record<Lane, { n: number; bits: number; frac: boolean }> = {
  fx8: { n: 16, bits: 8, frac: true },
  fx16: { n: 8, bits: 16, frac: true },
  i8: { n: 16, bits: 8, frac: false },
  i16: { n: 8, bits: 16, frac: false },
};

/** A random expression over a, b, c of lane type t (as DSL text). */
function exprArb(t: Lane): fc.Arbitrary<string> {
  const { bits, frac } = LANES[t];
  const lo = -(2 ** (bits - 1));
  const hi = 2 ** (bits - 1) - 1;
  const constant = fc.integer({ min: lo, max: hi }).map((raw) => `(${fracLiteral(raw, t)} as ${t})`);
  const leaf = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c') }, { weight: 1, arbitrary: constant });
  const { expr } = fc.letrec((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*'), tie('expr')).map(([x, op, y]) => `(${x} ${op} ${y})`),
      tie('expr').map((x) => `(-${x})`),
      fc.tuple(tie('expr'), fc.constantFrom('<<', '>>'), fc.integer({ min: 0, max: bits - 1 })).map(([x, op, k]) => `(${x} ${op} ${k})`),
    ),
  }));
  // At least one input, so the vector version is a vector expression.
  return (expr as fc.Arbitrary<string>).filter((e) => /\b[abc]\b/.test(e));
}

/** A literal with exactly this raw value (fractions always with a decimal point). */
function fracLiteral(raw: number, t: Lane): string {
  if (!LANES[t].frac) return `${raw}`;
  const s = String(raw / 2 ** (LANES[t].bits - 1));
  return s.includes('.') ? s : `${s}.0`;
}

function program(t: Lane, e: string, inputs: number[][]): string {
  const { n } = LANES[t];
  const vecs = inputs.map((lanes, k) => `var IN${k}: vec<${t}> = [${lanes.map((x) => fracLiteral(x, t)).join(', ')}];`).join('\n');
  return `
${vecs}
var out_s: [${t}; ${n}];
var out_v: vec<${t}>;
fn s(a: ${t}, b: ${t}, c: ${t}) -> ${t} { return ${e}; }
fn v(a: vec<${t}>, b: vec<${t}>, c: vec<${t}>) -> vec<${t}> { return ${e}; }
fn main() {
  for i in 0..${n} { out_s[i] = s(IN0[i], IN1[i], IN2[i]); }
  out_v = v(IN0, IN1, IN2);
}
`;
}

function runCase(t: Lane, e: string, inputs: number[][]): void {
  const src = program(t, e, inputs);
  const r = compile(src, { file: 'prop.dsl' });
  const cpu = createMachine(parseProgram(r.program.elf, 'prop.elf'));
  const h = cpu.run(5_000_000);
  expect(h.reason, src).toBe('wait');
  const at = (name: string) => r.program.symbols.find((s) => s.name === name)!.value;
  const scalarBytes = [...cpu.dmem.read(at('g_out_s'), 16)];
  const vectorBytes = [...cpu.dmem.read(at('g_out_v'), 16)];
  expect(vectorBytes, `per lane vs scalar for ${e}`).toEqual(scalarBytes);
  // The reference evaluator agrees with both.
  const ev = new Evaluator(r.checked);
  expect(ev.run().end).toBe('return');
  const g = r.checked.globals.find((x) => x.name === 'out_v')!;
  const lanes = ev.globals.get(g) as number[];
  const { bits } = LANES[t];
  const evBytes = lanes.flatMap((x) => (bits === 8 ? [x & 0xff] : [(x >> 8) & 0xff, x & 0xff]));
  expect(evBytes, `evaluator for ${e}`).toEqual(vectorBytes);
}

describe('scalar and per-lane evaluation give the same bits', () => {
  for (const t of Object.keys(LANES) as Lane[]) {
    it(`${t}: random expressions`, () => {
      const { n, bits } = LANES[t];
      const lane = fc.integer({ min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 });
      // Inputs are biased towards the ends of the range, where saturation happens.
      const edgy = fc.oneof(lane, fc.constantFrom(-(2 ** (bits - 1)), -(2 ** (bits - 1)) + 1, -1, 0, 1, 2 ** (bits - 1) - 1));
      const inputs = fc.array(fc.array(edgy, { minLength: n, maxLength: n }), { minLength: 3, maxLength: 3 });
      fc.assert(fc.property(exprArb(t), inputs, (e, ins) => runCase(t, e, ins)), { seed: 20240611 + bits, numRuns: 80 });
    });
  }
});
