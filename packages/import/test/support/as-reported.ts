import type { ImportReport } from '../../src/types';
import type { Json } from './json';

/**
 * The source form less what the import report says was dropped from its routing: links
 * (`/pages/n/next/m`), page conditions (`/pages/n/condition`, the page is then always asked) and
 * routing conditions (`…/steps/n/routing_conditions/m`). The imported journey must behave exactly as
 * this form does: what the report does not mention must not change.
 */
export function asReported(form: Json, report: ImportReport): Json {
  const copy = structuredClone(form);
  const removals: Array<() => void> = [];
  for (const { path } of report.dropped) {
    const link = /^\/pages\/(\d+)\/next\/(\d+)$/.exec(path);
    if (link) removals.push(() => (copy.pages[Number(link[1])].next[Number(link[2])] = null));
    const condition = /^\/pages\/(\d+)\/condition$/.exec(path);
    if (condition) removals.push(() => delete copy.pages[Number(condition[1])].condition);
    const routing = /^(\/\d+)?\/steps\/(\d+)\/routing_conditions\/(\d+)$/.exec(path);
    if (routing) {
      const document = routing[1] ? copy[Number(routing[1].slice(1))] : copy;
      removals.push(() => (document.steps[Number(routing[2])].routing_conditions[Number(routing[3])] = null));
    }
  }
  for (const remove of removals) remove();
  for (const page of copy.pages ?? [])
    if (Array.isArray(page.next)) page.next = page.next.filter((l: unknown) => l !== null);
  for (const document of Array.isArray(copy) ? copy : [copy])
    for (const step of document.steps ?? [])
      if (Array.isArray(step.routing_conditions))
        step.routing_conditions = step.routing_conditions.filter((c: unknown) => c !== null);
  return copy;
}
