import type { Section, Table } from './types';

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

/** A table as GitHub-flavoured markdown. */
export function markdownTable(table: Table): string {
  const header = `| ${table.columns.map(escapeCell).join(' | ')} |`;
  const rule = `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`);
  return [`**${table.title}**`, '', header, rule, ...rows].join('\n');
}

/** A table aligned in plain text for the terminal. */
export function textTable(table: Table): string {
  const widths = table.columns.map((column, i) =>
    Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    table.title,
    line(table.columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.rows.map(line),
  ].join('\n');
}

/** A section's verdicts as a table, with a plain statement for each missed target. */
function verdictLines(section: Section): string[] {
  if (section.verdicts.length === 0) return [];
  const table: Table = {
    title: 'Targets',
    columns: ['Target', 'Wanted', 'Measured', 'Met'],
    rows: section.verdicts.map((v) => [v.what, v.target, v.measured, v.met ? 'yes' : '**no**']),
  };
  const missed = section.verdicts
    .filter((v) => !v.met)
    .map(
      (v) => `- **Missed: ${v.what}** (${v.measured}, wanted ${v.target}).${v.limits ? ` ${v.limits}` : ''}`,
    );
  return [markdownTable(table), ...(missed.length > 0 ? ['', ...missed] : [])];
}

/** A section as markdown, between markers so a later `--only` run can replace just this part. */
export function markdownSection(section: Section, runLine: string): string {
  const parts = [
    `<!-- bench:${section.name} -->`,
    `## ${section.title}`,
    '',
    runLine,
    '',
    ...section.method.map((m) => `- ${m}`),
    '',
    ...section.tables.flatMap((t) => [markdownTable(t), '']),
    ...verdictLines(section),
    ...(section.notes.length > 0 ? ['', ...section.notes.map((n) => `- ${n}`)] : []),
    '',
    `<!-- /bench:${section.name} -->`,
  ];
  return parts.join('\n');
}

/** A section for the terminal. */
export function textSection(section: Section): string {
  const verdicts = section.verdicts.map(
    (v) =>
      `${v.met ? 'MET   ' : 'MISSED'} ${v.what}: ${v.measured} (target ${v.target})${v.met || !v.limits ? '' : `\n       ${v.limits}`}`,
  );
  return [
    `\n=== ${section.title} ===`,
    ...section.tables.flatMap((t) => ['', textTable(t)]),
    ...(verdicts.length > 0 ? ['', ...verdicts] : []),
    ...(section.notes.length > 0 ? ['', ...section.notes.map((n) => `* ${n}`)] : []),
  ].join('\n');
}
