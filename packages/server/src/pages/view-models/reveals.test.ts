import type { Component, Field } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { revealsOn } from './reveals';

const fields: Record<string, Field> = {
  contactBy: {
    type: 'singleChoice',
    options: [
      { value: 'email', label: 'Email' },
      { value: 'phone', label: 'Phone' },
    ],
  },
  pets: { type: 'multipleChoice', options: [{ value: 'other', label: 'Other' }] },
  hasCar: { type: 'yesNo' },
  email: { type: 'email' },
  detail: { type: 'text' },
};

const ask = (field: string, showIf?: string, extra: Partial<Component> = {}): Component => ({
  field,
  label: field,
  ...(showIf ? { showIf } : {}),
  ...extra,
});

describe('questions revealed under an option', () => {
  it('reveals a question whose showIf is one option of an earlier radio question', () => {
    const reveals = revealsOn([ask('contactBy'), ask('email', 'contactBy = "email"')], fields);
    expect(reveals.get('email')).toEqual({ controller: 'contactBy', option: 'email' });
    expect(
      revealsOn([ask('contactBy'), ask('email', '"phone" = contactBy')], fields).get('email')?.option,
    ).toBe('phone');
  });

  it('reveals under a checkbox ("x" in field) and under yes or no', () => {
    expect(revealsOn([ask('pets'), ask('detail', '"other" in pets')], fields).get('detail')).toEqual({
      controller: 'pets',
      option: 'other',
    });
    expect(revealsOn([ask('hasCar'), ask('detail', 'hasCar = true')], fields).get('detail')?.option).toBe(
      'yes',
    );
    expect(revealsOn([ask('hasCar'), ask('detail', 'hasCar = false')], fields).get('detail')?.option).toBe(
      'no',
    );
  });

  it('leaves other conditions to the page: a select, a later controller, an unknown option, anything compound', () => {
    const none = (components: Component[]) => revealsOn(components, fields).size;
    expect(
      none([ask('contactBy', undefined, { widget: 'select' }), ask('email', 'contactBy = "email"')]),
    ).toBe(0);
    expect(none([ask('email', 'contactBy = "email"'), ask('contactBy')])).toBe(0);
    expect(none([ask('contactBy'), ask('email', 'contactBy = "fax"')])).toBe(0);
    expect(none([ask('contactBy'), ask('email', 'contactBy = "email" and hasCar')])).toBe(0);
    expect(none([ask('contactBy'), ask('email', 'contactBy != "email"')])).toBe(0);
    expect(none([ask('pets'), ask('detail', 'pets = "other"')])).toBe(0);
    expect(none([ask('contactBy'), ask('email', 'not valid ((')])).toBe(0);
  });

  it('does not reveal under a question that is itself revealed', () => {
    const reveals = revealsOn(
      [ask('hasCar'), ask('contactBy', 'hasCar = true'), ask('email', 'contactBy = "email"')],
      fields,
    );
    expect(reveals.has('contactBy')).toBe(true);
    expect(reveals.has('email')).toBe(false);
  });
});
