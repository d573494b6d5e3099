import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast';
import { parse, run } from './council-scope.fixture';
import { evaluateCounted, evaluateExpression } from './evaluate';
import type { EvaluationContext } from './types';

const today = '2026-04-01';

describe('answers that do not match their question', () => {
  it.each([
    [
      'earnedIncome <= £7,400',
      { earnedIncome: '7400' },
      'The answer to "earnedIncome" should be an amount of money in whole pence, but it is the text "7400"',
    ],
    [
      'earnedIncome <= £7,400',
      { earnedIncome: 7400.5 },
      'The answer to "earnedIncome" should be an amount of money in whole pence, but it is the number 7400.5',
    ],
    [
      'ageInYears(dateOfBirth) >= 16',
      { dateOfBirth: '01/02/2010' },
      'The answer to "dateOfBirth" should be a date written as YYYY-MM-DD, but it is the text "01/02/2010"',
    ],
    [
      'ageInYears(dateOfBirth) >= 16',
      { dateOfBirth: '2010-02-30' },
      'The answer to "dateOfBirth" should be a date written as YYYY-MM-DD, but it is the text "2010-02-30"',
    ],
    [
      'receivesPip',
      { receivesPip: 'yes' },
      'The answer to "receivesPip" should be true or false, but it is the text "yes"',
    ],
    [
      '"pip" in benefits',
      { benefits: 'pip' },
      'The answer to "benefits" should be a list of options, but it is the text "pip"',
    ],
    [
      'count(householdMembers) > 1',
      { householdMembers: [{ age: 3 }, 'Sam'] },
      'The answer to "householdMembers" should be a list of answers for each member of the group, but it is a list',
    ],
    [
      'any(householdMembers, item.age > 17)',
      { householdMembers: [{ age: '18' }] },
      'The answer to "item.age" should be a number, but it is the text "18"',
    ],
    [
      'householdSize > 2',
      { householdSize: Number.NaN },
      'The answer to "householdSize" should be a number, but it is the number NaN',
    ],
  ])('%s with %j is an error, not a crash', (source, answers, message) => {
    expect(run(source, answers)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'expression.runtime', message }),
    });
  });

  it('checks types from the values themselves when no data model is given', () => {
    const result = evaluateExpression(parse('earnedIncome <= £7,400'), {
      answers: { earnedIncome: '7400' },
      today,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'expression.runtime',
        message:
          'Expected a number or an amount of money, but the answer to "earnedIncome" is the text "7400"',
      },
    });
  });

  it('catches a date compared with something that is not a date', () => {
    const result = evaluateExpression(parse('moveInDate = date("2026-01-01")'), {
      answers: { moveInDate: 'last week' },
      today,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        message:
          'Expected a date written as YYYY-MM-DD, but the answer to "moveInDate" is the text "last week"',
      },
    });
  });

  it('locates the failing field in the source', () => {
    const result = run('receivesPip and\n  earnedIncome <= £7,400', {
      receivesPip: true,
      earnedIncome: '7400',
    });
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 3, length: 12 } });
  });
});

