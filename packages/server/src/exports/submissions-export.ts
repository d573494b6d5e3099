import { textIn } from '@fingerpost/schema';
import { type CaseworkerPrincipal, DATA_PROTECTION_ROLE } from '../auth/principal';
import { HttpError } from '../http/http-error';
import { journeyRoles } from '../runtime/journey-roles';
import type { Runtime } from '../runtime/runtime';
import { toCsv } from './csv';
import { displayValue, type ExportField, exportFields } from './export-fields';
import { type ExportScope, listSubmissions, type Submission } from './submissions';

/** A journey version's applications, for caseworkers: the JSON export (the CSV is made from it). */
export interface SubmissionsExport {
  journey: { id: string; version: string; title: string };
  exportedAt: string;
  scope: ExportScope;
  fields: ExportField[];
  /** Each with its answers as stored and as shown (`display`, by field; blank when unanswered). */
  submissions: Array<Submission & { display: Record<string, string> | null }>;
}

/** The columns before the data model's fields, in the CSV. */
const FIXED_COLUMNS = [
  'reference',
  'instanceId',
  'status',
  'outcome',
  'startedAt',
  'submittedAt',
  'completedAt',
  'erasedAt',
] as const;

/**
 * The applications of a published journey version, for a caseworker holding one of the journey's
 * roles (or the data protection role): 404 for a version not published, 403 for other roles.
 * @example await exportSubmissions(runtime, caseworker, 'report-missed-bin', '1.0.0', 'submitted')
 */
export async function exportSubmissions(
  runtime: Runtime,
  caller: CaseworkerPrincipal,
  journeyId: string,
  version: string,
  scope: ExportScope,
): Promise<SubmissionsExport> {
  const published = await runtime.journeys.version(journeyId, version);
  if (!published)
    throw new HttpError(
      404,
      'journey.version-not-found',
      `Version ${version} of "${journeyId}" is not published`,
    );
  const journey = published.record.definition;
  const roles = journeyRoles(journey);
  if (!caller.roles.some((r) => roles.has(r) || r === DATA_PROTECTION_ROLE))
    throw new HttpError(403, 'export.wrong-role', `Your roles do not work on ${journeyId}`);
  const fields = exportFields(journey);
  const submissions = await listSubmissions(runtime.storage, journeyId, version, scope);
  return {
    journey: { id: journeyId, version, title: textIn(journey.title, 'en') || journeyId },
    exportedAt: runtime.clock().toISOString(),
    scope,
    fields,
    submissions: submissions.map((s) => ({
      ...s,
      display: s.answers
        ? Object.fromEntries(
            fields.map((f) => [f.name, displayValue(s.answers?.[f.name], journey.fields[f.name]!)]),
          )
        : null,
    })),
  };
}

/**
 * The export as CSV: one row per application, the fixed columns then one per field of the data
 * model with its answer as shown (groups as JSON), every cell neutralised against formulas.
 * @example submissionsCsv(await exportSubmissions(…)).split('\r\n')[0] // '\uFEFFreference,instanceId,…'
 */
export function submissionsCsv(data: SubmissionsExport): string {
  const header = [...FIXED_COLUMNS, ...data.fields.map((f) => f.name)];
  const rows = data.submissions.map((s) => [
    ...FIXED_COLUMNS.map((column) => s[column] ?? ''),
    ...data.fields.map((f) => s.display?.[f.name] ?? ''),
  ]);
  return toCsv(header, rows);
}
