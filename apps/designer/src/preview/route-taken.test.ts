import type { HistoryEvent } from '@fingerpost/core';
import { describe, expect, it } from 'vitest';
import { blankJourney } from '../state/blank-journey';
import { editorReducer, initialEditorState } from '../state/editor-reducer';
import { pagesVisited, routeTaken } from './route-taken';

const event = (stepId: string): HistoryEvent => ({ stepId }) as HistoryEvent;

describe('the preview’s route', () => {
  it('lists each page once, where it was last, ending on the current one', () => {
    expect(pagesVisited([event('a'), event('b'), event('a')], 'c')).toEqual(['b', 'a', 'c']);
  });

  it('puts back the branch passed through between two pages', () => {
    let state = initialEditorState({ journey: blankJourney({ id: 'p', title: 'P' }), layout: {} });
    state = editorReducer(state, { type: 'step/add', kind: 'branch', after: 'your-name' });
    const journey = state.present.document.journey;
    expect(routeTaken(journey, [event('your-name')], 'check-answers')).toEqual([
      'your-name',
      'branch-1',
      'check-answers',
    ]);
  });
});
