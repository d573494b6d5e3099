import type { CompareOp, SourceExpr } from '../conditions/source-ast';
import { describe, SyntaxProblem, type Token, tokenise, unexpected } from './condition-tokens';

/**
 * A parser for XGovFormBuilder's string conditions, which its runner evaluates with expr-eval:
 * `age >= 18 and (country == 'uk' or 'pip' in aboutYou.benefits)`. Precedence follows expr-eval:
 * "or" < "and" < comparisons < + - < * / < prefix operators, so `not a == b` means `(not a) == b`.
 * The result is a tree to translate; nothing is ever evaluated.
 */

export type ParsedCondition = { ok: true; expr: SourceExpr } | { ok: false; message: string; offset: number };

const MAX_LENGTH = 4000;
const MAX_DEPTH = 60;
const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

class Parser {
  private position = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): SourceExpr {
    const expr = this.or();
    const next = this.peek();
    if (next.kind !== 'end') throw new SyntaxProblem(unexpected(next), next.offset);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private advance(): Token {
    const token = this.tokens[this.position]!;
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.value === value;
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token.kind === 'name' && token.value === value;
  }

  private expect(value: string): void {
    const token = this.advance();
    if (token.kind !== 'op' || token.value !== value)
      throw new SyntaxProblem(`expected "${value}" but found ${describe(token)}`, token.offset);
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH)
      throw new SyntaxProblem('the condition is nested too deeply', this.peek().offset);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private or(): SourceExpr {
    let left = this.and();
    while (this.isWord('or')) {
      this.advance();
      left = { kind: 'logical', op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): SourceExpr {
    let left = this.comparison();
    while (this.isWord('and')) {
      this.advance();
      left = { kind: 'logical', op: 'and', left, right: this.comparison() };
    }
    return left;
  }

  private comparison(): SourceExpr {
    let left = this.additive();
    for (;;) {
      const token = this.peek();
      const op =
        token.kind === 'op' && COMPARISONS.has(token.value)
          ? token.value
          : token.kind === 'name' && token.value === 'in'
            ? 'in'
            : undefined;
      if (!op) return left;
      this.advance();
      left = { kind: 'compare', op: op as CompareOp, left, right: this.additive() };
    }
  }

  private additive(): SourceExpr {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.advance() as { value: '+' | '-' };
      left = { kind: 'arith', op: op.value, left, right: this.term() };
    }
    return left;
  }

  private term(): SourceExpr {
    let left = this.factor();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.advance() as { value: '*' | '/' };
      left = { kind: 'arith', op: op.value, left, right: this.factor() };
    }
    return left;
  }

  private factor(): SourceExpr {
    return this.nested(() => {
      if (this.isOp('-')) {
        this.advance();
        return { kind: 'negate', operand: this.factor() };
      }
      if (this.isOp('+')) {
        this.advance();
        return this.factor();
      }
      if (this.isWord('not')) {
        this.advance();
        return { kind: 'not', operand: this.factor() };
      }
      return this.postfix();
    });
  }

  private postfix(): SourceExpr {
    const token = this.advance();
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'name':
        return this.nameOrCall(token);
      case 'op':
        if (token.value === '(') {
          const inner = this.nested(() => this.or());
          this.expect(')');
          return inner;
        }
        if (token.value === '[') return this.list();
        throw new SyntaxProblem(unexpected(token), token.offset);
      case 'end':
        throw new SyntaxProblem('the condition ends too early', token.offset);
    }
  }

  private nameOrCall(token: Extract<Token, { kind: 'name' }>): SourceExpr {
    if (token.value === 'true' || token.value === 'false')
      return { kind: 'literal', value: token.value === 'true' };
    if (['and', 'or', 'in'].includes(token.value))
      throw new SyntaxProblem(`"${token.value}" needs something before it`, token.offset);
    if (this.isOp('(')) {
      this.advance();
      const args: SourceExpr[] = [];
      if (!this.isOp(')')) {
        do {
          args.push(this.nested(() => this.or()));
        } while (this.isOp(',') && this.advance());
      }
      this.expect(')');
      return { kind: 'call', name: token.value, args };
    }
    const path = [token.value];
    while (this.isOp('.')) {
      this.advance();
      const part = this.advance();
      if (part.kind !== 'name') throw new SyntaxProblem(`expected a name after "."`, part.offset);
      path.push(part.value);
    }
    return { kind: 'name', path };
  }

  private list(): SourceExpr {
    const items: SourceExpr[] = [];
    if (!this.isOp(']')) {
      do {
        items.push(this.nested(() => this.or()));
      } while (this.isOp(',') && this.advance());
    }
    this.expect(']');
    return { kind: 'list', items };
  }
}

/**
 * Parses an XGovFormBuilder string condition. Never throws.
 * @example parseXgovCondition("age >= 18 and country == 'uk'").ok // true
 */
export function parseXgovCondition(source: string): ParsedCondition {
  if (source.length > MAX_LENGTH)
    return {
      ok: false,
      message: `the condition is longer than ${MAX_LENGTH} characters`,
      offset: MAX_LENGTH,
    };
  try {
    return { ok: true, expr: new Parser(tokenise(source)).parse() };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}
