import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { exampleJourneys } from '../test/examples';
import { blankJourney } from './blank-journey';
import { editorReducer, initialEditorState } from './editor-reducer';
import { exportJourney, importJourney } from './import-export';

describe('import and export', () => {
  it.each(exampleJourneys())('gives back the same %s journey after export and import', (_, journey) => {
    const text = exportJourney(journey);
    const imported = importJourney(text);
    expect(imported.ok && imported.journey).toEqual(journey);
    expect(imported.ok && exportJourney(imported.journey)).toBe(text);
  });

  it('round-trips a journey edited in the designer', () => {
    let state = initialEditorState({
      journey: blankJourney({ id: 'pothole', title: 'Report a pothole' }),
      layout: {},
    });
    state = editorReducer(state, { type: 'component/add', stepId: 'your-name', kind: 'address', index: 1 });
    state = editorReducer(state, { type: 'step/add', kind: 'branch', after: 'your-name' });
    const journey = state.present.document.journey;
    const imported = importJourney(exportJourney(journey));
    expect(imported.ok && imported.journey).toEqual(journey);
    const undone = editorReducer(
      editorReducer(state, { type: 'import', journey: blankJourney({ id: 'x', title: 'X' }) }),
      {
        type: 'undo',
      },
    );
    expect(undone.present.document.journey).toEqual(journey);
  });

  it('says where JSON is broken', () => {
    const result = importJourney('{"id": "x",');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('import.not-json');
  });

  it('refuses JSON that is not a journey, naming what is missing', () => {
    const result = importJourney(JSON.stringify({ id: 'x', version: '1.0.0', steps: [] }));
    expect(!result.ok && result.error).toMatchObject({ code: 'import.not-a-journey', path: '/fields' });
    expect(!importJourney('[1,2]').ok).toBe(true);
  });

  it('accepts an invalid journey so that it can be fixed', () => {
    const journey = { ...blankJourney({ id: 'x', title: 'X' }), start: 'missing' };
    const result = importJourney(JSON.stringify(journey));
    expect(result.ok).toBe(true);
    expect(validateJourney(journey).ok).toBe(false);
  });

  it('makes blank journeys that are valid', () => {
    expect(validateJourney(blankJourney({ id: 'report-a-pothole', title: 'Report a pothole' })).ok).toBe(
      true,
    );
  });
});
