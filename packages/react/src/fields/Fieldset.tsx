import type { ReactNode } from 'react';
import { Caption } from './Caption';

interface FieldsetProps {
  legend: string;
  isPageHeading: boolean;
  caption: string | null;
  describedBy: string | undefined;
  /** 'group' for date inputs, as GOV.UK's date input does. */
  role?: 'group';
  children: ReactNode;
}

/** A GOV.UK fieldset; on a one-question page its legend is the page heading. */
export function Fieldset({ legend, isPageHeading, caption, describedBy, role, children }: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy} role={role}>
      {isPageHeading ? (
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <Caption text={caption} />
          <h1 className="govuk-fieldset__heading">{legend}</h1>
        </legend>
      ) : (
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      )}
      {children}
    </fieldset>
  );
}
