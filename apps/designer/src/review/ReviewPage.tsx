import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { ReviewDraft } from '../api/api-types';
import { DesignerApi } from '../api/designer-api';
import { Editor } from '../editor/Editor';

/** The review link's token: the address's fragment (never sent to the server by the browser). */
function linkToken(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

/**
 * What someone opening a review link sees: the version read-only (map, pages, preview) with the
 * comments panel, no designer account needed.
 */
export function ReviewPage({ journeyId, version }: { journeyId: string; version: string }) {
  const token = useMemo(linkToken, []);
  const api = useMemo(() => new DesignerApi({ token }), [token]);
  const [loaded, setLoaded] = useState<ReviewDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(token ? null : 'This review link is not complete.');
  useEffect(() => {
    if (!token) return;
    let current = true;
    api
      .reviewDraft(journeyId, version)
      .then((found) => current && setLoaded(found))
      .catch((error: unknown) => {
        if (!current) return;
        setProblem(
          error instanceof ApiError && (error.status === 404 || error.status === 401)
            ? 'This review link does not work: it may have been revoked or have expired.'
            : (error as Error).message,
        );
      });
    return () => {
      current = false;
    };
  }, [api, token, journeyId, version]);
  if (problem)
    return (
      <>
        <h1 className="govuk-heading-l">This draft cannot be opened</h1>
        <p className="govuk-body">{problem}</p>
        <p className="govuk-body">Ask the designer who shared it for a new link.</p>
      </>
    );
  if (!loaded)
    return (
      <p className="govuk-body" role="status">
        Opening {journeyId} {version} for review…
      </p>
    );
  return <Editor api={api} loaded={loaded} mode="reviewer" />;
}
