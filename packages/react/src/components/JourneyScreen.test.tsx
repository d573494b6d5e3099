import type { Journey } from '@fingerpost/schema';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { permitJourney } from '../test/permit-journey';
import { press, renderJourney, tick, type } from '../test/render-journey';

/** Answers the permit journey as far as its add-another page, without a pet (so via the notice). */
function toHousehold(age = '34') {
  renderJourney(permitJourney, { reference: 'RP-7K3D-9Q2F' });
  type('What is your name?', 'Ada Lovelace');
  press('Continue');
  type('Email address', 'ada@example.com');
  press('Continue');
  tick('No');
  press('Continue');
  press('Continue');
  type('How old are you?', age);
  type('How much rent do you pay each month?', '650.50');
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '1' } });
  fireEvent.change(screen.getByLabelText('Month'), { target: { value: '4' } });
  fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2026' } });
  tick('Blue');
  fireEvent.change(screen.getByLabelText('Which area do you live in?'), { target: { value: 'north' } });
  tick('None of these');
  type('Why do you need a permit?', 'I park outside my flat');
  type('Address line 1', '1 High Street');
  type('Town or city', 'Exampleton');
  type('Postcode', 'sw1a 1aa');
  press('Continue');
}

function addPerson(name: string, age: string) {
  type('Their name', name);
  type('Their age', age);
  press(/^Add person/);
}

describe('JourneyScreen', () => {
  it('shows a content page with its paragraphs and warning, and a back link to the page before', () => {
    renderJourney(permitJourney);
    type('What is your name?', 'Ada');
    press('Continue');
    type('Email address', 'ada@example.com');
    press('Continue');
    tick('No');
    press('Continue');
    expect(screen.getByRole('heading', { level: 1, name: 'You do not need a pet licence' })).toBeTruthy();
    expect(screen.getByText('It takes 5 minutes.').className).toBe('govuk-body');
    expect(screen.getByText('Permits are not refunded').className).toBe('govuk-warning-text__text');
    fireEvent.click(screen.getByRole('link', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your pet' })).toBeTruthy();
    expect(screen.getByLabelText('No')).toHaveProperty('checked', true);
  });

  it('moves focus to the new page’s heading after each page', () => {
    renderJourney(permitJourney);
    type('What is your name?', 'Ada');
    press('Continue');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'Your contact details' }),
    );
  });

  it('adds, changes and removes people on an add-another page', () => {
    toHousehold();
    expect(screen.getByRole('heading', { level: 1, name: 'Who lives with you?' })).toBeTruthy();
    addPerson('Grace', '40');
    addPerson('Alan', '12');
    expect(screen.getByRole('heading', { name: 'You have added 2 persons' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change Alan' }));
    expect(screen.getByLabelText('Their name')).toHaveProperty('value', 'Alan');
    type('Their name', 'Alan Turing');
    press('Save changes');
    const people = () =>
      [...document.querySelectorAll('.govuk-summary-list__key')].map((dt) => dt.textContent);
    expect(people()).toEqual(['Grace', 'Alan Turing']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Grace' }));
    expect(people()).toEqual(['Alan Turing']);
    expect(screen.getByRole('heading', { name: 'You have added 1 person' })).toBeTruthy();
  });

  it('goes through check your answers, changes an answer and comes back, then confirms with the reference', () => {
    toHousehold();
    addPerson('Grace', '40');
    press('Continue');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers before sending your application' }),
    ).toBeTruthy();
    const list = document.querySelector('.govuk-summary-list');
    expect(list?.textContent).toContain('£650.50');
    expect(list?.textContent).toContain('1 April 2026');
    fireEvent.click(screen.getByRole('link', { name: 'Change what is your name?' }));
    type('What is your name?', 'Ada King');
    press('Continue');
    expect(screen.getByRole('heading', { level: 1, name: /Check your answers/ })).toBeTruthy();
    expect(document.querySelector('.govuk-summary-list')?.textContent).toContain('Ada King');
    expect(screen.getByText('I confirm the information is correct.')).toBeTruthy();
    press('Accept and send');
    const panel = document.querySelector('.govuk-panel--confirmation');
    expect(within(panel as HTMLElement).getByRole('heading', { name: 'Application complete' })).toBeTruthy();
    expect(panel?.textContent).toContain('RP-7K3D-9Q2F');
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Back' })).toBeNull();
  });

  it('says why when the resident is not eligible, and what they can do instead', () => {
    toHousehold('15');
    press('Continue');
    expect(screen.getByRole('heading', { level: 1, name: 'You cannot get a permit' })).toBeTruthy();
    expect(screen.getByText('You must be 17 or over to get a permit')).toBeTruthy();
    expect(screen.getByText('You can apply for a visitor permit instead.')).toBeTruthy();
    expect(document.querySelector('.govuk-panel')).toBeNull();
  });

  it('takes the satisfaction survey on the confirmation page', () => {
    toHousehold('15');
    press('Continue');
    tick('Very satisfied');
    press('Send feedback');
    expect(screen.getByRole('status').textContent).toBe('Thank you for your feedback');
  });

  it('tells the resident their application is with a caseworker while a decision is awaited', () => {
    const journey: Journey = {
      ...permitJourney,
      roles: [{ id: 'officer', name: 'Permit officer' }],
      start: 'your-name',
      steps: [
        {
          id: 'your-name',
          type: 'question',
          components: [{ field: 'fullName', label: 'What is your name?' }],
          next: 'check',
        },
        { id: 'check', type: 'checkAnswers', next: 'review' },
        {
          id: 'review',
          type: 'approval',
          tasks: [
            {
              id: 'check-permit',
              title: 'Check permit',
              roles: ['officer'],
              decisions: ['approve', 'reject'],
            },
          ],
          next: { approved: 'approved', rejected: 'rejected' },
        },
        { id: 'approved', type: 'end', outcome: 'approved', title: 'Permit approved' },
        { id: 'rejected', type: 'end', outcome: 'rejected', title: 'Permit refused' },
      ],
      fields: { fullName: { type: 'text' } },
    };
    renderJourney(journey, { reference: 'RP-1' });
    type('What is your name?', 'Ada');
    press('Continue');
    press('Accept and send');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Your application is being reviewed' }),
    ).toBeTruthy();
    expect(screen.getByText('RP-1')).toBeTruthy();
  });
});
