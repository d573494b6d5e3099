import { describe, expect, it } from 'vitest';
import { evaluated, parse } from './council-scope.fixture';
import { evaluateExpression } from './evaluate';

describe('Blue Badge: PIP moving around', () => {
  const rule = 'receivesPip and pipMovingAroundPoints >= 8';

  it.each([
    [{ receivesPip: true, pipMovingAroundPoints: 8 }, true],
    [{ receivesPip: true, pipMovingAroundPoints: 12 }, true],
    [{ receivesPip: true, pipMovingAroundPoints: 7 }, false],
    [{ receivesPip: false, pipMovingAroundPoints: 12 }, false],
    [{ receivesPip: true }, false],
  ])('%j gives %s', (answers, eligible) => {
    expect(evaluated(rule, answers)).toBe(eligible);
  });
});

describe('Universal Credit: free school meals earnings threshold', () => {
  const rule = '"universalCredit" in benefits and earnedIncome <= £7,400';

  it.each([
    [739_999, true],
    [740_000, true],
    [740_001, false],
  ])('net earned income of %i pence gives %s', (pence, eligible) => {
    expect(evaluated(rule, { benefits: ['universalCredit'], earnedIncome: pence })).toBe(eligible);
  });

  it('is not met without Universal Credit', () => {
    expect(evaluated(rule, { benefits: ['pip'], earnedIncome: 0 })).toBe(false);
  });
});

describe('Homelessness: 16 and 17 year olds have priority need', () => {
  const rule = 'ageInYears(dateOfBirth) >= 16 and ageInYears(dateOfBirth) < 18';

  it.each([
    ['2010-04-02', false], // 15, turns 16 tomorrow
    ['2010-04-01', true], // 16 today
    ['2008-04-02', true], // 17, turns 18 tomorrow
    ['2008-04-01', false], // 18 today
  ])('born %s, assessed on 2026-04-01: %s', (dateOfBirth, priority) => {
    expect(evaluated(rule, { dateOfBirth }, '2026-04-01')).toBe(priority);
  });

  it('counts someone born on 29 February as a year older on 1 March in a non-leap year', () => {
    expect(evaluated('ageInYears(dateOfBirth)', { dateOfBirth: '2008-02-29' }, '2024-02-28')).toBe(15);
    expect(evaluated('ageInYears(dateOfBirth)', { dateOfBirth: '2008-02-29' }, '2024-02-29')).toBe(16);
    expect(evaluated('ageInYears(dateOfBirth)', { dateOfBirth: '2008-02-29' }, '2025-02-28')).toBe(16);
    expect(evaluated('ageInYears(dateOfBirth)', { dateOfBirth: '2008-02-29' }, '2025-03-01')).toBe(17);
  });
});

describe('household groups', () => {
  const household = [
    { name: 'Sam', age: 34, relationship: 'partner', income: 120_000 },
    { name: 'Alex', age: 4, relationship: 'child' },
    { name: 'Jo', age: 2, relationship: 'child', isPregnant: false },
  ];

  it('any() is true when at least one member meets the condition', () => {
    expect(evaluated('any(householdMembers, item.age >= 18)', { householdMembers: household })).toBe(true);
    expect(evaluated('any(householdMembers, item.age >= 60)', { householdMembers: household })).toBe(false);
  });

  it('all() is true when every member meets it, and for an empty household', () => {
    expect(evaluated('all(householdMembers, item.age < 40)', { householdMembers: household })).toBe(true);
    expect(
      evaluated('all(householdMembers, item.relationship = "child")', { householdMembers: household }),
    ).toBe(false);
    expect(evaluated('all(householdMembers, item.age > 100)', { householdMembers: [] })).toBe(true);
  });

  it('countWhere() counts the members meeting the condition', () => {
    expect(
      evaluated('countWhere(householdMembers, item.relationship = "child" and item.age < 5)', {
        householdMembers: household,
      }),
    ).toBe(2);
  });

  it('treats a member who did not answer a question as not meeting a condition about it', () => {
    expect(evaluated('countWhere(householdMembers, item.income > £0)', { householdMembers: household })).toBe(
      1,
    );
    expect(evaluated('countWhere(householdMembers, item.income = £0)', { householdMembers: household })).toBe(
      0,
    );
  });

  it('count() gives the number of members and of options chosen', () => {
    expect(evaluated('count(householdMembers)', { householdMembers: household })).toBe(3);
    expect(evaluated('count(benefits)', { benefits: ['pip', 'esa'] })).toBe(2);
  });

  it('nests: item refers to the innermost group', () => {
    const ast = parse('any(households, any(item.members, item.age < 1))');
    const answers = { households: [{ members: [{ age: 30 }] }, { members: [{ age: 30 }, { age: 0 }] }] };
    expect(evaluateExpression(ast, { answers, today: '2026-04-01' })).toEqual({ ok: true, value: true });
  });
});

