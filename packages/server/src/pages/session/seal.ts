import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** An AES-256-GCM key for session cookies, derived from the configured secret. */
export function sessionKey(secret: string): Buffer {
  return createHash('sha256').update(`fingerpost session cookie\u0000${secret}`, 'utf8').digest();
}

/**
 * Encrypts and authenticates a value for a cookie: nobody without the key can read it (it holds a
 * resume token) or change it (it holds the CSRF token and who is signed in).
 * @example const cookie = seal({ csrf: 'x' }, sessionKey('secret')); unseal(cookie, sessionKey('secret'))
 */
export function seal(value: unknown, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The value of a sealed cookie, or null when it was not sealed with this key or was altered. */
export function unseal(sealed: string, key: Buffer): unknown {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
