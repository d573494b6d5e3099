import type { Component, Journey, Validation } from '../../generated/journey';
import { patternProblem } from '../../patterns/pattern-problem';
import { pointer, type ValidationIssue } from '../issue';

const TEXTUAL = ['text', 'longText', 'email', 'phone', 'postcode'];
const RULES_BY_TYPE: Record<keyof Validation, string[]> = {
  min: ['number', 'money'],
  max: ['number', 'money'],
  integer: ['number'],
  minLength: TEXTUAL,
  maxLength: TEXTUAL,
  maxWords: ['text', 'longText'],
  pattern: TEXTUAL,
  minItems: ['multipleChoice'],
  maxItems: ['multipleChoice'],
  past: ['date'],
  future: ['date'],
  notBefore: ['date'],
  notAfter: ['date'],
  maxSizeKb: ['file'],
  accept: ['file'],
};
const WIDGETS: Record<string, string[]> = {
  radios: ['singleChoice', 'yesNo'],
  select: ['singleChoice'],
  checkboxes: ['multipleChoice'],
  textarea: ['longText'],
  characterCount: ['longText'],
  addressLookup: ['address'],
};

function rangeIssues(v: Validation, path: string): ValidationIssue[] {
  const pairs: Array<[keyof Validation, keyof Validation]> = [
    ['min', 'max'],
    ['minLength', 'maxLength'],
    ['minItems', 'maxItems'],
    ['notBefore', 'notAfter'],
  ];
  const issues: ValidationIssue[] = [];
  for (const [low, high] of pairs) {
    const a = v[low];
    const b = v[high];
    if (a !== undefined && b !== undefined && a > b) {
      issues.push({
        code: 'journey.validation-range',
        path: path + pointer(low),
        message: `"${low}" (${a}) is more than "${high}" (${b}): no answer could pass. Swap or correct them`,
      });
    }
  }
  if (v.past && v.future)
    issues.push({
      code: 'journey.validation-range',
      path: path + pointer('future'),
      message: 'A date cannot be both in the past and in the future: keep one of "past" and "future"',
    });
  return issues;
}

function componentIssues(component: Component, type: string, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (component.widget && !WIDGETS[component.widget]?.includes(type)) {
    issues.push({
      code: 'journey.widget-not-applicable',
      path: path + pointer('widget'),
      message: `The "${component.widget}" widget cannot show a ${type} field: use it for ${WIDGETS[component.widget]?.join(' or ')} fields, or remove it`,
    });
  }
  const validation = component.validation ?? {};
  for (const rule of Object.keys(validation) as Array<keyof Validation>) {
    if (!RULES_BY_TYPE[rule]?.includes(type)) {
      issues.push({
        code: 'journey.validation-not-applicable',
        path: path + pointer('validation', rule),
        message: `"${rule}" does not apply to a ${type} field: it is for ${RULES_BY_TYPE[rule]?.join(', ')} fields. Remove it`,
      });
    }
  }
  issues.push(...rangeIssues(validation, path + pointer('validation')));
  if (validation.pattern !== undefined) {
    const problem = patternProblem(validation.pattern);
    if (problem) {
      issues.push({
        code: problem.kind === 'invalid' ? 'journey.invalid-pattern' : 'journey.unsafe-pattern',
        path: path + pointer('validation', 'pattern'),
        message:
          problem.kind === 'invalid'
            ? `The pattern is not a valid regular expression: ${problem.detail}`
            : `The pattern is unsafe: ${problem.detail}. Rewrite it without nested repetition`,
      });
    }
  }
  return issues;
}

/** Each question's presentation and rules must suit the type of the field it collects. */
export function componentsIssues(journey: Journey): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  journey.steps.forEach((step, i) => {
    if (step.type !== 'question' && step.type !== 'addAnother') return;
    const group = step.type === 'addAnother' ? journey.fields[step.group] : undefined;
    const scope = group?.type === 'group' ? group.fields : journey.fields;
    step.components.forEach((component, j) => {
      const field = scope[component.field];
      if (field) issues.push(...componentIssues(component, field.type, pointer('steps', i, 'components', j)));
    });
  });
  for (const [name, field] of Object.entries(journey.fields)) {
    if (field?.type === 'singleChoice') {
      field.options.forEach((option, j) => {
        if (option.exclusive)
          issues.push({
            code: 'journey.exclusive-not-applicable',
            path: pointer('fields', name, 'options', j, 'exclusive'),
            message:
              'Only multiple-choice options can be exclusive: a single choice is exclusive already. Remove "exclusive"',
          });
      });
    }
    if (
      field?.type === 'group' &&
      field.minItems !== undefined &&
      field.maxItems !== undefined &&
      field.minItems > field.maxItems
    ) {
      issues.push({
        code: 'journey.validation-range',
        path: pointer('fields', name, 'minItems'),
        message: `"minItems" (${field.minItems}) is more than "maxItems" (${field.maxItems})`,
      });
    }
  }
  return issues;
}
