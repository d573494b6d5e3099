import { startJourney } from '@fingerpost/core';
import type { Step } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { importForm } from '../src/index';
import { fixture, imported, itemsAt } from './support/fixtures';
import type { Json } from './support/json';

const stepById = (steps: Step[], id: string) => steps.find((s) => s.id === id) as Json;

describe('DEFRA components', () => {
  const { journey, report } = imported('defra', fixture('defra', 'tree-works-components'));

  it('gives every question type its Fingerpost field type, named after the component', () => {
    const types = Object.fromEntries(
      Object.entries(journey.fields).map(([name, field]) => [name, field!.type]),
    );
    expect(types).toEqual({
      siteName: 'text',
      workDescription: 'longText',
      numberOfTrees: 'number',
      workType: 'singleChoice',
      reasons: 'multipleChoice',
      species: 'singleChoice',
      parish: 'singleChoice',
      treeAddress: 'address',
      gridReference: 'text',
      eastingNorthing: 'text',
      fieldNumber: 'text',
      latLong: 'text',
      startDate: 'date',
      plantedIn: 'date',
      inConservationArea: 'yesNo',
      applicantEmail: 'email',
      applicantPhone: 'phone',
      treePlan: 'file',
      declarationAccepted: 'multipleChoice',
    });
  });

  it('asks a declaration as one checkbox to tick, with the declaration as its hint', () => {
    expect(journey.fields.declarationAccepted).toEqual({
      type: 'multipleChoice',
      options: [{ value: 'confirmed', label: 'I confirm' }],
    });
    const declaration = stepById(journey.steps, 'declaration');
    expect(declaration.components[0]).toMatchObject({
      hint: 'I confirm that I own the land or have told the owner about this application.',
    });
    expect(declaration.components[0].optional).toBeUndefined();
    expect(declaration.intro).toContain('• the information is correct');
  });

  it('carries over file types, text limits and item hints', () => {
    expect(stepById(journey.steps, 'evidence').components[0].validation).toEqual({
      accept: ['application/pdf', 'image/jpeg'],
    });
    expect(stepById(journey.steps, 'about-the-work').components[1].validation).toEqual({
      minLength: 10,
      maxLength: 3000,
      maxWords: 300,
    });
    expect(journey.fields.workType).toMatchObject({
      options: [{ value: 'prune' }, { value: 'fell', hint: 'Cut down completely' }],
    });
    expect(stepById(journey.steps, 'about-the-work').caption).toBe('The work');
  });

  it('reports hidden fields, map fields and the team email address', () => {
    expect(itemsAt(report, '/pages/5/components/3').dropped[0]?.why).toMatch(/hidden field/);
    expect(itemsAt(report, '/pages/3/components/1').approximated[0]?.why).toMatch(/map fields/);
    expect(itemsAt(report, '/pages/6/components/1/schema').approximated[0]?.what).toBe('number of files');
    expect(itemsAt(report, '/outputEmail').dropped[0]?.why).toMatch(/webhook/);
  });
});

