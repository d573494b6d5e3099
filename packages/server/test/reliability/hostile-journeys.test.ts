/*
 * Issue 10, item 3 (journeys): a journey is data a designer — or an attacker with a designer's
 * token — sends. packages/schema/src/validate/validate-journey.fuzz.test.ts throws 5,000 random
 * JSON values and 5,000 one-edit mutations of the bus pass fixture at validateJourney. This suite
 * adds journeys generated from the schema's shapes (so they reach the semantic checks), chains of
 * edits and grafts across every example in examples/, and follows each journey the validator
 * accepts into the engine: it must compile, start, show its first page and take an answer without
 * throwing, since the server runs whatever passes validation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileJourney, startJourney } from '@fingerpost/core';
import { type Journey, validateJourney } from '@fingerpost/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/testing/test-server';
import { generatedJourney } from './support/journey-arbitrary';
import { hostileValue, type Mutation, mutate, mutation } from './support/json-mutation';
import { FULL_SIZES, SIZES, sizeNote } from './support/sizes';

const examples: unknown[] = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return [JSON.parse(readFileSync(join(EXAMPLES, d.name, 'journey.json'), 'utf8'))];
    } catch {
      return [];
    }
  });

/** Every node of a JSON value, for grafting one journey's parts into another. */
function nodes(value: unknown, out: unknown[] = []): unknown[] {
  out.push(value);
  if (value && typeof value === 'object') for (const child of Object.values(value)) nodes(child, out);
  return out;
}
const parts = examples.flatMap((e) => nodes(e)).filter((n) => n !== null && typeof n === 'object');

const editedExample = fc
  .tuple(
    fc.nat(examples.length - 1),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: mutation },
        {
          weight: 2,
          arbitrary: fc
            .tuple(fc.array(fc.nat(60), { maxLength: 7 }), fc.nat(parts.length - 1))
            .map(([path, i]): Mutation => ({ kind: 'replace', path, value: structuredClone(parts[i]) })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.array(fc.nat(60), { maxLength: 7 }), hostileValue)
            .map(([path, value]): Mutation => ({ kind: 'replace', path, value })),
        },
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([i, edits]) => edits.reduce((journey, edit) => mutate(journey, edit), examples[i]));

const anyJourney = fc.oneof(
  { weight: 1, arbitrary: generatedJourney },
  { weight: 1, arbitrary: editedExample },
);

const answerInput = fc.dictionary(
  fc.constantFrom(
    'name',
    'age',
    'income',
    'choice',
    'constructor',
    '__proto__',
    'dateOfBirth-day',
    'dateOfBirth-month',
    'dateOfBirth-year',
    'address',
    'binType',
  ),
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  ),
  { maxKeys: 4 },
);

describe('hostile journeys', () => {
  const n = SIZES.journeys;
  it(`${n.toLocaleString('en-GB')} generated and edited journeys: the validator never throws, and what it accepts runs ${sizeNote(FULL_SIZES.journeys, n)}`, () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    const tally = { accepted: 0, refused: 0, codes: new Set<string>() };
    fc.assert(
      fc.property(anyJourney, answerInput, (journey, input) => {
        const result = validateJourney(journey);
        if (!result.ok) {
          tally.refused++;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            tally.codes.add(e.code);
            expect(e.code).not.toBe('validator.internal');
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
          return;
        }
        tally.accepted++;
        const accepted = result.journey as Journey;
        compileJourney(accepted);
        const run = startJourney(accepted, {
          clock: () => new Date('2026-03-04T10:00:00Z'),
          reference: 'GJ-0000-0000',
        });
        const view = run.view();
        run.submit(view.step.id, input);
        run.view({ language: 'cy' });
        run.back();
        run.withdraw('testing');
        run.snapshot();
      }),
      { numRuns: n },
    );
    console.info(
      `hostile journeys: ${tally.accepted} accepted and run, ${tally.refused} refused with ${tally.codes.size} distinct error codes`,
    );
    // Both halves must be exercised: journeys that reach the engine, and refusals of many kinds.
    expect(tally.accepted).toBeGreaterThan(n / 50);
    expect(tally.codes.size).toBeGreaterThan(15);
  }, 1_800_000);
});
