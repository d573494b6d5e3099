import type { Text } from '@fingerpost/schema';
import type { MessageKey, MessageParams } from './message-table';
import type { DatePart, FormErrorCode } from './types';

/** A problem found while coercing an answer, before it is worded in a language. */
export interface Issue {
  readonly code: FormErrorCode;
  readonly key: MessageKey;
  readonly part?: DatePart;
  readonly params?: Omit<MessageParams, 'subject'>;
  /** An option label to name in the message, resolved in the resident's language. */
  readonly option?: Text;
}

/** One field's submitted input turned into an answer (or not). `raw` is what was typed. */
export type Coerced =
  | { readonly status: 'empty'; readonly raw: unknown }
  | { readonly status: 'value'; readonly value: unknown; readonly raw: unknown }
  | { readonly status: 'error'; readonly issue: Issue; readonly raw: unknown };

export const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A single typed value as text: strings trimmed, numbers written out; anything else is unusable. */
export function scalarText(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
