import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { DesignerApi } from '../api/designer-api';
import { type CatalogueEntry, loadCatalogue, nextVersion } from '../api/journey-catalogue';
import { navigate } from '../app/router';
import { withText } from '../state/text';
import { CreateJourneyForm, type CreateRequest } from './CreateJourneyForm';
import { EXAMPLES } from './examples';
import { JourneyRow } from './JourneyRow';
import { newJourney } from './new-journey';

/** The journeys: open one, start a new one, rename or delete a draft. */
export function JourneyListPage({ api, onUnauthorised }: { api: DesignerApi; onUnauthorised: () => void }) {
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) onUnauthorised();
      setProblem(error instanceof Error ? error.message : String(error));
    },
    [onUnauthorised],
  );
  const reload = useCallback(() => {
    loadCatalogue(api)
      .then((found) => {
        setEntries(found);
        setProblem(null);
      })
      .catch(fail);
  }, [api, fail]);
  useEffect(reload, [reload]);

  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    try {
      await what();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const create = (request: CreateRequest) =>
    act(async () => {
      const example = request.example
        ? await EXAMPLES.find((e) => e.name === request.example)?.load()
        : undefined;
      const journey = newJourney({ id: request.id, title: request.title, ...(example ? { example } : {}) });
      await api.saveDraft(journey);
      navigate({ page: 'editor', journeyId: journey.id, version: journey.version });
    });

  return (
    <>
      <h1 className="govuk-heading-l">Your journeys</h1>
      {problem ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{problem}</p>
          </div>
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="govuk-body">
        {message}
      </div>
      {entries === null ? (
        <p className="govuk-body">Loading journeys…</p>
      ) : entries.length === 0 ? (
        <p className="govuk-body">There are no journeys yet. Create one below.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {entries.length} journeys
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Journey
              </th>
              <th scope="col" className="govuk-table__header">
                Draft
              </th>
              <th scope="col" className="govuk-table__header">
                Published
              </th>
              <th scope="col" className="govuk-table__header">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((entry) => (
              <JourneyRow
                key={entry.id}
                entry={entry}
                busy={busy}
                onRename={(title) =>
                  act(async () => {
                    if (!entry.latestDraft) return;
                    const found = await api.version(entry.id, entry.latestDraft.version);
                    await api.saveDraft({
                      ...found.definition,
                      title: withText(found.definition.title, 'en', title) ?? title,
                    });
                    setMessage(`Renamed ${entry.id} to ${title}`);
                    reload();
                  })
                }
                onDeleteDraft={() =>
                  act(async () => {
                    if (!entry.latestDraft) return;
                    await api.deleteDraft(entry.id, entry.latestDraft.version);
                    setMessage(`Deleted draft ${entry.latestDraft.version} of ${entry.title}`);
                    reload();
                  })
                }
                onNewDraft={() =>
                  act(async () => {
                    if (!entry.latestPublished) return;
                    const found = await api.version(entry.id, entry.latestPublished.version);
                    const version = nextVersion(entry.versions.map((v) => v.version));
                    await api.saveDraft({ ...found.definition, version });
                    navigate({ page: 'editor', journeyId: entry.id, version });
                  })
                }
              />
            ))}
          </tbody>
        </table>
      )}
      <CreateJourneyForm taken={new Set(entries?.map((e) => e.id) ?? [])} onCreate={create} busy={busy} />
    </>
  );
}
