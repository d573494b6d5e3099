/** Digits grouped in thousands with commas, as GOV.UK writes numbers: 7400 gives "7,400". */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Integer pence as pounds, with pence only when there are some (GOV.UK style: "£75", "£75.50").
 *
 * @example
 * formatPence(125050); // '£1,250.50'
 * formatPence(740000); // '£7,400'
 */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(pence));
  const pounds = formatNumber(Math.floor(absolute / 100));
  const rest = absolute % 100;
  return `${sign}£${pounds}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}

/** A size limit as residents read it: 2048 KB gives "2MB", 500 gives "500KB". */
export function formatFileSize(kilobytes: number): string {
  return kilobytes >= 1024 && kilobytes % 1024 === 0
    ? `${kilobytes / 1024}MB`
    : `${formatNumber(kilobytes)}KB`;
}

const mediaTypeNames: Readonly<Record<string, string>> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
};

/** What residents call a media type: "image/jpeg" is a JPG. */
export function mediaTypeName(mediaType: string): string {
  return mediaTypeNames[mediaType] ?? (mediaType.split('/')[1] ?? mediaType).toUpperCase();
}
