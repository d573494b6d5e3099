import type { ApprovalStep, GroupField, Journey, Next, Step } from '../../generated/journey';
import { stepSuccessors } from '../../graph';
import { didYouMean } from '../../suggest';
import { pointer, type ValidationIssue } from '../issue';

function duplicates(journey: Journey): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  const claim = (kind: string, id: string, path: string) => {
    const key = `${kind}:${id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else
      issues.push({
        code: `journey.duplicate-${kind}-id`,
        path,
        message: `The ${kind} id "${id}" is already used at ${first}: give each ${kind} its own id`,
      });
  };
  journey.steps.forEach((step, i) => {
    claim('step', step.id, pointer('steps', i, 'id'));
    if (step.type === 'eligibility')
      for (const [j, r] of step.rules.entries()) claim('rule', r.id, pointer('steps', i, 'rules', j, 'id'));
    if (step.type === 'approval')
      for (const [j, t] of step.tasks.entries()) claim('task', t.id, pointer('steps', i, 'tasks', j, 'id'));
  });
  for (const [i, role] of (journey.roles ?? []).entries()) claim('role', role.id, pointer('roles', i, 'id'));
  for (const [name, field] of Object.entries(journey.fields)) {
    if (field?.type !== 'singleChoice' && field?.type !== 'multipleChoice') continue;
    const values = new Set<string>();
    field.options.forEach((option, j) => {
      if (values.has(option.value)) {
        issues.push({
          code: 'journey.duplicate-option',
          path: pointer('fields', name, 'options', j, 'value'),
          message: `"${option.value}" is already an option of "${name}": each option needs its own value`,
        });
      }
      values.add(option.value);
    });
  }
  return issues;
}

function transitionOrder(next: Next, path: Array<string | number>): ValidationIssue[] {
  if (typeof next === 'string') return [];
  const issues: ValidationIssue[] = [];
  next.forEach((transition, i) => {
    if (transition.when === undefined && i < next.length - 1) {
      issues.push({
        code: 'journey.default-not-last',
        path: pointer(...path, i),
        message: 'This transition has no "when", so the ones after it are never tried: move it to the end',
      });
    }
  });
  if (next[next.length - 1]?.when !== undefined) {
    issues.push({
      code: 'journey.missing-default',
      path: pointer(...path, next.length - 1),
      message:
        'The last transition has a "when": add a final transition without "when" for when no condition holds',
    });
  }
  return issues;
}

function stepReferences(step: Step, i: number, ids: Set<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const edge of stepSuccessors(step)) {
    if (!ids.has(edge.to)) {
      issues.push({
        code: 'journey.unknown-step',
        path: pointer('steps', i, ...edge.at),
        message: `There is no step "${edge.to}".${didYouMean(edge.to, ids)} Point to an existing step id`,
      });
    }
  }
  if ('next' in step && (Array.isArray(step.next) || typeof step.next === 'string'))
    issues.push(...transitionOrder(step.next, ['steps', i, 'next']));
  return issues;
}

function approvalReferences(
  step: ApprovalStep,
  i: number,
  journey: Journey,
  pages: Set<string>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const roles = new Set((journey.roles ?? []).map((r) => r.id));
  const unknownRole = (role: string, path: string) =>
    issues.push({
      code: 'journey.unknown-role',
      path,
      message: `The role "${role}" is not declared.${didYouMean(role, roles)} Add it to "roles" at the top of the journey`,
    });
  step.tasks.forEach((task, j) => {
    for (const [k, role] of task.roles.entries()) {
      if (!roles.has(role)) unknownRole(role, pointer('steps', i, 'tasks', j, 'roles', k));
    }
    if (task.onDeadline?.action === 'escalate' && !roles.has(task.onDeadline.role))
      unknownRole(task.onDeadline.role, pointer('steps', i, 'tasks', j, 'onDeadline', 'role'));
    (task.revisitable ?? []).forEach((page, k) => {
      if (!pages.has(page))
        issues.push({
          code: 'journey.not-a-page',
          path: pointer('steps', i, 'tasks', j, 'revisitable', k),
          message: `"${page}" is not a question or add-another step: a resident can only be asked to revisit pages with questions`,
        });
    });
  });
  for (const name of Object.keys(step.onApproved?.set ?? {})) {
    if (!journey.fields[name])
      issues.push({
        code: 'journey.unknown-field',
        path: pointer('steps', i, 'onApproved', 'set', name),
        message: `There is no field "${name}".${didYouMean(name, Object.keys(journey.fields))} Add it to "fields" first`,
      });
  }
  return issues;
}

function componentReferences(step: Step, i: number, journey: Journey): ValidationIssue[] {
  if (step.type !== 'question' && step.type !== 'addAnother') return [];
  const issues: ValidationIssue[] = [];
  let scope: Record<string, unknown> = journey.fields;
  let where = 'in "fields"';
  if (step.type === 'addAnother') {
    const group = journey.fields[step.group];
    if (group?.type !== 'group') {
      issues.push({
        code: 'journey.not-a-group',
        path: pointer('steps', i, 'group'),
        message: `"${step.group}" is not a group field: an add-another page collects the items of a field of type "group"`,
      });
      return issues;
    }
    scope = (group as GroupField).fields;
    where = `in the group "${step.group}"`;
    if (step.summaryField && !scope[step.summaryField]) {
      issues.push({
        code: 'journey.unknown-field',
        path: pointer('steps', i, 'summaryField'),
        message: `There is no field "${step.summaryField}" ${where}.${didYouMean(step.summaryField, Object.keys(scope))}`,
      });
    }
  } else if (step.components.length > 1 && step.title === undefined) {
    issues.push({
      code: 'journey.title-required',
      path: pointer('steps', i),
      message: 'A page with more than one question needs a "title" to be its heading',
    });
  }
  step.components.forEach((component, j) => {
    const field = scope[component.field] as { type?: string } | undefined;
    const path = pointer('steps', i, 'components', j, 'field');
    if (!field)
      issues.push({
        code: 'journey.unknown-field',
        path,
        message: `There is no field "${component.field}" ${where}.${didYouMean(component.field, Object.keys(scope))} Add it there or fix the name`,
      });
    else if (field.type === 'group')
      issues.push({
        code: 'journey.group-needs-add-another',
        path,
        message: `"${component.field}" is a repeating group: collect it with an "addAnother" step, not a question`,
      });
  });
  return issues;
}

function outputReferences(journey: Journey): ValidationIssue[] {
  return (journey.outputs ?? []).flatMap((output, i) => {
    if (output.type !== 'email') return [];
    const field = journey.fields[output.to];
    if (field?.type === 'email') return [];
    const path = pointer('outputs', i, 'to');
    return [
      field
        ? {
            code: 'journey.not-an-email-field',
            path,
            message: `"${output.to}" is a ${field.type} field: send emails to a field of type "email"`,
          }
        : {
            code: 'journey.unknown-field',
            path,
            message: `There is no field "${output.to}".${didYouMean(output.to, Object.keys(journey.fields))}`,
          },
    ];
  });
}

/** Ids that must be unique, references that must resolve, and transitions whose order matters. */
export function referenceIssues(journey: Journey): ValidationIssue[] {
  const ids = new Set(journey.steps.map((s) => s.id));
  const pages = new Set(
    journey.steps.filter((s) => s.type === 'question' || s.type === 'addAnother').map((s) => s.id),
  );
  const issues = [...duplicates(journey)];
  if (!ids.has(journey.start))
    issues.push({
      code: 'journey.unknown-step',
      path: '/start',
      message: `There is no step "${journey.start}" to start at.${didYouMean(journey.start, ids)}`,
    });
  journey.steps.forEach((step, i) => {
    issues.push(...stepReferences(step, i, ids), ...componentReferences(step, i, journey));
    if (step.type === 'approval') issues.push(...approvalReferences(step, i, journey, pages));
  });
  issues.push(...outputReferences(journey));
  return issues;
}
