import type nunjucks from 'nunjucks';
import type { Principal } from '../auth/principal';
import type { AddressProvider } from '../connected/address/types';
import type { Runtime } from '../runtime/runtime';
import type { AssetPaths } from './render/assets';

/** How the pages are set up. */
export interface PagesOptions {
  /**
   * The secret the session cookie is sealed with. Give the same one to every process behind a load
   * balancer; without it each process makes its own (sessions then end when it restarts, while
   * resume links keep working).
   */
  sessionSecret?: string;
  /** Trust `x-forwarded-proto` from a proxy in front, for the cookie's Secure flag and resume links. */
  trustProxy?: boolean;
  /**
   * The console's sign-in: a staff token (or whatever your identity provider issues) to a principal,
   * or null when it is not valid. `createApp` passes one over its configured tokens and OIDC hook.
   */
  authenticateStaff?: (token: string) => Promise<Principal | null>;
  /** The largest file a resident may upload, in bytes (default 10 MiB). */
  maxUploadBytes?: number;
  /** The name in the header when a journey names no owner (default "Council services"). */
  councilName?: string;
  /**
   * Finds addresses from a postcode for questions with the `addressLookup` widget (see
   * createOsPlacesProvider, createCsvAddressProvider). Without one they ask for the address lines.
   */
  addresses?: AddressProvider;
  /** Where server faults on the pages are logged (default: stderr). */
  log?: (line: string) => void;
}

/** Everything a page handler needs, made once per pages app. */
export interface Kit {
  runtime: Runtime;
  env: nunjucks.Environment;
  assets: AssetPaths;
  options: Required<Pick<PagesOptions, 'trustProxy' | 'maxUploadBytes' | 'councilName'>> & PagesOptions;
}

/** What rendering a page needs (an error page needs no runtime). */
export type RenderKit = Pick<Kit, 'env' | 'assets'> & { options: Pick<Kit['options'], 'councilName'> };

export const DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024;
