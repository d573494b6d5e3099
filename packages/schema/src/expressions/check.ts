import { didYouMean } from '../suggest';
import { lookupField } from './answers';
import { type BinaryNode, type CallNode, type ExprNode, type FieldNode, ITEM, isComparisonOp } from './ast';
import { checkCall } from './check-calls';
import { checkArithmetic, checkComparison, type Report } from './check-operators';
import { type ExpressionError, expressionError } from './errors';
import {
  describeKind,
  type ExpressionScope,
  type ExprKind,
  type ExprType,
  exprTypeOfField,
  type FieldTypeInfo,
  isTextLike,
} from './types';

const BOOLEAN: ExprType = { kind: 'boolean' };
const UNKNOWN: ExprType = { kind: 'unknown' };

/**
 * Type-checks a parsed expression against the journey's data model, returning
 * every problem found ([] when there are none). `expected` is the type the
 * expression must give, for example 'boolean' for a condition.
 *
 * @example
 * const parsed = parseExpression('ageInYears(dateOfBrith) >= 16');
 * if (parsed.ok) checkExpression(parsed.ast, { fields: { dateOfBirth: { type: 'date' } } }, 'boolean');
 * // [{ code: 'expression.unknown-field', message: 'Unknown field "dateOfBrith". Did you mean "dateOfBirth"?', ... }]
 */
export function checkExpression(
  ast: ExprNode,
  scope: ExpressionScope,
  expected?: ExprKind,
): ExpressionError[] {
  const errors: ExpressionError[] = [];
  try {
    const checker = new Checker(scope, (code, message, span) =>
      errors.push(expressionError(code, message, span)),
    );
    const type = checker.check(ast);
    if (expected !== undefined) checker.expect(ast, type, expected);
  } catch {
    // Parsed expressions are bounded; only a hand-built tree can get here.
    errors.push(
      expressionError(
        'expression.too-deep',
        'This expression is too complicated to check. Simplify it',
        ast?.span,
      ),
    );
  }
  return errors;
}

/** The group whose members `item` currently stands for; undefined fields when the group itself was unknown. */
interface ItemScope {
  group: string;
  fields: Record<string, FieldTypeInfo> | undefined;
}

export class Checker {
  private readonly items: ItemScope[] = [];
  private readonly fields: Record<string, FieldTypeInfo>;

  constructor(
    scope: ExpressionScope,
    readonly report: Report,
  ) {
    const fields = scope?.fields;
    this.fields = typeof fields === 'object' && fields !== null ? fields : {};
  }

  check(node: ExprNode): ExprType {
    switch (node.kind) {
      case 'literal':
        return { kind: node.type };
      case 'list':
        for (const item of node.items) {
          const type = this.check(item);
          if (type.kind !== 'unknown' && !isTextLike(type)) {
            this.report(
              'expression.type-mismatch',
              'Lists can only hold text, for example ["pip", "dla"]',
              item.span,
            );
          }
        }
        return { kind: 'list', of: 'string' };
      case 'field':
        return this.field(node);
      case 'unary': {
        const operand = this.check(node.operand);
        if (node.op === 'not') return this.condition(node.operand, operand, '"not"');
        if (operand.kind === 'number' || operand.kind === 'money' || operand.kind === 'unknown')
          return operand;
        this.report(
          'expression.type-mismatch',
          `"-" works on numbers and money, but this is ${describeKind(operand.kind)}`,
          node.span,
        );
        return UNKNOWN;
      }
      case 'binary':
        return this.binary(node);
      case 'call':
        return this.call(node);
      default:
        return UNKNOWN;
    }
  }

