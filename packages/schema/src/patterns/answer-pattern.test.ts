import { describe, expect, it } from 'vitest';
import { AnswerPatternError, compileAnswerPattern } from './answer-pattern';
import { patternProblem } from './pattern-problem';

describe('compileAnswerPattern', () => {
  it('matches a National Insurance number as the Blue Badge journey asks for it', () => {
    const nino = compileAnswerPattern('^[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]$');
    expect(nino.test('QQ 12 34 56 C')).toBe(true);
    expect(nino.test('QQ123456C')).toBe(true);
    expect(nino.test('QQ 12 34 56 E')).toBe(false);
  });

  it('matches anywhere in the answer unless anchored, as RegExp#test does', () => {
    expect(compileAnswerPattern('[0-9]{3}').test('ab123cd')).toBe(true);
    expect(compileAnswerPattern('^[0-9]{3}$').test('ab123cd')).toBe(false);
  });

  it('accepts JavaScript escapes and Unicode classes designers write', () => {
    expect(compileAnswerPattern('^caf\\u00e9$').test('café')).toBe(true);
    expect(compileAnswerPattern('^\\p{L}+$').test('Llanfairpwllgwyngyll')).toBe(true);
    expect(compileAnswerPattern('^\\p{L}+$').test('Ll4n')).toBe(false);
  });

  it('answers at once on near-miss answers that make a backtracking engine run for years', () => {
    // With RegExp these take exponential or n^4 time on 5,000 characters; here one linear pass each.
    for (const pattern of ['^(a+)+$', '^\\d*\\d*\\d*\\d*x$', '^(a|aa)+$']) {
      const input = `${pattern.includes('d') ? '1'.repeat(5_000) : 'a'.repeat(5_000)}!`;
      expect(compileAnswerPattern(pattern).test(input), pattern).toBe(false);
    }
  });

  it('refuses lookaround with a typed error naming the construct', () => {
    expect(() => compileAnswerPattern('^(?=.*[0-9]).{8,}$')).toThrow(AnswerPatternError);
    try {
      compileAnswerPattern('^(?=.*[0-9]).{8,}$');
    } catch (error) {
      expect((error as AnswerPatternError).code).toBe('pattern.unsupported');
      expect((error as AnswerPatternError).detail).toContain('(?=');
    }
  });
});

describe('patternProblem', () => {
  it('accepts the patterns in the example journeys', () => {
    expect(patternProblem('^[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]$')).toBeUndefined();
    expect(patternProblem('[0-9]{8}')).toBeUndefined();
  });

  it('calls a lookahead invalid, saying why', () => {
    const problem = patternProblem('^(?!0000)[0-9]{4}$');
    expect(problem?.kind).toBe('invalid');
    expect(problem?.detail).toContain('linear-time');
  });

  it('calls back-references and nested repetition unsafe', () => {
    expect(patternProblem('(a)\\1')?.kind).toBe('unsafe');
    expect(patternProblem('(a+)+$')?.kind).toBe('unsafe');
  });

  it('calls a pattern JavaScript cannot compile invalid', () => {
    expect(patternProblem('[a-')?.kind).toBe('invalid');
  });
});
