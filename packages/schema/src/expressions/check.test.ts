import { describe, expect, it } from 'vitest';
import { checkExpression } from './check';
import { councilScope, parse } from './council-scope.fixture';
import type { ExprKind } from './types';

function problems(source: string, expected: ExprKind | undefined = 'boolean') {
  return checkExpression(parse(source), councilScope, expected).map(({ code, message }) => ({
    code,
    message,
  }));
}

describe('well-typed council rules pass', () => {
  it.each([
    'receivesPip and pipMovingAroundPoints >= 8',
    'earnedIncome <= £7,400',
    'ageInYears(dateOfBirth) >= 16 and ageInYears(dateOfBirth) < 18',
    '"pip" in benefits or "dla" in benefits',
    'housingSituation in ["rough", "sofaSurfing"]',
    'housingSituation not in ["safe"]',
    'housingSituation = "notice" and daysBetween(today(), moveInDate) <= 56',
    'any(householdMembers, item.relationship = "child" and item.age < 5)',
    'countWhere(householdMembers, item.income > £0) >= 2',
    'all(householdMembers, answered(item.dateOfBirth))',
    'earnedIncome / 12 + monthlyRent * 0.5 > £1,000',
    'earnedIncome / monthlyRent > 3',
    'min(earnedIncome, £7,400) = £7,400',
    'not answered(homeAddress) or count(benefits) = 0',
    'length(reasonForApplying) > 10 and postcode != "" and email = fullName',
    'moveInDate < addMonths(today(), -6) and dateOfBirth = date("2010-02-28")',
  ])('%s', (source) => {
    expect(problems(source)).toEqual([]);
  });
});

describe('expression.unknown-field', () => {
  it('suggests the closest field name', () => {
    expect(problems('ageInYears(dateOfBrith) >= 16')).toEqual([
      {
        code: 'expression.unknown-field',
        message: 'Unknown field "dateOfBrith". Did you mean "dateOfBirth"?',
      },
    ]);
  });

  it('suggests despite different capitals', () => {
    expect(problems('ReceivesPip')[0]?.message).toBe(
      'Unknown field "ReceivesPip". Did you mean "receivesPip"?',
    );
  });

  it('explains how to fix a name with no close match', () => {
    expect(problems('councilTaxBand = "A"')[0]?.message).toBe(
      'Unknown field "councilTaxBand". Check the spelling, or add a question called "councilTaxBand" to the journey.',
    );
  });

  it('suggests the closest question inside a group', () => {
    expect(problems('any(householdMembers, item.agee >= 18)')).toEqual([
      {
        code: 'expression.unknown-field',
        message: '"householdMembers" has no question called "agee". Did you mean "age"?',
      },
    ]);
  });

  it('rejects item outside any(), all() and countWhere()', () => {
    expect(problems('item.age >= 18')[0]?.message).toBe(
      '"item" can only be used inside any(), all() or countWhere(), for example any(householdMembers, item.age >= 18)',
    );
  });

  it('points a dotted group path at the group functions', () => {
    expect(problems('householdMembers.age >= 18')[0]?.message).toBe(
      '"householdMembers.age" cannot be used here. Answers inside a group are checked with any(), all() or countWhere(), using item.age. For example, any(householdMembers, item.age >= 18)',
    );
  });

  it('locates the unknown field in the source', () => {
    const [error] = checkExpression(parse('receivesPip and\n  pipPoints >= 8'), councilScope, 'boolean');
    expect(error).toMatchObject({ line: 2, column: 3, offset: 18, length: 9 });
  });

  it('does not look names up on the object prototype', () => {
    expect(problems('toLocaleDateString or hasOwn or valueOff').map((p) => p.code)).toEqual([
      'expression.unknown-field',
      'expression.unknown-field',
      'expression.unknown-field',
    ]);
  });
});

describe('expression.unknown-function and expression.arity', () => {
  it('suggests the closest function', () => {
    expect(problems('agInYears(dateOfBirth) >= 16')).toEqual([
      {
        code: 'expression.unknown-function',
        message: 'Unknown function "agInYears". Did you mean "ageInYears"?',
      },
    ]);
  });

  it('lists the functions when nothing is close', () => {
    expect(problems('sqrt(householdSize) > 2')[0]?.message).toMatch(
      /^Unknown function "sqrt". The functions are: today, ageInYears, /,
    );
  });

  it('says how many values a function takes, with an example', () => {
    expect(problems('ageInYears(dateOfBirth, today()) >= 16')).toEqual([
      {
        code: 'expression.arity',
        message: 'ageInYears() takes 1 value, for example ageInYears(dateOfBirth) >= 16, but was given 2',
      },
    ]);
    expect(problems('today(1) > dateOfBirth')[0]?.message).toBe(
      'today() takes no values, for example dateOfBirth < today(), but was given 1',
    );
  });
});

