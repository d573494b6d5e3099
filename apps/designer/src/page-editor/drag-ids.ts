import type { Component } from '@fingerpost/schema';
import type { ComponentKind } from '../state/edits/templates';

export const CANVAS_ID = 'page-canvas';
const PALETTE = 'palette:';

export const paletteId = (kind: ComponentKind) => `${PALETTE}${kind}`;

/** The palette kind a drag id stands for, or null for a question already on the page. */
export function paletteKind(id: string | number): ComponentKind | null {
  const text = String(id);
  return text.startsWith(PALETTE) ? (text.slice(PALETTE.length) as ComponentKind) : null;
}

/**
 * Stable ids for a page's questions while they move: the field each asks, numbered if two ask
 * the same one (an invalid page must still be editable).
 */
export function componentIds(components: readonly Component[]): string[] {
  const seen = new Map<string, number>();
  return components.map((c) => {
    const n = (seen.get(c.field) ?? 0) + 1;
    seen.set(c.field, n);
    return n === 1 ? `component:${c.field}` : `component:${c.field}#${n}`;
  });
}
