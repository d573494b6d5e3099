import type { Journey } from '@fingerpost/schema';
import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { startJourney } from '../src/index';
import { testClock } from './fixtures/clock';
import { ok } from './helpers';

/** Whether anyone else lives there; their names; evidence asked only while the list is not empty. */
const household: Journey = {
  id: 'household-evidence',
  version: '1.0.0',
  title: 'Tell us who lives with you',
  description: 'Household details',
  serviceArea: 'benefits-and-council-tax',
  owner: { name: 'Example Council' },
  languages: ['en'],
  fields: {
    othersLive: { type: 'yesNo' },
    others: { type: 'group', fields: { name: { type: 'text' } } },
    evidence: { type: 'text' },
  },
  start: 'others-live',
  steps: [
    {
      id: 'others-live',
      type: 'question',
      components: [{ field: 'othersLive', label: 'Does anyone else live with you?' }],
      next: [{ when: 'othersLive', goTo: 'others' }, { goTo: 'needs-evidence' }],
    },
    {
      id: 'others',
      type: 'addAnother',
      group: 'others',
      title: 'People who live with you',
      itemName: 'person',
      summaryField: 'name',
      components: [{ field: 'name', label: 'Full name' }],
      next: 'needs-evidence',
    },
    {
      id: 'needs-evidence',
      type: 'branch',
      next: [{ when: 'count(others) > 0', goTo: 'evidence' }, { goTo: 'check' }],
    },
    {
      id: 'evidence',
      type: 'question',
      components: [{ field: 'evidence', label: 'How do you know them?' }],
      next: 'check',
    },
    { id: 'check', type: 'checkAnswers', next: 'done' },
    { id: 'done', type: 'end', outcome: 'submitted', title: 'Sent' },
  ],
};

describe('data minimisation after a change', () => {
  it('is a valid journey', () => {
    expect(validateJourney(household).ok).toBe(true);
  });

  it('drops answers whose pages leave the route only because other dropped answers changed it', () => {
    const run = startJourney(household, { clock: testClock('2026-05-11T09:00:00Z') });
    ok(run.submit('others-live', { othersLive: 'yes' }));
    ok(run.addItem('others', { name: 'Sam Lee' }));
    ok(run.submit('others', {}));
    ok(run.submit('evidence', { evidence: 'My brother' }));
    expect(run.view().step.id).toBe('check');

    ok(run.change('others-live'));
    const view = ok(run.submit('others-live', { othersLive: 'no' }));
    expect(view.step.id).toBe('check');
    // The people were dropped because their page left the route; the evidence only because, once
    // they were gone, the branch no longer led to it. Both must go.
    expect(run.answers).toEqual({ othersLive: false });
    expect(view.answers.map((a) => a.field)).toEqual(['othersLive']);
  });
});
