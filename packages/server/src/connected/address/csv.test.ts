import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n"Flat 2, Rose Court","The ""Old"" Bakehouse","line one\nline two"\n')).toEqual({
      ok: true,
      rows: [
        ['a', 'b', 'c'],
        ['Flat 2, Rose Court', 'The "Old" Bakehouse', 'line one\nline two'],
      ],
    });
  });

  it('accepts CRLF line ends, a byte order mark, empty fields and no final line end', () => {
    expect(parseCsv('\ufeffuprn,line1,line2\r\n1,High Street,\r\n\r\n2,,Low Road')).toEqual({
      ok: true,
      rows: [
        ['uprn', 'line1', 'line2'],
        ['1', 'High Street', ''],
        ['2', '', 'Low Road'],
      ],
    });
  });

  it('keeps an empty quoted field', () => {
    expect(parseCsv('a,""\n')).toEqual({ ok: true, rows: [['a', '']] });
  });

  it.each([
    ['a,"never closed\nb,c\n', 'Line 1: a quoted field is never closed'],
    ['a,b\nx"y",c\n', 'Line 2: a quote in the middle of a field'],
    ['a,"b"c\n', 'Line 1: text after a closing quote'],
  ])('reports where %j goes wrong', (text, message) => {
    expect(parseCsv(text)).toMatchObject({ ok: false, error: { code: 'csv.syntax', message } });
  });
});
