import { issuePlace } from '../validation/issue-target';
import { useEditor } from './editor-context';
import type { ActionMessage } from './use-server-actions';

/** What the server said about the last save or publish, read out politely; problems link to their place. */
export function ServerMessage({ message }: { message: ActionMessage | null }) {
  const { journey } = useEditor();
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <div
          className={
            message.kind === 'error' ? 'designer-message designer-message--error' : 'designer-message'
          }
        >
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{message.text}</strong>
          </p>
          {message.problems ? (
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {message.problems.slice(0, 10).map((p) => (
                <li key={`${p.field}-${p.code}-${p.message}`}>
                  {issuePlace(journey, p.field)}: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
