// The vector unit's timing against every number of nux-timing.md section 7, measured on the
// emulator with the reference's own method (section 0): loop method with N=64 and N=128,
// cycles/iteration = (delta128 - delta64)/64; straight-line method with mfspr around a sequence.
// Fractional table values are loop averages: the measurement must round to the table value at
// the precision the table gives. docs/vector-timing.md explains the model behind these numbers.

import { describe, expect, it } from 'vitest';
import { RecordingPort, type PpuOptions } from '../../ppu/index.js';
import { ProgramBuilder, WAIT } from './program-builder.js';
import { loopCycles, straightLine, straightLineSync, type Body } from './timing-harness.js';

/** `measured` rounded to the precision of `expected` as written in the table. */
function expectTable(measured: number, expected: string): void {
  const decimals = expected.includes('.') ? expected.split('.')[1]!.length : 0;
  expect(Number(measured.toFixed(decimals))).toBe(Number(expected));
}

const SYNC = (b: ProgramBuilder) => b.op('sync', [0]);
const withPort = (): PpuOptions => ({ port: new RecordingPort() });

interface Row {
  /** How each of the 8 independent ops is written (k = 1..8: destination or first operand vk). */
  ind: (b: ProgramBuilder, k: number) => void;
  /** One op of the dependent chain (same destination). */
  dep?: (b: ProgramBuilder) => void;
  /** The op in `op; sync`. */
  one: (b: ProgramBuilder) => void;
  opts?: () => PpuOptions;
}

const twoOperand = (m: string): Row => ({
  ind: (b, k) => b.op(m, [k, 20, 21]),
  dep: (b) => b.op(m, [1, 1, 21]),
  one: (b) => b.op(m, [1, 20, 21]),
});

/** Section 7 table: class, instructions, independent (cyc/op), dependent chain (cyc/op), op;sync + bdnz. */
const TABLE: { cls: string; rows: Record<string, Row>; ind: string; dep?: string; sync: string }[] = [
  {
    cls: 'VALU two-operand',
    rows: Object.fromEntries(
      ['fxvaddhm', 'fxvaddbm', 'fxvaddhfs', 'fxvaddbfs', 'fxvsubhm', 'fxvsubbm', 'fxvsubhfs', 'fxvsubbfs',
        'fxvmulhm', 'fxvmulbm', 'fxvmulhfs', 'fxvmulbfs', 'fxvmahm', 'fxvmahfs'].map((m) => [m, twoOperand(m)]),
    ),
    ind: '5', dep: '12', sync: '17',
  },
  {
    cls: 'VALU to accumulator only',
    rows: Object.fromEntries(
      ['fxvmatachm', 'fxvmultachm', 'fxvaddtachm'].map((m) => [m, {
        ind: (b: ProgramBuilder, k: number) => b.op(m, [k, 20]),
        one: (b: ProgramBuilder) => b.op(m, [20, 21]),
      }]),
    ),
    ind: '4', sync: '17',
  },
  {
    cls: 'VALU one operand',
    rows: {
      fxvaddachm: {
        ind: (b, k) => b.op('fxvaddachm', [k, 20]),
        dep: (b) => b.op('fxvaddachm', [1, 1]),
        one: (b) => b.op('fxvaddachm', [1, 20]),
      },
      fxvmtach: { ind: (b, k) => b.op('fxvmtach', [k]), one: (b) => b.op('fxvmtach', [20]) },
    },
    ind: '3', dep: '11', sync: '16',
  },
  {
    cls: 'select, pack, unpack',
    rows: { fxvsel: twoOperand('fxvsel'), fxvpckbu: twoOperand('fxvpckbu'), fxvupckbl: twoOperand('fxvupckbl') },
    ind: '5.6', dep: '8.6', sync: '13.6',
  },
  {
    cls: 'shift',
    rows: {
      fxvshh: {
        ind: (b, k) => b.op('fxvshh', [k, 20, 1]),
        dep: (b) => b.op('fxvshh', [1, 1, 1]),
        one: (b) => b.op('fxvshh', [1, 20, 1]),
      },
    },
    ind: '4.4', dep: '7.4', sync: '12.4',
  },
  {
    cls: 'splat from GPR (chain: same destination)',
    rows: {
      fxvsplath: {
        ind: (b, k) => b.op('fxvsplath', [k, 5]),
        dep: (b) => b.op('fxvsplath', [1, 5]),
        one: (b) => b.op('fxvsplath', [1, 5]),
      },
    },
    ind: '3.2', dep: '6.2', sync: '11.2',
  },
  {
    cls: 'compare (VCR write, serialised)',
    rows: { fxvcmph: { ind: (b, k) => b.op('fxvcmph', [k]), one: (b) => b.op('fxvcmph', [20]) } },
    ind: '8', sync: '13',
  },
  {
    cls: 'vector load (chain: same destination)',
    rows: {
      fxvlax: {
        ind: (b, k) => b.op('fxvlax', [k, 0, 8]),
        dep: (b) => b.op('fxvlax', [1, 0, 8]),
        one: (b) => b.op('fxvlax', [1, 0, 8]),
      },
    },
    ind: '10', dep: '12', sync: '17',
  },
  {
    cls: 'vector store',
    rows: { fxvstax: { ind: (b, k) => b.op('fxvstax', [k, 0, 9]), one: (b) => b.op('fxvstax', [1, 0, 9]) } },
    ind: '10', sync: '17',
  },
  {
    cls: 'synapse bus read (chain: same destination)',
    rows: {
      fxvinx: {
        ind: (b, k) => b.op('fxvinx', [k, 0, 13]),
        dep: (b) => b.op('fxvinx', [1, 0, 13]),
        one: (b) => b.op('fxvinx', [1, 0, 13]),
        opts: withPort,
      },
    },
    ind: '4', dep: '7.5', sync: '12.5',
  },
  {
    cls: 'synapse bus write',
    rows: {
      fxvoutx: { ind: (b, k) => b.op('fxvoutx', [k, 0, 13]), one: (b) => b.op('fxvoutx', [1, 0, 13]), opts: withPort },
    },
    ind: '3.5', sync: '13.5',
  },
];

