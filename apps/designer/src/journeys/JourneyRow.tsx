import { useId, useState } from 'react';
import type { CatalogueEntry } from '../api/journey-catalogue';
import { navigate } from '../app/router';

interface JourneyRowProps {
  entry: CatalogueEntry;
  busy: boolean;
  onRename: (title: string) => void;
  onDeleteDraft: () => void;
  onNewDraft: () => void;
}

function OpenLink({ id, version, children }: { id: string; version: string; children: string }) {
  return (
    <a
      className="govuk-link"
      href={`/designer/journeys/${id}/${version}`}
      onClick={(event) => {
        event.preventDefault();
        navigate({ page: 'editor', journeyId: id, version });
      }}
    >
      {children}
    </a>
  );
}

/** One journey in the list: open its draft or published version, rename or delete the draft. */
export function JourneyRow({ entry, busy, onRename, onDeleteDraft, onNewDraft }: JourneyRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState(entry.title);
  const inputId = useId();
  const draft = entry.latestDraft;
  const published = entry.latestPublished;
  return (
    <tr className="govuk-table__row" data-journey={entry.id}>
      <th scope="row" className="govuk-table__header">
        {renaming && draft ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (title.trim()) onRename(title.trim());
              setRenaming(false);
            }}
          >
            <label className="govuk-label govuk-label--s" htmlFor={inputId}>
              New name for {entry.id}
            </label>
            <input
              className="govuk-input"
              id={inputId}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
            <div className="govuk-button-group govuk-!-margin-top-2">
              <button type="submit" className="govuk-button designer-small-button">
                Save name
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary designer-small-button"
                onClick={() => setRenaming(false)}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <>
            {entry.title}
            <span className="designer-id">{entry.id}</span>
          </>
        )}
      </th>
      <td className="govuk-table__cell">
        {draft ? (
          <OpenLink id={entry.id} version={draft.version}>{`Edit draft ${draft.version}`}</OpenLink>
        ) : published ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary designer-small-button"
            disabled={busy}
            onClick={onNewDraft}
          >
            New draft<span className="govuk-visually-hidden"> of {entry.title}</span>
          </button>
        ) : null}
      </td>
      <td className="govuk-table__cell">
        {published ? (
          <OpenLink id={entry.id} version={published.version}>{`View ${published.version}`}</OpenLink>
        ) : (
          'Not published'
        )}
      </td>
      <td className="govuk-table__cell">
        {draft && !renaming ? (
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary designer-small-button"
              onClick={() => setRenaming(true)}
            >
              Rename<span className="govuk-visually-hidden"> {entry.title}</span>
            </button>
            {confirming ? (
              <>
                <button
                  type="button"
                  className="govuk-button govuk-button--warning designer-small-button"
                  disabled={busy}
                  onClick={onDeleteDraft}
                >
                  Yes, delete draft {draft.version}
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary designer-small-button"
                  onClick={() => setConfirming(false)}
                >
                  Keep it
                </button>
              </>
            ) : (
              <button
                type="button"
                className="govuk-button govuk-button--warning designer-small-button"
                onClick={() => setConfirming(true)}
              >
                Delete draft<span className="govuk-visually-hidden"> of {entry.title}</span>
              </button>
            )}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
