import { validateJourney } from '@fingerpost/schema';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import journey from '../../report-missed-bin/journey.json';
import { App } from './App';
import { newReference } from './reference';

const checked = validateJourney(journey);
if (!checked.ok) throw new Error('the example journey is invalid');
const clock = () => new Date('2026-03-04T10:00:00Z');

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the embedding example', () => {
  it('shows the first question as a GOV.UK page and moves on when it is answered', () => {
    render(<App journey={checked.journey} clock={clock} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Which bin was not collected?' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Recycling (blue bin)'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('group', { name: 'When was your bin due to be collected?' })).toBeTruthy();
  });

  it('shows the engine’s error when nothing is chosen', () => {
    render(<App journey={checked.journey} clock={clock} />);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
  });

  it('carries on where the resident was after a reload', () => {
    const first = render(<App journey={checked.journey} clock={clock} />);
    fireEvent.click(screen.getByLabelText('Recycling (blue bin)'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    first.unmount();
    render(<App journey={checked.journey} clock={clock} />);
    expect(screen.getByRole('group', { name: 'When was your bin due to be collected?' })).toBeTruthy();
  });

  it('makes reference numbers in the journey’s format', () => {
    expect(newReference('MB', (b) => b.fill(0))).toBe('MB-2222-2222');
    expect(newReference('MB')).toMatch(/^MB-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  });
});
