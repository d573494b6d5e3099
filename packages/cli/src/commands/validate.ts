import { validateJourney } from '@fingerpost/schema';
import { type CliIo, EXIT, readJsonFile, UsageError } from '../io';

/**
 * `fingerpost validate <files…>`: one `file:path: message` line per error.
 * Exit 0 when every file is a valid journey, 1 when any is invalid, 2 when a file cannot be read
 * or is not JSON.
 */
export async function validateCommand(files: string[], io: CliIo): Promise<number> {
  if (files.length === 0)
    throw new UsageError(
      'validate needs at least one journey file, e.g. fingerpost validate examples/*/journey.json',
    );
  let invalid = 0;
  let unreadable = 0;
  for (const file of files) {
    const read = await readJsonFile(file, io.cwd);
    if (!read.ok) {
      unreadable++;
      io.stderr.write(`${read.message}\n`);
      continue;
    }
    const result = validateJourney(read.value);
    if (result.ok) {
      io.stdout.write(`${file}: valid (${result.journey.id} ${result.journey.version})\n`);
      continue;
    }
    invalid++;
    for (const error of result.errors)
      io.stdout.write(`${file}:${error.path || '/'}: ${error.message} [${error.code}]\n`);
  }
  const valid = files.length - invalid - unreadable;
  io.stderr.write(
    `${files.length} file${files.length === 1 ? '' : 's'} checked: ${valid} valid, ${invalid} invalid${unreadable ? `, ${unreadable} unreadable` : ''}\n`,
  );
  if (unreadable > 0) return EXIT.usage;
  return invalid > 0 ? EXIT.failed : EXIT.ok;
}
