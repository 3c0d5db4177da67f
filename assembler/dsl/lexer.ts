// Tokens of the plasticity language (docs/dsl.md, section 1), as a chevrotain lexer.

import { createToken, Lexer, type TokenType } from 'chevrotain';

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'a name' });

function kw(word: string): TokenType {
  return createToken({ name: `Kw_${word}`, pattern: new RegExp(`${word}\\b`), longer_alt: Identifier, label: `'${word}'` });
}

export const KEYWORDS = [
  'fn', 'let', 'var', 'const', 'rule', 'every', 'on', 'fit', 'if', 'else', 'while', 'for', 'in', 'step',
  'break', 'continue', 'return', 'true', 'false', 'as', 'mailbox', 'import', 'where',
] as const;
export type Keyword = (typeof KEYWORDS)[number];
export const Kw = Object.fromEntries(KEYWORDS.map((w) => [w, kw(w)])) as Record<Keyword, TokenType>;

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });

export const FracLit = createToken({ name: 'FracLit', pattern: /[0-9][0-9_]*\.[0-9][0-9_]*/, label: 'a number' });
export const HexLit = createToken({ name: 'HexLit', pattern: /0[xX][0-9A-Fa-f_]+/, label: 'a number' });
export const BinLit = createToken({ name: 'BinLit', pattern: /0[bB][01_]+/, label: 'a number' });
export const DecLit = createToken({ name: 'DecLit', pattern: /[0-9][0-9_]*/, label: 'a number' });
export const StringLit = createToken({ name: 'StringLit', pattern: /"[^"\n]*"/, label: 'a string' });

function punct(name: string, text: string): TokenType {
  return createToken({ name, pattern: text, label: `'${text}'` });
}

export const Arrow = punct('Arrow', '->');
export const DotDot = punct('DotDot', '..');
export const ShlAssign = punct('ShlAssign', '<<=');
export const ShrAssign = punct('ShrAssign', '>>=');
export const Shl = punct('Shl', '<<');
export const Shr = punct('Shr', '>>');
export const Le = punct('Le', '<=');
export const Ge = punct('Ge', '>=');
export const EqEq = punct('EqEq', '==');
export const NotEq = punct('NotEq', '!=');
export const AndAnd = punct('AndAnd', '&&');
export const OrOr = punct('OrOr', '||');
export const PlusAssign = punct('PlusAssign', '+=');
export const MinusAssign = punct('MinusAssign', '-=');
export const StarAssign = punct('StarAssign', '*=');
export const SlashAssign = punct('SlashAssign', '/=');
export const PercentAssign = punct('PercentAssign', '%=');
export const AmpAssign = punct('AmpAssign', '&=');
export const PipeAssign = punct('PipeAssign', '|=');
export const CaretAssign = punct('CaretAssign', '^=');
export const Plus = punct('Plus', '+');
export const Minus = punct('Minus', '-');
export const Star = punct('Star', '*');
export const Slash = punct('Slash', '/');
export const Percent = punct('Percent', '%');
export const Amp = punct('Amp', '&');
export const Pipe = punct('Pipe', '|');
export const Caret = punct('Caret', '^');
export const Tilde = punct('Tilde', '~');
export const Bang = punct('Bang', '!');
export const Lt = punct('Lt', '<');
export const Gt = punct('Gt', '>');
export const Assign = punct('Assign', '=');
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LBrace = punct('LBrace', '{');
export const RBrace = punct('RBrace', '}');
export const Comma = punct('Comma', ',');
export const Colon = punct('Colon', ':');
export const Semi = punct('Semi', ';');
export const At = punct('At', '@');
export const Dot = punct('Dot', '.');

export const ALL_TOKENS: TokenType[] = [
  WhiteSpace, BlockComment, LineComment,
  ...Object.values(Kw),
  Identifier,
  FracLit, HexLit, BinLit, DecLit, StringLit,
  Arrow, DotDot, ShlAssign, ShrAssign, Shl, Shr, Le, Ge, EqEq, NotEq, AndAnd, OrOr,
  PlusAssign, MinusAssign, StarAssign, SlashAssign, PercentAssign, AmpAssign, PipeAssign, CaretAssign,
  Plus, Minus, Star, Slash, Percent, Amp, Pipe, Caret, Tilde, Bang, Lt, Gt, Assign,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Colon, Semi, At, Dot,
];

export const DslLexer = new Lexer(ALL_TOKENS, { positionTracking: 'full', ensureOptimizations: false });
