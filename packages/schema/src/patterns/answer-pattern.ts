import { RE2JS } from 're2js';

/** A designer's pattern, compiled to run on residents' answers. */
export interface AnswerPattern {
  /** Whether the pattern matches somewhere in `answer`, as `RegExp.prototype.test` does. */
  test(answer: string): boolean;
  toString(): string;
}

/** A pattern the linear-time engine cannot compile, with the engine's reason. */
export class AnswerPatternError extends Error {
  readonly code = 'pattern.unsupported';
  constructor(
    readonly pattern: string,
    readonly detail: string,
  ) {
    super(`The pattern ${JSON.stringify(pattern)} cannot be used: ${detail}`);
    this.name = 'AnswerPatternError';
  }
}

/**
 * Compiles a journey's pattern for RE2's linear-time engine (re2js), so that no pattern, however
 * written, lets one answer stall the server: matching time grows with the answer's length only.
 * JavaScript escapes such as `\u00e9` are translated first; lookaround and back-references, which
 * need backtracking, are refused with an {@link AnswerPatternError}.
 * @example compileAnswerPattern('^[0-9]{8}$').test('12345678') // true
 */
export function compileAnswerPattern(pattern: string): AnswerPattern {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AnswerPatternError(pattern, message.replace(/^error parsing regexp: /, ''));
  }
  return {
    test: (answer) => compiled.matcher(answer).find(),
    toString: () => `/${pattern}/`,
  };
}

/**
 * `compileAnswerPattern` in the shape Ajv's `code.regExp` option takes, so JSON Schema `pattern`
 * keywords built from journeys run on the same linear-time engine.
 * @example new Ajv({ code: { regExp: answerRegExp } })
 */
export const answerRegExp = Object.assign((pattern: string) => compileAnswerPattern(pattern), {
  code: 'compileAnswerPattern',
});