describe('runtime errors', () => {
  it('reports division by zero', () => {
    expect(run('£100 / householdSize', { householdSize: 0 })).toMatchObject({
      ok: false,
      error: {
        code: 'expression.runtime',
        message: 'Cannot divide by zero: the answer to "householdSize" is 0',
        column: 8,
      },
    });
  });

  it('reports a today that is not a real date', () => {
    const result = evaluateExpression(parse('ageInYears(dateOfBirth) > 1'), {
      answers: { dateOfBirth: '2000-01-01' },
      today: 'now',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'The date given as today is not a real date written as YYYY-MM-DD' },
    });
  });

  it('reports results too large to work with', () => {
    expect(run('householdSize * householdSize', { householdSize: 1e200 })).toMatchObject({
      ok: false,
      error: { message: 'The result of this calculation is too large to work with' },
    });
  });

  it('refuses to give an address as a result', () => {
    const homeAddress = { line1: '1 High St', town: 'Leeds', postcode: 'LS1 1AA' };
    expect(run('homeAddress', { homeAddress })).toMatchObject({
      ok: false,
      error: { code: 'expression.runtime' },
    });
  });

  it('rejects unchecked trees that call unknown functions or misuse item', () => {
    const context: EvaluationContext = { answers: {}, today };
    expect(evaluateExpression(parse('eval("1")'), context)).toMatchObject({
      ok: false,
      error: { message: 'There is no function called eval()' },
    });
    expect(evaluateExpression(parse('round(1, 2)'), context)).toMatchObject({
      ok: false,
      error: { message: 'round() takes 1 values but was given 2' },
    });
    expect(evaluateExpression(parse('item.age > 1'), context)).toMatchObject({
      ok: false,
      error: { code: 'expression.runtime' },
    });
  });
});

describe('step budget', () => {
  const context: EvaluationContext = {
    answers: { householdMembers: Array.from({ length: 5000 }, () => ({ age: 30 })) },
    today,
  };

  it('counts each node and each group member visited', () => {
    const { result, steps } = evaluateCounted(parse('countWhere(householdMembers, item.age > 18)'), context, {
      stepBudget: 100_000,
    });
    expect(result).toEqual({ ok: true, value: 5000 });
    // 1 call + 1 group node + 5000 validated members + 5000 members x (1 member + 3 condition nodes)
    expect(steps).toBe(1 + 1 + 5000 + 5000 * 4);
  });

  it('stops with budget-exceeded when the default budget of 10,000 runs out', () => {
    const { result, steps } = evaluateCounted(parse('all(householdMembers, item.age > 18)'), context);
    expect(result).toMatchObject({ ok: false, error: { code: 'expression.budget-exceeded' } });
    expect(steps).toBeLessThanOrEqual(10_000);
  });

  it('accepts a larger budget', () => {
    expect(
      evaluateExpression(parse('all(householdMembers, item.age > 18)'), context, { stepBudget: 50_000 }),
    ).toEqual({ ok: true, value: true });
  });

  it('counts the items of a list being searched', () => {
    const benefits = Array.from({ length: 20_000 }, (_, i) => `b${i}`);
    expect(evaluateExpression(parse('"pip" in benefits'), { answers: { benefits }, today })).toMatchObject({
      ok: false,
      error: { code: 'expression.budget-exceeded' },
    });
  });
});

describe('never throws', () => {
  it.each([
    ['a missing context', undefined],
    ['answers that are not an object', { answers: 42, today }],
    [
      'a getter that throws',
      {
        answers: Object.defineProperty({}, 'receivesPip', {
          get: () => {
            throw new Error('boom');
          },
          enumerable: true,
        }),
        today,
      },
    ],
  ])('with %s', (_label, context) => {
    const result = evaluateExpression(parse('receivesPip'), context as unknown as EvaluationContext);
    expect(result.ok === true || result.error.code === 'expression.runtime').toBe(true);
  });

  it('with a hand-built tree missing its parts', () => {
    const broken = { kind: 'binary', op: '+', left: null, span: undefined } as unknown as ExprNode;
    expect(evaluateExpression(broken, { answers: {}, today })).toMatchObject({
      ok: false,
      error: { code: 'expression.runtime' },
    });
  });

  it('never reads inherited properties of the answers', () => {
    const answers = Object.create({ receivesPip: true }) as Record<string, unknown>;
    expect(evaluateExpression(parse('receivesPip'), { answers, today })).toEqual({ ok: true, value: null });
    const parsed = JSON.parse('{"__proto__": {"receivesPip": true}}') as Record<string, unknown>;
    expect(evaluateExpression(parse('receivesPip'), { answers: parsed, today })).toEqual({
      ok: true,
      value: null,
    });
  });
});
