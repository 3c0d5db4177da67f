// Flat binaries and hex memory images, the two other program formats the PPU's test benches and
// the real chip's loader use.
//
// Hex memory image: one 32-bit word per line in hexadecimal (optionally 0x-prefixed), `//`
// comments, blank lines ignored, and `@ADDR` lines (hex byte address) to move the load address,
// as Verilog's $readmemh understands them (dls uses byte addresses, documented in docs/cli.md).

import { UserError } from '../../common/errors.js';

export interface MemoryChunk {
  addr: number;
  data: Uint8Array;
}

export function parseHexImage(text: string, file = '<mem>', start = 0): MemoryChunk[] {
  const chunks: MemoryChunk[] = [];
  let addr = start;
  let words: number[] = [];
  let chunkAddr = addr;
  const flush = () => {
    if (words.length) {
      const data = new Uint8Array(words.length * 4);
      words.forEach((w, i) => {
        data[4 * i] = w >>> 24;
        data[4 * i + 1] = (w >>> 16) & 0xff;
        data[4 * i + 2] = (w >>> 8) & 0xff;
        data[4 * i + 3] = w & 0xff;
      });
      chunks.push({ addr: chunkAddr, data });
    }
    words = [];
  };
  const problems: { line: number; col: number; message: string; text: string }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    const tokens = [...line.matchAll(/\S+/g)];
    for (const m of tokens) {
      const tok = m[0];
      const col = m.index! + 1;
      if (tok.startsWith('@')) {
        const v = /^@(?:0x)?([0-9a-fA-F]{1,8})$/.exec(tok);
        if (!v) {
          problems.push({ line: i + 1, col, message: `bad address '${tok}' (expected @ followed by hex digits)`, text: raw });
          continue;
        }
        flush();
        addr = parseInt(v[1]!, 16);
        if (addr % 4) problems.push({ line: i + 1, col, message: `address 0x${addr.toString(16)} is not word aligned`, text: raw });
        chunkAddr = addr;
        continue;
      }
      const v = /^(?:0x)?([0-9a-fA-F]{1,8})$/.exec(tok);
      if (!v) {
        problems.push({ line: i + 1, col, message: `'${tok}' is not a 32-bit hex word`, text: raw });
        continue;
      }
      words.push(parseInt(v[1]!, 16) >>> 0);
      addr += 4;
    }
  });
  flush();
  if (problems.length) {
    throw new UserError(problems.map((p) => ({ message: p.message, loc: { file, line: p.line, col: p.col }, sourceLine: p.text })));
  }
  return chunks;
}

/** Format memory as a hex image (one word per line), the inverse of parseHexImage. */
export function formatHexImage(data: Uint8Array, addr = 0): string {
  const out: string[] = [`// ${data.length} bytes at 0x${addr.toString(16)}`];
  if (addr !== 0) out.push(`@${addr.toString(16)}`);
  for (let i = 0; i < data.length; i += 4) {
    const w = ((data[i]! << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)) >>> 0;
    out.push(w.toString(16).padStart(8, '0'));
  }
  return `${out.join('\n')}\n`;
}
