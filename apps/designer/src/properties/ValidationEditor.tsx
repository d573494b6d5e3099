import type { Validation } from '@fingerpost/schema';
import { withoutUndefined } from '../steps/use-step-edit';
import { CheckboxField } from '../ui/CheckboxField';
import { TextField } from '../ui/TextField';
import { NumberField } from './NumberField';

const TEXT_TYPES = new Set(['text', 'longText', 'email', 'phone', 'postcode']);

/** The checks made when the page is submitted, offered by answer type. */
export function ValidationEditor({
  type,
  validation,
  onChange,
}: {
  type: string;
  validation: Validation;
  onChange: (validation: Validation | undefined) => void;
}) {
  const set = (patch: Partial<Validation>) => {
    const next = withoutUndefined({ ...validation, ...patch });
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="govuk-fieldset designer-group">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Checks on the answer</legend>
      {TEXT_TYPES.has(type) ? (
        <>
          <NumberField
            label="Fewest characters"
            value={validation.minLength}
            onChange={(minLength) => set({ minLength })}
          />
          <NumberField
            label="Most characters"
            value={validation.maxLength}
            onChange={(maxLength) => set({ maxLength })}
          />
          {type === 'longText' ? (
            <NumberField
              label="Most words"
              value={validation.maxWords}
              onChange={(maxWords) => set({ maxWords })}
            />
          ) : null}
          {type === 'text' ? (
            <TextField
              label="Pattern the answer must match"
              hint="A regular expression, for example [A-Z]{2}[0-9]{6}[A-D]"
              value={validation.pattern ?? ''}
              spellCheck={false}
              onChange={(pattern) => set({ pattern: pattern || undefined })}
            />
          ) : null}
        </>
      ) : null}
      {type === 'number' ? (
        <>
          <NumberField label="Smallest" value={validation.min} onChange={(min) => set({ min })} />
          <NumberField label="Largest" value={validation.max} onChange={(max) => set({ max })} />
          <CheckboxField
            label="Whole numbers only"
            checked={validation.integer === true}
            onChange={(on) => set({ integer: on || undefined })}
          />
        </>
      ) : null}
      {type === 'money' ? (
        <>
          <NumberField
            label="Smallest amount in pounds"
            value={validation.min}
            scale={100}
            onChange={(min) => set({ min })}
          />
          <NumberField
            label="Largest amount in pounds"
            value={validation.max}
            scale={100}
            onChange={(max) => set({ max })}
          />
        </>
      ) : null}
      {type === 'date' ? (
        <>
          <CheckboxField
            label="Must be in the past"
            checked={validation.past === true}
            onChange={(on) => set({ past: on || undefined })}
          />
          <CheckboxField
            label="Must be in the future"
            checked={validation.future === true}
            onChange={(on) => set({ future: on || undefined })}
          />
          <TextField
            label="Not before (YYYY-MM-DD)"
            value={validation.notBefore ?? ''}
            width="govuk-input--width-10"
            onChange={(notBefore) => set({ notBefore: notBefore || undefined })}
          />
          <TextField
            label="Not after (YYYY-MM-DD)"
            value={validation.notAfter ?? ''}
            width="govuk-input--width-10"
            onChange={(notAfter) => set({ notAfter: notAfter || undefined })}
          />
        </>
      ) : null}
      {type === 'multipleChoice' ? (
        <>
          <NumberField
            label="Fewest choices"
            value={validation.minItems}
            onChange={(minItems) => set({ minItems })}
          />
          <NumberField
            label="Most choices"
            value={validation.maxItems}
            onChange={(maxItems) => set({ maxItems })}
          />
        </>
      ) : null}
      {type === 'file' ? (
        <>
          <NumberField
            label="Largest file in KB"
            value={validation.maxSizeKb}
            onChange={(maxSizeKb) => set({ maxSizeKb })}
          />
          <TextField
            label="File types allowed"
            hint="Media types separated by commas, for example image/jpeg, application/pdf"
            value={(validation.accept ?? []).join(', ')}
            onChange={(text) => {
              const accept = text
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean);
              set({ accept: accept.length > 0 ? accept : undefined });
            }}
          />
        </>
      ) : null}
      {['yesNo', 'singleChoice', 'address'].includes(type) ? (
        <p className="govuk-body-s">This kind of answer has no extra checks.</p>
      ) : null}
    </fieldset>
  );
}
