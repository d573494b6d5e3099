import { useRef } from 'react';
import { exportJourney, importJourney } from '../state/import-export';
import { useEditor } from './editor-context';
import type { ActionMessage } from './use-server-actions';

/**
 * Export downloads the journey as JSON; import reads a JSON file into this draft (keeping this
 * draft's id and version, so that saving cannot overwrite another journey). Import can be undone.
 */
export function ImportExport({ onMessage }: { onMessage: (message: ActionMessage) => void }) {
  const { journey, dispatch, readOnly } = useEditor();
  const file = useRef<HTMLInputElement>(null);
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportJourney(journey)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${journey.id}-${journey.version}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const read = async (chosen: File) => {
    const result = importJourney(await chosen.text());
    if (!result.ok) {
      onMessage({ kind: 'error', text: `${chosen.name} could not be imported: ${result.error.message}` });
      return;
    }
    dispatch({ type: 'import', journey: { ...result.journey, id: journey.id, version: journey.version } });
    onMessage({ kind: 'success', text: `Imported ${chosen.name}. Undo puts the journey back as it was.` });
  };
  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={download}>
        Export JSON
      </button>
      {readOnly ? null : (
        <>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => file.current?.click()}
          >
            Import JSON
          </button>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Journey JSON file to import"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) void read(chosen);
            }}
          />
        </>
      )}
    </>
  );
}
