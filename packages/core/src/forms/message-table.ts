import type { DatePart } from './types';

/** Values a built-in message may mention, already formatted for the language. */
export interface MessageParams {
  /** How the question is named, e.g. "your date of birth". */
  subject: string;
  /** Limits (numbers, money or dates), formatted. */
  min?: string;
  max?: string;
  count?: number;
  /** Missing parts of a date. */
  parts?: readonly DatePart[];
  /** The label of an exclusive option such as "None of these". */
  option?: string;
  /** Accepted file types, e.g. "JPG, PNG or PDF". */
  types?: string;
  /** Largest file size, e.g. "2MB". */
  size?: string;
  /** For group counts: what one item is called, e.g. "person". */
  item?: string;
}

type Message = (params: MessageParams) => string;

/** Every built-in message and word, for one language. One table file per language. */
export interface MessageTable {
  requiredEnter: Message;
  requiredSelect: Message;
  requiredUpload: Message;
  dateMissingParts: Message;
  dateReal: Message;
  dateYearDigits: Message;
  past: Message;
  future: Message;
  notBefore: Message;
  notAfter: Message;
  numberFormat: Message;
  integer: Message;
  min: Message;
  max: Message;
  between: Message;
  moneyFormat: Message;
  moneyDecimals: Message;
  minLength: Message;
  maxLength: Message;
  maxWords: Message;
  pattern: Message;
  email: Message;
  phone: Message;
  postcode: Message;
  choice: Message;
  minItems: Message;
  maxItems: Message;
  exclusive: Message;
  fileFormat: Message;
  maxSizeKb: Message;
  accept: Message;
  addressLine1: Message;
  addressTown: Message;
  addressPostcode: Message;
  groupMinItems: Message;
  groupMaxItems: Message;
  words: {
    yes: string;
    no: string;
    notProvided: string;
    months: readonly string[];
    /** Joins a list with "and" or "or" in this language: ["a", "b", "c"] gives "a, b and c". */
    and: (items: readonly string[]) => string;
    or: (items: readonly string[]) => string;
  };
}

export type MessageKey = Exclude<keyof MessageTable, 'words'>;

/** "a, b and c" with the language's conjunction. */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
