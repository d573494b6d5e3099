import type { Component } from '@fingerpost/schema';
import type { MessageKey, MessageParams, MessageTable } from './message-table';
import { messagesCy } from './messages-cy';
import { messagesEn } from './messages-en';
import { textFor } from './text';
import type { FormErrorCode } from './types';

const tables: Readonly<Record<string, MessageTable>> = { en: messagesEn, cy: messagesCy };

/** The built-in table for a language; English when there is none for it. */
export function messageTable(language: string): MessageTable {
  return tables[language] ?? messagesEn;
}

/**
 * The message for an error: the journey's own wording for that code when the component gives one
 * (in the language, else English), otherwise the built-in message.
 */
export function errorMessage(
  component: Component,
  code: FormErrorCode,
  key: MessageKey,
  params: MessageParams,
  language: string,
): string {
  const override = component.errors?.[code];
  if (override !== undefined) {
    const text = textFor(override, language);
    if (text !== '') return text;
  }
  return messageTable(language)[key](params);
}
