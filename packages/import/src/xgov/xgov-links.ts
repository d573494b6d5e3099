import type { Next, Transition } from '@fingerpost/schema';
import type { JourneyDraft } from '../build/journey-draft';
import { nextOf } from '../build/next';
import type { Translation } from '../conditions/translate';
import type { XgovPage } from './xgov-source';

export function reachablePages(start: XgovPage, byPath: ReadonlyMap<string, XgovPage>): Set<XgovPage> {
  const seen = new Set<XgovPage>();
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.pop()!;
    if (seen.has(page)) continue;
    seen.add(page);
    for (const link of page.links) {
      const target = link.path ? byPath.get(link.path) : undefined;
      if (target) queue.push(target);
    }
  }
  return seen;
}

/**
 * Where a page leads. The runner takes the first link whose condition holds, else the last link
 * without a condition, else the summary: conditional links become transitions in order, then the
 * default.
 */
export function pageNext(
  page: XgovPage,
  targetOf: (path: string) => string | undefined,
  translated: (name: string) => Translation,
  afterLastPage: string,
  draft: JourneyDraft,
): Next {
  const conditional: Transition[] = [];
  let fallback: string | undefined;
  for (const link of page.links) {
    if (link.redirect) {
      draft.report.dropped(
        link.pointer,
        `link to ${link.redirect}`,
        'links that leave the form (redirect) are not part of a journey',
      );
      continue;
    }
    const target = link.path ? targetOf(link.path) : undefined;
    if (!target) {
      draft.report.dropped(link.pointer, `link to "${link.path ?? ''}"`, 'no page of the form has this path');
      continue;
    }
    if (!link.condition) {
      fallback = target;
      continue;
    }
    const translation = translated(link.condition);
    if (translation.ok) conditional.push({ when: translation.expression, goTo: target });
    else
      draft.report.dropped(
        link.pointer,
        `link to "${link.path}" when "${link.condition}"`,
        translation.reason,
      );
  }
  const otherwise = fallback ?? afterLastPage;
  return nextOf(conditional, otherwise);
}
