import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { permitJourney } from '../test/permit-journey';
import { press, renderJourney, tick, type } from '../test/render-journey';

function toDetails() {
  renderJourney(permitJourney);
  type('What is your name?', 'Ada Lovelace');
  press('Continue');
  type('Email address', 'ada@example.com');
  press('Continue');
  tick('Yes');
  type('What is your pet called?', 'Rex');
  press('Continue');
}

describe('QuestionPage', () => {
  it('makes a single question’s label the page heading, with its caption', () => {
    renderJourney(permitJourney);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveProperty('className', 'govuk-label-wrapper');
    expect(within(heading).getByText('What is your name?').tagName).toBe('LABEL');
    expect(screen.getByText('About you')).toHaveProperty('className', 'govuk-caption-l');
  });

  it('gives several questions a page title and says which are optional', () => {
    renderJourney(permitJourney);
    type('What is your name?', 'Ada');
    press('Continue');
    expect(screen.getByRole('heading', { level: 1, name: 'Your contact details' })).toBeTruthy();
    expect(screen.getByLabelText('Phone number (optional)')).toHaveProperty('type', 'tel');
    const email = screen.getByLabelText('Email address');
    expect(email).toHaveProperty('type', 'email');
    expect(email.getAttribute('aria-describedby')).toBe('email-hint');
    expect(document.getElementById('email-hint')?.textContent).toBe(
      'We will only use this to send you updates',
    );
  });

  it('reveals a question when the answer it depends on is given, and hides it again', () => {
    renderJourney(permitJourney);
    type('What is your name?', 'Ada');
    press('Continue');
    type('Email address', 'ada@example.com');
    press('Continue');
    expect(screen.queryByLabelText('What is your pet called?')).toBeNull();
    tick('Yes');
    expect(screen.getByLabelText('What is your pet called?')).toBeTruthy();
    tick('No');
    expect(screen.queryByLabelText('What is your pet called?')).toBeNull();
  });

  it('renders every kind of question with GOV.UK Frontend markup', () => {
    toDetails();
    expect(screen.getByLabelText('How old are you?').className).toContain('govuk-input--width-10');
    const rent = screen.getByLabelText('How much rent do you pay each month?');
    expect(rent.parentElement?.querySelector('.govuk-input__prefix')?.textContent).toBe('£');
    const date = screen.getByRole('group', { name: 'When do you want the permit to start?' });
    expect(within(date).getByLabelText('Day').getAttribute('name')).toBe('startDate-day');
    expect(within(date).getByLabelText('Year').className).toContain('govuk-input--width-4');
    const colour = screen.getByRole('group', { name: 'Which colour permit do you want?' });
    expect(within(colour).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByText('Like the sea').className).toContain('govuk-radios__hint');
    expect(screen.getByLabelText('Which area do you live in?').tagName).toBe('SELECT');
    const benefits = screen.getByRole('group', { name: 'Which benefits do you get?' });
    expect(within(benefits).getByText('or').className).toBe('govuk-checkboxes__divider');
    expect(screen.getByLabelText('Why do you need a permit?').tagName).toBe('TEXTAREA');
    expect(screen.getByText('You can enter up to 20 words')).toBeTruthy();
    const address = screen.getByRole('group', { name: 'What is your address?' });
    expect(within(address).getByLabelText('Postcode').getAttribute('autocomplete')).toBe('postal-code');
    expect(screen.getByLabelText('Upload proof of address (optional)')).toHaveProperty('type', 'file');
  });

  it('clears the other checkboxes when "None of these" is ticked, and the other way round', () => {
    toDetails();
    tick('Personal Independence Payment');
    tick('None of these');
    expect(screen.getByLabelText('Personal Independence Payment')).toHaveProperty('checked', false);
    tick('Universal Credit');
    expect(screen.getByLabelText('None of these')).toHaveProperty('checked', false);
  });

  it('counts the words left as the resident types', () => {
    toDetails();
    type('Why do you need a permit?', 'I park near my flat');
    expect(screen.getByText('You have 15 words remaining')).toBeTruthy();
  });

  it('shows what was typed back with the errors, and links each error to its box', () => {
    toDetails();
    type('How old are you?', 'twelve');
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '3' } });
    press('Continue');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const ageLink = within(summary).getByRole('link', { name: /How old are you|number/i });
    expect(ageLink.getAttribute('href')).toBe('#age');
    expect(document.activeElement).toBe(summary.parentElement);
    expect(screen.getByLabelText('How old are you?')).toHaveProperty('value', 'twelve');
    expect(screen.getByLabelText('Month')).toHaveProperty('value', '3');
    const dateLink = within(summary)
      .getAllByRole('link')
      .find((a) => a.getAttribute('href')?.startsWith('#startDate'));
    expect(dateLink?.getAttribute('href')).toBe('#startDate-day');
    expect(document.getElementById('age-error')?.textContent).toMatch(/^Error: /);
    fireEvent.click(ageLink);
    expect(document.activeElement).toBe(screen.getByLabelText('How old are you?'));
  });
});
