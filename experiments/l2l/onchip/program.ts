// The on-chip outer-loop programs (es.dsl, ce.dsl, sa.dsl), compiled from their DSL sources, and
// their memory map: where code, data, stack and the mailbox's areas lie in the 16 KiB SRAM.
// Imports the compiler, so main thread only (see ../program.ts).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type CompileResult } from '../../../assembler/dsl/index.js';
import { MAILBOX_BASE } from '../../../host/controller.js';
import { importReader } from '../program.js';
import { OFF, SLOT_BYTES, type OnChipKind } from './protocol.js';

const DIR = new URL('./', import.meta.url);

/** The program of each on-chip optimizer, and the episode program of the host-side comparison. */
export const ONCHIP_SOURCES: Readonly<Record<OnChipKind | 'episode', string>> = {
  es: 'es.dsl',
  ce: 'ce.dsl',
  sa: 'sa.dsl',
  episode: 'episode.dsl',
};

/** Path of a source, and the name shown in messages (relative to the repository). */
export function onChipSource(which: OnChipKind | 'episode'): { path: string; shown: string } {
  const file = ONCHIP_SOURCES[which];
  return { path: fileURLToPath(new URL(file, DIR)), shown: `experiments/l2l/onchip/${file}` };
}

export interface OnChipProgram {
  readonly kind: OnChipKind;
  readonly bin: Uint8Array;
  readonly result: CompileResult;
  /** The DSL source line of a PC (for trap messages). */
  sourceOf(pc: number): string | undefined;
}

const cache = new Map<OnChipKind, OnChipProgram>();

export function onChipProgram(kind: OnChipKind): OnChipProgram {
  let p = cache.get(kind);
  if (!p) {
    const { path, shown } = onChipSource(kind);
    const result = compile(readFileSync(path, 'utf8'), { file: shown, readFile: importReader(path, shown) });
    if (result.program.binAddress !== 0) throw new Error(`${shown} starts at 0x${result.program.binAddress.toString(16)}, expected 0`);
    p = {
      kind,
      bin: result.program.bin,
      result,
      sourceOf(pc) {
        const l = result.lineAt(pc);
        return l ? `${l.loc.file}:${l.loc.line}:${l.loc.col}${l.trap ? `: ${l.trap}` : ''}` : undefined;
      },
    };
    cache.set(kind, p);
  }
  return p;
}

export interface MemoryRegion {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly detail?: string;
}

/** The SRAM map of a compiled on-chip program: code, globals, free space, stack, mailbox areas. */
export function memoryMap(p: OnChipProgram): { regions: MemoryRegion[]; code: number; data: number; stack: number | null; free: number } {
  const s = p.result.sizes;
  const regions: MemoryRegion[] = [];
  const syms = p.result.program.symbols.filter((x) => x.section?.name === '.text' || x.section?.name === '.bss' || x.section?.name === '.data' || x.section?.name === '.rodata');
  const sorted = [...syms].sort((a, b) => a.value - b.value);
  const globals = sorted.filter((x) => x.name.startsWith('g_'));
  const dataStart = Math.min(...sorted.filter((x) => x.section!.name !== '.text').map((x) => x.section!.addr), s.code);
  const dataEnd = dataStart + s.data;
  regions.push({ start: 0, end: s.code, name: 'code', detail: `${sorted.filter((x) => x.name.startsWith('fn_')).length} functions` });
  globals.forEach((g, i) => {
    const next = i + 1 < globals.length ? globals[i + 1]!.value : dataEnd;
    regions.push({ start: g.value, end: next, name: g.name.slice(2) });
  });
  const stack = s.stack ?? 0;
  regions.push({ start: dataEnd, end: MAILBOX_BASE - stack, name: 'free' });
  regions.push({ start: MAILBOX_BASE - stack, end: MAILBOX_BASE, name: 'stack', detail: s.stack === null ? 'unknown depth' : 'deepest use' });
  const mb = (off: number, len: number, name: string, detail?: string) => regions.push({ start: MAILBOX_BASE + off, end: MAILBOX_BASE + off + len, name, ...(detail ? { detail } : {}) });
  mb(0, 0x90, 'mailbox: configuration', 'host -> PPU');
  mb(0x90, 0x70, 'mailbox: handshake and counters');
  mb(OFF.log[0], 0x180, 'mailbox: log entry 0');
  mb(OFF.log[1], 0x180, 'mailbox: log entry 1');
  mb(OFF.slots[0], SLOT_BYTES, 'mailbox: task slot 0', 'starting points before the run');
  mb(OFF.slots[1], SLOT_BYTES, 'mailbox: task slot 1');
  return { regions, code: s.code, data: s.data, stack: s.stack, free: MAILBOX_BASE - stack - dataEnd };
}

/** The memory map as text, one region per line (globals grouped by size). */
export function memoryMapText(p: OnChipProgram): string {
  const m = memoryMap(p);
  const hex = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;
  const lines = [`SRAM map of ${onChipSource(p.kind).shown} (16 KiB: 0x0000..0x3fff)`];
  for (const r of m.regions) {
    if (r.end <= r.start) continue;
    lines.push(`  ${hex(r.start)}..${hex(r.end - 1)}  ${String(r.end - r.start).padStart(5)} B  ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
  }
  lines.push(`  code ${m.code} B, data ${m.data} B, stack ${m.stack ?? '?'} B, free ${m.free} B below the mailbox; mailbox 4096 B`);
  return `${lines.join('\n')}\n`;
}
