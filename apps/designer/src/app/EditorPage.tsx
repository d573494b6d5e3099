import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { VersionWithDefinition } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';
import { Editor } from '../editor/Editor';
import { navigate } from './router';

interface EditorPageProps {
  api: DesignerApi;
  journeyId: string;
  version: string;
  onUnauthorised: () => void;
}

/** Loads one version of a journey from the server and opens it in the editor. */
export function EditorPage({ api, journeyId, version, onUnauthorised }: EditorPageProps) {
  const [loaded, setLoaded] = useState<VersionWithDefinition | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api
      .version(journeyId, version)
      .then((found) => {
        if (!current) return;
        setLoaded(found);
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.status === 401) onUnauthorised();
        setProblem(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [api, journeyId, version, onUnauthorised]);
  if (problem) {
    return (
      <>
        <h1 className="govuk-heading-l">This journey could not be opened</h1>
        <p className="govuk-body">{problem}</p>
        <p className="govuk-body">
          <a
            className="govuk-link"
            href="/designer/"
            onClick={(event) => {
              event.preventDefault();
              navigate({ page: 'list' });
            }}
          >
            Back to your journeys
          </a>
        </p>
      </>
    );
  }
  if (!loaded) {
    return (
      <p className="govuk-body" role="status">
        Opening {journeyId} {version}…
      </p>
    );
  }
  return <Editor api={api} loaded={loaded} />;
}
