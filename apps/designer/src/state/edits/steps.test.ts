import { type Journey, stepSuccessors, validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { exampleJourney } from '../../test/examples';
import { blankJourney } from '../blank-journey';
import { insertStep, moveStep, removeStep, renameStep } from './steps';

const targets = (journey: Journey) => journey.steps.flatMap((s) => stepSuccessors(s).map((e) => e.to));

describe('step edits', () => {
  it('renames a step and every route, rule and revisitable page that named it', () => {
    const journey = exampleJourney('blue-badge');
    const target = targets(journey).find((id) => id !== journey.start)!;
    const renamed = renameStep(journey, target, 'renamed-step');
    expect(renamed.steps.some((s) => s.id === target)).toBe(false);
    expect(targets(renamed)).not.toContain(target);
    expect(JSON.stringify(renamed)).not.toContain(`"${target}"`);
    expect(validateJourney(renamed).ok).toBe(true);
  });

  it('renames the start step and keeps the journey starting there', () => {
    const journey = blankJourney({ id: 'pothole', title: 'Report a pothole' });
    const renamed = renameStep(journey, 'your-name', 'name');
    expect(renamed.start).toBe('name');
    expect(validateJourney(renamed).ok).toBe(true);
  });

  it('inserts a step after another, taking over its route', () => {
    const journey = blankJourney({ id: 'pothole', title: 'Report a pothole' });
    const added = insertStep(
      journey,
      { id: 'notice', type: 'content', title: 'Notice', body: 'Read this', next: 'x' },
      'your-name',
    );
    expect(added.steps.map((s) => s.id)).toEqual(['your-name', 'notice', 'check-answers', 'confirmation']);
    expect(added.steps[0]).toMatchObject({ next: 'notice' });
    expect(added.steps[1]).toMatchObject({ next: 'check-answers' });
    expect(validateJourney(added).ok).toBe(true);
  });

  it('removes a step and reconnects the routes that led to it', () => {
    const journey = blankJourney({ id: 'pothole', title: 'Report a pothole' });
    const removed = removeStep(journey, 'check-answers');
    expect(removed.steps.map((s) => s.id)).toEqual(['your-name', 'confirmation']);
    expect(removed.steps[0]).toMatchObject({ next: 'confirmation' });
    expect(removeStep(journey, 'your-name').start).toBe('check-answers');
  });

  it('keeps every example valid when a step with a single route out is removed', () => {
    const journey = exampleJourney('report-missed-bin');
    const step = journey.steps.find(
      (s) => s.type === 'content' || (s.type === 'question' && typeof s.next === 'string'),
    )!;
    const removed = removeStep(journey, step.id);
    expect(targets(removed)).not.toContain(step.id);
  });

  it('moves a step in the list without changing any route', () => {
    const journey = blankJourney({ id: 'pothole', title: 'Report a pothole' });
    const moved = moveStep(journey, 'confirmation', 0);
    expect(moved.steps.map((s) => s.id)).toEqual(['confirmation', 'your-name', 'check-answers']);
    expect(targets(moved).sort()).toEqual(targets(journey).sort());
  });
});
