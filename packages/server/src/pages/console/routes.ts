import type { Context, Hono } from 'hono';
import type { CaseworkerPrincipal } from '../../auth/principal';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { readForm, textField } from '../session/form-body';
import { setFlash, takeFlash, updateSession } from '../session/session';
import { showCase } from './case-page';
import { decideTask } from './decision';
import { showRefund, submitRefund } from './payments';
import { showQueue } from './queue';
import { consoleChrome, signedInCaseworker } from './staff';

type Handler = (c: Context, who: CaseworkerPrincipal) => Promise<Response>;

/** Runs a console handler for a signed-in caseworker; anyone else goes to the sign-in page. */
const signedIn = (kit: Kit, handler: Handler) => async (c: Context) => {
  const who = await signedInCaseworker(c, kit);
  if (!who) return c.redirect('/console/sign-in', 303);
  return handler(c, who);
};

function showSignIn(c: Context, kit: Kit): Response {
  const flash = takeFlash(c, '/console/sign-in');
  const tokenError = flash?.errors?.[0]?.message ?? null;
  const errors = tokenError ? [{ text: tokenError, href: '#token' }] : [];
  return renderPage(c, kit, 'console/sign-in.njk', consoleChrome(kit, 'Sign in', errors, false), {
    tokenError,
  });
}

async function signIn(c: Context, kit: Kit): Promise<Response> {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const token = textField(body, 'token').trim();
  const principal =
    token && kit.options.authenticateStaff ? await kit.options.authenticateStaff(token) : null;
  if (principal?.kind !== 'caseworker') {
    const message = token === '' ? 'Enter your access token' : 'Enter a caseworker’s access token';
    setFlash(c, { path: '/console/sign-in', errors: [{ field: 'token', message }] });
    return c.redirect('/console/sign-in', 303);
  }
  updateSession(c, (s) => {
    s.staff = token;
  });
  return c.redirect('/console', 303);
}

/** The caseworker console: sign in, the task queue, a case, decisions and file downloads. */
export function consoleRoutes(app: Hono, kit: Kit): void {
  app.get('/console/sign-in', (c) => showSignIn(c, kit));
  app.post('/console/sign-in', (c) => signIn(c, kit));
  app.post('/console/sign-out', async (c) => {
    await readForm(c, kit.options.maxUploadBytes);
    updateSession(c, (s) => {
      delete s.staff;
    });
    return c.redirect('/console/sign-in', 303);
  });
  app.get(
    '/console',
    signedIn(kit, (c, who) => showQueue(c, kit, who)),
  );
  app.get(
    '/console/cases/:instanceId',
    signedIn(kit, (c, who) => showCase(c, kit, who, c.req.param('instanceId')!)),
  );
  app.post(
    '/console/cases/:instanceId/tasks/:taskId',
    signedIn(kit, (c, who) => decideTask(c, kit, who, c.req.param('instanceId')!, c.req.param('taskId')!)),
  );
  app.get(
    '/console/cases/:instanceId/payments/:paymentId/refund',
    signedIn(kit, (c, who) => showRefund(c, kit, who, c.req.param('instanceId')!, c.req.param('paymentId')!)),
  );
  app.post(
    '/console/cases/:instanceId/payments/:paymentId/refund',
    signedIn(kit, (c, who) =>
      submitRefund(c, kit, who, c.req.param('instanceId')!, c.req.param('paymentId')!),
    ),
  );
  app.get(
    '/console/cases/:instanceId/files/:fileId',
    signedIn(kit, async (c, who) => {
      const { record, content } = await kit.runtime.cases.file(
        who,
        c.req.param('instanceId')!,
        c.req.param('fileId')!,
      );
      const name = encodeURIComponent(record.name);
      return c.body(new Uint8Array(content), 200, {
        'content-type': record.type,
        'content-disposition': `attachment; filename*=UTF-8''${name}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
    }),
  );
}
