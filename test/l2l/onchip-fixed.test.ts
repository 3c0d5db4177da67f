// The fixed-point library of the on-chip outer loops (experiments/l2l/onchip/fixed.dsl), run on
// the emulated PPU against exact arithmetic (BigInt) and Math: 64-bit products, long division,
// square roots, ln, e^-x, cos, and the Gaussian samples; and the SA program's cooling schedules
// against host/optimizers' temperatureAt.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../assembler/dsl/index.js';
import { DlsSystem } from '../../chip/index.js';
import { Rng } from '../../common/random.js';
import { COOLING_SCHEDULES, resolveConfig, temperatureAt, type CoolingSchedule } from '../../host/optimizers/index.js';
import { onChipProgram } from '../../experiments/l2l/onchip/program.js';
import { DEFAULT_TIMING, Q20 } from '../../experiments/l2l/onchip/protocol.js';
import { OnChipRun } from '../../experiments/l2l/onchip/session.js';

const ONCHIP = join(dirname(fileURLToPath(import.meta.url)), '../../experiments/l2l/onchip');

// A driver for fixed.dsl: op selects the function, inputs a, b, c, output r, n cases at once.
const DRIVER = `
import "fixed.dsl";
mailbox { op: i32 @ 0x0, n: i32 @ 0x4, a: [i32; 200] @ 0x100, b: [i32; 200] @ 0x420, c: [i32; 200] @ 0x740, r: [i32; 200] @ 0xa60 }
fn main() {
  let op = mailbox.op;
  rng[0] = mailbox.a[0] as u32;
  for i in 0..mailbox.n {
    let a = mailbox.a[i];
    let b = mailbox.b[i];
    let c = mailbox.c[i];
    var r = 0;
    if op == 0 { r = mul_shr(a, b, c); }
    else if op == 1 { r = fdiv(a, b, c); }
    else if op == 2 { r = isqrt_shl(a as u32, b) as i32; }
    else if op == 3 { r = ln_int_q16(a); }
    else if op == 4 { r = exp_neg_q16(a); }
    else if op == 5 { r = cos_q16(a); }
    else if op == 6 { r = normal_q16(); }
    else { r = uniform_q16(); }
    mailbox.r[i] = r;
  }
}
`;

const program = compile(DRIVER, {
  file: join(ONCHIP, 'fixed-driver.dsl'),
  readFile: (p) => readFileSync(p, 'utf8'),
}).program.bin;

function runOp(op: number, a: number[], b: number[] = [], c: number[] = []): number[] {
  const out: number[] = [];
  for (let at = 0; at < a.length; at += 200) {
    const n = Math.min(200, a.length - at);
    const sys = new DlsSystem();
    sys.loadBytes(program, 0);
    sys.writeMailboxWord(0, op);
    sys.writeMailboxWord(4, n);
    for (let i = 0; i < n; i++) {
      sys.writeMailboxWord(0x100 + 4 * i, a[at + i]! >>> 0);
      sys.writeMailboxWord(0x420 + 4 * i, (b[at + i] ?? 0) >>> 0);
      sys.writeMailboxWord(0x740 + 4 * i, (c[at + i] ?? 0) >>> 0);
    }
    sys.startPpu();
    const r = sys.runUntilHalt(200_000_000);
    expect(r.halt?.reason).toBe('wait');
    for (let i = 0; i < n; i++) out.push(sys.readMailboxWord(0xa60 + 4 * i) | 0);
  }
  return out;
}

const rng = Rng.stream(77, 'test/onchip-fixed');
const int = (lo: number, hi: number) => lo + Math.floor(rng.uniform() * (hi - lo + 1));
const truncDiv = (p: bigint, d: bigint) => (p < 0n ? -(-p / d) : p / d);

