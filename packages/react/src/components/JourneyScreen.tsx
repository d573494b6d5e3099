import { useEffect, useRef } from 'react';
import { type FileUploader, localFileReference } from '../fields/file-reference';
import { uiText } from '../ui-text';
import type { UseJourneyResult } from '../use-journey';
import { BackLink } from './BackLink';
import { ErrorSummary } from './ErrorSummary';
import { LanguageSwitch } from './LanguageSwitch';
import { MoreInformationBanner } from './MoreInformationBanner';
import { StepPage } from './StepPage';

export interface JourneyScreenProps {
  /** What useJourney returned. */
  journey: UseJourneyResult;
  /** Stores chosen files; by default they stay in the browser (see localFileReference). */
  upload?: FileUploader;
  /** Offers English and Cymraeg when the journey has both (default true). */
  languageSwitch?: boolean;
}

/**
 * Renders a running journey with GOV.UK Frontend markup: language switch, back link, error summary
 * and the current page. When the page changes, focus moves to its heading, as a new page load would
 * move a screen reader to the top.
 * @example
 * const journey = useJourney(definition);
 * return <JourneyScreen journey={journey} />;
 */
export function JourneyScreen({
  journey,
  upload = localFileReference,
  languageSwitch = true,
}: JourneyScreenProps) {
  const { view } = journey;
  const text = uiText(view.language);
  const container = useRef<HTMLDivElement>(null);
  const page = `${view.status}:${view.step.id}`;
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    const heading = container.current?.querySelector('h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [page]);
  return (
    <div className="fingerpost-journey" lang={view.language} ref={container}>
      {languageSwitch ? (
        <LanguageSwitch
          languages={view.languages}
          current={view.language}
          label={text.language}
          onChange={journey.setLanguage}
        />
      ) : null}
      {view.backTarget && view.allowedActions.includes('back') ? (
        <BackLink text={text} target={view.backTarget} onBack={journey.back} />
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {view.moreInformation && view.status !== 'completed' ? (
            <MoreInformationBanner info={view.moreInformation} text={text} />
          ) : null}
          <ErrorSummary errors={view.errors} components={view.step.components} text={text} />
          <StepPage key={page} journey={journey} text={text} upload={upload} />
        </div>
      </div>
    </div>
  );
}
