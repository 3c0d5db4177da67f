// The VCD writer and reader: random traces written and read back give the same values at every
// time; the reader rejects malformed files; where GTKWave's converters are installed, a file goes
// through GTKWave's own VCD reader (vcd2fst) and back (fst2vcd) unchanged.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVcd, VcdParseError, VcdWriter, type VcdFile } from '../../common/vcd.js';

interface Sig {
  name: string;
  type: 'wire' | 'real';
  width: number;
}

/** The value of a signal at every time of a list of changes (the last change at or before it). */
function expectedAt(changes: { t: number; v: number | bigint }[], t: number, initial: number | bigint | string): number | bigint | string {
  let v = initial;
  for (const c of changes) if (c.t <= t) v = c.v;
  return v;
}

function norm(v: unknown): string {
  return typeof v === 'bigint' ? v.toString() : String(v);
}

function tool(name: string): boolean {
  return spawnSync(name, ['--help'], { stdio: 'ignore' }).error === undefined;
}

describe('VCD writer and reader', () => {
  it('reads back what it wrote, for random signals and changes', () => {
    const sigArb = fc.array(
      fc.record({ type: fc.constantFrom<'wire' | 'real'>('wire', 'real'), width: fc.constantFrom(1, 6, 32, 70) }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(sigArb, fc.array(fc.tuple(fc.nat(1000), fc.nat(5), fc.double({ min: -2, max: 2, noNaN: true }), fc.bigInt({ min: 0n, max: (1n << 70n) - 1n })), { maxLength: 60 }), (decl, raw) => {
        const sigs: Sig[] = decl.map((d, i) => ({ name: `s${i}`, type: d.type, width: d.type === 'real' ? 64 : d.width }));
        const w = new VcdWriter({ timescale: '1 ns', comment: 'test\ntwo lines' });
        const ids = sigs.map((s, i) => w.addVar(i % 2 ? ['top', 'sub'] : ['top'], s.name, s.type, s.width, s.type === 'real' ? 0 : 0));
        const changes = sigs.map(() => [] as { t: number; v: number | bigint }[]);
        for (const [t, k, real, big] of raw) {
          const i = k % sigs.length;
          const s = sigs[i]!;
          const v: number | bigint = s.type === 'real' ? real : s.width >= 64 ? big : Number(big & ((1n << BigInt(s.width)) - 1n));
          w.change(t, ids[i]!, v);
          changes[i]!.push({ t, v });
        }
        // stable by time, like the writer: the last change per time wins
        changes.forEach((c) => c.sort((a, b) => a.t - b.t));
        const f = parseVcd(w.toString());
        expect(f.timescale).toEqual({ magnitude: 1, unit: 'ns' });
        const times = [0, ...new Set(raw.map((r) => r[0]))].sort((a, b) => a - b);
        sigs.forEach((s, i) => {
          const full = `${i % 2 ? 'top.sub' : 'top'}.${s.name}`;
          expect(f.lookup(full)?.width).toBe(s.width);
          for (const t of times) {
            const want = expectedAt(changes[i]!, t, 0);
            const got = f.valueAt(full, t);
            if (s.type === 'real') expect(got).toBe(Number(want));
            else expect(norm(got)).toBe(norm(want));
          }
        });
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('writes changes sorted by time, only when a value changes, and x for undeclared initial values', () => {
    const w = new VcdWriter({ timescale: '10 ps' });
    const a = w.addVar(['m'], 'a', 'wire', 1, 0);
    const b = w.addVar(['m'], 'b', 'wire', 4);
    w.change(30, a, 1);
    w.change(10, a, 1);
    w.change(20, a, 1); // no change: not written
    w.change(10, b, 5);
    const text = w.toString();
    expect(text).toContain('$timescale 10 ps $end');
    expect(text).toContain('bx #'.replace('#', '"'));
    expect(text.match(/^1!/gm)?.length).toBe(1);
    expect(text.indexOf('#10')).toBeLessThan(text.indexOf('b101 "'));
    expect(text).not.toContain('#20');
    expect(text).not.toContain('#30');
  });

  it('rejects bad declarations and values', () => {
    expect(() => new VcdWriter({ timescale: '3 ns' })).toThrow(/timescale/);
    const w = new VcdWriter({ timescale: '1 ns' });
    const v = w.addVar([], 'v', 'wire', 4);
    expect(() => w.addVar([], 'v', 'wire', 4)).toThrow(/twice/);
    expect(() => w.addVar([], '9bad', 'wire')).toThrow(/name/);
    expect(() => w.change(-1, v, 0)).toThrow(/non-negative/);
    w.change(1, v, 16);
    expect(() => w.toString()).toThrow(/does not fit/);
  });

  it('reports malformed files', () => {
    const head = '$timescale 1 ns $end $scope module m $end $var wire 1 ! a $end $upscope $end $enddefinitions $end\n';
    expect(() => parseVcd('$timescale 1 ns $end')).toThrow(VcdParseError);
    expect(() => parseVcd(`${head}#5\n1!\n#3\n0!\n`)).toThrow(/decreasing/);
    expect(() => parseVcd(`${head}#5\n1?\n`)).toThrow(/undeclared/);
    expect(() => parseVcd('$timescale 7 ns $end $enddefinitions $end')).toThrow(/timescale/);
    const f: VcdFile = parseVcd(`${head}#0\n0!\n#7\n1!\n`);
    expect(f.valueAt('m.a', 6)).toBe(0);
    expect(f.valueAt('m.a', 7)).toBe(1);
    expect(f.endTime).toBe(7);
  });

  const gtkwave = tool('vcd2fst') && tool('fst2vcd');
  it.skipIf(!gtkwave)('GTKWave reads the files (vcd2fst, then fst2vcd gives the same values)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-vcd-'));
    const w = new VcdWriter({ timescale: '1 ns', comment: 'round trip through GTKWave', realDigits: 9 });
    const spike = w.addVar(['chip', 'spikes'], 'n0', 'wire', 1, 0);
    const v = w.addVar(['chip', 'membrane'], 'v0', 'real');
    const bus = w.addVar(['ppu', 'vec'], 'data', 'wire', 128);
    const rate = w.addVar(['chip', 'rate'], 'n0', 'wire', 10, 0);
    for (let k = 0; k < 200; k++) {
      w.change(10 * k, v, 0.6 + 0.1 * Math.sin(k / 7));
      if (k % 17 === 3) {
        w.change(10 * k, spike, 1);
        w.change(10 * k + 10, spike, 0);
        w.change(10 * k, rate, k % 1024);
        w.change(10 * k, bus, (BigInt(k) << 100n) | 0xdeadbeefn);
      }
    }
    const file = join(dir, 'a.vcd');
    writeFileSync(file, w.toString());
    expect(spawnSync('vcd2fst', [file, join(dir, 'a.fst')]).status).toBe(0);
    const back = spawnSync('fst2vcd', [join(dir, 'a.fst')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(back.status).toBe(0);
    const a = parseVcd(readFileSync(file, 'utf8'));
    const b = parseVcd(back.stdout);
    for (const name of ['chip.spikes.n0', 'chip.membrane.v0', 'ppu.vec.data', 'chip.rate.n0']) {
      for (let t = 0; t <= 2000; t += 5) expect(norm(b.valueAt(name, t)), `${name} at ${t}`).toBe(norm(a.valueAt(name, t)));
    }
  });
});
