import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const dls = (...args: string[]) =>
  execFileSync(process.execPath, [new URL('../../bin/dls.js', import.meta.url).pathname, ...args], { encoding: 'utf8' });

describe('dls demo', () => {
  it('runs the causal plasticity program on the chip: weights grow, more for earlier-firing neurons', () => {
    const out = dls('demo');
    expect(out).toMatch(/halted \(wait\)/);
    const rows = [...out.matchAll(/^\s+(\d+)\s+([\d.]+)\s+(\d+) -> (\d+)$/gm)].map((m) => ({
      neuron: Number(m[1]), delay: Number(m[2]), before: Number(m[3]), after: Number(m[4]),
    }));
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.after).toBeGreaterThan(r.before);
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    expect(first.delay).toBeLessThan(last.delay);
    expect(first.after).toBeGreaterThan(last.after);
  });

  it('dls run --trace disassembles with extended mnemonics', () => {
    const r = spawnSync(process.execPath, [new URL('../../bin/dls.js', import.meta.url).pathname, 'run', '--trace',
      new URL('../../examples/demo/causal-stdp.bin', import.meta.url).pathname, '--max-cycles', '30'], { encoding: 'utf8' });
    expect(r.status).toBe(124); // the cycle limit
    expect(r.stdout).toMatch(/lis\s+r22/);
    expect(r.stderr).toMatch(/cycle limit 30 reached/);
  });
});
