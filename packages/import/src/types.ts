import type { Journey } from '@fingerpost/schema';

/** The form formats Fingerpost can import. */
export type ImportFormat = 'xgov' | 'defra' | 'govuk-forms';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['xgov', 'defra', 'govuk-forms'];

/** One thing the importer did with a part of the source form. */
export interface ImportItem {
  /** JSON Pointer (RFC 6901) to the part of the source form this is about; `""` is the whole form. */
  path: string;
  /** What the source part is, e.g. `RadiosField "benefit"`. */
  what: string;
  /** What became of it, or why it could not be carried over. */
  why: string;
}

/** What an import carried over exactly, what only approximately, and what not at all. */
export interface ImportReport {
  mapped: ImportItem[];
  approximated: ImportItem[];
  dropped: ImportItem[];
}

export type ImportErrorCode =
  | 'import.unknown-format'
  | 'import.not-a-form'
  | 'import.no-pages'
  | 'import.no-start'
  | 'import.invalid-result'
  | 'import.internal';

/** Why a source form could not be imported at all. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** JSON Pointer into the source form. */
  path: string;
}

export type ImportResult =
  | { ok: true; journey: Journey; report: ImportReport }
  | { ok: false; error: ImportError };

export interface ImportOptions {
  /** The journey id to use whatever the source form is called (lower-kebab). */
  id?: string;
  /** The journey id to use when the source form has no name to derive one from. */
  defaultId?: string;
}