describe('expression.type-mismatch', () => {
  it.each([
    [
      'earnedIncome <= 7400',
      'Cannot compare money with a plain number: write the amount as money, for example £7,400',
    ],
    [
      'earnedIncome <= householdSize',
      'Cannot compare money with a plain number: write the amount as money, for example £7,400',
    ],
    [
      'earnedIncome + 10 > £0',
      'Cannot add money and a plain number: write the amount as money, for example £10',
    ],
    [
      'earnedIncome * monthlyRent > £0',
      'Cannot multiply money by money. Multiply money by a plain number, for example earnedIncome * 0.55',
    ],
    ['householdSize / earnedIncome > 1', 'Cannot divide a plain number by money'],
    [
      'dateOfBirth + 1 > today()',
      'Dates cannot be used with "+". Use addDays(), addMonths(), addYears() or daysBetween() instead',
    ],
    ['dateOfBirth < "2010-01-01"', 'Write dates as date("YYYY-MM-DD"), for example date("2010-01-01")'],
    [
      'fullName > "M"',
      'Only numbers, money and dates can be compared with ">". Use "=" or "!=" for text and choices',
    ],
    [
      'receivesPip = "yes"',
      'Cannot compare "receivesPip" (a yes or no value) with text. Compare a yes or no answer with true or false',
    ],
    [
      'benefits = "pip"',
      'Cannot compare "benefits" (a list) with text. To check for one option, write "option" in benefits',
    ],
    [
      'benefits in ["pip"]',
      '"benefits" can have more than one answer, so it cannot be "in" a list. To check for one option, write "option" in benefits',
    ],
    ['householdSize in ["1", "2"]', '"in" checks text or a choice against a list, but this is a number'],
    [
      'housingSituation in "rough"',
      '"in" needs a list on the right, for example ["pip", "dla"], or a question that allows more than one answer',
    ],
    ['ageInYears(householdSize) > 16', 'ageInYears() needs a date, but "householdSize" is a number'],
    [
      'addDays(moveInDate, £5) > today()',
      'addDays() needs a number as its second value, but this is an amount of money',
    ],
    [
      'min(earnedIncome, 7400) > £0',
      'min() needs two numbers or two amounts of money, not one of each: write the amount as money, for example £7,400',
    ],
    [
      'count(householdSize) > 1',
      'count() needs a group or a question that allows more than one answer, but "householdSize" is a number',
    ],
    [
      'any(benefits, item.age > 1)',
      'any() needs a group of answers, such as householdMembers, as its first value, but "benefits" is a list',
    ],
    ['homeAddress = "1 High Street"', 'Cannot compare "homeAddress" (an address) with text.'],
    ['["pip", 3] = ["a"]', 'Lists can only hold text, for example ["pip", "dla"]'],
  ])('%s', (source, message) => {
    expect(problems(source)).toContainEqual({ code: 'expression.type-mismatch', message });
  });

  it('checks the type the expression must give', () => {
    expect(problems('earnedIncome / 12', 'money')).toEqual([]);
    expect(problems('earnedIncome / monthlyRent', 'money')).toEqual([
      {
        code: 'expression.type-mismatch',
        message: 'This must give an amount of money, but it gives a number',
      },
    ]);
    expect(problems('housingSituation', 'string')).toEqual([]);
  });

  it('reports a mistake once, not again in every expression around it', () => {
    expect(problems('(earnedIncome + 10) * 2 > £5 and receivesPip')).toHaveLength(1);
    expect(problems('ageInYears(dateOfBrith) + 1 > 16')).toHaveLength(1);
  });
});

describe('expression.unknown-option', () => {
  it('lists the options and suggests the closest', () => {
    expect(problems('"pipp" in benefits')).toEqual([
      {
        code: 'expression.unknown-option',
        message:
          '"pipp" is not an option of "benefits". Options are: pip, dla, esa, universalCredit, pensionCredit. Did you mean "pip"?',
      },
    ]);
  });

  it('checks every option in a list, against single choices and group choices', () => {
    expect(problems('housingSituation in ["rough", "sofa", "evicted"]').map((p) => p.message)).toEqual([
      '"sofa" is not an option of "housingSituation". Options are: rough, sofaSurfing, notice, safe.',
      '"evicted" is not an option of "housingSituation". Options are: rough, sofaSurfing, notice, safe.',
    ]);
    expect(problems('any(householdMembers, item.relationship = "spouse")')[0]?.message).toBe(
      '"spouse" is not an option of "item.relationship". Options are: partner, child, parent, other.',
    );
  });

  it('checks a literal on either side of =', () => {
    expect(problems('"Rough" = housingSituation')[0]?.message).toBe(
      '"Rough" is not an option of "housingSituation". Options are: rough, sofaSurfing, notice, safe. Did you mean "rough"?',
    );
  });
});

describe('expression.not-boolean', () => {
  it.each([
    [
      'householdSize',
      'This must be a condition that is true or false, but it gives a number. For example, write householdSize > 2 or receivesPip',
    ],
    [
      'householdSize and receivesPip',
      '"and" needs a yes or no condition, but "householdSize" is a number. For example, write householdSize > 2 or receivesPip',
    ],
    [
      'not fullName',
      '"not" needs a yes or no condition, but "fullName" is text. For example, write householdSize > 2 or receivesPip',
    ],
    [
      'any(householdMembers, item.age)',
      'any() needs a yes or no condition, but "item.age" is a number. For example, write householdSize > 2 or receivesPip',
    ],
  ])('%s', (source, message) => {
    expect(problems(source)).toEqual([{ code: 'expression.not-boolean', message }]);
  });
});

describe('robustness', () => {
  it('copes with a scope that is missing or malformed', () => {
    const ast = parse('receivesPip');
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    expect(checkExpression(ast, {} as any).map((e) => e.code)).toEqual(['expression.unknown-field']);
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    expect(checkExpression(ast, { fields: { receivesPip: 'yesNo' } } as any).map((e) => e.code)).toEqual([
      'expression.unknown-field',
    ]);
  });
});
