import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { blankJourney } from './blank-journey';
import { editorReducer, HISTORY_LIMIT, hasUnsavedChanges, initialEditorState } from './editor-reducer';
import type { EditorAction, EditorState } from './editor-types';

const start = () =>
  initialEditorState({ journey: blankJourney({ id: 'pothole', title: 'Report a pothole' }), layout: {} });
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const journeyOf = (state: EditorState) => state.present.document.journey;
const componentsOf = (state: EditorState, stepId: string) => {
  const step = journeyOf(state).steps.find((s) => s.id === stepId);
  return step && 'components' in step ? step.components.map((c) => c.field) : [];
};

describe('editorReducer', () => {
  it('adds a step after the selected one and selects it', () => {
    const state = run(start(), { type: 'step/add', kind: 'content', after: 'your-name' });
    expect(journeyOf(state).steps.map((s) => s.id)).toEqual([
      'your-name',
      'content-1',
      'check-answers',
      'confirmation',
    ]);
    expect(state.selection).toEqual({ kind: 'step', stepId: 'content-1' });
    expect(validateJourney(journeyOf(state)).ok).toBe(true);
  });

  it('adds a question page with its own answer field', () => {
    const state = run(start(), { type: 'step/add', kind: 'question', after: 'your-name' });
    const added = journeyOf(state).steps[1];
    expect(added?.type).toBe('question');
    expect(journeyOf(state).fields.answer1).toEqual({ type: 'text' });
    expect(validateJourney(journeyOf(state)).ok).toBe(true);
  });

  it('undoes and redoes edits in order, and a new edit clears what could be redone', () => {
    const edited = run(
      start(),
      { type: 'component/add', stepId: 'your-name', kind: 'email', index: 1 },
      { type: 'component/add', stepId: 'your-name', kind: 'phone', index: 2 },
      { type: 'component/move', stepId: 'your-name', from: 2, to: 0 },
    );
    expect(componentsOf(edited, 'your-name')).toEqual(['phone1', 'fullName', 'email1']);
    const undone = run(edited, { type: 'undo' }, { type: 'undo' });
    expect(componentsOf(undone, 'your-name')).toEqual(['fullName', 'email1']);
    expect(undone.present.label).toBe('add email address question');
    const redone = run(undone, { type: 'redo' });
    expect(componentsOf(redone, 'your-name')).toEqual(['fullName', 'email1', 'phone1']);
    const branched = run(undone, { type: 'step/add', kind: 'end' });
    expect(branched.future).toEqual([]);
    expect(run(branched, { type: 'redo' })).toBe(branched);
  });

  it('makes typing in one box a single undo step', () => {
    const label = (text: string): EditorAction => ({
      type: 'component/replace',
      stepId: 'your-name',
      index: 0,
      component: { field: 'fullName', label: text },
      coalesce: 'your-name/0/label',
    });
    const typed = run(start(), label('W'), label('Wh'), label('Wha'), label('What'));
    expect(typed.past).toHaveLength(1);
    const undone = run(typed, { type: 'undo' });
    const step = journeyOf(undone).steps[0];
    expect(step?.type === 'question' && step.components[0]?.label).toBe('What is your full name?');
    const elsewhere = run(typed, { type: 'select', selection: { kind: 'journey' } }, label('What?'));
    expect(elsewhere.past).toHaveLength(2);
  });

  it('keeps a bounded history', () => {
    let state = start();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      state = run(state, { type: 'layout/move', stepId: 'your-name', position: { x: i, y: 0 } });
    }
    expect(state.past).toHaveLength(HISTORY_LIMIT);
  });

  it('moves the selection away from a removed step, and back when undone leaves it missing', () => {
    const added = run(start(), { type: 'step/add', kind: 'content', after: 'your-name' });
    const removed = run(added, { type: 'step/remove', stepId: 'content-1' });
    expect(removed.selection).toEqual({ kind: 'journey' });
    const back = run(added, { type: 'undo' });
    expect(back.selection).toEqual({ kind: 'journey' });
  });

  it('renames a step with its map position and keeps it selected', () => {
    const state = run(
      start(),
      { type: 'layout/move', stepId: 'your-name', position: { x: 40, y: 80 } },
      { type: 'step/rename', from: 'your-name', to: 'name' },
    );
    expect(state.present.document.layout).toEqual({ name: { x: 40, y: 80 } });
    expect(journeyOf(state).start).toBe('name');
    expect(state.selection).toEqual({ kind: 'step', stepId: 'name' });
  });

  it('knows when there are unsaved changes', () => {
    const fresh = start();
    expect(hasUnsavedChanges(fresh)).toBe(false);
    const edited = run(fresh, { type: 'journey/update', change: { title: 'Report a road problem' } });
    expect(hasUnsavedChanges(edited)).toBe(true);
    const saved = run(edited, { type: 'saved', journey: journeyOf(edited) });
    expect(hasUnsavedChanges(saved)).toBe(false);
    expect(hasUnsavedChanges(run(saved, { type: 'undo' }))).toBe(true);
  });

  it('ignores an edit that changes nothing', () => {
    const fresh = start();
    expect(run(fresh, { type: 'component/move', stepId: 'your-name', from: 0, to: 0 })).toBe(fresh);
    expect(run(fresh, { type: 'step/remove', stepId: 'no-such-step' }).past).toHaveLength(fresh.past.length);
  });
});
