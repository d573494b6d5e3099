/*
 * Issue 10, item 3 (patterns): a journey's validation pattern runs on every answer a resident sends
 * to that question, so one catastrophic regular expression lets anyone stall the server with one
 * request. Answers are matched on RE2's linear-time engine (`compileAnswerPattern`), and
 * `patternProblem` (used by validateJourney) still refuses nested repetition, which would be
 * catastrophic for anyone reusing the journey's JSON Schema with a backtracking engine. Every
 * pattern it accepts must survive near-miss answers, as the engine runs it, without hanging.
 */
import { patternProblem } from '@fingerpost/schema';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { attackStrings, nestedQuantifierPattern, regexSource } from './support/regex-arbitraries';
import { regexWatchdog } from './support/regex-watchdog';
import { FULL_SIZES, SIZES, sizeNote } from './support/sizes';

const watchdog = regexWatchdog();
afterAll(() => watchdog.close());

/** A near-miss answer of this many characters: linear matching takes well under a millisecond. */
const ANSWER_LENGTH = 5_000;
/** Far beyond what any linear or quadratic pattern needs on these inputs, even on a loaded machine. */
const HANG_MS = 5_000;

describe('patterns in journeys', () => {
  const n = SIZES.patterns;
  it(`refuses ${n.toLocaleString('en-GB')} generated patterns with a repeated group that repeats or alternates inside ${sizeNote(FULL_SIZES.patterns, n)}`, () => {
    fc.assert(
      fc.property(nestedQuantifierPattern, (pattern) => {
        expect(patternProblem(pattern)?.kind, pattern).toBe('unsafe');
      }),
      { numRuns: n },
    );
  });

  it('refuses the textbook catastrophic patterns', () => {
    for (const pattern of [
      '(a+)+$',
      '(a|a)*b',
      '(a|aa)+',
      '(.*a){12}',
      '([a-z]+)*!',
      '(\\w+\\s?)+$',
      '^(\\d+)*x',
      '(?:a*)*b',
      '(a{1,9}){1,9}',
      '(x+x+)+y',
      '(\\1a)+',
      '(?<n>a)\\k<n>',
    ])
      expect(patternProblem(pattern)?.kind, pattern).toBe('unsafe');
  });

  it('every pattern it accepts matches near-miss answers of 5,000 characters without hanging', async () => {
    const accepted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(regexSource, async (pattern) => {
        if (patternProblem(pattern) !== undefined) return;
        accepted.add(pattern);
        const outcome = await watchdog.matchAll(pattern, attackStrings(pattern, ANSWER_LENGTH), HANG_MS);
        expect(
          outcome,
          `pattern ${JSON.stringify(pattern)} accepted by patternProblem hangs on a ${ANSWER_LENGTH}-character answer`,
        ).toBe('done');
      }),
      // Unshrunk: each shrinking step on a hanging pattern would wait for the watchdog again.
      { numRuns: n, endOnFailure: true },
    );
    console.info(
      `patterns: ${accepted.size} distinct accepted patterns matched near-miss answers without hanging`,
    );
    expect(accepted.size).toBeGreaterThan(n / 10);
  }, 1_800_000);

  // Adjacent unbounded repetitions of overlapping atoms backtrack polynomially (n^k for k of them)
  // in RegExp; there is no nesting for the static check to see, so only linear matching saves them.
  for (const pattern of ['[a-z]+[a-z]+[a-z]+!', '\\d*\\d*\\d*\\d*x', '\\w+\\w+\\w+\\w+\\s', '(a+){5}']) {
    it(`refuses ${JSON.stringify(pattern)}, or it survives a near-miss answer`, async () => {
      if (patternProblem(pattern) !== undefined) return;
      const outcome = await watchdog.matchAll(pattern, attackStrings(pattern, ANSWER_LENGTH), HANG_MS);
      expect(outcome, `accepted by patternProblem, and hangs on a ${ANSWER_LENGTH}-character answer`).toBe(
        'done',
      );
    }, 60_000);
  }
});
