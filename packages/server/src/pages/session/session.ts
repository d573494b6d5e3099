import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { seal, unseal } from './seal';

export const SESSION_COOKIE = 'fingerpost-session';

/** A resident's application, as this browser holds it. */
export interface HeldApplication {
  id: string;
  token: string;
  /** The resident answered the end-of-service survey. */
  surveyed?: boolean;
}

/** A page's own form problem (not the engine's), shown once after the redirect. */
export interface Flash {
  /** The page it is for: another page drops it. */
  path: string;
  errors?: Array<{ field: string; message: string }>;
  /** What was typed, to show it again. */
  values?: Record<string, string>;
  /** A confirmation to show at the top of the page (a text key). */
  notice?: string;
  /** Which feedback form the errors are about. */
  form?: string;
}

/** Where a resident is in finding an address by postcode, for one question (one at a time). */
export interface AddressEntry {
  /** /{journeyId}/{stepId} of the page that asks the address. */
  base: string;
  field: string;
  /** The postcode (normalised) and building looked up. */
  postcode?: string;
  building?: string;
  /** Show the address inputs: the resident chose to type it, or the look-up failed. */
  manual?: boolean;
  /** The look-up could not be made: the inputs say so. */
  unavailable?: boolean;
  /** The address chosen from the list, filled into the inputs until the page is sent. */
  chosen?: Record<string, string>;
}

/** What the session cookie holds. */
export interface Session {
  csrf: string;
  lang?: string;
  /** Applications by journey id. */
  apps: Record<string, HeldApplication>;
  /** A caseworker's token, once signed in to the console. */
  staff?: string;
  flash?: Flash;
  address?: AddressEntry;
}

export interface SessionState {
  session: Session;
  changed: boolean;
  /** Made for this request: written only once a page needs it (its CSRF token). */
  fresh: boolean;
}

declare module 'hono' {
  interface ContextVariableMap {
    pagesSession: SessionState;
  }
}

// A cookie over about 4 KB is dropped by browsers; what was typed is the first thing to let go.
const MAX_COOKIE = 3_900;

const newSession = (): Session => ({ csrf: randomBytes(32).toString('base64url'), apps: {} });

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.csrf === 'string' && typeof v.apps === 'object' && v.apps !== null;
}

/** Whether the request came over HTTPS (directly, or through a proxy the app is told to trust). */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * Reads the sealed session cookie (a fresh session when absent or unreadable) and writes it back
 * after the handler when it changed: httpOnly, SameSite=Lax, Secure over HTTPS.
 */
export function sessionMiddleware(key: Buffer, trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const stored = cookie ? unseal(cookie, key) : null;
    const state: SessionState = isSession(stored)
      ? { session: stored, changed: false, fresh: false }
      : { session: newSession(), changed: false, fresh: true };
    c.set('pagesSession', state);
    await next();
    if (!state.changed) return;
    let value = seal(state.session, key);
    if (value.length > MAX_COOKIE && state.session.flash) {
      const { values: _dropped, ...flash } = state.session.flash;
      value = seal({ ...state.session, flash }, key);
    }
    setCookie(c, SESSION_COOKIE, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c, trustProxy),
    });
  };
}

function stateOf(c: Context): SessionState {
  let state = c.get('pagesSession') as SessionState | undefined;
  if (!state) {
    // A page rendered before the session was read (an error early on): a session that is not kept.
    state = { session: newSession(), changed: false, fresh: false };
    c.set('pagesSession', state);
  }
  return state;
}

export function sessionOf(c: Context): Session {
  return stateOf(c).session;
}

/** The CSRF token for the page's forms; a new session is kept from now on. */
export function csrfToken(c: Context): string {
  const state = stateOf(c);
  if (state.fresh) state.changed = true;
  return state.session.csrf;
}

/** Changes the session; it is written back with the response. */
export function updateSession(c: Context, change: (session: Session) => void): void {
  const state = stateOf(c);
  change(state.session);
  state.changed = true;
}

/** The flash for this page, taken out of the session (it is shown once). */
export function takeFlash(c: Context, path: string): Flash | null {
  const flash = sessionOf(c).flash;
  if (!flash) return null;
  updateSession(c, (s) => {
    delete s.flash;
  });
  return flash.path === path ? flash : null;
}

export function setFlash(c: Context, flash: Flash): void {
  updateSession(c, (s) => {
    s.flash = flash;
  });
}
