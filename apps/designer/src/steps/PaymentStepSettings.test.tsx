import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankJourney } from '../state/blank-journey';
import { renderEditor } from '../test/render-editor';

const bilingual = () => {
  const journey = blankJourney({ id: 'garden-waste', title: 'Garden waste' });
  journey.languages = ['en', 'cy'];
  journey.title = { en: 'Garden waste', cy: 'Gwastraff gardd' };
  journey.description = { en: 'Subscribe.', cy: 'Tanysgrifio.' };
  return journey;
};
const select = (stepId: string) =>
  fireEvent.click(document.querySelector(`.designer-node[data-step="${stepId}"] .designer-node__select`)!);
const nodeKind = (stepId: string) =>
  document.querySelector(`.designer-node[data-step="${stepId}"] .designer-node__kind`)?.textContent;

async function saveDraft() {
  fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
  await screen.findByText('Draft saved');
}

describe('a payment step in the editor', () => {
  it('is added from the palette, edited in the side panel and shown on the map', async () => {
    const { api } = renderEditor(bilingual());
    select('check-answers');
    fireEvent.click(screen.getByRole('button', { name: 'Add Payment' }));
    expect(screen.getByRole('heading', { name: 'Payment: £25.00: Pay for your application' })).toBeTruthy();
    expect(nodeKind('payment-1')).toBe('Payment: £25.00');

    fireEvent.change(screen.getByLabelText('Title (Welsh)'), { target: { value: 'Talu am eich cais' } });
    fireEvent.change(screen.getByLabelText('What the payment is for (Welsh)'), {
      target: { value: 'Ffi gwneud cais' },
    });
    const price = screen.getByLabelText('Price in pounds') as HTMLInputElement;
    expect(price.value).toBe('25');
    fireEvent.change(price, { target: { value: '52.5' } });
    expect(nodeKind('payment-1')).toBe('Payment: £52.50');
    fireEvent.change(price, { target: { value: '52.505' } });
    expect(screen.getByText('Enter the price in pounds, like 52.50')).toBeTruthy();

    await saveDraft();
    const saved = api.saved.at(-1)?.steps.find((s) => s.type === 'payment');
    expect(saved).toMatchObject({
      id: 'payment-1',
      title: { en: 'Pay for your application', cy: 'Talu am eich cais' },
      description: { en: 'Application fee', cy: 'Ffi gwneud cais' },
      amount: 5250,
      next: 'confirmation',
    });
  });

  it('works the amount out from the answers with a checked money expression', async () => {
    const { api } = renderEditor(bilingual());
    select('check-answers');
    fireEvent.click(screen.getByRole('button', { name: 'Add Payment' }));
    fireEvent.click(screen.getByLabelText('Worked out from the answers'));
    const expression = screen.getByLabelText('Amount as a money expression') as HTMLTextAreaElement;
    expect(expression.value).toBe('£25');
    expect(nodeKind('payment-1')).toBe('Payment: worked out from the answers');

    fireEvent.change(expression, { target: { value: 'fullName' } });
    const problems = [...document.querySelectorAll('.govuk-error-message')].map((p) => p.textContent);
    expect(problems.join(' ')).toMatch(/Column 1: .*money/);

    fireEvent.change(expression, { target: { value: 'if(length(fullName) > 20, £30, £25)' } });
    expect(document.querySelector('.govuk-textarea--error')).toBeNull();
    await saveDraft();
    expect(api.saved.at(-1)?.steps.find((s) => s.type === 'payment')).toMatchObject({
      amount: 'if(length(fullName) > 20, £30, £25)',
    });

    fireEvent.click(screen.getByLabelText('A fixed price'));
    expect((screen.getByLabelText('Price in pounds') as HTMLInputElement).value).toBe('25');
  });

  it('shows the validator’s error for a missing Welsh title on the title, until it is given', () => {
    renderEditor(bilingual());
    select('check-answers');
    fireEvent.click(screen.getByRole('button', { name: 'Add Payment' }));
    const group = () => screen.getByLabelText('Title (English)').closest('.govuk-form-group');
    expect(group()?.querySelector('.govuk-error-message')?.textContent).toMatch(
      /Give this text in Welsh .* too/,
    );
    fireEvent.change(screen.getByLabelText('Title (Welsh)'), { target: { value: 'Talu am eich cais' } });
    expect(group()?.querySelector('.govuk-error-message')).toBeNull();
  });

  it('is previewed with preview-only payments that succeed or are declined', () => {
    renderEditor(blankJourney({ id: 'garden-waste', title: 'Garden waste' }));
    select('check-answers');
    fireEvent.click(screen.getByRole('button', { name: 'Add Payment' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    fireEvent.change(screen.getByLabelText('Jump to a page'), { target: { value: 'payment-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Jump with sample answers' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Pay for your application' })).toBeTruthy();
    expect(screen.getByText('Pay £25.00')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Preview only: how the payment ends' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Preview a declined payment' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your payment was not completed' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Preview a successful payment' }));
    expect(screen.queryByRole('button', { name: 'Preview a successful payment' })).toBeNull();
    expect(screen.getByText('Previewed a successful payment: the preview moved on.')).toBeTruthy();
    expect(document.querySelector('.designer-preview .govuk-panel--confirmation')).toBeTruthy();
  });
});
