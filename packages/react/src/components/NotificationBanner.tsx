import type { ReactNode } from 'react';

/**
 * GOV.UK's notification banner: a titled region (a section with a name is the landmark GOV.UK's
 * banner makes with role="region") holding a heading and, optionally, more text.
 */
export function NotificationBanner({
  id,
  title,
  heading,
  children,
}: {
  id: string;
  title: string;
  heading: string;
  children?: ReactNode;
}) {
  return (
    <section
      className="govuk-notification-banner"
      aria-labelledby={id}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </section>
  );
}
