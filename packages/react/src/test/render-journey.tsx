import type { Journey } from '@fingerpost/schema';
import { fireEvent, type RenderResult, render, screen } from '@testing-library/react';
import { FingerpostJourney, type FingerpostJourneyProps } from '../components/FingerpostJourney';

export const fixedClock = () => new Date('2026-03-02T10:00:00Z');

/** Renders a journey as a resident would meet it, with a fixed clock. */
export function renderJourney(journey: Journey, props: Partial<FingerpostJourneyProps> = {}): RenderResult {
  return render(<FingerpostJourney journey={journey} clock={fixedClock} {...props} />);
}

/** Types into the box labelled `label`. */
export function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Presses the button named `name`. */
export function press(name: string | RegExp) {
  fireEvent.click(screen.getByRole('button', { name }));
}

/** Ticks a radio or checkbox. */
export function tick(label: string | RegExp) {
  fireEvent.click(screen.getByLabelText(label));
}
