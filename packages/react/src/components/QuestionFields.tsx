import type { ComponentView } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import type { FileReference, FileUploader } from '../fields/file-reference';
import { QuestionField } from '../fields/QuestionField';
import type { UiText } from '../ui-text';
import { componentDefinition } from './component-definition';

interface QuestionFieldsProps {
  journey: Journey;
  stepId: string;
  components: readonly ComponentView[];
  visible: ReadonlySet<string>;
  /** The one question that is the page heading, if any. */
  headingField: string | null;
  caption: string | null;
  text: UiText;
  language: string;
  upload: FileUploader;
  onUploaded: (field: string, reference: FileReference | null) => void;
  /** Answers of an add-another item being changed. */
  initial?: Record<string, unknown>;
}

/** A page's questions in order, leaving out those whose condition does not hold. */
export function QuestionFields(props: QuestionFieldsProps) {
  const { journey, stepId, components, visible, headingField, caption, text, language, upload, onUploaded } =
    props;
  return (
    <>
      {components
        .filter((component) => visible.has(component.field))
        .map((component) => (
          <QuestionField
            key={component.field}
            component={component}
            definition={componentDefinition(journey, stepId, component.field)}
            isPageHeading={component.field === headingField}
            caption={component.field === headingField ? caption : null}
            text={text}
            language={language}
            upload={upload}
            onUploaded={onUploaded}
            {...(props.initial ? { initial: props.initial[component.field] ?? null } : {})}
          />
        ))}
    </>
  );
}
