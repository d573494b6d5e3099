import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { exampleJourney } from '../../test/examples';
import { blankJourney } from '../blank-journey';
import { addComponent, moveComponent, moveComponentToStep, removeComponent } from './components';
import { expressionSites } from './expression-sites';
import { fieldInUse, renameField } from './fields';

describe('field and component edits', () => {
  it('renames a field in its components and in every condition that reads it', () => {
    const journey = exampleJourney('blue-badge');
    const used = expressionSites(journey)
      .map((s) => s.source)
      .join(' ');
    const name = Object.keys(journey.fields).find((f) => new RegExp(`\\b${f}\\b`).test(used))!;
    const renamed = renameField(journey, name, 'renamedField');
    expect(renamed.fields.renamedField).toEqual(journey.fields[name]);
    expect(name in renamed.fields).toBe(false);
    expect(fieldInUse(renamed, name)).toBe(false);
    expect(fieldInUse(renamed, 'renamedField')).toBe(true);
    const result = validateJourney(renamed);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('refuses to rename a field onto one that exists', () => {
    const journey = exampleJourney('blue-badge');
    const [a, b] = Object.keys(journey.fields);
    expect(renameField(journey, a!, b!)).toBe(journey);
  });

  it('adds a question with its own field, and removing it removes the field', () => {
    const journey = blankJourney({ id: 'pothole', title: 'Report a pothole' });
    const added = addComponent(journey, 'your-name', 'date', 0);
    const page = added.steps[0];
    expect(page?.type === 'question' && page.components.map((c) => c.field)).toEqual(['date1', 'fullName']);
    expect(added.fields.date1).toEqual({ type: 'date' });
    expect(page).toMatchObject({ title: 'What is your full name?' });
    expect(validateJourney(added).ok).toBe(true);
    const removed = removeComponent(added, 'your-name', 0);
    expect(removed.fields.date1).toBeUndefined();
    expect(removed.steps[0]).toMatchObject({ components: [{ field: 'fullName' }] });
  });

  it('gives choice questions two options to start from', () => {
    const journey = addComponent(blankJourney({ id: 'p', title: 'P' }), 'your-name', 'checkboxes', 1);
    expect(journey.fields.choice1).toMatchObject({
      type: 'multipleChoice',
      options: [{ value: 'option-1' }, { value: 'option-2' }],
    });
  });

  it('reorders questions on a page', () => {
    let journey = blankJourney({ id: 'p', title: 'P' });
    journey = addComponent(journey, 'your-name', 'email', 1);
    journey = addComponent(journey, 'your-name', 'phone', 2);
    const fieldsOn = (j: typeof journey) =>
      j.steps[0]?.type === 'question' ? j.steps[0].components.map((c) => c.field) : [];
    expect(fieldsOn(moveComponent(journey, 'your-name', 2, 0))).toEqual(['phone1', 'fullName', 'email1']);
    expect(fieldsOn(moveComponent(journey, 'your-name', 0, 1))).toEqual(['email1', 'fullName', 'phone1']);
  });

  it('moves a question to another page, keeping its field', () => {
    let journey = blankJourney({ id: 'p', title: 'P' });
    journey = {
      ...journey,
      steps: [
        ...journey.steps.slice(0, 1),
        {
          id: 'second',
          type: 'question',
          components: [{ field: 'email', label: 'Email' }],
          next: 'check-answers',
        },
        ...journey.steps.slice(1),
      ] as typeof journey.steps,
      fields: { ...journey.fields, email: { type: 'email' } },
    };
    journey = addComponent(journey, 'your-name', 'phone', 1);
    const moved = moveComponentToStep(journey, 'your-name', 1, 'second');
    const second = moved.steps.find((s) => s.id === 'second');
    expect(second?.type === 'question' && second.components.map((c) => c.field)).toEqual(['email', 'phone1']);
    expect(moved.fields.phone1).toEqual({ type: 'phone' });
  });
});

describe('changing a question’s kind', () => {
  it('changes the field’s type and the widget in one edit, keeping options between choice kinds', async () => {
    const { changeComponentKind } = await import('./components');
    let journey = addComponent(blankJourney({ id: 'p', title: 'P' }), 'your-name', 'radios', 1);
    journey = changeComponentKind(journey, 'your-name', 1, 'select');
    const page = journey.steps[0];
    expect(page?.type === 'question' && page.components[1]?.widget).toBe('select');
    expect(journey.fields.choice1).toMatchObject({
      type: 'singleChoice',
      options: [{ value: 'option-1' }, { value: 'option-2' }],
    });
    journey = changeComponentKind(journey, 'your-name', 1, 'checkboxes');
    expect(journey.fields.choice1).toMatchObject({
      type: 'multipleChoice',
      options: [{ value: 'option-1' }, { value: 'option-2' }],
    });
    expect(journey.steps[0]?.type === 'question' && journey.steps[0].components[1]?.widget).toBeUndefined();
    journey = changeComponentKind(journey, 'your-name', 1, 'date');
    expect(journey.fields.choice1).toEqual({ type: 'date' });
  });
});
