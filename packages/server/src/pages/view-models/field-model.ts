import { type ComponentView, inputPresentation, textFor } from '@fingerpost/core';
import { characterCountTexts, fill } from '../i18n/texts';
import { choiceModel } from './choice-model';
import { addressModel, dateModel } from './compound-models';
import {
  errorParams,
  type FieldContext,
  type FieldModel,
  hintParams,
  labelParams,
  type Params,
} from './field-parts';
import { addressPartInError, heldFileName, inputText } from './field-values';

export type { FieldContext, FieldModel } from './field-parts';

function inputModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const shown = inputPresentation(view.type, {
    ...ctx.definition,
    ...(view.validation ? { validation: view.validation } : {}),
  });
  const params: Params = {
    ...(shown.inputType === 'text' ? {} : { type: shown.inputType }),
    ...(shown.inputMode ? { inputmode: shown.inputMode } : {}),
    ...(shown.spellcheck === false ? { spellcheck: false } : {}),
    ...(shown.widthClass ? { classes: shown.widthClass } : {}),
    ...(shown.autocomplete ? { autocomplete: shown.autocomplete } : {}),
    ...(shown.prefix ? { prefix: { text: shown.prefix } } : {}),
    ...(shown.suffix ? { suffix: { text: textFor(shown.suffix, ctx.language) } } : {}),
    id: view.field,
    name: view.field,
    value: inputText(view),
    label: labelParams(view, ctx),
    hint: hintParams(view.hint),
    errorMessage: errorParams(view, ctx.texts),
  };
  return { macro: 'input', params, errorTarget: view.field };
}

function longTextModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const maxlength = view.validation?.maxLength;
  const maxwords = view.validation?.maxWords;
  const counted = view.widget === 'characterCount' || maxlength !== undefined || maxwords !== undefined;
  const params: Params = {
    id: view.field,
    name: view.field,
    value: inputText(view),
    rows: 8,
    label: labelParams(view, ctx),
    hint: hintParams(view.hint),
    errorMessage: errorParams(view, ctx.texts),
  };
  if (!counted || (maxlength === undefined && maxwords === undefined)) {
    return { macro: 'textarea', params, errorTarget: view.field };
  }
  const limit = maxwords !== undefined ? { maxwords } : { maxlength };
  Object.assign(params, limit, characterCountTexts(ctx.language, maxwords !== undefined));
  return { macro: 'characterCount', params, errorTarget: view.field };
}

const FILE_TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPG',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** "JPG, PNG or PDF" from media types. */
export function fileTypeNames(types: readonly string[], or: string): string {
  const names = types.map((type) => FILE_TYPE_NAMES[type] ?? (type.split('/')[1] ?? type).toUpperCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`;
}

/** A size in kilobytes as people read it: 512KB, 2MB, 1.5MB. */
export function sizeText(kilobytes: number): string {
  if (kilobytes < 1024) return `${kilobytes}KB`;
  const mb = kilobytes / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)}MB`;
}

/** A hint's sentence, ending with a full stop when it has no closing punctuation. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function fileModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const t = ctx.texts;
  const accept = view.validation?.accept;
  const maxSizeKb = view.validation?.maxSizeKb;
  const held = heldFileName(view);
  // The journey's own hint usually says which files it takes; without one, the limits say it.
  const limits = view.hint
    ? []
    : [
        accept?.length ? fill(t.fileTypes, { types: fileTypeNames(accept, t.or) }) : null,
        maxSizeKb ? fill(t.fileSize, { size: sizeText(maxSizeKb) }) : null,
      ];
  const hints = [view.hint, ...limits, held ? fill(t.fileCurrent, { name: held }) : null].filter(
    (text): text is string => Boolean(text),
  );
  const params: Params = {
    id: view.field,
    name: view.field,
    label: labelParams(view, ctx),
    hint: hints.length > 0 ? { text: hints.map(sentence).join(' ') } : undefined,
    errorMessage: errorParams(view, ctx.texts),
    ...(accept?.length ? { attributes: { accept: accept.join(',') } } : {}),
  };
  return { macro: 'fileUpload', params, errorTarget: view.field };
}

/**
 * The GOV.UK Frontend macro and its options for one question, in the resident's language, showing
 * what they typed (or the answer held) and the error it has.
 */
export function fieldModel(view: ComponentView, ctx: FieldContext): FieldModel {
  switch (view.type) {
    case 'singleChoice':
    case 'multipleChoice':
    case 'yesNo':
      return choiceModel(view, ctx);
    case 'date':
      return dateModel(view, ctx);
    case 'address':
      return addressModel(view, ctx, addressPartInError(view));
    case 'longText':
      return longTextModel(view, ctx);
    case 'file':
      return fileModel(view, ctx);
    default:
      return inputModel(view, ctx);
  }
}
