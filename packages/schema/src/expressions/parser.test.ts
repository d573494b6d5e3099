import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast';
import { parse, withoutSpans } from './council-scope.fixture';

/** Fully bracketed rendering, to make grouping visible in assertions. */
function grouping(node: ExprNode): string {
  switch (node.kind) {
    case 'binary':
      return `(${grouping(node.left)} ${node.op} ${grouping(node.right)})`;
    case 'unary':
      return `(${node.op} ${grouping(node.operand)})`;
    case 'call':
      return `${node.name}(${node.args.map(grouping).join(', ')})`;
    case 'list':
      return `[${node.items.map(grouping).join(', ')}]`;
    case 'field':
      return [node.name, ...(node.path ?? [])].join('.');
    case 'literal':
      return `${node.type}:${node.value}`;
  }
}

describe('precedence', () => {
  it.each([
    ['a or b and c', '(a or (b and c))'],
    ['a and b or c', '((a and b) or c)'],
    ['not a and b', '((not a) and b)'],
    ['not a = b', '(not (a = b))'],
    ['not not a', '(not (not a))'],
    ['a + b * c', '(a + (b * c))'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b * c', '((a / b) * c)'],
    ['-a * b', '((- a) * b)'],
    ['a * -b', '(a * (- b))'],
    ['a + b >= c * 2', '((a + b) >= (c * number:2))'],
    ['x in ["a"] or y not in ["b"]', '((x in [string:a]) or (y not in [string:b]))'],
    ['(a or b) and c', '((a or b) and c)'],
    ['earnedIncome <= £7,400 and receivesPip', '((earnedIncome <= money:740000) and receivesPip)'],
  ])('groups %s as %s', (source, expected) => {
    expect(grouping(parse(source))).toBe(expected);
  });
});

describe('literals', () => {
  it.each([
    ['12', { kind: 'literal', type: 'number', value: 12 }],
    ['3.5', { kind: 'literal', type: 'number', value: 3.5 }],
    ['£7,400', { kind: 'literal', type: 'money', value: 740000 }],
    ['£1,234,567.89', { kind: 'literal', type: 'money', value: 123456789 }],
    ['£616.67', { kind: 'literal', type: 'money', value: 61667 }],
    ['£0.5', { kind: 'literal', type: 'money', value: 50 }],
    ['£10', { kind: 'literal', type: 'money', value: 1000 }],
    ['"pip"', { kind: 'literal', type: 'string', value: 'pip' }],
    ["'pip'", { kind: 'literal', type: 'string', value: 'pip' }],
    ['"say \\"yes\\""', { kind: 'literal', type: 'string', value: 'say "yes"' }],
    ["'it\\'s'", { kind: 'literal', type: 'string', value: "it's" }],
    ['"C:\\\\"', { kind: 'literal', type: 'string', value: 'C:\\' }],
    ['"it\'s"', { kind: 'literal', type: 'string', value: "it's" }],
    ['true', { kind: 'literal', type: 'boolean', value: true }],
    ['false', { kind: 'literal', type: 'boolean', value: false }],
    ['date("2024-02-29")', { kind: 'literal', type: 'date', value: '2024-02-29' }],
    ['date ( "2026-09-01" )', { kind: 'literal', type: 'date', value: '2026-09-01' }],
  ])('reads %s', (source, expected) => {
    expect(withoutSpans(parse(source))).toEqual(expected);
  });

  it('reads a list of text', () => {
    expect(withoutSpans(parse('["pip", \'dla\']'))).toEqual({
      kind: 'list',
      items: [
        { kind: 'literal', type: 'string', value: 'pip' },
        { kind: 'literal', type: 'string', value: 'dla' },
      ],
    });
  });

  it('reads an empty list and a call with no values', () => {
    expect(withoutSpans(parse('[]'))).toEqual({ kind: 'list', items: [] });
    expect(withoutSpans(parse('today()'))).toEqual({ kind: 'call', name: 'today', args: [] });
  });

  it('treats commas straight after money digits as thousands separators, and spaced commas as separators', () => {
    expect(withoutSpans(parse('max(£1,000, £2)'))).toEqual({
      kind: 'call',
      name: 'max',
      args: [
        { kind: 'literal', type: 'money', value: 100000 },
        { kind: 'literal', type: 'money', value: 200 },
      ],
    });
  });

  it('reads item.subField as a field with a path, and a field called date as a field', () => {
    expect(withoutSpans(parse('item.age'))).toEqual({ kind: 'field', name: 'item', path: ['age'] });
    expect(withoutSpans(parse('date'))).toEqual({ kind: 'field', name: 'date' });
  });
});

describe('spans', () => {
  it('gives each node its offset, length, line and column', () => {
    const ast = parse('earnedIncome <= £7,400');
    expect(ast.span).toEqual({ offset: 0, length: 22, line: 1, column: 1 });
    if (ast.kind !== 'binary') throw new Error('expected a comparison');
    expect(ast.right.span).toEqual({ offset: 16, length: 6, line: 1, column: 17 });
  });

  it('counts lines and columns across \\n and \\r\\n line breaks', () => {
    const source = 'receivesPip\r\n  and pipMovingAroundPoints >= 8\n  and count(benefits) > 0';
    const ast = parse(source);
    if (ast.kind !== 'binary' || ast.left.kind !== 'binary') throw new Error('expected and of and');
    const points = ast.left.right;
    expect(points.span.line).toBe(2);
    expect(points.span.column).toBe(7);
    const count = ast.right;
    expect(count.span).toMatchObject({ line: 3, column: 7 });
    expect(source.slice(count.span.offset, count.span.offset + count.span.length)).toBe(
      'count(benefits) > 0',
    );
  });

  it('spans a call from its name to its closing bracket', () => {
    const source = 'x = ageInYears( dateOfBirth )';
    const ast = parse(source);
    if (ast.kind !== 'binary') throw new Error('expected a comparison');
    const { offset, length } = ast.right.span;
    expect(source.slice(offset, offset + length)).toBe('ageInYears( dateOfBirth )');
  });
});
