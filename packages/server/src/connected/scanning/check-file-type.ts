import { detectFileType, FILE_TYPES, type FileKind, type FileTypeInfo } from './file-type';

export type FileTypeErrorCode =
  | 'file.empty'
  | 'file.unrecognised'
  | 'file.not-accepted'
  | 'file.type-mismatch';

export type FileTypeCheck =
  | { ok: true; fileType: FileTypeInfo }
  | { ok: false; error: { code: FileTypeErrorCode; message: string } };

/** What the browser said about the file: its name and, when sent, its MIME type. */
export interface DeclaredFile {
  name: string;
  type?: string;
}

// Browsers send these when they do not know: they claim nothing.
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

function listOf(kinds: readonly FileKind[]): string {
  const labels = kinds.map((kind) => FILE_TYPES[kind].label);
  return labels.length === 1
    ? (labels[0] as string)
    : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/**
 * Checks an upload by its contents: it must be one of the accepted types, and its name's extension
 * and declared MIME type (when given) must agree with what it really is. Messages follow the
 * GOV.UK file upload pattern and can be shown to the resident as they are.
 *
 * @example
 * checkFileType(bytes, { name: 'payslip.pdf', type: 'application/pdf' }, ['pdf', 'jpeg', 'png']);
 * // { ok: false, error: { code: 'file.type-mismatch', message: 'The selected file is called "payslip.pdf" but it is a PNG …' } }
 */
export function checkFileType(
  bytes: Uint8Array,
  declared: DeclaredFile,
  accept: readonly FileKind[] = Object.keys(FILE_TYPES) as FileKind[],
): FileTypeCheck {
  if (bytes.length === 0)
    return { ok: false, error: { code: 'file.empty', message: 'The selected file is empty' } };
  const fileType = detectFileType(bytes);
  const mustBe = `The selected file must be a ${listOf(accept)}`;
  if (!fileType) return { ok: false, error: { code: 'file.unrecognised', message: mustBe } };
  if (!accept.includes(fileType.kind))
    return { ok: false, error: { code: 'file.not-accepted', message: mustBe } };
  const dot = declared.name.lastIndexOf('.');
  const extension = dot > 0 ? declared.name.slice(dot + 1).toLowerCase() : '';
  const mime = (declared.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const nameDisagrees = extension !== '' && !fileType.extensions.includes(extension);
  const typeDisagrees = !UNDECLARED.has(mime) && !fileType.mimeTypes.includes(mime);
  if (nameDisagrees || typeDisagrees) {
    return {
      ok: false,
      error: {
        code: 'file.type-mismatch',
        message: `The selected file is called "${declared.name}" but it is a ${fileType.label}. Choose the right file, or save it with the right type`,
      },
    };
  }
  return { ok: true, fileType };
}
