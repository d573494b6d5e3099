import type { Journey } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { pathOf, routeOf } from '../app/router';
import { exampleJourneys } from '../test/examples';
import { pinName, pinnableQuestions, selectedField } from './pin';

const bin = exampleJourneys().find(([name]) => name === 'report-missed-bin')![1] as Journey;

describe('where a review comment is pinned', () => {
  it('names a step, a question on a one-question page once, and a step no longer there', () => {
    expect(pinName(bin, 'collection-date', null)).toBe('When was your bin due to be collected?');
    expect(pinName(bin, 'collection-date', 'collectionDate')).toBe(
      'The question “When was your bin due to be collected?”',
    );
    expect(pinName(bin, 'gone-step', null)).toBe('gone-step (no longer in the journey)');
  });

  it('offers the questions of a page, and none for other steps', () => {
    expect(pinnableQuestions(bin, 'which-bin')).toEqual([
      { field: 'binType', label: 'Which bin was not collected?' },
    ]);
    expect(pinnableQuestions(bin, 'check-report')).toEqual([]);
    expect(selectedField(bin, { kind: 'component', stepId: 'which-bin', index: 0 })).toBe('binType');
    expect(selectedField(bin, { kind: 'step', stepId: 'which-bin' })).toBeNull();
  });

  it('routes a review link to the review page and back', () => {
    const route = { page: 'review', journeyId: 'report-missed-bin', version: '1.1.0' } as const;
    expect(pathOf(route)).toMatch(/\/review\/report-missed-bin\/1\.1\.0$/);
    expect(routeOf(pathOf(route))).toEqual(route);
    expect(routeOf(pathOf({ ...route, page: 'editor' })).page).toBe('editor');
  });
});
