import type { Context } from 'hono';
import type { CaseworkerPrincipal } from '../../auth/principal';
import type { Kit } from '../kit';
import type { Chrome } from '../render/page';
import { sessionOf, updateSession } from '../session/session';

/**
 * The signed-in caseworker, checked again on every request through the auth hook (a token that
 * has been withdrawn stops working at once); null when nobody is signed in.
 */
export async function signedInCaseworker(c: Context, kit: Kit): Promise<CaseworkerPrincipal | null> {
  const token = sessionOf(c).staff;
  if (!token || !kit.options.authenticateStaff) return null;
  const principal = await kit.options.authenticateStaff(token);
  if (principal?.kind === 'caseworker') return principal;
  updateSession(c, (s) => {
    delete s.staff;
  });
  return null;
}

/** The console's frame: English only, the caseworker's navigation, no resident feedback. */
export function consoleChrome(
  kit: Kit,
  heading: string,
  errors: Chrome['errors'] = [],
  signedIn = true,
): Chrome {
  return {
    language: 'en',
    languages: ['en'],
    heading,
    serviceName: 'Caseworker console',
    serviceUrl: '/console',
    council: kit.options.councilName,
    errors,
    feedback: null,
    navigation: signedIn ? [{ href: '/console', text: 'Tasks', current: heading === 'Tasks' }] : [],
  };
}
