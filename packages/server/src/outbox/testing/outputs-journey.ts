/**
 * A short request with both kinds of output on submission: a signed webhook to `webhookUrl`
 * (secret in TEST_WEBHOOK_SECRET) and a Notify email to the address given.
 */
export function outputsJourney(webhookUrl: string, templateId: string) {
  return {
    id: 'request-a-callback',
    version: '1.0.0',
    title: 'Request a callback',
    description: 'Ask the council to phone you back.',
    serviceArea: 'other',
    owner: { name: 'Example Council' },
    languages: ['en'],
    fields: {
      fullName: { type: 'text', personalData: true },
      emailAddress: { type: 'email', personalData: true },
    },
    start: 'details',
    steps: [
      {
        id: 'details',
        type: 'question',
        title: 'Your details',
        components: [
          { field: 'fullName', label: 'Full name' },
          { field: 'emailAddress', label: 'Email address' },
        ],
        next: 'check-answers',
      },
      { id: 'check-answers', type: 'checkAnswers', next: 'sent' },
      { id: 'sent', type: 'end', outcome: 'submitted', title: 'Request sent' },
    ],
    referencePrefix: 'CB',
    outputs: [
      {
        type: 'webhook',
        id: 'case-system',
        on: 'submitted',
        url: webhookUrl,
        secretEnv: 'TEST_WEBHOOK_SECRET',
      },
      {
        type: 'email',
        id: 'confirmation',
        on: 'submitted',
        templateId,
        to: 'emailAddress',
        personalisation: { name: 'fullName' },
      },
    ],
  };
}
