import type { Component, Journey, Next, Step } from '@fingerpost/schema';
import type { JourneySpec, PageCondition, PageSpec, QuestionSpec } from './description';

export const END_STEP = 'application-sent';

const FIELD_TYPE = {
  name: 'text',
  age: 'number',
  email: 'email',
  note: 'longText',
  count: 'number',
} as const;

function component(q: QuestionSpec): Component {
  const validation =
    q.min !== undefined || q.max !== undefined
      ? { min: q.min, max: q.max }
      : q.minLength !== undefined || q.maxLength !== undefined
        ? { minLength: q.minLength, maxLength: q.maxLength }
        : undefined;
  return {
    field: q.name,
    label: q.label,
    subject: q.label.toLowerCase(),
    ...(q.required ? {} : { optional: true }),
    ...(validation ? { validation } : {}),
  } as Component;
}

function condition(c: PageCondition): string {
  return `${c.question} >= ${c.atLeast}`;
}

/** Where a resident goes after page `index`: the next page, skipping it when its condition fails. */
function nextAfter(pages: PageSpec[], index: number): Next {
  const idAt = (i: number) => pages[i]?.name ?? END_STEP;
  const following = pages[index + 1];
  if (!following?.showIf) return idAt(index + 1);
  return [{ when: condition(following.showIf), goTo: following.name }, { goTo: idAt(index + 2) }];
}

/**
 * The description as a Fingerpost journey: one question step per page, page conditions as
 * transitions on the page before, and a submitted end.
 * @example validateJourney(toFingerpost(describeJourney(50))).ok // true
 */
export function toFingerpost(spec: JourneySpec): Journey {
  const fields: Journey['fields'] = {};
  for (const page of spec.pages) {
    for (const q of page.questions)
      fields[q.name] = { type: FIELD_TYPE[q.kind] } as Journey['fields'][string];
  }
  const steps: Step[] = spec.pages.map((page, index) => {
    const single = page.questions.length === 1;
    return {
      id: page.name,
      type: 'question',
      ...(single ? {} : { title: page.title }),
      components: page.questions.map(component),
      next: nextAfter(spec.pages, index),
    } as Step;
  });
  steps.push({ id: END_STEP, type: 'end', outcome: 'submitted', title: 'Application sent' } as Step);
  return {
    id: spec.id,
    version: '1.0.0',
    title: spec.title,
    description: 'Generated for benchmarks.',
    serviceArea: 'other',
    owner: { name: 'Benchmark Borough Council' },
    languages: ['en'],
    fields,
    start: spec.pages[0]!.name,
    steps: steps as Journey['steps'],
  };
}
