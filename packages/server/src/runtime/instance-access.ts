import type { Principal } from '../auth/principal';
import { HttpError } from '../http/http-error';
import { tokenMatches } from './ids';
import type { InstanceMeta } from './instance-write';

/** Who is acting on an instance: its resident (by resume token), staff, or the server itself. */
export type InstanceAccess =
  | { kind: 'resident'; token: string }
  | { kind: 'staff'; principal: Principal }
  | { kind: 'system' };

/** Not there, or not yours: the same answer, so a resume token cannot probe for other applications. */
export const instanceNotFound = () =>
  new HttpError(404, 'instance.not-found', 'There is no application with this id that your token opens');

export const instanceErased = () =>
  new HttpError(410, 'instance.erased', 'The personal data of this application was erased on request');

/** Checks the caller may see the instance: a resident needs its resume token (compared in constant time). */
export function admit(meta: InstanceMeta, access: InstanceAccess): void {
  if (access.kind === 'resident' && !tokenMatches(access.token, meta.resumeTokenHash))
    throw instanceNotFound();
  if (meta.erasedAt !== null) throw instanceErased();
}

export const versionConflict = (current: number, expected: number) =>
  new HttpError(
    409,
    'instance.version-conflict',
    `The application has changed since version ${expected}: it is now at version ${current}. Reload it and try again`,
    { extra: { version: current } },
  );
