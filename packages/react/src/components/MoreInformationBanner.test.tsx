import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uiText } from '../ui-text';
import { MoreInformationBanner } from './MoreInformationBanner';

describe('MoreInformationBanner', () => {
  it('is a named region holding what the caseworker asked for, in Welsh too', () => {
    const info = { comment: 'Send a photo of your blue badge', pages: ['photo'], round: 1 };
    const { unmount } = render(<MoreInformationBanner info={info} text={uiText('en')} />);
    const region = screen.getByRole('region', { name: 'We need more information' });
    expect(region.className).toBe('govuk-notification-banner');
    expect(within(region).getByText(info.comment).className).toBe('govuk-notification-banner__heading');
    unmount();
    render(<MoreInformationBanner info={info} text={uiText('cy')} />);
    expect(screen.getByRole('region', { name: 'Mae angen rhagor o wybodaeth arnom' })).toBeTruthy();
  });
});
