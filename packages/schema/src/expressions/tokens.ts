import type { Span } from './ast';

export type Keyword = 'and' | 'or' | 'not' | 'in' | 'true' | 'false';
export const KEYWORDS: readonly Keyword[] = ['and', 'or', 'not', 'in', 'true', 'false'];

export type Punctuation =
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '.'
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/';

export type Token =
  | { kind: 'number'; value: number; span: Span }
  | { kind: 'money'; value: number; span: Span }
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'identifier'; name: string; span: Span }
  | { kind: 'keyword'; keyword: Keyword; span: Span }
  | { kind: 'punctuation'; text: Punctuation; span: Span }
  | { kind: 'end'; span: Span };

/**
 * Names that exist on every JavaScript object. They match the field-name
 * pattern, but letting them through would invite prototype lookups, so the
 * language refuses them outright.
 */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'toLocaleString',
  'valueOf',
]);

export const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** How a token reads in a message: `"and"`, `")"`, `the end of the expression`. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'number':
      return `the number ${token.value}`;
    case 'money':
      return 'an amount of money';
    case 'string':
      return `the text "${token.value}"`;
    case 'identifier':
      return `"${token.name}"`;
    case 'keyword':
      return `"${token.keyword}"`;
    case 'punctuation':
      return `"${token.text}"`;
    case 'end':
      return 'the end of the expression';
  }
}
