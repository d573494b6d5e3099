import { Caption } from './Caption';

interface FieldLabelProps {
  htmlFor: string;
  text: string;
  isPageHeading: boolean;
  caption: string | null;
}

/** A question's label; on a one-question page it is the page heading, as GOV.UK asks. */
export function FieldLabel({ htmlFor, text, isPageHeading, caption }: FieldLabelProps) {
  if (!isPageHeading) {
    return (
      <label className="govuk-label govuk-label--m" htmlFor={htmlFor}>
        {text}
      </label>
    );
  }
  return (
    <>
      <Caption text={caption} />
      <h1 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--l" htmlFor={htmlFor}>
          {text}
        </label>
      </h1>
    </>
  );
}
