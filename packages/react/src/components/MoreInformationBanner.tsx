import type { MoreInformationView } from '@fingerpost/core';
import type { UiText } from '../ui-text';

/** GOV.UK notification banner telling the resident what the caseworker asked them for. */
export function MoreInformationBanner({ info, text }: { info: MoreInformationView; text: UiText }) {
  return (
    // A section with a name is the region landmark GOV.UK's banner makes with role="region".
    <section
      className="govuk-notification-banner"
      aria-labelledby="fingerpost-more-information-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="fingerpost-more-information-title">
          {text.moreInformationTitle}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{info.comment}</p>
      </div>
    </section>
  );
}
