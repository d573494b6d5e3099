import type { Journey, QuestionStep } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { compilePageForm } from './page-form';
import { PageValidators } from './page-validators';

const ageSchema = () => ({
  type: 'object',
  properties: { age: { type: 'integer', minimum: 0, maximum: 120 } },
});

function page(id: string, field: string, maxLength?: number): QuestionStep {
  return {
    id,
    type: 'question',
    title: { en: id },
    components: [{ field, label: { en: field }, ...(maxLength ? { validation: { maxLength } } : {}) }],
    next: [{ goTo: 'end' }],
  } as unknown as QuestionStep;
}

const journey = {
  id: 'shapes',
  version: '1',
  languages: ['en'],
  fields: { name: { type: 'text' }, age: { type: 'number' } },
  steps: [page('first', 'name', 5), page('again', 'name', 5), page('longer', 'name', 50)],
} as unknown as Journey;
const [first, again, longer] = journey.steps as QuestionStep[];

const context = { answers: {}, today: '2025-06-01', language: 'en' };

describe('PageValidators', () => {
  it('compiles nothing until a validator is first asked for', () => {
    const validators = new PageValidators();
    const validate = validators.lazy(ageSchema());
    expect(validators.compiled).toBe(0);
    expect(validate()({ age: 30 })).toBe(true);
    expect(validators.compiled).toBe(1);
    expect(validate()).toBe(validate());
  });

  it('builds a schema given as a function only when the validator is first asked for', () => {
    const validators = new PageValidators();
    let built = 0;
    const validate = validators.lazy(() => {
      built++;
      return ageSchema();
    });
    expect(built).toBe(0);
    expect(validate()({ age: 200 })).toBe(false);
    validate();
    expect(built).toBe(1);
  });

  it('shares one validator between schemas of the same shape, and keeps different shapes apart', () => {
    const validators = new PageValidators();
    const first = validators.lazy(ageSchema())();
    const second = validators.lazy(ageSchema())();
    const other = validators.lazy({ type: 'object', properties: { age: { type: 'string' } } })();
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(validators.compiled).toBe(2);
  });

  it('still refuses bad data after ajv has forgotten the schema', () => {
    const validate = new PageValidators().lazy(ageSchema())();
    expect(validate({ age: 121 })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/age');
    expect(validate({ age: 1.5 })).toBe(false);
  });

  it('compiles a page validator on the first submission and reuses it for a page of the same shape', () => {
    const validators = new PageValidators();
    const firstForm = compilePageForm(first!, journey, validators);
    const againForm = compilePageForm(again!, journey, validators);
    const longerForm = compilePageForm(longer!, journey, validators);
    expect(validators.compiled).toBe(0);
    const refused = firstForm.parse({ name: 'Bartholomew' }, context);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.errors.map((e) => e.code)).toEqual(['maxLength']);
    expect(againForm.parse({ name: 'Bartholomew' }, context).ok).toBe(false);
    expect(validators.compiled).toBe(1);
    expect(longerForm.parse({ name: 'Bartholomew' }, context).ok).toBe(true);
    expect(validators.compiled).toBe(2);
  });
});
