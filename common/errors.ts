// Errors a user caused (bad assembly, DSL, config, binary, task file) as opposed to bugs. The
// CLI prints them without a stack trace; each diagnostic carries the place it refers to.

export interface SourceLocation {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
}

export interface Diagnostic {
  message: string;
  loc?: SourceLocation;
  /** The source line the location points into, shown with a caret under the column. */
  sourceLine?: string;
  /** Further places, e.g. the earlier definition of a duplicate symbol. */
  notes?: { message: string; loc?: SourceLocation; sourceLine?: string }[];
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

function formatOne(message: string, loc?: SourceLocation, sourceLine?: string, prefix = 'error'): string {
  const head = loc ? `${formatLocation(loc)}: ${prefix}: ${message}` : `${prefix}: ${message}`;
  if (!loc || sourceLine === undefined) return head;
  // Keep the tabs of the source line in front of the caret so that it lines up in a terminal.
  const caret = `${sourceLine.slice(0, Math.max(0, loc.col - 1)).replace(/[^\t]/g, ' ').padEnd(Math.max(0, loc.col - 1))}^`;
  return `${head}\n  ${sourceLine}\n  ${caret}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  const parts = [formatOne(d.message, d.loc, d.sourceLine)];
  for (const n of d.notes ?? []) parts.push(formatOne(n.message, n.loc, n.sourceLine, 'note'));
  return parts.join('\n');
}

/** One or more problems with user input; never a bug in dls. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[] | string) {
    const list = typeof diagnostics === 'string' ? [{ message: diagnostics }] : diagnostics;
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}
