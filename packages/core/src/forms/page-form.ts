import type { AddAnotherStep, ChoiceField, Journey, QuestionStep } from '@fingerpost/schema';
import { fieldOfError, issueFromAjv } from './ajv-issues';
import { bindComponents } from './bind-components';
import { coerceField } from './coerce-field';
import type { Coerced, Issue } from './coerced';
import { type Condition, compileCondition, conditionHolds } from './conditions';
import { describeIssue } from './describe-issue';
import { pageSchema, patternCompiles } from './page-schema';
import { PageValidators } from './page-validators';
import type { BoundComponent, FieldError, FormContext, FormResult, PageForm } from './types';

interface CompiledComponent extends BoundComponent {
  readonly optionValues: ReadonlySet<string>;
  readonly condition: Condition | null;
  /** The designer's pattern does not compile: any answer is reported as a format error. */
  readonly patternBroken: boolean;
  readonly requiredIssue: Issue;
}

/** Whether anything was posted for a field (a date or address counts when any part was). */
function wasTyped(raw: unknown): boolean {
  if (raw === undefined) return false;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return true;
  return Object.values(raw).some((part) => part !== undefined);
}

const noOptions: ReadonlySet<string> = new Set();

function requiredIssue(bound: BoundComponent): Issue {
  switch (bound.type) {
    case 'yesNo':
    case 'singleChoice':
    case 'multipleChoice':
      return { code: 'required', key: 'requiredSelect' };
    case 'file':
      return { code: 'required', key: 'requiredUpload' };
    default:
      return { code: 'required', key: 'requiredEnter' };
  }
}

function compileComponent(bound: BoundComponent): CompiledComponent {
  const pattern = bound.component.validation?.pattern;
  return {
    ...bound,
    optionValues:
      'options' in bound.field
        ? new Set((bound.field as ChoiceField).options.map((o) => o.value))
        : noOptions,
    condition: bound.component.showIf === undefined ? null : compileCondition(bound.component.showIf),
    patternBroken: pattern !== undefined && !patternCompiles(pattern),
    requiredIssue: requiredIssue(bound),
  };
}

/** Checks that need today's date or a broken pattern, beyond what the page schema can say. */
function extraIssue(component: CompiledComponent, value: unknown, today: string): Issue | null {
  if (component.patternBroken && typeof value === 'string') return { code: 'format', key: 'pattern' };
  if (component.type !== 'date' || typeof value !== 'string') return null;
  const validation = component.component.validation;
  if (validation?.past && value >= today) return { code: 'past', key: 'past' };
  if (validation?.future && value <= today) return { code: 'future', key: 'future' };
  return null;
}

/**
 * Compiles a question page (or one item of an add-another page) once: coercion, conditions and an
 * ajv validator built from its components. The engine caches the result per page. The validator is
 * compiled on the page's first submission, through `validators` (shared by a compiled journey's
 * pages, so pages of the same shape share one validator).
 *
 * @example
 * const form = compilePageForm(step, journey);
 * const result = form.parse({ 'dob-day': '31', 'dob-month': '2', 'dob-year': '2024' }, {
 *   answers: {}, today: '2025-06-01', language: 'en',
 * });
 * // { ok: false, errors: [{ field: 'dob', code: 'format', part: 'day',
 * //   message: 'Date of birth must be a real date' }], values: {}, raw: { dob: { day: '31', … } } }
 */
export function compilePageForm(
  step: QuestionStep | AddAnotherStep,
  journey: Journey,
  validators: PageValidators = new PageValidators(),
): PageForm {
  const components = bindComponents(step, journey).map(compileComponent);
  const validator = validators.lazy(() => pageSchema(components));
  const indexOf = new Map(components.map((component, index) => [component.name, index]));
  const hasConditions = components.some((component) => component.condition !== null);
  const fields = components.map((component) => component.name);

  function visibility(merged: Readonly<Record<string, unknown>>, today: string): boolean[] {
    return components.map((c) => c.condition === null || conditionHolds(c.condition, merged, today));
  }

  function parse(input: Readonly<Record<string, unknown>>, context: FormContext): FormResult {
    const coerced: Coerced[] = components.map((c) => coerceField(c, c.optionValues, input));
    let visible: boolean[] | null = null;
    if (hasConditions) {
      const merged: Record<string, unknown> = { ...context.answers };
      coerced.forEach((result, index) => {
        if (result.status === 'value') merged[fields[index]!] = result.value;
      });
      visible = visibility(merged, context.today);
    }
    const values: Record<string, unknown> = {};
    const hidden: string[] = [];
    const issues: (Issue | undefined)[] = new Array(components.length);
    let failed = false;
    components.forEach((component, index) => {
      if (visible !== null && !visible[index]) {
        hidden.push(component.name);
        return;
      }
      const result = coerced[index]!;
      if (result.status === 'value') {
        values[component.name] = result.value;
        const extra = extraIssue(component, result.value, context.today);
        if (extra) issues[index] = extra;
      } else if (result.status === 'error') {
        issues[index] = result.issue;
      } else if (!component.component.optional) {
        issues[index] = component.requiredIssue;
      }
      if (issues[index]) failed = true;
    });
    const validate = validator();
    if (!validate(values)) {
      for (const error of validate.errors ?? []) {
        const index = indexOf.get(fieldOfError(error));
        if (index === undefined || issues[index]) continue;
        issues[index] = issueFromAjv(error, components[index]!);
        failed = true;
      }
    }
    if (!failed) return { ok: true, values, hidden };
    const errors: FieldError[] = [];
    const raw: Record<string, unknown> = {};
    components.forEach((component, index) => {
      const issue = issues[index];
      if (issue) errors.push(describeIssue(component, issue, context.language));
      const typed = coerced[index]!.raw;
      if (wasTyped(typed)) raw[component.name] = typed;
    });
    return { ok: false, errors, values, raw };
  }

  return {
    stepId: step.id,
    fields,
    parse,
    visibleFields(values, today) {
      if (!hasConditions) return [...fields];
      const visible = visibility(values, today);
      return fields.filter((_, index) => visible[index]);
    },
  };
}
