import { Caption } from '../fields/Caption';
import { Paragraphs } from './Paragraphs';
import type { PageProps } from './page-props';
import { SubmitButton } from './SubmitButton';
import { WarningText } from './WarningText';

/** A page of information with a Continue button. */
export function ContentPage({ journey, text }: PageProps) {
  const step = journey.view.step;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        journey.submit({});
      }}
    >
      <Caption text={step.caption} />
      <h1 className="govuk-heading-l">{step.title}</h1>
      <Paragraphs text={step.body} />
      {step.warning ? <WarningText text={step.warning} label={text.warning} /> : null}
      <SubmitButton label={text.continue} />
    </form>
  );
}
