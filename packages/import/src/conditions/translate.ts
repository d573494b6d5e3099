import {
  checkExpression,
  type ExpressionScope,
  type ExprNode,
  type FieldType,
  formatExpression,
  parseExpression,
} from '@fingerpost/schema';
import {
  binaryNode,
  booleanNode,
  callNode,
  dateNode,
  fieldNode,
  listNode,
  moneyNode,
  negateNode,
  notNode,
  numberNode,
  textNode,
} from './fingerpost-nodes';
import { type CompareOp, describeSource, type SourceExpr } from './source-ast';
import {
  conditionCompared,
  DATE_ADDERS,
  dateOf,
  fail,
  isQuestionSide,
  literalOf,
  numericOf,
  type Operand,
  TEXT_TYPES,
  Untranslatable,
  yesNoOf,
} from './translate-values';

/** A question a condition can refer to, as it was imported. */
export interface ConditionField {
  /** The Fingerpost field name. */
  name: string;
  type: FieldType;
  /** For choices: the source's item value (as text) → the Fingerpost option value. */
  options?: ReadonlyMap<string, string>;
}

export type Resolution =
  | { kind: 'field'; field: ConditionField }
  | { kind: 'condition'; name: string; expr: SourceExpr }
  | { kind: 'unknown'; message: string };

/** What the translator needs from the importer: names resolved, and the journey's data model. */
export interface ConditionContext {
  /** A name as written in a condition (`section.question`, `question`, or another condition's name). */
  resolveName(path: readonly string[]): Resolution;
  /** Another condition by name (structured references). */
  resolveCondition(name: string): Resolution;
  scope: ExpressionScope;
}

export type Translation = { ok: true; expression: string; notes: string[] } | { ok: false; reason: string };

const FLIPPED: Record<Exclude<CompareOp, 'in'>, Exclude<CompareOp, 'in'>> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};
const MAX_DEPTH = 40;

/**
 * Translates a source condition into a Fingerpost expression, checked against the journey's data
 * model. Never evaluates anything; what cannot be translated is returned with the reason.
 * @example
 * translateCondition({ kind: 'compare', op: '>=', left: { kind: 'name', path: ['age'] }, right: { kind: 'literal', value: 18 } }, context)
 * // { ok: true, expression: 'age >= 18', notes: [] }
 */
export function translateCondition(expr: SourceExpr, context: ConditionContext): Translation {
  const translator = new Translator(context);
  try {
    const ast = translator.condition(expr, 0);
    const text = formatExpression(ast);
    const parsed = parseExpression(text);
    if (!parsed.ok) return { ok: false, reason: parsed.error.message };
    const errors = checkExpression(parsed.ast, context.scope, 'boolean');
    if (errors.length > 0) return { ok: false, reason: errors[0]!.message };
    return { ok: true, expression: text, notes: [...new Set(translator.notes)] };
  } catch (error) {
    if (error instanceof Untranslatable) return { ok: false, reason: error.message };
    throw error;
  }
}

class Translator {
  readonly notes: string[] = [];
  private readonly expanding: string[] = [];

  constructor(private readonly context: ConditionContext) {}

  /** An expression used as a yes-or-no condition. */
  condition(expr: SourceExpr, depth: number): ExprNode {
    if (depth > MAX_DEPTH) fail('the condition is nested too deeply');
    switch (expr.kind) {
      case 'logical':
        return binaryNode(
          expr.op,
          this.condition(expr.left, depth + 1),
          this.condition(expr.right, depth + 1),
        );
      case 'not':
        return notNode(this.condition(expr.operand, depth + 1));
      case 'compare':
        return this.compare(expr.op, expr.left, expr.right, depth + 1);
      case 'literal':
        if (typeof expr.value === 'boolean') return booleanNode(expr.value);
        return fail(`${describeSource(expr)} is a value, not a condition`);
      case 'ref':
        return this.expand(this.context.resolveCondition(expr.name), expr.name, depth);
      case 'name': {
        const resolved = this.context.resolveName(expr.path);
        if (resolved.kind !== 'field') return this.expand(resolved, expr.path.join('.'), depth);
        if (resolved.field.type === 'yesNo') return fieldNode(resolved.field.name);
        this.notes.push(
          `"${expr.path.join('.')}" on its own holds when it has an answer: translated as answered(${resolved.field.name})`,
        );
        return callNode('answered', [fieldNode(resolved.field.name)]);
      }
      default:
        return fail(`${describeSource(expr)} is not a condition`);
    }
  }

