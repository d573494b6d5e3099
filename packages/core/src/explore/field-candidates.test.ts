import type { Component, Field, Journey } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { fieldCandidates } from './field-candidates';
import { journeyConditions } from './journey-conditions';
import { smallJourney } from './test-journeys.fixture';

const TODAY = '2026-01-05';

/** The candidates for one field of a one-page journey whose route depends on `condition`. */
function candidates(field: Field, condition: string, component: Partial<Component> = {}): unknown[] {
  const journey: Journey = smallJourney('candidates', { x: field }, [
    {
      id: 'ask',
      type: 'question',
      components: [{ field: 'x', label: 'X', ...component }],
      next: [{ when: condition, goTo: 'yes' }, { goTo: 'no' }],
    },
    { id: 'yes', type: 'end', outcome: 'submitted', title: 'Yes' },
    { id: 'no', type: 'end', outcome: 'submitted', title: 'No' },
  ]);
  return fieldCandidates(
    'x',
    field,
    { field: 'x', label: 'X', ...component },
    journeyConditions(journey),
    TODAY,
  );
}

describe('values either side of each boundary', () => {
  it('money: the limit itself and a penny over', () => {
    expect(candidates({ type: 'money' }, 'x <= £7,400')).toEqual([740000, 740001]);
  });

  it('numbers: one value per side, within the question’s own limits', () => {
    expect(candidates({ type: 'number' }, 'x >= 8')).toEqual([8, 7]);
    expect(candidates({ type: 'number' }, 'x > 3 and x <= 10')).toEqual([3, 4, 11]);
    expect(candidates({ type: 'number' }, 'x >= 8', { validation: { min: 8 } })).toEqual([8]);
  });

  it('ages: a birth date on the birthday and the day after', () => {
    expect(candidates({ type: 'date' }, 'ageInYears(x) >= 16', { validation: { past: true } })).toEqual([
      '2010-01-05',
      '2010-01-06',
    ]);
  });

  it('days from today, whichever way round the arguments go, respecting "future"', () => {
    const dates = candidates({ type: 'date' }, 'daysBetween(today(), x) <= 56', {
      validation: { future: true },
    });
    expect(dates).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('dates compared with a fixed date', () => {
    expect(candidates({ type: 'date' }, 'x < date("2026-04-06")')).toEqual(['2026-04-06', '2026-04-05']);
  });
});

describe('choices', () => {
  const benefits: Field = {
    type: 'multipleChoice',
    options: [
      { value: 'pip', label: 'PIP' },
      { value: 'dla', label: 'DLA' },
      { value: 'uc', label: 'Universal Credit' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
  };

  it('each option alone (the exclusive one too) and none when optional, once per way conditions read them', () => {
    expect(candidates(benefits, '"uc" in x or "none" in x', { optional: true })).toEqual([
      ['pip'],
      ['uc'],
      ['none'],
      undefined,
    ]);
    // "uc" and "none of these" are alike to this condition: one of them is enough.
    expect(candidates(benefits, '"pip" in x or "dla" in x')).toEqual([['pip'], ['dla'], ['uc']]);
  });

  it('as many options as a count() limit needs', () => {
    expect(candidates(benefits, 'count(x) >= 2')).toEqual([['pip'], ['pip', 'dla']]);
  });

  it('yes and no; a single choice by each way the conditions read it', () => {
    expect(candidates({ type: 'yesNo' }, 'x')).toEqual([true, false]);
    const tenure: Field = {
      type: 'singleChoice',
      options: [
        { value: 'council', label: 'Council' },
        { value: 'private', label: 'Private' },
        { value: 'owner', label: 'Owner' },
      ],
    };
    expect(candidates(tenure, 'x = "owner"')).toEqual(['council', 'owner']);
    expect(candidates(tenure, 'x != "owner" and x != "private"')).toEqual(['council', 'private', 'owner']);
  });
});
