import { type ComparisonOp, type ExprNode, ITEM, isComparisonOp, QUANTIFIERS } from './ast';

/**
 * A literal as it appears in a comparison, in the same representation as an
 * answer (money in pence, dates as 'YYYY-MM-DD'); lists of text for `in`.
 */
export type LiteralValue = number | string | boolean | string[];

export interface FieldComparison {
  /** The top-level field. For `item.age` inside any(householdMembers, …) this is "householdMembers". */
  field: string;
  /** The sub-field(s) within a group, for example ["age"]. */
  path?: string[];
  /**
   * Oriented so the field reads first: `16 <= ageInYears(dob)` is reported as ">=" 16.
   * For `"pip" in benefits` the op stays "in" and the value is the single option.
   */
  op: ComparisonOp;
  value: LiteralValue;
  /** The function wrapped around the field, for example "ageInYears". */
  via?: string;
}

/**
 * The distinct top-level fields an expression reads, in order of first use.
 *
 * @example
 * const parsed = parseExpression('any(householdMembers, item.age >= 18) and answered(dateOfBirth)');
 * if (parsed.ok) fieldsReferenced(parsed.ast); // ['householdMembers', 'dateOfBirth']
 */
export function fieldsReferenced(ast: ExprNode): string[] {
  const names = new Set<string>();
  visit(ast, (node) => {
    if (node.kind === 'field' && node.name !== ITEM) names.add(node.name);
  });
  return [...names];
}

/**
 * Every comparison between a field (or a function of one field) and a
 * literal, so that a path explorer can try values either side of each boundary.
 *
 * @example
 * const parsed = parseExpression('ageInYears(dateOfBirth) >= 16 and earnedIncome <= £7,400');
 * if (parsed.ok) comparisons(parsed.ast);
 * // [{ field: 'dateOfBirth', op: '>=', value: 16, via: 'ageInYears' },
 * //  { field: 'earnedIncome', op: '<=', value: 740000 }]
 */
export function comparisons(ast: ExprNode): FieldComparison[] {
  const found: FieldComparison[] = [];
  collect(ast, [], found);
  return found;
}

/** What `item` stands for in each enclosing group function, innermost last. */
type Bindings = ReadonlyArray<{ field: string; path: string[] } | undefined>;

function collect(node: ExprNode, items: Bindings, found: FieldComparison[]): void {
  if (node.kind === 'binary' && isComparisonOp(node.op)) {
    const comparison = describe(node.op, node.left, node.right, items);
    if (comparison) found.push(comparison);
  }
  if (node.kind === 'call' && QUANTIFIERS.includes(node.name) && node.args.length === 2) {
    const [group, condition] = node.args as [ExprNode, ExprNode];
    collect(group, items, found);
    collect(condition, [...items, resolve(group, items)], found);
    return;
  }
  for (const child of childNodes(node)) collect(child, items, found);
}

const FLIPPED: Readonly<Partial<Record<ComparisonOp, ComparisonOp>>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

function describe(
  op: ComparisonOp,
  left: ExprNode,
  right: ExprNode,
  items: Bindings,
): FieldComparison | undefined {
  const forward = subject(left, items);
  const forwardValue = literalValue(right);
  if (forward && forwardValue !== undefined) return { ...forward, op, value: forwardValue };
  const backward = subject(right, items);
  const backwardValue = literalValue(left);
  if (!backward || backwardValue === undefined) return undefined;
  return { ...backward, op: FLIPPED[op] ?? op, value: backwardValue };
}

/** The field a side of a comparison is about: a field, or a call with exactly one field among literal or today() values. */
function subject(node: ExprNode, items: Bindings): Omit<FieldComparison, 'op' | 'value'> | undefined {
  const field = resolve(node, items);
  if (field) return field.path.length > 0 ? { field: field.field, path: field.path } : { field: field.field };
  // if(test, a, b) is not a function of its test: comparing its result says nothing about the test's field.
  if (node.kind !== 'call' || QUANTIFIERS.includes(node.name) || node.name === 'if') return undefined;
  const fieldArgs = node.args.filter((arg) => arg.kind === 'field');
  const others = node.args.filter((arg) => arg.kind !== 'field');
  const [only] = fieldArgs;
  if (fieldArgs.length !== 1 || !only) return undefined;
  if (
    !others.every((arg) => literalValue(arg) !== undefined || (arg.kind === 'call' && arg.name === 'today'))
  )
    return undefined;
  const inner = subject(only, items);
  return inner ? { ...inner, via: node.name } : undefined;
}

function resolve(node: ExprNode, items: Bindings): { field: string; path: string[] } | undefined {
  if (node.kind !== 'field') return undefined;
  const path = node.path ?? [];
  if (node.name !== ITEM) return path.length === 0 ? { field: node.name, path: [] } : undefined;
  const binding = items[items.length - 1];
  return binding ? { field: binding.field, path: [...binding.path, ...path] } : undefined;
}

function literalValue(node: ExprNode): LiteralValue | undefined {
  if (node.kind === 'literal') return node.value;
  if (
    node.kind === 'unary' &&
    node.op === '-' &&
    node.operand.kind === 'literal' &&
    typeof node.operand.value === 'number'
  ) {
    return -node.operand.value;
  }
  if (node.kind === 'list') {
    const values = node.items.map((item) =>
      item.kind === 'literal' && typeof item.value === 'string' ? item.value : undefined,
    );
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }
  return undefined;
}

/**
 * The direct sub-expressions of a node, for walking an expression tree.
 * @example childNodes(parse('a and b')) // [a, b]
 */
export function childNodes(node: ExprNode): ExprNode[] {
  switch (node.kind) {
    case 'list':
      return node.items;
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return [];
  }
}

function visit(node: ExprNode, see: (node: ExprNode) => void): void {
  see(node);
  for (const child of childNodes(node)) visit(child, see);
}
