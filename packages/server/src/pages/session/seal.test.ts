import { describe, expect, it } from 'vitest';
import { seal, sessionKey, unseal } from './seal';

describe('sealed session cookies', () => {
  const key = sessionKey('one secret');

  it('opens what it sealed, and nothing sealed with another key', () => {
    const value = { csrf: 'c', apps: { bins: { id: 'i', token: 't' } } };
    const sealed = seal(value, key);
    expect(unseal(sealed, key)).toEqual(value);
    expect(unseal(sealed, sessionKey('another secret'))).toBeNull();
  });

  it('refuses a cookie altered anywhere, or cut short', () => {
    const sealed = seal({ staff: 'token' }, key);
    const bytes = Buffer.from(sealed, 'base64url');
    for (const at of [0, 14, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at] = altered[at]! ^ 1;
      expect(unseal(altered.toString('base64url'), key)).toBeNull();
    }
    expect(unseal(sealed.slice(0, 20), key)).toBeNull();
    expect(unseal('', key)).toBeNull();
  });

  it('does not show what it holds', () => {
    expect(Buffer.from(seal({ token: 'resume-secret' }, key), 'base64url').toString('latin1')).not.toContain(
      'resume-secret',
    );
  });
});
