import type { Journey } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { outputWarnings } from './output-settings';
import { outputsJourney } from './testing/outputs-journey';

const journey = outputsJourney(
  'https://cases.example.gov.uk/hook',
  'f33517ff-2a88-4f6e-b855-c550268ce08a',
) as unknown as Journey;

describe('outputWarnings', () => {
  it('names what is missing for each journey', () => {
    expect(outputWarnings([journey], { notify: false, env: {} })).toEqual([
      'fingerpost: request-a-callback sends emails, but GOV.UK Notify is not configured (FINGERPOST_NOTIFY_API_KEY): they wait until it is',
      'fingerpost: request-a-callback signs its "case-system" webhook with TEST_WEBHOOK_SECRET, which is not set: it waits until it is',
    ]);
  });

  it('says nothing when everything is configured, or there are no outputs', () => {
    expect(outputWarnings([journey], { notify: true, env: { TEST_WEBHOOK_SECRET: 's' } })).toEqual([]);
    expect(outputWarnings([{ ...journey, outputs: [] }], { notify: false, env: {} })).toEqual([]);
  });
});
