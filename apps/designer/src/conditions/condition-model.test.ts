import { checkExpression, type ExpressionScope, parseExpression } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { type ConditionModel, modelOf, modelSource, rowSource } from './condition-model';

const scope: ExpressionScope = {
  fields: {
    hasPet: { type: 'yesNo' },
    age: { type: 'number' },
    earnedIncome: { type: 'money' },
    dateOfBirth: { type: 'date' },
    housing: { type: 'singleChoice', options: ['rough', 'notice'] },
    benefits: { type: 'multipleChoice', options: ['pip', 'universalCredit'] },
    name: { type: 'text' },
  },
};

const valid = (source: string) => {
  const parsed = parseExpression(source);
  return parsed.ok && checkExpression(parsed.ast, scope, 'boolean').length === 0;
};

describe('condition builder model', () => {
  it('writes each kind of row as an expression the checker accepts', () => {
    const rows = [
      { field: 'hasPet', operator: 'isYes', value: '' },
      { field: 'hasPet', operator: 'isNo', value: '' },
      { field: 'age', operator: 'ge', value: '16' },
      { field: 'earnedIncome', operator: 'le', value: '7400' },
      { field: 'dateOfBirth', operator: 'before', value: '2008-09-01' },
      { field: 'dateOfBirth', operator: 'ageAtLeast', value: '18' },
      { field: 'housing', operator: 'is', value: 'rough' },
      { field: 'benefits', operator: 'includes', value: 'pip' },
      { field: 'benefits', operator: 'excludes', value: 'pip' },
      { field: 'name', operator: 'answered', value: '' },
      { field: 'name', operator: 'notAnswered', value: '' },
    ] as const;
    for (const row of rows) {
      const source = rowSource(row, scope.fields[row.field]);
      expect(source, `${row.field} ${row.operator}`).not.toBeNull();
      expect(valid(source!), source!).toBe(true);
    }
    expect(
      rowSource({ field: 'earnedIncome', operator: 'le', value: '7400' }, scope.fields.earnedIncome),
    ).toBe('earnedIncome <= £7400');
  });

  it('joins rows with and or or, in canonical form', () => {
    const model: ConditionModel = {
      join: 'all',
      rows: [
        { field: 'benefits', operator: 'includes', value: 'universalCredit' },
        { field: 'earnedIncome', operator: 'le', value: '7400' },
      ],
    };
    expect(modelSource(model, scope)).toBe('"universalCredit" in benefits and earnedIncome <= £7,400');
    expect(modelSource({ ...model, join: 'any' }, scope)).toBe(
      '"universalCredit" in benefits or earnedIncome <= £7,400',
    );
  });

  it('leaves out unfinished rows', () => {
    expect(modelSource({ join: 'all', rows: [{ field: 'age', operator: 'ge', value: '' }] }, scope)).toBe('');
    expect(
      modelSource(
        {
          join: 'all',
          rows: [
            { field: '', operator: 'isYes', value: '' },
            { field: 'hasPet', operator: 'isYes', value: '' },
          ],
        },
        scope,
      ),
    ).toBe('hasPet');
  });

  it('reads an expression back into the rows that make it', () => {
    for (const source of [
      'hasPet',
      'not hasPet',
      'age >= 16 and age < 18',
      '"universalCredit" in benefits and earnedIncome <= £7,400',
      'housing = "rough" or housing = "notice"',
      'dateOfBirth <= date("2008-09-01")',
      'ageInYears(dateOfBirth) >= 18',
      'not answered(name)',
    ]) {
      const model = modelOf(source, scope);
      expect(model, source).not.toBeNull();
      const again = parseExpression(modelSource(model!, scope));
      const original = parseExpression(source);
      expect(again.ok && original.ok && JSON.stringify(stripSpans(again.ast))).toBe(
        original.ok && JSON.stringify(stripSpans(original.ast)),
      );
    }
  });

  it('says when an expression is beyond the builder', () => {
    expect(modelOf('hasPet and (age > 3 or age < 1)', scope)).toBeNull();
    expect(modelOf('earnedIncome / 12 <= £616.67', scope)).toBeNull();
    expect(modelOf('age >=', scope)).toBeNull();
    expect(modelOf('', scope)).toEqual({ join: 'all', rows: [] });
  });
});

function stripSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripSpans);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k]) => k !== 'span')
        .map(([k, v]) => [k, stripSpans(v)]),
    );
  }
  return node;
}