describe('choices', () => {
  it('matches a single choice against options and lists', () => {
    expect(evaluated('housingSituation = "rough"', { housingSituation: 'rough' })).toBe(true);
    expect(
      evaluated('housingSituation in ["rough", "sofaSurfing"]', { housingSituation: 'sofaSurfing' }),
    ).toBe(true);
    expect(evaluated('housingSituation not in ["rough", "sofaSurfing"]', { housingSituation: 'safe' })).toBe(
      true,
    );
  });

  it('tests membership of a multiple choice answer', () => {
    expect(evaluated('"pip" in benefits', { benefits: ['dla', 'pip'] })).toBe(true);
    expect(evaluated('"pip" not in benefits', { benefits: ['dla'] })).toBe(true);
  });

  it('compares text exactly, including capitals', () => {
    expect(evaluated('postcode = "SW1A 1AA"', { postcode: 'sw1a 1aa' })).toBe(false);
  });
});

describe('money arithmetic', () => {
  it('keeps money in whole pence, rounding halves away from zero', () => {
    expect(evaluated('earnedIncome * 0.5', { earnedIncome: 1999 })).toBe(1000);
    expect(evaluated('earnedIncome * 0.5', { earnedIncome: -1999 })).toBe(-1000);
    expect(evaluated('£0.10 * 1.15')).toBe(12);
    expect(evaluated('earnedIncome / 3', { earnedIncome: 1000 })).toBe(333);
    expect(evaluated('earnedIncome / 12 <= £616.67', { earnedIncome: 740_000 })).toBe(true);
  });

  it('gives a plain number when dividing money by money', () => {
    expect(evaluated('earnedIncome / monthlyRent', { earnedIncome: 90_000, monthlyRent: 60_000 })).toBe(1.5);
  });

  it('adds and subtracts money exactly', () => {
    expect(evaluated('earnedIncome - monthlyRent + £0.01', { earnedIncome: 10, monthlyRent: 20 })).toBe(-9);
  });

  it('does ordinary arithmetic on plain numbers', () => {
    expect(evaluated('(householdSize + 1) / 2 * -1', { householdSize: 4 })).toBe(-2.5);
    expect(evaluated('min(householdSize, 3) + max(householdSize, 3)', { householdSize: 5 })).toBe(8);
  });
});

describe('results', () => {
  it('gives dates as YYYY-MM-DD, lists and groups as copies', () => {
    expect(evaluated('addMonths(moveInDate, 1)', { moveInDate: '2026-01-31' })).toBe('2026-02-28');
    const benefits = ['pip'];
    const result = evaluated('benefits', { benefits });
    expect(result).toEqual(['pip']);
    expect(result).not.toBe(benefits);
  });

  it('stops at the first false of "and" and the first true of "or"', () => {
    expect(evaluated('householdSize > 0 and £100 / householdSize > £10', { householdSize: 0 })).toBe(false);
    expect(evaluated('householdSize = 0 or £100 / householdSize > £10', { householdSize: 0 })).toBe(true);
  });
});
