import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError } from './errors';
import { openStorage } from './open';
import type { Storage } from './types';

const opened: Storage[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-open-'));
  dirs.push(dir);
  return dir;
}

function open(url: string): Storage {
  const storage = openStorage(url);
  opened.push(storage);
  return storage;
}

function failure(url: string): unknown {
  try {
    open(url);
    return null;
  } catch (error) {
    return error;
  }
}

describe('openStorage', () => {
  it('opens SQLite from sqlite:<path>, creating the missing folders', async () => {
    const file = join(tempDir(), 'a', 'b', 'fingerpost.db');
    const storage = open(`sqlite:${file}`);
    expect(storage.kind).toBe('sqlite');
    await storage.migrate();
    expect(existsSync(file)).toBe(true);
  });

  it('opens SQLite from a bare path ending .db, and in memory from sqlite::memory:', async () => {
    const file = join(tempDir(), 'deep', 'x.db');
    expect(open(file).kind).toBe('sqlite');
    expect(existsSync(join(file, '..'))).toBe(true);
    const memory = open('sqlite::memory:');
    expect(await memory.migrate()).toEqual({ applied: [1, 2] });
  });

  it('opens PostgreSQL from postgres:// and postgresql:// URLs without connecting yet', () => {
    expect(open('postgres://u@127.0.0.1:1/db').kind).toBe('postgres');
    expect(open('postgresql://u@127.0.0.1:1/db?schema=fp_x&poolSize=3').kind).toBe('postgres');
  });

  it('refuses other URLs with a typed error that hides any password', () => {
    for (const url of [
      'mysql://root:hunter2@db/x',
      'fingerpost.txt',
      '',
      'sqlite:',
      'https://example.org/x.db',
    ]) {
      const error = failure(url);
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ code: 'storage.unsupported-url' });
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('refuses an unsafe schema name or pool size in a PostgreSQL URL', () => {
    expect(failure('postgres://u@127.0.0.1:1/db?schema=x%3B%20DROP%20SCHEMA%20public')).toMatchObject({
      code: 'storage.invalid-schema',
    });
    expect(failure('postgres://u@127.0.0.1:1/db?poolSize=0')).toMatchObject({
      code: 'storage.unsupported-url',
    });
  });
});
