import type { Journey } from '@fingerpost/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

const journey = {
  id: 'garden-bins',
  version: '1.0.0',
  title: 'Order a garden bin',
  description: 'Order one.',
  serviceArea: 'other',
  owner: { name: 'Example County Council' },
  languages: ['en'],
  fields: { bins: { type: 'number' } },
  start: 'price',
  steps: [
    {
      id: 'price',
      type: 'content',
      title: 'It costs £40 a year',
      body: 'You pay once a year.\n\nWe collect every two weeks.',
      warning: 'We do not give refunds',
      next: 'bins',
    },
    { id: 'bins', type: 'question', components: [{ field: 'bins', label: 'How many bins?' }], next: 'rate' },
    {
      id: 'rate',
      type: 'feedback',
      title: 'Before you go',
      question: 'How easy was ordering?',
      next: 'done',
    },
    { id: 'done', type: 'end', outcome: 'submitted', title: 'Bin ordered' },
  ],
} as unknown as Journey;

let h: PagesHarness;
beforeAll(async () => {
  h = await pagesHarness([journey]);
});
afterAll(() => h.close());

describe('information pages and feedback steps', () => {
  it('shows a content page with its warning and a Continue button, then a feedback step', async () => {
    const client = new FormClient(h.app);
    await client.get('/garden-bins');
    const content = await client.follow(await client.post('/garden-bins', {}));
    expect(content.html).toContain('<h1 class="govuk-heading-l">It costs £40 a year</h1>');
    expect(content.html).toContain('<p class="govuk-body">We collect every two weeks.</p>');
    expect(content.html).toContain('govuk-warning-text');
    expect((await client.post('/garden-bins/price', {})).location).toBe('/garden-bins/bins');
    expect((await client.post('/garden-bins/bins', { bins: '1' })).location).toBe('/garden-bins/rate');
    const rate = await client.get('/garden-bins/rate');
    expect(rate.html).toContain('How easy was ordering?');
    const refused = await client.follow(await client.post('/garden-bins/rate', { rating: '9' }));
    expect(refused.html).toContain('<a href="#rating">Select how satisfied you were</a>');
    const done = await client.follow(
      await client.post('/garden-bins/rate', { rating: '5', comment: 'Easy' }),
    );
    expect(done.html).toContain('Bin ordered');
    const events = await h.storage.listJourneyEvents('garden-bins');
    expect(events.find((e) => e.type === 'feedbackGiven')?.data).toMatchObject({
      rating: 5,
      comment: 'Easy',
    });
  });
});
