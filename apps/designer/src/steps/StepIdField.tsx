import { useEffect, useState } from 'react';
import { useEditor } from '../editor/editor-context';
import { STEP_ID_PATTERN } from '../state/ids';
import { TextField } from '../ui/TextField';

/**
 * The step's id, used in web addresses. Renaming it renames every route to it, so it applies when
 * the designer leaves the box, and only when the new id is well formed and free.
 */
export function StepIdField({ stepId }: { stepId: string }) {
  const { journey, dispatch } = useEditor();
  const [draft, setDraft] = useState(stepId);
  useEffect(() => setDraft(stepId), [stepId]);
  const taken = draft !== stepId && journey.steps.some((s) => s.id === draft);
  const error = !STEP_ID_PATTERN.test(draft)
    ? 'Use lower case letters, numbers and hyphens, starting with a letter, like check-your-answers'
    : taken
      ? `Another step is called ${draft}`
      : null;
  const apply = () => {
    if (error) setDraft(stepId);
    else if (draft !== stepId) dispatch({ type: 'step/rename', from: stepId, to: draft });
  };
  return (
    <TextField
      label="Step id"
      hint="Part of the page's web address. Routes to this step follow a rename."
      value={draft}
      onChange={setDraft}
      onBlur={apply}
      error={draft === stepId ? null : error}
      spellCheck={false}
    />
  );
}
