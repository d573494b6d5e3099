import { createRequire } from 'node:module';

/**
 * xstate and ajv as @fingerpost/core uses them (the same installed versions), for the baselines.
 * They are core's dependencies, not the bench's, so they are loaded from core's folder.
 */
const fromCore = createRequire(new URL('../../../packages/core/package.json', import.meta.url));

export const xstate = fromCore('xstate') as typeof import('xstate');

type AjvClass = typeof import('ajv').default;
const ajvModule = fromCore('ajv') as { default: AjvClass };
export const Ajv: AjvClass = ajvModule.default;
export const addFormats = (fromCore('ajv-formats') as { default: typeof import('ajv-formats').default })
  .default;
