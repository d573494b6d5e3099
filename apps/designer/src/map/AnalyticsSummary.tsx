import type { VersionAnalytics } from '../api/api-types';
import { SelectField } from '../ui/SelectField';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

function Figures({ title, version }: { title: string; version: VersionAnalytics }) {
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border designer-figures">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{title}</dt>
        <dd className="govuk-summary-list__value">
          {version.starts} started · {version.completions} completed ({percent(version.completionRate)}) ·
          satisfaction{' '}
          {version.satisfaction.average === null ? '–' : `${version.satisfaction.average.toFixed(1)} of 5`}{' '}
          from {version.satisfaction.responses} response{version.satisfaction.responses === 1 ? '' : 's'}
        </dd>
      </div>
    </dl>
  );
}

/** The chosen published version's figures, and another's beside them to compare. */
export function AnalyticsSummary({
  versions,
  shown,
  compared,
  onShow,
  onCompare,
}: {
  versions: VersionAnalytics[];
  shown: VersionAnalytics | undefined;
  compared: VersionAnalytics | undefined;
  onShow: (version: string) => void;
  onCompare: (version: string) => void;
}) {
  if (versions.length === 0) return <p className="govuk-body">No published version has been used yet.</p>;
  const options = versions.map((v) => ({ value: v.version, label: `Version ${v.version}` }));
  return (
    <div className="designer-analytics">
      <div className="designer-inline-fields">
        <SelectField
          label="Show figures for"
          value={shown?.version ?? ''}
          options={options}
          onChange={onShow}
        />
        <SelectField
          label="Compare with"
          value={compared?.version ?? ''}
          options={[{ value: '', label: 'No comparison' }, ...options]}
          onChange={onCompare}
        />
      </div>
      {shown ? <Figures title={`Version ${shown.version}`} version={shown} /> : null}
      {compared ? <Figures title={`Version ${compared.version}`} version={compared} /> : null}
      {shown && compared ? (
        <table className="govuk-table designer-compare">
          <caption className="govuk-table__caption govuk-table__caption--s">Drop-off by step</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Step
              </th>
              <th scope="col" className="govuk-table__header">
                {shown.version}
              </th>
              <th scope="col" className="govuk-table__header">
                {compared.version}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.steps.map((step) => {
              const other = compared.steps.find((s) => s.stepId === step.stepId);
              return (
                <tr className="govuk-table__row" key={step.stepId}>
                  <th scope="row" className="govuk-table__header">
                    {step.stepId}
                  </th>
                  <td className="govuk-table__cell">{percent(step.dropOffRate)}</td>
                  <td className="govuk-table__cell">
                    {other ? percent(other.dropOffRate) : 'not in this version'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