  private expand(resolved: Resolution, name: string, depth: number): ExprNode {
    if (resolved.kind === 'unknown') return fail(resolved.message);
    if (resolved.kind === 'field') return fail(`"${name}" is a question, not a condition`);
    if (this.expanding.includes(resolved.name))
      return fail(`the condition "${resolved.name}" refers to itself through ${this.expanding.join(' → ')}`);
    this.expanding.push(resolved.name);
    const node = this.condition(resolved.expr, depth + 1);
    this.expanding.pop();
    return node;
  }

  private compare(op: CompareOp, leftExpr: SourceExpr, rightExpr: SourceExpr, depth: number): ExprNode {
    const left = this.operand(leftExpr, depth);
    const right = this.operand(rightExpr, depth);
    if (op === 'in') return this.membership(left, right, leftExpr, rightExpr);
    // The question goes on the left, as Fingerpost writes it; the operator turns round with it.
    if (isQuestionSide(right) && !isQuestionSide(left))
      return this.ordered(FLIPPED[op], right, left, rightExpr);
    return this.ordered(op, left, right, leftExpr);
  }

  private membership(left: Operand, right: Operand, leftExpr: SourceExpr, rightExpr: SourceExpr): ExprNode {
    if (left.kind === 'literal' && right.kind === 'field' && right.field.type === 'multipleChoice') {
      return binaryNode('in', textNode(this.option(right.field, left.value)), right.node);
    }
    if (left.kind === 'field' && right.kind === 'list') {
      const field = left.field;
      if (field.type === 'singleChoice')
        return binaryNode(
          'in',
          left.node,
          listNode(right.values.map((v) => textNode(this.option(field, v)))),
        );
      if (TEXT_TYPES.has(field.type))
        return binaryNode('in', left.node, listNode(right.values.map((v) => textNode(String(v)))));
    }
    return fail(
      `"${describeSource(leftExpr)} in ${describeSource(rightExpr)}" is not a choice in a list of choices or a value in a checkbox answer`,
    );
  }

  private ordered(
    op: Exclude<CompareOp, 'in'>,
    left: Operand,
    right: Operand,
    leftExpr: SourceExpr,
  ): ExprNode {
    if (left.kind === 'condition') return conditionCompared(op, left.node, right);
    let pair: [ExprNode, ExprNode];
    if (left.kind === 'field') pair = [left.node, this.valueFor(left.field, op, right)];
    else if (left.kind === 'length' || left.kind === 'number') pair = [left.node, this.numberValue(right)];
    else return fail(`"${describeSource(leftExpr)}" compares two values and no question`);
    // "is not" also holds when the question was not answered, as it does in the source forms.
    return op === '!=' ? notNode(binaryNode('=', ...pair)) : binaryNode(op === '==' ? '=' : op, ...pair);
  }

  private valueFor(field: ConditionField, op: CompareOp, value: Operand): ExprNode {
    const equality = op === '==' || op === '!=';
    if (value.kind === 'field' && value.field.type === field.type) return value.node;
    switch (field.type) {
      case 'singleChoice':
        if (!equality) return fail(`the choice "${field.name}" can only be compared with "is" or "is not"`);
        return textNode(this.option(field, literalOf(value, field)));
      case 'yesNo':
        if (!equality)
          return fail(`the yes/no question "${field.name}" can only be compared with "is" or "is not"`);
        return booleanNode(yesNoOf(literalOf(value, field), field));
      case 'number':
        return this.numberValue(value);
      case 'money': {
        const pounds = numericOf(literalOf(value, field));
        if (pounds === undefined)
          return fail(`"${field.name}" is an amount of money, compared with something else`);
        return moneyNode(Math.round(pounds * 100));
      }
      case 'date':
        if (value.kind === 'relativeDate') return value.node;
        return dateNode(dateOf(literalOf(value, field), field));
      case 'multipleChoice':
        return fail(`"${field.name}" holds a list of choices: use "contains" to test one of them`);
      default:
        if (TEXT_TYPES.has(field.type)) {
          if (!equality)
            return fail(`the text question "${field.name}" can only be compared with "is" or "is not"`);
          return textNode(String(literalOf(value, field)));
        }
        return fail(`a ${field.type} answer ("${field.name}") cannot be compared with a value`);
    }
  }

