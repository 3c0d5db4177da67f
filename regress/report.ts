// Reports of a check or diff (docs/regress.md, "Reports"): a terminal summary, a JSON document for
// CI, and a self-contained HTML page with, per diverged signal, the first divergence, the window
// around it plotted (inline SVG) and the PPU's instructions at that point.

import { CYCLES_PER_BIO_MS } from '../chip/index.js';
import type { CheckResult, EntryCheck, InstructionView, RecordChange } from './check.js';
import type { SignalResult, TraceComparison } from './compare.js';
import { divergencePlot, windowAround } from './plots.js';
import type { FirstInstructionDifference, InsnRow } from './replay.js';
import { rulesFor } from './rules.js';

const bio = (c: number) => `${Number((c / CYCLES_PER_BIO_MS).toPrecision(6))} ms bio`;
const where = (c: number | null) => (c === null ? 'whole run' : `cycle ${c} (${bio(c)})`);

const MARK: Record<string, string> = { identical: 'identical', within: 'within tolerance', diverged: 'DIVERGED', 'no-golden': 'NO GOLDEN', error: 'ERROR' };

// --- terminal ----------------------------------------------------------------------------------

export function entryLine(e: EntryCheck): string {
  const f = e.comparison?.first;
  const tail = e.status === 'diverged' && f ? `: first divergence ${f.signal} at ${where(f.cycle)}: ${f.detail}` : e.error ? `: ${e.error}` : '';
  return `${MARK[e.status]!.padEnd(16)} ${e.entry} (${e.seconds.toFixed(2)} s)${tail}`;
}

export function terminalSummary(r: CheckResult): string {
  const lines = [`dls regress check: suite ${r.suite}, model ${r.modelName} [${r.fingerprint}]`, `  ${r.model}`];
  for (const e of r.entries) {
    lines.push(`  ${entryLine(e)}`);
    if (e.status === 'diverged' && e.comparison) {
      for (const s of e.comparison.signals.filter((x) => x.verdict === 'diverged')) {
        lines.push(`      ${s.signal} [${s.rule}]: ${where(s.divergence!.cycle)}: ${s.divergence!.detail}`);
      }
      const ins = e.instructions?.first;
      if (ins) lines.push(`      ${firstInstructionLine(ins)}`);
    }
  }
  const n = (s: string) => r.entries.filter((e) => e.status === s).length;
  lines.push(`${r.status === 'pass' ? 'PASS' : 'FAIL'}: ${r.entries.length} entries: ${n('identical')} identical, ${n('within')} within tolerance, ${n('diverged')} diverged${n('no-golden') ? `, ${n('no-golden')} without golden` : ''}${n('error') ? `, ${n('error')} errors` : ''}`);
  return `${lines.join('\n')}\n`;
}

function firstInstructionLine(ins: FirstInstructionDifference): string {
  return `first instruction that differs (#${ins.index}, ${ins.what}): golden ${fmtInsn(ins.a)} | new ${fmtInsn(ins.b)}`;
}

function fmtInsn(x: { cycle: number; pc: number; text: string } | null): string {
  return x ? `cycle ${x.cycle} pc 0x${x.pc.toString(16)} ${x.text}` : '-';
}

