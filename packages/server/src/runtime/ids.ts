import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O and U, which are read as 1, 1, 0 and V. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Where randomness comes from; tests may pass a seeded source. */
export type RandomBytes = (size: number) => Uint8Array;

export const cryptoRandom: RandomBytes = (size) => randomBytes(size);

/** A prefix for a journey without `referencePrefix`: the initials of its id, e.g. report-missed-bin → RMB. */
export function defaultPrefix(journeyId: string): string {
  const initials = journeyId
    .split('-')
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return initials.slice(0, 4) || 'FP';
}

/**
 * A reference number to read over the phone: the prefix and 8 Crockford base32 characters (40 bits)
 * in two groups of four.
 * @example referenceNumber('BB') // 'BB-7K3D-9Q2F'
 */
export function referenceNumber(prefix: string, random: RandomBytes = cryptoRandom): string {
  const bytes = random(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 8; i++) {
    text = CROCKFORD[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return `${prefix}-${text.slice(0, 4)}-${text.slice(4)}`;
}

/**
 * A resume token: 256 random bits, base64url. Only its SHA-256 is stored.
 * @example const token = resumeToken(); const stored = tokenHash(token);
 */
export function resumeToken(random: RandomBytes = cryptoRandom): string {
  return Buffer.from(random(32)).toString('base64url');
}

/** The SHA-256 of a token, hex: what the instance record keeps. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether a presented token matches a stored hash, compared in constant time (both sides are
 * SHA-256 digests of equal length, so the comparison time says nothing about the secret).
 */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = createHash('sha256').update(token, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** A random UUID (v4) made from the injected randomness. */
export function uuid(random: RandomBytes = cryptoRandom): string {
  const b = Buffer.from(random(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
