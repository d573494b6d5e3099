import { useEditor } from '../editor/editor-context';
import { issuePlace, issueSelection } from './issue-target';

/** The validator's findings; each one selects the step or question it is about. */
export function ValidationPanel() {
  const { journey, issues, select } = useEditor();
  if (issues.length === 0) {
    return (
      <div className="govuk-panel govuk-panel--confirmation designer-valid">
        <h2 className="govuk-panel__title govuk-!-font-size-27">No problems</h2>
        <div className="govuk-panel__body govuk-!-font-size-19">
          The journey is valid and can be published.
        </div>
      </div>
    );
  }
  return (
    <>
      <h2 className="govuk-heading-m">
        {issues.length} problem{issues.length === 1 ? '' : 's'} to fix before publishing
      </h2>
      <ol className="govuk-list designer-issues">
        {issues.map((issue) => (
          <li key={`${issue.path}-${issue.code}-${issue.message}`} className="designer-issue">
            <button
              type="button"
              className="designer-issue__button"
              onClick={() => select(issueSelection(journey, issue.path))}
            >
              <span className="designer-issue__place">{issuePlace(journey, issue.path)}</span>
              <span className="designer-issue__message">{issue.message}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
