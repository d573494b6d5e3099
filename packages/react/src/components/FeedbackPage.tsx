import { ErrorMessage } from '../fields/ErrorMessage';
import type { PageProps } from './page-props';
import { SubmitButton } from './SubmitButton';

/** A feedback step: GOV.UK's 5-point satisfaction scale (5 is very satisfied) and a comment. */
export function FeedbackPage({ journey, text }: PageProps) {
  const { view } = journey;
  const error = view.errors.find((e) => e.field === 'rating') ?? null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        journey.submit({ rating: data.get('rating') ?? '', comment: data.get('comment') ?? '' });
      }}
    >
      <h1 className="govuk-heading-l">{view.step.title ?? text.sendFeedback}</h1>
      <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset className="govuk-fieldset" aria-describedby={error ? 'rating-error' : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            {view.step.question ?? text.satisfactionLegend}
          </legend>
          {error ? <ErrorMessage id="rating-error" message={error.message} prefix={text.error} /> : null}
          <div className="govuk-radios">
            {[5, 4, 3, 2, 1].map((rating, index) => (
              <div className="govuk-radios__item" key={rating}>
                <input
                  className="govuk-radios__input"
                  id={index === 0 ? 'rating' : `rating-${index + 1}`}
                  name="rating"
                  type="radio"
                  value={rating}
                />
                <label
                  className="govuk-label govuk-radios__label"
                  htmlFor={index === 0 ? 'rating' : `rating-${index + 1}`}
                >
                  {text.satisfaction[rating - 1]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--m" htmlFor="comment">
          {text.howToImprove}
        </label>
        <textarea className="govuk-textarea" id="comment" name="comment" rows={5} />
      </div>
      <SubmitButton label={text.sendFeedback} />
    </form>
  );
}
