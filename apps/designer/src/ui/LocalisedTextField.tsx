import type { Text } from '@fingerpost/schema';
import { textIn, withText } from '../state/text';
import { TextField } from './TextField';

export interface LocalisedTextFieldProps {
  label: string;
  text: Text | undefined;
  onChange: (text: Text | undefined) => void;
  /** The journey's languages: a Welsh box appears when it offers Welsh. */
  languages: readonly string[];
  hint?: string;
  multiline?: boolean;
  error?: string | null;
}

const NAMES: Record<string, string> = { cy: 'Welsh' };

/** A text a resident sees, in English and in each other language the journey offers. */
export function LocalisedTextField({
  label,
  text,
  onChange,
  languages,
  hint,
  multiline,
  error,
}: LocalisedTextFieldProps) {
  const others = languages.filter((l) => l !== 'en');
  return (
    <>
      <TextField
        label={others.length > 0 ? `${label} (English)` : label}
        value={textIn(text, 'en')}
        onChange={(value) => onChange(withText(text, 'en', value))}
        {...(hint ? { hint } : {})}
        {...(multiline ? { multiline } : {})}
        {...(error !== undefined ? { error } : {})}
        lang="en"
      />
      {others.map((language) => (
        <TextField
          key={language}
          label={`${label} (${NAMES[language] ?? language})`}
          value={textIn(text, language)}
          onChange={(value) => onChange(withText(text, language, value))}
          {...(multiline ? { multiline } : {})}
          lang={language}
        />
      ))}
    </>
  );
}
