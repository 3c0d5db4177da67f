// PPU memory: a window of SRAM [base, base + size) held as big-endian 32-bit words in an
// Int32Array (the PPU is big-endian and most accesses are aligned words, so a word array makes
// instruction fetch and lwz/stw one array access). Bytes and halfwords are shifts of a word.

export class Sram {
  readonly words: Int32Array;
  /** Per word: 1 if a compiled code block covers it (a store there invalidates the block cache). */
  readonly codeMarks: Uint8Array;
  /** A host write (the methods below) changed a word that compiled code covers. */
  codeDirty = false;

  constructor(
    readonly base: number,
    readonly size: number,
  ) {
    if (size % 4 !== 0 || size <= 0) throw new Error(`memory size must be a positive multiple of 4, got ${size}`);
    if (base % 4 !== 0) throw new Error(`memory base must be word aligned, got ${base}`);
    this.words = new Int32Array(size / 4);
    this.codeMarks = new Uint8Array(size / 4);
  }

  get end(): number {
    return this.base + this.size;
  }

  contains(addr: number, len = 1): boolean {
    const a = addr - this.base;
    return a >= 0 && a + len <= this.size;
  }

  readByte(addr: number): number {
    const a = (addr - this.base) >>> 0;
    return (this.words[a >>> 2]! >>> ((3 - (a & 3)) << 3)) & 0xff;
  }

  writeByte(addr: number, v: number): void {
    const a = (addr - this.base) >>> 0;
    const i = a >>> 2;
    const sh = (3 - (a & 3)) << 3;
    const old = this.words[i]!;
    const now = (old & ~(0xff << sh)) | ((v & 0xff) << sh);
    if (this.codeMarks[i] && now !== old) this.codeDirty = true;
    this.words[i] = now;
  }

  readWord(addr: number): number {
    return this.words[((addr - this.base) >>> 0) >>> 2]! >>> 0;
  }

  writeWord(addr: number, v: number): void {
    const i = ((addr - this.base) >>> 0) >>> 2;
    if (this.codeMarks[i] && this.words[i] !== (v | 0)) this.codeDirty = true;
    this.words[i] = v | 0;
  }

  /** Copy bytes in (host loading a program or data); throws if they do not fit. */
  load(addr: number, bytes: Uint8Array): void {
    if (!this.contains(addr, bytes.length)) {
      throw new RangeError(
        `${bytes.length} bytes at 0x${addr.toString(16)} do not fit in memory 0x${this.base.toString(16)}..0x${this.end.toString(16)}`,
      );
    }
    for (let i = 0; i < bytes.length; i++) this.writeByte(addr + i, bytes[i]!);
  }

  read(addr: number, len: number): Uint8Array {
    if (!this.contains(addr, len)) throw new RangeError(`read of ${len} bytes at 0x${addr.toString(16)} is outside memory`);
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) out[i] = this.readByte(addr + i);
    return out;
  }

  /** The whole memory as bytes (for --dump-data). */
  bytes(): Uint8Array {
    return this.read(this.base, this.size);
  }
}
