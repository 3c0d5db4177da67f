// Parser of the plasticity language: chevrotain with error recovery (a file with several syntax
// errors reports all of them), building the AST of ast.ts with source locations.

import { EmbeddedActionsParser, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import type { AssignOp, BinaryOp, Block, Decl, Expr, LocalDecl, Loc, MailboxField, Param, Stmt, TypeExpr, UnaryOp } from './ast.js';
import type { Diags } from './diag.js';
import * as T from './lexer.js';

const TIME_UNITS: Record<string, number> = { cycles: 1, ns: 98e6 / 1e9, us: 98e6 / 1e6, ms: 98e6 / 1e3 };

function describe(tok: IToken): string {
  if (tok.tokenType.name === 'EOF') return 'the end of the file';
  return `'${tok.image}'`;
}

function labelOf(t: TokenType): string {
  if (t.name === 'EOF') return 'the end of the file';
  return t.LABEL ?? t.name;
}

const RULE_WHAT: Record<string, string> = {
  declaration: "a declaration ('fn', 'rule', 'const', 'var', 'mailbox' or 'import')",
  statement: 'a statement',
  primary: 'an expression',
  expr: 'an expression',
  unaryExpr: 'an expression',
  castExpr: 'an expression',
  postfixExpr: 'an expression',
  typeExpr: "a type (like i32, fx8, vec<fx8>, row<i8> or [i32; 4])",
  assignOp: "'=' or a compound assignment like '+='",
  elseTail: "'{' or 'if' after 'else'",
  ruleTrigger: "'every' with a period (like 'every 10us') or 'on fit(k)'",
  number: 'a number',
};

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === T.Identifier && (T.KEYWORDS as readonly string[]).includes(actual.image)) {
      return `'${actual.image}' is a reserved word and cannot be used as a name`;
    }
    return `expected ${labelOf(expected)} but found ${describe(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describe(firstRedundant)}: expected a declaration ('fn', 'rule', 'const', 'var', 'mailbox' or 'import')`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const what = RULE_WHAT[ruleName] ?? 'something else';
    return `expected ${what} but found ${describe(actual[0]!)}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    const what = RULE_WHAT[ruleName] ?? 'something else';
    return `expected ${what} but found ${describe(actual[0]!)}`;
  },
};

type ErrExpr = Expr & { k: 'error' };

export class DslParser extends EmbeddedActionsParser {
  file = '<input>';

  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: true, errorMessageProvider: messages, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  private locOf(tok: IToken): Loc {
    if (Number.isNaN(tok.startOffset) || tok.startLine === undefined || Number.isNaN(tok.startLine)) {
      // A token the parser inserted while recovering: place it after the last real token.
      for (let k = 0; k > -100; k--) {
        const prev = this.LA(k);
        if (prev && !Number.isNaN(prev.startOffset) && prev.startLine !== undefined && !Number.isNaN(prev.startLine)) {
          const end = (prev.endOffset ?? prev.startOffset) + 1;
          return { file: this.file, line: prev.endLine ?? prev.startLine, col: (prev.endColumn ?? prev.startColumn ?? 0) + 1, offset: end, end: end + 1 };
        }
      }
      return { file: this.file, line: 1, col: 1, offset: 0, end: 1 };
    }
    return {
      file: this.file,
      line: tok.startLine ?? 1,
      col: tok.startColumn ?? 1,
      offset: tok.startOffset,
      end: (tok.endOffset ?? tok.startOffset) + 1,
    };
  }

  /** Location from `start` to the last consumed token. */
  private span(start: Loc): Loc {
    const last = this.LA(0);
    const end = last && last.endOffset !== undefined && !Number.isNaN(last.endOffset) ? last.endOffset + 1 : start.end;
    return { ...start, end: Math.max(end, start.end) };
  }

  private errExpr(loc?: Loc): ErrExpr {
    return { k: 'error', loc: loc ?? this.locOf(this.LA(1)) };
  }

  // --- program -----------------------------------------------------------------------------------

  program = this.RULE('program', (): Decl[] => {
    const decls: Decl[] = [];
    this.MANY(() => {
      const d = this.SUBRULE(this.declaration);
      this.ACTION(() => {
        if (d) decls.push(d);
      });
    });
    return decls;
  });

  declaration = this.RULE(
    'declaration',
    (): Decl | undefined =>
      this.OR([
        { ALT: () => this.SUBRULE(this.fnDecl) },
        { ALT: () => this.SUBRULE(this.ruleDecl) },
        { ALT: () => this.SUBRULE(this.constDecl) },
        { ALT: () => this.SUBRULE(this.globalVarDecl) },
        { ALT: () => this.SUBRULE(this.mailboxDecl) },
        { ALT: () => this.SUBRULE(this.importDecl) },
      ]),
    { recoveryValueFunc: () => undefined },
  );

  fnDecl = this.RULE('fnDecl', (): Decl => {
    const kwTok = this.CONSUME(T.Kw.fn);
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    const params: Param[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const pn = this.CONSUME2(T.Identifier);
        this.CONSUME(T.Colon);
        const ty = this.SUBRULE(this.typeExpr);
        this.ACTION(() => params.push({ name: pn.image, typeExpr: ty, loc: this.locOf(pn) }));
      },
    });
    this.CONSUME(T.RParen);
    let ret: TypeExpr | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Arrow);
      ret = this.SUBRULE2(this.typeExpr);
    });
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({
      k: 'fn' as const, name: name.image, nameLoc: this.locOf(name), params, retExpr: ret, body, loc: this.locOf(kwTok),
    }));
  });

  ruleDecl = this.RULE('ruleDecl', (): Decl => {
    const kwTok = this.CONSUME(T.Kw.rule);
    const name = this.CONSUME(T.Identifier);
    const trigger = this.SUBRULE(this.ruleTrigger);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({ k: 'rule' as const, name: name.image, nameLoc: this.locOf(name), trigger, body, loc: this.locOf(kwTok) }));
  });

  ruleTrigger = this.RULE(
    'ruleTrigger',
    (): { k: 'every'; period: Expr } | { k: 'fit'; exp: Expr } =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Kw.every);
            const period = this.SUBRULE(this.expr);
            return { k: 'every' as const, period };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Kw.on);
            this.CONSUME(T.Kw.fit);
            this.CONSUME(T.LParen);
            const exp = this.SUBRULE2(this.expr);
            this.CONSUME(T.RParen);
            return { k: 'fit' as const, exp };
          },
        },
      ]),
    { recoveryValueFunc: () => ({ k: 'every' as const, period: { k: 'error' as const, loc: { file: '', line: 0, col: 0, offset: 0, end: 0 } } }) },
  );

  constDecl = this.RULE('constDecl', (): Decl => {
    const kwTok = this.CONSUME(T.Kw.const);
    const name = this.CONSUME(T.Identifier);
    let ty: TypeExpr | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      ty = this.SUBRULE(this.typeExpr);
    });
    this.CONSUME(T.Assign);
    const value = this.SUBRULE(this.expr);
    this.CONSUME(T.Semi);
    return this.ACTION(() => ({ k: 'const' as const, name: name.image, nameLoc: this.locOf(name), typeExpr: ty, value, loc: this.locOf(kwTok) }));
  });

  globalVarDecl = this.RULE('globalVarDecl', (): Decl => {
    const kwTok = this.CONSUME(T.Kw.var);
    const name = this.CONSUME(T.Identifier);
    let ty: TypeExpr | undefined;
    let init: Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      ty = this.SUBRULE(this.typeExpr);
    });
    this.OPTION2(() => {
      this.CONSUME(T.Assign);
      init = this.SUBRULE(this.expr);
    });
    this.CONSUME(T.Semi);
    return this.ACTION(() => ({ k: 'var' as const, name: name.image, nameLoc: this.locOf(name), typeExpr: ty, init, loc: this.locOf(kwTok) }));
  });

  mailboxDecl = this.RULE('mailboxDecl', (): Decl => {
    const kwTok = this.CONSUME(T.Kw.mailbox);
    this.CONSUME(T.LBrace);
    const fields: MailboxField[] = [];
    this.MANY(() => {
      const f = this.SUBRULE(this.mailboxField);
      this.ACTION(() => {
        if (f) fields.push(f);
      });
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ k: 'mailbox' as const, fields, loc: this.locOf(kwTok) }));
  });

  mailboxField = this.RULE(
    'mailboxField',
    (): MailboxField | undefined => {
      const name = this.CONSUME(T.Identifier);
      this.CONSUME(T.Colon);
      const ty = this.SUBRULE(this.typeExpr);
      this.CONSUME(T.At);
      const off = this.SUBRULE(this.expr);
      this.OPTION(() => this.CONSUME(T.Comma));
      return this.ACTION(() => ({ name: name.image, nameLoc: this.locOf(name), typeExpr: ty, offsetExpr: off, loc: this.locOf(name) }));
    },
    { recoveryValueFunc: () => undefined },
  );

  importDecl = this.RULE('importDecl', (): Decl => {
    const kwTok = this.CONSUME(T.Kw.import);
    const s = this.CONSUME(T.StringLit);
    this.CONSUME(T.Semi);
    return this.ACTION(() => ({ k: 'import' as const, path: s.image.slice(1, -1), loc: this.locOf(s ?? kwTok) }));
  });

  // --- types -------------------------------------------------------------------------------------

  typeExpr = this.RULE(
    'typeExpr',
    (): TypeExpr =>
      this.OR([
        {
          ALT: () => {
            const name = this.CONSUME(T.Identifier);
            const args: TypeExpr[] = [];
            this.OPTION({
              GATE: () => name.image === 'vec' || name.image === 'row',
              DEF: () => {
                this.CONSUME(T.Lt);
                const a = this.SUBRULE(this.typeExpr);
                this.CONSUME(T.Gt);
                this.ACTION(() => args.push(a));
              },
            });
            return this.ACTION(() => ({ k: 'named' as const, name: name.image, args, loc: this.span(this.locOf(name)) }));
          },
        },
        {
          ALT: () => {
            const lb = this.CONSUME(T.LBracket);
            const elem = this.SUBRULE2(this.typeExpr);
            this.CONSUME(T.Semi);
            const len = this.SUBRULE(this.expr);
            this.CONSUME(T.RBracket);
            return this.ACTION(() => ({ k: 'array' as const, elem, len, loc: this.span(this.locOf(lb)) }));
          },
        },
        {
          ALT: () => {
            const amp = this.CONSUME(T.Amp);
            const inner = this.SUBRULE3(this.typeExpr);
            return this.ACTION(() => ({ k: 'ref' as const, inner, loc: this.span(this.locOf(amp)) }));
          },
        },
      ]),
    { recoveryValueFunc: () => ({ k: 'named' as const, name: '<error>', args: [], loc: { file: '', line: 0, col: 0, offset: 0, end: 0 } }) },
  );

  // --- statements --------------------------------------------------------------------------------

  block = this.RULE('block', (): Block => {
    const lb = this.CONSUME(T.LBrace);
    const stmts: Stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => {
        if (s) stmts.push(s);
      });
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ k: 'block' as const, stmts, loc: this.span(this.locOf(lb)) }));
  }, { recoveryValueFunc: () => this.emptyBlock() });

  private emptyBlock(): Block {
    return { k: 'block', stmts: [], loc: this.locOf(this.LA(1)) };
  }

  statement = this.RULE(
    'statement',
    (): Stmt | undefined =>
      this.OR([
        { ALT: () => this.SUBRULE(this.letStmt) },
        { ALT: () => this.SUBRULE(this.ifStmt) },
        { ALT: () => this.SUBRULE(this.whileStmt) },
        { ALT: () => this.SUBRULE(this.forStmt) },
        { ALT: () => this.SUBRULE(this.whereStmt) },
        {
          ALT: () => {
            const t = this.CONSUME(T.Kw.break);
            this.CONSUME(T.Semi);
            return this.ACTION(() => ({ k: 'break' as const, loc: this.locOf(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Kw.continue);
            this.CONSUME2(T.Semi);
            return this.ACTION(() => ({ k: 'continue' as const, loc: this.locOf(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Kw.return);
            let value: Expr | undefined;
            this.OPTION(() => {
              value = this.SUBRULE(this.expr);
            });
            this.CONSUME3(T.Semi);
            return this.ACTION(() => ({ k: 'return' as const, value, loc: this.locOf(t) }));
          },
        },
        { ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.SUBRULE(this.exprStmt) },
      ]),
    { recoveryValueFunc: () => undefined },
  );

  letStmt = this.RULE('letStmt', (): LocalDecl => {
    const kwTok = this.OR([{ ALT: () => this.CONSUME(T.Kw.let) }, { ALT: () => this.CONSUME(T.Kw.var) }]);
    const name = this.CONSUME(T.Identifier);
    let ty: TypeExpr | undefined;
    let init: Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      ty = this.SUBRULE(this.typeExpr);
    });
    this.OPTION2(() => {
      this.CONSUME(T.Assign);
      init = this.SUBRULE(this.expr);
    });
    this.CONSUME(T.Semi);
    return this.ACTION(() => ({
      k: 'let' as const, name: name.image, nameLoc: this.locOf(name), mutable: kwTok.image === 'var', typeExpr: ty, init, loc: this.locOf(kwTok),
    }));
  });

  ifStmt = this.RULE('ifStmt', (): Stmt => {
    const t = this.CONSUME(T.Kw.if);
    const cond = this.SUBRULE(this.expr);
    const then = this.SUBRULE(this.block);
    let els: Block | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Kw.else);
      els = this.SUBRULE(this.elseTail);
    });
    return this.ACTION(() => ({ k: 'if' as const, cond, then, else: els, loc: this.locOf(t) }));
  });

  elseTail = this.RULE('elseTail', (): Block =>
    this.OR([
      { ALT: () => this.SUBRULE(this.block) },
      {
        ALT: () => {
          const s = this.SUBRULE(this.ifStmt);
          return this.ACTION(() => (s ? { k: 'block' as const, stmts: [s], loc: s.loc } : this.emptyBlock()));
        },
      },
    ]),
    { recoveryValueFunc: () => this.emptyBlock() },
  );

  whileStmt = this.RULE('whileStmt', (): Stmt => {
    const t = this.CONSUME(T.Kw.while);
    const cond = this.SUBRULE(this.expr);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({ k: 'while' as const, cond, body, loc: this.locOf(t) }));
  });

  forStmt = this.RULE('forStmt', (): Stmt => {
    const t = this.CONSUME(T.Kw.for);
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.Kw.in);
    const from = this.SUBRULE(this.expr);
    this.CONSUME(T.DotDot);
    const to = this.SUBRULE2(this.expr);
    let step: Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Kw.step);
      step = this.SUBRULE3(this.expr);
    });
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => {
      const v: LocalDecl = { k: 'let', name: name.image, nameLoc: this.locOf(name), mutable: false, loc: this.locOf(name), loopVar: true };
      return { k: 'for' as const, v, from, to, step, body, loc: this.locOf(t) };
    });
  });

  whereStmt = this.RULE('whereStmt', (): Stmt => {
    const t = this.CONSUME(T.Kw.where);
    const cond = this.SUBRULE(this.expr);
    const then = this.SUBRULE(this.block);
    let els: Block | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Kw.else);
      els = this.SUBRULE2(this.block);
    });
    return this.ACTION(() => ({ k: 'where' as const, cond, then, else: els, loc: this.locOf(t) }));
  });

  exprStmt = this.RULE('exprStmt', (): Stmt => {
    const first = this.LA(1);
    const e = this.SUBRULE(this.expr);
    let op: AssignOp | undefined;
    let value: Expr | undefined;
    this.OPTION(() => {
      op = this.SUBRULE(this.assignOp);
      value = this.SUBRULE2(this.expr);
    });
    this.CONSUME(T.Semi);
    return this.ACTION(() => {
      const loc = this.locOf(first);
      if (op && value) return { k: 'assign' as const, target: e, op, value, loc };
      return { k: 'expr' as const, e, loc };
    });
  });

  assignOp = this.RULE('assignOp', (): AssignOp => {
    const t = this.OR([
      { ALT: () => this.CONSUME(T.Assign) },
      { ALT: () => this.CONSUME(T.PlusAssign) },
      { ALT: () => this.CONSUME(T.MinusAssign) },
      { ALT: () => this.CONSUME(T.StarAssign) },
      { ALT: () => this.CONSUME(T.SlashAssign) },
      { ALT: () => this.CONSUME(T.PercentAssign) },
      { ALT: () => this.CONSUME(T.ShlAssign) },
      { ALT: () => this.CONSUME(T.ShrAssign) },
      { ALT: () => this.CONSUME(T.AmpAssign) },
      { ALT: () => this.CONSUME(T.PipeAssign) },
      { ALT: () => this.CONSUME(T.CaretAssign) },
    ]);
    return t.image as AssignOp;
  }, { recoveryValueFunc: () => '=' as AssignOp });

  // --- expressions (lowest precedence first) --------------------------------------------------------

  private binaryLevel(name: string, ops: TokenType[], next: (second: boolean) => Expr, assoc: 'left' | 'none' = 'left') {
    return this.RULE(
      name,
      (): Expr => {
        let l = next(false);
        this.MANY(() => {
          const opTok = this.OR(ops.map((o) => ({ ALT: () => this.CONSUME(o) })));
          const r = next(true);
          this.ACTION(() => {
            const opLoc = this.locOf(opTok);
            if (assoc === 'none' && l.k === 'binary' && ['==', '!=', '<', '<=', '>', '>='].includes(l.op) && !(l as { parens?: boolean }).parens) {
              (l as { chained?: Loc }).chained = opLoc;
            }
            l = { k: 'binary', op: opTok.image as BinaryOp, l, r, opLoc, loc: { ...l.loc, end: Math.max(r.loc.end, l.loc.end) } };
          });
        });
        return l;
      },
      { recoveryValueFunc: () => this.errExpr() },
    );
  }

  expr = this.RULE('expr', (): Expr => this.SUBRULE(this.orExpr), { recoveryValueFunc: () => this.errExpr() });
  orExpr: () => Expr = this.binaryLevel('orExpr', [T.OrOr], (second) => (second ? this.SUBRULE2(this.andExpr) : this.SUBRULE(this.andExpr)));
  andExpr: () => Expr = this.binaryLevel('andExpr', [T.AndAnd], (second) => (second ? this.SUBRULE2(this.cmpExpr) : this.SUBRULE(this.cmpExpr)));
  cmpExpr: () => Expr = this.binaryLevel('cmpExpr', [T.EqEq, T.NotEq, T.Le, T.Ge, T.Lt, T.Gt], (second) => (second ? this.SUBRULE2(this.bitOrExpr) : this.SUBRULE(this.bitOrExpr)), 'none');
  bitOrExpr: () => Expr = this.binaryLevel('bitOrExpr', [T.Pipe], (second) => (second ? this.SUBRULE2(this.bitXorExpr) : this.SUBRULE(this.bitXorExpr)));
  bitXorExpr: () => Expr = this.binaryLevel('bitXorExpr', [T.Caret], (second) => (second ? this.SUBRULE2(this.bitAndExpr) : this.SUBRULE(this.bitAndExpr)));
  bitAndExpr: () => Expr = this.binaryLevel('bitAndExpr', [T.Amp], (second) => (second ? this.SUBRULE2(this.shiftExpr) : this.SUBRULE(this.shiftExpr)));
  shiftExpr: () => Expr = this.binaryLevel('shiftExpr', [T.Shl, T.Shr], (second) => (second ? this.SUBRULE2(this.addExpr) : this.SUBRULE(this.addExpr)));
  addExpr: () => Expr = this.binaryLevel('addExpr', [T.Plus, T.Minus], (second) => (second ? this.SUBRULE2(this.mulExpr) : this.SUBRULE(this.mulExpr)));
  mulExpr: () => Expr = this.binaryLevel('mulExpr', [T.Star, T.Slash, T.Percent], (second) => (second ? this.SUBRULE2(this.castExpr) : this.SUBRULE(this.castExpr)));

  castExpr = this.RULE(
    'castExpr',
    (): Expr => {
      let e = this.SUBRULE(this.unaryExpr);
      this.MANY(() => {
        this.CONSUME(T.Kw.as);
        const ty = this.SUBRULE(this.typeExpr);
        this.ACTION(() => {
          e = { k: 'cast', e, type: ty, loc: { ...e.loc, end: Math.max(ty.loc.end, e.loc.end) } };
        });
      });
      return e;
    },
    { recoveryValueFunc: () => this.errExpr() },
  );

  unaryExpr = this.RULE(
    'unaryExpr',
    (): Expr =>
      this.OR([
        {
          ALT: () => {
            const t = this.OR2([{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Bang) }, { ALT: () => this.CONSUME(T.Tilde) }]);
            const e = this.SUBRULE(this.unaryExpr);
            return this.ACTION(() => ({ k: 'unary' as const, op: t.image as UnaryOp, e, loc: { ...this.locOf(t), end: e.loc.end } }));
          },
        },
        { ALT: () => this.SUBRULE(this.postfixExpr) },
      ]),
    { recoveryValueFunc: () => this.errExpr() },
  );

  postfixExpr = this.RULE(
    'postfixExpr',
    (): Expr => {
      let e = this.SUBRULE(this.primary);
      this.MANY(() => {
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.LBracket);
              const index = this.SUBRULE(this.expr);
              this.CONSUME(T.RBracket);
              this.ACTION(() => {
                e = { k: 'index', e, index, loc: this.span(e.loc) };
              });
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.Dot);
              const name = this.CONSUME(T.Identifier);
              this.ACTION(() => {
                e = { k: 'field', e, name: name.image, nameLoc: this.locOf(name), loc: this.span(e.loc) };
              });
            },
          },
        ]);
      });
      return e;
    },
    { recoveryValueFunc: () => this.errExpr() },
  );

  primary = this.RULE(
    'primary',
    (): Expr =>
      this.OR([
        { ALT: () => this.SUBRULE(this.number) },
        {
          ALT: () => {
            const t = this.CONSUME(T.Kw.true);
            return this.ACTION(() => ({ k: 'bool' as const, value: true, loc: this.locOf(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Kw.false);
            return this.ACTION(() => ({ k: 'bool' as const, value: false, loc: this.locOf(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Kw.mailbox);
            return this.ACTION(() => ({ k: 'name' as const, name: 'mailbox', loc: this.locOf(t) }));
          },
        },
        {
          // A call: name(args)
          GATE: () => this.LA(2).tokenType === T.LParen,
          ALT: () => {
            const name = this.CONSUME(T.Identifier);
            this.CONSUME(T.LParen);
            const args: Expr[] = [];
            this.MANY_SEP({
              SEP: T.Comma,
              DEF: () => {
                const a = this.SUBRULE(this.expr);
                this.ACTION(() => args.push(a));
              },
            });
            this.CONSUME(T.RParen);
            return this.ACTION(() => ({ k: 'call' as const, callee: name.image, calleeLoc: this.locOf(name), args, loc: this.span(this.locOf(name)) }));
          },
        },
        {
          ALT: () => {
            const name = this.CONSUME2(T.Identifier);
            return this.ACTION(() => ({ k: 'name' as const, name: name.image, loc: this.locOf(name) }));
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME2(T.LParen);
            const e = this.SUBRULE2(this.expr);
            this.CONSUME2(T.RParen);
            return this.ACTION(() => {
              (e as { parens?: boolean }).parens = true;
              return e;
            });
          },
        },
        {
          ALT: () => {
            const lb = this.CONSUME(T.LBracket);
            const elems: Expr[] = [];
            this.MANY_SEP2({
              SEP: T.Comma,
              DEF: () => {
                const a = this.SUBRULE3(this.expr);
                this.ACTION(() => elems.push(a));
              },
            });
            this.CONSUME(T.RBracket);
            return this.ACTION(() => ({ k: 'array' as const, elems, loc: this.span(this.locOf(lb)) }));
          },
        },
      ]),
    { recoveryValueFunc: () => this.errExpr() },
  );

  number = this.RULE('number', (): Expr => {
    const t = this.OR([
      { ALT: () => this.CONSUME(T.FracLit) },
      { ALT: () => this.CONSUME(T.HexLit) },
      { ALT: () => this.CONSUME(T.BinLit) },
      { ALT: () => this.CONSUME(T.DecLit) },
    ]);
    let unit: IToken | undefined;
    this.OPTION({
      GATE: () => this.LA(1).tokenType === T.Identifier && this.LA(1).image in TIME_UNITS,
      DEF: () => {
        unit = this.CONSUME(T.Identifier);
      },
    });
    return this.ACTION(() => {
      const loc = this.span(this.locOf(t));
      const text = t.image.replace(/_/g, '');
      if (unit) {
        // Cycles = value x cycles per unit; checked for being whole by the checker.
        const v = Number(text);
        return { k: 'time' as const, cycles: v * TIME_UNITS[unit.image]!, text: `${t.image}${unit.image}`, loc };
      }
      if (t.tokenType === T.FracLit) return { k: 'frac' as const, value: Number(text), text: t.image, loc };
      const value = text.startsWith('0x') || text.startsWith('0X') ? BigInt(text) : text.startsWith('0b') || text.startsWith('0B') ? BigInt(text) : BigInt(text);
      return { k: 'int' as const, value, text: t.image, loc };
    });
  }, { recoveryValueFunc: () => this.errExpr() });
}

let parserInstance: DslParser | undefined;

/** Parse one file; syntax errors go to `diags` (the parser recovers and reports them all). */
export function parse(file: string, text: string, diags: Diags): Decl[] {
  diags.addSource(file, text);
  const lex = T.DslLexer.tokenize(text);
  for (const e of lex.errors) {
    diags.error(
      { file, line: e.line ?? 1, col: e.column ?? 1, offset: e.offset, end: e.offset + e.length },
      `unexpected character '${text.slice(e.offset, e.offset + 1)}'`,
    );
  }
  // Parse errors on a line with an unexpected character follow from it: report only the character.
  const lexLines = new Set(lex.errors.map((e) => e.line ?? 0));
  const p = (parserInstance ??= new DslParser());
  p.file = file;
  p.input = lex.tokens;
  const decls = p.program() ?? [];
  for (const e of p.errors) {
    let tok = e.token;
    let loc: Loc;
    if (tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset)) {
      // At the end of the input: point just after the last real token.
      const prev = (e as { previousToken?: IToken }).previousToken ?? lex.tokens[lex.tokens.length - 1];
      tok = prev ?? tok;
      loc = prev
        ? { file, line: prev.endLine ?? prev.startLine ?? 1, col: (prev.endColumn ?? prev.startColumn ?? 0) + 1, offset: (prev.endOffset ?? 0) + 1, end: (prev.endOffset ?? 0) + 2 }
        : { file, line: 1, col: 1, offset: 0, end: 1 };
    } else {
      loc = { file, line: tok.startLine ?? 1, col: tok.startColumn ?? 1, offset: tok.startOffset, end: (tok.endOffset ?? tok.startOffset) + 1 };
    }
    let msg = e.message;
    // A missing ';' is found at the next token, which is often on the next line: point at the
    // end of the previous token instead, where the ';' belongs.
    if (/^expected ';'/.test(msg) && (e as { previousToken?: IToken }).previousToken) {
      const prev = (e as { previousToken?: IToken }).previousToken!;
      if (prev.endLine !== undefined && tok.startLine !== prev.endLine) {
        loc = { file, line: prev.endLine, col: (prev.endColumn ?? 0) + 1, offset: (prev.endOffset ?? 0) + 1, end: (prev.endOffset ?? 0) + 2 };
        msg = `expected ';' after ${describe(prev)}`;
      }
    }
    if (!lexLines.has(loc.line)) diags.error(loc, msg);
  }
  for (const d of decls) checkChains(d, diags);
  return decls;
}

/** `a < b < c` parses left-associatively; the language rejects it (comparisons do not chain). */
function checkChains(node: unknown, diags: Diags): void {
  if (!node || typeof node !== 'object') return;
  const chained = (node as { chained?: Loc }).chained;
  if (chained) diags.error(chained, "comparisons cannot be chained: write 'a < b && b < c'");
  for (const v of Object.values(node)) {
    if (Array.isArray(v)) for (const x of v) checkChains(x, diags);
    else if (v && typeof v === 'object' && !('file' in v && 'line' in v)) checkChains(v, diags);
  }
}