  /** Reports `node` if it is not a yes/no condition; gives boolean either way so one mistake is reported once. */
  condition(node: ExprNode, type: ExprType, user: string): ExprType {
    if (type.kind !== 'boolean' && type.kind !== 'unknown') {
      const name = node.kind === 'field' ? [node.name, ...(node.path ?? [])].join('.') : undefined;
      const what = name ? `"${name}" is ${describeKind(type.kind)}` : `this is ${describeKind(type.kind)}`;
      this.report(
        'expression.not-boolean',
        `${user} needs a yes or no condition, but ${what}. For example, write householdSize > 2 or receivesPip`,
        node.span,
      );
    }
    return BOOLEAN;
  }

  expect(node: ExprNode, type: ExprType, expected: ExprKind): void {
    if (type.kind === 'unknown' || type.kind === expected) return;
    if (expected === 'string' && type.kind === 'choice') return;
    if (expected === 'boolean') {
      const gives = describeKind(type.kind);
      this.report(
        'expression.not-boolean',
        `This must be a condition that is true or false, but it gives ${gives}. For example, write householdSize > 2 or receivesPip`,
        node.span,
      );
      return;
    }
    this.report(
      'expression.type-mismatch',
      `This must give ${describeKind(expected)}, but it gives ${describeKind(type.kind)}`,
      node.span,
    );
  }

  private binary(node: BinaryNode): ExprType {
    const left = this.check(node.left);
    const right = this.check(node.right);
    const { op } = node;
    if (op === 'and' || op === 'or') {
      this.condition(node.left, left, `"${op}"`);
      return this.condition(node.right, right, `"${op}"`);
    }
    if (isComparisonOp(op)) {
      checkComparison(node, op, left, right, this.report);
      return BOOLEAN;
    }
    return checkArithmetic(node, op, left, right, this.report);
  }

  private field(node: FieldNode): ExprType {
    const path = node.path ?? [];
    if (node.name === ITEM) return this.itemField(node, path);
    if (path.length > 0) {
      const dotted = `${node.name}.${path.join('.')}`;
      const hint =
        lookupField(this.fields, node.name)?.type === 'group'
          ? ` For example, any(${node.name}, item.${path[0]} >= 18)`
          : '';
      this.report(
        'expression.unknown-field',
        `"${dotted}" cannot be used here. Answers inside a group are checked with any(), all() or countWhere(), using item.${path[0]}.${hint}`,
        node.span,
      );
      return UNKNOWN;
    }
    const info = lookupField(this.fields, node.name);
    if (info) return exprTypeOfField(info, node.name);
    const suggestion = didYouMean(node.name, Object.keys(this.fields));
    const advice =
      suggestion || ` Check the spelling, or add a question called "${node.name}" to the journey.`;
    this.report('expression.unknown-field', `Unknown field "${node.name}".${advice}`, node.span);
    return UNKNOWN;
  }

  private itemField(node: FieldNode, path: string[]): ExprType {
    const scope = this.items[this.items.length - 1];
    const example = 'for example any(householdMembers, item.age >= 18)';
    if (!scope) {
      this.report(
        'expression.unknown-field',
        `"item" can only be used inside any(), all() or countWhere(), ${example}`,
        node.span,
      );
      return UNKNOWN;
    }
    const [sub] = path;
    if (sub === undefined || path.length > 1) {
      this.report(
        'expression.unknown-field',
        `Write "item." followed by the name of one question in "${scope.group}", ${example}`,
        node.span,
      );
      return UNKNOWN;
    }
    if (!scope.fields) return UNKNOWN;
    const info = lookupField(scope.fields, sub);
    if (info) return exprTypeOfField(info, `${ITEM}.${sub}`);
    const advice =
      didYouMean(sub, Object.keys(scope.fields)) ||
      ` Its questions are: ${Object.keys(scope.fields).join(', ')}.`;
    this.report(
      'expression.unknown-field',
      `"${scope.group}" has no question called "${sub}".${advice}`,
      node.span,
    );
    return UNKNOWN;
  }

  private call(node: CallNode): ExprType {
    return checkCall(node, this, (group, fields, check) => {
      this.items.push({ group, fields });
      try {
        return check();
      } finally {
        this.items.pop();
      }
    });
  }
}
