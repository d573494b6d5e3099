export type CsvResult =
  | { ok: true; rows: string[][] }
  | { ok: false; error: { code: 'csv.syntax'; message: string; line: number } };

/**
 * Parses CSV as RFC 4180 writes it: fields in double quotes may hold commas, line breaks and
 * doubled quotes (""); CRLF or LF line ends; a leading byte order mark is ignored; blank lines
 * are skipped.
 *
 * @example
 * parseCsv('line1,town\n"Flat 2, Rose Court",Exbridge\n');
 * // { ok: true, rows: [['line1', 'town'], ['Flat 2, Rose Court', 'Exbridge']] }
 */
export function parseCsv(text: string): CsvResult {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteLine = 1;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '' && !fieldStarted)) rows.push(row);
    row = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return {
            ok: false,
            error: { code: 'csv.syntax', message: `Line ${line}: text after a closing quote`, line },
          };
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') {
        return {
          ok: false,
          error: { code: 'csv.syntax', message: `Line ${line}: a quote in the middle of a field`, line },
        };
      }
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) {
    return {
      ok: false,
      error: {
        code: 'csv.syntax',
        message: `Line ${quoteLine}: a quoted field is never closed`,
        line: quoteLine,
      },
    };
  }
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return { ok: true, rows };
}
