import type { Component } from '@fingerpost/schema';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const WIDTHS = [
  '',
  '2',
  '3',
  '4',
  '5',
  '10',
  '20',
  '30',
  'one-quarter',
  'one-third',
  'one-half',
  'two-thirds',
  'full',
] as const;
const BOXES = new Set(['text', 'email', 'phone', 'postcode', 'number', 'money']);

/**
 * How the question looks: its box's width, the browser's autocomplete, a long answer's box and
 * whether an address is found by postcode.
 */
export function PresentationFields({
  component,
  type,
  onChange,
}: {
  component: Component;
  type: string;
  languages: readonly string[];
  onChange: (patch: Partial<Component>, what: string) => void;
}) {
  return (
    <>
      {BOXES.has(type) ? (
        <SelectField
          label="Width of the box"
          hint="Match it to the answer expected; a postcode needs 10 characters"
          value={component.width ?? ''}
          options={WIDTHS.map((w) => ({
            value: w,
            label: w === '' ? 'Standard for this kind of answer' : w,
          }))}
          onChange={(width) => onChange({ width: (width || undefined) as Component['width'] }, 'width')}
        />
      ) : null}
      {type === 'longText' ? (
        <SelectField
          label="Box"
          value={component.widget ?? 'textarea'}
          options={[
            { value: 'textarea', label: 'Text area' },
            {
              value: 'characterCount',
              label: 'Text area that counts characters or words as the resident types',
            },
          ]}
          onChange={(widget) =>
            onChange(
              { widget: widget === 'textarea' ? undefined : (widget as Component['widget']) },
              'widget',
            )
          }
        />
      ) : null}
      {type === 'address' ? (
        <SelectField
          label="How the resident gives the address"
          hint="Finding it by postcode needs an address provider on the server; typing it is always offered"
          value={component.widget === 'addressLookup' ? 'addressLookup' : 'lines'}
          options={[
            { value: 'lines', label: 'They type it, line by line' },
            { value: 'addressLookup', label: 'They find it by postcode, or type it' },
          ]}
          onChange={(how) =>
            onChange({ widget: how === 'addressLookup' ? 'addressLookup' : undefined }, 'widget')
          }
        />
      ) : null}
      {type !== 'file' ? (
        <TextField
          label="Autocomplete"
          hint="An HTML autocomplete token, for example bday, email or postal-code"
          value={component.autocomplete ?? ''}
          spellCheck={false}
          width="govuk-input--width-20"
          onChange={(autocomplete) => onChange({ autocomplete: autocomplete || undefined }, 'autocomplete')}
        />
      ) : null}
    </>
  );
}