describe('DEFRA page conditions', () => {
  const { journey, report } = imported('defra', fixture('defra', 'dead-wild-birds-conditions'));

  it('leads each page to the first later page whose condition holds', () => {
    expect(stepById(journey.steps, 'when').next).toEqual([
      { when: 'foundOn < addDays(today(), -7)', goTo: 'too-long-ago' },
      { when: 'howMany < 3 and birdType = "gulls"', goTo: 'few-gulls' },
      { goTo: 'touched' },
    ]);
    expect(stepById(journey.steps, 'bird-type').next).toEqual([
      { when: 'birdType = "other"', goTo: 'describe-the-birds' },
      { goTo: 'when' },
    ]);
  });

  it('translates every kind of value: list items, numbers, yes/no, text, dates and references', () => {
    const touched = stepById(journey.steps, 'touched').next;
    expect(touched[0]).toEqual({ when: 'touchedBirds = true', goTo: 'health-advice' });
    expect(touched[1].when).toBe(
      'birdType = "swans" or birdType = "geese" or howMany >= 5 and foundOn > date("2025-12-31")',
    );
    expect(touched[2]).toEqual({ when: 'nearestTown = "Carlisle"', goTo: 'cumbria' });
  });

  it('ends the journey on terminal pages, as ineligible', () => {
    expect(stepById(journey.steps, 'too-long-ago')).toEqual({
      id: 'too-long-ago',
      type: 'end',
      outcome: 'ineligible',
      title: 'We do not need reports of birds found more than a week ago',
      body: 'Dispose of the birds with your household waste, wearing gloves.',
    });
  });

  it('turns a repeat page into an add-another list with its limits', () => {
    expect(journey.fields.otherPlaces).toEqual({
      type: 'group',
      minItems: 0,
      maxItems: 5,
      fields: { placeName: { type: 'text' }, placeCount: { type: 'number' } },
    });
    expect(stepById(journey.steps, 'other-places')).toMatchObject({ type: 'addAnother', itemName: 'place' });
  });

  it('asks a page always when its condition cannot be carried over, and says so', () => {
    expect(itemsAt(report, '/pages/12/condition').dropped[0]?.why).toBe(
      'the question is asked for each item of a list, so it has no single answer; the page is always asked',
    );
    expect(stepById(journey.steps, 'other-places').next).toBe('large-outbreak');
  });

  it('starts with a branch when the first page has a condition', () => {
    const form = fixture('defra', 'fly-tipping-welsh');
    form.pages = [form.pages[1], form.pages[0], form.pages[2], form.pages[3]];
    form.conditions[0].items[0].operator = 'is not';
    const { journey: branched } = imported('defra', form);
    expect(branched.start).toBe('start');
    expect(stepById(branched.steps, 'start')).toMatchObject({
      type: 'branch',
      next: [{ when: 'not wasteType = "hazardous"', goTo: 'hazardous' }, { goTo: 'what-was-dumped' }],
    });
  });
});

describe('DEFRA Welsh and problems', () => {
  it('reads Welsh from metadata.translations.cy and imports a bilingual journey', () => {
    const { journey } = imported('defra', fixture('defra', 'fly-tipping-welsh'));
    expect(journey.languages).toEqual(['en', 'cy']);
    expect(journey.owner.name).toBe('Cyngor Sir Enghraifft');
    const run = startJourney(journey, { clock: () => new Date('2026-03-02T10:00:00Z'), language: 'cy' });
    const view = run.view();
    expect(view.step.components[0]).toMatchObject({
      label: 'Beth sydd wedi cael ei ddympio?',
      hint: 'Dewiswch y prif fath o wastraff',
    });
    expect(view.step.components[0]?.options.map((o) => o.label)).toEqual([
      'Sbwriel cartref',
      'Rwbel adeiladu',
      'Cemegion, drymiau neu asbestos',
    ]);
    expect(view.step.caption).toBe('Y gwastraff');
  });

  it('imports English only when a translation is missing, and says where', () => {
    const form = fixture('defra', 'fly-tipping-welsh');
    delete form.metadata.translations.cy.components['fc000000-0000-4000-8000-000000000004'].hint;
    const { journey, report } = imported('defra', form);
    expect(journey.languages).toEqual(['en']);
    expect(report.dropped.find((i) => i.what.startsWith('Welsh texts'))?.why).toContain(
      '/pages/2/components/0/hint',
    );
  });

  it('refuses a V1 definition and points to the XGovFormBuilder importer', () => {
    const result = importForm('defra', { engine: 'V1', pages: [{ path: '/a', components: [] }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'import.not-a-form', path: '/engine' } });
    if (!result.ok) expect(result.error.message).toContain('--from xgov');
  });

  it.each([
    ['a list', [], 'import.not-a-form'],
    ['no pages', { engine: 'V2', pages: [] }, 'import.no-pages'],
    [
      'only a summary',
      { engine: 'V2', pages: [{ id: 's', path: '/summary', controller: 'SummaryPageController' }] },
      'import.no-pages',
    ],
  ])('refuses %s', (_, input, code) => {
    expect(importForm('defra', input)).toMatchObject({ ok: false, error: { code } });
  });
});
