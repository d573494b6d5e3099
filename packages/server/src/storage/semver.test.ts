import { describe, expect, it } from 'vitest';
import { byJourneyThenVersion, compareVersions } from './semver';

describe('compareVersions', () => {
  it('orders by numeric precedence, releases after their pre-releases', () => {
    const versions = [
      '1.10.0',
      '1.9.0',
      '10.0.0',
      '2.0.0',
      '1.10.0-rc.1',
      '1.10.0-beta.11',
      '1.10.0-beta.2',
      '1.10.0-alpha',
      '0.0.1',
    ];
    expect([...versions].sort(compareVersions)).toEqual([
      '0.0.1',
      '1.9.0',
      '1.10.0-alpha',
      '1.10.0-beta.2',
      '1.10.0-beta.11',
      '1.10.0-rc.1',
      '1.10.0',
      '2.0.0',
      '10.0.0',
    ]);
  });

  it('compares numbers too long for a JavaScript number exactly', () => {
    expect(compareVersions('1.0.90071992547409931', '1.0.90071992547409930')).toBeGreaterThan(0);
  });

  it('puts strings that are not semantic versions first, by text', () => {
    expect(['1.0.0', 'draft-b', 'draft-a'].sort(compareVersions)).toEqual(['draft-a', 'draft-b', '1.0.0']);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });

  it('groups by journey before ordering versions', () => {
    const list = [
      { journeyId: 'b', version: '1.0.0' },
      { journeyId: 'a', version: '1.10.0' },
      { journeyId: 'a', version: '1.9.0' },
    ];
    expect(list.sort(byJourneyThenVersion).map((v) => `${v.journeyId}@${v.version}`)).toEqual([
      'a@1.9.0',
      'a@1.10.0',
      'b@1.0.0',
    ]);
  });
});
