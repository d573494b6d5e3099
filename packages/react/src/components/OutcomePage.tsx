import type { OutcomeView } from '@fingerpost/core';
import { Paragraphs } from './Paragraphs';
import type { PageProps } from './page-props';
import { SatisfactionSurvey } from './SatisfactionSurvey';

function Section({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{title}</h2>
      <Paragraphs text={text} />
    </>
  );
}

const CONFIRMED: ReadonlySet<OutcomeView['kind']> = new Set(['submitted', 'approved']);

/**
 * Where the application ended. Submitted and approved applications get GOV.UK's confirmation panel
 * with the reference number; other outcomes say why, and what the resident can do instead.
 */
export function OutcomePage({ journey, text }: Omit<PageProps, 'upload'>) {
  const { view } = journey;
  const outcome = view.outcome;
  if (!outcome) return null;
  const survey = journey.journey.feedback?.satisfactionSurvey !== false;
  return (
    <>
      {CONFIRMED.has(outcome.kind) ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{outcome.title}</h1>
          {view.reference ? (
            <div className="govuk-panel__body">
              {text.referenceNumber}
              <br />
              <strong>{view.reference}</strong>
            </div>
          ) : null}
        </div>
      ) : (
        <h1 className="govuk-heading-l">{outcome.title}</h1>
      )}
      {outcome.reason && !CONFIRMED.has(outcome.kind) ? (
        <p className="govuk-body-l">{outcome.reason}</p>
      ) : null}
      <Paragraphs text={outcome.body} />
      <Section title={text.whatHappensNext} text={outcome.whatHappensNext} />
      <Section title={text.whatYouCanDo} text={outcome.alternatives} />
      <Section title={text.contact} text={outcome.contact} />
      {survey ? <SatisfactionSurvey journey={journey} text={text} /> : null}
    </>
  );
}