/** The review summary of dls regress record --update. */
export function updateSummary(changes: RecordChange[], modelLine: string): string {
  const lines = [`dls regress record --update: model ${modelLine}`];
  for (const c of changes) {
    if (c.change === 'new') lines.push(`  new        ${c.entry}: recorded`);
    else if (c.change === 'unchanged') lines.push(`  unchanged  ${c.entry}`);
    else {
      lines.push(`  CHANGED    ${c.entry}: re-recorded${c.oldModel && !c.sameModel ? ` (the old golden's model: ${c.oldModel})` : ''}`);
      for (const s of c.comparison?.signals ?? []) {
        if (s.verdict !== 'diverged') continue;
        lines.push(`      ${s.signal}: ${s.type === 'missing' ? s.divergence!.detail : `from ${where(s.divergence!.cycle)}: ${s.divergence!.detail}`}`);
      }
      if (c.comparison && c.comparison.verdict === 'identical') lines.push('      signals identical; only the model fingerprint differs');
    }
  }
  const k = (x: string) => changes.filter((c) => c.change === x).length;
  lines.push(`${k('changed')} changed, ${k('new')} new, ${k('unchanged')} unchanged`);
  return `${lines.join('\n')}\n`;
}

/** Terminal summary of a diff of two trace files. */
export function diffSummary(a: string, b: string, c: TraceComparison, instructions?: InstructionView | { reason: string }): string {
  const lines = [`dls regress diff ${a} ${b}: ${MARK[c.verdict]}`];
  for (const s of c.signals) lines.push(`  ${MARK[s.verdict]!.padEnd(16)} ${s.signal} [${s.rule}]: ${s.divergence ? `${where(s.divergence.cycle)}: ${s.divergence.detail}` : s.summary}`);
  if (c.first) lines.push(`first divergence: ${c.first.signal} at ${where(c.first.cycle)}`);
  if (instructions && 'reason' in instructions) lines.push(`no instruction view: ${instructions.reason}`);
  else if (instructions?.first) lines.push(firstInstructionLine(instructions.first));
  else if (instructions?.goldenNote) lines.push(`instructions: ${instructions.goldenNote}`);
  return `${lines.join('\n')}\n`;
}

// --- JSON --------------------------------------------------------------------------------------

function signalJson(s: SignalResult) {
  return { signal: s.signal, type: s.type, rule: s.rule, verdict: s.verdict, divergence: s.divergence, summary: s.summary, ...(s.rates ? { rates: s.rates } : {}) };
}

export function comparisonJson(c: TraceComparison) {
  return { verdict: c.verdict, first: c.first, signals: c.signals.map(signalJson) };
}

export function checkJson(r: CheckResult): unknown {
  return {
    format: 'dls-regress-report', version: 1, suite: r.suite, model: { name: r.modelName, parts: r.model, fingerprint: r.fingerprint }, status: r.status,
    entries: r.entries.map((e) => ({
      entry: e.entry, status: e.status, seconds: Number(e.seconds.toFixed(3)), error: e.error, goldenModel: e.goldenModel, sameModel: e.sameModel,
      ...(e.comparison ? comparisonJson(e.comparison) : {}),
      ...(e.instructions?.first ? { firstInstruction: e.instructions.first } : {}),
    })),
  };
}

// --- HTML --------------------------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const id = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

const STYLE = `
body { font-family: sans-serif; margin: 1.5em; color: #222; max-width: 1200px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05em; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
.identical { color: #2a7a2a; } .within { color: #7a6a00; } .diverged, .error, .no-golden { color: #b00; font-weight: bold; }
.verdict { font-size: 1.1em; }
code, .insns td { font-family: monospace; }
.insns tr.at td { background: #fff3c4; } .insns tr.first-diff td { background: #ffd0d0; font-weight: bold; }
.sides { display: flex; gap: 1em; flex-wrap: wrap; } .sides > div { flex: 1; min-width: 420px; }
figure.plot { margin: 0.5em 0; } .note { color: #555; font-style: italic; }
`;

function insnTable(rows: InsnRow[], at: number, firstIndex: number | null, title: string): string {
  if (!rows.length) return `<div><h4>${esc(title)}</h4><p class="note">no instructions in this window</p></div>`;
  let marked = false;
  const body = rows.map((r) => {
    const cls = r.index === firstIndex ? 'first-diff' : !marked && r.cycle >= at ? ((marked = true), 'at') : '';
    return `<tr class="${cls}" data-index="${r.index}"><td>${r.index}</td><td>${r.cycle}</td><td>0x${r.pc.toString(16).padStart(4, '0')}</td><td>${esc(r.text)}</td><td>${esc(r.writes)}</td></tr>`;
  }).join('\n');
  return `<div><h4>${esc(title)}</h4><table class="insns"><thead><tr><th>#</th><th>cycle</th><th>pc</th><th>instruction</th><th>writes</th></tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

async function entryHtml(e: EntryCheck): Promise<string> {
  const parts: string[] = [`<section class="entry" id="entry-${id(e.entry)}" data-verdict="${e.status}">`, `<h2>${esc(e.entry)}: <span class="${e.status}">${MARK[e.status]}</span></h2>`];
  if (e.error) parts.push(`<p class="error">${esc(e.error)}</p>`);
  if (e.goldenModel) parts.push(`<p>golden model: <code>${esc(e.goldenModel)}</code>${e.sameModel ? ' (the model checked now)' : ''}</p>`);
  const c = e.comparison;
  if (c) {
    parts.push('<table class="signals"><thead><tr><th>signal</th><th>rule</th><th>verdict</th><th>first divergence</th><th>summary</th></tr></thead><tbody>');
    for (const s of c.signals) {
      parts.push(`<tr data-signal="${esc(s.signal)}"><td>${esc(s.signal)}</td><td>${esc(s.rule)}</td><td class="${s.verdict}">${MARK[s.verdict]}</td><td>${s.divergence ? esc(`${where(s.divergence.cycle)}: ${s.divergence.detail}`) : ''}</td><td>${esc(s.summary)}</td></tr>`);
    }
    parts.push('</tbody></table>');
    const iv = e.instructions;
    if (iv?.first) {
      const f = iv.first;
      parts.push(`<p class="first-instruction">First instruction that differs between the golden model and the new one: #${f.index}, ${esc(f.what)}: golden <code>${esc(fmtInsn(f.a))}</code>, new <code>${esc(fmtInsn(f.b))}</code>.</p>`);
    } else if (iv?.goldenNote) parts.push(`<p class="note">${esc(iv.goldenNote)}</p>`);
    // Earliest first (statistics, which have no cycle, last).
    const diverged = c.signals.filter((x) => x.verdict === 'diverged').sort((x, y) => (x.divergence!.cycle ?? Infinity) - (y.divergence!.cycle ?? Infinity));
    if (iv?.firstWindow) {
      const f = iv.first!;
      const sides = [insnTable(iv.firstWindow.golden, f.a?.cycle ?? 0, f.index, 'golden model (replayed)'), insnTable(iv.firstWindow.now, f.b?.cycle ?? 0, f.index, 'new model')];
      parts.push(`<section class="first-instruction-window"><h3>Instructions around the first difference (#${f.index})</h3><div class="sides">${sides.join('\n')}</div></section>`);
    }
    for (const s of diverged) {
      const d = s.divergence!;
      parts.push(`<section class="divergence" data-signal="${esc(s.signal)}" data-cycle="${d.cycle ?? ''}">`);
      parts.push(`<h3>${esc(s.signal)}: first divergence at ${esc(where(d.cycle))}</h3><p class="detail">${esc(d.detail)}</p>`);
      if (d.a !== undefined || d.b !== undefined) parts.push(`<table class="values"><tr><th>golden</th><td><code>${esc(d.a ?? '')}</code></td></tr><tr><th>new</th><td><code>${esc(d.b ?? '')}</code></td></tr></table>`);
      const ga = e.golden?.signals[s.signal];
      const gb = e.now?.signals[s.signal];
      if (d.cycle !== null && ga && gb && e.now) {
        const rule = rulesFor(e.rules ?? {}, s.signal, ga.type)[0];
        const svg = await divergencePlot(s.signal, ga, gb, windowAround(d.cycle, e.now.duration, ga.type), { neuron: d.neuron, channel: d.channel, rule, detail: d.detail });
        if (svg) parts.push(`<figure class="plot">${svg}</figure>`);
      }
      if (s.rates) {
        parts.push('<table class="rates"><thead><tr><th>neuron</th><th>spikes golden / new</th><th>rate golden / new (Hz bio)</th><th>difference, CI</th><th>p</th></tr></thead><tbody>');
        for (const r of s.rates) parts.push(`<tr class="${r.significant ? 'diverged' : ''}"><td>${r.neuron}</td><td>${r.countA} / ${r.countB}</td><td>${r.rateA.toFixed(2)} / ${r.rateB.toFixed(2)}</td><td>${(r.rateB - r.rateA).toFixed(2)} [${r.low.toFixed(2)}, ${r.high.toFixed(2)}]</td><td>${r.p.toExponential(2)}</td></tr>`);
        parts.push('</tbody></table>');
      }
      if (iv && d.cycle !== null) {
        const first = iv.first ? iv.first.index : null;
        const sides = [insnTable(iv.now.get(d.cycle) ?? [], d.cycle, first, 'instructions, new model')];
        if (iv.golden) sides.unshift(insnTable(iv.golden.get(d.cycle) ?? [], d.cycle, first, 'instructions, golden model (replayed)'));
        parts.push(`<div class="sides">${sides.join('\n')}</div>`);
      }
      parts.push('</section>');
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

export async function checkHtml(r: CheckResult): Promise<string> {
  const rows = r.entries.map((e) => {
    const f = e.comparison?.first;
    return `<tr><td><a href="#entry-${id(e.entry)}">${esc(e.entry)}</a></td><td class="${e.status}">${MARK[e.status]}</td><td>${f && e.status === 'diverged' ? esc(`${f.signal} at ${where(f.cycle)}`) : ''}</td><td>${e.seconds.toFixed(2)} s</td></tr>`;
  }).join('\n');
  const body: string[] = [];
  for (const e of r.entries) if (e.status !== 'identical') body.push(await entryHtml(e));
  const n = (s: string) => r.entries.filter((e) => e.status === s).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dls regress: ${esc(r.suite)} (${r.status})</title><style>${STYLE}</style></head>
<body>
<h1>Regression check of suite ${esc(r.suite)}</h1>
<p class="verdict ${r.status === 'pass' ? 'identical' : 'diverged'}" id="verdict">${r.status === 'pass' ? 'PASS' : 'FAIL'}: ${r.entries.length} entries, ${n('identical')} identical, ${n('within')} within tolerance, ${n('diverged')} diverged${n('error') + n('no-golden') ? `, ${n('error') + n('no-golden')} not checked` : ''}</p>
<p>Model checked: <code>${esc(r.modelName)}</code> [${r.fingerprint}]: <code>${esc(r.model)}</code></p>
<table id="summary"><thead><tr><th>entry</th><th>verdict</th><th>first divergence</th><th>time</th></tr></thead><tbody>
${rows}
</tbody></table>
${body.join('\n')}
</body></html>
`;
}

/**
 * HTML of a diff of two trace files: the traces alone, plus the instructions when the entry was
 * replayed (`diff --suite`, in e.instructions), or `note` saying why there are none.
 */
export async function diffHtml(a: string, b: string, e: EntryCheck, note?: string): Promise<string> {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dls regress diff</title><style>${STYLE}</style></head>
<body>
<h1>dls regress diff</h1>
<p>golden: <code>${esc(a)}</code>; new: <code>${esc(b)}</code></p>
${note ? `<p class="note" id="instructions-note">${esc(note)}</p>\n` : ''}${await entryHtml(e)}
</body></html>
`;
}
