import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilJourney, formFor } from './council-journey.fixture';
import type { FormResult } from './types';

const pageIds = councilJourney.steps
  .filter((step) => step.type === 'question' || step.type === 'addAnother')
  .map((step) => step.id);
const forms = pageIds.map((id) => formFor(id));
const allFields = [...new Set(forms.flatMap((form) => form.fields))];
const flatKeys = allFields.flatMap((name) =>
  ['day', 'month', 'year', 'line1', 'line2', 'town', 'county', 'postcode'].map((part) => `${name}-${part}`),
);

const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    'yes',
    'no',
    '£1,250.50',
    'sw1a1aa',
    'none',
    'email',
    '31',
    '2024',
    'universal-credit',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
  fc.dictionary(
    fc.constantFrom('day', 'month', 'year', 'line1', 'town', 'postcode', 'id', 'name', 'size', 'type'),
    fc.anything(),
  ),
  fc.anything(),
);
const anyInput = fc.dictionary(
  fc.constantFrom(...allFields, ...flatKeys, '__proto__', 'constructor'),
  anyValue,
);
const anyContext = fc.record({
  answers: fc.dictionary(fc.constantFrom(...allFields), anyValue),
  today: fc.constantFrom('2025-06-02', '2024-02-29', 'not a date'),
  language: fc.constantFrom('en', 'cy', 'fr'),
});

function wellFormed(result: FormResult, fields: readonly string[]): boolean {
  if (result.ok)
    return Object.keys(result.values).every((key) => fields.includes(key) && !result.hidden.includes(key));
  return (
    result.errors.length > 0 &&
    result.errors.every(
      (error) =>
        fields.includes(error.field) && error.message.length > 0 && !/invalid|please/i.test(error.message),
    )
  );
}

describe('parse with arbitrary input', () => {
  it('never throws, and either succeeds or names a field with a worded message', () => {
    fc.assert(
      fc.property(fc.nat(forms.length - 1), anyInput, anyContext, (index, input, context) => {
        const form = forms[index]!;
        expect(wellFormed(form.parse(input, context), form.fields)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
