// The syntax tree of the plasticity language (docs/dsl.md). The parser builds it; the checker
// (check.ts) annotates expressions with their types and names with what they refer to, which
// makes it the typed AST that the reference evaluator and the code generator read.

import type { Type } from './types.js';

export interface Loc {
  file: string;
  line: number;
  col: number;
  /** Offset of the first character in the file's text. */
  offset: number;
  /** Offset one past the last character (for highlighting and for slicing the source). */
  end: number;
}

// --- type expressions (syntax) -------------------------------------------------------------------

export type TypeExpr =
  | { k: 'named'; name: string; args: TypeExpr[]; loc: Loc }
  | { k: 'array'; elem: TypeExpr; len: Expr; loc: Loc }
  | { k: 'ref'; inner: TypeExpr; loc: Loc };

// --- expressions ---------------------------------------------------------------------------------

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';
export type UnaryOp = '-' | '!' | '~';

interface ExprBase {
  loc: Loc;
  /** Set by the checker. */
  ty?: Type;
}

export type Expr =
  | (ExprBase & { k: 'int'; value: bigint; text: string })
  | (ExprBase & { k: 'frac'; value: number; text: string })
  | (ExprBase & { k: 'bool'; value: boolean })
  | (ExprBase & { k: 'time'; cycles: number; text: string })
  | (ExprBase & { k: 'name'; name: string; ref?: NameRef })
  | (ExprBase & { k: 'unary'; op: UnaryOp; e: Expr })
  | (ExprBase & { k: 'binary'; op: BinaryOp; l: Expr; r: Expr; opLoc: Loc })
  | (ExprBase & { k: 'call'; callee: string; calleeLoc: Loc; args: Expr[]; target?: CallTarget })
  | (ExprBase & { k: 'index'; e: Expr; index: Expr })
  | (ExprBase & { k: 'field'; e: Expr; name: string; nameLoc: Loc; field?: MailboxField })
  | (ExprBase & { k: 'cast'; e: Expr; type: TypeExpr; to?: Type })
  | (ExprBase & { k: 'array'; elems: Expr[] })
  | (ExprBase & { k: 'error' });

/** What a name in an expression stands for (set by the checker). */
export type NameRef =
  | { k: 'local'; decl: LocalDecl }
  | { k: 'param'; decl: Param; fn: FnDecl }
  | { k: 'global'; decl: GlobalVarDecl }
  | { k: 'const'; decl: ConstDecl }
  | { k: 'chip'; name: 'weights' | 'addresses' | 'causal' | 'anticausal' }
  | { k: 'mailbox' };

export type CallTarget = { k: 'fn'; decl: FnDecl } | { k: 'builtin'; name: string };

// --- statements ----------------------------------------------------------------------------------

export interface Block {
  k: 'block';
  stmts: Stmt[];
  loc: Loc;
}

export interface LocalDecl {
  k: 'let';
  name: string;
  nameLoc: Loc;
  mutable: boolean;
  typeExpr?: TypeExpr;
  init?: Expr;
  loc: Loc;
  /** Set by the checker. */
  ty?: Type;
  /** A `for` loop variable (immutable, i32). */
  loopVar?: boolean;
}

export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '<<=' | '>>=' | '&=' | '|=' | '^=';

export type Stmt =
  | LocalDecl
  | { k: 'assign'; target: Expr; op: AssignOp; value: Expr; loc: Loc }
  | { k: 'if'; cond: Expr; then: Block; else?: Block; loc: Loc }
  | { k: 'while'; cond: Expr; body: Block; loc: Loc }
  | { k: 'for'; v: LocalDecl; from: Expr; to: Expr; step?: Expr; body: Block; loc: Loc; stepValue?: number }
  | { k: 'where'; cond: Expr; then: Block; else?: Block; loc: Loc }
  | { k: 'break'; loc: Loc }
  | { k: 'continue'; loc: Loc }
  | { k: 'return'; value?: Expr; loc: Loc }
  | { k: 'expr'; e: Expr; loc: Loc }
  | Block;

// --- declarations ---------------------------------------------------------------------------------

export interface Param {
  name: string;
  typeExpr: TypeExpr;
  loc: Loc;
  ty?: Type;
}

export interface FnDecl {
  k: 'fn';
  name: string;
  nameLoc: Loc;
  params: Param[];
  retExpr?: TypeExpr;
  body: Block;
  loc: Loc;
  /** Set by the checker. */
  ret?: Type;
  /** Unique name in the output (overloads get a suffix). */
  symbol?: string;
  /** Declared in the standard library. */
  std?: boolean;
  /** Calls wait() (directly or through callees); set by the checker. */
  waits?: boolean;
}

export interface RuleDecl {
  k: 'rule';
  name: string;
  nameLoc: Loc;
  trigger: { k: 'every'; period: Expr } | { k: 'fit'; exp: Expr };
  body: Block;
  loc: Loc;
  /** Set by the checker: period in cycles (every) or FIT exponent. */
  cycles?: number;
  fitExp?: number;
}

export interface ConstDecl {
  k: 'const';
  name: string;
  nameLoc: Loc;
  typeExpr?: TypeExpr;
  value: Expr;
  loc: Loc;
  ty?: Type;
  /** Folded value (set by the checker). */
  folded?: unknown;
  std?: boolean;
}

export interface GlobalVarDecl {
  k: 'var';
  name: string;
  nameLoc: Loc;
  typeExpr?: TypeExpr;
  init?: Expr;
  loc: Loc;
  ty?: Type;
  folded?: unknown;
  std?: boolean;
}

export interface MailboxField {
  name: string;
  nameLoc: Loc;
  typeExpr: TypeExpr;
  offsetExpr: Expr;
  loc: Loc;
  ty?: Type;
  offset?: number;
}

export interface MailboxDecl {
  k: 'mailbox';
  fields: MailboxField[];
  loc: Loc;
}

export interface ImportDecl {
  k: 'import';
  path: string;
  loc: Loc;
}

export type Decl = FnDecl | RuleDecl | ConstDecl | GlobalVarDecl | MailboxDecl | ImportDecl;

export interface SourceUnit {
  file: string;
  text: string;
  decls: Decl[];
  std?: boolean;
}
