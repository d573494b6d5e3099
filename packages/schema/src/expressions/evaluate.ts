import { lookupField, ownValue, readAnswer } from './answers';
import { type CallNode, type ExprNode, type FieldNode, ITEM, isComparisonOp } from './ast';
import { type CivilDate, parseDate } from './dates';
import { ExpressionFailure, expressionError, fail, withThousands } from './errors';
import { FUNCTIONS } from './functions';
import { arithmetic, compare } from './operators';
import { bool, expectBoolean, expectNumber, NONE, num, text, toValue, type Val } from './runtime-values';
import type { EvaluationContext, EvaluationResult, FieldTypeInfo } from './types';

export const DEFAULT_STEP_BUDGET = 10_000;

export interface EvaluationOptions {
  /** The most node visits (including each list item and group member) allowed. Default 10,000. */
  stepBudget?: number;
}

/**
 * Works out an expression's value against a set of answers. Never throws:
 * broken answers, division by zero and runaway expressions come back as errors.
 *
 * @example
 * const parsed = parseExpression('pipMovingAroundPoints >= 8');
 * if (parsed.ok) evaluateExpression(parsed.ast, { answers: { pipMovingAroundPoints: 10 }, today: '2026-04-01' });
 * // { ok: true, value: true }
 */
export function evaluateExpression(
  ast: ExprNode,
  context: EvaluationContext,
  options?: EvaluationOptions,
): EvaluationResult {
  return evaluateCounted(ast, context, options).result;
}

/** As evaluateExpression, also reporting the steps used, so tests can hold evaluation to its budget. */
export function evaluateCounted(
  ast: ExprNode,
  context: EvaluationContext,
  options?: EvaluationOptions,
): { result: EvaluationResult; steps: number } {
  const requested = options?.stepBudget;
  const budget =
    typeof requested === 'number' && Number.isInteger(requested) && requested >= 0
      ? requested
      : DEFAULT_STEP_BUDGET;
  const run = new Evaluation(context, budget);
  try {
    return { result: { ok: true, value: toValue(run.eval(ast), ast) }, steps: run.steps };
  } catch (caught) {
    const error =
      caught instanceof ExpressionFailure
        ? caught.error
        : expressionError(
            'expression.runtime',
            'This expression could not be worked out. Simplify it and try again',
            ast?.span,
          );
    return { result: { ok: false, error }, steps: run.steps };
  }
}

interface ItemFrame {
  value: Record<string, unknown>;
  fields: Record<string, FieldTypeInfo> | undefined;
}

class Evaluation {
  steps = 0;
  private readonly items: ItemFrame[] = [];
  private readonly answers: unknown;
  private readonly fields: unknown;

  constructor(
    private readonly context: EvaluationContext,
    private readonly budget: number,
  ) {
    this.answers = ownValue(context, 'answers');
    this.fields = ownValue(ownValue(context, 'scope'), 'fields');
  }

  private readonly charge = (steps: number, at?: ExprNode): void => {
    // Refuse before doing the work, so the steps used never pass the budget.
    if (this.steps + steps > this.budget) {
      fail(
        'expression.budget-exceeded',
        `This expression needs more than ${withThousands(this.budget)} steps to work out. Simplify it, or check that group answers are not unusually large`,
        at?.span,
      );
    }
    this.steps += steps;
  };

  eval(node: ExprNode): Val {
    this.charge(1, node);
    switch (node.kind) {
      case 'literal':
        return this.literal(node);
      case 'list':
        return this.list(node.items);
      case 'field':
        return this.field(node);
      case 'unary': {
        const operand = this.eval(node.operand);
        if (operand.kind === 'none') return node.op === 'not' ? bool(false) : NONE;
        if (node.op === 'not') return bool(!expectBoolean(operand, node.operand));
        const { value, money } = expectNumber(operand, node.operand);
        return num(value === 0 ? 0 : -value, money);
      }
      case 'binary': {
        const { op } = node;
        if (op === 'and' || op === 'or') {
          // Short-circuit, so "count(x) > 0 and total / count(x) > 5" never divides by zero.
          const left = this.truth(node.left);
          if (left === (op === 'or')) return bool(left);
          return bool(this.truth(node.right));
        }
        const left = this.eval(node.left);
        const right = this.eval(node.right);
        if (isComparisonOp(op)) return compare(op, left, right, node, (n) => this.charge(n, node));
        return arithmetic(op, left, right, node);
      }
      case 'call':
        return this.call(node);
      default:
        return fail(
          'expression.runtime',
          'This expression contains something that is not part of the language',
          undefined,
        );
    }
  }

