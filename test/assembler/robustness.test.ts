// Bad input never crashes the assembler: whatever the text, assemble() either succeeds or throws
// a UserError with located diagnostics (fast-check, fixed seed).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { allMnemonics, assemble, disassemble } from '../../assembler/index.js';

const OPERANDS = [
  'r3', '%r31', '0', '-1', '32', '0x7fff', '-32768', '65535', 'x', 'f', 'c', 'l', '1b', '1f', '.', '.+8', '.-4',
  'cr7', 'v2', 'eq', 'gt', '4*cr1+so', '8(r1)', 'x@ha', 'x@l(r3)', '(x-.)@ha', '0xff00', '"s"', "'a", 'x+4', 'x-f',
  '1<<40', '2/0', '9e9', '(', ')', ',', '@', '%', '\\', 'cr9', 'r99',
];
const DIRECTIVES = [
  '.long', '.short', '.byte', '.quad', '.space', '.org', '.align', '.p2align', '.balign', '.fill', '.set x,', '.comm c,',
  '.lcomm l,', '.section .s,"aw",@nobits', '.section', '.type f,', '.size f,', '.rept', '.endr', '.if', '.else', '.endif',
  '.irp i,', '.macro m a', '.endm', 'm', '.uleb128', '.sleb128', '.float', '.double', '.ascii', '.incbin', '.include',
  '.equiv y,', '.weak', '.globl', '.hidden', '.err', '.exitm', '.purgem m', '.ifdef', '.ifc', '.elseif', '.zero', '.string',
];

describe('robustness', () => {
  it('random statements give either a program or located errors, never a crash', () => {
    const op = fc.constantFrom(...OPERANDS);
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...allMnemonics()), fc.constantFrom('', '+', '-'), fc.array(op, { maxLength: 5 }))
        .map(([m, h, ops]) => `\t${m}${h} ${ops.join(', ')}`),
      fc.tuple(fc.constantFrom(...DIRECTIVES), fc.array(op, { maxLength: 3 })).map(([d, ops]) => `\t${d} ${ops.join(', ')}`),
      fc.constantFrom('x:', 'f:', '1:', 'x = 5', 'c = x + 1', '\t.text', '\t.data', '\t.bss', '/* open', '*/'),
    );
    let failed = 0;
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('dls', 'linux-user' as const), (lines, profile) => {
      try {
        const r = assemble([{ name: 'f.s', text: `${lines.join('\n')}\n` }], { profile, fileSystem: false });
        void r.elf;
        void r.mem;
        disassemble({ bytes: r.elf, name: 'f.elf' });
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        failed++;
        for (const d of e.diagnostics) if (d.loc) expect(d.loc.line).toBeGreaterThan(0);
      }
    }), { seed: 42, numRuns: 3000 });
    expect(failed).toBeGreaterThan(100); // the inputs do exercise the error paths
  });
});
