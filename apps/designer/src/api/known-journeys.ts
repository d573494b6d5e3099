const KEY = 'fingerpost.designer.journeys';

/**
 * Journeys this browser has drafted. The server lists published journeys to anyone, but has no list
 * of journeys that exist only as drafts, so the designer remembers the ids it has worked on.
 */
export function knownJourneyIds(storage: Storage = localStorage): string[] {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberJourney(id: string, storage: Storage = localStorage): void {
  const ids = knownJourneyIds(storage);
  if (!ids.includes(id)) storage.setItem(KEY, JSON.stringify([...ids, id]));
}

export function forgetJourney(id: string, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(knownJourneyIds(storage).filter((known) => known !== id)));
}