describe('vector timing: section 7 class table (loop method)', () => {
  for (const { cls, rows, ind, dep, sync } of TABLE) {
    describe(cls, () => {
      for (const [m, row] of Object.entries(rows)) {
        const opts = () => row.opts?.() ?? {};
        it(`${m}: 8 independent ops, distinct destinations: ${ind} cycles/op`, () => {
          expectTable(loopCycles((b) => b.repeat(8, (_, i) => row.ind(b, i + 1)), opts()) / 8, ind);
        });
        if (dep !== undefined && row.dep) {
          const d = row.dep;
          it(`${m}: dependent chain of 8: ${dep} cycles/op`, () => {
            expectTable(loopCycles((b) => b.repeat(8, () => d(b)), opts()) / 8, dep);
          });
        }
        it(`${m}: op; sync + bdnz: ${sync} cycles`, () => {
          expectTable(loopCycles((b) => { row.one(b); SYNC(b); }, opts()), sync);
        });
      }
    });
  }
});

describe('vector timing: cross-unit pairs (loop method, cycles/iteration)', () => {
  const pairs: [string, Body, string][] = [
    ['fxvlax -> fxvaddhm', (b) => { b.op('fxvlax', [1, 0, 8]); b.op('fxvaddhm', [2, 1, 21]); }, '16'],
    ['fxvaddhm -> fxvstax', (b) => { b.op('fxvaddhm', [1, 20, 21]); b.op('fxvstax', [1, 0, 9]); }, '17'],
    ['fxvmulhm -> fxvaddhm', (b) => { b.op('fxvmulhm', [1, 20, 21]); b.op('fxvaddhm', [2, 1, 21]); }, '15'],
    ['fxvaddhm -> fxvpckbu', (b) => { b.op('fxvaddhm', [1, 20, 21]); b.op('fxvpckbu', [2, 1, 21]); }, '15'],
    // The select reads the VCR the compare writes (condition GT), so it waits for the compare.
    ['fxvcmph -> fxvsel', (b) => { b.op('fxvcmph', [20]); b.op('fxvsel', [1, 20, 21], { cond: 1 }); }, '13'],
    ['fxvsplath -> fxvaddhm', (b) => { b.op('fxvsplath', [1, 5]); b.op('fxvaddhm', [2, 1, 21]); }, '12'],
    ['fxvlax -> fxvstax (same register)', (b) => { b.op('fxvlax', [1, 0, 8]); b.op('fxvstax', [1, 0, 9]); }, '22'],
  ];
  for (const [name, body, expected] of pairs) {
    it(`${name}: ${expected}`, () => expectTable(loopCycles(body), expected));
  }

  it('scalar code overlaps freely: fxvaddhm + 16 nops runs at the scalar rate', () => {
    expect(loopCycles((b) => { b.op('fxvaddhm', [1, 20, 21]); b.repeat(16, () => b.nop()); })).toBe(18);
  });
});

