import type { Journey } from '@fingerpost/schema';
import { blankJourney } from '../state/blank-journey';
import { withText } from '../state/text';

export const FIRST_VERSION = '0.1.0';

/**
 * The first draft of a new journey: blank, or a copy of an example under its new id and name
 * (other languages of the name are kept, for the designer to update).
 * @example newJourney({ id: 'report-a-pothole', title: 'Report a pothole' })
 */
export function newJourney(options: { id: string; title: string; example?: Journey }): Journey {
  if (!options.example) return blankJourney({ id: options.id, title: options.title, version: FIRST_VERSION });
  const copy = structuredClone(options.example);
  return {
    ...copy,
    id: options.id,
    version: FIRST_VERSION,
    title: withText(copy.title, 'en', options.title) ?? options.title,
  };
}
