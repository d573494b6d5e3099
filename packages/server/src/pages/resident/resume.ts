import type { Context } from 'hono';
import { HttpError } from '../../http/http-error';
import type { Kit } from '../kit';
import { updateSession } from '../session/session';
import { whereNow } from './act';

/**
 * GET /resume/{instanceId}?token=…: the link from "Save and come back later". It opens the
 * application in this browser and goes to the page the resident was on, in their language; the
 * token leaves the address bar straight away.
 */
export async function resume(c: Context, kit: Kit, instanceId: string): Promise<Response> {
  const token = c.req.query('token') ?? '';
  if (token === '') throw new HttpError(404, 'resume.invalid', 'This link does not open an application');
  let view: Awaited<ReturnType<typeof kit.runtime.instances.view>>;
  try {
    view = await kit.runtime.instances.view(instanceId, { kind: 'resident', token });
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
      throw new HttpError(404, 'resume.invalid', 'This link does not open an application');
    }
    throw error;
  }
  updateSession(c, (s) => {
    s.apps[view.journey.id] = { id: instanceId, token };
    s.lang = view.language;
  });
  return c.redirect(whereNow(view.journey.id, view), 303);
}
