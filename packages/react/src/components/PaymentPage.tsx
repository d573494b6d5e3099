import type { PaymentRecord } from '@fingerpost/core';
import { useEffect, useRef, useState } from 'react';
import type { UiText } from '../ui-text';
import { NotificationBanner } from './NotificationBanner';
import type { PageProps } from './page-props';
import { SubmitButton } from './SubmitButton';

/** £1,040.00: GOV.UK shows amounts to pay with pence. */
export const poundsAndPence = (pence: number): string =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);

function failureText(text: UiText, latest: PaymentRecord | null): string | null {
  if (latest?.state === 'failed') return text.payFailed;
  if (latest?.state === 'cancelled') return text.payCancelled;
  if (latest?.state === 'expired') return text.payExpired;
  return null;
}

/** GOV.UK's notification banner, for a payment service that could not be used. */
function UnavailableBanner({ text }: { text: UiText }) {
  return (
    <NotificationBanner
      id="pay-unavailable-title"
      title={text.payImportant}
      heading={text.payUnavailableTitle}
    >
      <p className="govuk-body">{text.payUnavailable}</p>
    </NotificationBanner>
  );
}

/**
 * A payment step, as the server's payment page: the title, what is paid for and "Pay £52.50" with
 * Continue to payment; after a payment that did not go through, GOV.UK Pay's "Your payment was not
 * completed" with Try again. Paying is the host's `takePayment` handler; without one the page says
 * that paying online is not offered, rather than showing a button that does nothing.
 */
export function PaymentPage({ journey, text }: PageProps) {
  const { view } = journey;
  const payment = view.step.payment;
  const [unavailable, setUnavailable] = useState(false);
  const paying = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const attempt = payment?.latest ? `${payment.latest.paymentId}:${payment.latest.state}` : '';
  const seen = useRef(attempt);
  useEffect(() => {
    // A payment that did not go through changes the page without a new page: move to its heading,
    // as JourneyScreen does after a page change, so a screen reader hears what happened.
    if (seen.current === attempt) return;
    seen.current = attempt;
    heading.current?.focus();
  }, [attempt]);
  if (!payment) return null;
  const failure = failureText(text, payment.latest);
  const inProgress = payment.latest?.state === 'started';
  const amount = payment.amount;
  const canPay = journey.canTakePayment && amount !== null && !inProgress;

  const pay = async () => {
    // Like GOV.UK's preventDoubleClick: a second press while the first is being paid does nothing.
    if (paying.current) return;
    paying.current = true;
    setUnavailable(false);
    const result = await journey.pay();
    paying.current = false;
    if (!result.ok) setUnavailable(true);
  };

  return (
    <>
      {unavailable ? <UnavailableBanner text={text} /> : null}
      {failure ? (
        <>
          <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
            {text.payNotCompletedTitle}
          </h1>
          <p className="govuk-body">{failure}</p>
          <p className="govuk-body">{text.payNoMoneyTaken}</p>
        </>
      ) : (
        <>
          <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
            {view.step.title}
          </h1>
          <p className="govuk-body">{payment.description}</p>
          {amount !== null ? (
            <p className="govuk-heading-m" id="pay-amount">
              {text.payAmount(poundsAndPence(amount))}
            </p>
          ) : null}
        </>
      )}
      {amount === null ? <div className="govuk-inset-text">{text.payNoAmount}</div> : null}
      {inProgress ? <div className="govuk-inset-text">{text.payInProgress}</div> : null}
      {amount !== null && !journey.canTakePayment ? (
        <div className="govuk-inset-text">{text.payNotOffered}</div>
      ) : null}
      {canPay ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void pay();
          }}
        >
          {failure ? null : <p className="govuk-body">{text.payHowTo}</p>}
          <SubmitButton label={failure ? text.payTryAgain : text.continueToPayment} />
        </form>
      ) : null}
    </>
  );
}
