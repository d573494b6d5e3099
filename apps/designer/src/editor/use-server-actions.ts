import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { FieldProblem } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';
import { nextVersion } from '../api/journey-catalogue';
import { navigate } from '../app/router';
import { hasUnsavedChanges } from '../state/editor-reducer';
import { useEditor } from './editor-context';

/** What the last server action said: a success, or a failure with the server's problems. */
export interface ActionMessage {
  kind: 'success' | 'error';
  text: string;
  problems?: FieldProblem[];
}

const failure = (error: unknown): ActionMessage => ({
  kind: 'error',
  text: error instanceof Error ? error.message : String(error),
  ...(error instanceof ApiError && error.errors.length > 0 ? { problems: error.errors } : {}),
});

/** Saving, publishing and starting a new draft version, with what the server answered. */
export function useServerActions(api: DesignerApi, onPublished: () => void) {
  const { state, journey, dispatch, setTab } = useEditor();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);

  const save = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    try {
      const saved = await api.saveDraft(journey);
      dispatch({ type: 'saved', journey });
      setMessage({
        kind: 'success',
        text: saved.validation.valid
          ? 'Draft saved'
          : `Draft saved. It has ${saved.validation.errors.length} problem${saved.validation.errors.length === 1 ? '' : 's'} to fix before it can be published`,
      });
      return true;
    } catch (error) {
      setMessage(failure(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, [api, journey, dispatch]);

  const publish = useCallback(async () => {
    if (hasUnsavedChanges(state) && !(await save())) return;
    setBusy(true);
    try {
      const published = await api.publish(journey.id, journey.version);
      setMessage({ kind: 'success', text: `Version ${published.version} is published` });
      onPublished();
    } catch (error) {
      setMessage(failure(error));
      if (error instanceof ApiError && error.status === 422) setTab('problems');
    } finally {
      setBusy(false);
    }
  }, [api, journey, state, save, onPublished, setTab]);

  const newDraft = useCallback(async () => {
    setBusy(true);
    try {
      const versions = await api.versions(journey.id);
      const version = nextVersion(versions.map((v) => v.version));
      await api.saveDraft({ ...journey, version });
      navigate({ page: 'editor', journeyId: journey.id, version });
    } catch (error) {
      setMessage(failure(error));
    } finally {
      setBusy(false);
    }
  }, [api, journey]);

  return { busy, message, setMessage, save, publish, newDraft };
}
