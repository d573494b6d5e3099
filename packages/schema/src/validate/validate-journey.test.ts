import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateJourney } from './validate-journey';

const fixtures = join(__dirname, '..', '..', 'test', 'fixtures');
const read = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));
const expected = read('invalid/expected.json') as Record<string, Array<{ code: string; path: string }>>;

describe('validateJourney', () => {
  it('accepts a complete valid journey and returns it typed', () => {
    const result = validateJourney(read('valid/bus-pass.json'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.journey.id).toBe('older-persons-bus-pass');
  });

  it('accepts a payment step with a fixed fee or a fee worked out from the answers', () => {
    const journey = read('valid/bus-pass.json') as { steps: Array<Record<string, unknown>> };
    const checkAnswers = journey.steps[5] as { next: string };
    checkAnswers.next = 'pay-fee';
    const payment = {
      id: 'pay-fee',
      type: 'payment',
      title: { en: 'Pay for your bus pass', cy: 'Talu am eich pàs bws' },
      description: { en: 'Bus pass fee', cy: 'Ffi pàs bws' },
      amount: 'if(livesInArea, £10, £15.50)',
      next: 'officer-check',
    };
    journey.steps.push(payment);
    const withExpression = validateJourney(journey);
    expect(withExpression.ok ? [] : withExpression.errors).toEqual([]);
    payment.amount = 1000 as never;
    const withPence = validateJourney(journey);
    expect(withPence.ok ? [] : withPence.errors).toEqual([]);
    payment.amount = 10.5 as never;
    const fractional = validateJourney(journey);
    expect(fractional.ok ? [] : fractional.errors.map((e) => e.path)).toContain('/steps/10/amount');
  });

  it('has a fixture for every invalid case listed', () => {
    const files = readdirSync(join(fixtures, 'invalid'))
      .filter((f) => f !== 'expected.json')
      .map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, errors] of Object.entries(expected)) {
    it(`rejects ${name} with exactly ${errors.map((e) => `${e.code} at ${e.path || '(root)'}`).join(', ')}`, () => {
      const result = validateJourney(read(`invalid/${name}.json`));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map(({ code, path }) => ({ code, path }))).toEqual(errors);
      for (const error of result.errors) {
        expect(error.message.length).toBeGreaterThan(15);
        expect(error.message).not.toMatch(/\bplease\b/i);
      }
    });
  }

  it('explains how to fix common mistakes', () => {
    const messages = (name: string) => {
      const result = validateJourney(read(`invalid/${name}.json`));
      return result.ok ? [] : result.errors.map((e) => e.message);
    };
    expect(messages('unknown-step')[0]).toContain('Did you mean "companions"?');
    expect(messages('schema-additional-property')[1]).toContain('Did you mean "label"?');
    expect(messages('schema-unknown-step-type')[0]).toContain('Use one of: question, addAnother');
    expect(messages('missing-translation')[0]).toContain('Welsh ("cy")');
    expect(messages('expression-syntax')[0]).toMatch(/column \d+/);
    expect(messages('unsafe-pattern')[0]).toContain('exponential');
  });

  it('never throws on values that are not journeys', () => {
    for (const value of [null, undefined, 42, 'journey', [], {}, { steps: 'x' }, { fields: null }]) {
      const result = validateJourney(value);
      expect(result.ok).toBe(false);
    }
  });
});
