import type { ChoiceField, Option } from '@fingerpost/schema';
import { OPTION_VALUE_PATTERN, slugify } from '../state/ids';
import { textIn } from '../state/text';
import { CheckboxField } from '../ui/CheckboxField';
import { LocalisedTextField } from '../ui/LocalisedTextField';
import { TextField } from '../ui/TextField';

/** The answers a choice question offers: each with its stored value, label, hint and order. */
export function OptionsEditor({
  field,
  languages,
  onChange,
}: {
  field: ChoiceField;
  languages: readonly string[];
  onChange: (options: Option[], key: string) => void;
}) {
  const { options } = field;
  const set = (index: number, patch: Partial<Option>, key: string) =>
    onChange(
      options.map((o, i) => (i === index ? { ...o, ...patch } : o)),
      `options.${index}.${key}`,
    );
  const swap = (a: number, b: number) => {
    const next = [...options];
    [next[a], next[b]] = [next[b]!, next[a]!];
    onChange(next, 'options.order');
  };
  return (
    <fieldset className="govuk-fieldset designer-group">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Options</legend>
      {options.map((option, index) => {
        const name = textIn(option.label, 'en') || option.value;
        return (
          // The id is edited in place: a key made of it would rebuild the boxes, and lose the focus, at each keystroke.
          // biome-ignore lint/suspicious/noArrayIndexKey: position is the only identity that survives editing
          <fieldset className="govuk-fieldset designer-option" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Option {index + 1}</legend>
            <LocalisedTextField
              label="Label"
              text={option.label}
              languages={languages}
              onChange={(label) => set(index, { label: label ?? '' }, 'label')}
            />
            <TextField
              label="Stored value"
              hint="What conditions compare with: lower case letters, numbers and hyphens"
              value={option.value}
              spellCheck={false}
              error={
                OPTION_VALUE_PATTERN.test(option.value)
                  ? null
                  : 'Use lower case letters, numbers, hyphens and underscores'
              }
              onChange={(value) => set(index, { value }, 'value')}
            />
            <LocalisedTextField
              label="Hint"
              text={option.hint}
              languages={languages}
              onChange={(hint) => set(index, { hint }, 'hint')}
            />
            {field.type === 'multipleChoice' ? (
              <CheckboxField
                label="Cannot be combined with other options (for example “None of these”)"
                checked={option.exclusive === true}
                onChange={(exclusive) => set(index, { exclusive: exclusive || undefined }, 'exclusive')}
              />
            ) : null}
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--secondary designer-small-button"
                aria-disabled={index === 0}
                onClick={() => index > 0 && swap(index, index - 1)}
              >
                Move up<span className="govuk-visually-hidden">: {name}</span>
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary designer-small-button"
                aria-disabled={index === options.length - 1}
                onClick={() => index < options.length - 1 && swap(index, index + 1)}
              >
                Move down<span className="govuk-visually-hidden">: {name}</span>
              </button>
              {options.length > 1 ? (
                <button
                  type="button"
                  className="govuk-button govuk-button--warning designer-small-button"
                  onClick={() =>
                    onChange(
                      options.filter((_, i) => i !== index),
                      'options.remove',
                    )
                  }
                >
                  Remove<span className="govuk-visually-hidden">: {name}</span>
                </button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="govuk-button govuk-button--secondary designer-small-button"
        onClick={() => {
          const taken = new Set(options.map((o) => o.value));
          let n = options.length + 1;
          while (taken.has(slugify(`option ${n}`))) n++;
          onChange([...options, { value: slugify(`option ${n}`), label: `Option ${n}` }], 'options.add');
        }}
      >
        Add an option
      </button>
    </fieldset>
  );
}
