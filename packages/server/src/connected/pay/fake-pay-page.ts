import type { FakePayment } from './fake-pay-store';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const pounds = (pence: number): string => `£${(pence / 100).toFixed(2)}`;

// The icon link stops browsers asking for /favicon.ico, which the fake does not serve.

/**
 * The fake's stand-in for GOV.UK Pay's card page: one button per outcome, so a browser test
 * (or a developer clicking through) can choose how the payment ends.
 */
export function fakePaymentPage(payment: FakePayment): string {
  const id = escapeHtml(payment.paymentId);
  const button = (action: string, label: string) =>
    `<form method="post" action="/pay/${id}/${action}"><button type="submit">${label}</button></form>`;
  return `<!DOCTYPE html>
<html lang="${payment.language}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Enter card details – fake GOV.UK Pay</title></head>
<body>
<main>
<h1>Enter card details</h1>
<p>This is a fake payment page for testing. No money is taken.</p>
<dl><dt>Payment for</dt><dd>${escapeHtml(payment.description)}</dd>
<dt>Total amount</dt><dd>${pounds(payment.amount)}</dd></dl>
${button('succeed', 'Confirm payment')}
${button('decline', 'Use a card that is declined')}
${button('cancel', 'Cancel payment')}
</main>
</body>
</html>`;
}

export function fakeFinishedPage(payment: FakePayment): string {
  return `<!DOCTYPE html>
<html lang="${payment.language}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Payment finished – fake GOV.UK Pay</title></head>
<body><main><h1>This payment has finished</h1>
<p><a href="${escapeHtml(payment.returnUrl)}">Go back to the service</a></p></main></body>
</html>`;
}
