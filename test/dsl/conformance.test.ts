// Runs every conformance script in test/dsl/conformance/ (format: helpers/script.ts). Each
// assertion is checked three ways: the compiled program on the emulated PPU, the reference
// evaluator, and the value written in the script.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../common/errors.js';
import { checkSource, compile, typeName, type Type } from '../../assembler/dsl/index.js';
import { sizeOf } from '../../assembler/dsl/types.js';
import { decodeValue } from '../../assembler/dsl/value.js';
import { bytesOf, constValue, parseScript, runBoth, show, splitCall, type Command, type RunOutcome } from './helpers/script.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'conformance');
const files = readdirSync(DIR).filter((f) => f.endsWith('.dslt')).sort();

interface Sig {
  params: Type[];
  ret: Type;
}

function signatures(moduleText: string, file: string): Map<string, Sig> {
  const { checked, diags } = checkSource(moduleText, { file });
  if (diags.count) throw new UserError(diags.list);
  const m = new Map<string, Sig>();
  for (const f of checked.fns) if (!f.std) m.set(f.name, { params: f.params.map((p) => p.ty!), ret: f.ret! });
  return m;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

describe('DSL conformance scripts', () => {
  it('has scripts', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const cmds = parseScript(text);
      const groups: { module: string; sigs: () => Map<string, Sig>; cmds: Command[] }[] = [];
      for (const c of cmds) {
        if (c.k === 'module') {
          const mtext = c.text;
          let cache: Map<string, Sig> | undefined;
          groups.push({ module: mtext, sigs: () => (cache ??= signatures(mtext, file)), cmds: [] });
        } else groups[groups.length - 1]?.cmds.push(c) ?? groups.push({ module: '', sigs: () => new Map(), cmds: [c] });
      }

      for (const g of groups) {
        const returns = g.cmds.filter((c): c is Command & { k: 'assert_return' } => c.k === 'assert_return');
        let outcome: RunOutcome | undefined;
        let harnessErr: unknown;
        const harness = () => {
          if (outcome || harnessErr) return;
          try {
            const s = g.sigs();
            const decls: string[] = [];
            const body: string[] = [];
            returns.forEach((c, k) => {
              const { name, args } = splitCall(c.call);
              const sig = s.get(name);
              if (!sig) throw new Error(`${file}:${c.line}: no function '${name}' in the module`);
              args.forEach((a, j) => decls.push(`var __a${k}_${j}: ${typeName(sig.params[j]!)} = ${a};`));
              decls.push(`var __r${k}: ${typeName(sig.ret)};`);
              body.push(`  __r${k} = ${name}(${args.map((_a, j) => `__a${k}_${j}`).join(', ')});`);
            });
            const src = `${g.module}\n${decls.join('\n')}\nfn main() {\n${body.join('\n')}\n}\n`;
            outcome = runBoth(src, file);
          } catch (e) {
            harnessErr = e;
          }
        };
        returns.forEach((c, k) => {
          it(`line ${c.line}: assert_return ${c.call} => ${c.expected}`, () => {
            harness();
            if (harnessErr) throw harnessErr;
            const o = outcome!;
            expect(o.halt.reason, o.trapMessage).toBe('wait');
            expect(o.evalEnd, o.evalTrap).toBe('return');
            const { name } = splitCall(c.call);
            const rt = g.sigs().get(name)!.ret;
            const size = sizeOf(rt);
            const ppu = o.ppuBytes(`g___r${k}`, size);
            const ev = o.evalGlobals.get(`__r${k}`)!;
            const evBytes = bytesOf(rt, ev.value);
            const want = bytesOf(rt, constValue(g.module, rt, c.expected));
            expect(show(rt, evBytes), 'reference evaluator').toBe(show(rt, want));
            expect(show(rt, ppu), 'compiled code on the PPU').toBe(show(rt, want));
            expect(hex(ppu)).toBe(hex(want));
          });
        });
        for (const c of g.cmds) {
          if (c.k === 'assert_trap') {
            it(`line ${c.line}: assert_trap ${c.call}`, () => {
              const { name, args } = splitCall(c.call);
              const sig = g.sigs().get(name);
              if (!sig) throw new Error(`no function ${name}`);
              const decls = args.map((a, j) => `var __a${j}: ${typeName(sig.params[j]!)} = ${a};`);
              const hasRet = sig.ret.k !== 'void';
              if (hasRet) decls.push(`var __r: ${typeName(sig.ret)};`);
              const call = `${name}(${args.map((_a, j) => `__a${j}`).join(', ')})`;
              const src = `${g.module}\n${decls.join('\n')}\nfn main() { ${hasRet ? `__r = ${call}` : call}; }\n`;
              const o = runBoth(src, file);
              expect(o.halt.reason).toBe('trap');
              expect(o.halt.cause).toBe('trap');
              expect(o.trapMessage).toContain(c.message);
              expect(o.evalEnd).toBe('trap');
              expect(o.evalTrap).toContain(c.message);
              // Both stop at the same place in the source.
              expect(o.trapMessage!.replace(/^.* at /, '')).toBe(o.evalTrap!.replace(/^.* at /, ''));
            });
          } else if (c.k === 'assert_compile_error') {
            it(`line ${c.line}: assert_compile_error "${c.message}"`, () => {
              let err: unknown;
              try {
                compile(`${c.text}\n`, { file });
              } catch (e) {
                err = e;
              }
              expect(err, 'the module should not compile').toBeInstanceOf(UserError);
              expect((err as UserError).message).toContain(c.message);
            });
          }
        }
        // run / assert_global / assert_mailbox: in order.
        let ran: RunOutcome | undefined;
        let runErr: unknown;
        for (const c of g.cmds) {
          if (c.k === 'run') {
            it(`line ${c.line}: run`, () => {
              try {
                ran = runBoth(g.module, file);
              } catch (e) {
                runErr = e;
                throw e;
              }
              expect(ran.halt.reason, ran.trapMessage).toBe('wait');
              expect(ran.evalEnd, ran.evalTrap).toBe('return');
              // Everything observable agrees: globals (except time-dependent ones), mailbox, chip.
              const timed = new Set(g.cmds.filter((x) => x.k === 'assert_ppu_range' || x.k === 'time_dependent').map((x) => (x as { name: string }).name));
              for (const [name, gv] of ran.evalGlobals) {
                if (timed.has(name)) continue;
                const size = sizeOf(gv.type);
                const sym = ran.compiled.program.symbols.find((s) => s.name === `g_${name}`);
                if (!sym) continue;
                expect(show(gv.type, ran.ppuBytes(`g_${name}`, size)), `global ${name}`).toBe(show(gv.type, bytesOf(gv.type, gv.value)));
              }
              expect(hex(ran.ppuMailbox), 'mailbox').toBe(hex(ran.evalMailbox));
              expect(ran.ppuChip.state(), 'chip').toEqual(ran.evalChip.state());
            });
          } else if (c.k === 'assert_ppu_range') {
            it(`line ${c.line}: assert_ppu_range ${c.name} => ${c.lo} .. ${c.hi}`, () => {
              if (runErr) throw runErr;
              const gv = ran!.evalGlobals.get(c.name);
              if (!gv) throw new Error(`no global ${c.name}`);
              const v = decodeValue(gv.type, ran!.ppuBytes(`g_${c.name}`, sizeOf(gv.type)), 0) as number;
              expect(v).toBeGreaterThanOrEqual(c.lo);
              expect(v).toBeLessThanOrEqual(c.hi);
            });
          } else if (c.k === 'assert_global' || c.k === 'assert_mailbox') {
            it(`line ${c.line}: ${c.k} ${c.name} => ${c.expected}`, () => {
              if (runErr) throw runErr;
              expect(ran, 'a run command must come first').toBeDefined();
              const r = ran!;
              let t: Type;
              let ppu: Uint8Array;
              let ev: Uint8Array;
              if (c.k === 'assert_global') {
                const gv = r.evalGlobals.get(c.name);
                if (!gv) throw new Error(`no global ${c.name}`);
                t = gv.type;
                ppu = r.ppuBytes(`g_${c.name}`, sizeOf(t));
                ev = bytesOf(t, gv.value);
              } else {
                const f = r.compiled.checked.mailbox.find((x) => x.name === c.name);
                if (!f) throw new Error(`no mailbox field ${c.name}`);
                t = f.ty!;
                ppu = r.ppuMailbox.slice(f.offset!, f.offset! + sizeOf(t));
                ev = r.evalMailbox.slice(f.offset!, f.offset! + sizeOf(t));
              }
              const want = bytesOf(t, constValue(g.module, t, c.expected));
              expect(show(t, ev), 'reference evaluator').toBe(show(t, want));
              expect(show(t, ppu), 'compiled code').toBe(show(t, want));
            });
          }
        }
      }
    });
  }
});

