import {
  closestName,
  type Journey,
  pointer,
  type ScenarioAction,
  type ScenarioExpectation,
  type ScenarioFile,
} from '@fingerpost/schema';
import type { ScenarioFileError } from './types';

interface Names {
  steps: Set<string>;
  pages: Map<string, Set<string>>;
  fields: Set<string>;
  tasks: Set<string>;
  roles: Set<string>;
  rules: Set<string>;
}

function namesOf(journey: Journey): Names {
  const names: Names = {
    steps: new Set(),
    pages: new Map(),
    fields: new Set(Object.keys(journey.fields)),
    tasks: new Set(),
    roles: new Set((journey.roles ?? []).map((r) => r.id)),
    rules: new Set(['otherwise']),
  };
  for (const step of journey.steps) {
    names.steps.add(step.id);
    if (step.type === 'question' || step.type === 'addAnother')
      names.pages.set(step.id, new Set(step.components.map((c) => c.field)));
    if (step.type === 'approval') for (const task of step.tasks) names.tasks.add(task.id);
    if (step.type === 'eligibility') for (const rule of step.rules) names.rules.add(rule.id);
  }
  return names;
}

function unknown(kind: string, name: string, known: Iterable<string>, path: string): ScenarioFileError {
  const near = closestName(name, known);
  return {
    code: `scenario.unknown-${kind}`,
    message: `There is no ${kind} "${name}" in the journey${near ? `. Did you mean "${near}"?` : ''}`,
    path,
  };
}

/** An HTML form posts a date as `${field}-day`, `-month`, `-year` and an address as `${field}-line1`, …. */
function fieldOfInput(key: string, fields: Set<string>): string {
  if (fields.has(key)) return key;
  const dash = key.lastIndexOf('-');
  return dash > 0 ? key.slice(0, dash) : key;
}

function checkExpectation(expect: ScenarioExpectation, names: Names, path: string): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  if (expect.step !== undefined && !names.steps.has(expect.step))
    errors.push(unknown('step', expect.step, names.steps, `${path}/step`));
  const rule = expect.eligibility?.rule;
  if (rule !== undefined && !names.rules.has(rule))
    errors.push(unknown('eligibility rule', rule, names.rules, `${path}/eligibility/rule`));
  for (const field of Object.keys(expect.answers ?? {}))
    if (!names.fields.has(field))
      errors.push(unknown('field', field, names.fields, `${path}/answers${pointer(field)}`));
  (expect.openTasks ?? []).forEach((task, i) => {
    if (!names.tasks.has(task)) errors.push(unknown('task', task, names.tasks, `${path}/openTasks/${i}`));
  });
  return errors;
}

function checkAnswers(
  page: string,
  answers: object | undefined,
  names: Names,
  path: string,
): ScenarioFileError[] {
  const fields = names.pages.get(page);
  if (!fields || !answers) return [];
  return Object.keys(answers)
    .filter((key) => !fields.has(fieldOfInput(key, fields)))
    .map((key) => ({
      code: 'scenario.unknown-answer',
      message: `"${page}" does not ask "${key}"; it asks ${[...fields].join(', ')}`,
      path: `${path}/answers${pointer(key)}`,
    }));
}

function checkAction(action: ScenarioAction, names: Names, path: string): ScenarioFileError[] {
  if ('submit' in action) {
    if (!names.steps.has(action.submit))
      return [unknown('step', action.submit, names.steps, `${path}/submit`)];
    return checkAnswers(action.submit, action.answers, names, path);
  }
  if ('addItem' in action) {
    if (!names.steps.has(action.addItem))
      return [unknown('step', action.addItem, names.steps, `${path}/addItem`)];
    return checkAnswers(action.addItem, action.answers, names, path);
  }
  if ('change' in action && !names.steps.has(action.change))
    return [unknown('step', action.change, names.steps, `${path}/change`)];
  if ('decide' in action) {
    const errors: ScenarioFileError[] = [];
    // A scenario may check that an unknown task or role is refused.
    if (action.expectError !== undefined) return errors;
    if (!names.tasks.has(action.decide))
      errors.push(unknown('task', action.decide, names.tasks, `${path}/decide`));
    if (!names.roles.has(action.role)) errors.push(unknown('role', action.role, names.roles, `${path}/role`));
    return errors;
  }
  if ('expect' in action) return checkExpectation(action.expect, names, `${path}/expect`);
  return [];
}

/**
 * Checks that a (schema-valid) scenario file fits the journey: the journey's id and version, and
 * every step, field, task, role and rule it names. Each error has a "Did you mean" when a name is close.
 * @example
 * const errors = checkScenarioFile(journey, file);
 * // [{ code: 'scenario.unknown-step', path: '/scenarios/0/actions/1/submit', message: 'There is no step "contakt" in the journey. Did you mean "contact"?' }]
 */
export function checkScenarioFile(journey: Journey, file: ScenarioFile): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  if (file.journey !== journey.id) {
    errors.push({
      code: 'scenario.wrong-journey',
      message: `These scenarios are for the journey "${file.journey}", not "${journey.id}"`,
      path: '/journey',
    });
  }
  if (file.version !== undefined && file.version !== journey.version) {
    errors.push({
      code: 'scenario.wrong-version',
      message: `These scenarios are for version ${file.version} of "${file.journey}"; the journey is version ${journey.version}`,
      path: '/version',
    });
  }
  const names = namesOf(journey);
  file.scenarios.forEach((scenario, s) => {
    scenario.actions.forEach((action, a) => {
      errors.push(...checkAction(action, names, `/scenarios/${s}/actions/${a}`));
    });
    errors.push(...checkExpectation(scenario.expect, names, `/scenarios/${s}/expect`));
  });
  return errors;
}
