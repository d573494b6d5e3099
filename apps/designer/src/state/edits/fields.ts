import type { Field, Journey, Output, Step } from '@fingerpost/schema';
import { expressionSites } from './expression-sites';
import { expressionMentions, renameFieldInExpression } from './expressions';
import { getIn, setIn, withSteps } from './journey-parts';

function renameInStep(step: Step, from: string, to: string): Step {
  if (step.type === 'question') {
    return {
      ...step,
      components: step.components.map((c) =>
        c.field === from ? { ...c, field: to } : c,
      ) as typeof step.components,
    };
  }
  if (step.type === 'addAnother' && step.group === from) return { ...step, group: to };
  if (step.type === 'approval' && step.onApproved?.set && from in step.onApproved.set) {
    const set = Object.fromEntries(
      Object.entries(step.onApproved.set).map(([k, v]) => [k === from ? to : k, v]),
    );
    return { ...step, onApproved: { ...step.onApproved, set } };
  }
  return step;
}

/**
 * Renames a field of the data model and every use of it: components, add-another groups, values
 * set on approval, email recipients and every expression that reads it.
 * @example renameField(journey, 'dob', 'dateOfBirth')
 */
export function renameField(journey: Journey, from: string, to: string): Journey {
  if (from === to || !(from in journey.fields) || to in journey.fields) return journey;
  const fields = Object.fromEntries(Object.entries(journey.fields).map(([k, v]) => [k === from ? to : k, v]));
  let renamed: Journey = {
    ...withSteps(
      journey,
      journey.steps.map((s) => renameInStep(s, from, to)),
    ),
    fields,
  };
  if (renamed.outputs) {
    renamed = {
      ...renamed,
      outputs: renamed.outputs.map((o): Output => (o.type === 'email' && o.to === from ? { ...o, to } : o)),
    };
  }
  for (const site of expressionSites(renamed)) {
    const rewritten = renameFieldInExpression(site.source, from, to);
    if (rewritten !== site.source) renamed = setIn(renamed, site.path, rewritten);
  }
  return renamed;
}

/**
 * Renames a field inside an add-another group: the group's field, the page's components and its
 * summary field. (Conditions read group members through `item.…`, which stay as written.)
 */
export function renameGroupField(journey: Journey, group: string, from: string, to: string): Journey {
  const field = journey.fields[group];
  if (field?.type !== 'group' || !(from in field.fields) || to in field.fields) return journey;
  const fields = Object.fromEntries(Object.entries(field.fields).map(([k, v]) => [k === from ? to : k, v]));
  const steps = journey.steps.map((s): Step => {
    if (s.type !== 'addAnother' || s.group !== group) return s;
    return {
      ...s,
      components: s.components.map((c) =>
        c.field === from ? { ...c, field: to } : c,
      ) as typeof s.components,
      ...(s.summaryField === from ? { summaryField: to } : {}),
    };
  });
  return { ...withSteps(journey, steps), fields: { ...journey.fields, [group]: { ...field, fields } } };
}

/** Whether anything in the journey uses a field: a component, a group page, an expression or an output. */
export function fieldInUse(journey: Journey, name: string): boolean {
  for (const step of journey.steps) {
    if (step.type === 'question' && step.components.some((c) => c.field === name)) return true;
    if (step.type === 'addAnother' && step.group === name) return true;
    if (step.type === 'approval' && step.onApproved?.set && name in step.onApproved.set) return true;
  }
  if ((journey.outputs ?? []).some((o) => o.type === 'email' && o.to === name)) return true;
  return expressionSites(journey).some((site) => expressionMentions(site.source, name));
}

/** Drops fields nothing uses any more (after their last component went), keeping the rest. */
export function dropUnusedFields(journey: Journey, candidates: readonly string[]): Journey {
  const unused = candidates.filter((name) => name in journey.fields && !fieldInUse(journey, name));
  if (unused.length === 0) return journey;
  const fields = { ...journey.fields };
  for (const name of unused) delete fields[name];
  return { ...journey, fields };
}

/** Replaces a field's definition (its type, options, description). */
export function setField(journey: Journey, name: string, field: Field): Journey {
  return { ...journey, fields: { ...journey.fields, [name]: field } };
}

/** Replaces a field inside an add-another group. */
export function setGroupField(journey: Journey, group: string, name: string, field: Field): Journey {
  const groupField = journey.fields[group];
  if (groupField?.type !== 'group' || field.type === 'group') return journey;
  return setField(journey, group, { ...groupField, fields: { ...groupField.fields, [name]: field } });
}

export { getIn };
