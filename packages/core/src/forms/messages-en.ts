import { joinList, type MessageTable } from './message-table';
import { capitalise } from './text';

const partNames = { day: 'day', month: 'month', year: 'year' } as const;

/** English plurals for item names such as "person" or "child". */
function plural(item: string, count: number): string {
  if (count === 1) return item;
  const irregular: Readonly<Record<string, string>> = {
    person: 'people',
    child: 'children',
    adult: 'adults',
  };
  const known = irregular[item.toLowerCase()];
  if (known) return known;
  if (/[^aeiou]y$/i.test(item)) return `${item.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(item)) return `${item}es`;
  return `${item}s`;
}

/** Built-in English messages, worded as the GOV.UK Design System recommends. */
export const messagesEn: MessageTable = {
  requiredEnter: (p) => `Enter ${p.subject}`,
  requiredSelect: (p) => `Select ${p.subject}`,
  requiredUpload: (p) => `Select ${p.subject}`,
  dateMissingParts: (p) =>
    `${capitalise(p.subject)} must include a ${joinList(
      (p.parts ?? []).map((part) => partNames[part]),
      'and',
    )}`,
  dateReal: (p) => `${capitalise(p.subject)} must be a real date`,
  dateYearDigits: () => 'Year must include 4 numbers',
  past: (p) => `${capitalise(p.subject)} must be in the past`,
  future: (p) => `${capitalise(p.subject)} must be in the future`,
  notBefore: (p) => `${capitalise(p.subject)} must be the same as or after ${p.min}`,
  notAfter: (p) => `${capitalise(p.subject)} must be the same as or before ${p.max}`,
  numberFormat: (p) => `${capitalise(p.subject)} must be a number`,
  integer: (p) => `${capitalise(p.subject)} must be a whole number`,
  min: (p) => `${capitalise(p.subject)} must be ${p.min} or more`,
  max: (p) => `${capitalise(p.subject)} must be ${p.max} or less`,
  between: (p) => `${capitalise(p.subject)} must be between ${p.min} and ${p.max}`,
  moneyFormat: (p) => `${capitalise(p.subject)} must be an amount of money, like 600 or 193.54`,
  moneyDecimals: (p) => `${capitalise(p.subject)} must not have more than 2 numbers after the decimal point`,
  minLength: (p) => `${capitalise(p.subject)} must be ${p.count} characters or more`,
  maxLength: (p) => `${capitalise(p.subject)} must be ${p.count} characters or less`,
  maxWords: (p) => `${capitalise(p.subject)} must be ${p.count} words or fewer`,
  pattern: (p) => `Enter ${p.subject} in the correct format`,
  email: () => 'Enter an email address in the correct format, like name@example.com',
  phone: () => 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
  postcode: () => 'Enter a real postcode',
  choice: (p) => `Select ${p.subject}`,
  minItems: (p) => `Select at least ${p.count} ${p.count === 1 ? 'option' : 'options'}`,
  maxItems: (p) => `Select no more than ${p.count} ${p.count === 1 ? 'option' : 'options'}`,
  exclusive: (p) => `Select '${p.option}' on its own, or select ${p.subject}`,
  fileFormat: (p) => `Select ${p.subject}`,
  maxSizeKb: (p) => `The selected file must be ${p.size} or smaller`,
  accept: (p) => `The selected file must be a ${p.types}`,
  addressLine1: () => 'Enter address line 1, typically the building and street',
  addressTown: () => 'Enter town or city',
  addressPostcode: () => 'Enter postcode',
  groupMinItems: (p) => `Add at least ${p.count} ${plural(p.item ?? '', p.count ?? 0)}`,
  groupMaxItems: (p) => `You can add up to ${p.count} ${plural(p.item ?? '', p.count ?? 0)}`,
  words: {
    yes: 'Yes',
    no: 'No',
    notProvided: 'Not provided',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    and: (items) => joinList(items, 'and'),
    or: (items) => joinList(items, 'or'),
  },
};
