import { useState } from 'react';
import type { CommentReply, CommentThread } from '../api/api-types';
import { TextField } from '../ui/TextField';
import { useComments } from './comments-context';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  });

/** Who wrote it and when. Names and texts are shown as text, never as markup. */
function Byline({ entry }: { entry: CommentReply }) {
  return (
    <p className="govuk-body-s govuk-!-margin-bottom-1">
      <strong>{entry.author.name}</strong>
      {entry.author.kind === 'designer' ? ' (designer)' : ' (reviewer)'} · {when(entry.createdAt)}
    </p>
  );
}

/** One comment thread: the comment, its replies, and for designers a reply box and resolve or reopen. */
export function CommentThreadView({
  thread,
  pin,
  onMessage,
}: {
  thread: CommentThread;
  pin: string;
  onMessage: (message: string) => void;
}) {
  const comments = useComments();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!comments) return null;
  const designer = comments.mode === 'designer';

  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      setError(null);
      onMessage(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`designer-comment designer-comment--${thread.status}`}
      aria-label={`Comment by ${thread.author.name} on ${pin}`}
      data-comment={thread.id}
    >
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <span className="designer-comment__pin">{pin}</span>{' '}
        {thread.status === 'resolved' ? (
          <strong className="govuk-tag govuk-tag--green">Resolved</strong>
        ) : null}
      </p>
      <Byline entry={thread} />
      <p className="govuk-body designer-comment__text">{thread.text}</p>
      {thread.replies.length > 0 ? (
        <ul className="govuk-list designer-comment__replies" aria-label="Replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Byline entry={r} />
              <p className="govuk-body designer-comment__text">{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {designer ? (
        <div className="designer-comment__actions">
          <TextField label="Your reply" value={reply} onChange={setReply} multiline error={error} />
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary designer-small-button"
              disabled={busy || reply.trim() === ''}
              onClick={() =>
                run(async () => {
                  await comments.reply(thread.id, reply);
                  setReply('');
                }, `Replied to ${thread.author.name}.`)
              }
            >
              Reply
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary designer-small-button"
              disabled={busy}
              onClick={() =>
                run(
                  () => comments.setStatus(thread.id, thread.status === 'open' ? 'resolved' : 'open'),
                  thread.status === 'open' ? 'Comment resolved.' : 'Comment reopened.',
                )
              }
            >
              {thread.status === 'open' ? 'Resolve' : 'Reopen'}
              <span className="govuk-visually-hidden"> the comment by {thread.author.name}</span>
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
