import type { DesignerApi } from '../api/designer-api';
import { ShareForReview } from '../review/ShareForReview';
import { hasUnsavedChanges } from '../state/editor-reducer';
import { textIn } from '../state/text';
import { useEditor } from './editor-context';
import { ImportExport } from './ImportExport';
import { ServerMessage } from './ServerMessage';
import { useServerActions } from './use-server-actions';

/** The journey's name and state, undo and redo, import and export, save and publish. */
export function Toolbar({
  api,
  status,
  onPublished,
}: {
  api: DesignerApi;
  status: 'draft' | 'published';
  onPublished: () => void;
}) {
  const { state, journey, dispatch, readOnly } = useEditor();
  const actions = useServerActions(api, onPublished);
  const unsaved = hasUnsavedChanges(state);
  const undoLabel = state.past.length > 0 ? state.present.label : null;
  const redoLabel = state.future[0]?.label ?? null;
  return (
    <div className="designer-toolbar">
      <div className="designer-toolbar__title">
        <span className="govuk-caption-m">
          {journey.id} · version {journey.version}{' '}
          <strong
            className={status === 'published' ? 'govuk-tag govuk-tag--green' : 'govuk-tag govuk-tag--grey'}
          >
            {status === 'published' ? 'Published' : 'Draft'}
          </strong>
          {unsaved ? <span className="designer-unsaved"> · Unsaved changes</span> : null}
        </span>
        <h1 className="govuk-heading-l govuk-!-margin-bottom-2">
          {textIn(journey.title, 'en') || journey.id}
        </h1>
      </div>
      <div className="govuk-button-group designer-toolbar__buttons">
        {readOnly ? (
          <button type="button" className="govuk-button" disabled={actions.busy} onClick={actions.newDraft}>
            Create a new draft version
          </button>
        ) : (
          <>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={!undoLabel}
              aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}
              onClick={() => dispatch({ type: 'undo' })}
            >
              Undo
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={!redoLabel}
              aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}
              onClick={() => dispatch({ type: 'redo' })}
            >
              Redo
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={actions.busy || !unsaved}
              onClick={actions.save}
            >
              Save draft
            </button>
            <button type="button" className="govuk-button" disabled={actions.busy} onClick={actions.publish}>
              Publish
            </button>
          </>
        )}
        <ImportExport onMessage={actions.setMessage} />
        <ShareForReview api={api} journeyId={journey.id} version={journey.version} />
      </div>
      {readOnly ? (
        <div className="govuk-inset-text govuk-!-margin-top-0">
          This version is published and cannot change. Residents who started on it stay on it. To change the
          journey, create a new draft version.
        </div>
      ) : null}
      <ServerMessage message={actions.message} />
    </div>
  );
}
