import type { Position } from '../state/editor-types';

const key = (journeyId: string) => `fingerpost.designer.layout.${journeyId}`;

/**
 * Map positions the designer chose, kept in this browser per journey: the journey format has no
 * place for layout, and positions are the designer's view, not the service's definition.
 */
export function loadLayout(journeyId: string, storage: Storage = localStorage): Record<string, Position> {
  try {
    const value = JSON.parse(storage.getItem(key(journeyId)) ?? '{}') as Record<string, Position>;
    return Object.fromEntries(
      Object.entries(value).filter(([, p]) => typeof p?.x === 'number' && typeof p?.y === 'number'),
    );
  } catch {
    return {};
  }
}

export function saveLayout(
  journeyId: string,
  layout: Readonly<Record<string, Position>>,
  storage: Storage = localStorage,
): void {
  storage.setItem(key(journeyId), JSON.stringify(layout));
}
