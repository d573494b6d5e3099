import type { UseJourneyResult } from '@fingerpost/react';
import { useId } from 'react';
import { simulatePayment } from './preview-payment';

/**
 * On a payment step, the preview's stand-in for GOV.UK Pay: the designer chooses how the payment
 * ends. Only the preview has these buttons; residents pay on GOV.UK Pay.
 */
export function PreviewPayment({
  running,
  onResult,
}: {
  running: UseJourneyResult;
  onResult: (message: string) => void;
}) {
  const id = useId();
  const { view } = running;
  if (view.step.type !== 'payment' || !view.allowedActions.includes('paymentStarted')) return null;
  const pay = (state: 'success' | 'failed') => {
    const result = simulatePayment(running, state);
    onResult(
      result.ok
        ? state === 'success'
          ? 'Previewed a successful payment: the preview moved on.'
          : 'Previewed a declined payment: the resident is asked to try again.'
        : `The preview could not pay: ${result.error.message}`,
    );
  };
  return (
    <section className="designer-preview-payment" aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-s" id={`${id}-heading`}>
        Preview only: how the payment ends
      </h3>
      <p className="govuk-body-s">
        Residents pay on GOV.UK Pay. In the preview no money is taken: choose what GOV.UK Pay would answer.
        Continue to payment in the preview pays successfully.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => pay('success')}>
          Preview a successful payment
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => pay('failed')}>
          Preview a declined payment
        </button>
      </div>
    </section>
  );
}
