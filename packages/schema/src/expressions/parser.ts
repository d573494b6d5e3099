import type { BinaryOp, ComparisonOp, ExprNode, Span } from './ast';
import { dateProblem } from './dates';
import { type ExpressionError, ExpressionFailure, expressionError, fail, withThousands } from './errors';
import { tokenize } from './lexer';
import { joinSpans, SourceText } from './source';
import { TokenStream } from './token-stream';
import { describeToken, type Token } from './tokens';

export const MAX_SOURCE_LENGTH = 2000;

export type ParseResult = { ok: true; ast: ExprNode } | { ok: false; error: ExpressionError };

const COMPARISON_PUNCTUATION: ReadonlySet<string> = new Set(['=', '!=', '<', '<=', '>', '>=']);

/**
 * Parses expression source into a syntax tree. Never throws.
 *
 * @example
 * const result = parseExpression('ageInYears(dateOfBirth) >= 16 and ageInYears(dateOfBirth) < 18');
 * if (!result.ok) console.log(`${result.error.line}:${result.error.column} ${result.error.message}`);
 */
export function parseExpression(source: string): ParseResult {
  try {
    if (typeof source !== 'string') {
      return {
        ok: false,
        error: expressionError('expression.syntax', 'The expression must be text', undefined),
      };
    }
    const text = new SourceText(source);
    if (source.length > MAX_SOURCE_LENGTH) {
      const message = `This expression is ${withThousands(source.length)} characters long, but the limit is ${withThousands(MAX_SOURCE_LENGTH)}. Split it into smaller rules`;
      return {
        ok: false,
        error: expressionError(
          'expression.too-long',
          message,
          text.span(MAX_SOURCE_LENGTH, source.length - MAX_SOURCE_LENGTH),
        ),
      };
    }
    return { ok: true, ast: new Parser(tokenize(text)).parseAll() };
  } catch (caught) {
    if (caught instanceof ExpressionFailure) return { ok: false, error: caught.error };
    const message = 'This expression could not be read. Simplify it and try again';
    return { ok: false, error: expressionError('expression.syntax', message, undefined) };
  }
}

class Parser extends TokenStream {
  parseAll(): ExprNode {
    const first = this.peek();
    if (first.kind === 'end') {
      fail(
        'expression.syntax',
        'The expression is empty. Write a condition, for example ageInYears(dateOfBirth) >= 16',
        first.span,
      );
    }
    const ast = this.parseOr();
    const extra = this.peek();
    if (extra.kind === 'punctuation' && extra.text === ')') {
      fail(
        'expression.syntax',
        'There is no "(" to match this ")". Remove it or add a "(" earlier',
        extra.span,
      );
    }
    if (extra.kind !== 'end') {
      fail(
        'expression.syntax',
        `Unexpected ${describeToken(extra)} after the end of the expression. Join conditions with "and" or "or"`,
        extra.span,
      );
    }
    return ast;
  }

  private binary(op: BinaryOp, left: ExprNode, right: ExprNode): ExprNode {
    return { kind: 'binary', op, left, right, span: joinSpans(left.span, right.span) };
  }

