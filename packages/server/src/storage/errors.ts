/** Codes of the errors the storage layer throws. They are programming or configuration errors, not request data. */
export type StorageErrorCode =
  | 'storage.unsupported-url'
  | 'storage.invalid-schema'
  | 'storage.invalid-write'
  | 'storage.invalid-instant'
  | 'storage.invalid-text'
  | 'storage.reference-taken';

/**
 * Thrown for bad configuration (an unsupported database URL) or a write the storage refuses
 * (a malformed instant, a text with U+0000, a duplicate reference). A write's ordinary outcomes
 * (conflict, not found) are returned as values instead.
 *
 * @example
 * try { openStorage('mysql://x'); } catch (e) { if (e instanceof StorageError) console.log(e.code); }
 */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly path: string | undefined;

  constructor(code: StorageErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'StorageError';
    this.code = code;
    this.path = path;
  }
}

/** A file was stored for an instance that does not exist. */
export function noSuchInstance(instanceId: string): StorageError {
  return new StorageError(
    'storage.invalid-write',
    `file.instanceId: there is no instance ${instanceId}`,
    'file.instanceId',
  );
}

/** Another instance already holds the reference being written. */
export function referenceTaken(): StorageError {
  return new StorageError(
    'storage.reference-taken',
    'another instance already has this reference',
    'instance.reference',
  );
}
