import { Paragraphs } from './Paragraphs';
import type { PageProps } from './page-props';
import { SubmitButton } from './SubmitButton';

/** GOV.UK check answers: every answer in a summary list with a Change link, then the declaration. */
export function CheckAnswersPage({ journey, text }: PageProps) {
  const { view } = journey;
  return (
    <>
      <h1 className="govuk-heading-l">{view.step.title ?? text.checkAnswersTitle}</h1>
      <dl className="govuk-summary-list govuk-!-margin-bottom-9">
        {view.answers.map((answer) => (
          <div
            className={
              answer.changeTarget
                ? 'govuk-summary-list__row'
                : 'govuk-summary-list__row govuk-summary-list__row--no-actions'
            }
            key={`${answer.stepId}-${answer.field}`}
          >
            <dt className="govuk-summary-list__key">{answer.label}</dt>
            <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
              {answer.display}
            </dd>
            {answer.changeTarget ? (
              <dd className="govuk-summary-list__actions">
                <a
                  className="govuk-link"
                  href={`#${answer.changeTarget}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if (answer.changeTarget) journey.change(answer.changeTarget);
                  }}
                >
                  {text.change}
                  <span className="govuk-visually-hidden"> {answer.label.toLowerCase()}</span>
                </a>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          journey.submit({});
        }}
      >
        <Paragraphs text={view.step.declaration} />
        <SubmitButton label={view.step.submitLabel ?? text.acceptAndSend} />
      </form>
    </>
  );
}
