import { inputPresentation } from '@fingerpost/core';
import type { Component } from '@fingerpost/schema';

interface InputSettings {
  type: 'text' | 'email' | 'tel';
  inputMode?: 'numeric' | 'decimal';
  autoComplete?: string;
  spellCheck?: boolean;
  widthClass: string;
  prefix?: string;
}

/**
 * How GOV.UK presents each kind of text box (core's `inputPresentation`, shared with the server's
 * pages), as React props. A component's own settings win.
 */
export function inputSettings(type: string, definition: Component | undefined): InputSettings {
  const p = inputPresentation(type, definition);
  return {
    type: p.inputType,
    widthClass: p.widthClass ?? '',
    ...(p.inputMode ? { inputMode: p.inputMode } : {}),
    ...(p.autocomplete ? { autoComplete: p.autocomplete } : {}),
    ...(p.spellcheck === false ? { spellCheck: false } : {}),
    ...(p.prefix ? { prefix: p.prefix } : {}),
  };
}
