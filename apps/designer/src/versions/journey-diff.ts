import type { Component, Journey, Step } from '@fingerpost/schema';
import { stepKindName, stepTitle } from '../map/step-summary';
import { textIn } from '../state/text';
import { jsonChanges } from './json-changes';

/** Changes to one part of a journey, in words. */
export interface ChangeGroup {
  title: string;
  changes: string[];
}

const NAMES: Record<string, string> = {
  title: 'title',
  description: 'description',
  label: 'question',
  hint: 'hint',
  body: 'text',
  caption: 'caption',
  intro: 'introduction',
  warning: 'warning',
  next: 'route',
  goTo: 'goes to',
  when: 'condition',
  showIf: 'shown when',
  optional: 'optional',
  validation: 'checks',
  errors: 'error message',
  cy: '(Welsh)',
  en: '(English)',
  outcome: 'outcome',
  reason: 'reason',
  result: 'result',
  rules: 'rule',
  otherwise: 'otherwise',
  tasks: 'task',
  roles: 'roles',
  decisions: 'decisions',
  deadline: 'deadline',
  options: 'option',
  languages: 'languages',
};

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function where(path: Array<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : (NAMES[p] ?? p))).join(' ');
}

function describe(path: Array<string | number>, before: unknown, after: unknown): string {
  const place = where(path) || 'value';
  if (before === undefined) return `${place} added: ${show(after)}`;
  if (after === undefined) return `${place} removed (was ${show(before)})`;
  return `${place} changed from ${show(before)} to ${show(after)}`;
}

const label = (c: Component) => textIn(c.label, 'en') || c.field;

/** Questions on a page, matched by the answer they ask: added, removed, moved, changed. */
function componentChanges(before: readonly Component[], after: readonly Component[]): string[] {
  const out: string[] = [];
  const beforeFields = before.map((c) => c.field);
  const afterFields = after.map((c) => c.field);
  for (const c of after) if (!beforeFields.includes(c.field)) out.push(`Question “${label(c)}” added`);
  for (const c of before) if (!afterFields.includes(c.field)) out.push(`Question “${label(c)}” removed`);
  const kept = afterFields.filter((f) => beforeFields.includes(f));
  const keptBefore = beforeFields.filter((f) => afterFields.includes(f));
  if (kept.join() !== keptBefore.join()) out.push(`Questions reordered: ${kept.join(', ')}`);
  for (const c of after) {
    const old = before.find((b) => b.field === c.field);
    if (!old) continue;
    for (const change of jsonChanges(old, c))
      out.push(`Question “${label(c)}”: ${describe(change.path, change.before, change.after)}`);
  }
  return out;
}

function stepChanges(before: Step, after: Step): string[] {
  if (before.type !== after.type) return [`Changed from ${stepKindName(before)} to ${stepKindName(after)}`];
  const out: string[] = [];
  const { components: beforeComponents, ...beforeRest } = before as Step & { components?: Component[] };
  const { components: afterComponents, ...afterRest } = after as Step & { components?: Component[] };
  for (const change of jsonChanges(beforeRest, afterRest))
    out.push(describe(change.path, change.before, change.after));
  if (beforeComponents && afterComponents) out.push(...componentChanges(beforeComponents, afterComponents));
  return out;
}

/**
 * What changed between two versions of a journey, in words a designer reads: the settings, the
 * answers collected, and each step (matched by id; questions matched by the answer they ask).
 */
export function describeChanges(before: Journey, after: Journey): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  const { steps: beforeSteps, fields: beforeFields, version: _a, ...beforeSettings } = before;
  const { steps: afterSteps, fields: afterFields, version: _b, ...afterSettings } = after;
  const settings = jsonChanges(beforeSettings, afterSettings).map((c) => describe(c.path, c.before, c.after));
  if (settings.length > 0) groups.push({ title: 'Journey settings', changes: settings });
  const fields = [
    ...Object.keys(afterFields)
      .filter((f) => !(f in beforeFields))
      .map((f) => `Answer ${f} added (${afterFields[f]?.type})`),
    ...Object.keys(beforeFields)
      .filter((f) => !(f in afterFields))
      .map((f) => `Answer ${f} removed`),
    ...Object.keys(afterFields)
      .filter((f) => f in beforeFields)
      .flatMap((f) =>
        jsonChanges(beforeFields[f], afterFields[f]).map(
          (c) => `Answer ${f}: ${describe(c.path, c.before, c.after)}`,
        ),
      ),
  ];
  if (fields.length > 0) groups.push({ title: 'Answers collected', changes: fields });
  const beforeById = new Map(beforeSteps.map((s) => [s.id, s]));
  const afterById = new Map(afterSteps.map((s) => [s.id, s]));
  for (const step of afterSteps) {
    const old = beforeById.get(step.id);
    const title = `${stepKindName(step)} “${stepTitle(step)}” (${step.id})`;
    if (!old) groups.push({ title, changes: ['Step added'] });
    else {
      const changes = stepChanges(old, step);
      if (changes.length > 0) groups.push({ title, changes });
    }
  }
  for (const step of beforeSteps) {
    if (!afterById.has(step.id))
      groups.push({
        title: `${stepKindName(step)} “${stepTitle(step)}” (${step.id})`,
        changes: ['Step removed'],
      });
  }
  return groups;
}
