import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Where a command writes and what it is relative to; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export type JsonFile = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads and parses a JSON file, turning every failure into a message that names the file. */
export async function readJsonFile(path: string, cwd: string): Promise<JsonFile> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    return { ok: false, message: `${path}: cannot read: ${reason}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON: ${(error as Error).message}` };
  }
}
