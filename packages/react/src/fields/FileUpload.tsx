import { useState } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { FieldLabel } from './FieldLabel';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import type { FileReference, FileUploader } from './file-reference';
import { Hint } from './Hint';

interface FileUploadProps extends FieldProps {
  upload: FileUploader;
  /** Tells the page the file's reference once stored (or null when the choice is cleared). */
  onUploaded: (field: string, reference: FileReference | null) => void;
}

const isReference = (value: unknown): value is FileReference =>
  typeof value === 'object' && value !== null && typeof (value as FileReference).name === 'string';

/** A GOV.UK file upload. The chosen file is stored by `upload` and the page submits its reference. */
export function FileUpload(props: FileUploadProps) {
  const { component, isPageHeading, caption, text, initial, upload, onUploaded } = props;
  const id = component.field;
  const held = initial !== undefined ? initial : component.value;
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error || problem ? `${id}-error` : null;
  const accept = component.validation?.accept?.join(',');
  const message = problem ?? component.error?.message ?? null;
  return (
    <FormGroup hasError={message !== null}>
      <FieldLabel
        htmlFor={id}
        text={labelText(component, text)}
        isPageHeading={isPageHeading}
        caption={caption}
      />
      {component.hint && hintId ? <Hint id={hintId} text={component.hint} /> : null}
      {message && errorId ? <ErrorMessage id={errorId} message={message} prefix={text.error} /> : null}
      {isReference(held) ? (
        <p className="govuk-body" id={`${id}-current`}>
          {text.currentFile}: {held.name}
        </p>
      ) : null}
      <input
        className={message ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
        id={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy(hintId, errorId, isReference(held) && `${id}-current`)}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          setProblem(null);
          if (!file) return onUploaded(component.field, null);
          try {
            onUploaded(component.field, await upload(file));
          } catch (error) {
            setProblem(error instanceof Error ? error.message : String(error));
            onUploaded(component.field, null);
          }
        }}
      />
    </FormGroup>
  );
}
