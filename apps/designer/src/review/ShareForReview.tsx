import { useCallback, useEffect, useId, useState } from 'react';
import type { ReviewLink } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';
import { pathOf } from '../app/router';
import { LiveMessage } from '../ui/LiveMessage';
import { SelectField } from '../ui/SelectField';

const EXPIRY_OPTIONS = [
  { value: '', label: 'Until revoked' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
];

/**
 * The address a reviewer opens. The token is in the fragment, which browsers never send to the
 * server, so it stays out of access logs and Referer headers.
 */
export function reviewUrl(journeyId: string, version: string, token: string): string {
  return `${window.location.origin}${pathOf({ page: 'review', journeyId, version })}#${token}`;
}

const when = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' });

/** "Share for review": make a review link (shown once, to copy), list the links and revoke them. */
export function ShareForReview({
  api,
  journeyId,
  version,
}: {
  api: DesignerApi;
  journeyId: string;
  version: string;
}) {
  const [open, setOpen] = useState(false);
  const [links, setLinks] = useState<ReviewLink[]>([]);
  const [expiry, setExpiry] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const panelId = useId();
  const urlId = useId();

  const load = useCallback(async () => {
    try {
      setLinks(await api.reviewLinks(journeyId, version));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api, journeyId, version]);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const create = () =>
    attempt(async () => {
      const days = Number(expiry);
      const expiresAt = days > 0 ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined;
      const link = await api.createReviewLink(journeyId, version, expiresAt);
      setMade(reviewUrl(journeyId, version, link.token ?? ''));
      setMessage('Review link made. Copy it now: it is shown only once.');
      await load();
    });

  const copy = () =>
    attempt(async () => {
      if (!made) return;
      await navigator.clipboard.writeText(made);
      setMessage('Review link copied.');
    });

  const revoke = (link: ReviewLink) =>
    attempt(async () => {
      await api.revokeReviewLink(journeyId, version, link.id);
      setMessage(`Review link made on ${when(link.createdAt)} revoked.`);
      await load();
    });

  return (
    <div className="designer-share">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Share for review
      </button>
      <section id={panelId} hidden={!open} className="designer-share__panel" aria-label="Review links">
        <p className="govuk-body-s">
          Anyone with a review link can see this version (map and preview) and comment on its steps, without a
          designer account. They cannot change anything.
        </p>
        {error ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <SelectField label="The link works" value={expiry} onChange={setExpiry} options={EXPIRY_OPTIONS} />
        <button type="button" className="govuk-button designer-small-button" onClick={() => void create()}>
          Create a review link
        </button>
        {made ? (
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={urlId}>
              Review link (shown once)
            </label>
            <input
              id={urlId}
              className="govuk-input"
              readOnly
              value={made}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary designer-small-button govuk-!-margin-top-2"
              onClick={() => void copy()}
            >
              Copy link
            </button>
          </div>
        ) : null}
        {links.length > 0 ? (
          <ul className="govuk-list" aria-label="Review links for this version">
            {links.map((link) => (
              <li key={link.id} data-link={link.id}>
                Made {when(link.createdAt)} by {link.createdBy}
                {link.expiresAt ? `, until ${when(link.expiresAt)}` : ''}:{' '}
                <strong>{link.status === 'active' ? 'active' : link.status}</strong>{' '}
                {link.status === 'active' ? (
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning designer-small-button govuk-!-margin-bottom-0"
                    onClick={() => void revoke(link)}
                  >
                    Revoke<span className="govuk-visually-hidden"> the link made {when(link.createdAt)}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <LiveMessage message={message} />
    </div>
  );
}
