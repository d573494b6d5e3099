import { UUID_PATTERN } from '../runtime/ids';
import type { JsonSchema } from './json-schema';

/** Path parameter patterns, as the journey format defines ids. */
export const PARAM: Record<string, JsonSchema> = {
  journeyId: {
    type: 'string',
    pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
    maxLength: 80,
    description: 'A journey id',
  },
  version: {
    type: 'string',
    pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?$',
    maxLength: 64,
    description: 'A semantic version, e.g. 1.2.0',
  },
  instanceId: { type: 'string', pattern: UUID_PATTERN, description: 'An application id (UUID)' },
  stepId: {
    type: 'string',
    pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
    maxLength: 80,
    description: 'A step id',
  },
  index: { type: 'string', pattern: '^(0|[1-9][0-9]{0,5})$', description: 'An item position, from 0' },
  taskId: {
    type: 'string',
    pattern: `^${UUID_PATTERN.slice(1, -1)}:[a-z][a-z0-9]*(-[a-z0-9]+)*$`,
    description: 'A task: the application id and the journey task id, joined by a colon',
  },
  fileId: { type: 'string', pattern: UUID_PATTERN, description: 'A file id (UUID)' },
  linkId: { type: 'string', pattern: UUID_PATTERN, description: 'A review link id (UUID)' },
  commentId: { type: 'string', pattern: UUID_PATTERN, description: 'A comment thread id (UUID)' },
};

/** The parameters a path names, with their patterns. */
export function paramsOf(path: string): Record<string, JsonSchema> {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((name) => [name, PARAM[name] ?? { type: 'string' }]));
}
