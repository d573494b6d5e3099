import { type Journey, validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { restoreJourney } from './restore';
import { startJourney } from './start';

const definition = {
  id: 'bulky-waste',
  version: '1.0.0',
  title: { en: 'Book a bulky waste collection', cy: 'Trefnu casgliad gwastraff swmpus' },
  description: { en: 'For the language tests.', cy: 'Ar gyfer y profion iaith.' },
  serviceArea: 'other',
  owner: { name: 'Anytown Council' },
  languages: ['en', 'cy'],
  start: 'items',
  fields: { items: { type: 'number' } },
  steps: [
    {
      id: 'items',
      type: 'question',
      components: [{ field: 'items', label: { en: 'How many items?', cy: 'Sawl eitem?' } }],
      next: 'done',
    },
    { id: 'done', type: 'end', outcome: 'submitted', title: { en: 'Booked', cy: 'Wedi trefnu' } },
  ],
};
const validated = validateJourney(definition);
if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
const journey: Journey = validated.journey;
const clock = () => new Date('2026-04-01T09:00:00Z');

describe('setLanguage', () => {
  it('switches the pages and the language kept for letters, and records the switch', () => {
    const run = startJourney(journey, { clock });
    const switched = run.setLanguage('cy');
    if (!switched.ok) throw new Error(switched.error.message);
    expect(switched.view.language).toBe('cy');
    expect(switched.view.step.components[0]?.label).toBe('Sawl eitem?');
    expect(run.language).toBe('cy');
    expect(run.history().at(-1)).toMatchObject({
      type: 'languageChanged',
      stepId: 'items',
      data: { from: 'en', to: 'cy' },
    });
  });

  it('keeps the new language through a snapshot', () => {
    const run = startJourney(journey, { clock });
    run.setLanguage('cy');
    const restored = restoreJourney(journey, JSON.parse(JSON.stringify(run.snapshot())), { clock });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.run.language).toBe('cy');
    expect(restored.run.view().journey.title).toBe('Trefnu casgliad gwastraff swmpus');
  });

  it('changes nothing when the language is already in use', () => {
    const run = startJourney(journey, { clock, language: 'cy' });
    const before = run.history().length;
    expect(run.setLanguage('cy').ok).toBe(true);
    expect(run.history()).toHaveLength(before);
  });

  it('refuses a language the journey is not written in, changing nothing', () => {
    const run = startJourney(journey, { clock });
    const result = run.setLanguage('fr');
    expect(result).toMatchObject({ ok: false, error: { code: 'language.unsupported' } });
    expect(run.language).toBe('en');
  });
});
