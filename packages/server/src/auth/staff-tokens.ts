import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from './principal';

/** Role-bearing bearer tokens for staff, by token. */
export interface StaffTokens {
  caseworkers?: Record<string, { id: string; roles: string[] }>;
  designers?: Record<string, { id: string }>;
}

/** The token a presented secret is looked up by: its SHA-256, so lookups never compare secrets. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * An index of staff tokens by digest. Looking a digest up in a map leaks nothing useful about the
 * secret, unlike comparing tokens character by character.
 * @example staffTokenIndex({ designers: { 's3cret': { id: 'dee' } } }).get(tokenDigest('s3cret'))
 */
export function staffTokenIndex(tokens: StaffTokens): Map<string, Principal> {
  const index = new Map<string, Principal>();
  for (const [token, who] of Object.entries(tokens.caseworkers ?? {}))
    index.set(tokenDigest(token), { kind: 'caseworker', id: who.id, roles: [...who.roles] });
  for (const [token, who] of Object.entries(tokens.designers ?? {}))
    index.set(tokenDigest(token), { kind: 'designer', id: who.id });
  return index;
}

/** The tokens made for local development when none are configured. */
export interface DevTokens {
  caseworker: { token: string; id: string; roles: string[] };
  dataProtection: { token: string; id: string; roles: string[] };
  designer: { token: string; id: string };
}

const newToken = () => randomBytes(24).toString('base64url');

/**
 * Fresh development tokens: a caseworker holding every role the published journeys use, a data
 * protection officer, and a designer. `fingerpost serve` prints them.
 */
export function makeDevTokens(roles: readonly string[]): DevTokens {
  return {
    caseworker: { token: newToken(), id: 'dev-caseworker', roles: [...roles] },
    dataProtection: { token: newToken(), id: 'dev-data-protection', roles: ['data-protection'] },
    designer: { token: newToken(), id: 'dev-designer' },
  };
}

/** The dev tokens as configuration. */
export function devTokensConfig(dev: DevTokens): StaffTokens {
  return {
    caseworkers: {
      [dev.caseworker.token]: { id: dev.caseworker.id, roles: dev.caseworker.roles },
      [dev.dataProtection.token]: { id: dev.dataProtection.id, roles: dev.dataProtection.roles },
    },
    designers: { [dev.designer.token]: { id: dev.designer.id } },
  };
}
