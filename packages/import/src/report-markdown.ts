import type { Journey } from '@fingerpost/schema';
import type { ImportFormat, ImportItem, ImportReport } from './types';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  xgov: 'XGovFormBuilder',
  defra: 'DEFRA forms (V2)',
  'govuk-forms': 'GOV.UK Forms',
};

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(items: readonly ImportItem[]): string {
  if (items.length === 0) return 'None.\n';
  const rows = items.map(
    (item) => `| \`${cell(item.path || '/')}\` | ${cell(item.what)} | ${cell(item.why)} |`,
  );
  return ['| Source | What | What became of it |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/**
 * The import report as Markdown, for the people who check an imported journey before publishing it.
 * @example importReportMarkdown(result.report, { format: 'xgov', source: 'forms/blue-badge.json', journey: result.journey })
 */
export function importReportMarkdown(
  report: ImportReport,
  context: {
    format: ImportFormat;
    source: string;
    journey: Pick<Journey, 'id' | 'languages' | 'steps' | 'fields'>;
  },
): string {
  const { journey } = context;
  return [
    `# Import report: ${journey.id}`,
    '',
    `Imported from ${FORMAT_NAMES[context.format]} (\`${context.source}\`) into the journey \`${journey.id}\`: ` +
      `${journey.steps.length} steps, ${Object.keys(journey.fields).length} fields, languages ${journey.languages.join(' and ')}.`,
    '',
    `- Carried over: ${report.mapped.length}`,
    `- Approximated: ${report.approximated.length}`,
    `- Not carried over: ${report.dropped.length}`,
    '',
    'Check the approximated and dropped items before publishing the journey.',
    '',
    '## Not carried over',
    '',
    table(report.dropped),
    '## Approximated',
    '',
    table(report.approximated),
    '## Carried over',
    '',
    table(report.mapped),
  ].join('\n');
}
