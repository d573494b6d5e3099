import { AddressInput } from './AddressInput';
import { Checkboxes } from './Checkboxes';
import { DateInput } from './DateInput';
import { FileUpload } from './FileUpload';
import type { FieldProps } from './field-props';
import type { FileReference, FileUploader } from './file-reference';
import { Radios } from './Radios';
import { Select } from './Select';
import { Textarea } from './Textarea';
import { TextInput } from './TextInput';

interface QuestionFieldProps extends FieldProps {
  upload: FileUploader;
  onUploaded: (field: string, reference: FileReference | null) => void;
}

/** The GOV.UK component for a question, chosen by its answer type and widget. */
export function QuestionField(props: QuestionFieldProps) {
  const { component } = props;
  switch (component.type) {
    case 'longText':
      return <Textarea {...props} />;
    case 'date':
      return <DateInput {...props} />;
    case 'yesNo':
      return <Radios {...props} />;
    case 'singleChoice':
      return component.widget === 'select' ? <Select {...props} /> : <Radios {...props} />;
    case 'multipleChoice':
      return <Checkboxes {...props} />;
    case 'address':
      return <AddressInput {...props} />;
    case 'file':
      return <FileUpload {...props} />;
    default:
      return component.widget === 'textarea' || component.widget === 'characterCount' ? (
        <Textarea {...props} />
      ) : (
        <TextInput {...props} />
      );
  }
}
