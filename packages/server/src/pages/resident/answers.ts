import type { ComponentView } from '@fingerpost/core';
import { detectFileType, FILE_TYPES, type FileKind } from '../../connected/scanning/file-type';
import { HttpError } from '../../http/http-error';
import { fill, type Texts } from '../i18n/texts';
import type { Kit } from '../kit';
import type { FormBody } from '../session/form-body';
import type { HeldApplication } from '../session/session';
import { fileTypeNames, sizeText } from '../view-models/field-model';
import { heldFileId } from '../view-models/field-values';
import { residentAccess } from './application';

/** The answers a page posts, or a problem with an uploaded file to show beside its input. */
export type PageAnswers =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; errors: Array<{ field: string; message: string }> };

function chosenFile(value: FormBody[string] | undefined): File | null {
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
}

/**
 * A page's form as the engine's answers: text fields as posted (the engine parses them, dates and
 * addresses from their `{field}-day` and `{field}-line1` parts), and each chosen file stored first
 * and given by its id. A file input left empty keeps the file uploaded before.
 */
export async function pageAnswers(
  kit: Kit,
  held: HeldApplication,
  components: readonly ComponentView[],
  body: FormBody,
  t: Texts,
  /** The item being changed, whose file answers are kept when no new file is chosen. */
  previous: Readonly<Record<string, unknown>> = {},
): Promise<PageAnswers> {
  const answers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!name.startsWith('_') && !(value instanceof File)) answers[name] = value;
  }
  const errors: Array<{ field: string; message: string }> = [];
  for (const view of components.filter((c) => c.type === 'file')) {
    const file = chosenFile(body[view.field]);
    if (!file) {
      const kept = heldFileId(previous[view.field] ?? view.value);
      answers[view.field] = kept ?? '';
      continue;
    }
    if (file.size === 0) {
      errors.push({ field: view.field, message: t.fileEmpty });
      continue;
    }
    const limitKb = view.validation?.maxSizeKb;
    if ((limitKb !== undefined && file.size > limitKb * 1024) || file.size > kit.options.maxUploadBytes) {
      const size = sizeText(limitKb ?? Math.floor(kit.options.maxUploadBytes / 1024));
      errors.push({ field: view.field, message: fill(t.fileTooBig, { size }) });
      continue;
    }
    const content = new Uint8Array(await file.arrayBuffer());
    try {
      const stored = await kit.runtime.upload(held.id, residentAccess(held), {
        name: file.name,
        type: file.type || 'application/octet-stream',
        content,
      });
      answers[view.field] = stored.id;
    } catch (error) {
      const refusal =
        error instanceof HttpError ? refusalText(error, { view, name: file.name, content, t }) : null;
      if (refusal === null) throw error;
      errors.push({ field: view.field, message: refusal });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** Every type the runtime takes, as its short name (PDF, JPG, DOCX…), the same in both languages. */
const shortName = (kind: FileKind) => FILE_TYPES[kind].extensions[0]!.toUpperCase();

/**
 * Why the runtime refused a file, in the resident's language: a virus, a scanner that could not
 * look at it (the upload is refused, the page's other answers kept), or a type that is not what the
 * file says it is. Null for a fault the page cannot explain (it becomes the error page).
 */
function refusalText(
  error: HttpError,
  upload: { view: ComponentView; name: string; content: Uint8Array; t: Texts },
): string | null {
  const { t, view } = upload;
  switch (error.code) {
    case 'file.infected':
      return t.fileInfected;
    case 'file.not-scanned':
      return t.fileNotScanned;
    case 'file.empty':
      return t.fileEmpty;
    case 'file.unrecognised':
    case 'file.not-accepted': {
      const accept = view.validation?.accept;
      const types = accept?.length
        ? fileTypeNames(accept, t.or)
        : listed((Object.keys(FILE_TYPES) as FileKind[]).map(shortName), t.or);
      return fill(t.fileWrongType, { types });
    }
    case 'file.type-mismatch': {
      const kind = detectFileType(upload.content)?.kind;
      return fill(t.fileTypeMismatch, { name: upload.name, type: kind ? shortName(kind) : '' });
    }
    default:
      return error.status < 500 ? error.message : null;
  }
}

const listed = (names: string[], or: string) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`;
