import type { Journey } from '@fingerpost/schema';
import { applyEdit } from './apply-edit';
import type { EditorAction, EditorDocument, EditorState, Selection } from './editor-types';

/** How many changes undo can go back through. */
export const HISTORY_LIMIT = 200;

/** A fresh editor on a document: nothing to undo, nothing unsaved, the journey selected. */
export function initialEditorState(document: EditorDocument): EditorState {
  return {
    past: [],
    present: { document, label: 'open' },
    future: [],
    selection: { kind: 'journey' },
    saved: document.journey,
    coalescing: null,
  };
}

/** Keeps a selection only while what it points at exists. */
function validSelection(selection: Selection, journey: Journey): Selection {
  if (selection.kind === 'journey') return selection;
  const step = journey.steps.find((s) => s.id === selection.stepId);
  if (!step) return { kind: 'journey' };
  if (selection.kind === 'component' && !('components' in step && step.components[selection.index])) {
    return { kind: 'step', stepId: selection.stepId };
  }
  return selection;
}

/**
 * The editor's reducer: edits go through applyEdit and onto the undo history (typing in one box
 * counts as one change); undo and redo move along it; the selection never points at nothing.
 */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return initialEditorState(action.document);
    case 'select':
      return {
        ...state,
        selection: validSelection(action.selection, state.present.document.journey),
        coalescing: null,
      };
    case 'saved':
      return { ...state, saved: action.journey };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        ...state,
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        selection: validSelection(state.selection, previous.document.journey),
        coalescing: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return {
        ...state,
        past: [...state.past, state.present],
        present: next,
        future: rest,
        selection: validSelection(state.selection, next.document.journey),
        coalescing: null,
      };
    }
    default: {
      const result = applyEdit(state.present.document, action);
      if (result.document === state.present.document) return state;
      const key = 'coalesce' in action ? (action.coalesce ?? null) : null;
      const entry = { document: result.document, label: result.label };
      const continuing = key !== null && key === state.coalescing;
      const selection = validSelection(result.selection ?? state.selection, result.document.journey);
      return {
        ...state,
        past: continuing ? state.past : [...state.past, state.present].slice(-HISTORY_LIMIT),
        present: entry,
        future: [],
        selection,
        coalescing: key,
      };
    }
  }
}

/** Whether there are changes since the last save. */
export const hasUnsavedChanges = (state: EditorState): boolean =>
  state.present.document.journey !== state.saved;
