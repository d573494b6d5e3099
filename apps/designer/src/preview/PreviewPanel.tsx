import { useEffect, useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { stepTitle } from '../map/step-summary';
import { SelectField } from '../ui/SelectField';
import { PreviewBoundary } from './PreviewBoundary';
import { PreviewRun } from './PreviewRun';

const TRANSLATION_CODES: ReadonlySet<string> = new Set([
  'journey.missing-translation',
  'journey.undeclared-language',
]);

/**
 * The draft as residents will see it, run in the browser by the real engine through
 * @fingerpost/react. Edits apply as they are made; the preview keeps its place when it can.
 */
export function PreviewPanel() {
  const { journey, issues, setTab, previewRoute, setPreviewRoute } = useEditor();
  const [language, setLanguage] = useState('en');
  // Missing translations do not stop the engine (it falls back to English); anything else might.
  const blocking = issues.filter((i) => !TRANSLATION_CODES.has(i.code));
  const untranslated = issues.length - blocking.length;
  useEffect(() => setPreviewRoute([journey.start]), [journey.start, setPreviewRoute]);
  if (blocking.length > 0) {
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">
          The preview runs the journey when it has no problems. It has {blocking.length} problem
          {blocking.length === 1 ? '' : 's'}.
        </p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => setTab('problems')}
        >
          Show the problems
        </button>
      </div>
    );
  }
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  return (
    <>
      {journey.languages.length > 1 ? (
        <SelectField
          label="Language"
          value={language}
          options={journey.languages.map((l) => ({
            value: l,
            label: l === 'cy' ? 'Cymraeg' : l === 'en' ? 'English' : l,
          }))}
          onChange={setLanguage}
        />
      ) : null}
      {untranslated > 0 ? (
        <p className="govuk-body">
          {untranslated} text{untranslated === 1 ? ' has' : 's have'} no translation yet: the preview shows
          English instead.
        </p>
      ) : null}
      <PreviewBoundary>
        <PreviewRun journey={journey} language={language} onRoute={setPreviewRoute} />
      </PreviewBoundary>
      <section className="designer-route-taken" aria-labelledby="route-taken-heading">
        <h3 className="govuk-heading-s" id="route-taken-heading">
          Route taken
        </h3>
        <ol className="govuk-list govuk-list--number">
          {previewRoute.map((id) => (
            <li key={id}>{byId.get(id) ? `${stepTitle(byId.get(id)!)} (${id})` : id}</li>
          ))}
        </ol>
      </section>
    </>
  );
}
