import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { VersionWithDefinition } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';
import { CommentsProvider, type ReviewMode } from '../review/comments-context';
import { ReviewerBanner } from '../review/ReviewerBanner';
import { editorReducer, hasUnsavedChanges, initialEditorState } from '../state/editor-reducer';
import type { Selection } from '../state/editor-types';
import { EditorProvider, type EditorTab, useIssues } from './editor-context';
import { loadLayout, saveLayout } from './layout-store';
import { Toolbar } from './Toolbar';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { Workspace } from './Workspace';

/** Tabs where a selection is edited: questions in the page editor, other steps on the map. */
function tabFor(selection: Selection, pageStep: boolean, current: EditorTab): EditorTab {
  if (selection.kind === 'component') return 'page';
  if (selection.kind === 'step')
    return pageStep && current !== 'map' ? 'page' : current === 'preview' ? current : 'map';
  return current === 'problems' ? 'map' : current;
}

/** The editor for one version of a journey: toolbar, the map and page editor, the side panel. */
export function Editor({
  api,
  loaded,
  mode = 'designer',
}: {
  api: DesignerApi;
  loaded: VersionWithDefinition;
  mode?: ReviewMode;
}) {
  const [state, dispatch] = useReducer(
    editorReducer,
    { journey: loaded.definition, layout: loadLayout(loaded.id) },
    initialEditorState,
  );
  const [status, setStatus] = useState(loaded.status);
  const [tab, setTab] = useState<EditorTab>('map');
  const [previewRoute, setPreviewRoute] = useState<string[]>([]);
  const journey = state.present.document.journey;
  const layout = state.present.document.layout;
  const issues = useIssues(journey);
  const readOnly = status === 'published' || mode === 'reviewer';
  const unsaved = hasUnsavedChanges(state);

  useEffect(() => saveLayout(loaded.id, layout), [loaded.id, layout]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  useUndoShortcuts(dispatch, readOnly);

  const select = useCallback(
    (selection: Selection) => {
      dispatch({ type: 'select', selection });
      const step =
        selection.kind === 'journey' ? undefined : journey.steps.find((s) => s.id === selection.stepId);
      const pageStep = step?.type === 'question' || step?.type === 'addAnother';
      setTab((current) => tabFor(selection, pageStep, current));
    },
    [journey],
  );

  const value = useMemo(
    () => ({
      api,
      state,
      journey,
      dispatch,
      issues,
      readOnly,
      mode,
      tab,
      setTab,
      select,
      previewRoute,
      setPreviewRoute,
    }),
    [api, state, journey, issues, readOnly, mode, tab, select, previewRoute],
  );
  return (
    <EditorProvider value={value}>
      <CommentsProvider api={api} journeyId={loaded.id} version={loaded.version} mode={mode}>
        {mode === 'reviewer' ? (
          <ReviewerBanner />
        ) : (
          <Toolbar api={api} status={status} onPublished={() => setStatus('published')} />
        )}
        <Workspace />
      </CommentsProvider>
    </EditorProvider>
  );
}
