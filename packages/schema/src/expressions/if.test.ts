import { describe, expect, it } from 'vitest';
import { comparisons, fieldsReferenced } from './analysis';
import { checkExpression } from './check';
import { councilScope, evaluated, parse, run } from './council-scope.fixture';
import { evaluateCounted } from './evaluate';
import { formatExpression } from './format';
import type { ExprKind } from './types';

function problems(source: string, expected?: ExprKind) {
  return checkExpression(parse(source), councilScope, expected).map(({ code, message }) => ({
    code,
    message,
  }));
}

describe('if(): choosing a value', () => {
  it('gives the first result when the test holds and the second when it does not', () => {
    const fee = 'if(receivesPip, £0, £10)';
    expect(evaluated(fee, { receivesPip: true })).toBe(0);
    expect(evaluated(fee, { receivesPip: false })).toBe(1000);
  });

  it('gives the second result when the test is unanswered, so a discount is never assumed', () => {
    expect(evaluated('if(receivesPip, £0, £10)', {})).toBe(1000);
    expect(evaluated('if(earnedIncome < £7,400, "low", "other")', {})).toBe('other');
  });

  it('works out only the chosen result', () => {
    const rule = 'if(householdSize > 0, earnedIncome / householdSize, £0)';
    expect(evaluated(rule, { householdSize: 0, earnedIncome: 50_000 })).toBe(0);
    expect(evaluated(rule, { householdSize: 4, earnedIncome: 50_000 })).toBe(12_500);
    const chosen = evaluateCounted(parse('if(true, 1, 2 + 3 + 4 + 5)'), { answers: {}, today: '2026-04-01' });
    const other = evaluateCounted(parse('if(false, 1, 2 + 3 + 4 + 5)'), { answers: {}, today: '2026-04-01' });
    expect(chosen.steps).toBeLessThan(other.steps);
  });

  it('keeps money as money, so arithmetic on the result still rounds to pence', () => {
    expect(evaluated('if(isRenting, monthlyRent, £0) * 1.15', { isRenting: true, monthlyRent: 10 })).toBe(12);
  });

  it('gives an unanswered result when the chosen result is unanswered', () => {
    expect(evaluated('if(isRenting, monthlyRent, £0)', { isRenting: true })).toBeNull();
    expect(evaluated('if(isRenting, monthlyRent, £0) > £0', { isRenting: true })).toBe(false);
  });

  it('can be a condition itself', () => {
    const rule = 'if(isCareLeaver, ageInYears(dateOfBirth) < 25, ageInYears(dateOfBirth) < 18)';
    expect(evaluated(rule, { isCareLeaver: true, dateOfBirth: '2005-01-01' })).toBe(true);
    expect(evaluated(rule, { isCareLeaver: false, dateOfBirth: '2005-01-01' })).toBe(false);
    expect(problems(rule, 'boolean')).toEqual([]);
  });

  it('reports a test that is not yes or no when worked out', () => {
    expect(run('if(householdSize, 1, 2)', { householdSize: 3 })).toMatchObject({
      ok: false,
      error: {
        code: 'expression.runtime',
        message: 'Expected true or false, but the answer to "householdSize" is the number 3',
      },
    });
  });

  it('formats back to source that parses to the same call', () => {
    expect(formatExpression(parse('if( receivesPip ,£0,£10 )'))).toBe('if(receivesPip, £0, £10)');
  });
});

describe('if(): type checking', () => {
  it.each([
    ['if(receivesPip, £0, £10) <= £10', 'boolean'],
    ['if(isRenting, monthlyRent, earnedIncome)', 'money'],
    ['if(isRenting, addMonths(moveInDate, 6), today())', 'date'],
    ['if(receivesPip, housingSituation, "other") = "rough"', 'boolean'],
    ['if(receivesPip, 1, householdSize)', 'number'],
  ] as const)('%s gives %s', (source, kind) => {
    expect(problems(source, kind)).toEqual([]);
  });

  it('gives the type of its results, so a money choice cannot be compared with a number', () => {
    expect(problems('if(receivesPip, £0, £10) > 5', 'boolean')).toEqual([
      expect.objectContaining({ code: 'expression.type-mismatch' }),
    ]);
    expect(problems('if(receivesPip, £0, £10)', 'boolean')).toEqual([
      expect.objectContaining({ code: 'expression.not-boolean' }),
    ]);
  });

  it('needs a yes or no test', () => {
    expect(problems('if(householdSize, 1, 2)', 'number')).toEqual([
      {
        code: 'expression.not-boolean',
        message:
          'if() needs a yes or no condition, but "householdSize" is a number. For example, write householdSize > 2 or receivesPip',
      },
    ]);
  });

  it('needs both results to be the same type', () => {
    expect(problems('if(receivesPip, dateOfBirth, 3)')).toEqual([
      {
        code: 'expression.type-mismatch',
        message:
          'if() needs both results to be the same type, but the first is a date and the second is a number',
      },
    ]);
  });

  it('explains how to mix money with a plain number', () => {
    expect(problems('if(receivesPip, 0, £10)')).toEqual([
      {
        code: 'expression.type-mismatch',
        message:
          'if() needs two numbers or two amounts of money, not one of each: write the amount as money, for example £0',
      },
    ]);
  });

  it('takes exactly three values and says how to write it', () => {
    expect(problems('if(receivesPip, £0)')).toEqual([
      {
        code: 'expression.arity',
        message: 'if() takes 3 values, for example if(receivesPip, £0, £10), but was given 2',
      },
    ]);
  });
});

describe('if(): analysis', () => {
  it('reads the fields of the test and of both results', () => {
    expect(fieldsReferenced(parse('if(isRenting, monthlyRent, earnedIncome) > £500'))).toEqual([
      'isRenting',
      'monthlyRent',
      'earnedIncome',
    ]);
  });

  it('reports comparisons inside the test, not the result compared with the test field', () => {
    expect(comparisons(parse('if(householdSize > 2, £5, £10) < £8'))).toEqual([
      { field: 'householdSize', op: '>', value: 2 },
    ]);
  });
});