  private parseOr(): ExprNode {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.next();
      left = this.binary('or', left, this.parseAnd());
    }
    return left;
  }

  private parseAnd(): ExprNode {
    let left = this.parseNot();
    while (this.isKeyword('and')) {
      this.next();
      left = this.binary('and', left, this.parseNot());
    }
    return left;
  }

  private parseNot(): ExprNode {
    if (!this.isKeyword('not')) return this.parseComparison();
    const start = this.next();
    return this.nested(start.span, () => {
      const operand = this.parseNot();
      return { kind: 'unary', op: 'not', operand, span: joinSpans(start.span, operand.span) };
    });
  }

  private comparisonOp(): { op: ComparisonOp; span: Span } | undefined {
    const token = this.peek();
    if (token.kind === 'punctuation' && COMPARISON_PUNCTUATION.has(token.text)) {
      return { op: token.text as ComparisonOp, span: token.span };
    }
    if (this.isKeyword('in')) return { op: 'in', span: token.span };
    const after = this.peek(1);
    if (this.isKeyword('not') && this.isKeyword('in', after))
      return { op: 'not in', span: joinSpans(token.span, after.span) };
    return undefined;
  }

  private parseComparison(): ExprNode {
    const left = this.parseAdditive();
    const first = this.comparisonOp();
    if (!first) return left;
    this.pos += first.op === 'not in' ? 2 : 1;
    const right = this.parseAdditive();
    const second = this.comparisonOp();
    if (second) {
      fail(
        'expression.syntax',
        `Comparisons cannot be chained like "a ${first.op} b ${second.op} c". Join them with "and", for example age >= 16 and age < 18`,
        second.span,
      );
    }
    return this.binary(first.op, left, right);
  }

  private parseAdditive(): ExprNode {
    let left = this.parseMultiplicative();
    for (let token = this.peek(); this.isPunct('+', token) || this.isPunct('-', token); token = this.peek()) {
      this.next();
      left = this.binary(
        token.kind === 'punctuation' && token.text === '+' ? '+' : '-',
        left,
        this.parseMultiplicative(),
      );
    }
    return left;
  }

  private parseMultiplicative(): ExprNode {
    let left = this.parseUnary();
    for (let token = this.peek(); this.isPunct('*', token) || this.isPunct('/', token); token = this.peek()) {
      this.next();
      left = this.binary(
        token.kind === 'punctuation' && token.text === '*' ? '*' : '/',
        left,
        this.parseUnary(),
      );
    }
    return left;
  }

  private parseUnary(): ExprNode {
    if (!this.isPunct('-')) return this.parsePrimary();
    const start = this.next();
    return this.nested(start.span, () => {
      const operand = this.parseUnary();
      return { kind: 'unary', op: '-', operand, span: joinSpans(start.span, operand.span) };
    });
  }

  private parsePrimary(): ExprNode {
    const token = this.peek();
    switch (token.kind) {
      case 'number':
      case 'money':
        this.next();
        return { kind: 'literal', type: token.kind, value: token.value, span: token.span };
      case 'string':
        this.next();
        return { kind: 'literal', type: 'string', value: token.value, span: token.span };
      case 'keyword':
        if (token.keyword === 'true' || token.keyword === 'false') {
          this.next();
          return { kind: 'literal', type: 'boolean', value: token.keyword === 'true', span: token.span };
        }
        break;
      case 'identifier':
        return this.parseName();
      case 'punctuation':
        if (token.text === '(') return this.parseParenthesised();
        if (token.text === '[') return this.parseList();
        break;
    }
    return this.missingValue(token);
  }

  private missingValue(token: Token): never {
    const previous = this.pos > 0 ? this.tokens[this.pos - 1] : undefined;
    if (token.kind === 'end') {
      const after = previous ? ` after ${describeToken(previous)}` : '';
      fail('expression.syntax', `The expression ends too early. Expected a value${after}`, token.span);
    }
    if (this.isKeyword('not', token)) {
      fail(
        'expression.syntax',
        'Put brackets around a "not" condition here, for example receivesPip = (not isRenting)',
        token.span,
      );
    }
    fail(
      'expression.syntax',
      `Expected a value, such as a number, "text", a field name or a function, but found ${describeToken(token)}`,
      token.span,
    );
  }

  private parseParenthesised(): ExprNode {
    const open = this.next();
    return this.nested(open.span, () => {
      const inner = this.parseOr();
      this.close(')', open, '');
      return inner;
    });
  }

  /** Comma-separated values up to `closer`; `open` is the bracket already consumed. */
  private parseSequence(open: Token, closer: ')' | ']', what: string): { items: ExprNode[]; end: Token } {
    return this.nested(open.span, () => {
      const items: ExprNode[] = [];
      if (!this.isPunct(closer)) {
        items.push(this.parseOr());
        while (this.isPunct(',')) {
          this.next();
          items.push(this.parseOr());
        }
      }
      return { items, end: this.close(closer, open, `, or "," before another ${what}`) };
    });
  }

  private parseList(): ExprNode {
    const open = this.next();
    const { items, end } = this.parseSequence(open, ']', 'item');
    return { kind: 'list', items, span: joinSpans(open.span, end.span) };
  }

  private parseName(): ExprNode {
    const first = this.next();
    const name = first.kind === 'identifier' ? first.name : '';
    if (this.isPunct('(')) {
      if (name === 'date') return this.parseDateLiteral(first);
      const { items, end } = this.parseSequence(this.next(), ')', 'argument');
      return { kind: 'call', name, args: items, span: joinSpans(first.span, end.span) };
    }
    const path: string[] = [];
    let last = first;
    while (this.isPunct('.')) {
      this.next();
      const part = this.next();
      if (part.kind !== 'identifier') {
        fail(
          'expression.syntax',
          `Expected the name of a question after "${name}.", for example item.dateOfBirth`,
          part.span,
        );
      }
      path.push(part.name);
      last = part;
    }
    const span = joinSpans(first.span, last.span);
    return path.length > 0 ? { kind: 'field', name, path, span } : { kind: 'field', name, span };
  }

  private parseDateLiteral(first: Token): ExprNode {
    const open = this.next();
    const text = this.next();
    const usage = 'date() needs a date in quotes written as YYYY-MM-DD, for example date("2026-09-01")';
    if (text.kind !== 'string') fail('expression.syntax', usage, text.span);
    const problem = dateProblem(text.value);
    if (problem !== undefined) fail('expression.syntax', `${problem}`, text.span);
    const end = this.close(')', open, `. ${usage}`);
    return { kind: 'literal', type: 'date', value: text.value, span: joinSpans(first.span, end.span) };
  }
}
