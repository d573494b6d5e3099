import type { Announcements } from '@dnd-kit/core';
import { COMPONENT_KIND_NAMES } from '../state/edits/templates';
import { CANVAS_ID, paletteKind } from './drag-ids';

/** What screen readers hear while questions are dragged, in the designer's words. */
export function pageAnnouncements(ids: readonly string[], labelOf: (id: string) => string): Announcements {
  const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const name = (id: string | number) => {
    const kind = paletteKind(id);
    return kind
      ? `new ${COMPONENT_KIND_NAMES[kind].toLowerCase()} question`
      : `question "${labelOf(String(id))}"`;
  };
  const where = (over: string | number | undefined) =>
    over === undefined
      ? 'no place on the page'
      : over === CANVAS_ID
        ? `at the end of the page, position ${ids.length + 1}`
        : `position ${position(over)} of ${ids.length}`;
  return {
    onDragStart: ({ active }) =>
      paletteKind(active.id)
        ? `Picked up ${name(active.id)}.`
        : `Picked up ${name(active.id)}. It is in position ${position(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) => `${name(active.id)} is over ${where(over?.id)}.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} was dropped at ${where(over.id)}.`
        : `${name(active.id)} was dropped outside the page. Nothing changed.`,
    onDragCancel: ({ active }) =>
      paletteKind(active.id)
        ? `Adding ${name(active.id)} was cancelled.`
        : `Moving ${name(active.id)} was cancelled. It is back in position ${position(active.id)} of ${ids.length}.`,
  };
}

export const SCREEN_READER_INSTRUCTIONS =
  'To move a question, press space or enter to pick it up. Use the up and down arrow keys to move it, then press space or enter to drop it, or escape to cancel. You can also use the Move up and Move down buttons.';
