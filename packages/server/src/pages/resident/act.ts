import type { Context } from 'hono';
import { HttpError } from '../../http/http-error';
import type { InstanceAction } from '../../runtime/actions';
import type { InstanceView } from '../../runtime/instances';
import type { Kit } from '../kit';
import { type HeldApplication, setFlash } from '../session/session';
import { residentAccess } from './application';

/** What came of a resident's action: the new view, or the page was refused (its errors kept). */
export type ActResult = { ok: true; view: InstanceView } | { ok: false; status: number };

/**
 * Does one thing to the resident's application. A refused page (422) is not a failure of the
 * request: the engine keeps what was typed and the errors, and the page shows them after the
 * redirect; problems only the runtime saw are kept in the flash for `errorPath`. A page that is no
 * longer the current one (409) is reported too, so the caller can send the resident where they are.
 */
export async function act(
  c: Context,
  kit: Kit,
  held: HeldApplication,
  action: InstanceAction,
  errorPath: string,
  form = 'page',
): Promise<ActResult> {
  try {
    const { view } = await kit.runtime.instances.act(held.id, residentAccess(held), action);
    return { ok: true, view };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.status === 422) {
      setFlash(c, {
        path: errorPath,
        form,
        errors: (error.errors ?? []).map((e) => ({ field: e.field, message: e.message })),
      });
      return { ok: false, status: 422 };
    }
    if (error.status === 409) return { ok: false, status: 409 };
    throw error;
  }
}

/** Where the resident is now: /{journeyId}/{current step}. */
export const whereNow = (journeyId: string, view: InstanceView) => `/${journeyId}/${view.step.id}`;
