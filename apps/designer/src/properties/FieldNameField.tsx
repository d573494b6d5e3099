import { useEffect, useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { FIELD_NAME_PATTERN } from '../state/ids';
import { TextField } from '../ui/TextField';

/**
 * The answer's name in the data model and in conditions. Renaming rewrites every condition that
 * reads it, so it applies when the designer leaves the box, and only when the name is free.
 */
export function FieldNameField({
  name,
  taken,
  group,
}: {
  name: string;
  taken: ReadonlySet<string>;
  group?: string;
}) {
  const { dispatch } = useEditor();
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const error = !FIELD_NAME_PATTERN.test(draft)
    ? 'Use letters and numbers, starting with a letter, like dateOfBirth'
    : draft !== name && taken.has(draft)
      ? `Another answer is called ${draft}`
      : null;
  return (
    <TextField
      label="Answer name"
      hint="How conditions and developers refer to this answer. Conditions follow a rename."
      value={draft}
      spellCheck={false}
      error={draft === name ? null : error}
      onChange={setDraft}
      onBlur={() => {
        if (error) setDraft(name);
        else if (draft !== name)
          dispatch({ type: 'field/rename', from: name, to: draft, ...(group ? { group } : {}) });
      }}
    />
  );
}
