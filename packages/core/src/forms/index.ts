export { FormCompileError } from './bind-components';
export { normalisePhone, normalisePostcode } from './coerce-text';
export { formatLongDate } from './dates';
export { formatAnswer } from './format-answer';
export { checkGroupCount } from './group-count';
export { formatPence } from './number-format';
export { compilePageForm } from './page-form';
export { textFor } from './text';
export type { DatePart, FieldError, FormContext, FormErrorCode, FormResult, PageForm } from './types';
