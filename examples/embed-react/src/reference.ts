const LETTERS = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A reference number like MB-7K3D-9Q2F. The engine never makes random numbers, so the host does:
 * here from the browser's cryptographic random source, without letters that look like digits.
 */
export function newReference(
  prefix: string,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(8));
  const chars = Array.from(bytes, (b) => LETTERS[b % LETTERS.length]).join('');
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