describe('fixed.dsl on the PPU', () => {
  it('mul_shr is the 64-bit product shifted, truncated toward zero', () => {
    const a: number[] = [];
    const b: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < 300; i++) {
      const sh = int(0, 31);
      // operands whose shifted product fits 32 bits
      const x = int(-(2 ** 30), 2 ** 30);
      const lim = Math.max(1, Math.floor(2 ** (30 + sh) / Math.max(1, Math.abs(x))));
      a.push(x);
      b.push(int(-Math.min(lim, 2 ** 31 - 1), Math.min(lim, 2 ** 31 - 1)));
      s.push(sh);
    }
    a.push(-(2 ** 31), 2 ** 31 - 1, -1, 65536);
    b.push(1, 2 ** 31 - 1, -1, 65536);
    s.push(31, 31, 0, 16);
    const got = runOp(0, a, b, s);
    a.forEach((x, i) => expect(got[i], `${x} * ${b[i]} >> ${s[i]}`).toBe(Number(BigInt.asIntN(32, truncDiv(BigInt(x) * BigInt(b[i]!), 1n << BigInt(s[i]!))))));
  });

  it('fdiv is a 2^s / b truncated toward zero, saturating', () => {
    const a: number[] = [];
    const b: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < 300; i++) {
      a.push(int(-(2 ** 31) + 1, 2 ** 31 - 1));
      b.push(int(1, 2 ** 31 - 1) * (rng.uniform() < 0.3 ? -1 : 1));
      s.push(int(0, 30));
    }
    a.push(3, -7, 1, 0);
    b.push(1, 2, 3, 5);
    s.push(30, 4, 24, 8);
    const got = runOp(1, a, b, s);
    a.forEach((x, i) => {
      let q = truncDiv(BigInt(x) << BigInt(s[i]!), BigInt(b[i]!));
      if (q > 2147483647n) q = 2147483647n;
      if (q < -2147483647n) q = -2147483647n;
      expect(got[i], `${x} * 2^${s[i]} / ${b[i]}`).toBe(Number(q));
    });
  });

  it('isqrt_shl is floor(sqrt(x 4^k))', () => {
    const x: number[] = [];
    const k: number[] = [];
    for (let i = 0; i < 200; i++) {
      x.push(int(0, 2 ** 31 - 1) * (rng.uniform() < 0.5 ? 1 : 0) + int(0, 1000));
      k.push(int(0, 8));
    }
    const got = runOp(2, x, k);
    const isqrt = (n: bigint) => {
      if (n < 2n) return n;
      let r = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (r * r > n) r--;
      while ((r + 1n) * (r + 1n) <= n) r++;
      return r;
    };
    x.forEach((v, i) => expect(got[i]! >>> 0).toBe(Number(isqrt(BigInt(v) << BigInt(2 * k[i]!)))));
  });

  it('ln, e^-x and cos are accurate to a few Q16 units', () => {
    const ks = [1, 2, 3, 5, 7, 8, 10, 26, 51, 52, 100, 1000, 65535, 2 ** 20 + 3, 2 ** 30];
    runOp(3, ks).forEach((r, i) => expect(Math.abs(r - Math.log(ks[i]!) * 65536)).toBeLessThanOrEqual(2));
    const xs = [0, 1, 100, 6553, 32768, 45426, 65536, 200000, 500000, 760000, 772240, 10 ** 7, -5];
    runOp(4, xs).forEach((r, i) => expect(Math.abs(r - Math.exp(-Math.max(0, xs[i]!) / 65536) * 65536), `e^-${xs[i]}`).toBeLessThanOrEqual(1));
    const angles = Array.from({ length: 41 }, (_, i) => Math.round((i / 40) * Math.PI * 2 ** 28));
    runOp(5, angles).forEach((r, i) => expect(Math.abs(r - Math.cos(angles[i]! / 2 ** 28) * 65536)).toBeLessThanOrEqual(1));
  });

  it('normal_q16 has mean 0 and standard deviation 1, with tails cut at 3.46', () => {
    // Each batch of 200 seeds the stream from its first a (nonzero here).
    const z = runOp(6, Array.from({ length: 4000 }, (_, i) => 12345 + i)).map((v) => v / 65536);
    const m = z.reduce((a, b) => a + b, 0) / z.length;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - m) ** 2, 0) / (z.length - 1));
    expect(Math.abs(m)).toBeLessThan(0.06);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
    expect(Math.max(...z.map(Math.abs))).toBeLessThan(3.47);
  });
});

describe('the on-chip SA cooling schedules', () => {
  const program = onChipProgram('sa');
  it.each(COOLING_SCHEDULES.map((s) => [s]))('%s follows temperatureAt', (schedule) => {
    const n = 12;
    const T0 = schedule === 'exponential-additive' ? 10 : 1.5;
    const settings = resolveConfig('sa', { parallelRuns: 2, nIterations: n, coolingSchedule: schedule, initialTemperature: T0, finalTemperature: 0.05, tempDecay: 0.9 });
    const run = new OnChipRun({
      program: program.bin,
      settings: { kind: 'sa', settings },
      seed: 5,
      dimension: 2,
      initial: null,
      lambdaCode: 64,
      timing: DEFAULT_TIMING,
      fitness: { kind: 'quadratic', target: [0.3, 0.6], scale: 1 },
    });
    const entries = run.runToEnd(1 << 22);
    const p = { T0, Tn: 0.05, n, tempDecay: 0.9, alpha: null };
    entries.forEach((e, g) => {
      const want = temperatureAt(schedule as CoolingSchedule, g + 1, p);
      expect(Math.abs(e.extra[2] / Q20 - want), `T(${g + 1})`).toBeLessThan(2e-4 * Math.max(1, want) + 4 / Q20);
      if (g > 0) expect(e.extra[0]).toBe(entries[g - 1]!.extra[2]);
    });
    expect(entries[0]!.extra[0] / Q20).toBeCloseTo(T0, 5);
  });
});
