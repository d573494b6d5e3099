import { type Journey, type ValidationIssue, validateJourney } from '@fingerpost/schema';
import { createContext, type Dispatch, type ReactNode, useContext, useMemo } from 'react';
import type { DesignerApi } from '../api/designer-api';
import type { ReviewMode } from '../review/comments-context';
import type { EditorAction, EditorState, Selection } from '../state/editor-types';

export type EditorTab = 'map' | 'page' | 'preview' | 'problems' | 'versions';

/** What every editor component reads: the state, the journey, its problems and how to change them. */
export interface EditorContextValue {
  api: DesignerApi;
  state: EditorState;
  journey: Journey;
  dispatch: Dispatch<EditorAction>;
  /** The validator's findings on the journey as it is now ([] when valid). */
  issues: readonly ValidationIssue[];
  /** Published versions cannot change: the editor only shows them. Nor can reviewers change anything. */
  readOnly: boolean;
  /** A designer editing, or a reviewer who opened a review link (map, pages, preview and comments only). */
  mode: ReviewMode;
  tab: EditorTab;
  setTab: (tab: EditorTab) => void;
  /** Selects something and shows it where it is edited (a question in the page editor). */
  select: (selection: Selection) => void;
  /** Steps the live preview has been through, in order. */
  previewRoute: readonly string[];
  setPreviewRoute: (route: string[]) => void;
}

const EditorContext = createContext<EditorContextValue | null>(null);

/** The problems of a journey, worked out once per change. */
export function useIssues(journey: Journey): readonly ValidationIssue[] {
  return useMemo(() => {
    const result = validateJourney(journey);
    return result.ok ? [] : result.errors;
  }, [journey]);
}

export function EditorProvider({ value, children }: { value: EditorContextValue; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor is used outside the editor');
  return value;
}
