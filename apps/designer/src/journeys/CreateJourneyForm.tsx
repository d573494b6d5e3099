import { useState } from 'react';
import { slugify } from '../state/ids';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { EXAMPLES } from './examples';

export interface CreateRequest {
  id: string;
  title: string;
  example: string | null;
}

/** Starts a journey: its name and id, blank or from one of the example journeys. */
export function CreateJourneyForm({
  taken,
  onCreate,
  busy,
}: {
  taken: ReadonlySet<string>;
  onCreate: (request: CreateRequest) => void;
  busy: boolean;
}) {
  const [title, setTitle] = useState('');
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const [from, setFrom] = useState('blank');
  const [submitted, setSubmitted] = useState(false);
  const effectiveId = idEdited ? id : slugify(title);
  const titleError = submitted && title.trim() === '' ? 'Enter the name of the service' : null;
  const idError =
    submitted && !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(effectiveId)
      ? 'Enter an id of lower case letters, numbers and hyphens, starting with a letter'
      : submitted && taken.has(effectiveId)
        ? `There is already a journey called ${effectiveId}: choose another id`
        : null;
  return (
    <form
      noValidate
      className="designer-create"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        const id = effectiveId;
        if (title.trim() === '' || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) || taken.has(id)) return;
        onCreate({ id, title: title.trim(), example: from === 'blank' ? null : from });
      }}
    >
      <h2 className="govuk-heading-m">Create a journey</h2>
      <TextField
        label="Name of the service"
        hint="For example: Report a pothole"
        value={title}
        onChange={setTitle}
        error={titleError}
      />
      <TextField
        label="Journey id"
        hint="Used in web addresses. Made from the name unless you change it."
        value={effectiveId}
        spellCheck={false}
        error={idError}
        onChange={(value) => {
          setIdEdited(true);
          setId(value);
        }}
      />
      <SelectField
        label="Start from"
        value={from}
        options={[
          { value: 'blank', label: 'A blank journey' },
          ...EXAMPLES.map((e) => ({ value: e.name, label: `The ${e.name} example` })),
        ]}
        onChange={setFrom}
      />
      <button type="submit" className="govuk-button" disabled={busy}>
        Create journey
      </button>
    </form>
  );
}
