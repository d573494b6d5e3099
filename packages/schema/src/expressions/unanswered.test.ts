import { describe, expect, it } from 'vitest';
import { evaluated } from './council-scope.fixture';

describe('unanswered questions', () => {
  it.each([
    'earnedIncome <= £7,400',
    'earnedIncome > £7,400',
    'earnedIncome = £0',
    'earnedIncome != £0',
    'housingSituation in ["rough"]',
    'housingSituation not in ["rough"]',
    '"pip" in benefits',
    '"pip" not in benefits',
    'dateOfBirth < today()',
    'receivesPip = false',
  ])('makes the comparison %s false', (source) => {
    expect(evaluated(source, {})).toBe(false);
  });

  it('makes "not" of an unanswered yes/no question false, so neither answer is assumed', () => {
    expect(evaluated('receivesPip', {})).toBeNull();
    expect(evaluated('not receivesPip', {})).toBe(false);
  });

  it('treats an unanswered condition as false in "and" and "or"', () => {
    expect(evaluated('receivesPip or isRenting', { isRenting: true })).toBe(true);
    expect(evaluated('receivesPip or isRenting', {})).toBe(false);
    expect(evaluated('receivesPip and true', {})).toBe(false);
  });

  it('makes arithmetic with an unanswered part unanswered', () => {
    expect(evaluated('earnedIncome + monthlyRent', { earnedIncome: 100 })).toBeNull();
    expect(evaluated('-householdSize', {})).toBeNull();
    expect(evaluated('earnedIncome + monthlyRent > £0', { earnedIncome: 100 })).toBe(false);
  });

  it('makes functions of an unanswered value unanswered', () => {
    expect(evaluated('ageInYears(dateOfBirth)', {})).toBeNull();
    expect(evaluated('addDays(moveInDate, 1)', {})).toBeNull();
    expect(evaluated('min(earnedIncome, £10)', {})).toBeNull();
    expect(evaluated('any(householdMembers, item.age > 1)', {})).toBeNull();
    expect(evaluated('all(householdMembers, item.age > 1)', {})).toBeNull();
  });

  it('counts nothing for an unanswered group or multiple choice', () => {
    expect(evaluated('count(benefits)', {})).toBe(0);
    expect(evaluated('count(householdMembers) = 0', {})).toBe(true);
    expect(evaluated('countWhere(householdMembers, item.age < 18)', {})).toBe(0);
  });

  it.each([
    [{}, false],
    [{ fullName: null }, false],
    [{ fullName: '' }, false],
    [{ fullName: 'Sam' }, true],
  ])('answered(fullName) with %j is %s', (answers, expected) => {
    expect(evaluated('answered(fullName)', answers)).toBe(expected);
  });

  it('treats an empty choice list or group as not answered, but false and 0 as answered', () => {
    expect(evaluated('answered(benefits)', { benefits: [] })).toBe(false);
    expect(evaluated('answered(householdMembers)', { householdMembers: [] })).toBe(false);
    expect(evaluated('answered(receivesPip)', { receivesPip: false })).toBe(true);
    expect(evaluated('answered(householdSize)', { householdSize: 0 })).toBe(true);
    expect(
      evaluated('answered(homeAddress)', {
        homeAddress: { line1: '1 High St', town: 'Leeds', postcode: 'LS1 1AA' },
      }),
    ).toBe(true);
  });

  it('lets answered() test the way to treat a missing answer explicitly', () => {
    const rule = 'not answered(earnedIncome) or earnedIncome <= £7,400';
    expect(evaluated(rule, {})).toBe(true);
    expect(evaluated(rule, { earnedIncome: 800_000 })).toBe(false);
  });

  it('makes "not" of a comparison with an unanswered question true: write != or use answered()', () => {
    expect(evaluated('not housingSituation = "safe"', {})).toBe(true);
    expect(evaluated('housingSituation != "safe"', {})).toBe(false);
  });
});
