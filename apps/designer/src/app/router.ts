import { useSyncExternalStore } from 'react';

/** Where the designer is: the journey list, or one version of a journey in the editor. */
export type Route =
  | { page: 'list' }
  | { page: 'editor'; journeyId: string; version: string }
  | { page: 'review'; journeyId: string; version: string };

const BASE = (import.meta.env?.BASE_URL ?? '/designer/').replace(/\/$/, '');

/**
 * The route for a path under the designer's base.
 * @example routeOf('/designer/journeys/blue-badge/1.1.0') // { page: 'editor', journeyId: 'blue-badge', version: '1.1.0' }
 */
export function routeOf(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const match = /^\/(journeys|review)\/([^/]+)\/([^/]+)\/?$/.exec(rest);
  if (match)
    return {
      page: match[1] === 'review' ? 'review' : 'editor',
      journeyId: decodeURIComponent(match[2]!),
      version: decodeURIComponent(match[3]!),
    };
  return { page: 'list' };
}

export function pathOf(route: Route): string {
  if (route.page === 'list') return `${BASE}/`;
  const section = route.page === 'review' ? 'review' : 'journeys';
  return `${BASE}/${section}/${encodeURIComponent(route.journeyId)}/${encodeURIComponent(route.version)}`;
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Goes to a route, adding it to the browser's history so that Back works. */
export function navigate(route: Route): void {
  window.history.pushState(null, '', pathOf(route));
  notify();
}

/** The current route, following the address bar. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  return routeOf(pathname);
}
