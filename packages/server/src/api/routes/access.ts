import type { Caller } from '../../auth/access';
import type { CaseworkerPrincipal, Principal } from '../../auth/principal';
import { HttpError } from '../../http/http-error';
import type { InstanceAccess } from '../../runtime/instance-access';

/** The instance access of a resident route's caller (authorise has made sure there is a token). */
export function residentAccess(caller: Caller): InstanceAccess {
  if (caller.kind !== 'resident') throw new HttpError(401, 'auth.unauthorised', 'Send the resume token');
  return { kind: 'resident', token: caller.token };
}

export function staff(caller: Caller): Principal {
  if (caller.kind !== 'staff') throw new HttpError(401, 'auth.unauthorised', 'This needs a staff token');
  return caller.principal;
}

export function caseworker(caller: Caller): CaseworkerPrincipal {
  const principal = staff(caller);
  if (principal.kind !== 'caseworker')
    throw new HttpError(403, 'auth.forbidden', 'Only caseworkers can do this');
  return principal;
}
