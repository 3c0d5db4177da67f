// Functions in scope of the generated block code (see codegen.ts): memory access with the
// alignment/storage rules of the profile, XER arithmetic, rotates and masks, CR access, traps.
// They close over one core so the hot ones (ld32/st32) are a bounds check and an array access.

import { BUS_BASE } from '../io.js';
import { faultFor, MSR } from '../exceptions.js';
import { SPR } from '../spr.js';
import type { Ppu } from '../core.js';

export type Helpers = ReturnType<typeof createHelpers>;

/** The names generated code sees, in the order the block factories take them. */
export const HELPER_NAMES: readonly (keyof Helpers)[] = [
  'ld32', 'ld16', 'ld8', 'st32', 'st16', 'st8', 'zeroBlock', 'align', 'alignMultiple', 'add3', 'setOV', 'mulhu', 'mulhs', 'rotl', 'MASK', 'bswap16', 'bswap32', 'sra', 'cmpf', 'cr0', 'crbit', 'setcrbit', 'setcrf', 'crmMask', 'trapCond', 'trap', 'illegal', 'priv', 'mfspr', 'mtspr', 'setMSR', 'sc', 'halfprod', 'mac', 'dlmzb',
];

export function mulhu(a: number, b: number): number {
  a >>>= 0;
  b >>>= 0;
  const al = a & 0xffff, ah = a >>> 16, bl = b & 0xffff, bh = b >>> 16;
  const lo = al * bl;
  const m1 = ah * bl;
  const m2 = al * bh;
  const carry = ((lo >>> 16) + (m1 & 0xffff) + (m2 & 0xffff)) >>> 16;
  return (ah * bh + (m1 >>> 16) + (m2 >>> 16) + carry) | 0;
}

export function mulhs(a: number, b: number): number {
  let h = mulhu(a, b);
  if (a < 0) h = (h - b) | 0;
  if (b < 0) h = (h - a) | 0;
  return h;
}

export function rotl(x: number, n: number): number {
  n &= 31;
  return n === 0 ? x | 0 : (x << n) | (x >>> (32 - n));
}

/** Mask with IBM bits mb..me set (wrapping when mb > me), as rlwinm uses it. */
export function MASK(mb: number, me: number): number {
  const a = 0xffffffff >>> mb;
  const b = (0xffffffff << (31 - me)) | 0;
  return mb <= me ? a & b : a | b;
}

export function bswap32(v: number): number {
  return ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | ((v >>> 24) & 0xff);
}

export function bswap16(v: number): number {
  return ((v & 0xff) << 8) | ((v >>> 8) & 0xff);
}

