export { StorageError, type StorageErrorCode } from './errors';
export { openStorage } from './open';
export { createPostgresStorage, type PostgresStorageOptions } from './postgres/storage';
export type * from './review-types';
export { compareVersions } from './semver';
export { createSqliteStorage, type SqliteStorageOptions } from './sqlite/storage';
export type * from './types';
