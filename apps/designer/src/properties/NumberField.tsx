import { useEffect, useState } from 'react';
import { TextField } from '../ui/TextField';

/** A number as typed ("1,200", "£7.50"), scaled; undefined when blank, NaN when not a number. */
function read(typed: string, scale: number): number | undefined {
  if (typed.trim() === '') return undefined;
  const number = Number(typed.trim().replace(/,/g, '').replace(/^£/, ''));
  return Number.isFinite(number) ? Math.round(number * scale * 1e6) / 1e6 : Number.NaN;
}

/**
 * A number setting: blank means "not set". What is typed stays as typed; the value changes only
 * when it reads as a number, and a message says when it does not.
 */
export function NumberField({
  label,
  value,
  onChange,
  hint,
  scale = 1,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  hint?: string;
  /** Shown divided by this (pence shown as pounds: 100). */
  scale?: number;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value / scale));
  useEffect(() => {
    // Undo, or another editor, changed the value: show it unless the box already says the same.
    setText((typed) =>
      read(typed, scale) === value ? typed : value === undefined ? '' : String(value / scale),
    );
  }, [value, scale]);
  const error = Number.isNaN(read(text, scale)) ? `Enter ${label.toLowerCase()} as a number` : null;
  return (
    <TextField
      label={label}
      value={text}
      inputMode="decimal"
      width="govuk-input--width-10"
      error={error}
      {...(hint ? { hint } : {})}
      onChange={(typed) => {
        setText(typed);
        const number = read(typed, scale);
        if (!Number.isNaN(number)) onChange(number);
      }}
    />
  );
}
