import { describe, expect, it } from 'vitest';
import { expectedAccess } from './access';
import { bearerToken } from './bearer';

describe('bearer tokens', () => {
  it('reads the token of an Authorization: Bearer header, case-insensitively', () => {
    expect(bearerToken('Bearer abc.DEF-_~+/=')).toBe('abc.DEF-_~+/=');
    expect(bearerToken('bearer   xyz ')).toBe('xyz');
  });

  it('reads nothing from other schemes, empty or malformed headers', () => {
    for (const header of [
      undefined,
      null,
      '',
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer a b',
      'Bearer <script>',
      'Token abc',
    ])
      expect(bearerToken(header)).toBeNull();
  });
});

describe('expected access', () => {
  it('lets anyone call public routes', () => {
    expect(expectedAccess({ auth: 'public' }, 'anonymous')).toBe('allowed');
  });

  it('hides an application from everyone but its resident: 401 without a token, 404 with any other', () => {
    expect(expectedAccess({ auth: 'resident' }, 'resident')).toBe('allowed');
    expect(expectedAccess({ auth: 'resident' }, 'anonymous')).toBe(401);
    for (const caller of ['otherResident', 'caseworker', 'designer', 'reviewer'] as const)
      expect(expectedAccess({ auth: 'resident' }, caller)).toBe(404);
  });

  it('scopes caseworker routes by role: task routes need the task role, journey routes admit data protection', () => {
    expect(expectedAccess({ auth: 'caseworker', roleScope: 'task' }, 'caseworkerOtherRole')).toBe(403);
    expect(expectedAccess({ auth: 'caseworker', roleScope: 'task' }, 'dataProtectionOfficer')).toBe(403);
    expect(expectedAccess({ auth: 'caseworker', roleScope: 'journey' }, 'dataProtectionOfficer')).toBe(
      'allowed',
    );
    expect(expectedAccess({ auth: 'caseworker' }, 'caseworkerOtherRole')).toBe('allowed');
    expect(expectedAccess({ auth: 'caseworker' }, 'designer')).toBe(403);
    expect(expectedAccess({ auth: 'caseworker' }, 'resident')).toBe(401);
  });

  it('keeps erasure to data protection officers and designer routes to designers', () => {
    expect(expectedAccess({ auth: 'dataProtection' }, 'dataProtectionOfficer')).toBe('allowed');
    expect(expectedAccess({ auth: 'dataProtection' }, 'caseworker')).toBe(403);
    expect(expectedAccess({ auth: 'designer' }, 'designer')).toBe('allowed');
    expect(expectedAccess({ auth: 'designer' }, 'caseworker')).toBe(403);
    expect(expectedAccess({ auth: 'designer' }, 'anonymous')).toBe(401);
  });

  it('opens reviewer routes to designers and to a link for that version only; a link opens nothing else', () => {
    expect(expectedAccess({ auth: 'reviewer' }, 'designer')).toBe('allowed');
    expect(expectedAccess({ auth: 'reviewer' }, 'reviewer')).toBe('allowed');
    expect(expectedAccess({ auth: 'reviewer' }, 'anonymous')).toBe(401);
    for (const caller of ['otherReviewer', 'resident', 'otherResident'] as const)
      expect(expectedAccess({ auth: 'reviewer' }, caller)).toBe(404);
    expect(expectedAccess({ auth: 'reviewer' }, 'caseworker')).toBe(403);
    for (const auth of ['designer', 'caseworker', 'dataProtection'] as const)
      expect(expectedAccess({ auth }, 'reviewer')).toBe(401);
  });
});
