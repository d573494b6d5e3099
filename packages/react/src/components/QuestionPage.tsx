import { Caption } from '../fields/Caption';
import { Paragraphs } from './Paragraphs';
import type { PageProps } from './page-props';
import { QuestionFields } from './QuestionFields';
import { SubmitButton } from './SubmitButton';
import { usePageForm } from './use-page-form';

/**
 * A question page. With one question and no introduction the question's label (or legend) is the
 * page heading; otherwise the page title is, and the questions sit beneath it.
 */
export function QuestionPage({ journey, text, upload }: PageProps) {
  const { view } = journey;
  const step = view.step;
  const form = usePageForm(journey, step.components);
  const single = step.components.length === 1 && !step.intro ? (step.components[0]?.field ?? null) : null;
  return (
    <form
      noValidate
      onChange={form.onChange}
      onSubmit={(event) => {
        event.preventDefault();
        journey.submit(form.read(event.currentTarget));
      }}
    >
      {single === null ? (
        <>
          <Caption text={step.caption} />
          <h1 className="govuk-heading-l">{step.title ?? step.components[0]?.label ?? view.journey.title}</h1>
          <Paragraphs text={step.intro} />
        </>
      ) : null}
      <QuestionFields
        journey={journey.journey}
        stepId={step.id}
        components={step.components}
        visible={form.visible}
        headingField={single}
        caption={step.caption}
        text={text}
        language={view.language}
        upload={upload}
        onUploaded={form.onUploaded}
      />
      <SubmitButton label={text.continue} />
    </form>
  );
}
