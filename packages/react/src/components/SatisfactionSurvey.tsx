import { useState } from 'react';
import type { PageProps } from './page-props';

/** The end-of-service survey on the confirmation page: the 5-point scale and a comment. */
export function SatisfactionSurvey({ journey, text }: Omit<PageProps, 'upload'>) {
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (sent) {
    return (
      <p className="govuk-body" role="status">
        {text.feedbackThanks}
      </p>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const rating = Number(data.get('satisfaction'));
        const comment = String(data.get('satisfaction-comment') ?? '');
        const result = journey.feedback({
          kind: 'satisfaction',
          ...(rating >= 1 && rating <= 5 ? { rating: rating as 1 | 2 | 3 | 4 | 5 } : {}),
          ...(comment.trim() ? { comment } : {}),
        });
        if (result.ok) setSent(true);
        else setProblem(result.error.message);
      }}
    >
      <div className={problem ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset className="govuk-fieldset" aria-describedby={problem ? 'satisfaction-error' : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">{text.satisfactionLegend}</h2>
          </legend>
          {problem ? (
            <p id="satisfaction-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{text.error}:</span> {problem}
            </p>
          ) : null}
          <div className="govuk-radios govuk-radios--small">
            {[5, 4, 3, 2, 1].map((rating, index) => {
              const id = index === 0 ? 'satisfaction' : `satisfaction-${index + 1}`;
              return (
                <div className="govuk-radios__item" key={rating}>
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name="satisfaction"
                    type="radio"
                    value={rating}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {text.satisfaction[rating - 1]}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="satisfaction-comment">
          {text.howToImprove}
        </label>
        <textarea className="govuk-textarea" id="satisfaction-comment" name="satisfaction-comment" rows={3} />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        {text.sendFeedback}
      </button>
    </form>
  );
}