export function createHelpers(cpu: Ppu) {
  const mem = cpu.dmem;
  const W = mem.words;
  const base = mem.base;
  const size = mem.size;
  const marks = mem.codeMarks;
  const misalignedOk = cpu.profile.misaligned;

  function slowLoad(ea: number, n: 1 | 2 | 4, t: number): number {
    const u = ea >>> 0;
    if (cpu.port && cpu.profile.bus && u >= BUS_BASE) {
      if (u & (n - 1)) throw faultFor('alignment', u);
      return cpu.port.busRead(u, n, t) | 0;
    }
    if (mem.contains(u, n)) {
      if (!misalignedOk) throw faultFor('alignment', u);
      let v = 0;
      for (let i = 0; i < n; i++) v = (v << 8) | mem.readByte(u + i);
      return v;
    }
    throw faultFor(mem.contains(u) || mem.contains(u + n - 1) ? 'alignment' : 'data-storage', u);
  }

  function slowStore(ea: number, v: number, n: 1 | 2 | 4, t: number): void {
    const u = ea >>> 0;
    if (cpu.port && cpu.profile.bus && u >= BUS_BASE) {
      if (u & (n - 1)) throw faultFor('alignment', u, true);
      cpu.port.busWrite(u, n === 4 ? v | 0 : v & (n === 2 ? 0xffff : 0xff), n, t);
      return;
    }
    if (mem.contains(u, n)) {
      if (!misalignedOk) throw faultFor('alignment', u, true);
      for (let i = 0; i < n; i++) mem.writeByte(u + i, v >>> (8 * (n - 1 - i)));
      cpu.codeWritten(((u - base) >>> 2), (((u + n - 1 - base) >>> 2)));
      return;
    }
    throw faultFor('data-storage', u, true);
  }

  const setcrf = (f: number, v: number) => {
    const sh = 28 - 4 * f;
    cpu.cr = (cpu.cr & ~(15 << sh)) | ((v & 15) << sh);
  };

  // A plain function (not a method of the returned object): generated code calls helpers
  // unbound, so zeroBlock must not reach st32 through `this`.
  function st32(ea: number, t: number, v: number): void {
    const a = (ea - base) >>> 0;
    if (a < size && (a & 3) === 0) {
      const i = a >>> 2;
      W[i] = v;
      if (marks[i]) cpu.codeWritten(i, i);
      return;
    }
    slowStore(ea, v, 4, t);
  }

  return {
    ld32(ea: number, t: number): number {
      const a = (ea - base) >>> 0;
      if (a < size && (a & 3) === 0) return W[a >>> 2]!;
      return slowLoad(ea, 4, t);
    },
    ld16(ea: number, t: number): number {
      const a = (ea - base) >>> 0;
      if (a < size && (a & 1) === 0) return (W[a >>> 2]! >>> ((2 - (a & 2)) << 3)) & 0xffff;
      return slowLoad(ea, 2, t) & 0xffff;
    },
    ld8(ea: number, t: number): number {
      const a = (ea - base) >>> 0;
      if (a < size) return (W[a >>> 2]! >>> ((3 - (a & 3)) << 3)) & 0xff;
      return slowLoad(ea, 1, t) & 0xff;
    },
    st32,
    st16(ea: number, t: number, v: number): void {
      const a = (ea - base) >>> 0;
      if (a < size && (a & 1) === 0) {
        const i = a >>> 2;
        const sh = (2 - (a & 2)) << 3;
        W[i] = (W[i]! & ~(0xffff << sh)) | ((v & 0xffff) << sh);
        if (marks[i]) cpu.codeWritten(i, i);
        return;
      }
      slowStore(ea, v, 2, t);
    },
    st8(ea: number, t: number, v: number): void {
      const a = (ea - base) >>> 0;
      if (a < size) {
        const i = a >>> 2;
        const sh = (3 - (a & 3)) << 3;
        W[i] = (W[i]! & ~(0xff << sh)) | ((v & 0xff) << sh);
        if (marks[i]) cpu.codeWritten(i, i);
        return;
      }
      slowStore(ea, v, 1, t);
    },
    zeroBlock(ea: number, t: number): void {
      // The 32-byte block, checked like a store (data storage fault outside memory).
      const start = (ea & ~31) >>> 0;
      const a = (start - base) >>> 0;
      if (a + 32 > size) throw faultFor('data-storage', ea >>> 0, true);
      for (let i = 0; i < 8; i++) W[(a >>> 2) + i] = 0;
      for (let i = 0; i < 8; i++) if (marks[(a >>> 2) + i]) cpu.codeWritten(a >>> 2, (a >>> 2) + 7);
      void t;
    },
    align(ea: number, store: number): never {
      throw faultFor('alignment', ea >>> 0, store !== 0);
    },
    /** A misaligned lmw/stmw: alignment interrupt, unless the profile allows misaligned access. */
    alignMultiple(ea: number, store: number): void {
      if (!misalignedOk) throw faultFor('alignment', ea >>> 0, store !== 0);
    },
    add3(x: number, y: number, c: number, oe: number, setca: number): number {
      const s = (x >>> 0) + (y >>> 0) + c;
      const r = s | 0;
      if (setca) cpu.ca = s > 0xffffffff ? 1 : 0;
      if (oe) {
        const ov = ((x ^ r) & (y ^ r)) < 0 ? 1 : 0;
        cpu.ov = ov;
        cpu.so |= ov;
      }
      return r;
    },
    setOV(b: boolean): void {
      cpu.ov = b ? 1 : 0;
      cpu.so |= cpu.ov;
    },
    mulhu,
    mulhs,
    rotl,
    MASK,
    bswap16,
    bswap32,
    sra(s: number, n: number): number {
      if (n > 31) {
        cpu.ca = s < 0 ? 1 : 0;
        return s >> 31;
      }
      cpu.ca = s < 0 && n > 0 && (s & ((1 << n) - 1)) !== 0 ? 1 : 0;
      return s >> n;
    },
    cmpf(bf: number, a: number, b: number): void {
      setcrf(bf, (a < b ? 8 : a > b ? 4 : 2) | cpu.so);
    },
    cr0(r: number): void {
      cpu.cr = (cpu.cr & 0x0fffffff) | ((r < 0 ? 8 : r > 0 ? 4 : 2) << 28) | (cpu.so << 28);
    },
    crbit(b: number): number {
      return (cpu.cr >>> (31 - b)) & 1;
    },
    setcrbit(b: number, v: number): void {
      const m = 1 << (31 - b);
      cpu.cr = v ? cpu.cr | m : cpu.cr & ~m;
    },
    setcrf,
    crmMask(fxm: number): number {
      let m = 0;
      for (let f = 0; f < 8; f++) if (fxm & (0x80 >> f)) m |= 15 << (28 - 4 * f);
      return m;
    },
    trapCond(to: number, a: number, b: number): boolean {
      a |= 0;
      b |= 0;
      return ((to & 16) !== 0 && a < b) || ((to & 8) !== 0 && a > b) || ((to & 4) !== 0 && a === b) ||
        ((to & 2) !== 0 && a >>> 0 < b >>> 0) || ((to & 1) !== 0 && a >>> 0 > b >>> 0);
    },
    trap(): never {
      throw faultFor('trap');
    },
    illegal(): never {
      throw faultFor('illegal-instruction');
    },
    priv(): never {
      throw faultFor('privileged-instruction');
    },
    mfspr(n: number, t: number): number {
      // Book E: SPR numbers with bit 0x10 set are privileged in problem state. Linux emulates
      // user reads of the PVR (as qemu-ppc does), so the linux-user profile allows that one.
      if (n & 0x10 && cpu.msr & MSR.PR && !(n === SPR.PVR && cpu.profile.linuxSyscalls)) {
        throw faultFor('privileged-instruction');
      }
      return cpu.readSpr(n, t);
    },
    mtspr(n: number, t: number, v: number): void {
      if (n & 0x10 && cpu.msr & MSR.PR) throw faultFor('privileged-instruction');
      cpu.writeSpr(n, v, t);
    },
    setMSR(v: number, t: number): void {
      cpu.setMsr(v, t);
    },
    sc(t: number): void {
      cpu.systemCall(t);
    },
    halfprod(a: number, b: number, sel: number, unsigned: number): number {
      // sel 0: low half of a times high half of b; 1: high halves; 2: low halves.
      const ha = sel === 1 ? a >>> 16 : a & 0xffff;
      const hb = sel === 2 ? b & 0xffff : b >>> 16;
      if (unsigned) return Math.imul(ha, hb);
      return Math.imul((ha << 16) >> 16, (hb << 16) >> 16);
    },
    mac(rt: number, a: number, b: number, sel: number, mode: string, oe: number): number {
      const unsigned = mode[0] === 'u';
      const sat = mode.length === 2;
      const ha = sel === 1 ? a >>> 16 : a & 0xffff;
      const hb = sel === 2 ? b & 0xffff : b >>> 16;
      const prod = unsigned ? ha * hb : ((ha << 16) >> 16) * ((hb << 16) >> 16);
      const acc = unsigned ? rt >>> 0 : rt | 0;
      const temp = mode[0] === 'n' ? acc - prod : acc + prod;
      const lo = unsigned ? 0 : -2147483648;
      const hi = unsigned ? 0xffffffff : 2147483647;
      const over = temp < lo || temp > hi;
      if (oe) {
        cpu.ov = over ? 1 : 0;
        cpu.so |= cpu.ov;
      }
      if (sat && over) return (temp < lo ? lo : hi) | 0;
      return temp | 0;
    },
    dlmzb(rs: number, rb: number, rc: number): number {
      // Index (1-based) of the leftmost zero byte of RS||RB; CR0 says which word held it.
      let i = 1;
      let crf = 2; // EQ: none found
      found: {
        for (const [word, code] of [[rs, 4], [rb, 8]] as const) {
          for (let sh = 24; sh >= 0; sh -= 8) {
            if (((word >>> sh) & 0xff) === 0) {
              crf = code;
              break found;
            }
            i++;
          }
        }
        i = 8;
      }
      cpu.xerBytes = i;
      if (rc) setcrf(0, crf | cpu.so);
      return i;
    },
  };
}
