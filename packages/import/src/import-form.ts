import { describeValue } from './build/read';
import { importDefra } from './defra/import-defra';
import { importGovukForms } from './govuk/import-govuk';
import { IMPORT_FORMATS, type ImportFormat, type ImportOptions, type ImportResult } from './types';
import { importXgov } from './xgov/import-xgov';

const IMPORTERS: Record<ImportFormat, (input: unknown, options: ImportOptions) => ImportResult> = {
  xgov: importXgov,
  defra: importDefra,
  'govuk-forms': importGovukForms,
};

/**
 * Imports a form from another government form platform as a Fingerpost journey, with a report of
 * what was carried over exactly, what only approximately, and what not at all (and why). The
 * journey returned always passes `validateJourney`. Never throws.
 * @example
 * const result = importForm('xgov', JSON.parse(readFileSync('form.json', 'utf8')));
 * if (result.ok) writeFileSync('journey.json', JSON.stringify(result.journey, null, 2));
 * else console.error(result.error.message);
 */
export function importForm(format: ImportFormat, input: unknown, options: ImportOptions = {}): ImportResult {
  const importer = IMPORTERS[format];
  if (!importer)
    return {
      ok: false,
      error: {
        code: 'import.unknown-format',
        message: `Unknown format "${String(format)}": use one of ${IMPORT_FORMATS.join(', ')}`,
        path: '',
      },
    };
  try {
    return importer(input, options);
  } catch (error) {
    // Every importer reads unknown input defensively; reaching here is a Fingerpost bug, not bad input.
    return {
      ok: false,
      error: {
        code: 'import.internal',
        message: `The importer failed: ${error instanceof Error ? error.message : describeValue(error)}. Please report this as a Fingerpost bug, with the form`,
        path: '',
      },
    };
  }
}
