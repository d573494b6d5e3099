/** A caseworker: decides tasks of the roles they hold ('data-protection' may also erase data). */
export interface CaseworkerPrincipal {
  kind: 'caseworker';
  id: string;
  roles: string[];
}

/** A service designer: drafts, validates and publishes journeys, and reads their analytics. */
export interface DesignerPrincipal {
  kind: 'designer';
  id: string;
}

/** A member of council staff, as a role-bearing token or the OIDC hook identifies them. */
export type Principal = CaseworkerPrincipal | DesignerPrincipal;

/** The role that may erase a resident's personal data on request (UK GDPR Article 17). */
export const DATA_PROTECTION_ROLE = 'data-protection';

/**
 * Turns a request into a principal, or null when it carries no staff credentials. This is the OIDC
 * hook: verify the bearer JWT (or session) against your identity provider and map its claims to
 * roles; it runs after the configured static tokens.
 * @example
 * const authenticate: Authenticate = async (request) => {
 *   const claims = await verifyJwt(request.headers.get('authorization'));
 *   return claims ? { kind: 'caseworker', id: claims.sub, roles: claims.roles } : null;
 * };
 */
export type Authenticate = (request: Request) => Promise<Principal | null>;
