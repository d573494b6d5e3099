import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from './csv';
import { parseCsv } from './testing/parse-csv';

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text rich in what breaks CSV: formula starts, quotes, separators, line breaks, any Unicode. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'"),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+44 7700 900982', "'+44 7700 900982"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('puts an apostrophe before %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it('leaves other text alone, formula characters later on included', () => {
    for (const plain of ['Gwen ap Rhys', "O'Brien", '1 = 1', 'a+b', '', ' =1', '£12.50'])
      expect(neutraliseFormula(plain)).toBe(plain);
  });
});

describe('csvCell and toCsv', () => {
  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
  });

  it('writes a byte order mark, a header and CRLF rows', () => {
    expect(toCsv(['name', 'note'], [['Siôn', 'a,b']])).toBe('\uFEFFname,note\r\nSiôn,"a,b"\r\n');
  });

  it('reads back as the neutralised text for any text at all, never as a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), {
          maxLength: 5,
        }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
          const parsed = parseCsv(toCsv(header, padded));
          expect(parsed).toEqual([header, ...padded.map((r) => r.map(neutraliseFormula))]);
          for (const row of parsed) for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
