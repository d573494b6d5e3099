/** Characters a spreadsheet may read as the start of a formula (or a field separator it trims). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one starting with =, +, -, @, a tab or a carriage return gets
 * a leading apostrophe, so "=HYPERLINK(…)" typed by a resident is never run by Excel or Calc
 * (CSV injection). Negative numbers are shown as '-5 for the same reason.
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field (RFC 4180): neutralised, then quoted when it holds a comma, a quote or a line
 * break, with quotes doubled.
 * @example csvCell('Say "hi", then =go') // '"Say ""hi"", then =go"'
 */
export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV document: a header row and rows, CRLF line ends, with a byte order mark so that Excel
 * opens it as UTF-8 (Welsh names keep their ŵ and ŷ).
 * @example toCsv(['reference'], [['FP-7K3D']]) // '\uFEFFreference\r\nFP-7K3D\r\n'
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`);
  return `\uFEFF${lines.join('')}`;
}