describe('vector timing: straight line `mfspr; k x fxvaddhm; mfspr; sync; mfspr`', () => {
  const independent = (k: number): Body => (b) => b.repeat(k, (_, i) => b.op('fxvaddhm', [i + 1, 20, 21]));
  const chain = (k: number): Body => (b) => b.repeat(k, () => b.op('fxvaddhm', [1, 1, 21]));
  for (const [k, cycles] of [[0, 5], [1, 17], [2, 21], [4, 31], [8, 51]] as const) {
    it(`${k} independent: ${cycles} cycles first to last`, () => expect(straightLineSync(independent(k))).toBe(cycles));
  }
  for (const [k, cycles] of [[1, 17], [2, 29], [4, 53]] as const) {
    it(`chain of ${k}: ${cycles} cycles first to last`, () => expect(straightLineSync(chain(k))).toBe(cycles));
  }
});

describe('vector timing: the scalar side holds vector instructions while the FIFO holds >= 2', () => {
  // With `mfspr; k ops; mfspr` an op that issues back to back adds one cycle; a held op adds its wait.
  const delta = (k: number, chain: boolean) =>
    straightLine((b) => b.repeat(k, (_, i) => b.op('fxvaddhm', chain ? [1, 1, 21] : [i + 1, 20, 21]))).delta;

  it('8 independent fxvaddhm issue back to back; the 9th waits 17 cycles', () => {
    for (let k = 1; k <= 8; k++) expect(delta(k, false)).toBe(k + 1);
    expect(delta(9, false) - (9 + 1)).toBe(17);
  });

  it('a WAW/RAW chain: 5 issue back to back, the 6th waits 35 cycles', () => {
    for (let k = 1; k <= 5; k++) expect(delta(k, true)).toBe(k + 1);
    expect(delta(6, true) - (6 + 1)).toBe(35);
  });
});

describe('vector timing: no ordering with scalar memory accesses', () => {
  const X = 0x200;
  const OLD = 0x11111111;
  const run = (build: Body, init: (p: ReturnType<ProgramBuilder['load']>) => void) => {
    const b = new ProgramBuilder();
    b.li(9, X).li(4, 0x1234);
    build(b);
    b.word(WAIT);
    const cpu = b.load();
    cpu.dmem.writeWord(X, OLD);
    init(cpu);
    expect(cpu.run(100_000).reason).toBe('wait');
    return cpu;
  };
  const word0 = (v: Uint8Array) => ((v[0]! << 24) | (v[1]! << 16) | (v[2]! << 8) | v[3]!) >>> 0;

  it('stw X; fxvlax X: the vector load sees the store', () => {
    const cpu = run((b) => { b.op('stw', [4, 0, 9]); b.op('fxvlax', [1, 0, 9]); }, () => {});
    expect(word0(cpu.vec.state.reg(1))).toBe(0x1234);
  });

  it('fxvstax X; lwz X: the load returns the old value, even with 8 nops between', () => {
    for (const nops of [0, 1, 4, 8]) {
      const cpu = run((b) => { b.op('fxvstax', [2, 0, 9]); b.repeat(nops, () => b.nop()); b.op('lwz', [5, 0, 9]); },
        (p) => p.vec.state.reg(2).fill(0xab));
      expect(cpu.gpr[5]! >>> 0, `${nops} nops`).toBe(OLD);
      expect(cpu.dmem.readWord(X), 'the store lands later').toBe(0xabababab);
    }
  });

  it('fxvstax X; sync; lwz X: sync orders them', () => {
    const cpu = run((b) => { b.op('fxvstax', [2, 0, 9]); SYNC(b); b.op('lwz', [5, 0, 9]); }, (p) => p.vec.state.reg(2).fill(0xab));
    expect(cpu.gpr[5]! >>> 0).toBe(0xabababab);
  });

  it('fxvlax X; stw X: the vector load returns the new value', () => {
    const cpu = run((b) => { b.op('fxvlax', [1, 0, 9]); b.op('stw', [4, 0, 9]); }, () => {});
    expect(word0(cpu.vec.state.reg(1))).toBe(0x1234);
  });
});

