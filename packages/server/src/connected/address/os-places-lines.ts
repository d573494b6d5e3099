import { prop, str } from '../http/request-json';
import { addressLabel } from './address-label';
import { normalisePostcode } from './postcode';
import type { Address } from './types';

const LOWER_WORDS = new Set(['of', 'the', 'and', 'upon', 'on', 'in', 'by', 'under', 'le', 'de']);

function titleWord(word: string, first: boolean): string {
  if (/\d/.test(word)) return word.toUpperCase();
  const lower = word.toLowerCase();
  if (!first && LOWER_WORDS.has(lower)) return lower;
  // O'NEILL → O'Neill, but ST JOHN'S → St John's.
  const apostrophe = /^([od])'(\w{2,})$/.exec(lower);
  if (apostrophe) return `${(apostrophe[1] as string).toUpperCase()}'${cap(apostrophe[2] as string)}`;
  return cap(lower);
}
const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** OS Places gives names in capitals; residents read them better as "Newton St Cyres" or "Stoke-on-Trent". */
export function titleCase(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => titleWord(part, i === 0 && j === 0))
        .join('-'),
    )
    .join(' ');
}

// A building "name" such as 12A or 3-5 is really a number and sits with the street, as Royal Mail prints it.
const NUMBER_LIKE = /^\d+[a-z]?(-\d+[a-z]?)?$/i;

/**
 * Turns one OS Places DPA record (Royal Mail's Postcode Address File fields) into an address:
 * organisation, sub-building and building name, then number and street on line 1; localities
 * on line 2; the post town as the town. Undefined when the record lacks a post town or postcode.
 */
export function addressFromDpa(dpa: unknown): Address | undefined {
  const field = (name: string): string | undefined => {
    const value = str(prop(dpa, name))?.trim();
    return value ? value : undefined;
  };
  const town = field('POST_TOWN');
  const postcode = normalisePostcode(field('POSTCODE') ?? '');
  if (!town || !postcode) return undefined;
  let number = field('BUILDING_NUMBER');
  let name = field('BUILDING_NAME');
  if (!number && name && NUMBER_LIKE.test(name)) {
    number = name;
    name = undefined;
  }
  const streets = [field('DEPENDENT_THOROUGHFARE_NAME'), field('THOROUGHFARE_NAME')].filter(
    (s): s is string => s !== undefined,
  );
  const localities = [field('DOUBLE_DEPENDENT_LOCALITY'), field('DEPENDENT_LOCALITY')].filter(
    (s): s is string => s !== undefined,
  );
  const [firstStreet, ...otherStreets] = streets.map(titleCase);
  const places = localities.map(titleCase);
  let street: string | undefined = firstStreet;
  if (number) street = `${number.toUpperCase()} ${firstStreet ?? places.shift() ?? ''}`.trim();
  const premises = [field('ORGANISATION_NAME'), field('SUB_BUILDING_NAME'), name]
    .filter((s): s is string => s !== undefined)
    .map(titleCase);
  const line1Parts = [...premises, street, ...otherStreets].filter(
    (s): s is string => s !== undefined && s !== '',
  );
  const line1 = line1Parts.join(', ');
  if (!line1) return undefined;
  const fields: Omit<Address, 'label'> = { line1, town: titleCase(town), postcode };
  if (places.length > 0) fields.line2 = places.join(', ');
  const uprn = field('UPRN');
  if (uprn) fields.uprn = uprn;
  return { ...fields, label: addressLabel(fields) };
}
