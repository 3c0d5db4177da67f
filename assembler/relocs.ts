// PowerPC ELF relocation types (the subset a static 32-bit link needs) and how the linker applies
// them: value, overflow check and the bits of the word or halfword that receive it.
//
// Numbers and semantics are those of the PowerPC 32-bit ELF ABI supplement. Relocations that need
// a GOT, a PLT or TLS have no meaning in a static image without dynamic sections and are
// rejected with a message naming them.

export const R_PPC = {
  NONE: 0,
  ADDR32: 1,
  ADDR24: 2,
  ADDR16: 3,
  ADDR16_LO: 4,
  ADDR16_HI: 5,
  ADDR16_HA: 6,
  ADDR14: 7,
  ADDR14_BRTAKEN: 8,
  ADDR14_BRNTAKEN: 9,
  REL24: 10,
  REL14: 11,
  REL14_BRTAKEN: 12,
  REL14_BRNTAKEN: 13,
  PLTREL24: 18,
  LOCAL24PC: 23,
  UADDR32: 24,
  UADDR16: 25,
  REL32: 26,
  ADDR30: 37,
  REL16: 249,
  REL16_LO: 250,
  REL16_HI: 251,
  REL16_HA: 252,
} as const;

const NAMES = new Map<number, string>(Object.entries(R_PPC).map(([k, v]) => [v, `R_PPC_${k}`]));

export function relocName(type: number): string {
  return NAMES.get(type) ?? `R_PPC type ${type}`;
}

export function isSupportedReloc(type: number): boolean {
  return NAMES.has(type);
}

/** Relocations whose value is relative to the place being relocated. */
export function isPcRelative(type: number): boolean {
  switch (type) {
    case R_PPC.REL24: case R_PPC.REL14: case R_PPC.REL14_BRTAKEN: case R_PPC.REL14_BRNTAKEN:
    case R_PPC.PLTREL24: case R_PPC.LOCAL24PC: case R_PPC.REL32:
    case R_PPC.REL16: case R_PPC.REL16_LO: case R_PPC.REL16_HI: case R_PPC.REL16_HA:
      return true;
    default:
      return false;
  }
}

/** Result of applying a relocation: undefined on success, else what went wrong. */
export type RelocProblem = { kind: 'overflow'; value: number; min: number; max: number } | { kind: 'align'; value: number };

const lo16 = (v: number) => v & 0xffff;
const hi16 = (v: number) => (v >>> 16) & 0xffff;
const ha16 = (v: number) => ((v + 0x8000) >>> 16) & 0xffff;

function check(v: number, min: number, max: number, align = 1): RelocProblem | undefined {
  if (v < min || v > max) return { kind: 'overflow', value: v, min, max };
  if (align > 1 && v % align !== 0) return { kind: 'align', value: v };
  return undefined;
}

/**
 * Apply relocation `type` at byte offset `off` of `data`, where `S + A` is `value` and `P` the
 * address of the place. Returns a problem when the value does not fit the field.
 */
export function applyReloc(data: Uint8Array, off: number, type: number, value: number, place: number): RelocProblem | undefined {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const rel = (value - place) | 0;
  const abs = value | 0;
  const word = (f: (w: number) => number) => dv.setUint32(off, f(dv.getUint32(off)) >>> 0);
  const half = (v: number) => dv.setUint16(off, v & 0xffff);
  let p: RelocProblem | undefined;
  switch (type) {
    case R_PPC.NONE:
      return undefined;
    case R_PPC.ADDR32: case R_PPC.UADDR32:
      dv.setUint32(off, value >>> 0);
      return undefined;
    case R_PPC.REL32:
      dv.setUint32(off, rel >>> 0);
      return undefined;
    case R_PPC.ADDR30:
      word((w) => (w & 3) | (rel & ~3));
      return undefined;
    case R_PPC.ADDR24:
      p = check(abs, -0x2000000, 0x1fffffc, 4);
      word((w) => (w & ~0x03fffffc) | (abs & 0x03fffffc));
      return p;
    case R_PPC.REL24: case R_PPC.PLTREL24: case R_PPC.LOCAL24PC:
      p = check(rel, -0x2000000, 0x1fffffc, 4);
      word((w) => (w & ~0x03fffffc) | (rel & 0x03fffffc));
      return p;
    case R_PPC.ADDR14: case R_PPC.ADDR14_BRTAKEN: case R_PPC.ADDR14_BRNTAKEN:
      p = check(abs, -0x8000, 0x7ffc, 4);
      word((w) => withHint(type, (w & ~0xfffc) | (abs & 0xfffc), abs));
      return p;
    case R_PPC.REL14: case R_PPC.REL14_BRTAKEN: case R_PPC.REL14_BRNTAKEN:
      p = check(rel, -0x8000, 0x7ffc, 4);
      word((w) => withHint(type, (w & ~0xfffc) | (rel & 0xfffc), rel));
      return p;
    case R_PPC.ADDR16: case R_PPC.UADDR16:
      // Like GNU ld, accept both signed and unsigned 16-bit values (a "bitfield" check).
      p = check(abs, -0x8000, 0xffff);
      half(abs);
      return p;
    case R_PPC.ADDR16_LO: half(lo16(abs)); return undefined;
    case R_PPC.ADDR16_HI: half(hi16(abs)); return undefined;
    case R_PPC.ADDR16_HA: half(ha16(abs)); return undefined;
    case R_PPC.REL16:
      p = check(rel, -0x8000, 0x7fff);
      half(rel);
      return p;
    case R_PPC.REL16_LO: half(lo16(rel)); return undefined;
    case R_PPC.REL16_HI: half(hi16(rel)); return undefined;
    case R_PPC.REL16_HA: half(ha16(rel)); return undefined;
    default:
      throw new Error(`applyReloc: unsupported type ${type}`);
  }
}

/**
 * The _BRTAKEN/_BRNTAKEN variants set the branch-prediction ("y") bit of BO so that the static
 * prediction (backward taken, forward not taken, inverted by y) matches the hint.
 */
function withHint(type: number, w: number, disp: number): number {
  const taken = type === R_PPC.REL14_BRTAKEN || type === R_PPC.ADDR14_BRTAKEN;
  const notTaken = type === R_PPC.REL14_BRNTAKEN || type === R_PPC.ADDR14_BRNTAKEN;
  if (!taken && !notTaken) return w;
  const y = 1 << 21;
  const backward = disp < 0;
  return taken === !backward ? w | y : w & ~y;
}

/** Size in bytes of the place a relocation patches, and its offset within the instruction. */
export function relocWidth(type: number): 2 | 4 {
  switch (type) {
    case R_PPC.ADDR16: case R_PPC.UADDR16: case R_PPC.ADDR16_LO: case R_PPC.ADDR16_HI: case R_PPC.ADDR16_HA:
    case R_PPC.REL16: case R_PPC.REL16_LO: case R_PPC.REL16_HI: case R_PPC.REL16_HA:
      return 2;
    default:
      return 4;
  }
}
