// The linker map: where every output section, input section and symbol ended up.

import type { LinkedImage } from './link.js';
import { sectionFlagsString } from './object.js';

const hex = (v: number, w = 8) => `0x${(v >>> 0).toString(16).padStart(w, '0')}`;

export function formatMap(img: LinkedImage): string {
  const out: string[] = [];
  out.push(`# dls linker map (profile ${img.profile})`, `entry ${hex(img.entry)}`, '');
  if (img.members.length) {
    out.push('archive members linked in:');
    for (const m of img.members) out.push(`  ${m}`);
    out.push('');
  }
  out.push('output section     address     size        flags  input');
  for (const s of img.sections) {
    out.push(`${s.name.padEnd(18)} ${hex(s.addr)}  ${hex(s.size)}  ${sectionFlagsString(s.flags).padEnd(5)}`);
    for (const p of s.pieces) {
      out.push(`  ${p.sec.name.padEnd(16)} ${hex(p.addr)}  ${hex(p.sec.size)}         ${p.sec.object?.name ?? ''}`);
      const syms = img.symbols
        .filter((y) => y.section === s && y.value >= p.addr && y.value < p.addr + Math.max(1, p.sec.size) && y.object === (p.sec.object?.name ?? ''))
        .sort((a, b) => a.value - b.value);
      for (const y of syms) out.push(`      ${hex(y.value)}  ${y.binding === 'local' ? ' ' : 'G'} ${y.name}`);
    }
    for (const c of img.commons) {
      if (s.name === '.bss') out.push(`  COMMON           ${hex(c.addr)}  ${hex(c.size)}         ${c.object}  ${c.name}`);
    }
  }
  const abs = img.symbols.filter((y) => y.section === null);
  if (abs.length) {
    out.push('', 'absolute symbols:');
    for (const y of abs) out.push(`  ${hex(y.value)}  ${y.name}`);
  }
  return `${out.join('\n')}\n`;
}
