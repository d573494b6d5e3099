import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { IMPORT_FORMATS, type ImportFormat, importForm, importReportMarkdown } from '@fingerpost/import';
import { type CliIo, EXIT, readJsonFile, UsageError } from '../io';

interface ImportArgs {
  format: ImportFormat;
  inputs: string[];
  out: string;
  force: boolean;
}

const EXAMPLE = 'e.g. fingerpost import --from xgov forms/blue-badge.json --out journeys';

function parseArgs(args: string[]): ImportArgs {
  let format: string | undefined;
  let out = '.';
  let force = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string | undefined])
      : [arg, undefined];
    const value = () => {
      const given = inline ?? args[++i];
      if (given === undefined || given === '') throw new UsageError(`${flag} needs a value, ${EXAMPLE}`);
      return given;
    };
    if (flag === '--from') format = value();
    else if (flag === '--out') out = value();
    else if (flag === '--force') force = true;
    else if (arg.startsWith('--'))
      throw new UsageError(`unknown option "${flag}": use --from, --out or --force`);
    else inputs.push(arg);
  }
  if (format === undefined)
    throw new UsageError(
      `say which format the forms are in with --from ${IMPORT_FORMATS.join('|')}, ${EXAMPLE}`,
    );
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}": use one of ${IMPORT_FORMATS.join(', ')}`);
  if (inputs.length === 0) throw new UsageError(`import needs at least one form file, ${EXAMPLE}`);
  return { format: format as ImportFormat, inputs, out, force };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A journey id from a file name, for forms that have no name of their own. */
function idFromFile(file: string): string {
  const words = basename(file, extname(file))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const id = words.join('-');
  return /^[a-z]/.test(id) ? id : `form-${id || 'imported'}`;
}

/**
 * `fingerpost import --from <xgov|defra|govuk-forms> <input…> [--out DIR] [--force]`: writes
 * `<out>/<journey-id>/journey.json` and the import report (`import-report.md` and `.json`) for each
 * form. Exit 0 when every form was imported, 1 when any could not be (with the reason), 2 on a usage
 * error or an unreadable file. An existing journey.json is only replaced with --force.
 */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { format, inputs, out, force } = parseArgs(args);
  const outDir = resolve(io.cwd, out);
  const used = new Set<string>();
  let unreadable = 0;
  let failed = 0;
  for (const file of inputs) {
    const read = await readJsonFile(file, io.cwd);
    if (!read.ok) {
      unreadable++;
      io.stderr.write(`${read.message}\n`);
      continue;
    }
    let result = importForm(format, read.value, { defaultId: idFromFile(file) });
    // Two forms with the same name in one run would overwrite each other: number the second.
    const base = result.ok ? result.journey.id : '';
    for (let n = 2; result.ok && used.has(result.journey.id); n++) {
      result = importForm(format, read.value, { id: `${base}-${n}` });
    }
    if (!result.ok) {
      failed++;
      const where = result.error.path ? ` (at ${result.error.path})` : '';
      io.stderr.write(`${file}: cannot import: ${result.error.message}${where} [${result.error.code}]\n`);
      continue;
    }
    const { journey, report } = result;
    used.add(journey.id);
    const dir = join(outDir, journey.id);
    const target = join(dir, 'journey.json');
    const shown = relative(io.cwd, target) || target;
    if (!force && (await exists(target))) {
      failed++;
      io.stderr.write(`${file}: not imported: ${shown} already exists; use --force to replace it\n`);
      continue;
    }
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(target, `${JSON.stringify(journey, null, 2)}\n`);
      await writeFile(
        join(dir, 'import-report.md'),
        importReportMarkdown(report, { format, source: file, journey }),
      );
      await writeFile(
        join(dir, 'import-report.json'),
        `${JSON.stringify({ format, source: file, journey: journey.id, ...report }, null, 2)}\n`,
      );
    } catch (error) {
      failed++;
      io.stderr.write(`${file}: cannot write ${shown}: ${(error as Error).message}\n`);
      continue;
    }
    io.stdout.write(
      `${file}: imported as ${shown} (${report.mapped.length} carried over, ${report.approximated.length} approximated, ${report.dropped.length} not carried over)\n`,
    );
  }
  const imported = inputs.length - failed - unreadable;
  io.stderr.write(
    `${inputs.length} form${inputs.length === 1 ? '' : 's'}: ${imported} imported, ${failed} could not be imported${unreadable ? `, ${unreadable} unreadable` : ''}\n`,
  );
  if (unreadable > 0) return EXIT.usage;
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
