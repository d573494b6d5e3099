import type { Journey } from '@fingerpost/schema';
import { useEffect, useState } from 'react';
import type { VersionSummary } from '../api/api-types';
import { navigate } from '../app/router';
import { useEditor } from '../editor/editor-context';
import { SelectField } from '../ui/SelectField';
import { DiffView } from './DiffView';

const EDITOR = 'editor';
const when = (at: string | null) =>
  at ? new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '–';

/** Every version of the journey, and what changed between any two of them (or the editor's copy). */
export function VersionsPanel() {
  const { api, journey } = useEditor();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(EDITOR);
  const [pair, setPair] = useState<[Journey, Journey] | null>(null);

  useEffect(() => {
    api
      .versions(journey.id)
      .then((found) => {
        setVersions(found);
        const others = found.filter((v) => v.version !== journey.version);
        setFrom((others.at(-1) ?? found.at(-1))?.version ?? '');
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [api, journey.id, journey.version]);

  useEffect(() => {
    if (!from) return;
    let current = true;
    const load = (v: string) =>
      v === EDITOR ? Promise.resolve(journey) : api.version(journey.id, v).then((r) => r.definition);
    Promise.all([load(from), load(to)])
      .then(([a, b]) => current && setPair([a, b]))
      .catch(
        (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      current = false;
    };
  }, [api, journey, from, to]);

  if (problem) return <p className="govuk-body">The versions could not be loaded: {problem}</p>;
  if (!versions) return <p className="govuk-body">Loading versions…</p>;
  const options = [
    ...versions.map((v) => ({ value: v.version, label: `${v.version} (${v.status})` })),
    { value: EDITOR, label: 'What is in the editor now' },
  ];
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Versions of {journey.id}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Version
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Last changed
            </th>
            <th scope="col" className="govuk-table__header">
              Published
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {versions.map((v) => (
            <tr className="govuk-table__row" key={v.version}>
              <th scope="row" className="govuk-table__header">
                {v.version}
              </th>
              <td className="govuk-table__cell">
                <strong
                  className={
                    v.status === 'published' ? 'govuk-tag govuk-tag--green' : 'govuk-tag govuk-tag--grey'
                  }
                >
                  {v.status}
                </strong>
              </td>
              <td className="govuk-table__cell">{when(v.updatedAt)}</td>
              <td className="govuk-table__cell">{when(v.publishedAt)}</td>
              <td className="govuk-table__cell">
                {v.version === journey.version ? (
                  'Open'
                ) : (
                  <a
                    className="govuk-link"
                    href={`/designer/journeys/${journey.id}/${v.version}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ page: 'editor', journeyId: journey.id, version: v.version });
                    }}
                  >
                    Open<span className="govuk-visually-hidden"> version {v.version}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="govuk-heading-m">Compare two versions</h2>
      <div className="designer-inline-fields">
        <SelectField label="From" value={from} options={options} onChange={setFrom} />
        <SelectField label="To" value={to} options={options} onChange={setTo} />
      </div>
      {pair ? <DiffView before={pair[0]} after={pair[1]} /> : null}
    </>
  );
}
