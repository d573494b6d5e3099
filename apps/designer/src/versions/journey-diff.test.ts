import { describe, expect, it } from 'vitest';
import { editorReducer, initialEditorState } from '../state/editor-reducer';
import type { EditorAction } from '../state/editor-types';
import { exampleJourney } from '../test/examples';
import { describeChanges } from './journey-diff';

describe('describeChanges', () => {
  const before = exampleJourney('report-missed-bin');
  const edit = (...actions: EditorAction[]) =>
    actions.reduce(editorReducer, initialEditorState({ journey: before, layout: {} })).present.document
      .journey;

  it('finds nothing between a version and itself', () => {
    expect(describeChanges(before, structuredClone(before))).toEqual([]);
  });

  it('says which step was added and which question was added to a page', () => {
    const after = edit(
      { type: 'step/add', kind: 'content', after: before.start },
      { type: 'component/add', stepId: before.start, kind: 'email', index: 1 },
    );
    const groups = describeChanges(before, after);
    expect(groups.find((g) => g.changes.includes('Step added'))?.title).toContain('content-1');
    const start = groups.find((g) => g.title.includes(`(${before.start})`));
    expect(start?.changes).toContain('Question “What is your email address?” added');
    expect(groups.find((g) => g.title === 'Answers collected')?.changes).toContain(
      'Answer email1 added (email)',
    );
  });

  it('words a changed text and a reordered page', () => {
    const base = edit({ type: 'component/add', stepId: before.start, kind: 'email', index: 1 });
    const step = base.steps.find((s) => s.id === before.start);
    const after = structuredClone(base);
    const changed = after.steps.find((s) => s.id === step?.id);
    if (changed?.type === 'question') {
      changed.components.reverse();
      changed.title = 'A new title';
    }
    const group = describeChanges(base, after).find((g) => g.title.includes(`(${step?.id})`));
    expect(
      group?.changes.some((c) => c.startsWith('title changed from') && c.includes('“A new title”')),
    ).toBe(true);
    expect(group?.changes.some((c) => c.startsWith('Questions reordered'))).toBe(true);
  });

  it('says when a step was removed', () => {
    const id = before.steps[1]!.id;
    const groups = describeChanges(before, edit({ type: 'step/remove', stepId: id }));
    expect(groups.find((g) => g.title.includes(`(${id})`))?.changes).toEqual(['Step removed']);
  });
});
