import type { MoreInformationView } from '@fingerpost/core';
import type { UiText } from '../ui-text';
import { NotificationBanner } from './NotificationBanner';

/** GOV.UK notification banner telling the resident what the caseworker asked them for. */
export function MoreInformationBanner({ info, text }: { info: MoreInformationView; text: UiText }) {
  return (
    <NotificationBanner
      id="fingerpost-more-information-title"
      title={text.moreInformationTitle}
      heading={info.comment}
    />
  );
}
