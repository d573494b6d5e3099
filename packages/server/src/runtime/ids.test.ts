import { describe, expect, it } from 'vitest';
import { CROCKFORD, defaultPrefix, referenceNumber, resumeToken, tokenHash, tokenMatches, uuid } from './ids';

const fixed = (byte: number) => (size: number) => new Uint8Array(size).fill(byte);

describe('reference numbers', () => {
  it('are the prefix and two groups of four Crockford base32 characters', () => {
    expect(referenceNumber('BB', fixed(0))).toBe('BB-0000-0000');
    expect(referenceNumber('BB', fixed(255))).toBe('BB-ZZZZ-ZZZZ');
    for (let i = 0; i < 200; i++) expect(referenceNumber('MB')).toMatch(/^MB-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('never use the letters read as other characters (I, L, O, U)', () => {
    expect(CROCKFORD).toHaveLength(32);
    expect(CROCKFORD).not.toMatch(/[ILOU]/);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) for (const c of referenceNumber('X').slice(2).replace('-', '')) seen.add(c);
    expect([...seen].filter((c) => /[ILOU]/.test(c))).toEqual([]);
  });

  it("default to the journey id's initials", () => {
    expect(defaultPrefix('report-missed-bin')).toBe('RMB');
    expect(defaultPrefix('council-tax-single-person-discount')).toBe('CTSP');
  });
});

describe('resume tokens', () => {
  it('carry 256 random bits and are stored only as a SHA-256 hash', () => {
    const token = resumeToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(resumeToken()).not.toBe(token);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).not.toContain(token);
  });

  it('match only their own hash', () => {
    const token = resumeToken();
    expect(tokenMatches(token, tokenHash(token))).toBe(true);
    expect(tokenMatches(`${token}x`, tokenHash(token))).toBe(false);
    expect(tokenMatches(token, 'abc')).toBe(false);
    expect(tokenMatches('', tokenHash(token))).toBe(false);
  });
});

it('makes version 4 UUIDs', () => {
  expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
