import type { Journey } from '@fingerpost/schema';

/** A bilingual journey with a fee: a page of information, a £52.50 payment and the confirmation. */
export const paymentJourney: Journey = {
  id: 'garden-waste-test',
  version: '1.0.0',
  title: { en: 'Garden waste collection', cy: 'Casgliad gwastraff gardd' },
  description: { en: 'Subscribe to garden waste.', cy: 'Tanysgrifio i wastraff gardd.' },
  serviceArea: 'waste-and-recycling',
  owner: { name: 'Example Council' },
  languages: ['en', 'cy'],
  referencePrefix: 'GW',
  fields: {},
  start: 'about',
  steps: [
    {
      id: 'about',
      type: 'content',
      title: { en: 'Before you pay', cy: 'Cyn i chi dalu' },
      body: { en: 'The collection runs for a year.', cy: 'Mae’r casgliad yn para blwyddyn.' },
      next: 'pay',
    },
    {
      id: 'pay',
      type: 'payment',
      title: { en: 'Pay for your garden waste collection', cy: 'Talu am eich casgliad gwastraff gardd' },
      description: { en: 'Garden waste collection, one year', cy: 'Casgliad gwastraff gardd, blwyddyn' },
      amount: 5250,
      next: 'done',
    },
    {
      id: 'done',
      type: 'end',
      outcome: 'submitted',
      title: { en: 'Subscription confirmed', cy: 'Tanysgrifiad wedi’i gadarnhau' },
    },
  ],
};
