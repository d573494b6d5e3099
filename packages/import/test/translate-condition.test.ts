import { describe, expect, it } from 'vitest';
import type { SourceExpr } from '../src/conditions/source-ast';
import { type ConditionContext, type ConditionField, translateCondition } from '../src/conditions/translate';
import { parseXgovCondition } from '../src/xgov/condition-parser';

const fields: Record<string, ConditionField> = {
  age: { name: 'age', type: 'number' },
  country: {
    name: 'country',
    type: 'singleChoice',
    options: new Map([
      ['UK', 'uk'],
      ['IE', 'ie'],
    ]),
  },
  benefits: {
    name: 'benefits',
    type: 'multipleChoice',
    options: new Map([
      ['pip', 'pip'],
      ['dlaHigher', 'dlahigher'],
    ]),
  },
  resident: { name: 'isResident', type: 'yesNo' },
  dob: { name: 'dateOfBirth', type: 'date' },
  name: { name: 'fullName', type: 'text' },
  income: { name: 'income', type: 'money' },
  home: { name: 'home', type: 'address' },
};
const conditions: Record<string, string> = {
  adult: 'age >= 18',
  loopA: 'loopB',
  loopB: 'loopA',
};

const parse = (source: string): SourceExpr => {
  const parsed = parseXgovCondition(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.expr;
};

const context: ConditionContext = {
  scope: {
    fields: Object.fromEntries(
      Object.values(fields).map((f) => [
        f.name,
        { type: f.type, ...(f.options ? { options: [...f.options.values()] } : {}) },
      ]),
    ),
  },
  resolveName: (path) => {
    const key = path.join('.');
    if (conditions[key]) return { kind: 'condition', name: key, expr: parse(conditions[key]!) };
    const field = fields[path[path.length - 1]!];
    return field ? { kind: 'field', field } : { kind: 'unknown', message: `no question is called "${key}"` };
  },
  resolveCondition: (name) =>
    conditions[name]
      ? { kind: 'condition', name, expr: parse(conditions[name]!) }
      : { kind: 'unknown', message: `no condition "${name}"` },
};

const translate = (source: string) => translateCondition(parse(source), context);

describe('translating conditions into Fingerpost expressions', () => {
  it.each([
    ["age >= 18 and country == 'UK'", 'age >= 18 and country = "uk"'],
    ['18 <= age', 'age >= 18'],
    ["country != 'UK'", 'not country = "uk"'],
    ["'pip' in benefits", '"pip" in benefits'],
    ["not ('dlaHigher' in benefits)", 'not "dlahigher" in benefits'],
    ["country in ['UK', 'IE']", 'country in ["uk", "ie"]'],
    ['resident', 'isResident'],
    ["resident == 'true'", 'isResident = true'],
    ['resident == false', 'isResident = false'],
    ['length(name) > 3', 'length(fullName) > 3'],
    ["dob > '2000-01-31T00:00:00.000Z'", 'dateOfBirth > date("2000-01-31")'],
    ['income > 7400.5', 'income > £7,400.50'],
    ['age + 1 > 18', 'age + 1 > 18'],
    ["adult and country == 'IE'", 'age >= 18 and country = "ie"'],
    ['adult == false', 'not age >= 18'],
    ['(age > 1 or age < -1) and resident', '(age > 1 or age < -1) and isResident'],
  ])('%s becomes %s', (source, expected) => {
    expect(translate(source)).toEqual({ ok: true, expression: expected, notes: [] });
  });

  it('says when a translation is approximate', () => {
    expect(translate("dob <= dateForComparison(-18, 'years')")).toEqual({
      ok: true,
      expression: 'dateOfBirth <= addYears(today(), -18)',
      notes: [
        'a date relative to now is compared by calendar date (the source compares with the current time of day)',
      ],
    });
    expect(translate('name')).toMatchObject({ ok: true, expression: 'answered(fullName)' });
    expect(translate('name').ok && translate('name')).toMatchObject({
      notes: [expect.stringContaining('answered(fullName)')],
    });
  });

  it.each([
    ["country == 'FR'", '"FR" is not one of the answers to "country"'],
    ["benefits == 'pip'", '"benefits" holds a list of choices: use "contains" to test one of them'],
    ["name > 'M'", 'the text question "fullName" can only be compared with "is" or "is not"'],
    ['town == 1', 'no question is called "town"'],
    [
      "dob < dateForComparison(-3, 'hours')",
      "dateForComparison(-3, 'hours') is a time relative to now: Fingerpost compares whole days, months and years only",
    ],
    ["binOut > timeForComparison(1, 'hours')", 'no question is called "binOut"'],
    ["age > timeForComparison(1, 'hours')", 'the function timeForComparison() has no Fingerpost equivalent'],
    ["dob == '2024-02-30'", '"2024-02-30" is not a real date, for "dateOfBirth"'],
    ["home == 'x'", 'a address answer ("home") cannot be compared with a value'],
    ['loopA', 'the condition "loopA" refers to itself through loopA → loopB'],
    ["'x' in name", '"\'x\' in name" is not a choice in a list of choices or a value in a checkbox answer'],
    ['age', '"age" on its own holds when it has an answer: translated as answered(age)'],
  ])('refuses %s: %s', (source, reason) => {
    const result = translate(source);
    if (result.ok) expect(result.notes).toContain(reason);
    else expect(result.reason).toBe(reason);
  });

  it('checks the result against the data model: a number compared with text is refused', () => {
    expect(translate("age == 'old'")).toEqual({
      ok: false,
      reason: 'a number is compared with something that is not a number',
    });
  });
});
