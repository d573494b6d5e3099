import type { Span } from './ast';
import { fail } from './errors';
import { describePosition } from './source';
import type { Token } from './tokens';

export const MAX_NESTING = 64;

/** Moving through the tokens for the parser, and keeping count of how deeply it has nested. */
export class TokenStream {
  protected pos = 0;
  private depth = 0;

  constructor(protected readonly tokens: Token[]) {}

  protected peek(ahead = 0): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)] as Token;
  }

  protected next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.pos++;
    return token;
  }

  protected isPunct(text: string, token = this.peek()): boolean {
    return token.kind === 'punctuation' && token.text === text;
  }

  protected isKeyword(keyword: string, token = this.peek()): boolean {
    return token.kind === 'keyword' && token.keyword === keyword;
  }

  /** Bounds recursion so that `((((…` fails with a message rather than a stack overflow. */
  protected nested<T>(at: Span, parse: () => T): T {
    if (++this.depth > MAX_NESTING) {
      fail(
        'expression.too-deep',
        `This expression is nested more than ${MAX_NESTING} levels deep. Simplify it or split it into smaller rules`,
        at,
      );
    }
    const result = parse();
    this.depth--;
    return result;
  }

  protected close(closer: ')' | ']', open: Token, alternative: string): Token {
    const found = this.peek();
    if (!this.isPunct(closer, found)) {
      fail(
        'expression.syntax',
        `Expected "${closer}" to close the "${closer === ')' ? '(' : '['}" at ${describePosition(open.span, found.span)}${alternative}`,
        found.span,
      );
    }
    return this.next();
  }
}