  /** and/or/not and group conditions treat an unanswered condition as false. */
  private truth(node: ExprNode): boolean {
    const val = this.eval(node);
    return val.kind === 'none' ? false : expectBoolean(val, node);
  }

  private literal(node: ExprNode & { kind: 'literal' }): Val {
    const { type, value } = node;
    if ((type === 'number' || type === 'money') && typeof value === 'number' && Number.isFinite(value)) {
      return num(value, type === 'money');
    }
    if ((type === 'string' || type === 'date') && typeof value === 'string')
      return text(value, type === 'date');
    if (type === 'boolean' && typeof value === 'boolean') return bool(value);
    return fail('expression.runtime', 'This value is not a valid literal', node.span);
  }

  private list(items: readonly ExprNode[]): Val {
    const values: string[] = [];
    for (const item of items) {
      const val = this.eval(item);
      if (val.kind === 'text') values.push(val.value);
      else if (val.kind !== 'none')
        fail('expression.runtime', 'Lists can only hold text, for example ["pip", "dla"]', item.span);
    }
    return { kind: 'texts', value: values };
  }

  private field(node: FieldNode): Val {
    const charge = (n: number) => this.charge(n, node);
    const path = Array.isArray(node.path) ? node.path : [];
    if (node.name === ITEM && path.length > 0) {
      const frame = this.items[this.items.length - 1];
      const [sub = ''] = path;
      if (!frame || path.length > 1) {
        fail(
          'expression.runtime',
          `"${ITEM}.${path.join('.')}" can only be used inside any(), all() or countWhere()`,
          node.span,
        );
      }
      return readAnswer(ownValue(frame.value, sub), lookupField(frame.fields, sub), node, charge);
    }
    if (path.length > 0 || node.name === ITEM) {
      fail(
        'expression.runtime',
        `"${[node.name, ...path].join('.')}" can only be used as item.name inside any(), all() or countWhere()`,
        node.span,
      );
    }
    return readAnswer(ownValue(this.answers, node.name), lookupField(this.fields, node.name), node, charge);
  }

  private call(node: CallNode): Val {
    const spec = FUNCTIONS.get(node.name);
    if (!spec) return fail('expression.runtime', `There is no function called ${node.name}()`, node.span);
    if (node.args.length !== spec.params.length) {
      fail(
        'expression.runtime',
        `${node.name}() takes ${spec.params.length} values but was given ${node.args.length}`,
        node.span,
      );
    }
    if (node.name === 'if') return this.choose(node);
    if (!spec.run) return this.quantify(node);
    const args = node.args.map((arg) => ({ val: this.eval(arg), node: arg }));
    if (!spec.handlesUnanswered && args.some((arg) => arg.val.kind === 'none')) return NONE;
    return spec.run(args, { today: () => this.today(node) }, node);
  }

  /**
   * if(): only the chosen result is worked out, so the other may divide by zero or
   * read an unanswered question without effect. An unanswered test chooses the second.
   */
  private choose(node: CallNode): Val {
    const [condition, then, otherwise] = node.args as [ExprNode, ExprNode, ExprNode];
    return this.eval(this.truth(condition) ? then : otherwise);
  }

  /** any(), all() and countWhere(): the condition runs once per group member, with `item` bound to it. */
  private quantify(node: CallNode): Val {
    const [groupNode, condition] = node.args as [ExprNode, ExprNode];
    const group = this.eval(groupNode);
    if (group.kind === 'none') return node.name === 'countWhere' ? num(0) : NONE;
    // An empty list answer has no members whichever kind of list it is.
    const members =
      group.kind === 'items'
        ? group.value
        : group.kind === 'texts' && group.value.length === 0
          ? []
          : undefined;
    if (!members)
      return fail(
        'expression.runtime',
        `${node.name}() needs a group of answers as its first value`,
        groupNode.span,
      );
    const fields = group.kind === 'items' ? group.fields : undefined;
    let matches = 0;
    for (const member of members) {
      this.charge(1, node);
      this.items.push({ value: member, fields });
      const holds = this.truth(condition);
      this.items.pop();
      if (holds) matches++;
      if (node.name === 'any' && holds) return bool(true);
      if (node.name === 'all' && !holds) return bool(false);
    }
    return node.name === 'countWhere' ? num(matches) : bool(node.name === 'all');
  }

  private today(at: CallNode): CivilDate {
    const today = parseDate(ownValue(this.context, 'today'));
    if (!today)
      fail('expression.runtime', 'The date given as today is not a real date written as YYYY-MM-DD', at.span);
    return today;
  }
}
