import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { councilJourney, formFor, inEnglish, inWelsh } from './council-journey.fixture';
import { checkGroupCount } from './group-count';

const household = councilJourney.fields.household;
if (household?.type !== 'group') throw new Error('fixture needs the household group');

describe('one person who lives with you', () => {
  const form = formFor('household');

  it("asks the group's sub-fields and parses one item", () => {
    expect(form.fields).toEqual(['name', 'dateOfBirth', 'relationship']);
    const item = {
      name: 'Sam Jones',
      'dateOfBirth-day': '4',
      'dateOfBirth-month': '9',
      'dateOfBirth-year': '2015',
      relationship: 'child',
    };
    expect(form.parse(item, inEnglish())).toEqual({
      ok: true,
      values: { name: 'Sam Jones', dateOfBirth: '2015-09-04', relationship: 'child' },
      hidden: [],
    });
  });

  it('reports every problem with the item, in page order', () => {
    const result = form.parse(
      { 'dateOfBirth-day': '4', 'dateOfBirth-month': '9', 'dateOfBirth-year': '2099' },
      inEnglish(),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { field: 'name', code: 'required', message: 'Enter their full name' },
        { field: 'dateOfBirth', code: 'past', message: 'Their date of birth must be in the past' },
        { field: 'relationship', code: 'required', message: 'Select how they are related to you' },
      ],
      values: { dateOfBirth: '2099-09-04' },
    });
  });
});

describe('how many people were added', () => {
  it('needs at least one person', () => {
    expect(checkGroupCount([], household, 'person', 'en', 'household')).toEqual({
      field: 'household',
      code: 'minItems',
      message: 'Add at least 1 person',
    });
    expect(checkGroupCount([], household, { en: 'person', cy: 'person' }, 'cy')).toMatchObject({
      code: 'minItems',
      message: 'Ychwanegwch o leiaf 1 person',
    });
  });

  it('allows up to six, then says so with the plural', () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `Person ${index}` }));
    expect(checkGroupCount(six, household, 'person', 'en')).toBeNull();
    expect(checkGroupCount([...six, {}], household, 'person', 'en', 'household')).toEqual({
      field: 'household',
      code: 'maxItems',
      message: 'You can add up to 6 people',
    });
    expect(checkGroupCount([...six, {}], household, 'child', 'en')?.message).toBe(
      'You can add up to 6 children',
    );
    expect(checkGroupCount([...six, {}], household, 'property', 'en')?.message).toBe(
      'You can add up to 6 properties',
    );
    expect(checkGroupCount([...six, {}], household, 'person', 'cy')?.message).toBe(
      'Gallwch ychwanegu hyd at 6 person',
    );
  });

  it('has no limits when the group sets none', () => {
    expect(
      checkGroupCount([], { type: 'group', fields: { name: { type: 'text' } } }, 'person', 'en'),
    ).toBeNull();
  });
});

describe('Welsh item messages', () => {
  it('word item errors in Welsh', () => {
    const form = formFor('household');
    expect(form.parse({ name: 'Sam', relationship: 'child' }, inWelsh())).toMatchObject({
      errors: [{ field: 'dateOfBirth', message: 'Rhowch eu dyddiad geni' }],
    });
    expect(
      form.parse({ name: 'Sam', relationship: 'child', dateOfBirth: '2099-01-01' }, inWelsh()),
    ).toMatchObject({
      errors: [{ field: 'dateOfBirth', code: 'past', message: "Rhaid i'w dyddiad geni fod yn y gorffennol" }],
    });
  });
});

describe('the test journey', () => {
  it('is a journey the validator accepts, so the forms are tested on real input', () => {
    expect(validateJourney(councilJourney)).toMatchObject({ ok: true });
  });
});
