import { didYouMean } from '../suggest';
import type { CallNode, ExprNode } from './ast';
import type { Checker } from './check';
import { checkChoice } from './check-choice';
import { FUNCTIONS, type ParamKind } from './functions';
import { describeKind, type ExprType, type FieldTypeInfo, isNumeric, isTextLike } from './types';

const UNKNOWN: ExprType = { kind: 'unknown' };

const WANTED: Readonly<Record<ParamKind, string>> = {
  date: 'a date',
  number: 'a number',
  numeric: 'a number or an amount of money',
  text: 'text',
  countable: 'a group or a question that allows more than one answer',
  any: 'a value',
  group: 'a group of answers, such as householdMembers,',
  condition: 'a yes or no condition',
  boolean: 'a yes or no condition',
};

function accepts(kind: ParamKind, type: ExprType): boolean {
  switch (kind) {
    case 'date':
    case 'number':
    case 'group':
    case 'boolean':
      return type.kind === kind;
    case 'numeric':
      return isNumeric(type);
    case 'text':
      return isTextLike(type);
    case 'countable':
      return type.kind === 'group' || type.kind === 'list';
    default:
      return true;
  }
}

const ordinal = (i: number): string => ['first', 'second', 'third'][i] ?? `number ${i + 1}`;

function described(node: ExprNode, type: ExprType): string {
  const what = describeKind(type.kind);
  return node.kind === 'field'
    ? `"${[node.name, ...(node.path ?? [])].join('.')}" is ${what}`
    : `this is ${what}`;
}

type WithItems = (
  group: string,
  fields: Record<string, FieldTypeInfo> | undefined,
  check: () => ExprType,
) => ExprType;

/** Checks a function call: the name, the number of values and the type of each. */
export function checkCall(node: CallNode, checker: Checker, withItems: WithItems): ExprType {
  const spec = FUNCTIONS.get(node.name);
  if (!spec) {
    for (const arg of node.args) checker.check(arg);
    const advice =
      didYouMean(node.name, FUNCTIONS.keys()) || ` The functions are: ${[...FUNCTIONS.keys()].join(', ')}.`;
    checker.report('expression.unknown-function', `Unknown function "${node.name}".${advice}`, node.span);
    return UNKNOWN;
  }
  const count = spec.params.length;
  if (node.args.length !== count) {
    for (const arg of node.args) checker.check(arg);
    const takes = count === 0 ? 'takes no values' : `takes ${count} value${count === 1 ? '' : 's'}`;
    checker.report(
      'expression.arity',
      `${node.name}() ${takes}, for example ${spec.example}, but was given ${node.args.length}`,
      node.span,
    );
    return spec.returns === 'first' || spec.returns === 'branches' ? UNKNOWN : { kind: spec.returns };
  }
  if (spec.params.includes('condition')) return checkQuantifier(node, checker, withItems);
  if (spec.returns === 'branches') return checkChoice(node, checker);
  const types = node.args.map((arg) => checker.check(arg));
  node.args.forEach((arg, i) => {
    const type = types[i] ?? UNKNOWN;
    const kind = spec.params[i] ?? 'any';
    if (type.kind === 'unknown' || accepts(kind, type)) return;
    const position = count > 1 ? ` as its ${ordinal(i)} value` : '';
    checker.report(
      'expression.type-mismatch',
      `${node.name}() needs ${WANTED[kind]}${position}, but ${described(arg, type)}`,
      arg.span,
    );
  });
  if (spec.returns !== 'first') return { kind: spec.returns };
  const [first = UNKNOWN, second = UNKNOWN] = types;
  if (isNumeric(first) && isNumeric(second) && first.kind !== second.kind) {
    checker.report(
      'expression.type-mismatch',
      `${node.name}() needs two numbers or two amounts of money, not one of each: write the amount as money, for example £7,400`,
      node.span,
    );
    return UNKNOWN;
  }
  return isNumeric(first) ? first : UNKNOWN;
}

/** any(), all(), countWhere(): the condition is checked with `item` standing for a member of the group. */
function checkQuantifier(node: CallNode, checker: Checker, withItems: WithItems): ExprType {
  const [groupNode, condition] = node.args as [ExprNode, ExprNode];
  const group = checker.check(groupNode);
  const label =
    groupNode.kind === 'field' ? [groupNode.name, ...(groupNode.path ?? [])].join('.') : 'the group';
  let fields: Record<string, FieldTypeInfo> | undefined;
  if (group.kind === 'group') fields = group.fields;
  else if (group.kind !== 'unknown') {
    checker.report(
      'expression.type-mismatch',
      `${node.name}() needs ${WANTED.group} as its first value, but ${described(groupNode, group)}`,
      groupNode.span,
    );
  }
  withItems(label, fields, () => checker.condition(condition, checker.check(condition), `${node.name}()`));
  return node.name === 'countWhere' ? { kind: 'number' } : { kind: 'boolean' };
}