  private numberValue(value: Operand): ExprNode {
    if (value.kind === 'number' || value.kind === 'length') return value.node;
    if (value.kind === 'field' && value.field.type === 'number') return value.node;
    const number = value.kind === 'literal' ? numericOf(value.value) : undefined;
    if (number === undefined) return fail('a number is compared with something that is not a number');
    return numberNode(number);
  }

  private option(field: ConditionField, value: string | number | boolean): string {
    const option = field.options?.get(String(value));
    if (option === undefined) return fail(`"${String(value)}" is not one of the answers to "${field.name}"`);
    return option;
  }

  private operand(expr: SourceExpr, depth: number): Operand {
    if (depth > MAX_DEPTH) fail('the condition is nested too deeply');
    switch (expr.kind) {
      case 'literal':
        return { kind: 'literal', value: expr.value };
      case 'list':
        return {
          kind: 'list',
          values: expr.items.map((item) =>
            item.kind === 'literal'
              ? item.value
              : fail(`the list ${describeSource(expr)} may only hold values`),
          ),
        };
      case 'name': {
        const resolved = this.context.resolveName(expr.path);
        if (resolved.kind === 'unknown') return fail(resolved.message);
        if (resolved.kind === 'condition')
          return { kind: 'condition', node: this.condition(expr, depth + 1) };
        return { kind: 'field', node: fieldNode(resolved.field.name), field: resolved.field };
      }
      case 'negate': {
        const inner = this.operand(expr.operand, depth + 1);
        if (inner.kind === 'literal' && typeof inner.value === 'number')
          return { kind: 'literal', value: -inner.value };
        return { kind: 'number', node: negateNode(this.numeric(inner)) };
      }
      case 'arith': {
        const left = this.numeric(this.operand(expr.left, depth + 1));
        const right = this.numeric(this.operand(expr.right, depth + 1));
        return { kind: 'number', node: binaryNode(expr.op, left, right) };
      }
      case 'call':
        return this.call(expr, depth);
      default:
        return { kind: 'condition', node: this.condition(expr, depth + 1) };
    }
  }

  private numeric(operand: Operand): ExprNode {
    if (operand.kind === 'literal' && typeof operand.value === 'number') return numberNode(operand.value);
    if (operand.kind === 'field' && (operand.field.type === 'number' || operand.field.type === 'money'))
      return operand.node;
    if (operand.kind === 'number' || operand.kind === 'length') return operand.node;
    return fail('arithmetic is only possible on numbers');
  }

  private call(expr: Extract<SourceExpr, { kind: 'call' }>, depth: number): Operand {
    if (expr.name === 'length' && expr.args.length === 1) {
      const arg = this.operand(expr.args[0]!, depth + 1);
      if (arg.kind === 'field' && TEXT_TYPES.has(arg.field.type))
        return { kind: 'length', node: callNode('length', [arg.node]) };
      return fail(`length() needs a text question, in ${describeSource(expr)}`);
    }
    if (expr.name === 'dateForComparison' && expr.args.length === 2) {
      const period = this.operand(expr.args[0]!, depth + 1);
      const unit = this.operand(expr.args[1]!, depth + 1);
      const amount = period.kind === 'literal' ? numericOf(period.value) : undefined;
      const unitName = unit.kind === 'literal' ? String(unit.value).toLowerCase() : '';
      const adder = DATE_ADDERS[unitName];
      if (amount === undefined || !Number.isInteger(amount) || adder === undefined)
        return fail(
          `${describeSource(expr)} is a time relative to now: Fingerpost compares whole days, months and years only`,
        );
      const weeks = unitName.startsWith('week');
      this.notes.push(
        'a date relative to now is compared by calendar date (the source compares with the current time of day)',
      );
      return {
        kind: 'relativeDate',
        node: callNode(adder, [callNode('today', []), numberNode(weeks ? amount * 7 : amount)]),
      };
    }
    return fail(`the function ${expr.name}() has no Fingerpost equivalent`);
  }
}
