import { useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { stepTitle } from '../map/step-summary';
import { LiveMessage } from '../ui/LiveMessage';
import { AddCommentForm } from './AddCommentForm';
import { CommentThreadView } from './CommentThreadView';
import { useComments } from './comments-context';
import { pinName } from './pin';

/**
 * Review comments beside the map: those pinned to the selected step (and its questions) with a
 * form to add one, or, with no step selected, a list of the steps that have comments.
 */
export function CommentsPanel() {
  const { journey, state, select } = useEditor();
  const comments = useComments();
  const [message, setMessage] = useState('');
  if (!comments) return null;
  const stepId = state.selection.kind === 'journey' ? null : state.selection.stepId;
  const step = stepId ? journey.steps.find((s) => s.id === stepId) : undefined;
  const here = stepId ? comments.threads.filter((t) => t.stepId === stepId) : [];
  const open = comments.threads.filter((t) => t.status === 'open').length;

  return (
    <div className="designer-comments">
      <p className="govuk-body-s">
        {comments.loading
          ? 'Loading comments…'
          : `${comments.threads.length} comment${comments.threads.length === 1 ? '' : 's'}, ${open} open.`}{' '}
        <button
          type="button"
          className="govuk-button govuk-button--secondary designer-small-button govuk-!-margin-bottom-0"
          onClick={() => void comments.refresh().then(() => setMessage('Comments refreshed.'))}
        >
          Refresh comments
        </button>
      </p>
      {comments.error ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> Comments could not be loaded: {comments.error}
        </p>
      ) : null}
      {step && stepId ? (
        <>
          <h3 className="govuk-heading-s">Comments on {stepTitle(step)}</h3>
          {here.length === 0 ? <p className="govuk-body-s">No comments on this step yet.</p> : null}
          {here.map((thread) => (
            <CommentThreadView
              key={thread.id}
              thread={thread}
              pin={pinName(journey, thread.stepId, thread.field)}
              onMessage={setMessage}
            />
          ))}
          <AddCommentForm key={stepId} stepId={stepId} onMessage={setMessage} />
        </>
      ) : (
        <>
          <p className="govuk-body-s">Select a step on the map to read its comments or add one.</p>
          {comments.threads.length > 0 ? (
            <ul className="govuk-list" aria-label="Steps with comments">
              {[...new Set(comments.threads.map((t) => t.stepId))].map((id) => {
                const count = comments.threads.filter((t) => t.stepId === id).length;
                const exists = journey.steps.some((s) => s.id === id);
                const label = `${pinName(journey, id, null)}: ${count} comment${count === 1 ? '' : 's'}`;
                return (
                  <li key={id}>
                    {exists ? (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary designer-small-button"
                        onClick={() => select({ kind: 'step', stepId: id })}
                      >
                        {label}
                      </button>
                    ) : (
                      label
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      )}
      <LiveMessage message={message} />
    </div>
  );
}
