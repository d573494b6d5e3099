import { HttpError } from '../http/http-error';
import { bearerToken } from './bearer';
import { type Authenticate, DATA_PROTECTION_ROLE, type Principal } from './principal';
import { tokenDigest } from './staff-tokens';

/**
 * Who may call a route:
 * - `public`: anyone;
 * - `resident`: the bearer of the instance's resume token (anyone else: 404, as if it did not exist);
 * - `caseworker`: a caseworker token; `designer`: a designer token;
 * - `dataProtection`: a caseworker holding the 'data-protection' role;
 * - `reviewer`: a designer token, or the token of a review link for the journey version in the
 *   path (a link for another version, or a revoked or expired one: 404, as if it did not exist).
 */
export type AuthKind = 'public' | 'resident' | 'caseworker' | 'designer' | 'dataProtection' | 'reviewer';

/**
 * For caseworker routes, whose roles the handler also checks against the resource:
 * `task` — one of the task's roles; `journey` — a role the journey uses, or 'data-protection';
 * `case` — a role the journey uses (acting on the case, such as a refund: not data protection alone).
 */
export type RoleScope = 'task' | 'journey' | 'case';

/** What a handler learns about its caller. */
export type Caller =
  | { kind: 'anonymous'; principal: null }
  | { kind: 'resident'; token: string }
  | { kind: 'reviewer'; token: string }
  | { kind: 'staff'; principal: Principal };

export interface AccessDeps {
  staffTokens: Map<string, Principal>;
  authenticate?: Authenticate | undefined;
}

const unauthorised = (message: string) =>
  new HttpError(401, 'auth.unauthorised', message, { headers: { 'www-authenticate': 'Bearer' } });

async function staffPrincipal(request: Request, deps: AccessDeps): Promise<Principal | null> {
  const token = bearerToken(request.headers.get('authorization'));
  if (token) {
    const known = deps.staffTokens.get(tokenDigest(token));
    if (known) return known;
  }
  return deps.authenticate ? await deps.authenticate(request) : null;
}

/**
 * Checks a request against a route's auth kind and says who is calling; throws 401 or 403.
 * Resident routes only need a bearer token here: whether it opens the instance is the runtime's
 * check (and a wrong one answers 404). So do reviewer routes when the token is not a staff one:
 * whether it is a live link for the version in the path is the review service's check.
 */
export async function authorise(kind: AuthKind, request: Request, deps: AccessDeps): Promise<Caller> {
  if (kind === 'public') return { kind: 'anonymous', principal: null };
  if (kind === 'resident') {
    const token = bearerToken(request.headers.get('authorization'));
    if (!token) throw unauthorised('Send the resume token as Authorization: Bearer <token>');
    return { kind: 'resident', token };
  }
  const principal = await staffPrincipal(request, deps);
  if (kind === 'reviewer') return reviewerCaller(request, principal);
  if (!principal) throw unauthorised('This needs a caseworker or designer token');
  const allowed =
    kind === 'designer'
      ? principal.kind === 'designer'
      : principal.kind === 'caseworker' &&
        (kind === 'caseworker' || principal.roles.includes(DATA_PROTECTION_ROLE));
  if (!allowed) {
    const needed =
      kind === 'dataProtection' ? `a caseworker with the ${DATA_PROTECTION_ROLE} role` : `a ${kind}`;
    throw new HttpError(403, 'auth.forbidden', `Only ${needed} can do this`);
  }
  return { kind: 'staff', principal };
}

function reviewerCaller(request: Request, principal: Principal | null): Caller {
  if (principal?.kind === 'designer') return { kind: 'staff', principal };
  if (principal) throw new HttpError(403, 'auth.forbidden', 'Only a designer or a review link can do this');
  const token = bearerToken(request.headers.get('authorization'));
  if (!token) throw unauthorised("Send the review link's token as Authorization: Bearer <token>");
  return { kind: 'reviewer', token };
}

/**
 * The callers the authorisation matrix tries on every route. `reviewer` holds a live review link
 * for the journey version the request is about (or, for routes not about one, for some draft);
 * `otherReviewer` holds a live link for another draft.
 */
export type MatrixCaller =
  | 'anonymous'
  | 'reviewer'
  | 'otherReviewer'
  | 'otherResident'
  | 'resident'
  | 'caseworkerOtherRole'
  | 'caseworker'
  | 'dataProtectionOfficer'
  | 'designer';

export const MATRIX_CALLERS: readonly MatrixCaller[] = [
  'anonymous',
  'reviewer',
  'otherReviewer',
  'otherResident',
  'resident',
  'caseworkerOtherRole',
  'caseworker',
  'dataProtectionOfficer',
  'designer',
];

/**
 * What a caller gets from a route before the handler's own checks: 'allowed', or the status the
 * refusal has. The authorisation matrix test derives every expectation from this and the route table.
 * A review link opens only the reviewer routes of its own version: anywhere else it is refused like
 * an unknown token.
 * @example expectedAccess({ auth: 'resident' }, 'otherResident') // 404
 * @example expectedAccess({ auth: 'reviewer' }, 'otherReviewer') // 404
 */
export function expectedAccess(
  route: { auth: AuthKind; roleScope?: RoleScope | undefined },
  caller: MatrixCaller,
): 'allowed' | 401 | 403 | 404 {
  if (route.auth === 'public') return 'allowed';
  if (route.auth === 'resident') {
    if (caller === 'resident') return 'allowed';
    return caller === 'anonymous' ? 401 : 404;
  }
  const staff = ['caseworkerOtherRole', 'caseworker', 'dataProtectionOfficer', 'designer'];
  if (route.auth === 'reviewer') {
    if (caller === 'designer' || caller === 'reviewer') return 'allowed';
    if (caller === 'anonymous') return 401;
    return staff.includes(caller) ? 403 : 404;
  }
  if (!staff.includes(caller)) return 401;
  if (route.auth === 'designer') return caller === 'designer' ? 'allowed' : 403;
  if (caller === 'designer') return 403;
  if (route.auth === 'dataProtection') return caller === 'dataProtectionOfficer' ? 'allowed' : 403;
  if (route.roleScope === undefined) return 'allowed';
  if (caller === 'caseworker') return 'allowed';
  if (caller === 'dataProtectionOfficer' && route.roleScope === 'journey') return 'allowed';
  return 403;
}
