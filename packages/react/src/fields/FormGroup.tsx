import type { ReactNode } from 'react';

interface FormGroupProps {
  hasError: boolean;
  className?: string;
  children: ReactNode;
}

/** A GOV.UK form group, red-barred when its question has an error. */
export function FormGroup({ hasError, className, children }: FormGroupProps) {
  const classes = ['govuk-form-group', hasError ? 'govuk-form-group--error' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <div className={classes}>{children}</div>;
}
