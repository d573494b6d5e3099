import type { Journey } from '@fingerpost/schema';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import missedBin from '../../../../examples/report-missed-bin/journey.json';
import { press, renderJourney } from '../test/render-journey';

const journey = missedBin as unknown as Journey;

describe('Welsh', () => {
  it('shows the journey and the components’ own words in Welsh', () => {
    renderJourney(journey, { language: 'cy' });
    expect(screen.getByRole('heading', { level: 1, name: 'Pa fin na chafodd ei gasglu?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Parhau' })).toBeTruthy();
    press('Parhau');
    expect(screen.getByRole('heading', { name: 'Mae problem wedi codi' })).toBeTruthy();
    expect(document.querySelector('.govuk-error-message')?.textContent).toMatch(/^Gwall: /);
    expect(document.querySelector('.fingerpost-journey')?.getAttribute('lang')).toBe('cy');
  });

  it('switches between English and Cymraeg without losing the page', () => {
    renderJourney(journey);
    expect(screen.getByRole('heading', { level: 1, name: 'Which bin was not collected?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Cymraeg' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Pa fin na chafodd ei gasglu?' })).toBeTruthy();
    expect(screen.getByText('English').closest('a')).toBeTruthy();
    expect(screen.getByText('Cymraeg').getAttribute('aria-current')).toBe('true');
  });
});
