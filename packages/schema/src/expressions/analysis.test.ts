import { describe, expect, it } from 'vitest';
import { comparisons, fieldsReferenced } from './analysis';
import { parse } from './council-scope.fixture';

describe('fieldsReferenced', () => {
  it('lists each top-level field once, in order of first use', () => {
    expect(fieldsReferenced(parse('receivesPip and pipMovingAroundPoints >= 8 or not receivesPip'))).toEqual([
      'receivesPip',
      'pipMovingAroundPoints',
    ]);
  });

  it('includes groups and fields inside function calls, but not item', () => {
    expect(
      fieldsReferenced(
        parse('any(householdMembers, item.age >= 18) and ageInYears(dateOfBirth) > 16 and "pip" in benefits'),
      ),
    ).toEqual(['householdMembers', 'dateOfBirth', 'benefits']);
  });

  it('gives nothing for an expression of literals', () => {
    expect(fieldsReferenced(parse('date("2026-01-01") < today()'))).toEqual([]);
  });
});

describe('comparisons', () => {
  it('reports field-versus-literal comparisons with values in answer form', () => {
    expect(
      comparisons(
        parse('earnedIncome <= £7,400 and pipMovingAroundPoints >= 8 and moveInDate < date("2025-10-01")'),
      ),
    ).toEqual([
      { field: 'earnedIncome', op: '<=', value: 740000 },
      { field: 'pipMovingAroundPoints', op: '>=', value: 8 },
      { field: 'moveInDate', op: '<', value: '2025-10-01' },
    ]);
  });

  it('turns a comparison around when the literal comes first', () => {
    expect(comparisons(parse('16 <= ageInYears(dateOfBirth) and 18 > ageInYears(dateOfBirth)'))).toEqual([
      { field: 'dateOfBirth', op: '>=', value: 16, via: 'ageInYears' },
      { field: 'dateOfBirth', op: '<', value: 18, via: 'ageInYears' },
    ]);
  });

  it('reports fields wrapped in a function of one field, with today() allowed alongside', () => {
    expect(comparisons(parse('daysBetween(moveInDate, today()) >= 180 and count(benefits) > 1'))).toEqual([
      { field: 'moveInDate', op: '>=', value: 180, via: 'daysBetween' },
      { field: 'benefits', op: '>', value: 1, via: 'count' },
    ]);
  });

  it('reports membership tests, including the option looked for in a multiple choice', () => {
    expect(comparisons(parse('housingSituation not in ["rough", "notice"] or "pip" in benefits'))).toEqual([
      { field: 'housingSituation', op: 'not in', value: ['rough', 'notice'] },
      { field: 'benefits', op: 'in', value: 'pip' },
    ]);
  });

  it('reports group sub-fields by the group and its path, and negative literals as negative', () => {
    expect(comparisons(parse('any(householdMembers, item.age >= 18 and item.income > -£5)'))).toEqual([
      { field: 'householdMembers', path: ['age'], op: '>=', value: 18 },
      { field: 'householdMembers', path: ['income'], op: '>', value: -500 },
    ]);
  });

  it('skips comparisons between two fields or with calculations', () => {
    expect(
      comparisons(parse('earnedIncome > monthlyRent and earnedIncome / 12 > £10 and max(a, b) > 1')),
    ).toEqual([]);
  });
});
