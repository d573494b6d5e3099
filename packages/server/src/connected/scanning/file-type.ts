import { zipEntryNames } from './zip-entries';

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'heic' | 'docx' | 'xlsx' | 'text';

export interface FileTypeInfo {
  kind: FileKind;
  /** The MIME type to store and serve the file as, whatever the browser claimed. */
  mimeType: string;
  /** How the type is named to residents: "a PDF", "a JPG". */
  label: string;
  extensions: readonly string[];
  mimeTypes: readonly string[];
}

export const FILE_TYPES: Readonly<Record<FileKind, FileTypeInfo>> = {
  pdf: {
    kind: 'pdf',
    mimeType: 'application/pdf',
    label: 'PDF',
    extensions: ['pdf'],
    mimeTypes: ['application/pdf'],
  },
  png: { kind: 'png', mimeType: 'image/png', label: 'PNG', extensions: ['png'], mimeTypes: ['image/png'] },
  jpeg: {
    kind: 'jpeg',
    mimeType: 'image/jpeg',
    label: 'JPG',
    extensions: ['jpg', 'jpeg', 'jfif'],
    mimeTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  },
  gif: { kind: 'gif', mimeType: 'image/gif', label: 'GIF', extensions: ['gif'], mimeTypes: ['image/gif'] },
  webp: {
    kind: 'webp',
    mimeType: 'image/webp',
    label: 'WebP',
    extensions: ['webp'],
    mimeTypes: ['image/webp'],
  },
  heic: {
    kind: 'heic',
    mimeType: 'image/heic',
    label: 'HEIC',
    extensions: ['heic', 'heif'],
    mimeTypes: ['image/heic', 'image/heif'],
  },
  docx: {
    kind: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document (DOCX)',
    extensions: ['docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  xlsx: {
    kind: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel spreadsheet (XLSX)',
    extensions: ['xlsx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  text: {
    kind: 'text',
    mimeType: 'text/plain',
    label: 'text file (TXT or CSV)',
    extensions: ['txt', 'csv'],
    mimeTypes: ['text/plain', 'text/csv'],
  },
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, end));

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);

/** ISO media files start with an ftyp box listing brands; HEIC photos carry a HEVC-image brand. */
function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.some((brand) => HEIC_BRANDS.has(brand));
}

/** UTF-8 text with no NUL bytes and no control characters but tab, line ends and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/**
 * Works out a file's type from its contents (magic bytes), never from its name.
 * Undefined for empty files and anything not in FILE_TYPES.
 *
 * @example
 * detectFileType(new TextEncoder().encode('%PDF-1.7\n…'))?.kind; // 'pdf'
 */
export function detectFileType(bytes: Uint8Array): FileTypeInfo | undefined {
  if (bytes.length === 0) return undefined;
  // The PDF header may follow up to 1 KB of other bytes, as PDF readers allow.
  if (ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-')) return FILE_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FILE_TYPES.jpeg;
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return FILE_TYPES.gif;
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return FILE_TYPES.webp;
  if (isHeic(bytes)) return FILE_TYPES.heic;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (!names?.includes('[Content_Types].xml')) return undefined;
    if (names.some((name) => name.startsWith('word/'))) return FILE_TYPES.docx;
    if (names.some((name) => name.startsWith('xl/'))) return FILE_TYPES.xlsx;
    return undefined;
  }
  return isPlainText(bytes) ? FILE_TYPES.text : undefined;
}
