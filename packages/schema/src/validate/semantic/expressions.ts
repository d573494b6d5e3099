import {
  checkExpression,
  type ExpressionError,
  type ExpressionScope,
  parseExpression,
} from '../../expressions';
import type { Journey, Next } from '../../generated/journey';
import { pointer, type ValidationIssue } from '../issue';
import { journeyScope } from './scope';

type Expected = 'boolean' | 'date' | 'number' | 'money' | 'string' | undefined;

function toIssue(error: ExpressionError, path: string, source: string): ValidationIssue {
  const where =
    source.includes('\n') || source.length > 30
      ? ` (line ${error.line}, column ${error.column})`
      : ` (column ${error.column})`;
  return { code: error.code, path, message: `${error.message}${where}` };
}

function check(source: string, path: string, scope: ExpressionScope, expected: Expected): ValidationIssue[] {
  const parsed = parseExpression(source);
  if (!parsed.ok) return [toIssue(parsed.error, path, source)];
  return checkExpression(parsed.ast, scope, expected).map((e) => toIssue(e, path, source));
}

function nextConditions(next: Next, path: Array<string | number>, scope: ExpressionScope): ValidationIssue[] {
  if (typeof next === 'string') return [];
  return next.flatMap((t, i) =>
    t.when === undefined ? [] : check(t.when, pointer(...path, i, 'when'), scope, 'boolean'),
  );
}

const EXPECTED_BY_FIELD: Record<string, Expected> = {
  date: 'date',
  number: 'number',
  money: 'money',
  yesNo: 'boolean',
  text: 'string',
  longText: 'string',
};

/** Parses and type-checks every expression in the journey against its data model. */
export function expressionIssues(journey: Journey): ValidationIssue[] {
  const scope = journeyScope(journey);
  const issues: ValidationIssue[] = [];
  journey.steps.forEach((step, i) => {
    if (step.type === 'question' || step.type === 'addAnother') {
      const pageScope = step.type === 'addAnother' ? journeyScope(journey, step.group) : scope;
      step.components.forEach((c, j) => {
        if (c.showIf !== undefined)
          issues.push(
            ...check(c.showIf, pointer('steps', i, 'components', j, 'showIf'), pageScope, 'boolean'),
          );
      });
    }
    if (step.type === 'eligibility') {
      for (const [j, rule] of step.rules.entries()) {
        issues.push(...check(rule.when, pointer('steps', i, 'rules', j, 'when'), scope, 'boolean'));
      }
    } else if (step.type === 'approval') {
      for (const [name, source] of Object.entries(step.onApproved?.set ?? {})) {
        if (source === undefined) continue;
        const field = journey.fields[name];
        issues.push(
          ...check(
            source,
            pointer('steps', i, 'onApproved', 'set', name),
            scope,
            field ? EXPECTED_BY_FIELD[field.type] : undefined,
          ),
        );
      }
    } else if (step.type !== 'end') {
      if (step.type === 'payment' && typeof step.amount === 'string')
        issues.push(...check(step.amount, pointer('steps', i, 'amount'), scope, 'money'));
      issues.push(...nextConditions(step.next, ['steps', i, 'next'], scope));
    }
  });
  (journey.outputs ?? []).forEach((output, i) => {
    if (output.type !== 'email') return;
    for (const [key, source] of Object.entries(output.personalisation ?? {})) {
      if (source !== undefined)
        issues.push(...check(source, pointer('outputs', i, 'personalisation', key), scope, undefined));
    }
  });
  return issues;
}
