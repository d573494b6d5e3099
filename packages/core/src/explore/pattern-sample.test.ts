import { describe, expect, it } from 'vitest';
import { samplePattern } from './pattern-sample';

describe('an answer that matches a validation pattern', () => {
  it.each([
    ['[0-9]{8}', '00000000'],
    ['^[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]$', 'AA000000A'],
    ['(?:BB|CC)-\\d{3}', 'BB-000'],
    ['[^0-9]+', 'a'],
    ['\\w+@council\\.gov\\.uk', 'a@council.gov.uk'],
  ])('%s gives %s', (pattern, sample) => {
    expect(samplePattern(pattern)).toBe(sample);
    expect(new RegExp(`^(?:${pattern})$`, 'u').test(sample)).toBe(true);
  });

  it('gives up (null) on lookarounds rather than guessing wrong', () => {
    expect(samplePattern('(?=.*[0-9])[a-z0-9]{6}')).toBeNull();
  });
});