describe('vector timing: effects respect the hazards', () => {
  it('a source overwritten by a later, faster unit is read before it changes (WAR)', () => {
    // The splat (permute unit) may not leave the FIFO before the add has read v1.
    const b = new ProgramBuilder();
    b.li(5, 100);
    b.op('fxvaddhm', [3, 1, 2]).op('fxvsplath', [1, 5]).op('sync', [0]).word(WAIT);
    const cpu = b.load();
    cpu.vec.state.reg(1).fill(0).set([0, 7]);
    cpu.vec.state.reg(2).fill(0).set([0, 1]);
    cpu.run(10_000);
    expect(cpu.vec.state.lane(3, 'h', 0)).toBe(8);
    expect(cpu.vec.state.lane(1, 'h', 0)).toBe(100);
  });

  it('a consumer waits for its producer in another unit (RAW)', () => {
    const b = new ProgramBuilder();
    b.li(8, 0x100).li(5, 3);
    b.op('fxvlax', [1, 0, 8]).op('fxvaddhm', [2, 1, 1]).op('fxvsplath', [1, 5]).op('fxvaddhm', [3, 1, 2]);
    b.op('sync', [0]).word(WAIT);
    const cpu = b.load();
    cpu.dmem.writeWord(0x100, 0x00050000);
    cpu.run(10_000);
    expect(cpu.vec.state.lane(2, 'h', 0)).toBe(10);
    expect(cpu.vec.state.lane(3, 'h', 0)).toBe(13);
  });

  it('a conditional select waits for the compare that sets the VCR', () => {
    const b = new ProgramBuilder();
    b.li(5, -1);
    b.op('fxvsplath', [20, 5]).op('fxvcmph', [20]).op('fxvsel', [1, 21, 22], { cond: 2 }).op('sync', [0]).word(WAIT);
    const cpu = b.load();
    cpu.vec.state.reg(21).fill(0x11);
    cpu.vec.state.reg(22).fill(0x22);
    cpu.run(10_000);
    expect([...cpu.vec.state.reg(1)]).toEqual(new Array(16).fill(0x22));
  });

  it('the synapse bus sees fxvoutx and fxvinx at the cycle the model gives', () => {
    const port = new RecordingPort();
    const b = new ProgramBuilder();
    b.li(13, 0x40);
    b.op('mfspr', [10, 284]).op('fxvoutx', [2, 0, 13]).op('fxvinx', [3, 0, 13]).op('sync', [0]).word(WAIT);
    const cpu = b.load({ port });
    cpu.vec.state.reg(2).fill(0x5a);
    cpu.run(10_000);
    const t = cpu.gpr[10]! + 1; // issue cycle of the fxvoutx
    const log = port.log.filter((a) => a.kind === 'vecWrite' || a.kind === 'vecRead');
    expect(log.map((a) => [a.kind, a.cycle - t])).toEqual([['vecWrite', 8], ['vecRead', 10]]);
    expect([...cpu.vec.state.reg(3)]).toEqual(new Array(16).fill(0x5a));
  });
});

describe('vector timing: worked examples of docs/vector-timing.md (unit empty, issue in cycle 0)', () => {
  /** Trace events of one instruction issued right after `mfspr 10`, with cycles relative to its issue. */
  function events(emit: Body, opts: PpuOptions = {}): string[] {
    const b = new ProgramBuilder();
    b.li(8, 0x100).li(9, 0x200).li(13, 0x40);
    b.op('mfspr', [10, 284]);
    emit(b);
    b.op('sync', [0]).word(WAIT);
    const cpu = b.load(opts);
    const seen: [number, string][] = [];
    cpu.vec.pipeline.trace = (c, what) => {
      for (const e of what.split(', ')) if (!e.startsWith('fifo')) seen.push([c, e]);
    };
    cpu.run(10_000);
    const t0 = cpu.gpr[10]! + 1;
    return seen.map(([c, e]) => `${c - t0} ${e}`);
  }

  it('fxvaddhm: leaves the FIFO 3, reads 5 and 6, starts 7, writes 14', () => {
    expect(events((b) => b.op('fxvaddhm', [1, 20, 21]))).toEqual(
      ['3 pop u0', '5 port R u0 v20', '6 port R u0 v21', '7 start u0', '14 port W u0 v1']);
  });

  it('fxvlax: starts 5, writes 13', () => {
    expect(events((b) => b.op('fxvlax', [1, 0, 8]))).toEqual(['3 pop u2', '5 start u2', '13 port W u2 v1']);
  });

  it('fxvstax: reads 5, starts 6', () => {
    expect(events((b) => b.op('fxvstax', [1, 0, 9]))).toEqual(['3 pop u2', '5 port R u2 v1', '6 start u2']);
  });

  it('fxvcmph: reads 5, starts 6', () => {
    expect(events((b) => b.op('fxvcmph', [20]))).toEqual(['3 pop u1', '5 port R u1 v20', '6 start u1']);
  });

  it('fxvsel: reads 5 and 6, starts 7, writes 10', () => {
    expect(events((b) => b.op('fxvsel', [1, 20, 21]))).toEqual(
      ['3 pop u4', '5 port R u4 v20', '6 port R u4 v21', '7 start u4', '10 port W u4 v1']);
  });

  it('fxvinx: starts 5, writes 9', () => {
    expect(events((b) => b.op('fxvinx', [1, 0, 13]), withPort())).toEqual(['3 pop u3', '5 start u3', '9 port W u3 v1']);
  });
});
