import { describe, expect, it } from 'vitest';
import { checkFileType } from './check-file-type';
import { detectFileType } from './file-type';
import { buildZip, docxFixture, xlsxFixture } from './zip-fixture';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

// Real one-pixel images, as an image editor saves them.
const png = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
);
const gif = fromBase64('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==');
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const webp = bytes(
  'RIFF',
  [0x1a, 0, 0, 0],
  'WEBPVP8L',
  [0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11],
);
const heic = bytes([0, 0, 0, 0x18], 'ftyp', 'heic', [0, 0, 0, 0], 'mif1', 'heic', [0, 0, 0, 8], 'mdat');
const iphoneHeif = bytes([0, 0, 0, 0x1c], 'ftyp', 'mif1', [0, 0, 0, 0], 'mif1', 'MiHE', 'heic', [0, 0, 0, 8]);
const avif = bytes([0, 0, 0, 0x1c], 'ftyp', 'avif', [0, 0, 0, 0], 'avif', 'mif1', 'miaf', [0, 0, 0, 8]);
const pdf = bytes(
  '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const text = new TextEncoder().encode('Name,Weekly rent\r\nSam Jones,£125.50\n\tIndented line\f');

describe('detectFileType', () => {
  it.each([
    ['a PDF', pdf, 'pdf'],
    ['a PDF with bytes before its header', new Uint8Array([0x0a, 0x0d, ...pdf]), 'pdf'],
    ['a PNG', png, 'png'],
    ['a JPEG', jpeg, 'jpeg'],
    ['a GIF', gif, 'gif'],
    ['a WebP', webp, 'webp'],
    ['a HEIC photo', heic, 'heic'],
    ['an iPhone HEIF photo whose major brand is mif1', iphoneHeif, 'heic'],
    ['a Word document', docxFixture(), 'docx'],
    ['an Excel spreadsheet', xlsxFixture(), 'xlsx'],
    ['UTF-8 text with tabs, CRLF and a form feed', text, 'text'],
  ])('recognises %s', (_what, file, kind) => {
    expect(detectFileType(file)?.kind).toBe(kind);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a Windows program', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode')],
    ['an AVIF image', avif],
    ['a plain ZIP archive', buildZip({ 'evil.exe': 'MZ' })],
    ['a ZIP with a content types file but no document', buildZip({ '[Content_Types].xml': '<Types/>' })],
    ['a truncated ZIP', docxFixture().subarray(0, 60)],
    ['UTF-16 text', new Uint8Array(Buffer.from('\ufeffhello', 'utf16le'))],
    ['bytes that are not UTF-8', bytes([0x68, 0x69, 0xc3, 0x28])],
    ['text with escape sequences', bytes('hello \x1b[31mred\x1b[0m')],
  ])('does not recognise %s', (_what, file) => {
    expect(detectFileType(file)).toBeUndefined();
  });
});

describe('checkFileType', () => {
  it('accepts a file whose contents, name and declared type agree, and gives the type to store', () => {
    expect(checkFileType(png, { name: 'Photo of badge.PNG', type: 'image/png' })).toEqual({
      ok: true,
      fileType: expect.objectContaining({ kind: 'png', mimeType: 'image/png' }),
    });
    expect(checkFileType(jpeg, { name: 'scan.jpeg', type: 'image/jpg' }).ok).toBe(true);
    expect(checkFileType(text, { name: 'rent.csv', type: 'text/csv; charset=utf-8' }).ok).toBe(true);
    expect(checkFileType(pdf, { name: 'letter', type: 'application/octet-stream' }).ok).toBe(true);
  });

  it('rejects a file whose name claims another type, naming what it really is', () => {
    expect(checkFileType(png, { name: 'payslip.pdf', type: 'application/pdf' })).toEqual({
      ok: false,
      error: {
        code: 'file.type-mismatch',
        message:
          'The selected file is called "payslip.pdf" but it is a PNG. Choose the right file, or save it with the right type',
      },
    });
  });

  it('rejects a web page or script saved with a PDF name', () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect(checkFileType(html, { name: 'proof.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'file.type-mismatch' },
    });
  });

  it('rejects a declared MIME type that disagrees with the contents', () => {
    expect(checkFileType(pdf, { name: 'letter.pdf', type: 'image/png' })).toMatchObject({
      ok: false,
      error: { code: 'file.type-mismatch' },
    });
  });

  it('lists the accepted types when the file is none of them', () => {
    expect(checkFileType(docxFixture(), { name: 'tenancy.docx' }, ['pdf', 'jpeg', 'png'])).toEqual({
      ok: false,
      error: { code: 'file.not-accepted', message: 'The selected file must be a PDF, JPG or PNG' },
    });
    expect(checkFileType(bytes('MZ', [0x90, 0]), { name: 'setup.exe' }, ['pdf'])).toEqual({
      ok: false,
      error: { code: 'file.unrecognised', message: 'The selected file must be a PDF' },
    });
  });

  it('says when the file is empty', () => {
    expect(checkFileType(new Uint8Array(0), { name: 'empty.pdf' })).toEqual({
      ok: false,
      error: { code: 'file.empty', message: 'The selected file is empty' },
    });
  });
});
