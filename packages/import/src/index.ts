/**
 * Importers that bring forms from other government form platforms into Fingerpost:
 * XGovFormBuilder (digital-form-builder), DEFRA forms-engine V2 and GOV.UK Forms.
 */
export { importForm } from './import-form';
export { importReportMarkdown } from './report-markdown';
export {
  IMPORT_FORMATS,
  type ImportError,
  type ImportErrorCode,
  type ImportFormat,
  type ImportItem,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
} from './types';
