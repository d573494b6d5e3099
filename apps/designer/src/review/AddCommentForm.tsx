import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { useEditor } from '../editor/editor-context';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useComments } from './comments-context';
import { pinName, pinnableQuestions, selectedField } from './pin';

const NAME_KEY = 'fingerpost.designer.reviewer-name';
const MAX_TEXT = 2000;
const WHOLE_STEP = '';

/** Adds a comment pinned to the selected step, or to one of its questions (the selected one at first). */
export function AddCommentForm({
  stepId,
  onMessage,
}: {
  stepId: string;
  onMessage: (message: string) => void;
}) {
  const { journey, state } = useEditor();
  const comments = useComments();
  const [name, setName] = useState(() => sessionStorage.getItem(NAME_KEY) ?? '');
  const [text, setText] = useState('');
  const [field, setField] = useState(() => selectedField(journey, state.selection) ?? WHOLE_STEP);
  const [errors, setErrors] = useState<{ author?: string; text?: string; other?: string }>({});
  const [busy, setBusy] = useState(false);
  if (!comments) return null;
  const questions = pinnableQuestions(journey, stepId);

  const submit = async () => {
    const found = {
      ...(name.trim() === '' ? { author: 'Enter your name' } : {}),
      ...(text.trim() === '' ? { text: 'Enter your comment' } : {}),
      ...(text.length > MAX_TEXT ? { text: `Your comment must be ${MAX_TEXT} characters or fewer` } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      sessionStorage.setItem(NAME_KEY, name.trim());
      await comments.add({ stepId, ...(field ? { field } : {}), author: name, text });
      setText('');
      onMessage(`Comment added on ${pinName(journey, stepId, field || null)}.`);
    } catch (e) {
      const problems = e instanceof ApiError ? e.errors : [];
      setErrors({
        other: problems.length > 0 ? problems.map((p) => p.message).join('; ') : (e as Error).message,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="designer-comment-form"
      aria-labelledby="add-comment-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 className="govuk-heading-s" id="add-comment-heading">
        Add a comment
      </h3>
      {errors.other ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {errors.other}
        </p>
      ) : null}
      <TextField label="Your name" value={name} onChange={setName} error={errors.author} name="author" />
      {questions.length > 0 ? (
        <SelectField
          label="About"
          value={field}
          onChange={setField}
          options={[
            { value: WHOLE_STEP, label: 'The whole page' },
            ...questions.map((q) => ({ value: q.field, label: `The question “${q.label}”` })),
          ]}
        />
      ) : null}
      <TextField
        label="Comment"
        hint={`Up to ${MAX_TEXT} characters. Everyone with the review link can read it.`}
        value={text}
        onChange={setText}
        multiline
        error={errors.text}
        name="comment"
      />
      <button type="submit" className="govuk-button designer-small-button" disabled={busy}>
        Add comment
      </button>
    </form>
  );
}
